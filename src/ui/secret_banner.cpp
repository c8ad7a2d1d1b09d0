// The show-once banner of a token's secret. The key is only ever read through Secret::reveal() to
// draw it: no copy of it is made in UI-owned memory. Copy writes the raw key; "More formats" opens
// the other copy texts (copy_formats.cpp), which the core assembles.

#include "imt_assets/embedded_assets.hpp"
#include "ui/copy_formats.hpp"
#include "ui/views.hpp"
#include "ui/widget_kit.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace imt::ui {

void secret_banner(Ui& ui) {
    namespace icon = assets::icon;
    const SecretBanner& banner = *ui.state.banner;
    const Palette& p = ui.colours;
    Card card(ui, "secret-banner", ImVec2(24, 20), 0, p.surface, p.accent.border);
    ImDrawList* draw = ImGui::GetWindowDrawList();

    // Key tile, title and warning on the left; Copy and dismiss on the right.
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    constexpr float tile = 40;
    draw->AddRectFilled(origin, ImVec2(origin.x + tile, origin.y + tile), p.accent.soft, 6);
    draw->AddRect(origin, ImVec2(origin.x + tile, origin.y + tile), p.accent.border, 6);
    draw_glyph(draw, ui.fonts.heading, icon::key, origin, ImVec2(origin.x + tile, origin.y + tile),
               p.primary);

    const std::string copy_label = copy_button_label(ui);
    const ButtonOptions copy_options{.icon = banner.copied ? icon::check : icon::copy,
                                     .tooltip = ui.t("banner.copy_tooltip")};
    const float copy_width = button_size(ui, copy_label, copy_options).x;
    const std::string_view more_label = ui.t("banner.more_formats");
    const ButtonOptions more_options{.icon = banner.formats_open ? icon::caret_up : icon::caret_down};
    const float more_width = button_size(ui, more_label, more_options).x;
    const float actions_width = copy_width + 8 + more_width + 8 + 36;

    ImGui::SetCursorScreenPos(ImVec2(origin.x + tile + 16, origin.y - 1));
    ImGui::BeginGroup();
    ImGui::PushFont(ui.fonts.body_strong);
    text(ui.t("banner.title"), p.text);
    ImGui::PopFont();
    ImGui::PushFont(ui.fonts.small);
    text(icon::warning, p.warning.strong);
    ImGui::SameLine(0, 6);
    text_wrapped(ui.t("banner.warning"), p.warning.strong, width - tile - 16 - actions_width - 24);
    ImGui::PopFont();
    ImGui::EndGroup();

    ImGui::SetCursorScreenPos(ImVec2(origin.x + width - actions_width, origin.y + 2));
    // "###": one id whether it reads Copy or Copied, so keyboard focus stays on it after a copy.
    if (button(ui, copy_label, "#copy", banner.copied ? ButtonKind::Secondary : ButtonKind::Primary,
               copy_options)) {
        ui.emit(act::CopySecret{CopyVariant::Raw});
    }
    ImGui::SameLine(0, 8);
    if (button(ui, more_label, "more-formats", ButtonKind::Secondary, more_options)) {
        ui.emit(act::ToggleCopyFormats{});
    }
    declare_last_item({.role = Role::button,
                       .name = std::string(more_label),
                       .state = {.expandable = true, .expanded = banner.formats_open}});
    ImGui::SameLine(0, 8);
    if (icon_button(ui, icon::close, ui.t("banner.dismiss"), "dismiss-banner", {.size = 36})) {
        ui.emit(act::DismissBanner{});
    }

    // The key in a sunken box, cut into lines that fill the width (hex has no spaces to wrap at).
    ImGui::SetCursorScreenPos(ImVec2(origin.x, std::max(origin.y + tile, ImGui::GetItemRectMax().y) + 14));
    const ImVec2 box_min = ImGui::GetCursorScreenPos();
    constexpr float pad = 14;
    ImGui::PushFont(ui.fonts.mono);
    const float advance = std::max(1.0F, ImGui::CalcTextSize("0").x);
    const std::string_view key = banner.key.reveal();
    const auto per_line = static_cast<std::size_t>(std::max(8.0F, std::floor((width - pad * 2) / advance)));
    const float line_height = ImGui::GetFontSize() + 4;
    const std::size_t lines = key.empty() ? 1 : (key.size() + per_line - 1) / per_line;
    const float box_height = pad * 2 + static_cast<float>(lines) * line_height - 4;
    draw->AddRectFilled(box_min, ImVec2(box_min.x + width, box_min.y + box_height), p.surface_alt, 4);
    draw->AddRect(box_min, ImVec2(box_min.x + width, box_min.y + box_height), p.border, 4);
    for (std::size_t line = 0; line < lines; ++line) {
        const std::string_view part = key.substr(line * per_line, per_line);
        // Drawn straight from the secret's bytes; deliberately not reported to the item registry,
        // whose text log is plain memory that is never wiped.
        draw->AddText(ImVec2(box_min.x + pad, box_min.y + pad + static_cast<float>(line) * line_height),
                      p.text, part.data(), part.data() + part.size());
    }
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(width, box_height));
    if (banner.formats_open) {
        copy_formats(ui, width);
    }
}

} // namespace imt::ui
