// The banner's copy formats on update() alone: each text exactly as it lands on the clipboard, the
// route curl and fetch() call for each token type, the .env name kept in memory, and which format
// the banner says was copied last.

#include "contract_catalogue.hpp"
#include "core/banner_copy.hpp"
#include "core/copy_variants.hpp"
#include "page_harness.hpp"

#include <catch2/catch_test_macros.hpp>

#include <string>

using namespace imt;
using imt::test::PageHarness;
using imt::test::signed_in_admin;

namespace {

const std::string kKey(256, 'a');

CopyPrefs prefs() {
    CopyPrefs p;
    p.strapi_origin = "http://127.0.0.1:1337";
    return p;
}

std::string text_of(CopyVariant variant, const CopyPrefs& p, const std::optional<std::string>& route) {
    return std::string(copy_text(variant, kKey, p, route).reveal());
}

// The admin creates a custom token with the recorded 023 answer and the banner shows its key.
PageHarness page_with_banner() {
    auto page = signed_in_admin("020");
    page.dispatch(act::KnowStrapiOrigin{"http://127.0.0.1:1337/"});
    page.dispatch(act::OpenCreate{});
    page.answer<call::LoadContentPermissions>("018");
    page.answer<call::LoadContentRoutes>("019");
    page.dispatch(act::EditName{"Custom 30 days"});
    page.dispatch(act::ChooseType{TokenType::Custom});
    page.dispatch(act::ToggleAction{"api::restaurant.restaurant.find"});
    page.dispatch(act::ToggleAction{"api::restaurant.restaurant.findOne"});
    page.dispatch(act::Save{});
    page.answer<call::CreateToken>("023");
    return page;
}

} // namespace

TEST_CASE("Each copy format is the key as it will be pasted") {
    const std::optional<std::string> route = "/api/restaurants";
    CHECK(text_of(CopyVariant::Raw, prefs(), route) == kKey);
    CHECK(text_of(CopyVariant::Header, prefs(), route) == "Authorization: Bearer " + kKey);
    CHECK(text_of(CopyVariant::EnvLine, prefs(), route) == "STRAPI_API_TOKEN=" + kKey);
    CHECK(text_of(CopyVariant::Curl, prefs(), route) ==
          "curl -H 'Authorization: Bearer " + kKey + "' 'http://127.0.0.1:1337/api/restaurants'");
    CHECK(text_of(CopyVariant::Fetch, prefs(), route) ==
          "const response = await fetch('http://127.0.0.1:1337/api/restaurants', {\n"
          "  headers: { Authorization: 'Bearer " +
              kKey + "' },\n});\nconst body = await response.json();");
}

TEST_CASE("An origin with a quote stays one shell word and one JavaScript string") {
    CopyPrefs p = prefs();
    p.strapi_origin = "http://it's.example";
    CHECK(text_of(CopyVariant::Curl, p, "/api/x").ends_with("'http://it'\\''s.example/api/x'"));
    CHECK(text_of(CopyVariant::Fetch, p, "/api/x")
              .starts_with("const response = await fetch('http://it\\'s.example/api/x'"));
}

TEST_CASE("The .env line takes the name the admin typed, and only a valid one") {
    CopyPrefs p = prefs();
    p.env_name = "CMS_TOKEN";
    CHECK(text_of(CopyVariant::EnvLine, p, std::nullopt) == "CMS_TOKEN=" + kKey);
    for (const char* bad : {"", "1TOKEN", "MY-TOKEN", "MY TOKEN", "A=B"}) {
        p.env_name = bad;
        CHECK_FALSE(variant_available(CopyVariant::EnvLine, p, std::nullopt));
        CHECK(copy_text(CopyVariant::EnvLine, kKey, p, std::nullopt).empty());
    }
    CHECK(valid_env_name("_token2"));
}

TEST_CASE("curl and fetch() call a GET route the token can call, never one with a parameter") {
    const PermissionCatalogue catalogue = test::contract_catalogue();
    // Read-only and full access: the first collection's find, which answers 200 even when empty.
    CHECK(example_get_route(catalogue, TokenType::ReadOnly, {}) == "/api/restaurants");
    CHECK(example_get_route(catalogue, TokenType::FullAccess, {}) == "/api/restaurants");
    // A single type's find is a 404 until its entry exists: taken only when nothing else is granted.
    CHECK(example_get_route(catalogue, TokenType::Custom, {"api::homepage.homepage.find"}) ==
          "/api/homepage");
    CHECK(example_get_route(catalogue, TokenType::Custom,
                            {"api::homepage.homepage.find", "api::restaurant.restaurant.find"}) ==
          "/api/restaurants");
    // findOne alone is /api/restaurants/:id: nothing to call without filling in an id.
    CHECK_FALSE(example_get_route(catalogue, TokenType::Custom, {"api::restaurant.restaurant.findOne"}));
    CHECK_FALSE(example_get_route(catalogue, TokenType::Custom, {"api::restaurant.restaurant.create"}));
    CHECK_FALSE(variant_available(CopyVariant::Curl, prefs(), std::nullopt));
    CHECK_FALSE(variant_available(CopyVariant::Fetch, prefs(), std::nullopt));
}

TEST_CASE("Copying a format from the banner hands exactly that text to the platform") {
    auto page = page_with_banner();
    REQUIRE(page.state.banner);
    const std::string key(page.state.banner->key.reveal());
    CHECK(banner_route(page.state) == "/api/restaurants");

    page.dispatch(act::ToggleCopyFormats{});
    CHECK(page.state.banner->formats_open);
    page.dispatch(act::CopySecret{CopyVariant::Curl});
    REQUIRE(page.clipboard.size() == 1);
    CHECK(page.clipboard[0].text.reveal() ==
          "curl -H 'Authorization: Bearer " + key + "' 'http://127.0.0.1:1337/api/restaurants'");
    CHECK_FALSE(page.state.banner->copied); // not until the platform says the clipboard took it
    page.dispatch(act::SecretCopied{true});
    CHECK(page.state.banner->copied);
    CHECK(page.state.banner->copied_variant == CopyVariant::Curl);

    // The web layer writes inside the click's event and may answer before the UI's own request.
    page.dispatch(act::SecretCopied{true, CopyVariant::Header});
    CHECK(page.state.banner->copied_variant == CopyVariant::Header);

    // A failed write keeps what was copied before.
    page.dispatch(act::CopySecret{CopyVariant::Fetch});
    page.dispatch(act::SecretCopied{false});
    CHECK(page.state.banner->copied_variant == CopyVariant::Header);
    CHECK(page.state.notifications.back().message_key == "notification.copy_failed");
}

TEST_CASE("The .env name is remembered in memory for the next banner, and an invalid one copies nothing") {
    auto page = page_with_banner();
    page.dispatch(act::EditEnvName{"MY_CMS"});
    page.dispatch(act::CopySecret{CopyVariant::EnvLine});
    REQUIRE(page.clipboard.size() == 1);
    CHECK(page.clipboard[0].text.reveal() == "MY_CMS=" + std::string(page.state.banner->key.reveal()));

    page.dispatch(act::DismissBanner{});
    CHECK(page.state.copy.env_name == "MY_CMS");
    page.dispatch(act::SignOut{});
    CHECK(page.state.copy.env_name == "MY_CMS");
    CHECK(page.state.copy.strapi_origin == "http://127.0.0.1:1337");

    auto again = page_with_banner();
    again.dispatch(act::EditEnvName{"9LIVES"});
    again.dispatch(act::CopySecret{CopyVariant::EnvLine});
    CHECK(again.clipboard.empty());
}

TEST_CASE("No copy text, nor the key, goes into a host event") {
    auto page = page_with_banner();
    for (const CopyVariant v : kCopyVariants) {
        page.dispatch(act::CopySecret{v});
        page.dispatch(act::SecretCopied{true});
    }
    CHECK(page.clipboard.size() == kCopyVariants.size());
    const std::string key(page.state.banner->key.reveal());
    for (const auto& event : page.host_events) {
        CHECK(event.detail_json.find(key) == std::string::npos);
    }
}
