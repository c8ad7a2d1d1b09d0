// The page's flows on update() alone: every backend answer is a recorded Strapi exchange.

#include "page_harness.hpp"

#include <catch2/catch_test_macros.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>

using namespace imt;
using imt::test::PageHarness;
using imt::test::signed_in_admin;

namespace {

bool is_hex_key(std::string_view key) {
    return key.size() == 256 && std::all_of(key.begin(), key.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

const ApiToken* find_token(const State& s, std::string_view name) {
    for (const auto& t : s.list.tokens) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

void open_create_form(PageHarness& page) {
    page.dispatch(act::OpenCreate{});
    page.answer<call::LoadContentPermissions>("018");
    page.answer<call::LoadContentRoutes>("019");
}

} // namespace

TEST_CASE("An admin signs in and sees the token list with every control allowed") {
    auto page = signed_in_admin();
    CHECK(page.state.session.can == Capabilities{true, true, true, true, true, true});
    CHECK(page.state.list.load == Load::Ready);
    CHECK(page.state.list.tokens.size() == page.state.list.rows.size());
    CHECK(find_token(page.state, "Read Only") != nullptr);
}

TEST_CASE("Creating a custom token shows its secret once, and dismissing the banner drops it") {
    auto page = signed_in_admin("020"); // before "Custom 30 days" existed
    open_create_form(page);
    REQUIRE(page.state.content_api.load == Load::Ready);

    page.dispatch(act::EditName{"Custom 30 days"});
    page.dispatch(act::EditDescription{"custom, 30 days"});
    page.dispatch(act::ChooseLifespan{Lifespan::Days30});
    page.dispatch(act::ChooseType{TokenType::Custom});
    page.dispatch(act::ToggleAction{"api::restaurant.restaurant.find"});
    page.dispatch(act::ToggleAction{"api::restaurant.restaurant.findOne"});
    page.dispatch(act::Save{});

    REQUIRE(page.calls_sent<call::CreateToken>() == 1);
    const auto& draft = std::get<call::CreateToken>(page.pending<call::CreateToken>()->kind).draft;
    CHECK(draft.permissions ==
          PermissionSet{"api::restaurant.restaurant.find", "api::restaurant.restaurant.findOne"});
    CHECK(page.state.form.saving);

    page.answer<call::CreateToken>("023");
    const auto recorded_key =
        imt::test::load_exchange("023").response["body"]["data"]["accessKey"].get<std::string>();
    REQUIRE(page.state.banner);
    CHECK(page.state.banner->key.reveal() == recorded_key);
    CHECK(is_hex_key(page.state.banner->key.reveal()));
    CHECK(page.state.view == View::Edit);
    CHECK(page.state.form.id == page.state.banner->token_id);
    REQUIRE(page.state.notifications.size() == 1);
    CHECK(page.state.notifications[0].message_key == "notification.created");

    REQUIRE(page.host_events.size() == 1);
    CHECK(page.host_events[0].name == "token-created");
    CHECK(page.host_events[0].detail_json.find(recorded_key) == std::string::npos);

    page.dispatch(act::DismissBanner{});
    CHECK_FALSE(page.state.banner);
}

TEST_CASE("Copying the secret hands it to the platform, then navigating away wipes it without asking") {
    auto page = signed_in_admin("020"); // before "Custom 30 days" existed
    open_create_form(page);
    page.dispatch(act::EditName{"Custom 30 days"});
    page.dispatch(act::ChooseType{TokenType::Custom});
    page.dispatch(act::Save{});
    page.answer<call::CreateToken>("023");

    page.dispatch(act::CopySecret{});
    REQUIRE(page.clipboard.size() == 1);
    CHECK(page.clipboard[0].text == page.state.banner->key);
    page.dispatch(act::SecretCopied{true});
    CHECK(page.state.notifications.back().message_key == "notification.copied");

    page.dispatch(act::OpenList{});
    CHECK_FALSE(page.state.dialog);
    CHECK_FALSE(page.state.banner);
    CHECK(page.state.view == View::List);
}

TEST_CASE("Leaving before copying the secret asks first") {
    auto page = signed_in_admin("020"); // before "Custom 30 days" existed
    open_create_form(page);
    page.dispatch(act::EditName{"Custom 30 days"});
    page.dispatch(act::Save{});
    page.answer<call::CreateToken>("023");

    page.dispatch(act::OpenList{});
    REQUIRE(page.state.dialog);
    CHECK(page.state.dialog->kind == DialogKind::LeaveUncopiedSecret);
    CHECK(page.state.view == View::Edit);
    CHECK(page.state.banner);

    page.dispatch(act::Cancel{});
    CHECK(page.state.banner);

    page.dispatch(act::OpenList{});
    page.dispatch(act::Confirm{});
    CHECK(page.state.view == View::List);
    CHECK_FALSE(page.state.banner);
}

TEST_CASE("Regenerating asks for confirmation, Cancel sends nothing, Regenerate shows the new key") {
    auto page = signed_in_admin();
    const TokenId id = 4; // the token regenerated in the recorded 059
    REQUIRE(std::any_of(page.state.list.tokens.begin(), page.state.list.tokens.end(),
                        [&](const ApiToken& t) { return t.id == id; }));
    page.dispatch(act::OpenEdit{id});
    page.answer<call::LoadContentPermissions>("018");
    page.answer<call::LoadContentRoutes>("019");

    page.dispatch(act::AskRegenerate{});
    REQUIRE(page.state.dialog);
    CHECK(page.state.dialog->kind == DialogKind::Regenerate);
    page.dispatch(act::Cancel{});
    CHECK_FALSE(page.state.dialog);
    CHECK(page.calls_sent<call::RegenerateToken>() == 0);

    page.dispatch(act::AskRegenerate{});
    page.dispatch(act::Confirm{});
    page.dispatch(act::Confirm{}); // a second click while the first is in flight
    REQUIRE(page.calls_sent<call::RegenerateToken>() == 1);
    page.answer<call::RegenerateToken>("059");
    REQUIRE(page.state.banner);
    CHECK(page.state.banner->token_id == id);
    CHECK(is_hex_key(page.state.banner->key.reveal()));
    CHECK_FALSE(page.state.dialog);
    CHECK(page.host_events.back().name == "token-regenerated");
}

TEST_CASE("Deleting a token asks, sends one request however often Confirm is clicked, and removes the row") {
    auto page = signed_in_admin();
    const TokenId id = 8;
    REQUIRE(std::any_of(page.state.list.tokens.begin(), page.state.list.tokens.end(),
                        [&](const ApiToken& t) { return t.id == id; }));
    const auto rows_before = page.state.list.rows.size();

    page.dispatch(act::AskDelete{id});
    REQUIRE(page.state.dialog);
    CHECK(page.state.dialog->kind == DialogKind::Delete);
    CHECK(page.state.dialog->token_name == "With kind");
    page.dispatch(act::Confirm{});
    page.dispatch(act::Confirm{});
    REQUIRE(page.calls_sent<call::DeleteToken>() == 1);

    page.answer<call::DeleteToken>("128");
    CHECK_FALSE(page.state.dialog);
    CHECK(page.state.list.rows.size() == rows_before - 1);
    CHECK(std::none_of(page.state.list.tokens.begin(), page.state.list.tokens.end(),
                       [&](const ApiToken& t) { return t.id == id; }));
}

TEST_CASE("A name already taken comes back on the Name field and the draft survives") {
    auto page = signed_in_admin();
    open_create_form(page);
    page.dispatch(act::EditName{"A brand new name"});
    page.dispatch(act::EditDescription{"typed with care"});
    page.dispatch(act::Save{});
    page.answer<call::CreateToken>("066");

    CHECK_FALSE(page.state.form.saving);
    CHECK(page.state.view == View::Create);
    CHECK(page.state.form.draft.name == "A brand new name");
    CHECK(page.state.form.draft.description == "typed with care");
    REQUIRE(page.state.form.server_errors.size() == 1);
    CHECK(page.state.form.server_errors[0].field == "name");
    CHECK(page.state.form.server_errors[0].message_key == "validation.name.taken");
    CHECK_FALSE(page.state.banner);

    page.dispatch(act::EditName{"Another name"});
    CHECK(page.state.form.server_errors.empty());
}

TEST_CASE("Save is one request however many clicks arrive before the answer") {
    auto page = signed_in_admin();
    open_create_form(page);
    page.dispatch(act::EditName{"Double clicked"});
    page.dispatch(act::Save{});
    page.dispatch(act::Save{});
    page.dispatch(act::Save{});
    CHECK(page.calls_sent<call::CreateToken>() == 1);
}

TEST_CASE("An invalid draft is never sent") {
    auto page = signed_in_admin();
    open_create_form(page);
    page.dispatch(act::EditName{"   "});
    page.dispatch(act::Save{});
    CHECK(page.calls_sent<call::CreateToken>() == 0);
    CHECK_FALSE(page.state.form.check.ok());
}

TEST_CASE("Offline on save explains itself, keeps the draft and does not retry") {
    auto page = signed_in_admin();
    open_create_form(page);
    page.dispatch(act::EditName{"Offline attempt"});
    page.dispatch(act::Save{});
    HttpResponse offline;
    offline.fault = TransportFault::Offline;
    page.answer_with<call::CreateToken>(offline);

    CHECK(page.calls_sent<call::CreateToken>() == 1);
    CHECK(page.state.form.draft.name == "Offline attempt");
    REQUIRE(page.state.form.save_error);
    CHECK(page.state.form.save_error->kind == ApiErrorKind::Offline);
    CHECK_FALSE(page.state.form.saving);
}

TEST_CASE("A 401 on a read renews the session through the refresh cookie and replays the read once") {
    auto page = signed_in_admin();
    page.dispatch(act::Reload{});
    page.answer<call::LoadTokens>("087");
    REQUIRE(page.calls_sent<call::RefreshAccessToken>() == 1);
    CHECK(page.state.session.refreshing);

    page.answer<call::RefreshAccessToken>("010");
    CHECK(page.state.session.jwt.reveal().rfind("eyJ", 0) == 0);
    REQUIRE(page.pending<call::LoadTokens>());
    CHECK(page.pending<call::LoadTokens>()->replayed);
    page.answer<call::LoadTokens>("034");
    CHECK(page.state.list.load == Load::Ready);
    CHECK_FALSE(page.state.session.expired);
}

TEST_CASE("When the refresh cookie is gone, the page asks to sign in again and keeps the draft") {
    auto page = signed_in_admin();
    open_create_form(page);
    page.dispatch(act::EditName{"Half-typed token"});
    page.dispatch(act::Reload{});
    page.answer<call::LoadTokens>("086");
    page.answer<call::RefreshAccessToken>("011");

    CHECK(page.state.session.expired);
    CHECK(page.host_events.back().name == "session-expired");
    CHECK(page.state.form.draft.name == "Half-typed token");

    page.dispatch(act::SignIn{"admin@example.com", Secret("Admin12345!")});
    page.answer<call::Login>("008");
    CHECK_FALSE(page.state.session.expired);
    REQUIRE(page.pending<call::LoadTokens>());
    page.answer<call::LoadTokens>("034");
    CHECK(page.state.view == View::Create);
    CHECK(page.state.form.draft.name == "Half-typed token");
}

TEST_CASE("A write refused with 401 is not repeated on its own") {
    auto page = signed_in_admin();
    open_create_form(page);
    page.dispatch(act::EditName{"Needs a session"});
    page.dispatch(act::Save{});
    page.answer<call::CreateToken>("090");
    CHECK(page.calls_sent<call::CreateToken>() == 1);
    CHECK(page.calls_sent<call::RefreshAccessToken>() == 1);
    page.answer<call::RefreshAccessToken>("010");
    CHECK(page.calls_sent<call::CreateToken>() == 1);
    CHECK(page.state.form.draft.name == "Needs a session");
    CHECK_FALSE(page.state.form.saving);
}

TEST_CASE("Editing a token keeps its lifespan locked and sends only what Strapi accepts") {
    auto page = signed_in_admin();
    page.dispatch(act::OpenEdit{3});
    page.answer<call::LoadContentPermissions>("018");
    page.answer<call::LoadContentRoutes>("019");
    const auto lifespan = page.state.form.draft.lifespan;
    page.dispatch(act::ChooseLifespan{lifespan == Lifespan::Days7 ? Lifespan::Days90 : Lifespan::Days7});
    CHECK(page.state.form.draft.lifespan == lifespan);

    page.dispatch(act::EditName{"RO renamed"});
    page.dispatch(act::EditDescription{"new description"});
    page.dispatch(act::Save{});
    REQUIRE(page.calls_sent<call::UpdateToken>() == 1);
    page.answer<call::UpdateToken>("037");
    CHECK(page.state.notifications.back().message_key == "notification.edited");
    CHECK(page.state.form.original->name == "RO renamed");
}

TEST_CASE("Reading the list needs api-tokens.read; the read-only admin cannot create or delete") {
    PageHarness page;
    page.dispatch(act::UseSession{Secret("reader-jwt")});
    HttpResponse reader;
    reader.status = 200;
    reader.content_type = "application/json";
    reader.body = R"({"data":[{"id":1,"action":"admin::api-tokens.access","subject":null},
                           {"id":2,"action":"admin::api-tokens.read","subject":null}]})";
    page.answer_with<call::LoadAdminPermissions>(reader);
    CHECK(page.state.session.can == Capabilities{true, true, false, false, false, false});
    page.answer<call::LoadTokens>("034");

    page.dispatch(act::OpenCreate{});
    CHECK(page.state.view == View::List);
    page.dispatch(act::AskDelete{8});
    CHECK_FALSE(page.state.dialog);
    page.dispatch(act::OpenEdit{3});
    page.dispatch(act::EditName{"not allowed"});
    CHECK(page.state.form.draft.name != "not allowed");
    page.dispatch(act::Save{});
    CHECK(page.calls_sent<call::UpdateToken>() == 0);
}

TEST_CASE("Sorting and searching rebuild the visible rows, not the tokens") {
    auto page = signed_in_admin();
    const auto all = page.state.list.tokens.size();
    page.dispatch(act::Search{"read"});
    CHECK(page.state.list.rows.size() < all);
    for (auto row : page.state.list.rows) {
        const auto& t = page.state.list.tokens[row];
        std::string text = t.name + " " + t.description;
        std::transform(text.begin(), text.end(), text.begin(),
                       [](unsigned char c) { return std::tolower(c); });
        CHECK(text.find("read") != std::string::npos);
    }
    page.dispatch(act::Search{""});
    page.dispatch(act::SortBy{SortColumn::Name, false});
    REQUIRE(page.state.list.rows.size() == all);
    const auto& first = page.state.list.tokens[page.state.list.rows.front()];
    const auto& last = page.state.list.tokens[page.state.list.rows.back()];
    CHECK(first.name >= last.name);
}

TEST_CASE("Notifications expire with the clock") {
    auto page = signed_in_admin();
    open_create_form(page);
    page.dispatch(act::EditName{"x"});
    page.dispatch(act::Save{});
    page.answer<call::CreateToken>("066");
    REQUIRE_FALSE(page.state.notifications.empty());
    page.dispatch(act::Tick{Timestamp{page.state.now.ms + kNotificationMs}});
    CHECK(page.state.notifications.empty());
}

TEST_CASE("After a reload the refresh cookie signs the admin back in without the form") {
    PageHarness page;
    page.dispatch(act::ResumeSession{});
    CHECK(page.state.session.signing_in);
    page.answer<call::RefreshAccessToken>("010");
    CHECK(page.state.session.signed_in);
    CHECK(page.pending<call::LoadAdminPermissions>());
}

TEST_CASE("A new session asks for the admin's permissions and the list at once") {
    PageHarness page;
    page.dispatch(act::UseSession{Secret("admin-jwt")});
    CHECK(page.pending<call::LoadAdminPermissions>());
    CHECK(page.pending<call::LoadTokens>());
    page.answer<call::LoadTokens>("034");
    CHECK(page.state.session.permissions == Load::Loading);
    page.answer<call::LoadAdminPermissions>("014");
    CHECK(page.state.list.load == Load::Ready);
    CHECK(page.state.session.can.read);
}

TEST_CASE("A new token from the host after the session expired sends the held-back reads once more") {
    auto page = imt::test::expired_session();
    REQUIRE(page.state.session.expired);

    page.dispatch(act::UseSession{Secret("fresh-jwt")});
    REQUIRE(page.pending<call::LoadAdminPermissions>());
    REQUIRE(page.pending<call::LoadTokens>());
    CHECK(page.pending<call::LoadTokens>()->replayed);
    page.answer<call::LoadAdminPermissions>("014");
    page.answer<call::LoadTokens>("034");
    CHECK(page.state.list.load == Load::Ready);
    CHECK_FALSE(page.state.session.expired);
    CHECK(page.calls_sent<call::LoadTokens>() == 2);
}

TEST_CASE("After a reload without a refresh cookie the sign-in form stays, with no error") {
    PageHarness page;
    page.dispatch(act::ResumeSession{});
    page.answer<call::RefreshAccessToken>("011");
    CHECK_FALSE(page.state.session.signed_in);
    CHECK_FALSE(page.state.session.signing_in);
    CHECK_FALSE(page.state.session.sign_in_error);
    CHECK(page.host_events.empty());
}
