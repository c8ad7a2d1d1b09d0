#pragma once
// The token table's columns, each declared once: its id, header text, sort key, cell, width and
// the order in which it gives way when the table is too narrow for every column.

#include "core/token_table.hpp"
#include "ui/ui_context.hpp"

#include <imgui.h>

#include <array>
#include <optional>
#include <string_view>

namespace imt::ui {

struct TokenCell {
    ImVec2 origin;              // top left of the cell
    float width;                // the cell's content width
    float text_offset;          // from the top to a line of body text centred in the row
    bool take_focus = false;    // the row's actions take keyboard focus (a deleted row's neighbour)
    bool focus_visible = false; // with their ring shown
};

struct TokenColumn {
    std::string_view id;         // the ImGui column id; its header is "sort-<id>" in the registry
    std::string_view header_key; // empty: the column has no header text
    std::optional<SortColumn> sort;
    void (*cell)(Ui& ui, const ApiToken& token, const TokenCell& cell);
    bool stretch; // true: `width` is a share of the room left; false: pixels
    float width;
    float min_width; // narrower than this, the column gives way (when it may)
    int give_way;    // 0: never; otherwise columns give way highest first
};

extern const std::array<TokenColumn, 6> kTokenColumns;
// The name column's cell also holds the row's selectable: it comes first and never gives way.
inline constexpr std::size_t kNameColumn = 0;

// A token's name is drawn whole on up to this many lines (the cell wraps it).
inline constexpr int kNameLines = 2;

// The row's Edit and Delete buttons (those the admin may use) at `top_right`, right to left
// laid out, left to right submitted; `cell.take_focus` gives the first its keyboard focus.
void token_actions(Ui& ui, const ApiToken& token, ImVec2 top_right, const TokenCell& cell);
// The expiry's badge at the cursor: unlimited, expires in n days (a warning once the token has
// TokenStatus::ExpiresSoon), expired; with the date as tooltip when `with_tooltip`.
void expiry_badge(Ui& ui, const ApiToken& token, bool with_tooltip);
// The use's badge at the cursor: never used, or unused for 30+ days; false (nothing drawn) otherwise.
bool usage_badge(Ui& ui, const ApiToken& token);
// How wide token_actions() is for the admin.
float token_actions_width(const State& state);

// Which columns are shown in a table `width` wide: those giving way go first, until the rest fit.
std::array<bool, kTokenColumns.size()> shown_columns(float width, float cell_padding_x);

} // namespace imt::ui
