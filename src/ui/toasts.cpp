// Notifications, stacked at the top centre, above the page.

#include "imt_assets/embedded_assets.hpp"
#include "ui/views.hpp"
#include "ui/widget_kit.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace imt::ui {
namespace {

namespace icon = assets::icon;

constexpr float kToastWidth = 380;
constexpr ImVec2 kPadding(16, 14);
constexpr float kCloseSize = 24;
constexpr float kLineGap = 4; // between the message and its detail

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

// One toast's content, laid out the same way for measuring and for drawing.
struct ToastLayout {
    float text_x = 0;     // where the message starts, after the icon
    float text_width = 0; // the message's wrap width, which keeps clear of the close button
    float height = 0;
};

ToastLayout layout(Ui& ui, const Notification& n) {
    ToastLayout l;
    l.text_x = kPadding.x + text_size(ui.fonts.body_strong, icon_of(n.tone)).x + 10;
    l.text_width = kToastWidth - l.text_x - kPadding.x - kCloseSize - 12;
    float content = text_size(ui.fonts.body_strong, ui.t(n.message_key), l.text_width).y;
    if (!n.detail.empty()) {
        content += kLineGap + text_size(ui.fonts.small, n.detail, l.text_width).y;
    }
    l.height = std::round(std::max(content, kCloseSize) + 2 * kPadding.y);
    return l;
}

// Each toast is a window of its own with a size known before it is drawn: a window that sizes
// itself to its content would show clipped for a frame whenever a toast comes or goes.
void toast(Ui& ui, const Notification& n, const ToastLayout& l, ImVec2 at) {
    const Palette& p = ui.colours;
    const Tone3& tone = tone_of(p, n.tone);
    const ImVec2 size(kToastWidth, l.height);
    ImGui::SetNextWindowPos(at, ImGuiCond_Always);
    ImGui::SetNextWindowSize(size, ImGuiCond_Always);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, kPadding);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, kLineGap));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoBackground |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                   ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoMove;
    const std::string name = "##toast-" + std::to_string(n.id);
    if (ImGui::Begin(name.c_str(), nullptr, flags)) {
        declare(ImGui::GetCurrentWindow()->ID, {.role = n.tone == Tone::Danger ? Role::alert : Role::status,
                                                .name = std::string(ui.t(n.message_key)),
                                                .value = n.detail});
        // The shadow reaches outside the window, so the card is drawn here rather than by ImGui.
        ImDrawList* draw = ImGui::GetWindowDrawList();
        const ImVec2 max(at.x + size.x, at.y + size.y);
        draw->PushClipRectFullScreen();
        draw->AddRectFilled(ImVec2(at.x - 1, at.y + 1), ImVec2(max.x + 1, max.y + 4),
                            with_alpha(p.shadow, 0.7F), 9);
        draw->AddRectFilled(ImVec2(at.x, at.y + 2), ImVec2(max.x, max.y + 2), p.shadow, 8);
        draw->AddRectFilled(at, max, p.surface, 6);
        draw->AddRect(at, max, tone.border, 6);
        draw->AddRectFilled(at, ImVec2(at.x + 4, max.y), tone.strong, 6, ImDrawFlags_RoundCornersLeft);
        draw->PopClipRect();

        ImGui::PushFont(ui.fonts.body_strong);
        text(icon_of(n.tone), tone.strong);
        ImGui::SameLine(l.text_x);
        text_wrapped(ui.t(n.message_key), p.text, l.text_width);
        ImGui::PopFont();
        if (!n.detail.empty()) {
            ImGui::SetCursorPosX(l.text_x);
            ImGui::PushFont(ui.fonts.small);
            text_wrapped(n.detail, p.text_muted, l.text_width);
            ImGui::PopFont();
        }
        ImGui::SetCursorPos(ImVec2(kToastWidth - kPadding.x - kCloseSize, 10));
        if (icon_button(ui, icon::close, ui.t("notification.dismiss"), "dismiss-" + std::to_string(n.id),
                        {.size = kCloseSize, .bordered = false})) {
            ui.emit(act::DismissNotification{n.id});
        }
    }
    ImGui::End();
    ImGui::PopStyleVar(2);
}

} // namespace

void toasts(Ui& ui) {
    const auto& notifications = ui.state.notifications;
    // Top centre, newest first, at most five (older ones expire on their own): clear of the page's
    // own actions, which sit at the right of its header.
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float x = std::round(viewport->WorkPos.x + (viewport->WorkSize.x - kToastWidth) * 0.5F);
    float y = viewport->WorkPos.y + 8;
    const std::size_t shown = std::min<std::size_t>(notifications.size(), 5);
    for (std::size_t i = 0; i < shown; ++i) {
        const Notification& n = notifications[notifications.size() - 1 - i];
        const ToastLayout l = layout(ui, n);
        toast(ui, n, l, ImVec2(x, y));
        y += l.height + 10;
    }
}

} // namespace imt::ui
