#include "ui/keyboard.hpp"

#include <imgui_internal.h>

namespace imt::ui {

PageKeys read_page_keys(bool enabled) {
    PageKeys keys;
    ImGuiIO& io = ImGui::GetIO();
    if (!enabled || io.WantTextInput || io.KeyCtrl || io.KeyAlt || io.KeySuper ||
        ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId)) {
        return keys;
    }
    // Characters, not keys: "?" and "/" sit on different keys from one keyboard layout to the next.
    ImVector<ImWchar>& typed = io.InputQueueCharacters;
    for (int i = 0; i < typed.Size;) {
        bool used = true;
        switch (typed[i]) {
        case '/':
            keys.focus_search = true;
            break;
        case 'n':
        case 'N':
            keys.new_token = true;
            break;
        case '?':
            keys.show_help = true;
            break;
        default:
            used = false;
        }
        if (used) {
            typed.erase(typed.Data + i);
        } else {
            ++i;
        }
    }
    return keys;
}

bool focus_visible() {
    const ImGuiContext& g = *GImGui;
    return g.NavId != 0 && !g.NavDisableHighlight;
}

void FocusReturn::remember() {
    const ImGuiContext& g = *GImGui;
    id_ = g.NavId;
    window_ = g.NavWindow;
    visible_ = focus_visible();
}

void FocusReturn::restore() {
    if (id_ == 0 || window_ == nullptr) {
        id_ = 0;
        return;
    }
    ImGuiContext& g = *GImGui;
    // The popup's closing handed focus to the window under it; the control itself is named here.
    ImGui::FocusWindow(window_->RootWindow);
    ImGui::SetFocusID(id_, window_);
    g.NavDisableHighlight = !visible_;
    g.NavDisableMouseHover = visible_;
    // It was drawn this frame, before the dialog: drop_lost_focus() must not let it go.
    g.NavIdIsAlive = true;
    id_ = 0;
}

void drop_lost_focus() {
    ImGuiContext& g = *GImGui;
    if (g.NavId != 0 && !g.NavIdIsAlive && g.ActiveId == 0 && !g.NavMoveSubmitted) {
        g.NavId = 0;
    }
    // With nothing focused but the ring "on" (Esc in a popup leaves it so), ImGui 1.90.1 tabs
    // from a control it never finds. With the ring off, Tab starts at the first control.
    if (g.NavId == 0 && !g.NavMoveSubmitted) {
        g.NavDisableHighlight = true;
    }
}

void focus_last_item(bool visible) {
    ImGuiContext& g = *GImGui;
    ImGui::SetFocusID(g.LastItemData.ID, g.CurrentWindow);
    g.NavIdIsAlive = true;
    g.NavDisableHighlight = !visible;
    g.NavDisableMouseHover = visible;
    if (visible) {
        ImGui::ScrollToRectEx(g.CurrentWindow, g.LastItemData.NavRect, ImGuiScrollFlags_KeepVisibleEdgeY);
    }
}

} // namespace imt::ui
