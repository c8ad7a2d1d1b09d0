// The token list on a narrow screen: one card per token, stacked, instead of the table.
//
// For the accessibility tree the cards stay what the table's rows are: the list is declared a
// table named like the page, each card a row named by its token (the same records the table
// gives), so a mirror of the page keeps one model at every width. A drop-down and a direction
// button stand in for the column headers' sorting.

#include "core/relative_time.hpp"
#include "imt_assets/embedded_assets.hpp"
#include "ui/token_columns.hpp"
#include "ui/views.hpp"
#include "ui/widget_kit.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <array>
#include <cmath>

namespace imt::ui {
namespace {

namespace icon = assets::icon;

constexpr ImVec2 kPadding(16, 12);
constexpr float kGap = 8; // between cards
constexpr float kCardHeight = 186;
constexpr float kActionSize = 32;

constexpr std::array<SortColumn, 5> kSortColumns{SortColumn::Name, SortColumn::Description,
                                                 SortColumn::CreatedAt, SortColumn::LastUsed,
                                                 SortColumn::Expiry};
constexpr std::array<std::string_view, 5> kSortKeys{"list.column.name", "list.column.description",
                                                    "list.column.created_at", "list.column.last_used",
                                                    "list.column.expiry"};

void token_card(Ui& ui, const ApiToken& token, const TokenCell& focus) {
    const State& s = ui.state;
    const Palette& p = ui.colours;
    ImGui::PushID(static_cast<int>(token.id));
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const ImVec2 max(origin.x + width, origin.y + kCardHeight);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(origin, max, p.surface, metrics::card_rounding);
    draw->AddRect(origin, max, p.border_strong, metrics::card_rounding);

    // The card itself opens the token, like a table row; Edit does the same for the keyboard.
    const std::string row_label = "##" + token.name;
    if (s.session.can.update) {
        ImGui::PushItemFlag(ImGuiItemFlags_NoNav, true);
    }
    const bool open = ImGui::Selectable(row_label.c_str(), false, ImGuiSelectableFlags_AllowOverlap,
                                        ImVec2(width, kCardHeight));
    if (s.session.can.update) {
        ImGui::PopItemFlag();
    }
    declare_last_item({.role = Role::row, .name = token.name, .state = {.disabled = !s.session.can.read}});
    if (open && s.session.can.read) {
        ui.emit(act::OpenEdit{token.id});
    }
    const float inner = width - kPadding.x * 2;
    float y = origin.y + kPadding.y;
    const float x = origin.x + kPadding.x;

    ImGui::PushFont(ui.fonts.body_strong);
    text_lines(draw, ImVec2(x, y), inner, kNameLines, token.name, p.text);
    y += (ImGui::GetFontSize() + 2) * kNameLines + 4;
    ImGui::PopFont();
    text_ellipsis(draw, ImVec2(x, y), inner, token.description, p.text_muted);
    y += ImGui::GetFontSize() + 8;

    const std::string created =
        ui.texts.relative(relative_time(token.created_at, s.now, UnderAnHour::Minutes));
    const std::string used = ui.texts.relative(relative_time(token.last_used_at, s.now));
    ImGui::PushFont(ui.fonts.small);
    const float small_line = ImGui::GetFontSize() + 4;
    text_ellipsis(draw, ImVec2(x, y), inner, ui.tf("form.facts.created", {{"time", created}}), p.text_muted);
    y += small_line;
    text_ellipsis(draw, ImVec2(x, y), inner, ui.tf("form.facts.last_used", {{"time", used}}), p.text_muted);
    y += small_line + 6;
    ImGui::PopFont();

    // The statuses: the expiry's badge and, when it says something, the use's.
    ImGui::SetCursorScreenPos(ImVec2(x, y));
    expiry_badge(ui, token, false);
    ImGui::SameLine(0, kGap);
    usage_badge(ui, token);
    y += metrics::badge_height + 6;
    token_actions(ui, token, ImVec2(max.x - kPadding.x, y), focus);
    ImGui::SetCursorScreenPos(ImVec2(origin.x, max.y + kGap));
    ImGui::Dummy(ImVec2(width, 0));
    ImGui::PopID();
}

// "Sort by" and the direction: the narrow layout's column headers.
void sort_controls(Ui& ui) {
    const TableOrder& order = ui.state.list.order;
    std::array<std::string_view, kSortColumns.size()> names{};
    int current = 0;
    for (std::size_t i = 0; i < kSortColumns.size(); ++i) {
        names[i] = ui.t(kSortKeys[i]);
        if (kSortColumns[i] == order.column) {
            current = static_cast<int>(i);
        }
    }
    const std::string_view label = ui.t("list.sort_by");
    field_label(ui, label, false);
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(0, 0));
    if (ImGui::BeginTable("sort", 2, ImGuiTableFlags_SizingFixedFit)) {
        ImGui::TableSetupColumn("by", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("direction", ImGuiTableColumnFlags_WidthFixed, metrics::control_height + 8);
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        const int chosen = select_field(ui, label, names[static_cast<std::size_t>(current)], names.data(),
                                        static_cast<int>(names.size()), current, true);
        if (chosen >= 0) {
            ui.emit(act::SortBy{kSortColumns[static_cast<std::size_t>(chosen)], true});
        }
        ImGui::TableSetColumnIndex(1);
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + 8);
        const std::string_view direction =
            order.ascending ? ui.t("list.sort.ascending") : ui.t("list.sort.descending");
        if (icon_button(ui, order.ascending ? icon::caret_up : icon::caret_down, direction, "sort-direction",
                        {.size = metrics::control_height})) {
            ui.emit(act::SortBy{order.column, !order.ascending});
        }
        ImGui::EndTable();
    }
    ImGui::PopStyleVar();
    ImGui::Dummy(ImVec2(0, 4));
}

} // namespace

void token_cards(Ui& ui, ModalFocus& focus) {
    const State& s = ui.state;
    sort_controls(ui);
    const auto rows = static_cast<int>(s.list.rows.size());
    const ImGuiID list_id = ImGui::GetID("tokens");
    const ImVec2 start = ImGui::GetCursorScreenPos();
    // The list as one item, so the registry has the table to hang the rows' meaning on.
    ImGui::ItemAdd(ImRect(start, ImVec2(start.x + ImGui::GetContentRegionAvail().x, start.y + 1)), list_id,
                   nullptr, ImGuiItemFlags_NoNav);
    declare(list_id, {.role = Role::table, .name = std::string(ui.t("list.title"))});
    if (rows == 0) {
        text(no_match_text(ui), ui.colours.text_muted);
        return;
    }
    ImGuiListClipper clipper;
    clipper.Begin(rows, kCardHeight + kGap);
    include_edge_rows(clipper, rows, kCardHeight + kGap,
                      focus.focus_row ? static_cast<int>(*focus.focus_row) : -1);
    while (clipper.Step()) {
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            const auto index = static_cast<std::size_t>(row);
            TokenCell cell{};
            cell.take_focus = focus.focus_row == index;
            cell.focus_visible = focus.focus_row_visible;
            token_card(ui, s.list.tokens[s.list.rows[index]], cell);
            if (cell.take_focus) {
                focus.focus_row.reset();
            }
        }
    }
}

} // namespace imt::ui
