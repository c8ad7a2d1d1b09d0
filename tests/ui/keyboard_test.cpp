// The whole page by keyboard alone: Tab order, Enter and Space, arrows in a drop-down, a modal
// dialog that keeps focus and gives it back, the shortcuts and their switch. Controls are found
// by the role and name they declare, the way a screen-reader user finds them; no mouse event is
// sent after signing in.

#include "ui/theme.hpp"
#include "ui/ui_test_support.hpp"

#include <catch2/catch_test_macros.hpp>
#include <imgui_internal.h>

#include <algorithm>
#include <ostream>
#include <string>
#include <vector>

using namespace imt;
using namespace imt::test;
using ui::Role;

namespace {

// A control as a screen reader announces it: its role and its name.
struct Control {
    Role first = Role::none;
    std::string second;
    friend bool operator==(const Control&, const Control&) = default;
};

std::string describe(const Control& control) {
    return std::string(ui::role_name(control.first)) + " \"" + control.second + "\"";
}

std::ostream& operator<<(std::ostream& out, const Control& control) {
    return out << describe(control);
}

// What a screen reader would announce for the control that has keyboard focus.
Control focused(const Driver& driver) {
    const ui::ItemRecord* item = driver.registry().focused();
    if (item == nullptr) {
        return {Role::none, "<nothing>"};
    }
    return {item->accessible.role, item->accessible.name};
}

void tab(Driver& driver, int times = 1) {
    for (int i = 0; i < times; ++i) {
        driver.key(ImGuiKey_Tab);
    }
}

void shift_tab(Driver& driver) {
    driver.key(ImGuiKey_Tab, ImGuiMod_Shift);
}

// Presses Tab until `wanted` has focus, as a person does; fails after `limit` presses.
void tab_to(Driver& driver, Role role, const std::string& name, int limit = 60) {
    for (int i = 0; i < limit; ++i) {
        if (focused(driver) == Control{role, name}) {
            return;
        }
        tab(driver);
    }
    FAIL("Tab never reached " << describe({role, name}) << "; focus is on " << describe(focused(driver)));
}

// A ring in the focus colour drawn just outside the item's rectangle (WCAG 2.4.7).
bool ring_drawn_around(const ui::ItemRecord& item) {
    const ImU32 ring = ImGui::GetColorU32(ImGuiCol_NavHighlight);
    const ImRect outer(ImVec2(item.min.x - 6, item.min.y - 6), ImVec2(item.max.x + 6, item.max.y + 6));
    const ImRect inner(ImVec2(item.min.x + 1, item.min.y + 1), ImVec2(item.max.x - 1, item.max.y - 1));
    const ImDrawData* data = ImGui::GetDrawData();
    for (int list = 0; list < data->CmdListsCount; ++list) {
        for (const ImDrawVert& vertex : data->CmdLists[list]->VtxBuffer) {
            if (vertex.col == ring && outer.Contains(vertex.pos) && !inner.Contains(vertex.pos)) {
                return true;
            }
        }
    }
    return false;
}

std::vector<std::string> row_names(const Driver& driver) {
    std::vector<std::string> names;
    for (const ui::ItemRecord* row : driver.registry().with_role(Role::row)) {
        names.push_back(row->accessible.name);
    }
    return names;
}

} // namespace

TEST_CASE("Tab walks the list in the order it reads, Shift+Tab walks back", "[keyboard]") {
    Driver driver(driver_options());
    sign_in(driver);
    const std::vector<Control> expected{
        {Role::button, "Keyboard shortcuts"},
        {Role::button, "FR"},
        {Role::button, "Switch to the dark theme"},
        {Role::button, "Log out"},
        {Role::button, "Create new API Token"},
        {Role::textbox, "Search by name or description"},
        {Role::button, "Active (2)"},
        {Role::button, "Expires within 7 days (0)"},
        {Role::button, "Expired (0)"},
        {Role::button, "Never used (2)"},
        {Role::button, "Not used for 30+ days (0)"},
        {Role::button, "Export CSV"},
        {Role::button, "Export JSON"},
        {Role::columnheader, "Name"},
        {Role::columnheader, "Description"},
        {Role::columnheader, "Created at"},
        {Role::columnheader, "Last used"},
        {Role::columnheader, "Expiry status"},
        {Role::button, "Edit Full Access"},
        {Role::button, "Delete Full Access"},
        {Role::button, "Edit Read Only"},
        {Role::button, "Delete Read Only"},
    };
    std::vector<Control> walked;
    for (std::size_t i = 0; i < expected.size(); ++i) {
        tab(driver);
        walked.push_back(focused(driver));
        INFO("Tab " << i + 1 << " is on " << describe(walked.back()));
        CHECK(driver.registry().focus_visible());
        CHECK(ring_drawn_around(*driver.registry().focused()));
    }
    CHECK(walked == expected);

    // Past the last control Tab comes round to the first; Shift+Tab goes back.
    tab(driver);
    CHECK(focused(driver) == expected.front());
    shift_tab(driver);
    CHECK(focused(driver) == expected.back());
    shift_tab(driver);
    CHECK(focused(driver) == expected[expected.size() - 2]);
}

TEST_CASE("The focus ring shows in both themes and both contrasts", "[keyboard]") {
    for (const ui::Theme theme : {ui::Theme::Light, ui::Theme::Dark}) {
        for (const ui::Contrast contrast : {ui::Contrast::Standard, ui::Contrast::High}) {
            auto options = driver_options();
            options.theme = theme;
            Driver driver(options);
            driver.app().set_contrast(contrast);
            sign_in(driver);
            INFO("dark " << (theme == ui::Theme::Dark) << ", high contrast "
                         << (contrast == ui::Contrast::High));
            CHECK(ImGui::GetColorU32(ImGuiCol_NavHighlight) == ui::palette(theme, contrast).focus_ring);
            tab_to(driver, Role::button, "Create new API Token");
            CHECK(ring_drawn_around(*driver.registry().focused()));
            tab_to(driver, Role::textbox, "Search by name or description");
            CHECK(ring_drawn_around(*driver.registry().focused()));
            tab_to(driver, Role::button, "Delete Read Only");
            CHECK(ring_drawn_around(*driver.registry().focused()));
        }
    }
}

TEST_CASE("A custom token is created by keyboard alone", "[keyboard]") {
    Driver driver(driver_options());
    sign_in(driver);

    tab_to(driver, Role::button, "Create new API Token");
    driver.key(ImGuiKey_Enter);
    REQUIRE(driver.state().view == View::Create);
    driver.answer("018-content-api-permissions");
    driver.answer("019-content-api-routes");

    tab_to(driver, Role::textbox, "Name");
    driver.type("Keyboard token");
    CHECK(driver.state().form.draft.name == "Keyboard token");
    tab(driver);
    CHECK(focused(driver) == Control{Role::textbox, "Description"});
    driver.type("Made without a mouse");

    // The type drop-down: Enter opens it, the arrows move, Enter picks.
    tab_to(driver, Role::combobox, "Token type");
    driver.key(ImGuiKey_Enter);
    CHECK(driver.is_open("Token type"));
    CHECK(focused(driver) == Control{Role::option, "Read-only"});
    driver.key(ImGuiKey_DownArrow);
    driver.key(ImGuiKey_DownArrow);
    CHECK(focused(driver) == Control{Role::option, "Custom"});
    driver.key(ImGuiKey_Enter);
    CHECK(driver.state().form.draft.type == TokenType::Custom);
    CHECK_FALSE(driver.is_open("Token type"));

    // A permission section opens with Space; its "Select all" ticks with Space.
    tab_to(driver, Role::button, "Restaurant");
    CHECK_FALSE(driver.is_open("Restaurant"));
    driver.key(ImGuiKey_Space);
    CHECK(driver.is_open("Restaurant"));
    tab(driver);
    CHECK(focused(driver) == Control{Role::checkbox, "Select all"});
    driver.key(ImGuiKey_Space);
    CHECK(driver.is_checked("select-all:api::restaurant.restaurant"));
    CHECK(driver.state().form.draft.permissions.size() == 5);
    // The arrows move within the section's grid of actions (each a box and its cog): down from
    // "find" to the action under it, back up to "find".
    tab_to(driver, Role::checkbox, "find");
    driver.key(ImGuiKey_DownArrow);
    CHECK(focused(driver).second.find("create") != std::string::npos);
    driver.key(ImGuiKey_UpArrow);
    CHECK(focused(driver).second.find("find") != std::string::npos);
    CHECK(focused(driver).second.find("findOne") == std::string::npos);

    driver.key(ImGuiKey_S, ImGuiMod_Ctrl);
    REQUIRE(count_sent(driver, HttpMethod::Post, "/admin/api-tokens") == 1);
    const auto body = last_body(driver, HttpMethod::Post);
    CHECK(body["name"] == "Keyboard token");
    CHECK(body["type"] == "custom");
    CHECK(body["permissions"].size() == 5);
}

TEST_CASE("The delete dialog keeps focus inside, Esc cancels, focus goes back to the row's button",
          "[keyboard]") {
    Driver driver(driver_options());
    sign_in(driver);
    tab_to(driver, Role::button, "Delete Read Only");
    driver.key(ImGuiKey_Enter);
    REQUIRE(driver.state().dialog.has_value());
    CHECK(driver.registry().find_by_role(Role::dialog, "Confirmation") != nullptr);

    // Focus starts on the least destructive button, with its ring.
    CHECK(focused(driver) == Control{Role::button, "Cancel"});
    CHECK(driver.registry().focus_visible());
    // Tab and Shift+Tab cycle the dialog's two buttons and never leave it.
    tab(driver);
    CHECK(focused(driver) == Control{Role::button, "Confirm"});
    tab(driver);
    CHECK(focused(driver) == Control{Role::button, "Cancel"});
    shift_tab(driver);
    CHECK(focused(driver) == Control{Role::button, "Confirm"});
    shift_tab(driver);
    CHECK(focused(driver) == Control{Role::button, "Cancel"});

    SECTION("Esc cancels") {
        driver.key(ImGuiKey_Escape);
    }
    SECTION("Enter on the focused Cancel cancels") {
        driver.key(ImGuiKey_Enter);
    }
    CHECK_FALSE(driver.state().dialog.has_value());
    CHECK(count_sent(driver, HttpMethod::Delete, "/admin/api-tokens/:id") == 0);
    driver.frames(2);
    CHECK(focused(driver) == Control{Role::button, "Delete Read Only"});
    CHECK(driver.registry().focus_visible());
    // And Tab goes on from there, not from the top of the page.
    shift_tab(driver);
    CHECK(focused(driver) == Control{Role::button, "Edit Read Only"});
}

TEST_CASE("After a delete by keyboard, focus lands on the row that took its place", "[keyboard]") {
    Driver driver(tall_driver_options());
    sign_in(driver, all_grants(), "034-list-after-creates");
    const std::vector<std::string> before = row_names(driver);
    const auto deleted = std::find(before.begin(), before.end(), "With kind");
    REQUIRE(deleted != before.end());
    // The row now at its place, or the one before it when it was the last.
    const std::string neighbour = deleted + 1 != before.end() ? *(deleted + 1) : *(deleted - 1);

    tab_to(driver, Role::button, "Delete With kind");
    driver.key(ImGuiKey_Space);
    tab(driver);
    CHECK(focused(driver) == Control{Role::button, "Confirm"});
    driver.key(ImGuiKey_Enter);
    REQUIRE(count_sent(driver, HttpMethod::Delete, "/admin/api-tokens/:id") == 1);
    driver.answer("128-delete");
    driver.frames(2);
    CHECK_FALSE(driver.exists("With kind"));
    CHECK(focused(driver) == Control{Role::button, "Delete " + neighbour});
    CHECK(driver.registry().focus_visible());
}

TEST_CASE("\"?\" lists the shortcuts; single-key shortcuts can be switched off there", "[keyboard]") {
    Driver driver(driver_options());
    sign_in(driver);
    driver.type("?");
    const ui::ItemRecord* help = driver.registry().find_by_role(Role::dialog, "Keyboard shortcuts");
    REQUIRE(help != nullptr);
    CHECK(driver.shows("Search the tokens, or filter the permissions"));
    CHECK(driver.shows("Create a new API token"));
    CHECK(driver.shows("Ctrl+S"));
    CHECK(focused(driver) == Control{Role::button, "Close"});
    // Shortcuts do nothing while the dialog is open.
    driver.type("n");
    CHECK(driver.state().view == View::List);

    SECTION("Esc closes it") {
        driver.key(ImGuiKey_Escape);
        // The tooltip of the focused control names its key.
        tab_to(driver, Role::button, "Create new API Token");
        driver.frames(60);
        CHECK(driver.shows("Create new API Token (n)"));
        CHECK(driver.registry().find_by_role(Role::dialog, "Keyboard shortcuts") == nullptr);
        driver.type("/");
        CHECK(focused(driver) == Control{Role::textbox, "Search by name or description"});
        driver.type("read");
        CHECK(driver.state().list.order.query == "read");
    }
    SECTION("switched off, \"/\" and \"n\" are plain keys again") {
        shift_tab(driver);
        CHECK(focused(driver) == Control{Role::checkbox, "Single-key shortcuts (/, n, ?)"});
        CHECK(driver.is_checked("single-keys"));
        driver.key(ImGuiKey_Space);
        CHECK_FALSE(driver.is_checked("single-keys"));
        CHECK_FALSE(driver.app().single_key_shortcuts());
        driver.key(ImGuiKey_Escape);
        CHECK(driver.registry().find_by_role(Role::dialog, "Keyboard shortcuts") == nullptr);

        driver.type("/");
        CHECK(focused(driver).first != Role::textbox);
        CHECK_FALSE(ImGui::GetIO().WantTextInput);
        driver.type("n");
        CHECK(driver.state().view == View::List);
        driver.type("?");
        CHECK(driver.registry().find_by_role(Role::dialog, "Keyboard shortcuts") == nullptr);
        // The tooltips, which keyboard focus shows too, stop offering them.
        tab_to(driver, Role::button, "Create new API Token");
        driver.frames(60);
        CHECK(driver.shows("Create new API Token"));
        CHECK_FALSE(driver.shows("Create new API Token (n)"));
        // The keyboard button in the top bar still opens the list, to switch them back on.
        tab_to(driver, Role::button, "Keyboard shortcuts");
        driver.key(ImGuiKey_Enter);
        CHECK(driver.registry().find_by_role(Role::dialog, "Keyboard shortcuts") != nullptr);
    }
}

TEST_CASE("Single-key shortcuts do not fire while typing in a field", "[keyboard]") {
    Driver driver(driver_options());
    sign_in(driver);
    tab_to(driver, Role::textbox, "Search by name or description");
    driver.type("n/?");
    CHECK(driver.state().list.order.query == "n/?");
    CHECK(driver.state().view == View::List);
    CHECK(driver.registry().find_by_role(Role::dialog, "Keyboard shortcuts") == nullptr);
}
