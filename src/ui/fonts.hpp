#pragma once
// The fonts of the page, rasterised from the embedded Inter / DejaVu Sans Mono / Font Awesome subsets
// at the display's content scale, so text stays crisp on HiDPI screens.

#include <imgui.h>

#include <vector>

namespace imt::ui {

struct Fonts {
    ImFont* body = nullptr;        // 14 px regular, icons merged
    ImFont* body_strong = nullptr; // 14 px semibold, icons merged (names, accordion labels)
    ImFont* small = nullptr;       // 12 px regular, icons merged (hints, errors)
    ImFont* label = nullptr;       // 12 px semibold, icons merged (field labels, buttons)
    ImFont* caps = nullptr;        // 11 px semibold (table column headers, written in upper case)
    ImFont* lead = nullptr;        // 16 px regular (page subtitle)
    ImFont* heading = nullptr;     // 18 px semibold (card titles)
    ImFont* title = nullptr;       // 32 px semibold (page title)
    ImFont* mono = nullptr;        // 13 px monospace, hex digits only (the token secret)
    ImFont* icon_large = nullptr;  // 36 px icons only (empty states)

    // Clears the atlas and loads every font at `scale` device pixels per logical pixel; ImGui's
    // FontGlobalScale is set to 1/scale so sizes stay in logical pixels.
    void load(ImGuiIO& io, float scale);

private:
    std::vector<ImWchar> text_ranges_; // the atlas keeps pointers to these until it is rebuilt
    std::vector<ImWchar> mono_ranges_;
    std::vector<ImWchar> icon_ranges_;
};

} // namespace imt::ui
