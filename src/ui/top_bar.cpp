// The bar across the top: brand, breadcrumb, keyboard help, theme and language switches, log out.
// On a narrow screen the breadcrumb keeps what fits from its end, and "Log out" becomes its icon.

#include "imt_assets/embedded_assets.hpp"
#include "ui/app.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <array>
#include <cmath>

namespace imt::ui {
namespace {

constexpr float kNarrowBar = 600; // below this width, "Log out" shows as an icon only
constexpr float kCrumbGap = 14;

// The breadcrumb from `x` to `right`: the page's own name always, the parents while they fit.
void breadcrumb(Ui& ui, float x, float y, float right) {
    namespace icon = assets::icon;
    const Palette& p = ui.colours;
    const std::array<std::string_view, 3> crumbs{ui.t("app.name"), ui.t("app.section"), ui.t("list.title")};
    const float chevron = text_size(ui.fonts.body, icon::chevron_right).x + kCrumbGap * 2;
    std::size_t first = 0;
    const auto width_from = [&](std::size_t start) {
        float total = 0;
        for (std::size_t i = start; i < crumbs.size(); ++i) {
            total += text_size(i == 0 ? ui.fonts.body_strong : ui.fonts.body, crumbs[i]).x;
            total += i + 1 < crumbs.size() ? chevron : 0;
        }
        return total;
    };
    while (first + 1 < crumbs.size() && x + width_from(first) > right) {
        ++first;
    }
    ImGui::SetCursorScreenPos(ImVec2(x, y));
    for (std::size_t i = first; i < crumbs.size(); ++i) {
        if (i > first) {
            ImGui::SameLine(0, kCrumbGap);
            text(icon::chevron_right, p.text_subtle);
            ImGui::SameLine(0, kCrumbGap);
        }
        if (i == 0) {
            ImGui::PushFont(ui.fonts.body_strong);
        }
        text(crumbs[i], i == 0 || i + 1 == crumbs.size() ? p.text : p.text_muted);
        if (i == 0) {
            ImGui::PopFont();
        }
    }
}

float preference_controls_width(Ui& ui) {
    const std::string_view other_language = ui.texts.locale() == Locale::French ? "EN" : "FR";
    const ButtonOptions language_options{.icon = assets::icon::globe, .height = 32};
    return 32 + 8 + button_size(ui, other_language, language_options).x + 8 + 32;
}

} // namespace

void preference_controls(Ui& ui, ImVec2 top_right, BarRequests& asked) {
    namespace icon = assets::icon;
    const bool dark = ui.theme == Theme::Dark;
    const std::string_view other_language = ui.texts.locale() == Locale::French ? "EN" : "FR";
    const ButtonOptions language_options{
        .icon = icon::globe,
        .height = 32,
        .tooltip = ui.t(ui.texts.locale() == Locale::French ? "app.language.en" : "app.language.fr")};
    // Laid out from the right, submitted from the left: Tab follows the order the eye reads.
    const float theme_x = top_right.x - 32;
    const float language_x = theme_x - 8 - button_size(ui, other_language, language_options).x;
    const float help_x = language_x - 8 - 32;
    ImGui::SetCursorScreenPos(ImVec2(help_x, top_right.y));
    const std::string help_tooltip = ui.with_key(ui.t("shortcut.help.open"), "?");
    if (icon_button(ui, icon::keyboard, ui.t("shortcut.help.open"), "keyboard-help",
                    {.tooltip = help_tooltip})) {
        asked.show_help = true;
    }
    ImGui::SetCursorScreenPos(ImVec2(language_x, top_right.y));
    if (button(ui, other_language, "language", ButtonKind::Tertiary, language_options)) {
        asked.toggle_locale = true;
    }
    ImGui::SetCursorScreenPos(ImVec2(theme_x, top_right.y));
    if (icon_button(ui, dark ? icon::sun : icon::moon,
                    dark ? ui.t("app.theme.to_light") : ui.t("app.theme.to_dark"), "theme")) {
        asked.toggle_theme = true;
    }
}

void top_bar(Ui& ui, BarRequests& asked) {
    namespace icon = assets::icon;
    const Palette& p = ui.colours;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    constexpr float height = metrics::top_bar_height;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + height), p.surface);
    draw->AddLine(ImVec2(origin.x, origin.y + height - 1), ImVec2(origin.x + width, origin.y + height - 1),
                  p.border);
    const bool narrow = width < kNarrowBar;
    const float inset = narrow ? 12 : 20;

    // Brand mark: a rounded primary square with a key.
    const float mark = 32;
    const ImVec2 mark_min(origin.x + inset, origin.y + (height - mark) * 0.5F);
    draw->AddRectFilled(mark_min, ImVec2(mark_min.x + mark, mark_min.y + mark), p.primary, 8);
    draw_glyph(draw, ui.fonts.body, icon::key, mark_min, ImVec2(mark_min.x + mark, mark_min.y + mark),
               p.on_primary);

    // Right side: keyboard help, language, theme, log out; the breadcrumb gets what is left.
    const float y = origin.y + (height - 32) * 0.5F;
    const std::string_view sign_out = ui.t("app.sign_out");
    const ButtonOptions sign_out_options{.icon = icon::sign_out, .height = 32};
    const float sign_out_width = narrow ? 32 : button_size(ui, sign_out, sign_out_options).x;
    const float sign_out_x = origin.x + width - inset - sign_out_width;
    const float controls_left = sign_out_x - 8 - preference_controls_width(ui);
    breadcrumb(ui, mark_min.x + mark + 12, origin.y + (height - 17) * 0.5F, controls_left - 12);

    preference_controls(ui, ImVec2(sign_out_x - 8, y), asked);
    ImGui::SetCursorScreenPos(ImVec2(sign_out_x, y));
    if (narrow ? icon_button(ui, icon::sign_out, sign_out, "sign-out")
               : button(ui, sign_out, "sign-out", ButtonKind::Tertiary, sign_out_options)) {
        ui.emit(act::SignOut{});
    }
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + height));
}

} // namespace imt::ui
