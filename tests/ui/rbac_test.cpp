// What each subset of admin::api-tokens permissions shows. Controls the admin may not use are not
// drawn at all: they are absent from the item registry, not merely disabled.

#include "ui/ui_test_support.hpp"

#include <catch2/catch_test_macros.hpp>

using namespace imt;
using namespace imt::test;

namespace {

bool any_label_starts_with(const Driver& driver, std::string_view prefix) {
    for (const auto& label : driver.labels()) {
        if (label.rfind(prefix, 0) == 0) {
            return true;
        }
    }
    return false;
}

// The fields are there to read, not to type into; the drop-downs do not open.
void expect_read_only_form(Driver& driver) {
    const TokenDraft before = driver.state().form.draft;
    REQUIRE_FALSE(before.name.empty());
    driver.click("Name");
    driver.type(" changed");
    driver.click("Description");
    driver.type(" changed");
    CHECK(driver.state().form.draft == before);
    CHECK_FALSE(driver.is_enabled("Token type"));
    CHECK_FALSE(driver.is_enabled("Token duration"));
    CHECK_FALSE(driver.shows(" changed"));
}

} // namespace

TEST_CASE("Full permissions: every control is there") {
    Driver driver(driver_options());
    sign_in(driver, all_grants());
    CHECK(driver.exists("Create new API Token"));
    CHECK(driver.exists("Edit Full Access"));
    CHECK(driver.exists("Delete Full Access"));
    open_token(driver, "Full Access");
    CHECK(driver.exists("Save"));
    CHECK(driver.exists("Regenerate"));
    CHECK(driver.is_enabled("Name"));
}

TEST_CASE("Read only: the list and the token, nothing to change") {
    Driver driver(driver_options());
    sign_in(driver, {"access", "read"});
    CHECK(driver.shows("Full Access"));
    CHECK_FALSE(driver.exists("Create new API Token"));
    CHECK_FALSE(any_label_starts_with(driver, "Edit "));
    CHECK_FALSE(any_label_starts_with(driver, "Delete "));
    CHECK_FALSE(driver.exists("create"));

    open_token(driver, "Full Access");
    CHECK(driver.state().view == View::Edit);
    CHECK_FALSE(driver.exists("Save"));
    CHECK_FALSE(driver.exists("Regenerate"));
    CHECK(driver.shows("You can view this token but you don't have the permission to change it."));
    expect_read_only_form(driver);
}

TEST_CASE("Read, create and update: no delete, no regenerate") {
    Driver driver(driver_options());
    sign_in(driver, {"access", "read", "create", "update"});
    CHECK(driver.exists("Create new API Token"));
    CHECK(driver.exists("Edit Read Only"));
    CHECK_FALSE(any_label_starts_with(driver, "Delete "));
    open_token(driver, "Read Only");
    CHECK(driver.exists("Save"));
    CHECK_FALSE(driver.exists("Regenerate"));
    driver.fill("Name", "Read Only renamed");
    CHECK(driver.state().form.draft.name == "Read Only renamed");
}

TEST_CASE("Regenerate without update: the button is there, the inputs are read-only") {
    Driver driver(driver_options());
    sign_in(driver, {"access", "read", "regenerate"});
    open_token(driver, "Read Only");
    CHECK(driver.exists("Regenerate"));
    CHECK_FALSE(driver.exists("Save"));
    expect_read_only_form(driver);
}

TEST_CASE("Without read: a clear no-permission page, and the refused list is not shown as an error") {
    Driver driver(driver_options());
    sign_in(driver, {"access", "create"});
    CHECK(driver.shows("You don't have the permissions to access that content"));
    CHECK(count_sent(driver, HttpMethod::Get, "/admin/api-tokens") == 1);
    CHECK(driver.state().notifications.empty());
    CHECK_FALSE(driver.shows("Retry"));
    CHECK_FALSE(any_label_starts_with(driver, "Edit "));
}

TEST_CASE("The list answering before the permissions waits for them") {
    Driver driver(driver_options());
    driver.dispatch(act::UseSession{Secret("recorded-admin-jwt")});
    REQUIRE(count_sent(driver, HttpMethod::Get, "/admin/users/me/permissions") == 1);
    REQUIRE(count_sent(driver, HttpMethod::Get, "/admin/api-tokens") == 1);
    driver.answer("020-list-initial");
    CHECK_FALSE(driver.exists("Edit Read Only"));
    driver.answer_with(200, permissions_body(all_grants()));
    CHECK(driver.exists("Edit Read Only"));
}

TEST_CASE("An empty list without create permission says there is nothing yet, with no button") {
    Driver driver(driver_options());
    driver.dispatch(act::UseSession{Secret("jwt")});
    driver.answer_with(200, permissions_body({"access", "read"}));
    driver.answer_with(200, R"({"data":[]})");
    CHECK(driver.shows("You don't have any content yet..."));
    CHECK_FALSE(driver.exists("Add new API Token"));
    CHECK_FALSE(driver.exists("Create new API Token"));
}
