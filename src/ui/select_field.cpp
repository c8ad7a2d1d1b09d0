// The drop-down of fixed options (the token's duration and type).

#include "imt_assets/embedded_assets.hpp"
#include "ui/widget_kit.hpp"
#include "ui/widgets.hpp"

namespace imt::ui {
namespace {

constexpr float kOptionHeight = 32;
constexpr float kChevronInset = 16; // from the field's right edge

} // namespace

int select_field(Ui& ui, std::string_view label, std::string_view preview, const std::string_view* options,
                 int option_count, int current, bool enabled) {
    const Palette& p = ui.colours;
    int chosen = -1;
    const std::string id = "##" + std::string(label);
    const std::string preview_text(preview);
    ImGui::PushStyleColor(ImGuiCol_FrameBg, enabled ? p.surface : p.surface_alt);
    ImGui::PushStyleColor(ImGuiCol_FrameBgHovered, enabled ? p.surface : p.surface_alt);
    ImGui::PushStyleColor(ImGuiCol_Border, enabled ? p.control_border : p.border_strong); // 1.4.11: 3:1
    ImGui::PushStyleColor(ImGuiCol_Text, enabled ? p.text : p.text_muted);
    ImGui::PushStyleVar(ImGuiStyleVar_DisabledAlpha, 1.0F);
    ImGui::BeginDisabled(!enabled);
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(4, 4));
    ImGui::PushStyleVar(ImGuiStyleVar_PopupBorderSize, 1.0F);
    ImGui::PushStyleColor(ImGuiCol_Border, p.border_strong);
    const ImGuiID combo_id = ImGui::GetID(id.c_str());
    const bool open = ImGui::BeginCombo(id.c_str(), preview_text.c_str(), ImGuiComboFlags_NoArrowButton);
    describe(combo_id, id,
             {.role = Role::combobox,
              .name = std::string(label),
              .value = preview_text,
              .state = {.disabled = !enabled, .expandable = true, .expanded = open}});
    ImGui::PopStyleColor();
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    const bool hovered = ImGui::IsItemHovered();
    if (open) {
        declare(ImGui::GetCurrentWindow()->ID, {.role = Role::listbox, .name = std::string(label)});
        ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 2));
        ImGui::PushStyleColor(ImGuiCol_Header, p.accent.soft);
        ImGui::PushStyleColor(ImGuiCol_HeaderHovered, p.surface_alt);
        ImGui::PushStyleColor(ImGuiCol_HeaderActive, p.accent.soft);
        for (int i = 0; i < option_count; ++i) {
            const std::string option(options[i]);
            if (ImGui::Selectable(option.c_str(), i == current, 0, ImVec2(0, kOptionHeight))) {
                chosen = i;
            }
            declare_last_item({.role = Role::option, .name = option, .state = {.selected = i == current}});
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
        field_ring(draw, min, max, p.primary);
    } else if (hovered && enabled) {
        draw->AddRect(min, max, p.text_subtle, 4);
    }
    draw_glyph(draw, ui.fonts.small, enabled ? assets::icon::chevron_down : assets::icon::lock, min,
               ImVec2(max.x - kChevronInset, max.y), enabled ? p.text_muted : p.text_subtle, ImVec2(1, 0.5F));
    return chosen;
}

} // namespace imt::ui
