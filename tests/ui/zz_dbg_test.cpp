#include <catch2/catch_test_macros.hpp>
#include <imgui_internal.h>
#include <cstdio>
#include "ui/ui_test_support.hpp"
using namespace imt; using namespace imt::uitest;
TEST_CASE("dbg card2") {
    Driver driver(driver_options());
    sign_in(driver);
    for (int i = 0; i < 3; ++i) {
    ImGui::NewFrame();
    ImGui::Begin("X");
    ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(255,255,255,255));
    ImGui::BeginChild("c", ImVec2(100,100), ImGuiChildFlags_Border);
    ImGuiWindow* w = ImGui::GetCurrentWindow();
    std::printf("vtx=%d collapsed=%d hidden=%d skip=%d size=%f %f col=%08x flags=%x dl=%p parentdl=%p\n", w->DrawList->VtxBuffer.Size, w->Collapsed, w->HiddenFramesCanSkipItems, w->SkipItems, w->Size.x, w->Size.y, ImGui::GetColorU32(ImGuiCol_ChildBg), w->Flags, (void*)w->DrawList, (void*)w->ParentWindow->DrawList);
    ImGui::EndChild(); ImGui::PopStyleColor(); ImGui::End(); ImGui::Render();
    }
}
