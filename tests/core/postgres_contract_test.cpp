// The exchanges recorded on Strapi 5.54.0 over PostgreSQL (tests/contract/strapi-5.54.0-postgres/,
// made by capture-postgres.mjs), where it answers otherwise than on SQLite, where the rest of the
// contract was recorded: PostgreSQL refuses a description over 255 characters and a NUL character
// with a bare 500 that names no field. The page refuses those drafts itself, so the admin is told
// which field is wrong instead of "Internal Server Error", on whichever database Strapi runs.

#include "core/codec.hpp"
#include "core/validation.hpp"
#include "platform/headless/recorded_exchange.hpp"

#include <catch2/catch_test_macros.hpp>

#include <string>
#include <vector>

using namespace imt;
using headless::RecordedExchange;

namespace {

RecordedExchange load(std::string_view stem) {
    return headless::load_exchange(std::string(IMT_CONTRACT_DIR) + "-postgres", stem);
}

TokenDraft draft_of(const RecordedExchange& exchange) {
    const auto& body = exchange.request.at("body");
    TokenDraft draft;
    draft.name = body.value("name", std::string());
    draft.description = body.value("description", std::string());
    return draft;
}

ApiToken named(TokenId id, std::string name) {
    ApiToken token;
    token.id = id;
    token.name = std::move(name);
    return token;
}

int status_of(const RecordedExchange& exchange) {
    return exchange.response.at("status").get<int>();
}

} // namespace

TEST_CASE("Every draft PostgreSQL answers with a bare 500 is refused by the page before it is sent",
          "[contract][postgres]") {
    for (const char* stem : {"002", "004", "005"}) {
        const RecordedExchange exchange = load(stem);
        INFO(exchange.file);
        REQUIRE(status_of(exchange) == 500);
        const DraftCheck check = validate_draft(draft_of(exchange), {});
        CHECK_FALSE(check.ok());
    }
}

TEST_CASE("Every draft PostgreSQL stores passes the page's check", "[contract][postgres]") {
    const std::vector<ApiToken> existing = {named(1, "pg-Foo")};
    for (const char* stem : {"001", "003", "006", "007"}) {
        const RecordedExchange exchange = load(stem);
        INFO(exchange.file);
        REQUIRE(status_of(exchange) == 201);
        const std::string stored = exchange.response.at("body").at("data").at("name").get<std::string>();
        // 006 is the token the others are checked against: it must not clash with itself.
        const ValidationContext context{stored == "pg-Foo" ? nullptr : &existing, std::nullopt, nullptr,
                                        std::nullopt};
        CHECK(validate_draft(draft_of(exchange), context).ok());
    }
}

TEST_CASE("Names are unique case-sensitively and trimmed on PostgreSQL, as on SQLite",
          "[contract][postgres]") {
    const std::vector<ApiToken> existing = {named(1, "pg-Foo")};
    const ValidationContext context{&existing, std::nullopt, nullptr, std::nullopt};

    const RecordedExchange twin = load("007");
    REQUIRE(status_of(twin) == 201); // "pg-foo" beside "pg-Foo"
    const DraftCheck twin_check = validate_draft(draft_of(twin), context);
    CHECK(twin_check.ok());
    CHECK(twin_check.warning_for("name") != nullptr); // told, not stopped

    const RecordedExchange trimmed = load("008");
    REQUIRE(status_of(trimmed) == 400); // "pg-Foo " is taken
    const DraftCheck trimmed_check = validate_draft(draft_of(trimmed), context);
    const FieldError* taken = trimmed_check.error_for("name");
    REQUIRE(taken != nullptr);
    CHECK(taken->message_key == "validation.name.taken");
    const ApiError answer = decode_error(trimmed.http_response(1));
    REQUIRE(answer.field_errors.size() == 1);
    CHECK(answer.field_errors[0].message_key == "validation.name.taken");
}

TEST_CASE("A 500 from PostgreSQL is a server error that blames no field, whatever was asked",
          "[contract][postgres]") {
    for (const char* stem : {"002", "004", "005", "009", "010", "011"}) {
        const RecordedExchange exchange = load(stem);
        INFO(exchange.file);
        const ApiError error = decode_error(exchange.http_response(1));
        CHECK(error.status == 500);
        CHECK(error.field_errors.empty());
        CHECK_FALSE(error.message.empty());
    }
}

TEST_CASE("The list answer on PostgreSQL decodes like SQLite's, sorted by name in byte order",
          "[contract][postgres]") {
    const auto list = decode_token_list(load("012").http_response(1));
    REQUIRE(list.ok());
    std::vector<std::string> names;
    for (const ApiToken& token : list.value().tokens) {
        names.push_back(token.name);
    }
    CHECK(names ==
          std::vector<std::string>{"Full Access", "Read Only", "pg-Foo", "pg-d255", "pg-e255", "pg-foo"});
}
