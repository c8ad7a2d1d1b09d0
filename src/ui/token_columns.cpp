#include "ui/token_columns.hpp"

#include "core/expiry.hpp"
#include "core/relative_time.hpp"
#include "core/token_status.hpp"
#include "imt_assets/embedded_assets.hpp"
#include "ui/keyboard.hpp"
#include "ui/widget_kit.hpp"
#include "ui/widgets.hpp"

#include <cmath>

namespace imt::ui {
namespace {

namespace icon = assets::icon;

constexpr float kRowHeight = metrics::table_row_height;
constexpr float kActionSize = 32;
constexpr float kActionGap = 4;

// The row's selectable spans every column; its label after "##" is the token's name. It is out of
// the keyboard's way when the row has an Edit button, which does the same: Tab and the arrows then
// go from button to button, row after row. An admin who may only read reaches the row itself.
void name_cell(Ui& ui, const ApiToken& token, const TokenCell& cell) {
    const State& s = ui.state;
    const std::string row_label = "##" + token.name;
    if (s.session.can.update) {
        ImGui::PushItemFlag(ImGuiItemFlags_NoNav, true);
    }
    const bool open = ImGui::Selectable(
        row_label.c_str(), false, ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowOverlap,
        ImVec2(0, kRowHeight));
    if (s.session.can.update) {
        ImGui::PopItemFlag();
    }
    declare_last_item({.role = Role::row, .name = token.name, .state = {.disabled = !s.session.can.read}});
    const bool row_hovered = ImGui::IsItemHovered();
    if (row_hovered && s.session.can.read) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    }
    if (open && s.session.can.read) {
        ui.emit(act::OpenEdit{token.id});
    }
    // Whole, on two lines if it must: a name is what tells one row from another.
    ImGui::PushFont(ui.fonts.body_strong);
    const int lines = line_count(cell.width, kNameLines, token.name);
    const float line_height = ImGui::GetFontSize() + 2;
    const float top = std::round((kRowHeight - static_cast<float>(lines) * line_height + 2) * 0.5F);
    const bool cut = text_lines(ImGui::GetWindowDrawList(), ImVec2(cell.origin.x, cell.origin.y + top),
                                cell.width, kNameLines, token.name, ui.colours.text);
    ImGui::PopFont();
    if (cut && row_hovered &&
        ImGui::IsMouseHoveringRect(cell.origin,
                                   ImVec2(cell.origin.x + cell.width, cell.origin.y + kRowHeight))) {
        item_tooltip(ui, token.name);
    }
}

// One line of text cut to the cell, and the room it takes.
bool line_cell(const TokenCell& cell, std::string_view value, ImU32 colour) {
    const bool cut =
        text_ellipsis(ImGui::GetWindowDrawList(), ImVec2(cell.origin.x, cell.origin.y + cell.text_offset),
                      cell.width, value, colour);
    ImGui::Dummy(ImVec2(cell.width, kRowHeight));
    return cut;
}

void description_cell(Ui& ui, const ApiToken& token, const TokenCell& cell) {
    if (line_cell(cell, token.description, ui.colours.text_muted)) {
        item_tooltip(ui, token.description);
    }
}

void created_cell(Ui& ui, const ApiToken& token, const TokenCell& cell) {
    line_cell(cell, ui.texts.relative(relative_time(token.created_at, ui.state.now, UnderAnHour::Minutes)),
              ui.colours.text);
    item_tooltip(ui, ui.texts.date_time(token.created_at));
}

void last_used_cell(Ui& ui, const ApiToken& token, const TokenCell& cell) {
    ImGui::SetCursorScreenPos(
        ImVec2(cell.origin.x, cell.origin.y + std::round((kRowHeight - metrics::badge_height) * 0.5F)));
    if (usage_badge(ui, token)) {
        if (token.last_used_at) {
            const std::string when = ui.texts.relative(relative_time(token.last_used_at, ui.state.now));
            item_tooltip(ui, when + " · " + ui.texts.date_time(*token.last_used_at));
        }
        return;
    }
    ImGui::SetCursorScreenPos(cell.origin);
    line_cell(cell, ui.texts.relative(relative_time(token.last_used_at, ui.state.now)),
              token.last_used_at ? ui.colours.text : ui.colours.text_subtle);
    if (token.last_used_at) {
        item_tooltip(ui, ui.texts.date_time(*token.last_used_at));
    }
}

void expiry_cell(Ui& ui, const ApiToken& token, const TokenCell& cell) {
    ImGui::SetCursorScreenPos(
        ImVec2(cell.origin.x, cell.origin.y + std::round((kRowHeight - metrics::badge_height) * 0.5F)));
    expiry_badge(ui, token, true);
}

void actions_cell(Ui& ui, const ApiToken& token, const TokenCell& cell) {
    token_actions(ui, token,
                  ImVec2(cell.origin.x + cell.width, cell.origin.y + (kRowHeight - kActionSize) * 0.5F),
                  cell);
}

} // namespace

const std::array<TokenColumn, 6> kTokenColumns{{
    {"name", "list.column.name", SortColumn::Name, name_cell, true, 2.2F, 200, 0},
    {"description", "list.column.description", SortColumn::Description, description_cell, true, 1.6F, 80, 4},
    {"created", "list.column.created_at", SortColumn::CreatedAt, created_cell, false, 120, 120, 2},
    {"last-used", "list.column.last_used", SortColumn::LastUsed, last_used_cell, false, 140, 140, 3},
    {"expiry", "list.column.expiry", SortColumn::Expiry, expiry_cell, false, 150, 150, 1},
    {"actions", {}, std::nullopt, actions_cell, false, 76, 76, 0},
}};

void expiry_badge(Ui& ui, const ApiToken& token, bool with_tooltip) {
    const ExpiryStatus status = expiry_status(token, ui.state.now);
    const auto date_tooltip = [&](std::string_view key) {
        if (with_tooltip && token.expires_at) {
            const std::string date = ui.texts.date_time(*token.expires_at);
            item_tooltip(ui, ui.tf(key, {{"date", date}}));
        }
    };
    switch (status.kind) {
    case ExpiryStatus::Kind::Unlimited:
        badge(ui, ui.t("expiry.unlimited"), ui.colours.neutral, "neutral");
        if (with_tooltip) {
            item_tooltip(ui, ui.t("expiry.never_expires"));
        }
        break;
    case ExpiryStatus::Kind::Active: {
        // The filter's rule, so a row under "Expires within 7 days" always wears the warning.
        const bool soon = has_status(token, TokenStatus::ExpiresSoon, ui.state.now);
        badge(ui, ui.texts.plural("expiry.expires_in", status.days_left),
              soon ? ui.colours.warning : ui.colours.success, soon ? "warning" : "success");
        date_tooltip("expiry.expires_on");
        break;
    }
    case ExpiryStatus::Kind::Expired:
        badge(ui, ui.t("expiry.expired"), ui.colours.danger, "danger");
        date_tooltip("expiry.expired_on");
        break;
    }
}

bool usage_badge(Ui& ui, const ApiToken& token) {
    if (has_status(token, TokenStatus::NeverUsed, ui.state.now)) {
        badge(ui, ui.t("list.badge.never_used"), ui.colours.neutral, "neutral");
        return true;
    }
    if (has_status(token, TokenStatus::Unused30Days, ui.state.now)) {
        badge(ui, ui.t("list.badge.unused_30_days"), ui.colours.warning, "warning");
        return true;
    }
    return false;
}

float token_actions_width(const State& state) {
    const int buttons = (state.session.can.update ? 1 : 0) + (state.session.can.remove ? 1 : 0);
    return buttons == 0
               ? 0
               : static_cast<float>(buttons) * kActionSize + static_cast<float>(buttons - 1) * kActionGap;
}

void token_actions(Ui& ui, const ApiToken& token, ImVec2 top_right, const TokenCell& cell) {
    const State& s = ui.state;
    const IconButtonOptions options{.size = kActionSize, .bordered = false};
    float x = top_right.x - token_actions_width(s);
    bool focus_pending = cell.take_focus;
    const auto take_focus = [&] {
        if (focus_pending) {
            focus_last_item(cell.focus_visible);
            focus_pending = false;
        }
    };
    if (s.session.can.update) {
        ImGui::SetCursorScreenPos(ImVec2(x, top_right.y));
        if (icon_button(ui, icon::pencil, ui.tf("list.edit", {{"name", token.name}}), "edit", options)) {
            ui.emit(act::OpenEdit{token.id});
        }
        x += kActionSize + kActionGap;
    }
    if (s.session.can.remove) {
        ImGui::SetCursorScreenPos(ImVec2(x, top_right.y));
        if (icon_button(ui, icon::trash, ui.tf("list.delete", {{"name", token.name}}), "delete", options)) {
            ui.emit(act::AskDelete{token.id});
        }
        // After a delete, the row taking its place offers its own Delete: the same key again.
        take_focus();
    }
    take_focus();
}

std::array<bool, kTokenColumns.size()> shown_columns(float width, float cell_padding_x) {
    std::array<bool, kTokenColumns.size()> shown{};
    shown.fill(true);
    const auto needed = [&] {
        float total = 0;
        for (std::size_t i = 0; i < kTokenColumns.size(); ++i) {
            total += shown[i] ? kTokenColumns[i].min_width + cell_padding_x * 2 : 0;
        }
        return total;
    };
    while (needed() > width) {
        std::size_t next = kTokenColumns.size();
        for (std::size_t i = 0; i < kTokenColumns.size(); ++i) {
            const int give_way = kTokenColumns[i].give_way;
            if (shown[i] && give_way > 0 &&
                (next == kTokenColumns.size() || give_way > kTokenColumns[next].give_way)) {
                next = i;
            }
        }
        if (next == kTokenColumns.size()) {
            break; // only the columns that never give way are left
        }
        shown[next] = false;
    }
    return shown;
}

} // namespace imt::ui
