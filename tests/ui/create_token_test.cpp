// Creating tokens through the form, as an admin would: every type and duration, custom
// permissions, server errors on fields, and one request however fast Save is clicked.

#include "ui/ui_test_support.hpp"

#include <catch2/catch_test_macros.hpp>

using namespace imt;
using namespace imt::test;

namespace {

std::size_t occurrences(const std::string& text, std::string_view part) {
    std::size_t count = 0;
    for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) {
        ++count;
    }
    return count;
}

struct Route {
    std::string method; // as the badge shows it: "PUT"
    std::string path;   // "/api/restaurants/:id"
};

// The one route the recorded GET /admin/content-api/routes (019) binds to `handler`.
Route bound_route(const Driver& driver, const std::string& api, const std::string& handler) {
    const auto routes = driver.exchange("019-content-api-routes").response.at("body").at("data").at(api);
    std::vector<Route> found;
    for (const auto& route : routes) {
        if (route.at("handler") == handler) {
            found.push_back({route.at("method").get<std::string>(), route.at("path").get<std::string>()});
        }
    }
    REQUIRE(found.size() == 1);
    return found.front();
}

void fill_details(Driver& driver, const std::string& name, const std::string& description) {
    driver.click("Name");
    driver.type(name);
    driver.click("Description");
    driver.type(description);
}

} // namespace

TEST_CASE("Create a custom token: tick restaurant › find, save, and the banner shows the secret") {
    Driver driver(driver_options());
    sign_in(driver);
    open_create_form(driver);
    CHECK(driver.shows("Create API Token"));
    CHECK(driver.shows("Advanced settings"));

    fill_details(driver, "Custom 30 days", "custom, 30 days");
    driver.select("Token type", "Custom");
    open_section(driver, "Restaurant");
    driver.check("api::restaurant.restaurant.find");
    driver.check("api::restaurant.restaurant.findOne");
    open_section(driver, "Homepage");
    driver.check("api::homepage.homepage.find");
    // Ticking an action shows its bound route in the side panel.
    CHECK(driver.shows("Bound route to homepage.find"));
    CHECK(driver.exists("GET##badge-method"));
    CHECK(driver.shows("/api/homepage"));
    CHECK(driver.shows("3 actions selected"));

    driver.click("Save");
    const auto body = last_body(driver, HttpMethod::Post);
    CHECK(body.at("name") == "Custom 30 days");
    CHECK(body.at("description") == "custom, 30 days");
    CHECK(body.at("type") == "custom");
    CHECK(body.at("lifespan") == 2592000000LL);
    CHECK(body.at("permissions") ==
          nlohmann::json::array({"api::homepage.homepage.find", "api::restaurant.restaurant.find",
                                 "api::restaurant.restaurant.findOne"}));

    driver.answer("023-create-custom-30d");
    CHECK(driver.state().view == View::Edit);
    CHECK(driver.shows("API Token successfully created"));
    CHECK(driver.shows("Make sure to copy this token, you won't be able to see it again!"));
    CHECK(driver.is_visible("Copy"));
    REQUIRE(driver.state().banner.has_value());
    const std::string_view key = driver.state().banner->key.reveal();
    CHECK(key.size() == 256);
    CHECK(is_hex(key));
    // The title is now the token's name, and its duration is locked.
    CHECK(driver.shows("Custom 30 days"));
    CHECK_FALSE(driver.is_enabled("Token duration"));
}

TEST_CASE("Each token type and duration is sent as Strapi expects") {
    struct Case {
        std::string exchange;
        std::string name;
        std::string type_option;
        std::string duration_option;
        std::string type_wire;
        nlohmann::json lifespan;
    };
    const Case cases[] = {
        {"021-create-read-only-unlimited", "RO unlimited", "Read-only", "Unlimited", "read-only", nullptr},
        {"022-create-full-access-7d", "FA 7 days", "Full access", "7 days", "full-access", 604800000LL},
        {"024-create-read-only-90d", "RO 90 days", "Read-only", "90 days", "read-only", 7776000000LL},
        {"023-create-custom-30d", "Custom 30 days", "Custom", "30 days", "custom", 2592000000LL},
    };
    for (const auto& c : cases) {
        DYNAMIC_SECTION(c.type_option << ", " << c.duration_option) {
            Driver driver(driver_options());
            sign_in(driver);
            open_create_form(driver);
            fill_details(driver, c.name, "made by the UI test");
            driver.select("Token type", c.type_option);
            driver.select("Token duration", c.duration_option);
            if (c.type_wire == "custom") {
                open_section(driver, "Restaurant");
                driver.check("api::restaurant.restaurant.find");
            } else {
                // The preset's actions are shown ticked and cannot be changed.
                open_section(driver, "Restaurant");
                CHECK(driver.is_checked("api::restaurant.restaurant.find"));
                CHECK_FALSE(driver.is_enabled("api::restaurant.restaurant.find"));
            }
            driver.click("Save");
            const auto body = last_body(driver, HttpMethod::Post);
            CHECK(body.at("type") == c.type_wire);
            CHECK(body.at("lifespan") == c.lifespan);
            CHECK(body.at("name") == c.name);
            if (c.type_wire != "custom") {
                CHECK(body.at("permissions").is_null());
            }
            driver.answer(c.exchange);
            CHECK(driver.state().view == View::Edit);
            CHECK(driver.state().banner.has_value());
        }
    }
}

TEST_CASE("Select all ticks a whole controller, and shows a mixed state in between") {
    Driver driver(driver_options());
    sign_in(driver);
    open_create_form(driver);
    driver.select("Token type", "Custom");
    open_section(driver, "Restaurant");
    const std::string select_all = "select-all:api::restaurant.restaurant";
    CHECK_FALSE(driver.is_checked(select_all));
    CHECK_FALSE(driver.is_mixed(select_all));

    driver.check("api::restaurant.restaurant.find");
    // Some but not all: the box is mixed (its dash), not checked.
    CHECK(driver.is_mixed(select_all));
    CHECK_FALSE(driver.is_checked(select_all));
    CHECK(driver.state().form.draft.permissions.size() == 1);

    driver.click(select_all);
    CHECK(driver.is_checked(select_all));
    CHECK_FALSE(driver.is_mixed(select_all));
    for (const char* action : {"find", "findOne", "create", "update", "delete"}) {
        CHECK(driver.is_checked(std::string("api::restaurant.restaurant.") + action));
    }
    CHECK(driver.state().form.draft.permissions.size() == 5);

    driver.click(select_all);
    CHECK_FALSE(driver.is_checked("api::restaurant.restaurant.find"));
    CHECK(driver.state().form.draft.permissions.empty());
    // No action at all is allowed but worth a warning.
    CHECK(driver.shows("No action is selected"));
}

TEST_CASE("The cog shows an action's bound route; the filter narrows the actions") {
    Driver driver(driver_options());
    sign_in(driver);
    open_create_form(driver);
    open_section(driver, "Restaurant");
    CHECK_FALSE(driver.exists("##badge-method"));
    driver.click("cog:api::restaurant.restaurant.update");
    CHECK(driver.shows("Bound route to restaurant.update"));
    // The route Strapi bound to the action, as the recorded routes answer lists it.
    const auto [method, path] = bound_route(driver, "api::restaurant", "api::restaurant.restaurant.update");
    CHECK(driver.exists(method + "##badge-method"));
    CHECK(driver.line_after(method) == path);

    driver.click("filter-actions");
    driver.type("findOne");
    CHECK(driver.state().form.action_filter == "findOne");
    // Sections with a match open by themselves; actions that do not match are gone.
    CHECK(driver.exists("api::restaurant.restaurant.findOne"));
    CHECK_FALSE(driver.exists("api::restaurant.restaurant.create"));
    CHECK_FALSE(driver.exists("Email"));
}

TEST_CASE("Save stays disabled until the name is valid") {
    Driver driver(driver_options());
    sign_in(driver);
    open_create_form(driver);
    CHECK_FALSE(driver.is_enabled("Save"));

    driver.click("Name");
    driver.type(std::string(101, 'x'));
    CHECK_FALSE(driver.is_enabled("Save"));
    CHECK(driver.shows("The value is too long (at most 100 characters)."));

    driver.fill("Name", "Deploy pipeline");
    CHECK(driver.is_enabled("Save"));

    driver.fill("Name", "");
    CHECK(driver.shows("This value is required."));
    CHECK_FALSE(driver.is_enabled("Save"));
}

TEST_CASE("A name the server says is taken shows under the field and the draft is kept") {
    Driver driver(driver_options());
    sign_in(driver);
    open_create_form(driver);
    fill_details(driver, "FA 7 days", "kept after the error");
    driver.click("Save");
    driver.answer("066-err-create-duplicate-name");

    CHECK(driver.state().view == View::Create);
    CHECK(driver.shows("Name already taken"));
    CHECK(driver.state().form.draft.name == "FA 7 days");
    CHECK(driver.state().form.draft.description == "kept after the error");
    CHECK_FALSE(driver.state().banner.has_value());
    // Editing the name clears the server's finding (the toast that told it stays a while).
    CHECK(occurrences(driver.screen_text(), "Name already taken") == 2);
    driver.click("Name");
    driver.type(" bis");
    CHECK(occurrences(driver.screen_text(), "Name already taken") == 1);
    CHECK(driver.state().form.server_errors.empty());
    CHECK(driver.is_enabled("Save"));
}

TEST_CASE("A double click on Save sends one request") {
    Driver driver(driver_options());
    sign_in(driver);
    open_create_form(driver);
    fill_details(driver, "Custom 30 days", "custom, 30 days");
    driver.double_click("Save");
    CHECK(count_sent(driver, HttpMethod::Post, "/admin/api-tokens") == 1);
    // While the request is in flight the button shows progress and is disabled.
    CHECK(driver.exists("Saving…"));
    CHECK_FALSE(driver.is_enabled("save"));
    driver.answer("023-create-custom-30d");
    CHECK(count_sent(driver, HttpMethod::Post, "/admin/api-tokens") == 1);
}

TEST_CASE("Back returns to the list without saving") {
    Driver driver(driver_options());
    sign_in(driver);
    open_create_form(driver);
    fill_details(driver, "Never sent", "");
    driver.click("Back");
    CHECK(driver.state().view == View::List);
    CHECK(count_sent(driver, HttpMethod::Post, "/admin/api-tokens") == 0);
}
