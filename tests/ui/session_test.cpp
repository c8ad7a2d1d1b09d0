// Signing in through the login screen, and signing in again when the session expires mid-work.

#include "ui/ui_test_support.hpp"

#include <catch2/catch_test_macros.hpp>

using namespace imt;
using namespace imt::test;

TEST_CASE("Signing in from the login screen loads the permissions and the list") {
    Driver driver(driver_options());
    CHECK(driver.shows("Welcome back!"));
    CHECK_FALSE(driver.is_enabled("login"));
    // The e-mail field has the keyboard focus from the start.
    driver.type("admin@example.com");
    driver.click("Password");
    driver.type("Admin12345!");
    driver.click("Login");

    const auto body = last_body(driver, HttpMethod::Post);
    CHECK(body.at("email") == "admin@example.com");
    CHECK(body.at("password") == "Admin12345!");
    driver.answer("008-login");
    driver.answer("014-users-me-permissions");
    driver.answer("020-list-initial");
    CHECK(driver.shows("API Tokens"));
    CHECK(driver.shows("Full Access"));
    CHECK_FALSE(driver.exists("Password"));
}

TEST_CASE("Wrong credentials are explained under the form") {
    Driver driver(driver_options());
    driver.type("admin@example.com");
    driver.click("Password");
    driver.type("wrong");
    driver.key(ImGuiKey_Enter);
    driver.answer("006-login-wrong-password");
    CHECK(driver.shows("Invalid credentials"));
    CHECK_FALSE(driver.state().session.signed_in);
}

TEST_CASE("An expired session asks to sign in again over the page, which keeps its state") {
    Driver driver(driver_options());
    sign_in(driver, all_grants(), "034-list-after-creates");
    driver.click("search");
    driver.type("custom");

    // The next call is refused and the refresh cookie cannot renew the session.
    driver.dispatch(act::Reload{});
    driver.answer("136-api-tokens-list-old-jwt-after-logout");
    driver.answer("011-access-token-without-cookie");
    REQUIRE(driver.state().session.expired);
    CHECK(driver.shows("Your session has expired"));
    // The page behind is still the filtered list.
    CHECK(driver.state().list.order.query == "custom");

    driver.type("admin@example.com");
    driver.click("Password");
    driver.type("Admin12345!");
    driver.click("Login");
    driver.answer("008-login");
    // The refused read is sent again with the new session, and whoever signed in, their
    // permissions are read again.
    driver.answer("034-list-after-creates");
    REQUIRE(driver.pending().size() == 1);
    CHECK(driver.pending().front().path == "/admin/users/me/permissions");
    driver.answer_with(200, permissions_body(all_grants()));
    CHECK_FALSE(driver.state().session.expired);
    CHECK_FALSE(driver.shows("Your session has expired"));
    CHECK(driver.state().list.order.query == "custom");
    CHECK(driver.exists("Custom 30 days"));
}
