// One bad row does not hide the list: the recorded list 034 with one row damaged the way a plugin or
// a hand-edited database might damage it, read by the codec and shown by the page.

#include "core/codec.hpp"
#include "page_harness.hpp"

#include <catch2/catch_test_macros.hpp>
#include <nlohmann/json.hpp>

using namespace imt;
using imt::test::load_exchange;
using imt::test::PageHarness;

namespace {

// The recorded list 034 with row `index`'s `field` set to `value`.
HttpResponse list_with_damaged_row(std::size_t index, std::string_view field, const nlohmann::json& value) {
    HttpResponse response = load_exchange("034").http_response();
    auto body = nlohmann::json::parse(response.body);
    body["data"][index][std::string(field)] = value;
    response.body = body.dump();
    return response;
}

std::size_t recorded_rows() {
    return nlohmann::json::parse(load_exchange("034").http_response().body)["data"].size();
}

} // namespace

TEST_CASE("A list with one row whose name is a number shows every other row and says which was left out") {
    PageHarness page = test::signed_in_admin("034");
    const std::size_t all = page.state.list.tokens.size();
    REQUIRE(all == recorded_rows());

    page.dispatch(act::Reload{});
    page.answer_with<call::LoadTokens>(list_with_damaged_row(1, "name", 42));

    CHECK(page.state.list.load == Load::Ready);
    CHECK(page.state.list.tokens.size() == all - 1);
    CHECK(page.state.list.rows.size() == all - 1);
    CHECK(page.state.list.unread.count == 1);
    CHECK(page.state.list.unread.first_problem == "data[1].name: expected a string, got number");

    // The next clean answer clears the notice.
    page.dispatch(act::Reload{});
    page.answer<call::LoadTokens>("034");
    CHECK(page.state.list.tokens.size() == all);
    CHECK(page.state.list.unread.count == 0);
}

TEST_CASE("A row whose lifespan is a word is left out, and two bad rows are counted with the first named") {
    auto response = list_with_damaged_row(0, "lifespan", "a week");
    auto body = nlohmann::json::parse(response.body);
    body["data"][3]["createdAt"] = nullptr;
    response.body = body.dump();

    const auto list = decode_token_list(response);
    REQUIRE(list.ok());
    CHECK(list.value().tokens.size() == recorded_rows() - 2);
    CHECK(list.value().unread.count == 2);
    CHECK(list.value().unread.first_problem.rfind("data[0].lifespan: expected a lifespan", 0) == 0);
}

TEST_CASE("Broken UTF-8 in one token's description reads as U+FFFD, the list is kept whole") {
    HttpResponse response = load_exchange("034").http_response();
    const std::string recorded = "\"description\":\"";
    const auto at = response.body.find(recorded);
    REQUIRE(at != std::string::npos);
    response.body.insert(at + recorded.size(), "caf\xC3 \xFF!");

    const auto list = decode_token_list(response);
    REQUIRE(list.ok());
    CHECK(list.value().tokens.size() == recorded_rows());
    CHECK(list.value().unread.count == 0);
    bool repaired = false;
    for (const auto& token : list.value().tokens)
        repaired = repaired || token.description.rfind("caf\xEF\xBF\xBD \xEF\xBF\xBD!", 0) == 0;
    CHECK(repaired);
}

TEST_CASE("An answer over 64 MB is refused with a message that says so, before it is parsed") {
    HttpResponse response = load_exchange("034").http_response();
    response.body.resize(kMaxAnswerBytes + 1, ' '); // trailing spaces: the JSON itself stays valid
    const auto list = decode_token_list(response);
    REQUIRE_FALSE(list.ok());
    CHECK(list.error().message == "The server's answer is larger than 64 MB, more than this page reads");

    response.body.resize(kMaxAnswerBytes);
    CHECK(decode_token_list(response).ok());
}

TEST_CASE("An answer the transport stopped receiving at the size limit reads as too large, not as empty") {
    HttpResponse response = load_exchange("034").http_response();
    response.body.clear(); // the web's fetch aborted as soon as the size was known
    response.over_limit = true;
    const auto list = decode_token_list(response);
    REQUIRE_FALSE(list.ok());
    CHECK(list.error().message == "The server's answer is larger than 64 MB, more than this page reads");
}
