// Permissions are read again whenever the admin behind the page may have changed, Confirm checks them
// once more, and api-tokens.access is the key to the page itself.

#include "page_harness.hpp"

#include <catch2/catch_test_macros.hpp>

using namespace imt;
using imt::test::PageHarness;
using imt::test::permissions_answer;
using imt::test::signed_in_admin;

namespace {

const char* const kReaderOnly = R"([{"id":1,"action":"admin::api-tokens.access","subject":null},
                                    {"id":2,"action":"admin::api-tokens.read","subject":null}])";

// The page of signed_in_admin(), whose session then expired for good (refresh cookie gone).
PageHarness expired_after_sign_in() {
    PageHarness page = signed_in_admin();
    page.dispatch(act::Reload{});
    page.answer<call::LoadTokens>("086");
    page.answer<call::RefreshAccessToken>("011");
    REQUIRE(page.state.session.expired);
    return page;
}

} // namespace

TEST_CASE("Signing in again from the expired-session dialog reads the permissions afresh") {
    PageHarness page = expired_after_sign_in();
    page.dispatch(act::AskDelete{8});
    REQUIRE(page.state.dialog);
    const auto before = page.calls_sent<call::LoadAdminPermissions>();

    page.dispatch(act::SignIn{"reader@example.com", Secret("Reader12345!")});
    page.answer<call::Login>("008");
    REQUIRE(page.pending<call::LoadAdminPermissions>());
    CHECK(page.calls_sent<call::LoadAdminPermissions>() == before + 1);
    page.answer_with<call::LoadAdminPermissions>(permissions_answer(kReaderOnly));

    CHECK(page.state.session.can == Capabilities{true, true, false, false, false, false});
    CHECK_FALSE(page.state.dialog); // a question this admin may not answer goes
}

TEST_CASE("A new JWT from the host after expiry reads the permissions afresh") {
    PageHarness page = expired_after_sign_in();
    page.dispatch(act::UseSession{Secret("host-jwt")});
    REQUIRE(page.pending<call::LoadAdminPermissions>());
    page.answer_with<call::LoadAdminPermissions>(permissions_answer(kReaderOnly));
    CHECK_FALSE(page.state.session.can.create);
}

TEST_CASE("Confirm checks the permissions again before it sends anything") {
    PageHarness page = signed_in_admin();
    page.dispatch(act::AskDelete{8});
    REQUIRE(page.state.dialog);
    page.state.session.can.remove = false; // read again while the dialog was open, without closing it
    page.dispatch(act::Confirm{});
    CHECK(page.calls_sent<call::DeleteToken>() == 0);
    CHECK_FALSE(page.state.dialog);
    CHECK(page.state.notifications.back().message_key == "notification.not_allowed");
}

TEST_CASE("Without api-tokens.access no other api-tokens permission opens anything") {
    PageHarness page;
    page.dispatch(act::UseSession{Secret("jwt")});
    page.answer_with<call::LoadAdminPermissions>(permissions_answer(R"([
        {"id":2,"action":"admin::api-tokens.read","subject":null},
        {"id":3,"action":"admin::api-tokens.create","subject":null},
        {"id":4,"action":"admin::api-tokens.delete","subject":null}])"));
    page.answer<call::LoadTokens>("034");
    CHECK(page.state.session.can == Capabilities{});
    page.dispatch(act::OpenCreate{});
    CHECK(page.state.view == View::List);
    page.dispatch(act::AskDelete{8});
    CHECK_FALSE(page.state.dialog);
}
