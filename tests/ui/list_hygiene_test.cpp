// Keeping the list clean, as an admin does it: the status filters found by role and name, pressed
// with the mouse and with the keyboard, the summary line's parts, the badges in the rows, and the
// export of what is shown. Pictures in light and dark, English and French.

#include "software_render.hpp"
#include "ui/ui_test_support.hpp"

#include <catch2/catch_test_macros.hpp>

#include <filesystem>

using namespace imt;
using namespace imt::test;
using ui::Role;

namespace {

// 2026-12-05T12:00:00Z: "FA 7 days" of the recorded list 034 expired the evening before.
constexpr Timestamp kAfterFaExpiry{1796472000000};

// The recorded list 034 with some tokens used: "Read Only" 40 days before the recording, "Full Access"
// an hour before, "Custom 30 days" 31 days before.
std::string list_with_uses(const Driver& driver) {
    nlohmann::json body = driver.exchange("034-list-after-creates").response["body"];
    if (body.is_string()) {
        body = nlohmann::json::parse(body.get<std::string>());
    }
    for (auto& token : body["data"]) {
        if (token["name"] == "Read Only") {
            token["lastUsedAt"] = "2026-10-18T21:00:00.000Z";
        } else if (token["name"] == "Full Access") {
            token["lastUsedAt"] = "2026-11-27T20:40:00.000Z";
        } else if (token["name"] == "Custom 30 days") {
            token["lastUsedAt"] = "2026-10-27T21:00:00.000Z";
        }
    }
    return body.dump();
}

void sign_in_with_uses(Driver& driver) {
    driver.dispatch(act::UseSession{Secret("recorded-admin-jwt")});
    driver.answer_with(200, permissions_body(all_grants()));
    driver.answer_with(200, list_with_uses(driver));
}

const ui::ItemRecord* button(const Driver& driver, const std::string& name) {
    return driver.registry().find_by_role(Role::button, name);
}

std::vector<std::string> row_names(const Driver& driver) {
    std::vector<std::string> names;
    for (const ui::ItemRecord* row : driver.registry().with_role(Role::row)) {
        names.push_back(row->accessible.name);
    }
    return names;
}

void save_screenshot(const std::string& name) {
    const std::filesystem::path folder = IMT_SCREENSHOT_DIR;
    std::filesystem::create_directories(folder);
    CHECK(write_png(render_last_frame(), folder / ("headless-" + name + ".png")));
}

} // namespace

TEST_CASE("Each status filter shows its count; pressing one keeps its rows, pressing it again shows all") {
    Driver driver(tall_driver_options());
    sign_in(driver, all_grants(), "034-list-after-creates");
    for (const char* name : {"Active (15)", "Expires within 7 days (1)", "Expired (0)", "Never used (15)",
                             "Not used for 30+ days (0)"}) {
        INFO(name);
        const auto* filter = button(driver, name);
        REQUIRE(filter != nullptr);
        CHECK_FALSE(filter->accessible.state.pressed);
    }
    CHECK(row_names(driver).size() == 15);

    driver.click("Expires within 7 days (1)");
    CHECK(button(driver, "Expires within 7 days (1)")->accessible.state.pressed);
    CHECK(row_names(driver) == std::vector<std::string>{"FA 7 days"});
    CHECK(driver.shows("1 of 15 tokens"));
    CHECK(driver.exists("Expires in 7 days##badge-warning"));

    // The search narrows the filtered rows further.
    driver.fill("search", "custom");
    CHECK(row_names(driver).empty());
    CHECK(driver.shows("No API Token matches"));
    driver.click("Clear search");
    CHECK(row_names(driver) == std::vector<std::string>{"FA 7 days"});

    driver.click("Expires within 7 days (1)");
    CHECK_FALSE(button(driver, "Expires within 7 days (1)")->accessible.state.pressed);
    CHECK(row_names(driver).size() == 15);

    driver.click("Expired (0)");
    CHECK(row_names(driver).empty());
    CHECK(driver.shows("No API Token is “Expired”"));
}

TEST_CASE("The summary line says what needs looking at, and each part filters to it") {
    Driver driver(tall_driver_options(kAfterFaExpiry));
    sign_in_with_uses(driver);
    // Read Only (48 days) and Custom 30 days (39 days) have not been used for 30 days; Full Access has.
    CHECK(button(driver, "Not used for 30+ days (2)") != nullptr);
    CHECK(button(driver, "Never used (12)") != nullptr);
    CHECK(button(driver, "Expired (1)") != nullptr);
    const auto* expired = driver.registry().find_by_role(Role::link, "1 token is expired");
    const auto* unused =
        driver.registry().find_by_role(Role::link, "2 tokens have not been used for 30+ days");
    REQUIRE(expired != nullptr);
    REQUIRE(unused != nullptr);
    // Nothing expires within 7 days any more: that part is not there.
    CHECK_FALSE(driver.shows("expire within 7 days"));

    driver.click("##summary-unused-30-days");
    CHECK(row_names(driver) == std::vector<std::string>{"Custom 30 days", "Read Only"});
    CHECK(button(driver, "Not used for 30+ days (2)")->accessible.state.pressed);
    CHECK(driver.exists("Unused 30+ days##badge-warning"));
    driver.click("##summary-expired");
    CHECK(row_names(driver) == std::vector<std::string>{"FA 7 days"});
    CHECK(driver.exists("Expired##badge-danger"));
}

TEST_CASE("Nothing to say, no summary line") {
    Driver driver(driver_options());
    sign_in(driver); // two unlimited tokens, never used
    CHECK(driver.registry().with_role(Role::link).empty());
    CHECK(button(driver, "Never used (2)") != nullptr);
}

TEST_CASE("The filters by keyboard: Tab reaches each, Space presses it, Enter releases it") {
    Driver driver(tall_driver_options());
    sign_in(driver, all_grants(), "034-list-after-creates");
    const std::string wanted = "Expires within 7 days (1)";
    for (int i = 0; i < 40; ++i) {
        const auto* focused = driver.registry().focused();
        if (focused != nullptr && focused->accessible.name == wanted) {
            break;
        }
        driver.key(ImGuiKey_Tab);
    }
    REQUIRE(driver.registry().focused() != nullptr);
    REQUIRE(driver.registry().focused()->accessible.name == wanted);
    driver.key(ImGuiKey_Space);
    CHECK(row_names(driver) == std::vector<std::string>{"FA 7 days"});
    driver.key(ImGuiKey_Enter);
    CHECK(row_names(driver).size() == 15);
}

TEST_CASE("Export CSV and JSON save exactly the rows shown, and say so") {
    Driver driver(tall_driver_options());
    sign_in(driver, all_grants(), "034-list-after-creates");
    driver.click("Expires within 7 days (1)");
    driver.click("Export CSV");
    const auto& files = driver.ports().saved_files();
    REQUIRE(files.size() == 1);
    CHECK(files[0].file_name == "api-tokens-2026-11-27.csv");
    CHECK(files[0].text == "name,description,type,createdAt,lastUsedAt,expiresAt\r\n"
                           "FA 7 days,\"full access, 7 days\",full-access,2026-11-27T21:36:56.880Z,,"
                           "2026-12-04T21:36:56.880Z\r\n");
    driver.frame();
    CHECK(driver.shows("The list was exported"));
    CHECK(driver.shows("api-tokens-2026-11-27.csv"));

    driver.click("Expires within 7 days (1)");
    driver.click("Export JSON");
    REQUIRE(files.size() == 2);
    const auto json = nlohmann::json::parse(files[1].text);
    CHECK(json.size() == 15);
    for (const auto& row : json) {
        CHECK(row.size() == 6);
        CHECK_FALSE(row.contains("accessKey"));
    }
}

TEST_CASE("The narrow list filters with a drop-down and still exports") {
    auto options = driver_options();
    options.display_size = ImVec2(400, 1000);
    Driver driver(options);
    sign_in(driver, all_grants(), "034-list-after-creates");
    CHECK(driver.registry().find_by_role(Role::combobox, "Filter by status") != nullptr);
    driver.select("Filter by status", "Expires within 7 days (1)");
    CHECK(row_names(driver) == std::vector<std::string>{"FA 7 days"});
    CHECK(driver.exists("Expires in 7 days##badge-warning"));
    CHECK(driver.exists("Never used##badge-neutral"));
    driver.click("Export CSV");
    CHECK(driver.ports().saved_files().size() == 1);
    driver.select("Filter by status", "All tokens (15)");
    CHECK(row_names(driver).size() > 1);
}

TEST_CASE("The filters, the summary and the badges in light and dark, English and French", "[screenshots]") {
    struct Look {
        ui::Theme theme;
        ui::Locale locale;
        const char* name;
        const char* filter;
    };
    const Look looks[] = {
        {ui::Theme::Light, ui::Locale::English, "hygiene-light-en", "Not used for 30+ days (2)"},
        {ui::Theme::Dark, ui::Locale::English, "hygiene-dark-en", "Not used for 30+ days (2)"},
        {ui::Theme::Light, ui::Locale::French, "hygiene-light-fr", "Inutilisé depuis 30 jours ou plus (2)"},
        {ui::Theme::Dark, ui::Locale::French, "hygiene-dark-fr", "Inutilisé depuis 30 jours ou plus (2)"},
    };
    for (const Look& look : looks) {
        DYNAMIC_SECTION(look.name) {
            auto options = driver_options(Timestamp{1796169600000}); // 2026-12-01T12:00:00Z
            options.theme = look.theme;
            options.locale = look.locale;
            Driver driver(options);
            sign_in_with_uses(driver);
            driver.frames(2);
            REQUIRE(button(driver, look.filter) != nullptr);
            save_screenshot(look.name);
            driver.click(look.filter);
            driver.frames(2);
            CHECK(button(driver, look.filter)->accessible.state.pressed);
            save_screenshot(std::string(look.name) + "-filtered");
        }
    }
}
