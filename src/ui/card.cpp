// The white card with a soft shadow that holds each part of the page. A card is a child window
// flattened for navigation: Tab and the arrows go through its controls as if it were not there.

#include "ui/widget_kit.hpp"
#include "ui/widgets.hpp"

#include <algorithm>

namespace imt::ui {

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
    ImGui::BeginChild(
        label.c_str(), ImVec2(width > 0 ? width : ImGui::GetContentRegionAvail().x, std::max(height, 0.0F)),
        flags,
        ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NavFlattened);
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

void callout(Ui& ui, std::string_view id, Role role, const Tone3& tone, const char* icon_text,
             std::string_view title, std::string_view body) {
    Card card(ui, id, ImVec2(20, 14), 0, tone.soft, tone.border);
    declare(ImGui::GetCurrentWindow()->ID,
            {.role = role, .name = std::string(title), .value = std::string(body)});
    ImGui::PushFont(ui.fonts.body_strong);
    text(icon_text, tone.strong);
    ImGui::SameLine(0, 10);
    text(title, ui.colours.text);
    ImGui::PopFont();
    if (!body.empty()) {
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + 26);
        text_wrapped(body, ui.colours.text_muted);
    }
}

} // namespace imt::ui
