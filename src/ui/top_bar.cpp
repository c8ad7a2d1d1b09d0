// The bar across the top: brand, breadcrumb, theme and language switches, log out.

#include "imt_assets/embedded_assets.hpp"
#include "ui/app.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <cmath>

namespace imt::ui {

void preference_controls(Ui& ui, ImVec2 top_right, bool& toggle_theme, bool& toggle_locale) {
    namespace icon = assets::icon;
    const bool dark = ui.theme == Theme::Dark;
    const std::string_view other_language = ui.texts.locale() == Locale::French ? "EN" : "FR";
    float x = top_right.x - 32;
    ImGui::SetCursorScreenPos(ImVec2(x, top_right.y));
    if (icon_button(ui, dark ? icon::sun : icon::moon,
                    dark ? ui.t("app.theme.to_light") : ui.t("app.theme.to_dark"), "theme")) {
        toggle_theme = true;
    }
    const ButtonOptions language_options{
        .icon = icon::globe,
        .height = 32,
        .tooltip = ui.t(ui.texts.locale() == Locale::French ? "app.language.en" : "app.language.fr")};
    x -= button_size(ui, other_language, language_options).x + 8;
    ImGui::SetCursorScreenPos(ImVec2(x, top_right.y));
    if (button(ui, other_language, "language", ButtonKind::Tertiary, language_options)) {
        toggle_locale = true;
    }
}

void top_bar(Ui& ui, bool& toggle_theme, bool& toggle_locale) {
    namespace icon = assets::icon;
    const Palette& p = ui.colours;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    constexpr float height = metrics::top_bar_height;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + height), p.surface);
    draw->AddLine(ImVec2(origin.x, origin.y + height - 1), ImVec2(origin.x + width, origin.y + height - 1),
                  p.border);

    // Brand mark: a rounded primary square with a key.
    const float mark = 32;
    const ImVec2 mark_min(origin.x + 20, origin.y + (height - mark) * 0.5F);
    draw->AddRectFilled(mark_min, ImVec2(mark_min.x + mark, mark_min.y + mark), p.primary, 8);
    ImFont* font = ui.fonts.body;
    const float font_size = font->FontSize * ImGui::GetIO().FontGlobalScale;
    const ImVec2 glyph = font->CalcTextSizeA(font_size, FLT_MAX, 0, icon::key);
    draw->AddText(font, font_size,
                  ImVec2(std::round(mark_min.x + (mark - glyph.x) * 0.5F),
                         std::round(mark_min.y + (mark - glyph.y) * 0.5F)),
                  p.on_primary, icon::key);

    const float text_y = origin.y + (height - 17) * 0.5F;
    ImGui::SetCursorScreenPos(ImVec2(mark_min.x + mark + 12, text_y));
    ImGui::PushFont(ui.fonts.body_strong);
    text(ui.t("app.name"), p.text);
    ImGui::PopFont();
    ImGui::SameLine(0, 14);
    text(assets::icon::chevron_right, p.text_subtle);
    ImGui::SameLine(0, 14);
    text(ui.t("app.section"), p.text_muted);
    ImGui::SameLine(0, 14);
    text(assets::icon::chevron_right, p.text_subtle);
    ImGui::SameLine(0, 14);
    text(ui.t("list.title"), p.text);

    // Right side: language, theme, log out.
    const float y = origin.y + (height - 32) * 0.5F;
    float x = origin.x + width - 20;
    const std::string_view sign_out = ui.t("app.sign_out");
    const ButtonOptions sign_out_options{.icon = icon::sign_out, .height = 32};
    x -= button_size(ui, sign_out, sign_out_options).x;
    ImGui::SetCursorScreenPos(ImVec2(x, y));
    if (button(ui, sign_out, "sign-out", ButtonKind::Tertiary, sign_out_options)) {
        ui.emit(act::SignOut{});
    }
    preference_controls(ui, ImVec2(x - 8, y), toggle_theme, toggle_locale);
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + height));
}

} // namespace imt::ui
