// Reduced motion (the web layer sets it from prefers-reduced-motion): nothing on the page moves,
// so nothing keeps the loop drawing; the words beside a spinner still say what is going on.

#include "ui/ui_test_support.hpp"

#include <catch2/catch_test_macros.hpp>

using namespace imt;
using namespace imt::test;

TEST_CASE("With reduced motion the loading spinner stands still", "[motion]") {
    Driver driver(driver_options());
    driver.dispatch(act::UseSession{Secret("jwt")});
    driver.answer_with(200, permissions_body(all_grants()));
    CHECK(driver.shows("Loading API Tokens"));
    CHECK(driver.app().animating());

    driver.app().set_reduced_motion(true);
    driver.frames(2);
    CHECK(driver.app().reduced_motion());
    CHECK(driver.shows("Loading API Tokens"));
    CHECK_FALSE(driver.app().animating());

    driver.app().set_reduced_motion(false);
    driver.frames(2);
    CHECK(driver.app().animating());
}

TEST_CASE("The high-contrast palette is chosen through the app and restyles ImGui", "[motion]") {
    Driver driver(driver_options());
    sign_in(driver);
    const ImVec4 standard_border = ImGui::GetStyle().Colors[ImGuiCol_Border];
    driver.app().set_contrast(ui::Contrast::High);
    driver.frames(2);
    CHECK(driver.app().contrast() == ui::Contrast::High);
    const ImVec4 high_border = ImGui::GetStyle().Colors[ImGuiCol_Border];
    // The input frames are darker on white: easier to see.
    CHECK(high_border.x < standard_border.x);
    CHECK(driver.shows("Full Access"));
    driver.app().set_contrast(ui::Contrast::Standard);
    CHECK(ImGui::GetStyle().Colors[ImGuiCol_Border].x == standard_border.x);
}
