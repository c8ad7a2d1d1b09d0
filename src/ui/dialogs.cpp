// Confirmation dialogs (regenerate, delete, leave with an uncopied secret). Enter confirms, Esc
// cancels, and keyboard focus starts on the safe button.

#include "imt_assets/embedded_assets.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

namespace imt::ui {
namespace {

namespace icon = assets::icon;

constexpr float kDialogWidth = 460;
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
    const DialogText t = texts_for(ui, dialog);
    ImDrawList* draw = ImGui::GetWindowDrawList();

    // Title bar.
    ImGui::SetCursorPos(ImVec2(kPadding, 20));
    ImGui::PushFont(ui.fonts.heading);
    const ImVec2 title_size = text_size(ui.fonts.heading, t.title);
    ImGui::SetCursorPosX(std::max(kPadding, (kDialogWidth - title_size.x) * 0.5F));
    text(t.title, p.text);
    ImGui::PopFont();
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 12);
    const ImVec2 window = ImGui::GetWindowPos();
    const float rule_y = window.y + ImGui::GetCursorPosY();
    draw->AddLine(ImVec2(window.x, rule_y), ImVec2(window.x + kDialogWidth, rule_y), p.border);

    // Illustration, body, note.
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 24);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const ImVec2 centre(window.x + kDialogWidth * 0.5F, at.y + 24);
    draw->AddCircleFilled(centre, 24, t.tone->soft, 32);
    ImFont* font = ui.fonts.heading;
    const float size = font->FontSize * ImGui::GetIO().FontGlobalScale;
    const ImVec2 glyph = font->CalcTextSizeA(size, FLT_MAX, 0, t.illustration);
    draw->AddText(font, size,
                  ImVec2(std::round(centre.x - glyph.x * 0.5F), std::round(centre.y - glyph.y * 0.5F)),
                  t.tone->strong, t.illustration);
    ImGui::Dummy(ImVec2(0, 48 + 12));
    ImGui::PushFont(ui.fonts.body_strong);
    centred_text(ui, t.body, p.text, kDialogWidth);
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(0, 2));
    centred_text(ui, t.note, p.text_muted, kDialogWidth);
    ImGui::Dummy(ImVec2(0, 20));

    // Footer: Cancel on the left, the action on the right.
    const float footer_y = window.y + ImGui::GetCursorPosY();
    draw->AddRectFilled(ImVec2(window.x, footer_y), ImVec2(window.x + kDialogWidth, footer_y + 68),
                        p.surface_alt, 8, ImDrawFlags_RoundCornersBottom);
    draw->AddLine(ImVec2(window.x, footer_y), ImVec2(window.x + kDialogWidth, footer_y), p.border);
    ImGui::SetCursorPos(ImVec2(kPadding, ImGui::GetCursorPosY() + 16));

    const bool enter =
        ImGui::IsKeyPressed(ImGuiKey_Enter, false) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false);
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
    ImGui::SetCursorPosX(kDialogWidth - kPadding - confirm_width);
    const bool confirm = button(ui, t.confirm, "dialog-confirm", t.confirm_kind, confirm_options);
    ImGui::Dummy(ImVec2(0, 8));

    // Enter may also activate the focused Cancel button through keyboard navigation: Enter means Confirm.
    if (!dialog.busy) {
        if (confirm || enter) {
            ui.emit(act::Confirm{});
        } else if (cancel || escape) {
            ui.emit(act::Cancel{});
        }
    }
}

} // namespace

void dialogs(Ui& ui) {
    const State& s = ui.state;
    const bool show = s.dialog.has_value() && !s.session.expired;
    const bool open = ImGui::IsPopupOpen(kPopupId);
    if (show && !open) {
        ImGui::OpenPopup(kPopupId);
    }
    if (!show && !open) {
        return;
    }
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + viewport->WorkSize.x * 0.5F,
                                   viewport->WorkPos.y + viewport->WorkSize.y * 0.42F),
                            ImGuiCond_Always, ImVec2(0.5F, 0.5F));
    ImGui::SetNextWindowSize(ImVec2(kDialogWidth, 0));
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
}

} // namespace imt::ui
