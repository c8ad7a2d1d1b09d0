// The forms' catalogues are fetched ahead once the list is on screen, so that opening the create form
// costs a frame, not two round trips; and not before, so that they never delay the table.

#include "page_harness.hpp"

#include <catch2/catch_test_macros.hpp>

using namespace imt;
using imt::test::PageHarness;
using imt::test::signed_in_admin;

TEST_CASE("Once the list is drawn the catalogues are asked for, and the create form opens with them") {
    auto page = signed_in_admin();
    CHECK(page.calls_sent<call::LoadContentPermissions>() == 0); // nothing ahead of the table
    page.dispatch(act::ListDrawn{});
    CHECK(page.calls_sent<call::LoadContentPermissions>() == 1);
    CHECK(page.calls_sent<call::LoadContentRoutes>() == 1);
    page.answer<call::LoadContentPermissions>("018");
    page.answer<call::LoadContentRoutes>("019");
    REQUIRE(page.state.content_api.load == Load::Ready);

    const std::size_t sent_before = page.sent.size();
    page.dispatch(act::OpenCreate{});
    CHECK(page.state.view == View::Create);
    CHECK(page.sent.size() == sent_before); // the form has what it needs
    CHECK_FALSE(page.state.form.shown_permissions.empty()); // read-only's preset, from the catalogue
}

TEST_CASE("The form opened before the catalogues came waits for the same requests, not new ones") {
    auto page = signed_in_admin();
    page.dispatch(act::ListDrawn{});
    page.dispatch(act::OpenCreate{});
    CHECK(page.calls_sent<call::LoadContentPermissions>() == 1);
    CHECK(page.calls_sent<call::LoadContentRoutes>() == 1);
    page.answer<call::LoadContentPermissions>("018");
    page.answer<call::LoadContentRoutes>("019");
    CHECK(page.state.content_api.load == Load::Ready);
}

TEST_CASE("A drawn list asks for nothing before sign-in, and the catalogues only once") {
    PageHarness signed_out;
    signed_out.dispatch(act::ListDrawn{});
    CHECK(signed_out.sent.empty());

    auto page = signed_in_admin();
    page.dispatch(act::ListDrawn{});
    page.dispatch(act::ListDrawn{});
    CHECK(page.calls_sent<call::LoadContentPermissions>() == 1);
}
