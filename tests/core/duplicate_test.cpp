// Duplicate as a new token, the rotation Strapi's Regenerate cannot do: the create form opens with the
// source's type, exact permissions and description, a suffixed name that fits the name rules, and a
// duration to choose afresh; once the new key is shown the page offers to delete the old token, with
// one DELETE on confirm and nothing retried on its own. Answers are the recorded Strapi 5.54.0 ones.

#include "core/duplicate_name.hpp"
#include "core/text.hpp"
#include "page_harness.hpp"

#include <catch2/catch_test_macros.hpp>

using namespace imt;
using imt::test::PageHarness;
using imt::test::permissions_answer;
using imt::test::signed_in_admin;

namespace {

// An admin who may read and create tokens but not delete them.
PageHarness creator_without_delete() {
    PageHarness page;
    page.dispatch(act::UseSession{Secret("creator-jwt")});
    page.answer_with<call::LoadAdminPermissions>(permissions_answer(R"([
        {"id":1,"action":"admin::api-tokens.access","subject":null},
        {"id":2,"action":"admin::api-tokens.read","subject":null},
        {"id":3,"action":"admin::api-tokens.create","subject":null}])"));
    page.answer<call::LoadTokens>("034");
    return page;
}

// The admin opens "Custom 30 days" (id 5 in the recorded list 034: custom, 30 days, restaurant find and
// findOne and homepage find) and clicks Duplicate.
void duplicate_custom_30_days(PageHarness& page) {
    page.dispatch(act::OpenEdit{5});
    page.answer<call::LoadContentPermissions>("018");
    page.answer<call::LoadContentRoutes>("019");
    page.dispatch(act::Duplicate{5, "copy"});
}

// ... chooses 90 days, saves, and Strapi answers with the recorded create of a custom token (118, id 20).
void save_with_90_days(PageHarness& page) {
    page.dispatch(act::ChooseLifespan{Lifespan::Days90});
    page.dispatch(act::Save{});
    REQUIRE(page.pending<call::CreateToken>());
    page.answer<call::CreateToken>("118");
    REQUIRE(page.state.banner);
}

HttpResponse timed_out() {
    HttpResponse response;
    response.fault = TransportFault::Timeout;
    return response;
}

} // namespace

TEST_CASE("Duplicate opens the create form with the same type, permissions and description, and a new name") {
    PageHarness page = signed_in_admin("034");
    duplicate_custom_30_days(page);

    const State& s = page.state;
    CHECK(s.view == View::Create);
    CHECK(s.form.draft.name == "Custom 30 days (copy)");
    CHECK(s.form.draft.description == "custom, 30 days");
    CHECK(s.form.draft.type == TokenType::Custom);
    CHECK(s.form.draft.permissions == PermissionSet{"api::restaurant.restaurant.find",
                                                    "api::restaurant.restaurant.findOne",
                                                    "api::homepage.homepage.find"});
    CHECK(s.form.duplicate_of == DuplicateSource{5, "Custom 30 days"});
    CHECK(s.form.check.ok());
    CHECK(s.form.check.warnings.empty());
    CHECK(page.calls_sent<call::CreateToken>() == 0); // nothing is made until Save

    // The duration is the source's to begin with, and the admin's to change: it is not locked.
    CHECK(s.form.draft.lifespan == Lifespan::Days30);
    page.dispatch(act::ChooseLifespan{Lifespan::Days90});
    CHECK(page.state.form.draft.lifespan == Lifespan::Days90);

    page.dispatch(act::Save{});
    const ApiCall* create = page.pending<call::CreateToken>();
    REQUIRE(create != nullptr);
    const auto& sent = std::get<call::CreateToken>(create->kind).draft;
    CHECK(sent.name == "Custom 30 days (copy)");
    CHECK(sent.lifespan == Lifespan::Days90);
    CHECK(sent.permissions == page.state.form.draft.permissions);
}

TEST_CASE("A preset token is duplicated with its type and duration, and no permissions of its own") {
    PageHarness page = signed_in_admin("034");
    page.dispatch(act::OpenEdit{4}); // "FA 7 days": full access, 7 days
    page.dispatch(act::Duplicate{4, "copy"});
    CHECK(page.state.form.draft.name == "FA 7 days (copy)");
    CHECK(page.state.form.draft.type == TokenType::FullAccess);
    CHECK(page.state.form.draft.lifespan == Lifespan::Days7);
    CHECK(page.state.form.draft.permissions.empty());
}

TEST_CASE("After the new key is shown, the old token can be deleted with one request") {
    PageHarness page = signed_in_admin("034");
    duplicate_custom_30_days(page);
    save_with_90_days(page);

    // The new token's page, with its key and the offer to delete the one it copies.
    CHECK(page.state.view == View::Edit);
    CHECK(page.state.form.id == TokenId{20});
    CHECK(page.state.banner->token_id == 20);
    const DuplicateSource* offered = old_token_on_offer(page.state);
    REQUIRE(offered != nullptr);
    CHECK(offered->id == 5);
    CHECK(offered->name == "Custom 30 days");

    // The usual delete confirmation: Cancel sends nothing.
    page.dispatch(act::AskDelete{5});
    REQUIRE(page.state.dialog);
    CHECK(page.state.dialog->kind == DialogKind::Delete);
    CHECK(page.state.dialog->token_name == "Custom 30 days");
    page.dispatch(act::Cancel{});
    CHECK(page.calls_sent<call::DeleteToken>() == 0);

    page.dispatch(act::AskDelete{5});
    page.dispatch(act::Confirm{});
    page.dispatch(act::Confirm{}); // a second click while the first is on its way
    REQUIRE(page.calls_sent<call::DeleteToken>() == 1);
    CHECK(std::get<call::DeleteToken>(page.pending<call::DeleteToken>()->kind).id == 5);
    page.answer<call::DeleteToken>("128");

    CHECK(find_token(page.state.list.tokens, 5) == nullptr);
    CHECK(page.state.view == View::Edit); // still on the new token, its key still shown
    CHECK(page.state.form.id == TokenId{20});
    REQUIRE(page.state.banner);
    CHECK(page.state.banner->replaced_deleted);
    CHECK(old_token_on_offer(page.state) == nullptr);
    CHECK(page.host_events.back().name == "token-deleted");
}

TEST_CASE("A delete of the old token that fails says why beside the offer and is not sent again by itself") {
    PageHarness page = signed_in_admin("034");
    duplicate_custom_30_days(page);
    save_with_90_days(page);

    page.dispatch(act::AskDelete{5});
    page.dispatch(act::Confirm{});
    page.answer_with<call::DeleteToken>(timed_out());

    REQUIRE(page.state.banner->replace_error);
    CHECK(page.state.banner->replace_error->kind == ApiErrorKind::Timeout);
    CHECK(page.state.notifications.back().tone == Tone::Danger);
    CHECK_FALSE(page.state.dialog);
    CHECK(page.calls_sent<call::DeleteToken>() == 1);
    CHECK(page.state.in_flight.empty());
    CHECK(old_token_on_offer(page.state) != nullptr); // still offered: the admin may try again

    page.dispatch(act::AskDelete{5});
    page.dispatch(act::Confirm{});
    CHECK(page.calls_sent<call::DeleteToken>() == 2);
    page.answer<call::DeleteToken>("128");
    CHECK(page.state.banner->replaced_deleted);
    CHECK_FALSE(page.state.banner->replace_error);
}

TEST_CASE("Duplicate needs the create permission, and the offer the delete permission") {
    SECTION("Without create, Duplicate does nothing") {
        PageHarness page;
        page.dispatch(act::UseSession{Secret("reader-jwt")});
        page.answer_with<call::LoadAdminPermissions>(permissions_answer(R"([
            {"id":1,"action":"admin::api-tokens.access","subject":null},
            {"id":2,"action":"admin::api-tokens.read","subject":null}])"));
        page.answer<call::LoadTokens>("034");
        page.dispatch(act::OpenEdit{5});
        CHECK_FALSE(may_duplicate(page.state, 5));
        page.dispatch(act::Duplicate{5, "copy"});
        CHECK(page.state.view == View::Edit);
        CHECK_FALSE(page.state.form.duplicate_of);
    }
    SECTION("Without delete, the new key is shown with no offer") {
        PageHarness page = creator_without_delete();
        CHECK(may_duplicate(page.state, 5));
        duplicate_custom_30_days(page);
        save_with_90_days(page);
        CHECK(old_token_on_offer(page.state) == nullptr);
        page.dispatch(act::AskDelete{5});
        CHECK_FALSE(page.state.dialog);
    }
    SECTION("A token no longer in the list is not duplicated") {
        PageHarness page = signed_in_admin("034");
        page.dispatch(act::Duplicate{999, "copy"});
        CHECK(page.state.view == View::List);
    }
}

TEST_CASE("Duplicating a token whose new key was never copied asks before leaving it") {
    PageHarness page = signed_in_admin("020");
    page.dispatch(act::OpenCreate{});
    page.answer<call::LoadContentPermissions>("018");
    page.answer<call::LoadContentRoutes>("019");
    page.dispatch(act::EditName{"Custom 30 days"});
    page.dispatch(act::Save{});
    page.answer<call::CreateToken>("023"); // id 5, its key on screen, not copied
    REQUIRE(page.state.banner);

    page.dispatch(act::Duplicate{5, "copie"});
    REQUIRE(page.state.dialog);
    CHECK(page.state.dialog->kind == DialogKind::LeaveUncopiedSecret);
    CHECK(page.state.view == View::Edit);
    page.dispatch(act::Confirm{});
    CHECK(page.state.view == View::Create);
    CHECK(page.state.form.draft.name == "Custom 30 days (copie)");
    CHECK_FALSE(page.state.banner); // the key it left is wiped
}

TEST_CASE("The duplicate's name stays within the name rules and is not another token's") {
    std::vector<ApiToken> tokens;
    const auto named = [&](std::string name) {
        ApiToken t;
        t.id = static_cast<TokenId>(tokens.size() + 1);
        t.name = std::move(name);
        tokens.push_back(t);
    };
    named("CI");
    CHECK(duplicate_name("CI", "copy", tokens) == "CI (copy)");

    named("ci (COPY)"); // taken in another case: even a case twin is avoided
    CHECK(duplicate_name("CI", "copy", tokens) == "CI (copy 2)");
    named("CI (copy 2)");
    CHECK(duplicate_name("CI", "copy", tokens) == "CI (copy 3)");
    // A duplicate of a duplicate is numbered, not suffixed twice.
    CHECK(duplicate_name("CI (copy 2)", "copy", tokens) == "CI (copy 3)");
    CHECK(duplicate_name("  CI  ", "copy", tokens) == "CI (copy 3)");
    // Only the page's own suffix is counted on.
    CHECK(duplicate_name("Build (nightly)", "copy", tokens) == "Build (nightly) (copy)");
    CHECK(duplicate_name("CI", "copie", tokens) == "CI (copie)");

    // Long names are cut, on whole characters, so the suffix fits in 100.
    const std::string long_name(300, 'n');
    const std::string cut = duplicate_name(long_name, "copy", tokens);
    CHECK(utf8_length(cut) == kNameMaxLength);
    CHECK(cut.ends_with("n (copy)"));
    std::string accents;
    for (int i = 0; i < 99; ++i)
        accents += "\xC3\xA9"; // é
    const std::string cut_accents = duplicate_name(accents, "copie", tokens);
    CHECK(utf8_length(cut_accents) == kNameMaxLength);
    CHECK(decode_utf8(cut_accents, cut_accents.size() - std::string(" (copie)").size() - 2).has_value());
}

TEST_CASE("A 300-character name that Strapi's API took is duplicated into one the form accepts") {
    PageHarness page = signed_in_admin("034");
    page.dispatch(act::OpenEdit{14});
    page.answer<call::LoadContentPermissions>("018");
    page.answer<call::LoadContentRoutes>("019");
    page.dispatch(act::Duplicate{14, "copy"});
    CHECK(utf8_length(page.state.form.draft.name) == kNameMaxLength);
    CHECK(page.state.form.check.ok());
}
