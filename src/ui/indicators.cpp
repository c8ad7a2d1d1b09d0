// Things that tell rather than act: badges, the spinner and tooltips.

#include "ui/item_registry.hpp"
#include "ui/widget_kit.hpp"
#include "ui/widgets.hpp"

#include <cmath>

namespace imt::ui {
namespace {

constexpr float kBadgePaddingX = 8;
constexpr float kTooltipWrap = 360;

} // namespace

ImVec2 badge_size(Ui& ui, std::string_view label) {
    const ImVec2 size = text_size(ui.fonts.label, label);
    return {std::round(size.x + kBadgePaddingX * 2), metrics::badge_height};
}

void badge(Ui& ui, std::string_view label, const Tone3& tone, std::string_view tone_name) {
    const ImVec2 size = badge_size(ui, label);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), tone.soft, 4);
    draw->AddRect(pos, ImVec2(pos.x + size.x, pos.y + size.y), tone.border, 4);
    ImFont* font = ui.fonts.label;
    const ImVec2 t = text_size(font, label);
    draw_text(draw, font, font_size(font),
              ImVec2(std::round(pos.x + kBadgePaddingX), std::round(pos.y + (size.y - t.y) * 0.5F)),
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
    describe(id, full, {.role = Role::text, .name = std::string(label), .value = std::string(tone_name)});
}

void spinner(Ui& ui, ImVec2 centre, float radius, ImU32 colour, float thickness) {
    // With reduced motion the arc stands still (the text beside it says what is going on), and
    // nothing keeps the loop drawing.
    if (ui.animating != nullptr && !ui.reduced_motion) {
        *ui.animating = true;
    }
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const auto time = static_cast<float>(ImGui::GetTime());
    const float start = ui.reduced_motion ? -IM_PI * 0.5F : time * 6.0F;
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
    ImGui::PushStyleColor(ImGuiCol_PopupBg, p.tooltip);
    ImGui::PushStyleColor(ImGuiCol_Text, p.on_tooltip);
    if (ImGui::BeginTooltip()) {
        ImGui::PushFont(ui.fonts.small);
        ImGui::PushTextWrapPos(kTooltipWrap);
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

} // namespace imt::ui
