// Confirmation dialogs (regenerate, delete, leave with an uncopied secret). Keyboard focus starts
// on the safe button and stays in the dialog (a modal: Tab cycles its two buttons); Esc cancels.
// Enter presses the button whose focus ring shows, or confirms when no ring shows (the dialog was
// opened with the mouse). On closing, focus goes back to the control that opened the dialog, or,
// when that was a deleted row's button, to the row that took its place.

#include "imt_assets/embedded_assets.hpp"
#include "ui/keyboard.hpp"
#include "ui/views.hpp"
#include "ui/widget_kit.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

namespace imt::ui {
namespace {

namespace icon = assets::icon;

constexpr float kMaxWidth = 460;
constexpr float kPadding = 24;
constexpr const char* kPopupId = "##dialog";

struct DialogText {
    std::string title;
    std::string body;
    std::string note;
    std::string confirm;
    const char* confirm_icon;
    ButtonKind confirm_kind;
    const char* illustration;
    const Tone3* tone;
};

// As wide as the design asks, narrower on a small screen.
float dialog_width() {
    return std::min(kMaxWidth, ImGui::GetMainViewport()->WorkSize.x - 16);
}

DialogText texts_for(Ui& ui, const Dialog& dialog) {
    const Palette& p = ui.colours;
    switch (dialog.kind) {
    case DialogKind::Regenerate:
        return {std::string(ui.t("dialog.regenerate.title")),
                std::string(ui.t("dialog.regenerate.body")),
                std::string(ui.t("dialog.regenerate.note")),
                std::string(ui.t("dialog.regenerate.confirm")),
                icon::refresh,
                ButtonKind::Primary,
                icon::refresh,
                &p.accent};
    case DialogKind::Delete:
        return {std::string(ui.t("dialog.delete.title")),
                ui.tf("dialog.delete.body", {{"name", dialog.token_name}}),
                std::string(ui.t("dialog.delete.note")),
                std::string(ui.t("dialog.confirm")),
                icon::trash,
                ButtonKind::DangerLight,
                icon::warning,
                &p.danger};
    case DialogKind::LeaveUncopiedSecret:
        return {std::string(ui.t("dialog.leave.title")),
                std::string(ui.t("dialog.leave.body")),
                std::string(ui.t("banner.warning")),
                std::string(ui.t("dialog.leave.confirm")),
                icon::sign_out,
                ButtonKind::DangerLight,
                icon::key,
                &p.warning};
    }
    return {};
}

void centred_text(Ui& ui, std::string_view value, ImU32 colour, float width) {
    const float wrap = width - kPadding * 2;
    const ImVec2 size = ImGui::CalcTextSize(value.data(), value.data() + value.size(), false, wrap);
    ImGui::SetCursorPosX(kPadding + std::max(0.0F, (wrap - size.x) * 0.5F));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap);
    text(value, colour);
    ImGui::PopTextWrapPos();
    (void)ui;
}

void dialog_body(Ui& ui, const Dialog& dialog) {
    const Palette& p = ui.colours;
    const float width = dialog_width();
    const DialogText t = texts_for(ui, dialog);
    declare(ImGui::GetCurrentWindow()->ID, {.role = Role::dialog, .name = t.title, .value = t.body});
    ImDrawList* draw = ImGui::GetWindowDrawList();

    // Title bar.
    ImGui::SetCursorPos(ImVec2(kPadding, 20));
    ImGui::PushFont(ui.fonts.heading);
    const ImVec2 title_size = text_size(ui.fonts.heading, t.title);
    ImGui::SetCursorPosX(std::max(kPadding, (width - title_size.x) * 0.5F));
    text(t.title, p.text);
    ImGui::PopFont();
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 12);
    const ImVec2 window = ImGui::GetWindowPos();
    const float rule_y = window.y + ImGui::GetCursorPosY();
    draw->AddLine(ImVec2(window.x, rule_y), ImVec2(window.x + width, rule_y), p.border);

    // Illustration, body, note.
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 24);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const ImVec2 centre(window.x + width * 0.5F, at.y + 24);
    draw->AddCircleFilled(centre, 24, t.tone->soft, 32);
    draw_glyph(draw, ui.fonts.heading, t.illustration, centre, centre, t.tone->strong);
    ImGui::Dummy(ImVec2(0, 48 + 12));
    ImGui::PushFont(ui.fonts.body_strong);
    centred_text(ui, t.body, p.text, width);
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(0, 2));
    centred_text(ui, t.note, p.text_muted, width);
    ImGui::Dummy(ImVec2(0, 20));

    // Footer: Cancel on the left, the action on the right.
    const float footer_y = window.y + ImGui::GetCursorPosY();
    draw->AddRectFilled(ImVec2(window.x, footer_y), ImVec2(window.x + width, footer_y + 68), p.surface_alt, 8,
                        ImDrawFlags_RoundCornersBottom);
    draw->AddLine(ImVec2(window.x, footer_y), ImVec2(window.x + width, footer_y), p.border);
    ImGui::SetCursorPos(ImVec2(kPadding, ImGui::GetCursorPosY() + 16));

    // With a ring on a button, Enter is that button's (ImGui's navigation presses it).
    const bool enter =
        (ImGui::IsKeyPressed(ImGuiKey_Enter, false) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false)) &&
        !focus_visible();
    const bool escape = ImGui::IsKeyPressed(ImGuiKey_Escape, false);
    if (ImGui::IsWindowAppearing()) {
        focus_next_item();
    }
    const std::string keys(ui.t("dialog.keys"));
    const bool cancel = button(ui, ui.t("dialog.cancel"), "dialog-cancel", ButtonKind::Tertiary,
                               {.disabled = dialog.busy, .tooltip = keys});
    const ButtonOptions confirm_options{.icon = t.confirm_icon, .busy = dialog.busy, .tooltip = keys};
    const float confirm_width = button_size(ui, t.confirm, confirm_options).x;
    ImGui::SameLine();
    ImGui::SetCursorPosX(width - kPadding - confirm_width);
    const bool confirm = button(ui, t.confirm, "dialog-confirm", t.confirm_kind, confirm_options);
    ImGui::Dummy(ImVec2(0, 8));

    if (!dialog.busy) {
        if (confirm || enter) {
            ui.emit(act::Confirm{});
        } else if (cancel || escape) {
            ui.emit(act::Cancel{});
        }
    }
}

// On closing: back to the opener, or to the row now where the deleted one was.
void give_focus_back(Ui& ui, ModalFocus& focus) {
    const State& s = ui.state;
    const bool row_gone = focus.dialog_token && std::none_of(s.list.tokens.begin(), s.list.tokens.end(),
                                                             [&](const ApiToken& token) {
                                                                 return token.id == *focus.dialog_token;
                                                             });
    if (row_gone && s.view == View::List && !s.list.rows.empty()) {
        focus.focus_row = std::min(focus.dialog_row, s.list.rows.size() - 1);
        focus.focus_row_visible = focus.dialog.was_visible();
        focus.dialog.forget();
    } else {
        focus.dialog.restore();
    }
    focus.dialog_token.reset();
}

void remember_opener(Ui& ui, ModalFocus& focus) {
    const State& s = ui.state;
    focus.dialog.remember();
    focus.dialog_token = s.dialog->token_id;
    focus.dialog_row = 0;
    for (std::size_t row = 0; row < s.list.rows.size(); ++row) {
        if (s.list.tokens[s.list.rows[row]].id == s.dialog->token_id) {
            focus.dialog_row = row;
        }
    }
}

} // namespace

void dialogs(Ui& ui, ModalFocus& focus) {
    const State& s = ui.state;
    const bool show = s.dialog.has_value() && !s.session.expired;
    const bool open = ImGui::IsPopupOpen(kPopupId);
    if (show && !open) {
        remember_opener(ui, focus);
        ImGui::OpenPopup(kPopupId);
    }
    if (!show && !open) {
        return;
    }
    const float width = dialog_width();
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + viewport->WorkSize.x * 0.5F,
                                   viewport->WorkPos.y + viewport->WorkSize.y * 0.42F),
                            ImGuiCond_Always, ImVec2(0.5F, 0.5F));
    ImGui::SetNextWindowSize(ImVec2(width, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_PopupRounding, 8);
    ImGui::PushStyleVar(ImGuiStyleVar_PopupBorderSize, ui.theme == Theme::Dark ? 1.0F : 0.0F);
    ImGui::PushStyleColor(ImGuiCol_PopupBg, ui.colours.surface);
    ImGui::PushStyleColor(ImGuiCol_Border, ui.colours.border);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize |
                                   ImGuiWindowFlags_NoMove | ImGuiWindowFlags_AlwaysAutoResize |
                                   ImGuiWindowFlags_NoSavedSettings;
    if (ImGui::BeginPopupModal(kPopupId, nullptr, flags)) {
        if (show) {
            dialog_body(ui, *s.dialog);
        } else {
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
    ImGui::PopStyleColor(2);
    ImGui::PopStyleVar(3);
    if (!show) {
        give_focus_back(ui, focus);
    }
}

} // namespace imt::ui
