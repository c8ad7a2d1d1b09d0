#include "ui/theme.hpp"

#include "ui/app.hpp"

#include <algorithm>

namespace imt::ui {

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

void apply_style(const Palette& p) {
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
    set(ImGuiCol_NavHighlight, p.focus_ring);
    set(ImGuiCol_NavWindowingHighlight, p.primary);
    set(ImGuiCol_NavWindowingDimBg, p.overlay);
    set(ImGuiCol_ModalWindowDimBg, p.overlay);
}

} // namespace imt::ui
