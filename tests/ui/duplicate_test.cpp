// Duplicate as a new token in the real page: the edit page's Duplicate button opens the create form
// filled in from the token (name suffixed, duration free to choose), Save makes the new token, and
// under its key's banner the page offers to delete the old one through the usual confirmation.
// Controls are found by role and name; pictures in light and dark, English and French.

#include "software_render.hpp"
#include "ui/ui_test_support.hpp"

#include <catch2/catch_test_macros.hpp>

#include <filesystem>

using namespace imt;
using namespace imt::test;

namespace {

const ui::ItemRecord* find(const Driver& driver, ui::Role role, std::string_view name) {
    return driver.registry().find_by_role(role, name);
}

// Strapi's answer to the duplicate's create: the recorded create of a custom token (118), as the
// server would have stored this draft.
std::string created_duplicate(const Driver& driver, const std::string& name) {
    auto body = driver.exchange("118-create-custom-three-permissions").response.at("body");
    body["data"]["name"] = name;
    body["data"]["description"] = "custom, 30 days";
    body["data"]["lifespan"] = "7776000000";
    body["data"]["expiresAt"] = "2027-02-25T21:37:03.948Z"; // 90 days after its createdAt
    return body.dump();
}

// The admin opens "Custom 30 days" in the recorded list 034 (custom: restaurant find and findOne,
// homepage find; 30 days).
void open_custom_30_days(Driver& driver, const Grants& grants = all_grants()) {
    sign_in(driver, grants, "034-list-after-creates");
    open_token(driver, "Custom 30 days");
}

// ... duplicates it, picks 90 days and saves; Strapi creates it.
void duplicate_and_save(Driver& driver) {
    driver.click("##duplicate");
    driver.select("Token duration", "90 days");
    driver.click("##save");
    driver.answer_with(201, created_duplicate(driver, "Custom 30 days (copy)"));
    REQUIRE(driver.state().banner.has_value());
}

void save_screenshot(const std::string& name) {
    const std::filesystem::path folder = IMT_SCREENSHOT_DIR;
    std::filesystem::create_directories(folder);
    CHECK(write_png(render_last_frame(), folder / ("headless-" + name + ".png")));
}

} // namespace

TEST_CASE("Duplicate opens the create form with the token's type, permissions and description") {
    Driver driver(tall_driver_options());
    open_custom_30_days(driver);
    const auto* duplicate = find(driver, ui::Role::button, "Duplicate");
    REQUIRE(duplicate != nullptr);
    CHECK_FALSE(duplicate->accessible.state.disabled);

    driver.click("Duplicate");
    CHECK(driver.state().view == View::Create);
    CHECK(driver.shows("Create API Token"));
    CHECK(driver.shows("A copy of “Custom 30 days”"));
    const auto* name = find(driver, ui::Role::textbox, "Name");
    REQUIRE(name != nullptr);
    CHECK(name->accessible.value == "Custom 30 days (copy)");
    const auto* description = find(driver, ui::Role::textbox, "Description");
    REQUIRE(description != nullptr);
    CHECK(description->accessible.value == "custom, 30 days");
    // A fresh duration to choose: the field is not locked as it is on the edit page.
    CHECK(driver.is_enabled("Token duration"));
    CHECK(find(driver, ui::Role::combobox, "Token type")->accessible.value == "Custom");

    open_section(driver, "Restaurant");
    CHECK(driver.is_checked("api::restaurant.restaurant.find"));
    CHECK(driver.is_checked("api::restaurant.restaurant.findOne"));
    CHECK_FALSE(driver.is_checked("api::restaurant.restaurant.create"));

    driver.select("Token duration", "90 days");
    driver.click("Save");
    const auto body = last_body(driver, HttpMethod::Post);
    CHECK(body.at("name") == "Custom 30 days (copy)");
    CHECK(body.at("description") == "custom, 30 days");
    CHECK(body.at("type") == "custom");
    CHECK(body.at("lifespan") == 7776000000LL);
    CHECK(body.at("permissions").size() == 3);
}

TEST_CASE("The new key's banner offers to delete the old token, with one DELETE on confirm") {
    Driver driver(tall_driver_options());
    open_custom_30_days(driver);
    duplicate_and_save(driver);

    const auto* region = find(driver, ui::Role::region, "Retire the old token");
    REQUIRE(region != nullptr);
    CHECK(driver.shows("This token copies “Custom 30 days”."));
    const auto* offer = find(driver, ui::Role::button, "Delete the old token “Custom 30 days”");
    REQUIRE(offer != nullptr);

    driver.click("##delete-old-token");
    CHECK(driver.shows("Are you sure you want to delete “Custom 30 days”?"));
    driver.click("Confirm");
    driver.click("Confirm"); // a second click while the first is on its way
    CHECK(count_sent(driver, HttpMethod::Delete, "/admin/api-tokens/:id") == 1);
    CHECK(driver.sent().back().path == "/admin/api-tokens/5");
    driver.answer("128-delete");

    CHECK(find(driver, ui::Role::status, "The old token “Custom 30 days” was deleted.") != nullptr);
    CHECK(find(driver, ui::Role::button, "Delete the old token “Custom 30 days”") == nullptr);
    CHECK(driver.state().banner.has_value()); // the new key is still on screen
    CHECK(driver.state().view == View::Edit);
}

TEST_CASE("A failed delete of the old token says why and is not sent again") {
    Driver driver(tall_driver_options());
    open_custom_30_days(driver);
    duplicate_and_save(driver);
    driver.click("##delete-old-token");
    driver.click("Confirm");
    driver.answer_with(403, forbidden_body());
    driver.frames(5);

    CHECK(find(driver, ui::Role::alert, "The old token was not deleted") != nullptr);
    CHECK(count_sent(driver, HttpMethod::Delete, "/admin/api-tokens/:id") == 1);
    CHECK(driver.pending().empty());
    // Still offered: another try is the admin's click.
    CHECK(find(driver, ui::Role::button, "Delete the old token “Custom 30 days”") != nullptr);
}

TEST_CASE("Duplicate and the offer are reached with Tab and used with Enter") {
    Driver driver(tall_driver_options());
    open_custom_30_days(driver);
    const auto tab_to = [&](std::string_view wanted) {
        for (int i = 0; i < 80; ++i) {
            driver.key(ImGuiKey_Tab);
            if (driver.focused_label().find(wanted) != std::string::npos) {
                return true;
            }
        }
        return false;
    };
    REQUIRE(tab_to("##duplicate"));
    driver.key(ImGuiKey_Enter);
    CHECK(driver.state().view == View::Create);
    driver.click("##save");
    driver.answer_with(201, created_duplicate(driver, "Custom 30 days (copy)"));
    REQUIRE(tab_to("##delete-old-token"));
    driver.key(ImGuiKey_Enter);
    REQUIRE(driver.state().dialog.has_value());
    CHECK(driver.state().dialog->kind == DialogKind::Delete);
    CHECK(driver.state().dialog->token_id == 5);
}

TEST_CASE("Duplicate needs the create permission and the offer the delete permission") {
    SECTION("An admin who may not create sees no Duplicate") {
        Driver driver(tall_driver_options());
        open_custom_30_days(driver, {"access", "read", "update", "delete", "regenerate"});
        CHECK(driver.exists("Regenerate"));
        CHECK(find(driver, ui::Role::button, "Duplicate") == nullptr);
    }
    SECTION("An admin who may not delete gets the new key and no offer") {
        Driver driver(tall_driver_options());
        open_custom_30_days(driver, {"access", "read", "create"});
        duplicate_and_save(driver);
        CHECK(find(driver, ui::Role::region, "Retire the old token") == nullptr);
        CHECK_FALSE(driver.exists("##delete-old-token"));
    }
}

TEST_CASE("The duplicate form and the offer in light and dark, English and French", "[screenshots]") {
    struct Look {
        ui::Theme theme;
        ui::Locale locale;
        const char* name;
        const char* copy_name;
    };
    const Look looks[] = {
        {ui::Theme::Light, ui::Locale::English, "light-en", "Custom 30 days (copy)"},
        {ui::Theme::Dark, ui::Locale::English, "dark-en", "Custom 30 days (copy)"},
        {ui::Theme::Light, ui::Locale::French, "light-fr", "Custom 30 days (copie)"},
        {ui::Theme::Dark, ui::Locale::French, "dark-fr", "Custom 30 days (copie)"},
    };
    for (const Look& look : looks) {
        DYNAMIC_SECTION(look.name) {
            Driver driver(tall_driver_options());
            open_custom_30_days(driver);
            driver.app().set_theme(look.theme);
            driver.app().set_locale(look.locale);
            driver.frames(2);
            driver.click("##duplicate");
            CHECK(driver.state().form.draft.name == look.copy_name);
            open_section(driver, "Restaurant");
            driver.frames(2);
            save_screenshot(std::string("duplicate-form-") + look.name);

            driver.click("##save");
            driver.answer_with(201, created_duplicate(driver, look.copy_name));
            driver.frames(2);
            CHECK(driver.exists("##delete-old-token"));
            save_screenshot(std::string("duplicate-offer-") + look.name);
        }
    }
}
