// No freed heap block holds a secret: the admin signs in with a typed password, creates a token,
// copies and dismisses its key, regenerates it, signs out, and answers arrive late, all on update()
// with recorded Strapi answers, while every block the program frees is searched for the key, the
// JWT and the password (freed_block_scanner.hpp).

#include "core/api_client.hpp"
#include "freed_block_scanner.hpp"
#include "page_harness.hpp"

#include <catch2/catch_test_macros.hpp>
#include <nlohmann/json.hpp>

#include <string>

using namespace imt;
namespace residue = imt::test::residue;
using imt::test::PageHarness;
using imt::test::recorded_response;

namespace {

constexpr std::string_view kPassword = "Qz7#kP2!vR9m"; // 12 characters: it lives inside a std::string
constexpr std::size_t kWindow = 16;

// Recorded answers, read before the search is armed: reading a fixture leaves its own copies behind.
struct Answers {
    HttpResponse login = recorded_response("008", 0);
    HttpResponse late_login = recorded_response("008", 0);
    HttpResponse permissions = recorded_response("014", 0);
    HttpResponse list = recorded_response("020", 0);
    HttpResponse content_permissions = recorded_response("018", 0);
    HttpResponse content_routes = recorded_response("019", 0);
    HttpResponse created = recorded_response("021", 0);
    HttpResponse regenerated = recorded_response("059", 0);
    HttpResponse late_regenerated = recorded_response("059", 0);
    HttpResponse late_created = recorded_response("021", 0);
};

std::string data_member(const HttpResponse& response, const char* key) {
    return nlohmann::json::parse(response.body).at("data").at(key).get<std::string>();
}

// What a platform does with each request: turn it into HTTP and, once sent, wipe the body, which
// for a sign-in holds the password.
void send_new_requests(const PageHarness& page, std::size_t& already_sent) {
    for (; already_sent < page.sent.size(); ++already_sent) {
        HttpRequest request = to_http_request(page.sent[already_sent], page.state.session.jwt);
        wipe(request.body);
    }
}

void deliver_late(PageHarness& page, HttpResponse response, std::uint64_t request_id) {
    response.request_id = request_id;
    page.dispatch(act::HttpFinished{std::move(response)});
}

} // namespace

TEST_CASE("Signing in, creating, copying, regenerating and signing out leave no secret in freed memory") {
    Answers answers;
    residue::watch("the created token's key", data_member(answers.created, "accessKey"));
    residue::watch("the regenerated key", data_member(answers.regenerated, "accessKey"));
    residue::watch("the admin JWT", data_member(answers.login, "token"));
    residue::watch("the typed password", kPassword);

    residue::arm(kWindow);
    {
        PageHarness page;
        std::size_t sent = 0;
        page.dispatch(act::KnowStrapiOrigin{"http://127.0.0.1:1337"});
        page.dispatch(act::SignIn{"admin@example.com", Secret(kPassword)});
        send_new_requests(page, sent);
        page.answer_with<call::Login>(std::move(answers.login));
        page.answer_with<call::LoadAdminPermissions>(std::move(answers.permissions));
        page.answer_with<call::LoadTokens>(std::move(answers.list));

        page.dispatch(act::OpenCreate{});
        page.answer_with<call::LoadContentPermissions>(std::move(answers.content_permissions));
        page.answer_with<call::LoadContentRoutes>(std::move(answers.content_routes));
        page.dispatch(act::EditName{"Read only unlimited"});
        page.dispatch(act::ChooseLifespan{Lifespan::Unlimited});
        page.dispatch(act::Save{});
        send_new_requests(page, sent);
        page.answer_with<call::CreateToken>(std::move(answers.created));
        CHECK(page.state.banner.has_value());
        page.dispatch(act::CopySecret{});
        page.dispatch(act::SecretCopied{true});
        // Every other copy format holds the key too: the header, .env line, curl and fetch() texts.
        page.dispatch(act::EditEnvName{"MY_TOKEN"});
        for (const CopyVariant variant : kCopyVariants) {
            page.dispatch(act::CopySecret{variant});
            page.dispatch(act::SecretCopied{true});
        }
        CHECK(page.clipboard.size() == 1 + kCopyVariants.size()); // curl and fetch() had a route
        page.dispatch(act::DismissBanner{});

        page.dispatch(act::AskRegenerate{});
        page.dispatch(act::Confirm{});
        send_new_requests(page, sent);
        page.answer_with<call::RegenerateToken>(std::move(answers.regenerated));
        CHECK(page.state.banner.has_value());
        page.dispatch(act::CopySecret{});
        page.dispatch(act::SecretCopied{true});
        page.dispatch(act::DismissBanner{});

        // A regenerate and a create whose answers come after sign-out, when nothing waits for them.
        page.dispatch(act::AskRegenerate{});
        page.dispatch(act::Confirm{});
        const auto regenerate_id = page.pending<call::RegenerateToken>()->id;
        page.dispatch(act::OpenList{});
        page.dispatch(act::OpenCreate{});
        page.dispatch(act::EditName{"Another one"});
        page.dispatch(act::Save{});
        const ApiCall* create = page.pending<call::CreateToken>();
        const auto create_id = create != nullptr ? create->id : 0;
        send_new_requests(page, sent);
        page.dispatch(act::SignOut{});
        deliver_late(page, std::move(answers.late_regenerated), regenerate_id);
        deliver_late(page, std::move(answers.late_created), create_id);

        // And a sign-in whose answer arrives after the admin gave up on it.
        page.dispatch(act::SignIn{"admin@example.com", Secret(kPassword)});
        send_new_requests(page, sent);
        const auto login_id = page.pending<call::Login>()->id;
        page.dispatch(act::SignOut{});
        deliver_late(page, std::move(answers.late_login), login_id);
    }
    residue::disarm();

    const auto found = residue::findings();
    INFO("blocks scanned: " << found.blocks_scanned << "; first secret found: " << found.first_name);
    CHECK(found.blocks_scanned > 1000);
    CHECK(found.blocks == 0);
}

TEST_CASE("The search finds a key that a JSON library parsed, so a clean run above means something") {
    const HttpResponse created = recorded_response("021", 0);
    residue::watch("the parsed key", data_member(created, "accessKey"));
    residue::arm(kWindow);
    {
        const auto parsed = nlohmann::json::parse(created.body);
        CHECK(parsed.contains("data"));
    }
    residue::disarm();
    CHECK(residue::findings().blocks > 0);
}
