// Notifications, stacked in the top-right corner above the page.

#include "imt_assets/embedded_assets.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace imt::ui {
namespace {

namespace icon = assets::icon;

constexpr float kToastWidth = 380;

const Tone3& tone_of(const Palette& p, Tone tone) {
    switch (tone) {
    case Tone::Success:
        return p.success;
    case Tone::Danger:
        return p.danger;
    case Tone::Info:
        return p.info;
    }
    return p.info;
}

const char* icon_of(Tone tone) {
    switch (tone) {
    case Tone::Success:
        return icon::check_circle;
    case Tone::Danger:
        return icon::exclamation_circle;
    case Tone::Info:
        return icon::info_circle;
    }
    return icon::info_circle;
}

void toast(Ui& ui, const Notification& n) {
    const Palette& p = ui.colours;
    const Tone3& tone = tone_of(p, n.tone);
    ImGui::PushID(static_cast<int>(n.id));
    // The child's background lands in this window's draw list: keep the shadow on a channel below.
    ImDrawList* parent_draw = ImGui::GetWindowDrawList();
    ImDrawListSplitter splitter;
    splitter.Split(parent_draw, 2);
    splitter.SetCurrentChannel(parent_draw, 1);
    ImGui::PushStyleColor(ImGuiCol_ChildBg, p.surface);
    ImGui::PushStyleColor(ImGuiCol_Border, tone.border);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(16, 14));
    ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 6);
    ImGui::PushStyleVar(ImGuiStyleVar_ChildBorderSize, 1);
    ImGui::BeginChild(
        "toast", ImVec2(kToastWidth, 0),
        ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding | ImGuiChildFlags_Border,
        ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoNav);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 window = ImGui::GetWindowPos();
    const ImVec2 size = ImGui::GetWindowSize();
    draw->AddRectFilled(window, ImVec2(window.x + 4, window.y + size.y), tone.strong, 6,
                        ImDrawFlags_RoundCornersLeft);

    ImGui::PushFont(ui.fonts.body_strong);
    text(icon_of(n.tone), tone.strong);
    ImGui::SameLine(0, 10);
    const float text_x = ImGui::GetCursorPosX();
    text_wrapped(ui.t(n.message_key), p.text, kToastWidth - text_x - 16 - 36);
    ImGui::PopFont();
    if (!n.detail.empty()) {
        ImGui::SetCursorPosX(text_x);
        ImGui::PushFont(ui.fonts.small);
        text_wrapped(n.detail, p.text_muted, kToastWidth - text_x - 16 - 36);
        ImGui::PopFont();
    }
    ImGui::SetCursorPos(ImVec2(kToastWidth - 16 - 24, 10));
    if (icon_button(ui, icon::close, ui.t("notification.dismiss"), "dismiss-" + std::to_string(n.id),
                    {.size = 24, .bordered = false})) {
        ui.emit(act::DismissNotification{n.id});
    }
    ImGui::EndChild();
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    splitter.SetCurrentChannel(parent_draw, 0);
    parent_draw->AddRectFilled(ImVec2(min.x - 1, min.y + 1), ImVec2(max.x + 1, max.y + 4),
                               with_alpha(p.shadow, 0.7F), 9);
    parent_draw->AddRectFilled(ImVec2(min.x, min.y + 2), ImVec2(max.x, max.y + 2), p.shadow, 8);
    splitter.Merge(parent_draw);
    ImGui::PopStyleVar(3);
    ImGui::PopStyleColor(2);
    ImGui::PopID();
}

} // namespace

void toasts(Ui& ui) {
    const auto& notifications = ui.state.notifications;
    if (notifications.empty()) {
        return;
    }
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float top = ui.state.session.signed_in ? metrics::top_bar_height + 16 : 16;
    ImGui::SetNextWindowPos(
        ImVec2(viewport->WorkPos.x + viewport->WorkSize.x - 24, viewport->WorkPos.y + top), ImGuiCond_Always,
        ImVec2(1, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(4, 4));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 10));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                   ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoBackground;
    if (ImGui::Begin("##toasts", nullptr, flags)) {
        // Newest on top, at most five: older ones expire on their own.
        const std::size_t shown = std::min<std::size_t>(notifications.size(), 5);
        for (std::size_t i = 0; i < shown; ++i) {
            toast(ui, notifications[notifications.size() - 1 - i]);
        }
    }
    ImGui::End();
    ImGui::PopStyleVar(2);
}

} // namespace imt::ui
