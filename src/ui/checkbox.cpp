// The tri-state checkbox: ticked, empty, or the dash of a partly selected group.

#include "ui/widget_kit.hpp"
#include "ui/widgets.hpp"

#include <algorithm>
#include <cmath>

namespace imt::ui {
namespace {

constexpr float kBox = 18;
constexpr float kLabelGap = 10;

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

float checkbox_width(Ui& ui, std::string_view label) {
    return kBox + (label.empty() ? 0 : kLabelGap + text_size(ui.fonts.body, label).x);
}

bool checkbox(Ui& ui, std::string_view label, std::string_view id, bool checked, bool mixed, bool enabled) {
    if (ImGui::GetCurrentWindow()->SkipItems) {
        return false;
    }
    const ImVec2 label_size = text_size(ImGui::GetFont(), label);
    const float height = std::max(kBox, label_size.y) + 8;
    const float width = kBox + (label.empty() ? 0 : kLabelGap + label_size.x);
    const Control c =
        control(labelled(label, id), ImVec2(width, height),
                {.role = Role::checkbox,
                 .name = std::string(label),
                 .state = {.disabled = !enabled, .checked = checked && !mixed, .mixed = mixed}});
    if (!c.visible) {
        return false;
    }
    const Palette& p = ui.colours;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 pos = c.bb.Min;
    const ImVec2 box_min(pos.x, std::round(pos.y + (height - kBox) * 0.5F));
    const ImVec2 box_max(box_min.x + kBox, box_min.y + kBox);
    const bool filled = checked || mixed;
    ImU32 fill = filled ? p.primary : p.surface;
    ImU32 border = filled ? p.primary : (c.hovered ? p.primary : p.control_border);
    if (!enabled) {
        fill = filled ? mix(p.primary, p.surface, 0.55F) : p.border;
        border = filled ? fill : p.border_strong;
    }
    draw->AddRectFilled(box_min, box_max, fill, 4);
    draw->AddRect(box_min, box_max, border, 4);
    if (mixed) {
        draw->AddRectFilled(ImVec2(box_min.x + 4, box_min.y + kBox * 0.5F - 1),
                            ImVec2(box_max.x - 4, box_min.y + kBox * 0.5F + 1), p.on_primary, 1);
    } else if (checked) {
        draw_check(draw, box_min, kBox, p.on_primary);
    }
    if (!label.empty()) {
        draw_text(draw, ImGui::GetFont(), ImGui::GetFontSize(),
                  ImVec2(box_max.x + kLabelGap, pos.y + (height - label_size.y) * 0.5F),
                  enabled ? p.text : p.text_muted, label);
    }
    return c.pressed;
}

} // namespace imt::ui
