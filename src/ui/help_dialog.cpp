// The keyboard-help dialog ("?"): every shortcut of the page, and the switch that turns the
// single-key ones off (WCAG 2.1.4). The setting lives in the App, in memory only.

#include "ui/views.hpp"
#include "ui/widget_kit.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <array>

namespace imt::ui {
namespace {

constexpr const char* kPopupId = "##keyboard-help";
constexpr float kWidth = 520;
constexpr float kPadding = 24;

struct ShortcutLine {
    std::string keys;
    std::string_view what;
};

void shortcut_table(Ui& ui, float width) {
    const std::array<ShortcutLine, 8> lines{{
        {"/", ui.t("shortcut.help.search")},
        {"n", ui.t("shortcut.help.new")},
        {"?", ui.t("shortcut.help.help")},
        {ui.shortcut('S'), ui.t("shortcut.help.save")},
        {std::string(ui.t("shortcut.keys.escape")), ui.t("shortcut.help.escape")},
        {std::string(ui.t("shortcut.keys.tab")), ui.t("shortcut.help.tab")},
        {std::string(ui.t("shortcut.keys.activate")), ui.t("shortcut.help.activate")},
        {std::string(ui.t("shortcut.keys.arrows")), ui.t("shortcut.help.arrows")},
    }};
    const Palette& p = ui.colours;
    const float keys_width = std::min(140.0F, width * 0.4F);
    for (const ShortcutLine& line : lines) {
        const float y = ImGui::GetCursorPosY();
        const float x = ImGui::GetCursorPosX();
        ImGui::PushFont(ui.fonts.mono);
        text_wrapped(line.keys, p.text, keys_width - 8);
        ImGui::PopFont();
        const float after_keys = ImGui::GetCursorPosY();
        ImGui::SetCursorPos(ImVec2(x + keys_width, y));
        text_wrapped(line.what, p.text_muted, width - keys_width);
        ImGui::SetCursorPosY(std::max(after_keys, ImGui::GetCursorPosY()) + 4);
        ImGui::SetCursorPosX(x);
    }
}

} // namespace

void keyboard_help(Ui& ui, ModalFocus& focus, bool& single_key_shortcuts) {
    if (focus.open_help && !focus.help_open && !ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId)) {
        focus.help.remember();
        ImGui::OpenPopup(kPopupId);
        focus.help_open = true;
    }
    if (!focus.help_open) {
        return;
    }
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float width = std::min(kWidth, viewport->WorkSize.x - 16);
    ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + viewport->WorkSize.x * 0.5F,
                                   viewport->WorkPos.y + viewport->WorkSize.y * 0.45F),
                            ImGuiCond_Always, ImVec2(0.5F, 0.5F));
    ImGui::SetNextWindowSize(ImVec2(width, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(kPadding, kPadding));
    ImGui::PushStyleVar(ImGuiStyleVar_PopupRounding, 8);
    ImGui::PushStyleColor(ImGuiCol_PopupBg, ui.colours.surface);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize |
                                   ImGuiWindowFlags_NoMove | ImGuiWindowFlags_AlwaysAutoResize |
                                   ImGuiWindowFlags_NoSavedSettings;
    bool closed = false;
    if (ImGui::BeginPopupModal(kPopupId, nullptr, flags)) {
        const std::string title(ui.t("shortcut.help.title"));
        declare(ImGui::GetCurrentWindow()->ID, {.role = Role::dialog, .name = title});
        const float inner = width - kPadding * 2;
        ImGui::PushFont(ui.fonts.heading);
        text(title, ui.colours.text);
        ImGui::PopFont();
        text_wrapped(ui.t("shortcut.help.intro"), ui.colours.text_muted, inner);
        ImGui::Dummy(ImVec2(0, 8));
        shortcut_table(ui, inner);
        ImGui::Dummy(ImVec2(0, 8));
        if (checkbox(ui, ui.t("shortcut.help.single_keys"), "single-keys", single_key_shortcuts, false,
                     true)) {
            single_key_shortcuts = !single_key_shortcuts;
        }
        ImGui::Dummy(ImVec2(0, 8));
        const std::string_view close_label = ui.t("shortcut.help.close");
        align_right(button_size(ui, close_label).x);
        if (ImGui::IsWindowAppearing()) {
            focus_next_item();
        }
        closed = button(ui, close_label, "help-close", ButtonKind::Tertiary);
        closed = closed || ImGui::IsKeyPressed(ImGuiKey_Escape, false);
        if (closed) {
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    } else {
        closed = true; // closed by ImGui itself
    }
    ImGui::PopStyleColor();
    ImGui::PopStyleVar(2);
    if (closed) {
        focus.help_open = false;
        focus.help.restore();
    }
}

} // namespace imt::ui
