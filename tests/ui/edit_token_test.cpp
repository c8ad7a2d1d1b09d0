// Editing, regenerating and deleting tokens, and the show-once secret banner.

#include "imt_assets/embedded_assets.hpp"
#include "ui/ui_test_support.hpp"

#include <catch2/catch_test_macros.hpp>

using namespace imt;
using namespace imt::test;

namespace {

// A custom token just created: the edit page with its secret banner.
void create_custom_token(Driver& driver) {
    sign_in(driver);
    open_create_form(driver);
    driver.click("Name");
    driver.type("Custom 30 days");
    driver.select("Token type", "Custom");
    open_section(driver, "Restaurant");
    driver.check("api::restaurant.restaurant.find");
    driver.click("Save");
    driver.answer("023-create-custom-30d");
}

} // namespace

TEST_CASE("Editing a token: the duration is locked and shows the expiration date") {
    Driver driver(tall_driver_options());
    sign_in(driver, all_grants(), "034-list-after-creates");
    open_token(driver, "Custom 30 days");

    CHECK(driver.state().view == View::Edit);
    CHECK_FALSE(driver.is_enabled("Token duration"));
    // Under the locked field, after its calendar icon.
    CHECK(driver.line_after(assets::icon::calendar) == "Expiration date: Dec 27, 2026");
    CHECK(driver.is_enabled("Token type"));
    CHECK(driver.exists("Regenerate"));
    // The token's own permissions, ticked and editable (it is a custom token).
    open_section(driver, "Restaurant");
    CHECK(driver.is_checked("api::restaurant.restaurant.find"));
    CHECK(driver.is_enabled("api::restaurant.restaurant.find"));
    CHECK_FALSE(driver.state().banner.has_value());
}

TEST_CASE("An unlimited token says so where the expiration date would be") {
    Driver driver(driver_options());
    sign_in(driver);
    open_token(driver, "Read Only");
    // Under the locked field, after its calendar icon (the field itself shows "Unlimited" too).
    CHECK(driver.line_after(assets::icon::calendar) == "Unlimited");
    CHECK_FALSE(driver.shows("Expiration date"));
}

TEST_CASE("Saving an edit sends the changes without the lifespan") {
    Driver driver(tall_driver_options());
    sign_in(driver, all_grants(), "034-list-after-creates");
    open_token(driver, "RO unlimited");
    driver.fill("Name", "RO renamed");
    driver.fill("Description", "new description");
    CHECK(driver.shows("Unsaved changes"));
    driver.click("Save");
    const auto body = last_body(driver, HttpMethod::Put);
    CHECK(body.at("name") == "RO renamed");
    CHECK(body.at("description") == "new description");
    CHECK_FALSE(body.contains("lifespan"));
    driver.answer("037-update-name-description");
    CHECK(driver.shows("API Token successfully edited"));
    CHECK(driver.shows("RO renamed"));
    CHECK_FALSE(driver.shows("Unsaved changes"));
}

TEST_CASE("Regenerate asks first: Cancel sends nothing, Regenerate shows the new secret") {
    Driver driver(tall_driver_options());
    sign_in(driver, all_grants(), "034-list-after-creates");
    open_token(driver, "FA 7 days");

    driver.click("Regenerate");
    CHECK(driver.shows("Regenerate token"));
    CHECK(driver.shows("Are you sure you want to regenerate this token?"));
    // Keyboard focus starts on the safe button.
    CHECK(driver.focused_label() == "Cancel##dialog-cancel");

    SECTION("Cancel") {
        driver.click("Cancel");
        CHECK_FALSE(driver.state().dialog.has_value());
        CHECK(count_sent(driver, HttpMethod::Post, "/admin/api-tokens/:id/regenerate") == 0);
    }
    SECTION("Esc cancels too") {
        driver.key(ImGuiKey_Escape);
        CHECK_FALSE(driver.state().dialog.has_value());
        CHECK(driver.state().view == View::Edit);
        CHECK(count_sent(driver, HttpMethod::Post, "/admin/api-tokens/:id/regenerate") == 0);
    }
    SECTION("Regenerate") {
        // The dialog's button wins over the page's button of the same name: it is in front.
        driver.click("Regenerate");
        CHECK(count_sent(driver, HttpMethod::Post, "/admin/api-tokens/:id/regenerate") == 1);
        CHECK(driver.exists("Regenerate##dialog-confirm"));
        driver.answer("059-regenerate");
        CHECK_FALSE(driver.state().dialog.has_value());
        CHECK(driver.shows("API Token successfully regenerated"));
        REQUIRE(driver.state().banner.has_value());
        CHECK(driver.state().banner->key.size() == 256);
        CHECK(driver.is_visible("Copy"));
    }
    SECTION("Enter confirms") {
        driver.key(ImGuiKey_Enter);
        CHECK(count_sent(driver, HttpMethod::Post, "/admin/api-tokens/:id/regenerate") == 1);
    }
}

TEST_CASE("Delete asks for confirmation naming the token") {
    Driver driver(tall_driver_options());
    sign_in(driver, all_grants(), "034-list-after-creates");
    driver.click("Delete With kind");
    CHECK(driver.shows("Confirmation"));
    CHECK(driver.shows("Are you sure you want to delete “With kind”?"));
    CHECK(driver.focused_label() == "Cancel##dialog-cancel");

    SECTION("Cancel keeps it") {
        driver.click("Cancel");
        CHECK(count_sent(driver, HttpMethod::Delete, "/admin/api-tokens/:id") == 0);
        CHECK(driver.exists("With kind"));
    }
    SECTION("Confirm deletes it") {
        driver.click("Confirm");
        CHECK(count_sent(driver, HttpMethod::Delete, "/admin/api-tokens/:id") == 1);
        CHECK(driver.sent().back().path == "/admin/api-tokens/8");
        driver.answer("128-delete");
        CHECK_FALSE(driver.state().dialog.has_value());
        CHECK_FALSE(driver.exists("With kind"));
        CHECK(driver.shows("14 tokens"));
    }
}

TEST_CASE("Copy puts the secret on the clipboard and says so") {
    Driver driver(driver_options());
    create_custom_token(driver);
    const std::string key(driver.state().banner->key.reveal());
    driver.click("Copy");
    REQUIRE(driver.clipboard().size() == 1);
    CHECK(driver.clipboard().front().reveal() == key);
    CHECK(driver.shows("Token copied to clipboard."));
    CHECK(driver.exists("Copied###copy"));
}

TEST_CASE("The banner goes away, its secret wiped, when the admin leaves") {
    Driver driver(driver_options());
    create_custom_token(driver);

    SECTION("leaving before copying asks first") {
        driver.click("Back");
        CHECK(driver.shows("Leave without copying the token?"));
        CHECK(driver.state().banner.has_value());
        driver.click("Cancel");
        CHECK(driver.state().view == View::Edit);
        CHECK(driver.state().banner.has_value());
        driver.click("Back");
        driver.click("Leave");
        CHECK(driver.state().view == View::List);
        CHECK_FALSE(driver.state().banner.has_value());
        CHECK_FALSE(driver.exists("##copy"));
    }
    SECTION("after copying, Back leaves at once") {
        driver.click("Copy");
        CHECK(driver.exists("Copied###copy"));
        driver.click("Back");
        CHECK(driver.state().view == View::List);
        CHECK_FALSE(driver.state().banner.has_value());
        // Back on the same token: the key is not shown again, neither Copy nor Copied.
        open_token(driver, "Custom 30 days");
        CHECK_FALSE(driver.exists("##copy"));
    }
    SECTION("dismissing it") {
        driver.click("dismiss-banner");
        CHECK_FALSE(driver.state().banner.has_value());
        CHECK_FALSE(driver.exists("##copy"));
    }
}
