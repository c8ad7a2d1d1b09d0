#include "contract_catalogue.hpp"
#include "core/validation.hpp"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <string>
#include <vector>

using namespace imt;

namespace {

std::string repeat(std::string_view piece, std::size_t times) {
    std::string text;
    for (std::size_t i = 0; i < times; ++i) {
        text += piece;
    }
    return text;
}

ApiToken token(TokenId id, std::string name) {
    ApiToken t;
    t.id = id;
    t.name = std::move(name);
    return t;
}

// Names as the recorded peer lists them (exchange 034).
const std::vector<ApiToken> kExisting = {token(1, "Read Only"), token(2, "Full Access"),
                                         token(3, "RO unlimited"), token(4, "FA 7 days"),
                                         token(5, "Custom 30 days")};

const PermissionCatalogue& catalogue() {
    static const PermissionCatalogue built = test::contract_catalogue();
    return built;
}

TokenDraft draft_named(std::string name) {
    TokenDraft draft;
    draft.name = std::move(name);
    return draft;
}

std::vector<std::string> keys(const std::vector<FieldError>& findings) {
    std::vector<std::string> result;
    for (const auto& f : findings) {
        result.push_back(f.field + ":" + f.message_key);
    }
    return result;
}

} // namespace

TEST_CASE("A well-formed draft passes without remarks", "[validation]") {
    const ValidationContext context{&kExisting, std::nullopt, &catalogue(), std::nullopt};
    TokenDraft draft = draft_named("Deploy bot");
    for (const TokenType type : {TokenType::ReadOnly, TokenType::FullAccess}) {
        draft.type = type;
        for (const Lifespan lifespan :
             {Lifespan::Days7, Lifespan::Days30, Lifespan::Days90, Lifespan::Unlimited}) {
            draft.lifespan = lifespan;
            const DraftCheck check = validate_draft(draft, context);
            CHECK(check.ok());
            CHECK(check.errors.empty());
            CHECK(check.warnings.empty());
        }
    }
    draft.type = TokenType::Custom;
    draft.permissions = {"api::restaurant.restaurant.find", "plugin::users-permissions.user.me"};
    CHECK(validate_draft(draft, context).ok());
    CHECK(validate_draft(draft, context).warnings.empty());
}

TEST_CASE("The name is trimmed, required and at most 100 characters", "[validation][name]") {
    struct Row {
        std::string typed;
        const char* error; // nullptr when the name is fine
    };
    const auto row = GENERATE(values<Row>({
        {"", "validation.name.required"},
        {"     ", "validation.name.required"}, // exchange 064: spaces only
        {"\t\r\n", "validation.name.required"},
        {"\xC2\xA0\xE3\x80\x80", "validation.name.required"}, // no-break and ideographic spaces only
        {"x", nullptr},
        {std::string(100, 'n'), nullptr},
        {std::string(101, 'n'), "validation.name.too_long"},
        {std::string(300, 'n'),
         "validation.name.too_long"},                   // exchange 032: the server takes it, the UI does not
        {"  " + std::string(100, 'n') + "  ", nullptr}, // counted after trimming
        {repeat("\xC3\xA9", 100), nullptr},             // 100 × é = 200 bytes, 100 characters
        {repeat("\xC3\xA9", 101), "validation.name.too_long"},
        {repeat("\xE6\x97\xA5", 100), nullptr},               // 100 × 日 = 300 bytes
        {std::string(99, 'k') + "\xF0\x9F\x94\x91", nullptr}, // 99 letters and 🔑
        {std::string(100, 'k') + "\xF0\x9F\x94\x91", "validation.name.too_long"},
    }));
    CAPTURE(row.typed);
    const DraftCheck check = validate_draft(draft_named(row.typed), {});
    if (row.error == nullptr) {
        CHECK(check.ok());
        CHECK(check.error_for("name") == nullptr);
    } else {
        REQUIRE(check.error_for("name") != nullptr);
        CHECK(check.error_for("name")->message_key == row.error);
        CHECK(check.errors.size() == 1);
    }
}

TEST_CASE("The description is free text up to 255 characters, what every database Strapi runs on stores",
          "[validation][description]") {
    TokenDraft draft = draft_named("Described");
    for (const std::string& description :
         {std::string(), std::string("   padded description   "), std::string(255, 'd'), repeat("é", 255),
          "  " + std::string(255, 'd') + "  "}) { // trimmed first, as Strapi does (exchange 027)
        draft.description = description;
        const DraftCheck check = validate_draft(draft, {});
        CHECK(check.ok());
        CHECK(check.warnings.empty());
    }
    // SQLite keeps 1,000 characters (exchange 031); PostgreSQL answers a bare 500 from 256 on
    // (tests/contract/postgres: 256 'd's, and 256 'é's, which are 512 bytes but 256 characters).
    for (const std::string& description : {std::string(256, 'd'), repeat("é", 256), std::string(1000, 'd')}) {
        draft.description = description;
        CHECK(keys(validate_draft(draft, {}).errors) ==
              std::vector<std::string>{"description:validation.description.too_long"});
    }
}

TEST_CASE(
    "A NUL character, which PostgreSQL cannot store in any text, is refused in the name and the description",
    "[validation][description]") {
    using namespace std::string_literals;
    TokenDraft draft = draft_named("nul\0inside"s);
    CHECK(keys(validate_draft(draft, {}).errors) == std::vector<std::string>{"name:validation.name.invalid"});
    draft = draft_named("Described");
    draft.description = "nul\0inside"s;
    CHECK(keys(validate_draft(draft, {}).errors) ==
          std::vector<std::string>{"description:validation.description.invalid"});
}

TEST_CASE("Type and lifespan only take the values Strapi knows", "[validation]") {
    TokenDraft draft = draft_named("Out of range");
    draft.type = static_cast<TokenType>(7); // e.g. a value that did not come from the select
    CHECK(keys(validate_draft(draft, {}).errors) == std::vector<std::string>{"type:validation.type.invalid"});

    draft.type = TokenType::ReadOnly;
    draft.lifespan = static_cast<Lifespan>(9);
    CHECK(keys(validate_draft(draft, {}).errors) ==
          std::vector<std::string>{"lifespan:validation.lifespan.invalid"});
}

TEST_CASE("Custom tokens and their permissions", "[validation][permissions]") {
    const ValidationContext context{nullptr, std::nullopt, &catalogue(), std::nullopt};
    TokenDraft draft = draft_named("Custom one");
    draft.type = TokenType::Custom;

    SECTION("an empty selection is allowed but flagged: every content-API call would get 403") {
        const DraftCheck check = validate_draft(draft, context); // exchange 029 was accepted, 114 got 403
        CHECK(check.ok());
        REQUIRE(check.warning_for("permissions") != nullptr);
        CHECK(check.warning_for("permissions")->message_key == "validation.permissions.empty");
    }
    SECTION("an action the catalogue does not know is rejected") {
        draft.permissions = {"api::restaurant.restaurant.find",
                             "api::restaurant.restaurant.fly"}; // exchange 073
        const DraftCheck check = validate_draft(draft, context);
        CHECK_FALSE(check.ok());
        REQUIRE(check.error_for("permissions") != nullptr);
        CHECK(check.error_for("permissions")->message_key == "validation.permissions.unknown");
    }
    SECTION("without a loaded catalogue nothing can be judged unknown") {
        draft.permissions = {"api::nope.nope.find"};
        CHECK(validate_draft(draft, {}).ok());
        const PermissionCatalogue empty;
        CHECK(validate_draft(draft, {nullptr, std::nullopt, &empty, std::nullopt}).ok());
    }
    SECTION("a non-custom type ignores a leftover selection, which is never sent") {
        draft.permissions = {"api::restaurant.restaurant.find", "api::nope.nope.find"};
        draft.type = TokenType::ReadOnly; // switched away from Custom in the form
        const DraftCheck check = validate_draft(draft, context);
        CHECK(check.ok());
        CHECK(check.warnings.empty());
    }
}

TEST_CASE("Names are unique among the loaded tokens, case-sensitively like the server",
          "[validation][name]") {
    const ValidationContext creating{&kExisting, std::nullopt, nullptr, std::nullopt};

    SECTION("the exact name of another token is taken (exchange 066)") {
        const DraftCheck check = validate_draft(draft_named("FA 7 days"), creating);
        REQUIRE(check.error_for("name") != nullptr);
        CHECK(check.error_for("name")->message_key == "validation.name.taken");
    }
    SECTION("padding does not hide a clash (exchange 067)") {
        CHECK(validate_draft(draft_named("  FA 7 days "), creating).error_for("name")->message_key ==
              "validation.name.taken");
    }
    SECTION("a clash in letter case only is allowed, with a warning (exchange 068)") {
        const DraftCheck check = validate_draft(draft_named("fa 7 days"), creating);
        CHECK(check.ok());
        REQUIRE(check.warning_for("name") != nullptr);
        CHECK(check.warning_for("name")->message_key == "validation.name.case_clash");
    }
    SECTION("a token being edited may keep its own name (exchange 042)") {
        const ValidationContext editing{&kExisting, TokenId{4}, nullptr, Lifespan::Days7};
        TokenDraft draft = draft_named("FA 7 days");
        draft.lifespan = Lifespan::Days7;
        const DraftCheck check = validate_draft(draft, editing);
        CHECK(check.ok());
        CHECK(check.warnings.empty());
    }
    SECTION("but not take another's (exchange 055)") {
        const ValidationContext editing{&kExisting, TokenId{3}, nullptr, Lifespan::Unlimited};
        TokenDraft draft = draft_named("FA 7 days");
        draft.lifespan = Lifespan::Unlimited;
        CHECK(validate_draft(draft, editing).error_for("name")->message_key == "validation.name.taken");
    }
    SECTION("a fresh name is fine") {
        CHECK(validate_draft(draft_named("Brand new"), creating).ok());
        CHECK(validate_draft(draft_named("Brand new"), creating).warnings.empty());
    }
}

TEST_CASE("The lifespan cannot change once a token exists", "[validation][lifespan]") {
    const ValidationContext editing{&kExisting, TokenId{4}, nullptr, Lifespan::Days7};
    TokenDraft draft = draft_named("FA 7 days");
    draft.type = TokenType::FullAccess;

    draft.lifespan = Lifespan::Days7;
    CHECK(validate_draft(draft, editing).ok());

    draft.lifespan = Lifespan::Unlimited; // exchanges 044/045: the server refuses lifespan on update
    const DraftCheck check = validate_draft(draft, editing);
    REQUIRE(check.error_for("lifespan") != nullptr);
    CHECK(check.error_for("lifespan")->message_key == "validation.lifespan.immutable");

    const ValidationContext creating{&kExisting, std::nullopt, nullptr, std::nullopt};
    draft.name = "FA forever";
    CHECK(validate_draft(draft, creating).ok()); // while creating, any of the four is fine
}

TEST_CASE("Several problems are reported together, one per field", "[validation]") {
    const ValidationContext editing{&kExisting, TokenId{5}, &catalogue(), Lifespan::Days30};
    TokenDraft draft = draft_named("   ");
    draft.lifespan = Lifespan::Days90;
    draft.type = TokenType::Custom;
    draft.permissions = {"api::nope.nope.find"};
    const DraftCheck check = validate_draft(draft, editing);
    CHECK(keys(check.errors) == std::vector<std::string>{"name:validation.name.required",
                                                         "lifespan:validation.lifespan.immutable",
                                                         "permissions:validation.permissions.unknown"});
    CHECK(check.error_for("description") == nullptr);
    CHECK(check.error_for("type") == nullptr);
    for (const auto& error : check.errors) {
        CHECK(error.server_message.empty()); // these come from the client, not from Strapi
    }
}
