// The page from 1280 down to 320 px wide (WCAG 1.4.10): nothing scrolls sideways, every token's
// name is drawn whole (up to 40 characters), every row's actions are on screen, and the form's
// fields stack in one column. Each width leaves a screenshot in the build directory.

#include "software_render.hpp"
#include "ui/ui_test_support.hpp"

#include <catch2/catch_test_macros.hpp>
#include <imgui_internal.h>

#include <array>
#include <filesystem>
#include <string>
#include <vector>

using namespace imt;
using namespace imt::test;
using ui::Role;

namespace {

constexpr std::array<float, 5> kWidths{1280, 1024, 768, 480, 320};
// 40 characters, the longest name the issue asks to see whole.
const std::string kLongName = "Nightly exports to the reports warehouse";

// The recorded list of two tokens, the first renamed to a long name.
std::string list_with_long_name(const Driver& driver) {
    nlohmann::json body = driver.exchange("020-list-initial").response.at("body");
    body["data"][0]["name"] = kLongName;
    return body.dump();
}

void sign_in_with_long_name(Driver& driver) {
    driver.dispatch(act::UseSession{Secret("recorded-admin-jwt")});
    driver.answer_with(200, permissions_body(all_grants()));
    driver.answer_with(200, list_with_long_name(driver));
}

// No control reaches past the right edge of the screen, so nothing needs scrolling sideways.
void expect_nothing_past_the_edge(const Driver& driver, float width) {
    for (const ui::ItemRecord& item : driver.registry().items()) {
        if (item.accessible.role == Role::none || !item.visible()) {
            continue;
        }
        INFO(ui::role_name(item.accessible.role)
             << " \"" << item.accessible.name << "\" ends at " << item.max.x);
        CHECK(item.max.x <= width + 0.5F);
    }
    ImGuiContext& g = *driver.context();
    for (ImGuiWindow* window : g.Windows) {
        if (window->Active && (window->Flags & ImGuiWindowFlags_ChildWindow) != 0 &&
            std::string_view(window->Name).find("ImTokens/page") == 0 &&
            std::string_view(window->Name).find('/', 14) == std::string_view::npos) {
            INFO(window->Name);
            CHECK(window->ScrollMax.x == 0.0F);
        }
    }
}

// The name appears on one line, or on two that join into it: never cut with "…".
bool drawn_whole(const Driver& driver, const std::string& name) {
    const std::vector<std::string> lines = driver.screen_lines();
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i] == name || (i + 1 < lines.size() && lines[i] + " " + lines[i + 1] == name)) {
            return true;
        }
    }
    return false;
}

// Beside the other tests' pictures (build/screenshots/headless-*.png), to be looked at.
void save_screenshot(const std::string& name) {
    const std::filesystem::path folder = IMT_SCREENSHOT_DIR;
    std::filesystem::create_directories(folder);
    CHECK(write_png(render_last_frame(), folder / ("headless-" + name + ".png")));
}

} // namespace

TEST_CASE("The list reflows from 1280 to 320 px: names whole, actions on screen", "[reflow]") {
    for (const float width : kWidths) {
        auto options = driver_options();
        // 1000 px high: at 320 px the filters and the export take two lines above the cards, and
        // both rows must be on screen to be measured.
        options.display_size = ImVec2(width, 1000);
        Driver driver(options);
        sign_in_with_long_name(driver);
        driver.frames(2);
        INFO("width " << width);
        CHECK(drawn_whole(driver, kLongName));
        CHECK(drawn_whole(driver, "Read Only"));
        for (const std::string& name : {kLongName, std::string("Read Only")}) {
            CHECK(driver.registry().find_by_role(Role::row, name) != nullptr);
            for (const char* action : {"Edit ", "Delete "}) {
                const ui::ItemRecord* button = driver.registry().find_by_role(Role::button, action + name);
                REQUIRE(button != nullptr);
                CHECK(button->visible());
                CHECK(button->max.x <= width);
            }
        }
        CHECK(driver.registry().find_by_role(Role::button, "Create new API Token") != nullptr);
        CHECK(driver.registry().find_by_role(Role::textbox, "Search by name or description") != nullptr);
        CHECK(driver.registry().find_by_role(Role::button, "Log out") != nullptr);
        expect_nothing_past_the_edge(driver, width);
        // Sorting stays within reach: the column headers, or the narrow layout's drop-down.
        const bool headers = driver.registry().find_by_role(Role::columnheader, "Name") != nullptr;
        const bool sort_by = driver.registry().find_by_role(Role::combobox, "Sort by") != nullptr;
        CHECK((headers || sort_by));
        CHECK(headers == (width >= 768));
        save_screenshot("list-" + std::to_string(static_cast<int>(width)));
    }
}

TEST_CASE("On a narrow screen the list is cards that sort by a drop-down", "[reflow]") {
    auto options = driver_options();
    options.display_size = ImVec2(320, 800);
    Driver driver(options);
    sign_in(driver);
    CHECK(driver.registry().find_by_role(Role::table, "API Tokens") != nullptr);
    CHECK(driver.registry().with_role(Role::row).size() == 2);
    // Each card says what the table's columns said.
    CHECK(driver.shows("A default API token with full access"));
    CHECK(driver.shows("Unlimited"));
    driver.select("Sort by", "Created at");
    CHECK(driver.state().list.order.column == SortColumn::CreatedAt);
    const bool ascending = driver.state().list.order.ascending;
    driver.click("sort-direction");
    CHECK(driver.state().list.order.ascending != ascending);
}

TEST_CASE("The form's fields stack in one column on a narrow screen", "[reflow]") {
    for (const float width : kWidths) {
        auto options = driver_options();
        options.display_size = ImVec2(width, 900);
        Driver driver(options);
        sign_in(driver);
        open_create_form(driver);
        driver.frames(2);
        INFO("width " << width);
        const ui::ItemRecord& name = driver.item("Name");
        const ui::ItemRecord& description = driver.item("Description");
        const bool side_by_side = description.min.x > name.max.x;
        CHECK(side_by_side == (width >= 768));
        CHECK_FALSE(driver.registry().find_by_role(Role::button, "Save") == nullptr);
        expect_nothing_past_the_edge(driver, width);
        save_screenshot("create-" + std::to_string(static_cast<int>(width)));
    }
}

TEST_CASE("Dialogs fit a 320 px screen", "[reflow]") {
    auto options = driver_options();
    options.display_size = ImVec2(320, 700);
    Driver driver(options);
    sign_in(driver);
    driver.click("Delete Read Only");
    REQUIRE(driver.state().dialog.has_value());
    const ui::ItemRecord& confirm = driver.item("Confirm");
    const ui::ItemRecord& cancel = driver.item("Cancel");
    CHECK(cancel.min.x >= 0);
    CHECK(confirm.max.x <= 320);
    save_screenshot("delete-dialog-320");
}
