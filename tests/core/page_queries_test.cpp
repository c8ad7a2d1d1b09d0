// The questions about the page that the core, the UI and the platforms share: when it has settled and
// whether its form takes input.

#include "page_harness.hpp"

#include <catch2/catch_test_macros.hpp>

using namespace imt;
using imt::test::PageHarness;
using imt::test::signed_in_admin;

TEST_CASE("The page settles once every answer it asked for is in") {
    PageHarness page;
    CHECK(settled(page.state));
    page.dispatch(act::UseSession{Secret("admin-jwt")});
    CHECK_FALSE(settled(page.state));
    page.answer<call::LoadAdminPermissions>("014");
    CHECK_FALSE(settled(page.state)); // the list is still on its way
    page.answer<call::LoadTokens>("034");
    CHECK(settled(page.state));

    page.dispatch(act::OpenCreate{});
    CHECK_FALSE(settled(page.state));
    page.answer<call::LoadContentPermissions>("018");
    CHECK_FALSE(settled(page.state));
    page.answer<call::LoadContentRoutes>("019");
    CHECK(settled(page.state));
}

TEST_CASE("A sign-in, or a session being renewed, keeps the page unsettled until it is decided") {
    PageHarness page;
    page.dispatch(act::ResumeSession{});
    CHECK_FALSE(settled(page.state));
    page.answer<call::RefreshAccessToken>("011");
    CHECK(settled(page.state));

    auto admin = signed_in_admin();
    admin.dispatch(act::Reload{});
    admin.answer<call::LoadTokens>("087"); // 401: the read waits while the session is renewed
    CHECK(admin.state.in_flight.size() == 1);
    CHECK_FALSE(settled(admin.state));
    admin.answer<call::RefreshAccessToken>("010");
    admin.answer<call::LoadTokens>("034");
    CHECK(settled(admin.state));
}

TEST_CASE("An expired session has settled: it waits for the admin, not for the backend") {
    auto page = imt::test::expired_session();
    REQUIRE(page.state.session.expired);
    CHECK(page.state.session.permissions == Load::Loading); // held back until a new session
    CHECK(settled(page.state));
}

TEST_CASE("The form takes input with the permission for what it does: create or update") {
    HttpResponse creator;
    creator.status = 200;
    creator.content_type = "application/json";
    creator.body = R"({"data":[{"id":1,"action":"admin::api-tokens.access","subject":null},
                           {"id":2,"action":"admin::api-tokens.read","subject":null},
                           {"id":3,"action":"admin::api-tokens.create","subject":null}]})";
    PageHarness page;
    page.dispatch(act::UseSession{Secret("creator-jwt")});
    page.answer_with<call::LoadAdminPermissions>(creator);
    page.answer<call::LoadTokens>("034");
    CHECK_FALSE(form_editable(page.state)); // the list has no form

    page.dispatch(act::OpenCreate{});
    CHECK(form_editable(page.state));

    page.dispatch(act::OpenEdit{3});
    REQUIRE(page.state.view == View::Edit);
    CHECK_FALSE(form_editable(page.state)); // no api-tokens.update
    page.dispatch(act::EditName{"not allowed"});
    CHECK(page.state.form.draft.name != "not allowed");
}
