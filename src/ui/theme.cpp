#include "ui/theme.hpp"

#include "ui/app.hpp"

#include <algorithm>

namespace imt::ui {
namespace {

// 0xRRGGBB as written in design tokens, opaque.
constexpr ImU32 rgb(unsigned hex) {
    return IM_COL32((hex >> 16) & 0xFF, (hex >> 8) & 0xFF, hex & 0xFF, 0xFF);
}
constexpr ImU32 rgba(unsigned hex, unsigned alpha) {
    return IM_COL32((hex >> 16) & 0xFF, (hex >> 8) & 0xFF, hex & 0xFF, alpha);
}

const Palette light{
    .page = rgb(0xF6F6F9),
    .surface = rgb(0xFFFFFF),
    .surface_alt = rgb(0xF6F6F9),
    .sunken = rgb(0xEAEAEF),
    .border = rgb(0xEAEAEF),
    .border_strong = rgb(0xDCDCE4),
    .text = rgb(0x32324D),
    .text_muted = rgb(0x666687),
    .text_subtle = rgb(0x8E8EA9),
    .primary = rgb(0x4945FF),
    .primary_hover = rgb(0x7B79FF),
    .primary_active = rgb(0x271FE0),
    .on_primary = rgb(0xFFFFFF),
    .row_hover = rgb(0xF6F6FF),
    .shadow = rgba(0x212134, 0x14),
    .overlay = rgba(0x212134, 0x80),
    .accent = {rgb(0xF0F0FF), rgb(0xD9D8FF), rgb(0x4945FF)},
    .neutral = {rgb(0xF6F6F9), rgb(0xDCDCE4), rgb(0x666687)},
    .danger = {rgb(0xFCECEA), rgb(0xF5C0B8), rgb(0xD02B20)},
    .success = {rgb(0xEAFBE7), rgb(0xC6F0C2), rgb(0x328048)},
    .warning = {rgb(0xFDF4DC), rgb(0xFAE7B9), rgb(0xBE5D01)},
    .info = {rgb(0xEAF5FF), rgb(0xB8E1FF), rgb(0x0C75AF)},
};

const Palette dark{
    .page = rgb(0x181826),
    .surface = rgb(0x212134),
    .surface_alt = rgb(0x1C1C2D),
    .sunken = rgb(0x292940),
    .border = rgb(0x32324D),
    .border_strong = rgb(0x4A4A6A),
    .text = rgb(0xEAEAEF),
    .text_muted = rgb(0xA5A5BA),
    .text_subtle = rgb(0x8E8EA9),
    .primary = rgb(0x4945FF),
    .primary_hover = rgb(0x7B79FF),
    .primary_active = rgb(0x271FE0),
    .on_primary = rgb(0xFFFFFF),
    .row_hover = rgb(0x28284A),
    .shadow = rgba(0x000000, 0x30),
    .overlay = rgba(0x000000, 0xA0),
    .accent = {rgb(0x24234F), rgb(0x403DA8), rgb(0xA9A7FF)},
    .neutral = {rgb(0x2A2A42), rgb(0x4A4A6A), rgb(0xC0C0CF)},
    .danger = {rgb(0x3D1A17), rgb(0x7A2A22), rgb(0xF58B80)},
    .success = {rgb(0x17331F), rgb(0x2E6B3F), rgb(0x7BD094)},
    .warning = {rgb(0x3A2810), rgb(0x7A4E12), rgb(0xF5B867)},
    .info = {rgb(0x122C42), rgb(0x1D5A85), rgb(0x7CC4F5)},
};

} // namespace

const Palette& palette(Theme theme) {
    return theme == Theme::Dark ? dark : light;
}

ImU32 with_alpha(ImU32 colour, float alpha) {
    const auto a = static_cast<ImU32>(std::clamp(alpha, 0.0F, 1.0F) *
                                      static_cast<float>((colour >> IM_COL32_A_SHIFT) & 0xFF));
    return (colour & ~IM_COL32_A_MASK) | (a << IM_COL32_A_SHIFT);
}

ImU32 mix(ImU32 from, ImU32 to, float amount) {
    const ImVec4 a = to_vec4(from);
    const ImVec4 b = to_vec4(to);
    const float t = std::clamp(amount, 0.0F, 1.0F);
    return ImGui::ColorConvertFloat4ToU32(
        ImVec4(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, a.z + (b.z - a.z) * t, a.w + (b.w - a.w) * t));
}

void apply_style(Theme theme) {
    const Palette& p = palette(theme);
    ImGuiStyle& style = ImGui::GetStyle();
    style = ImGuiStyle();

    style.WindowPadding = ImVec2(0, 0);
    style.WindowRounding = 0;
    style.WindowBorderSize = 0;
    style.ChildRounding = metrics::card_rounding;
    style.ChildBorderSize = 0;
    style.PopupRounding = 6;
    style.PopupBorderSize = 1;
    style.FramePadding = ImVec2(14, 11.5F);
    style.FrameRounding = 4;
    style.FrameBorderSize = 1;
    style.ItemSpacing = ImVec2(8, 8);
    style.ItemInnerSpacing = ImVec2(8, 6);
    style.CellPadding = ImVec2(12, 0);
    style.IndentSpacing = 20;
    style.ScrollbarSize = 12;
    style.ScrollbarRounding = 6;
    style.GrabMinSize = 24;
    style.GrabRounding = 4;
    style.TabRounding = 4;
    style.SelectableTextAlign = ImVec2(0, 0.5F);
    style.DisplaySafeAreaPadding = ImVec2(0, 0);
    style.HoverDelayShort = 0.25F;
    style.HoverDelayNormal = 0.5F;
    style.HoverStationaryDelay = 0.15F;
    style.AntiAliasedLines = true;
    style.AntiAliasedFill = true;

    ImVec4* c = style.Colors;
    const auto set = [&](ImGuiCol slot, ImU32 colour) {
        c[slot] = to_vec4(colour);
    };
    set(ImGuiCol_Text, p.text);
    set(ImGuiCol_TextDisabled, p.text_subtle);
    set(ImGuiCol_WindowBg, p.page);
    set(ImGuiCol_ChildBg, with_alpha(p.surface, 0.0F));
    set(ImGuiCol_PopupBg, p.surface);
    set(ImGuiCol_Border, p.border_strong);
    set(ImGuiCol_BorderShadow, with_alpha(p.border, 0.0F));
    set(ImGuiCol_FrameBg, p.surface);
    set(ImGuiCol_FrameBgHovered, p.surface);
    set(ImGuiCol_FrameBgActive, p.surface);
    set(ImGuiCol_TitleBg, p.surface);
    set(ImGuiCol_TitleBgActive, p.surface);
    set(ImGuiCol_TitleBgCollapsed, p.surface);
    set(ImGuiCol_MenuBarBg, p.surface);
    set(ImGuiCol_ScrollbarBg, with_alpha(p.page, 0.0F));
    set(ImGuiCol_ScrollbarGrab, p.border_strong);
    set(ImGuiCol_ScrollbarGrabHovered, p.text_subtle);
    set(ImGuiCol_ScrollbarGrabActive, p.text_muted);
    set(ImGuiCol_CheckMark, p.on_primary);
    set(ImGuiCol_SliderGrab, p.primary);
    set(ImGuiCol_SliderGrabActive, p.primary_active);
    set(ImGuiCol_Button, p.surface);
    set(ImGuiCol_ButtonHovered, p.surface_alt);
    set(ImGuiCol_ButtonActive, p.border);
    set(ImGuiCol_Header, p.accent.soft);
    set(ImGuiCol_HeaderHovered, p.row_hover);
    set(ImGuiCol_HeaderActive, p.accent.soft);
    set(ImGuiCol_Separator, p.border);
    set(ImGuiCol_SeparatorHovered, p.primary_hover);
    set(ImGuiCol_SeparatorActive, p.primary);
    set(ImGuiCol_ResizeGrip, with_alpha(p.primary, 0.0F));
    set(ImGuiCol_ResizeGripHovered, p.primary_hover);
    set(ImGuiCol_ResizeGripActive, p.primary);
    set(ImGuiCol_TableHeaderBg, p.surface);
    set(ImGuiCol_TableBorderStrong, p.border);
    set(ImGuiCol_TableBorderLight, p.border);
    set(ImGuiCol_TableRowBg, with_alpha(p.surface, 0.0F));
    set(ImGuiCol_TableRowBgAlt, with_alpha(p.surface, 0.0F));
    set(ImGuiCol_TextSelectedBg, with_alpha(p.primary, 0.25F));
    set(ImGuiCol_DragDropTarget, p.primary);
    set(ImGuiCol_NavHighlight, p.primary);
    set(ImGuiCol_NavWindowingHighlight, p.primary);
    set(ImGuiCol_NavWindowingDimBg, p.overlay);
    set(ImGuiCol_ModalWindowDimBg, p.overlay);
}

} // namespace imt::ui
