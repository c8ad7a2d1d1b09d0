// Buttons with text (primary, secondary, tertiary, danger, link) and icon-only buttons.

#include "ui/widget_kit.hpp"
#include "ui/widgets.hpp"

#include <algorithm>
#include <cmath>

namespace imt::ui {
namespace {

constexpr float kButtonPaddingX = 16;
constexpr float kIconGap = 8;
constexpr float kIconWidth = 12; // an icon glyph of the 12 px label font

struct ButtonColours {
    ImU32 fill;
    ImU32 border;
    ImU32 text;
};

ButtonColours button_colours(const Palette& p, ButtonKind kind, bool disabled, bool hovered, bool held) {
    if (disabled) {
        if (kind == ButtonKind::Link) {
            return {0, 0, p.text_subtle};
        }
        return {p.border, p.border_strong, p.text_subtle};
    }
    switch (kind) {
    case ButtonKind::Primary:
        return {held      ? p.primary_active
                : hovered ? p.primary_hover
                          : p.primary,
                held      ? p.primary_active
                : hovered ? p.primary_hover
                          : p.primary,
                p.on_primary};
    case ButtonKind::Secondary:
        return {hovered ? p.surface : p.accent.soft, p.accent.border, p.accent.strong};
    case ButtonKind::Tertiary:
        return {held ? p.border : hovered ? p.surface_alt : p.surface, p.border_strong, p.text};
    case ButtonKind::Danger: {
        // Darker, not lighter, under the pointer: white text keeps its 4.5:1.
        const ImU32 fill = held      ? mix(p.danger.strong, IM_COL32_BLACK, 0.25F)
                           : hovered ? mix(p.danger.strong, IM_COL32_BLACK, 0.12F)
                                     : p.danger.strong;
        return {fill, fill, p.on_primary};
    }
    case ButtonKind::DangerLight:
        return {hovered ? p.surface : p.danger.soft, p.danger.border, p.danger.strong};
    case ButtonKind::Link:
        return {0, 0, hovered ? p.primary_hover : p.accent.strong};
    }
    return {p.surface, p.border_strong, p.text};
}

} // namespace

ImVec2 button_size(Ui& ui, std::string_view label, const ButtonOptions& options) {
    const ImVec2 size = text_size(ui.fonts.label, label);
    float width = size.x + kButtonPaddingX * 2;
    if (options.icon != nullptr || options.busy) {
        width += kIconWidth + kIconGap;
    }
    if (options.width > 0) {
        width = options.width;
    }
    return {std::round(width), options.height > 0 ? options.height : metrics::button_height};
}

bool button(Ui& ui, std::string_view label, std::string_view id, ButtonKind kind,
            const ButtonOptions& options) {
    if (ImGui::GetCurrentWindow()->SkipItems) {
        return false;
    }
    const bool disabled = options.disabled;
    const ImVec2 size = button_size(ui, label, options);
    const Control c = control(labelled(label, id), size,
                              {.role = kind == ButtonKind::Link ? Role::link : Role::button,
                               .name = std::string(label),
                               .state = {.disabled = disabled}});
    if (!c.visible) {
        return false;
    }
    const ImRect& bb = c.bb;
    const ButtonColours colours = button_colours(ui.colours, kind, disabled, c.hovered, c.held);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    if (kind != ButtonKind::Link) {
        draw->AddRectFilled(bb.Min, bb.Max, colours.fill, 4);
        draw->AddRect(bb.Min, bb.Max, colours.border, 4, 0, 1);
    }

    ImFont* font = ui.fonts.label;
    const float label_font_size = font_size(font);
    const ImVec2 label_size = text_size(font, label);
    const bool has_icon = options.icon != nullptr || options.busy;
    const float icon_width = has_icon ? kIconWidth + kIconGap : 0;
    const float content = label_size.x + icon_width;
    float x =
        kind == ButtonKind::Link ? bb.Min.x : bb.Min.x + std::max(kButtonPaddingX, (size.x - content) * 0.5F);
    const float y = bb.Min.y + (size.y - label_size.y) * 0.5F;
    if (options.busy) {
        spinner(ui, ImVec2(x + 6, bb.Min.y + size.y * 0.5F), 6, colours.text, 2);
    } else if (options.icon != nullptr) {
        draw->AddText(font, label_font_size, ImVec2(x - 1, y), colours.text, options.icon);
    }
    x += icon_width;
    draw_text(draw, font, label_font_size, ImVec2(x, y), colours.text, label);
    if (kind == ButtonKind::Link && c.hovered && !disabled) {
        draw->AddLine(ImVec2(x, y + label_size.y), ImVec2(x + label_size.x, y + label_size.y), colours.text);
    }
    if (!options.tooltip.empty()) {
        item_tooltip(ui, options.tooltip);
    }
    return c.pressed && !options.busy;
}

bool toggle_button(Ui& ui, std::string_view label, std::string_view id, bool pressed) {
    if (ImGui::GetCurrentWindow()->SkipItems) {
        return false;
    }
    const ImVec2 size = button_size(ui, label);
    const Control c = control(
        labelled(label, id), size,
        {.role = Role::button, .name = std::string(label), .state = {.pressed = pressed, .toggle = true}});
    if (!c.visible) {
        return false;
    }
    const Palette& p = ui.colours;
    // Pressed in: the accent's tint, as the secondary button; out: the tertiary button's look.
    const ButtonColours colours = pressed ? button_colours(p, ButtonKind::Secondary, false, false, false)
                                          : button_colours(p, ButtonKind::Tertiary, false, c.hovered, c.held);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(c.bb.Min, c.bb.Max, colours.fill, size.y * 0.5F);
    draw->AddRect(c.bb.Min, c.bb.Max, pressed ? p.accent.strong : colours.border, size.y * 0.5F, 0,
                  pressed ? 2.0F : 1.0F);
    ImFont* font = ui.fonts.label;
    const ImVec2 label_size = text_size(font, label);
    draw_text(draw, font, font_size(font),
              ImVec2(std::round(c.bb.Min.x + (size.x - label_size.x) * 0.5F),
                     std::round(c.bb.Min.y + (size.y - label_size.y) * 0.5F)),
              colours.text, label);
    return c.pressed;
}

bool icon_button(Ui& ui, const char* icon, std::string_view label, std::string_view id,
                 const IconButtonOptions& options) {
    if (ImGui::GetCurrentWindow()->SkipItems) {
        return false;
    }
    const Control c = control(labelled(label, id), ImVec2(options.size, options.size),
                              {.role = Role::button,
                               .name = std::string(label),
                               .state = {.disabled = options.disabled, .pressed = options.active}});
    if (!c.visible) {
        return false;
    }
    const Palette& p = ui.colours;
    const ImRect& bb = c.bb;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImU32 fill = options.bordered ? p.surface : 0;
    if (options.active) {
        fill = p.accent.soft;
    } else if (c.held) {
        fill = p.border;
    } else if (c.hovered) {
        fill = p.surface_alt;
    }
    if (fill != 0) {
        draw->AddRectFilled(bb.Min, bb.Max, fill, 4);
    }
    if (options.bordered || options.active) {
        draw->AddRect(bb.Min, bb.Max, options.active ? p.accent.border : p.border_strong, 4);
    }
    ImU32 colour = options.icon_colour != 0 ? options.icon_colour : p.text_muted;
    if (c.hovered || options.active) {
        colour = options.icon_colour != 0 ? options.icon_colour : (options.active ? p.accent.strong : p.text);
    }
    if (options.disabled) {
        colour = p.text_subtle;
    }
    draw_glyph(draw, ui.fonts.body, icon, bb.Min, bb.Max, colour);
    item_tooltip(ui, options.tooltip.empty() ? label : options.tooltip);
    return c.pressed;
}

} // namespace imt::ui
