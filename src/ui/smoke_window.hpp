#pragma once
// The toolchain smoke test's one window, drawn the same by the native and the web smoke apps.

#include <imgui.h>

namespace imt::ui {

// `platform` says which toolchain drew it, e.g. "native (GLFW + OpenGL 3)".
inline void smoke_window(const char* platform, int& hellos) {
    ImGui::SetNextWindowPos(ImVec2(40, 40), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(440, 190), ImGuiCond_FirstUseEver);
    ImGui::Begin("ImTokens");
    ImGui::Text("Toolchain smoke test: %s", platform);
    ImGui::Text("Dear ImGui %s", IMGUI_VERSION);
    ImGui::Separator();
    if (ImGui::Button("Say hello")) {
        ++hellos;
    }
    if (hellos > 0) {
        ImGui::SameLine();
        ImGui::Text("Hello x%d", hellos);
    }
    ImGui::End();
}

} // namespace imt::ui
