// The desktop app's flows with no UI: the core Store with the desktop Ports and the real libcurl
// transport, against the recorded contract ("[replay]") and against a real Strapi ("[strapi]", run when
// IMT_STRAPI_URL is set; the test command starts Strapi and writes the session file).

#include "contract_replay.hpp"
#include "core_session.hpp"
#include "loopback_http.hpp"
#include "platform/native/scenes.hpp"

#include <catch2/catch_test_macros.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fstream>

using namespace imt;
using imt::test::CoreSession;

namespace {

struct Admin {
    std::string email;
    std::string password;
    std::string jwt; // empty: sign in through the login screen
};

const ApiToken* token_named(const State& state, const std::string& name) {
    auto& tokens = state.list.tokens;
    auto found =
        std::find_if(tokens.begin(), tokens.end(), [&](const ApiToken& t) { return t.name == name; });
    return found == tokens.end() ? nullptr : &*found;
}

bool has_token(const State& state, TokenId id) {
    return std::any_of(state.list.tokens.begin(), state.list.tokens.end(),
                       [&](const ApiToken& t) { return t.id == id; });
}

bool is_access_key(std::string_view key) {
    return key.size() == 256 && std::all_of(key.begin(), key.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

bool page_ready(const State& state) {
    return state.session.signed_in && state.session.permissions == Load::Ready &&
           state.list.load == Load::Ready && settled(state);
}

void sign_in(CoreSession& page, const Admin& admin) {
    if (!admin.jwt.empty()) {
        // A session handed over (as the app's IMTOKENS_JWT does); an expired one falls back to the login.
        page.dispatch(act::UseSession{Secret(admin.jwt)});
        REQUIRE(page.wait_until(
            [](const State& s) { return settled(s) && s.session.permissions != Load::Loading; }));
    }
    if (admin.jwt.empty() || page.state().session.expired) {
        page.dispatch(act::SignIn{admin.email, Secret(admin.password)});
        REQUIRE(page.wait_until(settled));
        const auto& error = page.state().session.sign_in_error;
        INFO("sign-in error: " << (error ? error->message : std::string("none")));
        REQUIRE(page.state().session.signed_in);
    }
    REQUIRE(page.wait_until([](const State& s) { return settled(s) && s.list.load != Load::Loading; }));
    const auto& list_error = page.state().list.error;
    INFO("list error: " << (list_error ? list_error->message : std::string("none")));
    REQUIRE(page.state().session.permissions == Load::Ready);
    REQUIRE(page_ready(page.state()));
}

// Create a read-only token, copy its key, use it, regenerate it, rename it and delete it, checking
// each step on the page and against the backend.
void token_lifecycle(CoreSession& page, const std::string& name) {
    page.dispatch(act::OpenCreate{});
    REQUIRE(page.state().view == View::Create);
    page.dispatch(act::EditName{name});
    page.dispatch(act::EditDescription{"made by the native flows test"});
    page.dispatch(act::ChooseLifespan{Lifespan::Days7});
    page.dispatch(act::ChooseType{TokenType::ReadOnly});
    REQUIRE(page.wait_until(settled)); // the permission catalogue has loaded
    CHECK(page.state().content_api.load == Load::Ready);
    CHECK(page.state().form.check.ok());

    // A double click on Save sends one request.
    page.dispatch(act::Save{});
    page.dispatch(act::Save{});
    CHECK(page.state().in_flight.size() == 1);
    REQUIRE(page.wait_until([](const State& s) { return s.banner.has_value() && settled(s); }));
    // The backend's own list holds the token once.
    page.dispatch(act::Reload{});
    REQUIRE(page.wait_until(page_ready));
    CHECK(std::count_if(page.state().list.tokens.begin(), page.state().list.tokens.end(),
                        [&](const ApiToken& t) { return t.name == name; }) == 1);
    REQUIRE(page.state().banner.has_value());

    const ApiToken* created = token_named(page.state(), name);
    REQUIRE(created != nullptr);
    const TokenId id = created->id;
    CHECK(created->type == TokenType::ReadOnly);
    CHECK(created->lifespan_ms == 7 * kDayMs);
    REQUIRE(created->expires_at.has_value());
    CHECK(created->expires_at->ms == created->created_at.ms + 7 * kDayMs);
    CHECK(page.state().view == View::Edit);
    CHECK(page.state().banner->token_id == id);
    CHECK(is_access_key(page.state().banner->key.reveal()));

    page.dispatch(act::CopySecret{});
    REQUIRE(page.state().banner.has_value());
    CHECK(page.state().banner->copied);
    CHECK(page.clipboard() == page.state().banner->key);
    const Secret first_key = page.clipboard();

    // The copied key reads the content API and may not write to it.
    CHECK(page.content_api_status(HttpMethod::Get, "/api/restaurants", first_key) == 200);
    CHECK(page.content_api_status(HttpMethod::Post, "/api/restaurants", first_key,
                                  R"({"data":{"name":"Native flows"}})") == 403);

    page.dispatch(act::AskRegenerate{});
    REQUIRE(page.state().dialog.has_value());
    CHECK(page.state().dialog->kind == DialogKind::Regenerate);
    page.dispatch(act::Confirm{});
    REQUIRE(page.wait_until(
        [&](const State& s) { return !s.dialog && s.banner && s.banner->key != first_key && settled(s); }));
    const Secret second_key = page.state().banner->key;
    CHECK(is_access_key(second_key.reveal()));
    CHECK_FALSE(page.state().banner->copied);
    CHECK(page.content_api_status(HttpMethod::Get, "/api/restaurants", first_key) == 401);
    CHECK(page.content_api_status(HttpMethod::Get, "/api/restaurants", second_key) == 200);

    const std::string renamed = name + " (renamed)";
    page.dispatch(act::EditName{renamed});
    page.dispatch(act::EditDescription{"renamed by the native flows test"});
    page.dispatch(act::Save{});
    REQUIRE(page.wait_until([](const State& s) { return !s.form.saving && settled(s); }));
    const ApiToken* edited = token_named(page.state(), renamed);
    REQUIRE(edited != nullptr);
    CHECK(edited->id == id);
    CHECK(edited->description == "renamed by the native flows test");
    CHECK(edited->lifespan_ms == 7 * kDayMs); // fixed at creation

    // The regenerated key was never copied: leaving asks first, and the banner's key goes.
    page.dispatch(act::OpenList{});
    REQUIRE(page.state().dialog.has_value());
    CHECK(page.state().dialog->kind == DialogKind::LeaveUncopiedSecret);
    page.dispatch(act::Confirm{});
    CHECK(page.state().view == View::List);
    CHECK_FALSE(page.state().banner.has_value());

    page.dispatch(act::AskDelete{id});
    REQUIRE(page.state().dialog.has_value());
    CHECK(page.state().dialog->kind == DialogKind::Delete);
    CHECK(page.state().dialog->token_name == renamed);
    page.dispatch(act::Confirm{});
    REQUIRE(page.wait_until([&](const State& s) { return !has_token(s, id) && settled(s); }));
    CHECK_FALSE(page.state().dialog.has_value());
    CHECK(page.content_api_status(HttpMethod::Get, "/api/restaurants", second_key) == 401);

    // The backend's own list agrees.
    page.dispatch(act::Reload{});
    REQUIRE(page.wait_until(page_ready));
    CHECK_FALSE(has_token(page.state(), id));

    std::vector<std::string> events;
    for (const auto& event : page.host_events()) {
        events.push_back(event.name);
        CHECK(event.detail_json.find(first_key.reveal()) == std::string::npos);
        CHECK(event.detail_json.find(second_key.reveal()) == std::string::npos);
    }
    CHECK(events == std::vector<std::string>{"token-created", "token-regenerated", "token-deleted"});
}

std::string unique_name(const char* prefix) {
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                        std::chrono::system_clock::now().time_since_epoch())
                        .count();
    return std::string(prefix) + " " + std::to_string(ms);
}

} // namespace

TEST_CASE("Recorded contract: sign in, create, copy, use, regenerate, edit and delete a token", "[replay]") {
    test::ContractReplay replay(IMT_CONTRACT_DIR);
    test::LoopbackHttpServer server([&](const test::ReceivedRequest& r) { return replay.answer(r); });
    CoreSession page(server.base_url());

    sign_in(page, Admin{replay.admin_email(), replay.admin_password(), {}});
    CHECK(page.state().session.can.create);
    CHECK(page.state().list.tokens.size() == 19);

    token_lifecycle(page, unique_name("Native flows"));
}

TEST_CASE("Recorded contract: an expired session is renewed with the refresh cookie from sign-in",
          "[replay]") {
    test::ContractReplay replay(IMT_CONTRACT_DIR);
    test::LoopbackHttpServer server([&](const test::ReceivedRequest& r) { return replay.answer(r); });
    CoreSession page(server.base_url());
    sign_in(page, Admin{replay.admin_email(), replay.admin_password(), {}});

    replay.expire_admin_jwts();
    page.dispatch(act::Reload{});
    REQUIRE(page.wait_until(page_ready));

    CHECK_FALSE(page.state().session.expired);
    CHECK(page.state().session.jwt.reveal() == replay.refreshed_jwt());
    CHECK(page.state().list.tokens.size() == 19);
    // The list was refused once, the cookie renewed the session, and the list was asked again.
    const auto requests = server.requests();
    std::vector<std::string> calls;
    for (const auto& request : requests)
        calls.push_back(request.method + " " + request.target);
    REQUIRE(calls.size() >= 3);
    const std::vector<std::string> last_three(calls.end() - 3, calls.end());
    CHECK(last_three == std::vector<std::string>{"GET /admin/api-tokens", "POST /admin/access-token",
                                                 "GET /admin/api-tokens"});
    CHECK(requests[requests.size() - 2].header("cookie").find("strapi_admin_refresh=") != std::string::npos);
}

TEST_CASE("Recorded contract: a wrong password shows the server's message on the login screen", "[replay]") {
    test::ContractReplay replay(IMT_CONTRACT_DIR);
    test::LoopbackHttpServer server([&](const test::ReceivedRequest& r) { return replay.answer(r); });
    CoreSession page(server.base_url());

    page.dispatch(act::SignIn{replay.admin_email(), Secret("not the password")});
    REQUIRE(page.wait_until(settled));

    CHECK_FALSE(page.state().session.signed_in);
    REQUIRE(page.state().session.sign_in_error.has_value());
    CHECK(page.state().session.sign_in_error->message == "Invalid credentials");
}

TEST_CASE("Recorded contract: the banner scene shows a made-up key, never the one the server made",
          "[replay]") {
    test::ContractReplay replay(IMT_CONTRACT_DIR);
    std::string served_key;
    test::LoopbackHttpServer server([&](const test::ReceivedRequest& r) {
        auto answer = replay.answer(r);
        if (r.method == "POST" && r.target == "/admin/api-tokens")
            served_key = nlohmann::json::parse(answer.body)["data"]["accessKey"];
        return answer;
    });
    // As the app sets up its ports for `--scene banner`.
    CoreSession page(server.base_url(), native::scene_stand_in_key("banner"));
    sign_in(page, Admin{replay.admin_email(), replay.admin_password(), {}});

    for (const auto& step : native::scene_steps("banner")) {
        REQUIRE(page.wait_until(settled));
        for (auto& action : step(page.state()))
            page.dispatch(std::move(action));
    }
    REQUIRE(page.wait_until([](const State& s) { return settled(s) && s.banner.has_value(); }));

    const std::string_view shown = page.state().banner->key.reveal();
    CHECK(is_access_key(shown));
    CHECK(shown == native::scene_stand_in_key("banner").reveal());
    REQUIRE(is_access_key(served_key));
    CHECK(shown != served_key);
    // Every other scene shows the server's answers untouched.
    CHECK(native::scene_stand_in_key("list").empty());
}

TEST_CASE("Real Strapi: the desktop app's transport runs the token flows", "[strapi]") {
    const char* url = std::getenv("IMT_STRAPI_URL");
    if (url == nullptr || *url == '\0')
        SKIP("IMT_STRAPI_URL is not set: the test command starts Strapi and sets it");
    const char* session_override = std::getenv("IMT_STRAPI_SESSION");
    const std::string session_file = session_override != nullptr ? session_override : IMT_STRAPI_SESSION_FILE;
    std::ifstream in(session_file);
    INFO("session file: " << session_file);
    REQUIRE(in.good());
    const auto session = nlohmann::json::parse(in);

    SECTION("the full admin creates, uses, regenerates, edits and deletes a read-only token") {
        const auto& admin = session["users"]["admin"];
        CoreSession page(url);
        sign_in(page, Admin{admin["email"], admin["password"], admin.value("jwt", "")});
        const auto& can = page.state().session.can;
        CHECK(can.read);
        CHECK(can.create);
        CHECK(can.update);
        CHECK(can.regenerate);
        CHECK(can.remove);

        token_lifecycle(page, unique_name("native e2e"));
    }

    SECTION("the read-only admin sees the list and cannot open the form") {
        const auto& reader = session["users"]["reader"];
        CoreSession page(url);
        sign_in(page, Admin{reader["email"], reader["password"], reader.value("jwt", "")});
        CHECK(page.state().session.can.read);
        CHECK_FALSE(page.state().session.can.create);
        CHECK_FALSE(page.state().session.can.remove);
        CHECK_FALSE(page.state().list.tokens.empty());

        page.dispatch(act::OpenCreate{});
        CHECK(page.state().view == View::List);
        page.dispatch(act::AskDelete{page.state().list.tokens.front().id});
        CHECK_FALSE(page.state().dialog.has_value());
    }
}
