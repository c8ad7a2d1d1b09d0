#include "page_harness.hpp"

namespace imt::test {

void PageHarness::dispatch(Action action) {
    Step step = update(std::move(state), std::move(action));
    state = std::move(step.state);
    for (auto& effect : step.effects) {
        if (auto* call = std::get_if<ApiCall>(&effect))
            sent.push_back(*call);
        if (auto* copy = std::get_if<CopyToClipboard>(&effect))
            clipboard.push_back(*copy);
        if (auto* event = std::get_if<HostEvent>(&effect))
            host_events.push_back(*event);
        if (auto* file = std::get_if<SaveFile>(&effect))
            files.push_back(*file);
    }
}

PageHarness signed_in_admin(std::string_view list_stem) {
    PageHarness page;
    page.dispatch(act::Tick{Timestamp{1795815500000}}); // 2026-11-27T21:38:20Z, just after the recording
    page.dispatch(act::UseSession{Secret("admin-jwt")});
    page.answer<call::LoadAdminPermissions>("014");
    page.answer<call::LoadTokens>(list_stem);
    return page;
}

PageHarness expired_session() {
    PageHarness page;
    page.dispatch(act::UseSession{Secret("stale-jwt")});
    page.answer<call::LoadAdminPermissions>("087");
    page.answer<call::LoadTokens>("087");
    page.answer<call::RefreshAccessToken>("011");
    return page;
}

HttpResponse permissions_answer(std::string_view grants_json) {
    HttpResponse response;
    response.status = 200;
    response.content_type = "application/json";
    response.body = std::string(R"({"data":)") + std::string(grants_json) + "}";
    return response;
}

} // namespace imt::test
