// Fonts, icons, themes, languages and the keyboard.

#include "imt_assets/embedded_assets.hpp"
#include "ui/ui_test_support.hpp"

#include <catch2/catch_test_macros.hpp>
#include <imgui_internal.h>

using namespace imt;
using namespace imt::test;

namespace {

bool has_glyph(ImFont* font, unsigned int code_point) {
    return font->FindGlyphNoFallback(static_cast<ImWchar>(code_point)) != nullptr;
}

} // namespace

TEST_CASE("The embedded fonts carry every icon and every letter English and French need") {
    Driver driver(driver_options());
    ImGuiIO& io = ImGui::GetIO();
    REQUIRE(io.Fonts->IsBuilt());
    ImFont* body = io.FontDefault;
    REQUIRE(body != nullptr);
    for (unsigned int icon : assets::icon_code_points) {
        INFO("icon U+" << std::hex << icon);
        CHECK(has_glyph(body, icon));
    }
    // é è ê à ç ô œ « » ’ … – and the narrow no-break space French puts before ; : ! ?
    for (unsigned int letter : {0xE9u, 0xE8u, 0xEAu, 0xE0u, 0xE7u, 0xF4u, 0x153u, 0xABu, 0xBBu, 0x2019u,
                                0x2026u, 0x2013u, 0x202Fu, 0xC9u}) {
        INFO("letter U+" << std::hex << letter);
        CHECK(has_glyph(body, letter));
    }
}

TEST_CASE("Fonts are rasterised at the display's scale, sizes stay in logical pixels") {
    auto options = driver_options();
    options.content_scale = 2.0F;
    Driver driver(options);
    ImGuiIO& io = ImGui::GetIO();
    CHECK(io.FontDefault->FontSize == 28.0F);
    CHECK(io.FontGlobalScale == 0.5F);
    sign_in(driver);
    // Layout is the same as at scale 1: the title row sits where it does on a normal screen.
    const auto& create = driver.item("Create new API Token");
    CHECK(create.max.y - create.min.y == 36.0F);
}

TEST_CASE("The theme switches at run time from the top bar") {
    Driver driver(driver_options());
    sign_in(driver);
    const ImVec4 light_page = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    CHECK(driver.app().theme() == ui::Theme::Light);
    driver.click("Switch to the dark theme");
    CHECK(driver.app().theme() == ui::Theme::Dark);
    const ImVec4 dark_page = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    CHECK(dark_page.x < light_page.x);
    CHECK(driver.exists("Switch to the light theme"));
    // Nothing of the page's state changed.
    CHECK(driver.shows("Full Access"));
}

TEST_CASE("The page switches to French from the top bar") {
    Driver driver(driver_options());
    sign_in(driver);
    driver.click("FR");
    CHECK(driver.app().locale() == ui::Locale::French);
    CHECK(driver.shows("Jetons d’API"));
    CHECK(driver.shows("Liste des jetons générés pour consommer l’API"));
    CHECK(driver.exists("Créer un nouveau jeton d’API"));
    CHECK(driver.exists("Illimité##badge-neutral"));
    CHECK(driver.shows("Jamais"));
    CHECK(driver.shows("2 jetons"));
    driver.click("EN");
    CHECK(driver.shows("List of generated tokens to consume the API"));
}

TEST_CASE("Tab walks through the form fields in order") {
    Driver driver(driver_options());
    sign_in(driver);
    open_create_form(driver);
    driver.click("Name");
    CHECK(driver.focused_label() == "##Name");
    driver.key(ImGuiKey_Tab);
    CHECK(driver.focused_label() == "##Description");
    driver.key(ImGuiKey_Tab);
    CHECK(driver.focused_label() == "##Token duration");
    driver.key(ImGuiKey_Tab);
    CHECK(driver.focused_label() == "##Token type");
}

TEST_CASE("Keyboard shortcuts: n creates, Ctrl+S saves, Esc goes back; tooltips say so") {
    Driver driver(driver_options());
    sign_in(driver);
    driver.hover("Create new API Token");
    CHECK(driver.shows("Create new API Token (n)"));
    driver.type("n");
    CHECK(driver.state().view == View::Create);
    driver.answer("018-content-api-permissions");
    driver.answer("019-content-api-routes");

    driver.click("Name");
    driver.type("Shortcut token");
    driver.key(ImGuiKey_S, ImGuiMod_Ctrl);
    CHECK(count_sent(driver, HttpMethod::Post, "/admin/api-tokens") == 1);
    driver.answer("023-create-custom-30d");

    driver.click("Copy");
    driver.key(ImGuiKey_Escape);
    CHECK(driver.state().view == View::List);
}

TEST_CASE("A notification can be dismissed before it expires; it expires on its own") {
    Driver driver(driver_options());
    sign_in(driver);
    open_create_form(driver);
    driver.click("Name");
    driver.type("Toast");
    driver.click("Save");
    driver.answer("023-create-custom-30d");
    CHECK(driver.shows("API Token successfully created"));

    SECTION("dismissed") {
        driver.click("Dismiss");
        CHECK_FALSE(driver.shows("API Token successfully created"));
    }
    SECTION("expired") {
        driver.advance_clock(kNotificationMs + 1);
        CHECK_FALSE(driver.shows("API Token successfully created"));
    }
}

TEST_CASE("Errors the server did not pin on a field come as a toast with its message") {
    Driver driver(driver_options());
    sign_in(driver, all_grants(), "020-list-initial");
    driver.click("Delete Full Access");
    driver.click("Confirm");
    driver.answer_with(
        500,
        R"({"data":null,"error":{"status":500,"name":"InternalServerError","message":"Internal Server Error"}})");
    CHECK(driver.shows("An error occurred"));
    CHECK(driver.shows("Internal Server Error"));
    CHECK(driver.exists("Full Access"));
}

TEST_CASE("Embedded in a host page with its own header, the page drops its top bar") {
    auto options = driver_options();
    options.top_bar = false;
    Driver embedded(options);
    sign_in(embedded);
    CHECK(embedded.shows("API Tokens"));
    CHECK(embedded.is_visible("Create new API Token"));
    CHECK_FALSE(embedded.exists("Log out"));

    Driver standalone(driver_options());
    sign_in(standalone);
    CHECK(standalone.exists("Log out"));
}
