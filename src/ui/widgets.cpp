#include "ui/widgets.hpp"

#include "imt_assets/embedded_assets.hpp"
#include "ui/item_registry.hpp"

#include <imgui_internal.h>
#include <imgui_stdlib.h>

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
        const ImU32 fill = held      ? mix(p.danger.strong, IM_COL32_BLACK, 0.15F)
                           : hovered ? mix(p.danger.strong, IM_COL32_WHITE, 0.15F)
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

void report(ImGuiID id, const std::string& label, ImGuiItemStatusFlags flags) {
    ImGuiContext& g = *GImGui;
    IMGUI_TEST_ENGINE_ITEM_INFO(id, label.c_str(), g.LastItemData.StatusFlags | flags);
    (void)g;
    (void)id;
    (void)label;
    (void)flags;
}

// The part every hand-drawn control shares: lay the item out, register it (the driver finds it by
// label), and run ImGui's button behaviour unless it is disabled.
struct Clickable {
    bool visible = false; // not clipped: the caller draws it
    bool hovered = false;
    bool held = false;
    bool pressed = false;
};

Clickable clickable(const ImRect& bb, ImGuiID gid, const std::string& full, bool enabled,
                    ImGuiItemStatusFlags status = 0) {
    ImGui::ItemSize(bb.GetSize());
    if (!enabled) {
        ImGui::PushItemFlag(ImGuiItemFlags_Disabled, true);
    }
    const bool added = ImGui::ItemAdd(bb, gid);
    if (!enabled) {
        ImGui::PopItemFlag();
    }
    report(gid, full, status);
    Clickable item;
    if (!added) {
        return item;
    }
    item.visible = true;
    item.pressed = enabled && ImGui::ButtonBehavior(bb, gid, &item.hovered, &item.held);
    return item;
}

void draw_check(ImDrawList* draw, ImVec2 min, float size, ImU32 colour) {
    const float t = std::max(1.5F, size / 9.0F);
    const ImVec2 a(min.x + size * 0.24F, min.y + size * 0.52F);
    const ImVec2 b(min.x + size * 0.42F, min.y + size * 0.70F);
    const ImVec2 c(min.x + size * 0.77F, min.y + size * 0.32F);
    draw->PathLineTo(a);
    draw->PathLineTo(b);
    draw->PathLineTo(c);
    draw->PathStroke(colour, 0, t);
}

} // namespace

void focus_next_item() {
    ImGui::SetKeyboardFocusHere();
    GImGui->NavFocusScopeId = GImGui->CurrentFocusScopeId;
}

void report_item(ImGuiID id, const char* label, int flags) {
    ImGuiContext& g = *GImGui;
    IMGUI_TEST_ENGINE_ITEM_INFO(id, label, flags);
    (void)g;
    (void)id;
    (void)label;
    (void)flags;
}

void report_last_item(const char* label) {
    ImGuiContext& g = *GImGui;
    IMGUI_TEST_ENGINE_ITEM_INFO(g.LastItemData.ID, label, g.LastItemData.StatusFlags);
    (void)g;
    (void)label;
}

void draw_text(ImDrawList* draw, ImFont* font, float size, ImVec2 position, ImU32 colour,
               std::string_view value) {
    draw->AddText(font, size, position, colour, value.data(), value.data() + value.size());
    record_text(value);
}

ImVec2 text_size(ImFont* font, std::string_view text, float wrap_width) {
    ImGuiContext& g = *GImGui;
    const float size = font->FontSize * g.IO.FontGlobalScale;
    return font->CalcTextSizeA(size, FLT_MAX, wrap_width, text.data(), text.data() + text.size());
}

void text(std::string_view value, ImU32 colour) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::TextUnformatted(value.data(), value.data() + value.size());
    ImGui::PopStyleColor();
    record_text(value);
}

void text_wrapped(std::string_view value, ImU32 colour, float wrap_width) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::PushTextWrapPos(wrap_width > 0 ? ImGui::GetCursorPosX() + wrap_width : 0.0F);
    ImGui::TextUnformatted(value.data(), value.data() + value.size());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    record_text(value);
}

bool text_ellipsis(ImDrawList* draw, ImVec2 position, float max_width, std::string_view value, ImU32 colour) {
    ImFont* font = ImGui::GetFont();
    const float size = ImGui::GetFontSize();
    const char* begin = value.data();
    const char* end = value.data() + value.size();
    const float full = font->CalcTextSizeA(size, FLT_MAX, 0, begin, end).x;
    if (full <= max_width) {
        draw_text(draw, font, size, position, colour, value);
        return false;
    }
    const char* ellipsis = "\xE2\x80\xA6";
    const float ellipsis_width = font->CalcTextSizeA(size, FLT_MAX, 0, ellipsis).x;
    const char* cut = begin;
    font->CalcTextSizeA(size, std::max(0.0F, max_width - ellipsis_width), 0, begin, end, &cut);
    // Do not end on a space before the ellipsis.
    while (cut > begin && cut[-1] == ' ') {
        --cut;
    }
    draw_text(draw, font, size, position, colour,
              std::string_view(begin, static_cast<std::size_t>(cut - begin)));
    const float width = font->CalcTextSizeA(size, FLT_MAX, 0, begin, cut).x;
    draw_text(draw, font, size, ImVec2(position.x + width, position.y), colour, ellipsis);
    return true;
}

std::string upper(std::string_view utf8) {
    std::string out(utf8);
    for (std::size_t i = 0; i < out.size(); ++i) {
        auto c = static_cast<unsigned char>(out[i]);
        if (c >= 'a' && c <= 'z') {
            out[i] = static_cast<char>(c - 32);
        } else if (c == 0xC3 && i + 1 < out.size()) {
            // Latin-1 lower-case letters U+00E0..U+00FE (except ÷ U+00F7) are C3 A0..BE in UTF-8.
            auto next = static_cast<unsigned char>(out[i + 1]);
            if (next >= 0xA0 && next <= 0xBE && next != 0xB7) {
                out[i + 1] = static_cast<char>(next - 0x20);
            }
            ++i;
        }
    }
    return out;
}

void align_right(float width) {
    const float available = ImGui::GetContentRegionAvail().x;
    if (available > width) {
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + available - width);
    }
}

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
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    if (window->SkipItems) {
        return false;
    }
    const std::string full = labelled(label, id);
    const ImGuiID gid = window->GetID(full.c_str());
    const ImVec2 size = button_size(ui, label, options);
    const ImVec2 pos = window->DC.CursorPos;
    const ImRect bb(pos, ImVec2(pos.x + size.x, pos.y + size.y));
    const bool disabled = options.disabled;
    const auto [visible, hovered, held, pressed] = clickable(bb, gid, full, !disabled);
    if (!visible) {
        return false;
    }
    if (kind == ButtonKind::Link || hovered) {
        ImGui::SetMouseCursor(disabled ? ImGuiMouseCursor_Arrow : ImGuiMouseCursor_Hand);
    }

    const ButtonColours colours = button_colours(ui.colours, kind, disabled, hovered, held);
    ImDrawList* draw = window->DrawList;
    if (kind != ButtonKind::Link) {
        draw->AddRectFilled(bb.Min, bb.Max, colours.fill, 4);
        draw->AddRect(bb.Min, bb.Max, colours.border, 4, 0, 1);
    }
    ImGui::RenderNavHighlight(bb, gid);

    ImFont* font = ui.fonts.label;
    const float font_size = font->FontSize * ImGui::GetIO().FontGlobalScale;
    const ImVec2 label_size = text_size(font, label);
    const bool has_icon = options.icon != nullptr || options.busy;
    const float icon_width = has_icon ? kIconWidth + kIconGap : 0;
    const float content = icon_width + label_size.x;
    float x =
        kind == ButtonKind::Link ? bb.Min.x : bb.Min.x + std::max(kButtonPaddingX, (size.x - content) * 0.5F);
    const float y = bb.Min.y + (size.y - label_size.y) * 0.5F;
    if (options.busy) {
        spinner(ui, ImVec2(x + 6, bb.Min.y + size.y * 0.5F), 6, colours.text, 2);
    } else if (options.icon != nullptr) {
        draw->AddText(font, font_size, ImVec2(x - 1, y), colours.text, options.icon);
    }
    x += icon_width;
    draw_text(draw, font, font_size, ImVec2(x, y), colours.text, label);
    if (kind == ButtonKind::Link && hovered && !disabled) {
        draw->AddLine(ImVec2(x, y + label_size.y), ImVec2(x + label_size.x, y + label_size.y), colours.text);
    }
    if (!options.tooltip.empty()) {
        item_tooltip(ui, options.tooltip);
    }
    return pressed && !options.busy;
}

bool icon_button(Ui& ui, const char* icon, std::string_view label, std::string_view id,
                 const IconButtonOptions& options) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    if (window->SkipItems) {
        return false;
    }
    const std::string full = labelled(label, id);
    const ImGuiID gid = window->GetID(full.c_str());
    const ImVec2 size(options.size, options.size);
    const ImVec2 pos = window->DC.CursorPos;
    const ImRect bb(pos, ImVec2(pos.x + size.x, pos.y + size.y));
    const auto [visible, hovered, held, pressed] = clickable(bb, gid, full, !options.disabled);
    if (!visible) {
        return false;
    }
    if (hovered && !options.disabled) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    }
    const Palette& p = ui.colours;
    ImDrawList* draw = window->DrawList;
    ImU32 fill = options.bordered ? p.surface : 0;
    if (options.active) {
        fill = p.accent.soft;
    } else if (held) {
        fill = p.border;
    } else if (hovered) {
        fill = p.surface_alt;
    }
    if (fill != 0) {
        draw->AddRectFilled(bb.Min, bb.Max, fill, 4);
    }
    if (options.bordered || options.active) {
        draw->AddRect(bb.Min, bb.Max, options.active ? p.accent.border : p.border_strong, 4);
    }
    ImGui::RenderNavHighlight(bb, gid);
    ImU32 colour = options.icon_colour != 0 ? options.icon_colour : p.text_muted;
    if (hovered || options.active) {
        colour = options.icon_colour != 0 ? options.icon_colour : (options.active ? p.accent.strong : p.text);
    }
    if (options.disabled) {
        colour = p.text_subtle;
    }
    ImFont* font = ui.fonts.body;
    const float font_size = font->FontSize * ImGui::GetIO().FontGlobalScale;
    const ImVec2 icon_size = font->CalcTextSizeA(font_size, FLT_MAX, 0, icon);
    draw->AddText(font, font_size,
                  ImVec2(std::round(bb.Min.x + (size.x - icon_size.x) * 0.5F),
                         std::round(bb.Min.y + (size.y - icon_size.y) * 0.5F)),
                  colour, icon);
    item_tooltip(ui, label);
    return pressed;
}

bool checkbox(Ui& ui, std::string_view label, std::string_view id, bool checked, bool mixed, bool enabled) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    if (window->SkipItems) {
        return false;
    }
    const std::string full = labelled(label, id);
    const ImGuiID gid = window->GetID(full.c_str());
    constexpr float box = 18;
    const ImVec2 label_size = text_size(ImGui::GetFont(), label);
    const float height = std::max(box, label_size.y) + 8;
    const ImVec2 pos = window->DC.CursorPos;
    const ImRect bb(pos, ImVec2(pos.x + box + (label.empty() ? 0 : 10 + label_size.x), pos.y + height));
    const auto [visible, hovered, held, pressed] =
        clickable(bb, gid, full, enabled,
                  ImGuiItemStatusFlags_Checkable | (checked && !mixed ? ImGuiItemStatusFlags_Checked : 0));
    if (!visible) {
        return false;
    }
    if (hovered && enabled) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    }
    const Palette& p = ui.colours;
    ImDrawList* draw = window->DrawList;
    const ImVec2 box_min(pos.x, std::round(pos.y + (height - box) * 0.5F));
    const ImVec2 box_max(box_min.x + box, box_min.y + box);
    const bool filled = checked || mixed;
    ImU32 fill = filled ? p.primary : p.surface;
    ImU32 border = filled ? p.primary : (hovered ? p.primary : p.border_strong);
    if (!enabled) {
        fill = filled ? mix(p.primary, p.surface, 0.55F) : p.border;
        border = filled ? fill : p.border_strong;
    }
    draw->AddRectFilled(box_min, box_max, fill, 4);
    draw->AddRect(box_min, box_max, border, 4);
    if (mixed) {
        draw->AddRectFilled(ImVec2(box_min.x + 4, box_min.y + box * 0.5F - 1),
                            ImVec2(box_max.x - 4, box_min.y + box * 0.5F + 1), p.on_primary, 1);
    } else if (checked) {
        draw_check(draw, box_min, box, p.on_primary);
    }
    ImGui::RenderNavHighlight(bb, gid);
    if (!label.empty()) {
        draw_text(draw, ImGui::GetFont(), ImGui::GetFontSize(),
                  ImVec2(box_max.x + 10, pos.y + (height - label_size.y) * 0.5F),
                  enabled ? p.text : p.text_muted, label);
    }
    return pressed;
}

bool accordion_header(Ui& ui, std::string_view label, std::string_view id, std::string_view badge_text,
                      bool alternate, bool forced_open, bool open_by_default) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    if (window->SkipItems) {
        return false;
    }
    const std::string full = labelled(label, id);
    const ImGuiID gid = window->GetID(full.c_str());
    ImGuiStorage* storage = ImGui::GetStateStorage();
    bool open = forced_open || storage->GetBool(gid, open_by_default);
    const float width = ImGui::GetContentRegionAvail().x;
    constexpr float height = 64;
    const ImVec2 pos = window->DC.CursorPos;
    const ImRect bb(pos, ImVec2(pos.x + width, pos.y + height));
    ImGui::ItemSize(bb.GetSize(), 0);
    const bool added = ImGui::ItemAdd(bb, gid);
    report(gid, full, ImGuiItemStatusFlags_Openable | (open ? ImGuiItemStatusFlags_Opened : 0));
    if (!added) {
        return open;
    }
    bool hovered = false;
    bool held = false;
    if (ImGui::ButtonBehavior(bb, gid, &hovered, &held) && !forced_open) {
        open = !open;
        storage->SetBool(gid, open);
    }
    if (hovered) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    }
    const Palette& p = ui.colours;
    ImDrawList* draw = window->DrawList;
    const ImU32 fill = open ? p.accent.soft : (alternate ? p.surface : p.surface_alt);
    draw->AddRectFilled(bb.Min, bb.Max, hovered && !open ? mix(fill, p.accent.soft, 0.6F) : fill, 4,
                        open ? ImDrawFlags_RoundCornersTop : ImDrawFlags_RoundCornersAll);
    if (open) {
        draw->AddRect(bb.Min, bb.Max, p.accent.border, 4, ImDrawFlags_RoundCornersTop);
    }
    ImGui::RenderNavHighlight(bb, gid);

    // Chevron in a round badge, then the label.
    const ImVec2 centre(bb.Min.x + 24 + 16, bb.Min.y + height * 0.5F);
    draw->AddCircleFilled(centre, 16, open ? p.accent.border : p.border, 24);
    ImFont* icon_font = ui.fonts.small;
    const float icon_size = icon_font->FontSize * ImGui::GetIO().FontGlobalScale;
    const char* chevron = open ? assets::icon::chevron_down : assets::icon::chevron_right;
    const ImVec2 chevron_size = icon_font->CalcTextSizeA(icon_size, FLT_MAX, 0, chevron);
    draw->AddText(
        icon_font, icon_size,
        ImVec2(std::round(centre.x - chevron_size.x * 0.5F), std::round(centre.y - chevron_size.y * 0.5F)),
        open ? p.accent.strong : p.text_muted, chevron);
    ImFont* font = ui.fonts.lead;
    const float font_size = font->FontSize * ImGui::GetIO().FontGlobalScale;
    const ImVec2 label_size = text_size(font, label);
    draw_text(draw, font, font_size, ImVec2(centre.x + 16 + 16, bb.Min.y + (height - label_size.y) * 0.5F),
              open ? p.accent.strong : p.text, label);
    if (!badge_text.empty()) {
        ImGui::PushFont(ui.fonts.label);
        const ImVec2 size = badge_size(ui, badge_text);
        const ImVec2 badge_min(bb.Max.x - 24 - size.x, bb.Min.y + (height - size.y) * 0.5F);
        const Tone3& tone = open ? ui.colours.accent : ui.colours.neutral;
        draw->AddRectFilled(badge_min, ImVec2(badge_min.x + size.x, badge_min.y + size.y), tone.soft,
                            size.y * 0.5F);
        draw->AddRect(badge_min, ImVec2(badge_min.x + size.x, badge_min.y + size.y), tone.border,
                      size.y * 0.5F);
        const ImVec2 t = text_size(ui.fonts.label, badge_text);
        draw_text(draw, ImGui::GetFont(), ImGui::GetFontSize(),
                  ImVec2(badge_min.x + (size.x - t.x) * 0.5F, badge_min.y + (size.y - t.y) * 0.5F),
                  tone.strong, badge_text);
        ImGui::PopFont();
    }
    return open;
}

int select_field(Ui& ui, std::string_view id, std::string_view preview, const std::string_view* options,
                 int option_count, int current, bool enabled) {
    const Palette& p = ui.colours;
    int chosen = -1;
    const std::string label = "##" + std::string(id);
    const std::string preview_text(preview);
    ImGui::PushStyleColor(ImGuiCol_FrameBg, enabled ? p.surface : p.surface_alt);
    ImGui::PushStyleColor(ImGuiCol_FrameBgHovered, enabled ? p.surface : p.surface_alt);
    ImGui::PushStyleColor(ImGuiCol_Border, p.border_strong);
    ImGui::PushStyleColor(ImGuiCol_Text, enabled ? p.text : p.text_muted);
    ImGui::PushStyleVar(ImGuiStyleVar_DisabledAlpha, 1.0F);
    ImGui::BeginDisabled(!enabled);
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(4, 4));
    ImGui::PushStyleVar(ImGuiStyleVar_PopupBorderSize, 1.0F);
    ImGui::PushStyleColor(ImGuiCol_Border, p.border_strong);
    const ImGuiID combo_id = ImGui::GetID(label.c_str());
    const bool open = ImGui::BeginCombo(label.c_str(), preview_text.c_str(), ImGuiComboFlags_NoArrowButton);
    report_item(combo_id, label.c_str(),
                ImGuiItemStatusFlags_Openable | (open ? ImGuiItemStatusFlags_Opened : 0));
    ImGui::PopStyleColor();
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    const bool hovered = ImGui::IsItemHovered();
    if (open) {
        ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 2));
        ImGui::PushStyleColor(ImGuiCol_Header, p.accent.soft);
        ImGui::PushStyleColor(ImGuiCol_HeaderHovered, p.surface_alt);
        ImGui::PushStyleColor(ImGuiCol_HeaderActive, p.accent.soft);
        for (int i = 0; i < option_count; ++i) {
            const std::string option(options[i]);
            ImGui::SetCursorPosX(ImGui::GetCursorPosX() + 0);
            if (ImGui::Selectable(option.c_str(), i == current, 0, ImVec2(0, 32))) {
                chosen = i;
            }
            if (i == current) {
                ImGui::SetItemDefaultFocus();
            }
        }
        ImGui::PopStyleColor(3);
        ImGui::PopStyleVar();
        ImGui::EndCombo();
    }
    ImGui::PopStyleVar(2);
    ImGui::EndDisabled();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(4);

    ImDrawList* draw = ImGui::GetWindowDrawList();
    if (open) {
        draw->AddRect(ImVec2(min.x - 2, min.y - 2), ImVec2(max.x + 2, max.y + 2),
                      with_alpha(p.primary, 0.25F), 6, 0, 2);
        draw->AddRect(min, max, p.primary, 4);
    } else if (hovered && enabled) {
        draw->AddRect(min, max, p.text_subtle, 4);
    }
    ImFont* font = ui.fonts.small;
    const float size = font->FontSize * ImGui::GetIO().FontGlobalScale;
    const char* chevron = enabled ? assets::icon::chevron_down : assets::icon::lock;
    const ImVec2 chevron_size = font->CalcTextSizeA(size, FLT_MAX, 0, chevron);
    draw->AddText(
        font, size,
        ImVec2(std::round(max.x - 16 - chevron_size.x), std::round((min.y + max.y - chevron_size.y) * 0.5F)),
        enabled ? p.text_muted : p.text_subtle, chevron);
    return chosen;
}

void field_label(Ui& ui, std::string_view label, bool required) {
    ImGui::PushFont(ui.fonts.label);
    text(label, ui.colours.text);
    if (required) {
        ImGui::SameLine(0, 1);
        text("*", ui.colours.danger.strong);
    }
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(0, 0));
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() - 4);
}

void field_message(Ui& ui, std::string_view message, ImU32 colour, const char* icon) {
    ImGui::PushFont(ui.fonts.small);
    if (icon != nullptr) {
        text(icon, colour);
        ImGui::SameLine(0, 6);
    }
    text_wrapped(message, colour);
    ImGui::PopFont();
}

ImVec2 badge_size(Ui& ui, std::string_view label) {
    const ImVec2 size = text_size(ui.fonts.label, label);
    return {std::round(size.x + 16), 24};
}

void badge(Ui& ui, std::string_view label, const Tone3& tone, std::string_view tone_name) {
    const ImVec2 size = badge_size(ui, label);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), tone.soft, 4);
    draw->AddRect(pos, ImVec2(pos.x + size.x, pos.y + size.y), tone.border, 4);
    ImFont* font = ui.fonts.label;
    const float font_size = font->FontSize * ImGui::GetIO().FontGlobalScale;
    const ImVec2 t = text_size(font, label);
    draw_text(draw, font, font_size, ImVec2(std::round(pos.x + 8), std::round(pos.y + (size.y - t.y) * 0.5F)),
              tone.strong, label);
    if (tone_name.empty()) {
        ImGui::Dummy(size);
        return;
    }
    const std::string full = labelled(label, std::string("badge-") + std::string(tone_name));
    const ImGuiID id = ImGui::GetID(full.c_str());
    const ImRect bb(pos, ImVec2(pos.x + size.x, pos.y + size.y));
    ImGui::ItemSize(size);
    ImGui::ItemAdd(bb, id, nullptr, ImGuiItemFlags_NoNav);
    report(id, full, 0);
}

void spinner(Ui& ui, ImVec2 centre, float radius, ImU32 colour, float thickness) {
    if (ui.animating != nullptr) {
        *ui.animating = true;
    }
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const auto time = static_cast<float>(ImGui::GetTime());
    const float start = time * 6.0F;
    draw->PathArcTo(centre, radius, 0, IM_PI * 2, 32);
    draw->PathStroke(with_alpha(colour, 0.2F), ImDrawFlags_Closed, thickness);
    draw->PathArcTo(centre, radius, start, start + IM_PI * 1.3F, 24);
    draw->PathStroke(colour, 0, thickness);
}

void tooltip_now(Ui& ui, std::string_view message) {
    const Palette& p = ui.colours;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(10, 7));
    ImGui::PushStyleVar(ImGuiStyleVar_PopupRounding, 4);
    ImGui::PushStyleVar(ImGuiStyleVar_PopupBorderSize, 0);
    ImGui::PushStyleColor(ImGuiCol_PopupBg,
                          ui.theme == Theme::Dark ? p.border_strong : IM_COL32(0x32, 0x32, 0x4D, 0xFF));
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32_WHITE);
    if (ImGui::BeginTooltip()) {
        ImGui::PushFont(ui.fonts.small);
        ImGui::PushTextWrapPos(360);
        ImGui::TextUnformatted(message.data(), message.data() + message.size());
        record_text(message);
        ImGui::PopTextWrapPos();
        ImGui::PopFont();
        ImGui::EndTooltip();
    }
    ImGui::PopStyleColor(2);
    ImGui::PopStyleVar(3);
}

void item_tooltip(Ui& ui, std::string_view message) {
    if (!message.empty() && ImGui::IsItemHovered(ImGuiHoveredFlags_ForTooltip)) {
        tooltip_now(ui, message);
    }
}

namespace {

void draw_input_decorations(Ui& ui, const InputOptions& options) {
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const Palette& p = ui.colours;
    if (options.invalid) {
        draw->AddRect(min, max, p.danger.strong, 4);
    } else if (ImGui::IsItemActive() && !options.read_only) {
        draw->AddRect(ImVec2(min.x - 2, min.y - 2), ImVec2(max.x + 2, max.y + 2),
                      with_alpha(p.primary, 0.25F), 6, 0, 2);
        draw->AddRect(min, max, p.primary, 4);
    } else if (ImGui::IsItemHovered() && !options.read_only) {
        draw->AddRect(min, max, p.text_subtle, 4);
    }
    if (options.icon != nullptr) {
        ImFont* font = ui.fonts.body;
        const float size = font->FontSize * ImGui::GetIO().FontGlobalScale;
        const ImVec2 icon_size = font->CalcTextSizeA(size, FLT_MAX, 0, options.icon);
        draw->AddText(font, size, ImVec2(min.x + 14, min.y + (max.y - min.y - icon_size.y) * 0.5F),
                      p.text_subtle, options.icon);
    }
}

void push_input_style(Ui& ui, const InputOptions& options) {
    const Palette& p = ui.colours;
    ImGui::PushStyleColor(ImGuiCol_FrameBg, options.read_only ? p.surface_alt : p.surface);
    ImGui::PushStyleColor(ImGuiCol_FrameBgHovered, options.read_only ? p.surface_alt : p.surface);
    ImGui::PushStyleColor(ImGuiCol_FrameBgActive, p.surface);
    ImGui::PushStyleColor(ImGuiCol_Border, p.border_strong);
    ImGui::PushStyleColor(ImGuiCol_TextDisabled, p.text_subtle);
    if (options.icon != nullptr) {
        ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(40, ImGui::GetStyle().FramePadding.y));
    }
}

void pop_input_style(const InputOptions& options) {
    if (options.icon != nullptr) {
        ImGui::PopStyleVar();
    }
    ImGui::PopStyleColor(5);
}

} // namespace

bool text_input(Ui& ui, std::string_view id, std::string& buffer, const InputOptions& options) {
    push_input_style(ui, options);
    const std::string label = "##" + std::string(id);
    ImGuiInputTextFlags flags = ImGuiInputTextFlags_None;
    if (options.read_only) {
        flags |= ImGuiInputTextFlags_ReadOnly;
    }
    if (options.password) {
        flags |= ImGuiInputTextFlags_Password;
    }
    if (options.enter_returns) {
        flags |= ImGuiInputTextFlags_EnterReturnsTrue;
    }
    ImGui::SetNextItemWidth(options.width);
    if (options.overlapped) {
        ImGui::SetNextItemAllowOverlap();
    }
    const std::string hint(options.hint);
    const bool result = ImGui::InputTextWithHint(label.c_str(), hint.c_str(), &buffer, flags);
    pop_input_style(options);
    draw_input_decorations(ui, options);
    return result;
}

bool multiline_input(Ui& ui, std::string_view id, std::string& buffer, float height,
                     const InputOptions& options) {
    push_input_style(ui, options);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(14, 10));
    const std::string label = "##" + std::string(id);
    ImGuiInputTextFlags flags = ImGuiInputTextFlags_None;
    if (options.read_only) {
        flags |= ImGuiInputTextFlags_ReadOnly;
    }
    const ImVec2 size(options.width < 0 ? ImGui::GetContentRegionAvail().x : options.width, height);
    const bool changed = ImGui::InputTextMultiline(label.c_str(), &buffer, size, flags);
    ImGui::PopStyleVar();
    pop_input_style(options);
    draw_input_decorations(ui, options);
    return changed;
}

Card::Card(Ui& ui, std::string_view id, ImVec2 padding, float height, ImU32 background, ImU32 border,
           float width)
    : ui_(ui) {
    const Palette& p = ui.colours;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, background != 0 ? background : p.surface);
    ImGui::PushStyleColor(ImGuiCol_Border,
                          border != 0 ? border
                                      : (ui.theme == Theme::Dark ? p.border : with_alpha(p.border, 0.0F)));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, padding);
    ImGui::PushStyleVar(ImGuiStyleVar_ChildBorderSize, 1.0F);
    ImGuiChildFlags flags = ImGuiChildFlags_AlwaysUseWindowPadding | ImGuiChildFlags_Border;
    if (height <= 0) {
        flags |= ImGuiChildFlags_AutoResizeY;
    }
    const std::string label(id);
    parent_draw_ = ImGui::GetWindowDrawList();
    splitter_.Split(parent_draw_, 2);
    splitter_.SetCurrentChannel(parent_draw_, 1);
    ImGui::BeginChild(label.c_str(),
                      ImVec2(width > 0 ? width : ImGui::GetContentRegionAvail().x, std::max(height, 0.0F)),
                      flags, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor(2);
}

Card::~Card() {
    ImGui::EndChild();
    // The parent draws under its children, so the shadow added now still lies beneath the card.
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    splitter_.SetCurrentChannel(parent_draw_, 0);
    const ImU32 shadow = ui_.colours.shadow;
    parent_draw_->AddRectFilled(ImVec2(min.x - 1, min.y), ImVec2(max.x + 1, max.y + 2),
                                with_alpha(shadow, 0.5F), 6);
    parent_draw_->AddRectFilled(ImVec2(min.x, min.y + 1), ImVec2(max.x, max.y + 1), shadow, 5);
    splitter_.Merge(parent_draw_);
}

} // namespace imt::ui
