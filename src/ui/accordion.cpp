// The collapsible header of one permissions section: chevron, name and a count pill.

#include "imt_assets/embedded_assets.hpp"
#include "ui/widget_kit.hpp"
#include "ui/widgets.hpp"

#include <cmath>

namespace imt::ui {
namespace {

constexpr float kHeight = 64;
constexpr float kInset = 24; // from the header's edges to the chevron and to the pill
constexpr float kChevronRadius = 16;
constexpr float kLabelGap = 16; // from the chevron's badge to the label

void count_pill(Ui& ui, ImDrawList* draw, const ImRect& bb, std::string_view count, bool open) {
    ImGui::PushFont(ui.fonts.label);
    const ImVec2 size = badge_size(ui, count);
    const ImVec2 min(bb.Max.x - kInset - size.x, bb.Min.y + (kHeight - size.y) * 0.5F);
    const ImVec2 max(min.x + size.x, min.y + size.y);
    const Tone3& tone = open ? ui.colours.accent : ui.colours.neutral;
    draw->AddRectFilled(min, max, tone.soft, size.y * 0.5F);
    draw->AddRect(min, max, tone.border, size.y * 0.5F);
    const ImVec2 t = text_size(ui.fonts.label, count);
    draw_text(draw, ImGui::GetFont(), ImGui::GetFontSize(),
              ImVec2(min.x + (size.x - t.x) * 0.5F, min.y + (size.y - t.y) * 0.5F), tone.strong, count);
    ImGui::PopFont();
}

} // namespace

bool accordion_header(Ui& ui, std::string_view label, std::string_view id, std::string_view badge_text,
                      bool alternate, bool forced_open, bool open_by_default) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    if (window->SkipItems) {
        return false;
    }
    const std::string full = labelled(label, id);
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const ImGuiID storage_id = window->GetID(full.c_str());
    bool open = forced_open || storage->GetBool(storage_id, open_by_default);
    const Control c = control(full, ImVec2(ImGui::GetContentRegionAvail().x, kHeight),
                              {.role = Role::button,
                               .name = std::string(label),
                               .value = std::string(badge_text),
                               .state = {.expandable = true, .expanded = open}});
    if (!c.visible) {
        return open;
    }
    if (c.pressed && !forced_open) {
        open = !open;
        storage->SetBool(c.id, open);
    }
    const Palette& p = ui.colours;
    const ImRect& bb = c.bb;
    ImDrawList* draw = window->DrawList;
    const ImU32 fill = open ? p.accent.soft : (alternate ? p.surface : p.surface_alt);
    draw->AddRectFilled(bb.Min, bb.Max, c.hovered && !open ? mix(fill, p.accent.soft, 0.6F) : fill, 4,
                        open ? ImDrawFlags_RoundCornersTop : ImDrawFlags_RoundCornersAll);
    if (open) {
        draw->AddRect(bb.Min, bb.Max, p.accent.border, 4, ImDrawFlags_RoundCornersTop);
    }

    // Chevron in a round badge, then the label.
    const ImVec2 centre(bb.Min.x + kInset + kChevronRadius, bb.Min.y + kHeight * 0.5F);
    draw->AddCircleFilled(centre, kChevronRadius, open ? p.accent.border : p.border, 24);
    draw_glyph(draw, ui.fonts.small, open ? assets::icon::chevron_down : assets::icon::chevron_right, centre,
               centre, open ? p.accent.strong : p.text_muted);
    ImFont* font = ui.fonts.lead;
    const ImVec2 label_size = text_size(font, label);
    draw_text(draw, font, font_size(font),
              ImVec2(centre.x + kChevronRadius + kLabelGap, bb.Min.y + (kHeight - label_size.y) * 0.5F),
              open ? p.accent.strong : p.text, label);
    if (!badge_text.empty()) {
        count_pill(ui, draw, bb, badge_text, open);
    }
    return open;
}

} // namespace imt::ui
