// The token list as an admin sees it: header, rows, sorting, searching, expiry badges and states.

#include "ui/ui_test_support.hpp"

#include <catch2/catch_test_macros.hpp>

#include <stdexcept>

using namespace imt;
using namespace imt::test;

namespace {

// Row names in the order the table draws them, read from the screen.
std::vector<std::string> names_on_screen(const Driver& driver, const std::vector<std::string>& names) {
    std::vector<std::pair<std::size_t, std::string>> found;
    for (const auto& name : names) {
        const std::size_t at = driver.screen_text().find("\n" + name);
        if (at != std::string::npos) {
            found.emplace_back(at, name);
        }
    }
    std::sort(found.begin(), found.end());
    std::vector<std::string> out;
    for (auto& [at, name] : found) {
        out.push_back(name);
    }
    return out;
}

} // namespace

TEST_CASE("The list shows the page header and one row per token") {
    Driver driver(driver_options());
    sign_in(driver);

    CHECK(driver.shows("API Tokens"));
    CHECK(driver.shows("List of generated tokens to consume the API"));
    CHECK(driver.is_visible("Create new API Token"));
    CHECK(driver.shows("Full Access"));
    CHECK(driver.shows("Read Only"));
    CHECK(driver.shows("A default API token with full access"));
    CHECK(driver.shows("2 tokens"));
    // Created at 21:36:53, three minutes before the clock; never used: "Never"; no expiry: "Unlimited".
    CHECK(driver.shows("3 minutes ago"));
    CHECK(driver.shows("Never"));
    CHECK(driver.exists("Unlimited##badge-neutral"));
    CHECK(driver.exists("Edit Full Access"));
    CHECK(driver.exists("Delete Read Only"));
}

TEST_CASE("A part of a label two rows share names neither: the driver refuses it") {
    Driver driver(driver_options());
    sign_in(driver);
    // "Edit " is on both rows' edit buttons: "not found" would make CHECK_FALSE(exists(...)) lie.
    CHECK_THROWS_AS(driver.exists("Edit "), std::runtime_error);
    CHECK(driver.exists("Edit Read"));
}

TEST_CASE("Clicking a column header sorts by it, clicking again reverses") {
    Driver driver(tall_driver_options());
    sign_in(driver, all_grants(), "034-list-after-creates");
    const std::vector<std::string> names{"12345",       "Custom 30 days", "FA 7 days",
                                         "Full Access", "RO 90 days",     "Read Only"};
    CHECK(names_on_screen(driver, names) == std::vector<std::string>{"12345", "Custom 30 days", "FA 7 days",
                                                                     "Full Access", "Read Only",
                                                                     "RO 90 days"});

    driver.click("sort-name");
    CHECK(driver.state().list.order.column == SortColumn::Name);
    CHECK_FALSE(driver.state().list.order.ascending);
    CHECK(driver.find("Read Only")->min.y < driver.find("12345")->min.y);

    driver.click("sort-expiry");
    CHECK(driver.state().list.order.column == SortColumn::Expiry);
    CHECK(driver.state().list.order.ascending);
    // The soonest expiry first: FA 7 days, then Custom 30 days, then RO 90 days.
    CHECK(driver.find("FA 7 days")->min.y < driver.find("Custom 30 days")->min.y);
    CHECK(driver.find("Custom 30 days")->min.y < driver.find("RO 90 days")->min.y);
    // One request to load, none to sort: sorting happens in the page.
    CHECK(count_sent(driver, HttpMethod::Get, "/admin/api-tokens") == 1);
}

TEST_CASE("The search box filters by name and description") {
    Driver driver(tall_driver_options());
    sign_in(driver, all_grants(), "034-list-after-creates");
    CHECK(driver.shows("15 tokens"));

    driver.click("search");
    driver.type("custom");
    CHECK(driver.state().list.order.query == "custom");
    CHECK(driver.exists("Custom 30 days"));
    CHECK(driver.exists("Custom dup perms"));
    CHECK_FALSE(driver.exists("Full Access"));
    CHECK(driver.shows("3 of 15 tokens"));

    // A description matches too: "read-only, 90 days".
    driver.fill("search", "90 days");
    CHECK(driver.exists("RO 90 days"));
    CHECK_FALSE(driver.exists("Custom 30 days"));

    driver.fill("search", "no such token");
    CHECK(driver.shows("No API Token matches"));

    driver.click("Clear search");
    CHECK(driver.state().list.order.query.empty());
    CHECK(driver.exists("Full Access"));
}

TEST_CASE("\"/\" puts the cursor in the search box") {
    Driver driver(driver_options());
    sign_in(driver);
    driver.type("/");
    driver.type("read");
    CHECK(driver.state().list.order.query == "read");
    CHECK_FALSE(driver.exists("Full Access"));
}

TEST_CASE("Expiry badges follow the clock") {
    const auto tall = [](Timestamp now) {
        return tall_driver_options(now);
    };
    SECTION("a few minutes after creation every token has its full duration left") {
        Driver driver(tall(kRecordingTime));
        sign_in(driver, all_grants(), "034-list-after-creates");
        // Six days and 23 hours left reads "7 days", and is within 7 days: the filter's warning.
        CHECK(driver.exists("Expires in 7 days##badge-warning"));
        CHECK(driver.exists("Expires in 30 days##badge-success"));
        CHECK(driver.exists("Expires in 90 days##badge-success"));
    }
    SECTION("under seven days left the badge turns to the warning tone") {
        Driver driver(tall(Timestamp{1796161016000})); // 2026-12-01T21:36:56Z
        sign_in(driver, all_grants(), "034-list-after-creates");
        CHECK(driver.exists("Expires in 4 days##badge-warning"));
        CHECK(driver.exists("Expires in 27 days##badge-success"));
    }
    SECTION("past its date a token shows Expired in the danger tone") {
        Driver driver(tall(Timestamp{1796420216000 + kHourMs})); // 2026-12-04T22:36:56Z
        sign_in(driver, all_grants(), "034-list-after-creates");
        CHECK(driver.exists("Expired##badge-danger"));
        CHECK(driver.exists("Expires in 23 days##badge-success"));
        CHECK(driver.exists("Unlimited##badge-neutral"));
    }
    SECTION("time passing while the page is open updates the badges") {
        Driver driver(tall(kRecordingTime));
        sign_in(driver, all_grants(), "034-list-after-creates");
        driver.set_clock(Timestamp{1796420216000 + kHourMs});
        CHECK(driver.exists("Expired##badge-danger"));
    }
}

TEST_CASE("Clicking a row opens the token") {
    Driver driver(driver_options());
    sign_in(driver);
    open_token(driver, "Read Only");
    CHECK(driver.state().view == View::Edit);
    CHECK(driver.shows("Read Only"));
    CHECK(driver.exists("Back"));
}

TEST_CASE("The list's states: loading, failure with retry, empty") {
    Driver driver(driver_options());
    driver.dispatch(act::UseSession{Secret("jwt")});
    driver.answer_with(200, permissions_body(all_grants()));

    SECTION("loading") {
        CHECK(driver.shows("Loading API Tokens"));
        CHECK(driver.app().animating());
    }
    SECTION("a failure offers Retry, which loads again") {
        driver.answer_with(
            500,
            R"({"data":null,"error":{"status":500,"name":"InternalServerError","message":"Internal Server Error"}})");
        CHECK(driver.shows("The API Tokens could not be loaded"));
        CHECK(driver.shows("Internal Server Error"));
        driver.click("Retry");
        CHECK(count_sent(driver, HttpMethod::Get, "/admin/api-tokens") == 2);
        driver.answer("020-list-initial");
        CHECK(driver.shows("Full Access"));
    }
    SECTION("an empty list invites to create the first token") {
        driver.answer_with(200, R"({"data":[]})");
        CHECK(driver.shows("Add your first API Token"));
        driver.click("Add new API Token");
        CHECK(driver.state().view == View::Create);
    }
}

TEST_CASE("Ten thousand tokens: only the visible rows are drawn") {
    nlohmann::json data = nlohmann::json::array();
    for (int i = 0; i < 10000; ++i) {
        data.push_back({{"id", i + 1},
                        {"name", "token-" + std::to_string(100000 + i)},
                        {"description", ""},
                        {"type", "read-only"},
                        {"lifespan", nullptr},
                        {"expiresAt", nullptr},
                        {"lastUsedAt", nullptr},
                        {"createdAt", "2026-11-27T21:36:53.678Z"},
                        {"updatedAt", "2026-11-27T21:36:53.678Z"},
                        {"permissions", nlohmann::json::array()}});
    }
    Driver driver(driver_options());
    driver.dispatch(act::UseSession{Secret("jwt")});
    driver.answer_with(200, permissions_body(all_grants()));
    driver.answer_with(200, nlohmann::json{{"data", data}}.dump());
    CHECK(driver.shows("10,000 tokens"));
    CHECK(driver.exists("token-100000"));
    CHECK_FALSE(driver.exists("token-100100"));
    std::size_t rows = 0;
    for (const auto& label : driver.labels()) {
        rows += label.rfind("##token-", 0) == 0 ? 1 : 0;
    }
    CHECK(rows > 3);
    CHECK(rows < 30);
}
