// Signing in: the login page, and the same form in a modal when the session expires mid-work
// (the page behind keeps its state). The password buffer is wiped once handed to the core.

#include "imt_assets/embedded_assets.hpp"
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

constexpr float kLoginWidth = 440;

void brand_mark(Ui& ui, ImVec2 at, float size) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(at, ImVec2(at.x + size, at.y + size), ui.colours.primary, size * 0.25F);
    draw_glyph(draw, size > 40 ? ui.fonts.heading : ui.fonts.body, icon::key, at,
               ImVec2(at.x + size, at.y + size), ui.colours.on_primary);
}

std::string sign_in_error(Ui& ui, const ApiError& error) {
    if (error.kind == ApiErrorKind::Http && (error.status == 400 || error.status == 401) &&
        !error.message.empty()) {
        return error.message == "Invalid credentials" ? std::string(ui.t("login.invalid_credentials"))
                                                      : error.message;
    }
    return error_text(ui, error);
}

// The e-mail and password fields and the Login button; returns nothing, emits SignIn.
void credentials_form(Ui& ui, EditBuffers& buffers, float width) {
    const State& s = ui.state;
    const Palette& p = ui.colours;
    const bool busy = s.session.signing_in;

    const std::string_view email_label = ui.t("login.email");
    field_label(ui, email_label, true);
    // A new window takes a frame or two to accept keyboard focus: ask until the field has it.
    if (buffers.focus_login > 0) {
        focus_next_item();
        --buffers.focus_login;
    }
    const std::string email_hint(ui.t("login.email_hint"));
    text_input(
        ui, "Email", buffers.email,
        {.name = email_label, .hint = email_hint, .width = width, .required = true, .read_only = busy});
    if (ImGui::IsItemActive()) {
        buffers.focus_login = 0;
    }
    ImGui::Dummy(ImVec2(0, 8));

    const std::string_view password_label = ui.t("login.password");
    field_label(ui, password_label, true);
    const std::string password_hint(ui.t("login.password_hint"));
    const bool entered = text_input(ui, "Password", buffers.password,
                                    {.name = password_label,
                                     .hint = password_hint,
                                     .width = width,
                                     .required = true,
                                     .read_only = busy,
                                     .password = !buffers.show_password,
                                     .enter_returns = true,
                                     .overlapped = true});
    {
        const ImVec2 min = ImGui::GetItemRectMin();
        const ImVec2 max = ImGui::GetItemRectMax();
        const ImVec2 back = ImGui::GetCursorScreenPos();
        ImGui::SetCursorScreenPos(ImVec2(max.x - 36, min.y + (max.y - min.y - 32) * 0.5F));
        const std::string_view toggle =
            buffers.show_password ? ui.t("login.hide_password") : ui.t("login.show_password");
        if (icon_button(ui, buffers.show_password ? icon::eye_slash : icon::eye, toggle, "toggle-password",
                        {.size = 32, .bordered = false})) {
            buffers.show_password = !buffers.show_password;
        }
        ImGui::SetCursorScreenPos(back);
    }
    if (s.session.sign_in_error) {
        ImGui::Dummy(ImVec2(0, 2));
        field_message(ui, sign_in_error(ui, *s.session.sign_in_error), p.danger.strong,
                      icon::exclamation_circle);
    }
    ImGui::Dummy(ImVec2(0, 14));
    const bool ready = !buffers.email.empty() && !buffers.password.empty();
    const std::string_view label = busy ? ui.t("login.signing_in") : ui.t("login.submit");
    const bool clicked = button(
        ui, label, "login", ButtonKind::Primary,
        {.icon = icon::sign_in, .disabled = !ready && !busy, .busy = busy, .width = width, .height = 40});
    if ((clicked || (entered && ready)) && !busy && ready) {
        ui.emit(act::SignIn{buffers.email, Secret(buffers.password)});
        wipe(buffers.password);
        forget_text_edits();
    }
}

} // namespace

void login_view(Ui& ui, EditBuffers& buffers) {
    const Palette& p = ui.colours;
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float card_height = 470;
    const float card_width = std::min(kLoginWidth, avail.x - 16);
    const float x = std::max(8.0F, (avail.x - card_width) * 0.5F);
    const float y = std::max(24.0F, (avail.y - card_height) * 0.42F);
    ImGui::SetCursorPos(ImVec2(x, y));
    ImGui::BeginGroup();
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(8, 8));
    {
        const float card_padding = card_width < kLoginWidth ? 20.0F : 40.0F;
        Card card(ui, "login", ImVec2(card_padding, 40), 0, 0, 0, card_width);
        const float width = ImGui::GetContentRegionAvail().x;
        const ImVec2 at = ImGui::GetCursorScreenPos();
        brand_mark(ui, ImVec2(at.x + (width - 56) * 0.5F, at.y), 56);
        ImGui::Dummy(ImVec2(0, 56 + 16));
        ImGui::PushFont(ui.fonts.heading);
        const std::string_view title = ui.t("login.title");
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (width - text_size(ui.fonts.heading, title).x) * 0.5F);
        text(title, p.text);
        declare_heading(title, 1);
        ImGui::PopFont();
        const std::string_view subtitle = ui.t("login.subtitle");
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (width - text_size(ui.fonts.body, subtitle).x) * 0.5F);
        text(subtitle, p.text_muted);
        ImGui::Dummy(ImVec2(0, 20));
        credentials_form(ui, buffers, width);
    }
    ImGui::PopStyleVar();
    ImGui::EndGroup();
}

void session_expired_modal(Ui& ui, EditBuffers& buffers, ModalFocus& focus) {
    constexpr const char* id = "##session-expired";
    const bool expired = ui.state.session.signed_in && ui.state.session.expired;
    const bool open = ImGui::IsPopupOpen(id);
    if (expired && !open) {
        focus.session.remember();
        ImGui::OpenPopup(id);
        buffers.focus_login = 10;
    }
    if (!expired && !open) {
        return;
    }
    const float width = std::min(kLoginWidth, ImGui::GetMainViewport()->WorkSize.x - 16);
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + viewport->WorkSize.x * 0.5F,
                                   viewport->WorkPos.y + viewport->WorkSize.y * 0.45F),
                            ImGuiCond_Always, ImVec2(0.5F, 0.5F));
    ImGui::SetNextWindowSize(ImVec2(width, 0));
    const float padding = width < kLoginWidth ? 16.0F : 36.0F;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(padding, 32));
    ImGui::PushStyleVar(ImGuiStyleVar_PopupRounding, 8);
    ImGui::PushStyleColor(ImGuiCol_PopupBg, ui.colours.surface);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize |
                                   ImGuiWindowFlags_NoMove | ImGuiWindowFlags_AlwaysAutoResize |
                                   ImGuiWindowFlags_NoSavedSettings;
    if (ImGui::BeginPopupModal(id, nullptr, flags)) {
        if (!expired) {
            ImGui::CloseCurrentPopup();
        } else {
            declare(ImGui::GetCurrentWindow()->ID,
                    {.role = Role::dialog, .name = std::string(ui.t("session.expired.title"))});
            const float inner = width - padding * 2;
            ImGui::PushFont(ui.fonts.heading);
            text(assets::icon::clock, ui.colours.warning.strong);
            ImGui::SameLine(0, 10);
            text(ui.t("session.expired.title"), ui.colours.text);
            ImGui::PopFont();
            text_wrapped(ui.t("session.expired.body"), ui.colours.text_muted, inner);
            ImGui::Dummy(ImVec2(0, 12));
            credentials_form(ui, buffers, inner);
        }
        ImGui::EndPopup();
    }
    ImGui::PopStyleColor();
    ImGui::PopStyleVar(2);
    if (!expired) {
        focus.session.restore();
    }
}

} // namespace imt::ui
