// Typing during a save: the form takes no input while the PUT is on its way, and its answer never
// overwrites a draft that is no longer the one sent.

#include "page_harness.hpp"

#include <catch2/catch_test_macros.hpp>

using namespace imt;
using imt::test::PageHarness;
using imt::test::signed_in_admin;

namespace {

// The admin renames token 3 as in the recorded 037 and clicks Save.
PageHarness saving_rename() {
    PageHarness page = signed_in_admin();
    page.dispatch(act::OpenEdit{3});
    page.answer<call::LoadContentPermissions>("018");
    page.answer<call::LoadContentRoutes>("019");
    page.dispatch(act::EditName{"RO renamed"});
    page.dispatch(act::EditDescription{"new description"});
    page.dispatch(act::Save{});
    REQUIRE(page.pending<call::UpdateToken>());
    return page;
}

} // namespace

TEST_CASE("While a save is on its way the inputs are read-only and what is typed is refused") {
    PageHarness page = saving_rename();
    CHECK(form_editable(page.state)); // Save stays on screen, busy
    CHECK_FALSE(form_takes_input(page.state));
    page.dispatch(act::EditName{"typed while saving"});
    page.dispatch(act::EditDescription{"also typed"});
    page.dispatch(act::ChooseType{TokenType::FullAccess});
    CHECK(page.state.form.draft.name == "RO renamed");
    CHECK(page.state.form.draft.type == TokenType::ReadOnly);

    page.answer<call::UpdateToken>("037");
    CHECK_FALSE(page.state.form.saving);
    CHECK(form_takes_input(page.state));
    CHECK(page.state.form.draft.name == "RO renamed");
    page.dispatch(act::EditName{"typed after the save"});
    CHECK(page.state.form.draft.name == "typed after the save");
}

TEST_CASE("A save's answer keeps a draft that changed after it was sent") {
    PageHarness page = saving_rename();
    // A platform that delivered a keystroke into the draft anyway (it bypassed update()).
    page.state.form.draft.description = "newer words";
    page.answer<call::UpdateToken>("037");
    CHECK(page.state.form.draft.description == "newer words");
    CHECK(page.state.form.original->description == "new description");
}
