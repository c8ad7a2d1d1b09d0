// A create or a regenerate whose answer never came, or came unreadable: the page finds out from the
// list what happened, and never makes a second token, a "Name already taken" or a case-twin of it.

#include "page_harness.hpp"

#include <catch2/catch_test_macros.hpp>

using namespace imt;
using imt::test::PageHarness;
using imt::test::signed_in_admin;

namespace {

HttpResponse timed_out() {
    HttpResponse response;
    response.fault = TransportFault::Timeout;
    return response;
}

// The admin fills in the create form with `name` and saves; the list first read is 020.
PageHarness saving_new_token(std::string_view name) {
    PageHarness page = signed_in_admin("020");
    page.dispatch(act::OpenCreate{});
    page.answer<call::LoadContentPermissions>("018");
    page.answer<call::LoadContentRoutes>("019");
    page.dispatch(act::EditName{std::string(name)});
    page.dispatch(act::ChooseLifespan{Lifespan::Days7});
    page.dispatch(act::Save{});
    REQUIRE(page.pending<call::CreateToken>());
    return page;
}

} // namespace

TEST_CASE(
    "A create that timed out but happened opens the token, says its key was lost and offers Regenerate") {
    PageHarness page = saving_new_token("Custom 30 days");
    page.answer_with<call::CreateToken>(timed_out());

    // The page asks the list what became of it, and takes no second create meanwhile.
    REQUIRE(page.pending<call::LoadTokens>());
    CHECK(page.state.form.saving);
    page.dispatch(act::Save{});
    page.dispatch(act::EditName{"Something else"});
    CHECK(page.calls_sent<call::CreateToken>() == 1);

    page.answer<call::LoadTokens>("034"); // "Custom 30 days" (id 5) is there now
    CHECK(page.state.view == View::Edit);
    CHECK(page.state.form.id == TokenId{5});
    REQUIRE(page.state.lost_key);
    CHECK(page.state.lost_key->token_id == 5);
    CHECK(page.state.lost_key->cause == LostKeyCause::Created);
    CHECK_FALSE(page.state.banner);
    CHECK(page.state.form.server_errors.empty());
    CHECK(page.host_events.back().name == "token-created");

    page.dispatch(act::AskRegenerate{});
    REQUIRE(page.state.dialog);
    page.dispatch(act::Confirm{});
    page.answer<call::RegenerateToken>("059");
    CHECK(page.state.banner);
    CHECK_FALSE(page.state.lost_key);
}

TEST_CASE("An unreadable 201 on create is treated like no answer at all") {
    PageHarness page = saving_new_token("Custom 30 days");
    HttpResponse cut = test::recorded_response("023", 0);
    cut.body.resize(cut.body.size() / 2);
    page.answer_with<call::CreateToken>(cut);
    REQUIRE(page.pending<call::LoadTokens>());
    page.answer<call::LoadTokens>("034");
    REQUIRE(page.state.lost_key);
    CHECK(page.state.lost_key->cause == LostKeyCause::Created);
    CHECK(page.state.view == View::Edit);
}

TEST_CASE("A create that timed out and did not happen keeps the draft, explains, and may be sent again") {
    PageHarness page = saving_new_token("fa 7 days");
    page.answer_with<call::CreateToken>(timed_out());
    page.answer<call::LoadTokens>("034"); // only "FA 7 days": a case-twin, not this token

    CHECK_FALSE(page.state.lost_key);
    CHECK(page.state.view == View::Create);
    CHECK_FALSE(page.state.form.saving);
    REQUIRE(page.state.form.save_error);
    CHECK(page.state.form.save_error->kind == ApiErrorKind::Timeout);
    CHECK(page.state.notifications.back().message_key == "error.timeout");
    page.dispatch(act::Save{});
    CHECK(page.calls_sent<call::CreateToken>() == 2);
}

TEST_CASE("When the list cannot be read either, a later Name already taken means the first create made it") {
    PageHarness page = saving_new_token("FA 7 days");
    page.answer_with<call::CreateToken>(timed_out());
    HttpResponse offline;
    offline.fault = TransportFault::Offline;
    page.answer_with<call::LoadTokens>(offline);
    CHECK_FALSE(page.state.form.saving);

    page.dispatch(act::Save{});
    page.answer<call::CreateToken>("066"); // "Name already taken"
    CHECK(page.state.form.server_errors.empty());
    REQUIRE(page.pending<call::LoadTokens>());
    page.answer<call::LoadTokens>("034");
    REQUIRE(page.state.lost_key);
    CHECK(page.state.lost_key->token_id == 4);
    CHECK(page.state.view == View::Edit);
}

TEST_CASE("A regenerate that timed out says the old key may no longer work and offers to regenerate again") {
    PageHarness page = signed_in_admin();
    page.dispatch(act::OpenEdit{4});
    page.dispatch(act::AskRegenerate{});
    page.dispatch(act::Confirm{});
    page.answer_with<call::RegenerateToken>(timed_out());

    CHECK_FALSE(page.state.dialog);
    REQUIRE(page.state.lost_key);
    CHECK(page.state.lost_key->token_id == 4);
    CHECK(page.state.lost_key->cause == LostKeyCause::Regenerated);

    page.dispatch(act::AskRegenerate{});
    REQUIRE(page.state.dialog);
    page.dispatch(act::Confirm{});
    page.answer<call::RegenerateToken>("059");
    CHECK(page.state.banner);
    CHECK_FALSE(page.state.lost_key);
}
