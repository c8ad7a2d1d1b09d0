// What each control of the page tells someone who cannot see it: its role, its name in the active
// language, and its state, read from the item registry the way a screen-reader mirror would.

#include "ui/ui_test_support.hpp"

#include <catch2/catch_test_macros.hpp>

#include <algorithm>

using namespace imt;
using namespace imt::test;
using ui::Role;
using ui::SortDirection;

namespace {

const ui::Accessible& declared(const Driver& driver, Role role, std::string_view name) {
    const ui::ItemRecord* item = driver.registry().find_by_role(role, name);
    if (item == nullptr) {
        throw std::runtime_error("no " + std::string(ui::role_name(role)) + " named " + std::string(name));
    }
    return item->accessible;
}

bool has_role(const Driver& driver, Role role, std::string_view name) {
    return driver.registry().find_by_role(role, name) != nullptr;
}

std::vector<std::string> names_with_role(const Driver& driver, Role role) {
    std::vector<std::string> names;
    for (const ui::ItemRecord* item : driver.registry().with_role(role)) {
        names.push_back(item->accessible.name);
    }
    return names;
}

} // namespace

TEST_CASE("Column headers say which column the rows are sorted by, and which way") {
    Driver driver(driver_options());
    sign_in(driver, all_grants(), "034-list-after-creates");
    CHECK(names_with_role(driver, Role::columnheader) ==
          std::vector<std::string>{"Name", "Description", "Created at", "Last used", "Expiry status"});
    CHECK(declared(driver, Role::columnheader, "Name").state.sort == SortDirection::ascending);
    CHECK(declared(driver, Role::columnheader, "Expiry status").state.sort == SortDirection::none);

    driver.click("sort-expiry");
    CHECK(declared(driver, Role::columnheader, "Expiry status").state.sort == SortDirection::ascending);
    CHECK(declared(driver, Role::columnheader, "Name").state.sort == SortDirection::none);

    driver.click("sort-expiry");
    CHECK(declared(driver, Role::columnheader, "Expiry status").state.sort == SortDirection::descending);
}

TEST_CASE("The table, its rows and the row actions are named after the tokens") {
    Driver driver(driver_options());
    sign_in(driver);
    CHECK(has_role(driver, Role::table, "API Tokens"));
    const std::vector<std::string> rows = names_with_role(driver, Role::row);
    CHECK(rows == std::vector<std::string>{"Full Access", "Read Only"});
    CHECK(has_role(driver, Role::button, "Edit Full Access"));
    CHECK(has_role(driver, Role::button, "Delete Read Only"));
    CHECK(declared(driver, Role::text, "Unlimited").value == "neutral");
}

TEST_CASE("A narrow table lets columns give way, never the name or the actions") {
    Driver driver(driver_options());
    sign_in(driver);
    driver.resize(ImVec2(1280, 800));
    CHECK(has_role(driver, Role::columnheader, "Description"));

    driver.resize(ImVec2(640, 800));
    CHECK_FALSE(has_role(driver, Role::columnheader, "Description"));
    CHECK_FALSE(driver.shows("A default API token with full access"));
    CHECK(has_role(driver, Role::columnheader, "Name"));
    CHECK(has_role(driver, Role::row, "Full Access"));
    CHECK(driver.is_visible("Edit Full Access"));

    driver.resize(ImVec2(1280, 800));
    CHECK(has_role(driver, Role::columnheader, "Description"));
    CHECK(driver.shows("A default API token with full access"));
}

TEST_CASE("Select all is a checkbox named by its label (its mixed state: create_token_test)") {
    Driver driver(driver_options());
    sign_in(driver);
    open_create_form(driver);
    driver.select("Token type", "Custom");
    open_section(driver, "Restaurant");
    const ui::Accessible select_all = driver.item("select-all:api::restaurant.restaurant").accessible;
    CHECK(select_all.role == Role::checkbox);
    CHECK(select_all.name == "Select all");
    CHECK(driver.item("api::restaurant.restaurant.find").accessible.role == Role::checkbox);
}

TEST_CASE("A permissions section reports whether it is expanded, with its count as its value") {
    Driver driver(driver_options());
    sign_in(driver);
    open_create_form(driver);
    driver.select("Token type", "Custom");
    const auto section = [&] {
        return declared(driver, Role::button, "Restaurant");
    };
    CHECK(section().state.expandable);
    CHECK_FALSE(section().state.expanded);
    CHECK(section().value == "0 / 5");

    driver.click("Restaurant");
    CHECK(section().state.expanded);
    driver.click("Restaurant");
    CHECK_FALSE(section().state.expanded);
}

TEST_CASE("Save reports disabled until the name is valid; the name field is a required textbox") {
    Driver driver(driver_options());
    sign_in(driver);
    open_create_form(driver);
    CHECK(declared(driver, Role::button, "Save").state.disabled);
    const ui::Accessible name = declared(driver, Role::textbox, "Name");
    CHECK(name.state.required);
    CHECK(name.value.empty());

    driver.fill("Name", "Deploy pipeline");
    CHECK_FALSE(declared(driver, Role::button, "Save").state.disabled);
    CHECK(declared(driver, Role::textbox, "Name").value == "Deploy pipeline");
    CHECK(declared(driver, Role::link, "Back").role == Role::link);
}

TEST_CASE("A drop-down is a combobox holding its choice, with its options when open") {
    Driver driver(driver_options());
    sign_in(driver);
    open_create_form(driver);
    CHECK(declared(driver, Role::combobox, "Token type").value == "Read-only");
    CHECK_FALSE(declared(driver, Role::combobox, "Token type").state.expanded);

    driver.click("##Token type");
    CHECK(declared(driver, Role::combobox, "Token type").state.expanded);
    CHECK(has_role(driver, Role::listbox, "Token type"));
    CHECK(declared(driver, Role::option, "Read-only").state.selected);
    CHECK_FALSE(declared(driver, Role::option, "Custom").state.selected);
    driver.click("##Token type");
    CHECK_FALSE(declared(driver, Role::combobox, "Token type").state.expanded);

    driver.select("Token type", "Custom");
    CHECK(declared(driver, Role::combobox, "Token type").value == "Custom");
}

TEST_CASE("A password field never reports what is typed in it") {
    Driver driver(driver_options());
    driver.type("admin@example.com");
    driver.click("Password");
    driver.type("Admin12345!");
    CHECK(declared(driver, Role::textbox, "Email").value == "admin@example.com");
    const ui::Accessible password = declared(driver, Role::textbox, "Password");
    CHECK(password.state.required);
    CHECK(password.value.empty());
    for (const ui::ItemRecord& item : driver.registry().items()) {
        CHECK(item.accessible.value.find("Admin12345!") == std::string::npos);
    }
}

TEST_CASE("A confirmation is a dialog named by its title") {
    Driver driver(driver_options());
    sign_in(driver);
    CHECK_FALSE(has_role(driver, Role::dialog, "Confirmation"));
    driver.click("Delete Read Only");
    CHECK(declared(driver, Role::dialog, "Confirmation").value.find("Read Only") != std::string::npos);
    CHECK(has_role(driver, Role::button, "Cancel"));
}

TEST_CASE("The page's title and the form's sections are headings a screen reader can jump between") {
    Driver driver(driver_options());
    sign_in(driver);
    CHECK(declared(driver, Role::heading, "API Tokens").level == 1);

    open_create_form(driver);
    CHECK(declared(driver, Role::heading, "Create API Token").level == 1);
    CHECK(declared(driver, Role::heading, "Details").level == 2);
    CHECK(declared(driver, Role::heading, "Permissions").level == 2);
}

TEST_CASE("A field in error is described by the message shown under it") {
    Driver driver(driver_options());
    sign_in(driver);
    open_create_form(driver);
    CHECK(declared(driver, Role::textbox, "Name").description.empty());

    driver.fill("Name", std::string(101, 'n'));
    driver.key(ImGuiKey_Tab);
    const ui::Accessible name = declared(driver, Role::textbox, "Name");
    CHECK(name.state.invalid);
    CHECK(name.description == "The value is too long (at most 100 characters).");
}
