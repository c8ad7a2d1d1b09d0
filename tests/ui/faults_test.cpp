// Faults seen from the page: what the admin sees when an answer is partly unreadable, when a save
// is in flight, and when a create's answer never came.

#include "ui/ui_test_support.hpp"

#include <catch2/catch_test_macros.hpp>

namespace imt::test {
namespace {

// The recorded list (034) with its first row's name turned into a number, as a broken plugin or
// a hand-edited database could leave it.
std::string list_with_one_bad_row(std::string* good_name) {
    auto body = headless::load_exchange(IMT_CONTRACT_DIR, "034-list-after-creates").response.at("body");
    auto& rows = body.at("data");
    REQUIRE(rows.size() >= 2);
    *good_name = rows.at(1).at("name").get<std::string>();
    rows.at(0).at("name") = 42;
    return body.dump();
}

} // namespace

TEST_CASE("One unreadable row leaves the others on screen and says what could not be read") {
    Driver driver(driver_options());
    driver.dispatch(act::UseSession{Secret("recorded-admin-jwt")});
    driver.answer_with(200, permissions_body(all_grants()));
    std::string good_name;
    driver.answer_with(200, list_with_one_bad_row(&good_name));

    CHECK(driver.exists(good_name));
    CHECK(driver.shows("1 token could not be read and is not shown (data[0].name"));
    const auto alerts = driver.registry().with_role(ui::Role::alert);
    REQUIRE(alerts.size() == 1);
    CHECK(alerts.front()->accessible.name.find("could not be read") != std::string::npos);
}

TEST_CASE("While a save is in flight the form's fields take no typing") {
    Driver driver(driver_options());
    sign_in(driver, all_grants(), "034-list-after-creates");
    open_create_form(driver);
    driver.click("Name");
    driver.type("nightly");
    driver.click("Save");
    REQUIRE(driver.state().form.saving);

    driver.click("Name");
    driver.type(" export");
    CHECK(driver.state().form.draft.name == "nightly");
    CHECK_FALSE(driver.shows("nightly export"));
}

} // namespace imt::test
