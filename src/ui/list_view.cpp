// The list of API tokens: header, search, the sortable virtualised table and its states; on a
// narrow screen, stacked cards (token_cards.cpp) instead of the table.
//
// Sections: page_header (title, Create, "n") · toolbar (search, "/", count; then list_hygiene.cpp's
// summary, filters and export) · sort_header and
// header_row · token_row and token_table (clipped rows, focus after a delete) · shared pieces
// (page_spinner, empty_state, error_text) · list_view (which state shows what; table or cards).

#include "imt_assets/embedded_assets.hpp"
#include "ui/token_columns.hpp"
#include "ui/views.hpp"
#include "ui/widget_kit.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

namespace imt::ui {
namespace {

namespace icon = assets::icon;

constexpr float kRowHeight = metrics::table_row_height;
constexpr float kHeaderHeight = metrics::table_header_height;
constexpr float kSearchWidth = 340;
constexpr float kArrowGap = 6;     // between a header's caption and its sort arrow
constexpr float kCardsBelow = 460; // the list's width under which rows become cards

// Title and "Create new API Token" on one line, or the button under the title when both do not fit.
void page_header(Ui& ui) {
    const State& s = ui.state;
    const float top = ImGui::GetCursorPosY();
    const float width = ImGui::GetContentRegionAvail().x;
    const std::string_view title = ui.t("list.title");
    ImGui::PushFont(ui.fonts.title);
    text(title, ui.colours.text);
    declare_heading(title, 1);
    ImGui::PopFont();
    float subtitle_y = top + 48;
    if (s.session.can.create) {
        const std::string_view label = ui.t("list.create");
        const std::string tooltip = ui.with_key(label, "n");
        const ButtonOptions options{.icon = icon::plus, .tooltip = tooltip};
        const ImVec2 size = button_size(ui, label, options);
        const bool one_line = text_size(ui.fonts.title, title).x + 16 + size.x <= width;
        if (one_line) {
            ImGui::SameLine();
            ImGui::SetCursorPosY(top + 4);
            align_right(size.x);
        } else {
            ImGui::SetCursorPosY(top + 44);
            subtitle_y = top + 44 + size.y + 12;
        }
        if (button(ui, label, "create", ButtonKind::Primary, options) || ui.keys.new_token) {
            ui.emit(act::OpenCreate{});
        }
    }
    ImGui::SetCursorPosY(subtitle_y);
    ImGui::PushFont(ui.fonts.lead);
    text_wrapped(ui.t("list.subtitle"), ui.colours.text_muted, width);
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(0, 20));
}

void toolbar(Ui& ui, EditBuffers& buffers) {
    const State& s = ui.state;
    if (!buffers.search_active && buffers.search != s.list.order.query) {
        buffers.search = s.list.order.query;
    }
    float row_y = ImGui::GetCursorPosY();
    if (ui.keys.focus_search) {
        focus_next_item();
    }
    const float width = ImGui::GetContentRegionAvail().x;
    // Narrow: the search takes the whole line and the count goes under it.
    const bool narrow = width < kSearchWidth + 200;
    const std::string hint(ui.t("list.search_hint"));
    const bool changed = text_input(ui, "search", buffers.search,
                                    {.hint = hint,
                                     .width = narrow ? width : kSearchWidth,
                                     .icon = icon::search,
                                     .overlapped = !buffers.search.empty(),
                                     .key_shortcut = ui.single_key("/")});
    buffers.search_active = ImGui::IsItemActive();
    item_tooltip(ui, ui.with_key(ui.t("list.search_hint"), "/"));
    if (changed && buffers.search != s.list.order.query) {
        ui.emit(act::Search{buffers.search});
    }
    if (!buffers.search.empty()) {
        const ImVec2 input_max = ImGui::GetItemRectMax();
        const ImVec2 input_min = ImGui::GetItemRectMin();
        ImGui::SetCursorScreenPos(
            ImVec2(input_max.x - 34, input_min.y + (input_max.y - input_min.y - 28) * 0.5F));
        if (icon_button(ui, icon::close, ui.t("list.clear_search"), "clear-search",
                        {.size = 28, .bordered = false})) {
            buffers.search.clear();
            ui.emit(act::Search{""});
        }
    }

    // The count reads the sizes only: never a pass over the tokens.
    const auto total = static_cast<std::int64_t>(s.list.tokens.size());
    const auto shown = static_cast<std::int64_t>(s.list.rows.size());
    std::string count = ui.texts.plural("list.count", total);
    if (!s.list.order.query.empty() || s.list.order.status) {
        const std::string shown_text = ui.texts.number(shown);
        count = ui.tf("list.count_filtered", {{"shown", shown_text}, {"total", count}});
    }
    const ImVec2 count_size = text_size(ui.fonts.body, count);
    if (narrow) {
        row_y += metrics::control_height + 8;
    }
    ImGui::SetCursorPosY(row_y + (metrics::control_height - count_size.y) * 0.5F);
    ImGui::SetCursorPosX(ImGui::GetCursorStartPos().x);
    align_right(count_size.x);
    if (s.list.load == Load::Loading) {
        const ImVec2 at = ImGui::GetCursorScreenPos();
        spinner(ui, ImVec2(at.x - 16, at.y + count_size.y * 0.5F), 7, ui.colours.primary, 2);
    }
    text(count, ui.colours.text_muted);
    ImGui::SetCursorPosY(row_y + (narrow ? count_size.y + 12 : metrics::control_height + 16));
}

// A column header: small caps, and an arrow on the column the rows are sorted by. Clicking sorts by
// that column, ascending first, and reverses on the next click.
void sort_header(Ui& ui, const TokenColumn& column) {
    if (ImGui::GetCurrentWindow()->SkipItems || !column.sort) {
        return;
    }
    const TableOrder& order = ui.state.list.order;
    const SortColumn sort = *column.sort;
    const bool active = order.column == sort;
    const std::string_view name = ui.t(column.header_key);
    const std::string caption = upper(name);
    const SortDirection direction = !active           ? SortDirection::none
                                    : order.ascending ? SortDirection::ascending
                                                      : SortDirection::descending;
    const Control c =
        control(labelled(caption, "sort-" + std::string(column.id)),
                ImVec2(ImGui::GetContentRegionAvail().x, kHeaderHeight),
                {.role = Role::columnheader, .name = std::string(name), .state = {.sort = direction}});
    if (!c.visible) {
        return;
    }
    if (c.pressed) {
        ui.emit(act::SortBy{sort, active ? !order.ascending : true});
    }
    const Palette& p = ui.colours;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImFont* font = ui.fonts.caps;
    const ImVec2 pos = c.bb.Min;
    const ImVec2 text = text_size(font, caption);
    const float y = std::round(pos.y + (kHeaderHeight - text.y) * 0.5F);
    const ImU32 colour = active || c.hovered ? p.text : p.text_muted;
    draw_text(draw, font, font_size(font), ImVec2(pos.x, y), colour, caption);
    if (active || c.hovered) {
        const char* arrow = !active || order.ascending ? icon::caret_up : icon::caret_down;
        draw_glyph(draw, ui.fonts.small, arrow, ImVec2(pos.x + text.x + kArrowGap, pos.y), c.bb.Max,
                   active ? p.text_muted : p.text_subtle, ImVec2(0, 0.5F));
    }
}

void header_row(Ui& ui) {
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers, kHeaderHeight);
    for (std::size_t i = 0; i < kTokenColumns.size(); ++i) {
        if (ImGui::TableSetColumnIndex(static_cast<int>(i))) {
            sort_header(ui, kTokenColumns[i]);
        }
    }
}

// One table row; only ever called for rows the clipper says are visible.
void token_row(Ui& ui, const ApiToken& token, bool take_focus, bool focus_visible) {
    ImGui::TableNextRow(ImGuiTableRowFlags_None, kRowHeight);
    ImGui::PushID(static_cast<int>(token.id));
    const float text_offset = std::round((kRowHeight - ImGui::GetFontSize()) * 0.5F);
    for (std::size_t i = 0; i < kTokenColumns.size(); ++i) {
        // The name column holds the row itself, so it is drawn even when scrolled sideways.
        if (ImGui::TableSetColumnIndex(static_cast<int>(i)) || i == kNameColumn) {
            const TokenCell cell{ImGui::GetCursorScreenPos(), ImGui::GetContentRegionAvail().x, text_offset,
                                 take_focus, focus_visible};
            kTokenColumns[i].cell(ui, token, cell);
        }
    }
    ImGui::PopID();
}

void token_table(Ui& ui, ModalFocus& focus) {
    const State& s = ui.state;
    const Palette& p = ui.colours;
    const auto rows = static_cast<int>(s.list.rows.size());
    const float content_height = kHeaderHeight + 1 + static_cast<float>(std::max(rows, 1)) * kRowHeight;
    // The table scrolls inside its card (header frozen) once it would pass the bottom of the page.
    const float room = ui.page_bottom - ImGui::GetCursorScreenPos().y - 16 - 40;
    const float table_height = std::max(std::min(content_height, room), kHeaderHeight + 3 * kRowHeight);

    Card card(ui, "tokens-card", ImVec2(24, 8), table_height + 16);
    const ImVec2 cell_padding(12, 0);
    const auto shown = shown_columns(ImGui::GetContentRegionAvail().x, cell_padding.x);
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, cell_padding);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(8, 0));
    ImGui::PushStyleColor(ImGuiCol_Header, with_alpha(p.surface, 0.0F));
    ImGui::PushStyleColor(ImGuiCol_HeaderHovered, p.row_hover);
    ImGui::PushStyleColor(ImGuiCol_HeaderActive, p.accent.soft);
    ImGui::PushStyleColor(ImGuiCol_TableBorderLight, p.border);
    ImGui::PushStyleColor(ImGuiCol_TableHeaderBg, p.surface);
    const ImGuiTableFlags flags = ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_NoSavedSettings;
    if (ImGui::BeginTable("tokens", static_cast<int>(kTokenColumns.size()), flags, ImVec2(0, table_height))) {
        join_parent_navigation();
        declare(ImGui::GetCurrentWindow()->ID,
                {.role = Role::table, .name = std::string(ui.t("list.title"))});
        for (std::size_t i = 0; i < kTokenColumns.size(); ++i) {
            const TokenColumn& column = kTokenColumns[i];
            ImGuiTableColumnFlags column_flags =
                column.stretch ? ImGuiTableColumnFlags_WidthStretch : ImGuiTableColumnFlags_WidthFixed;
            if (!shown[i]) {
                column_flags |= ImGuiTableColumnFlags_Disabled;
            }
            const std::string id(column.id);
            ImGui::TableSetupColumn(id.c_str(), column_flags, column.width);
        }
        ImGui::TableSetupScrollFreeze(0, 1);
        header_row(ui);

        ImGuiListClipper clipper;
        clipper.Begin(rows, kRowHeight);
        include_edge_rows(clipper, rows, kRowHeight,
                          focus.focus_row ? static_cast<int>(*focus.focus_row) : -1);
        while (clipper.Step()) {
            for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
                const auto index = static_cast<std::size_t>(row);
                const bool take_focus = focus.focus_row == index;
                token_row(ui, s.list.tokens[s.list.rows[index]], take_focus, focus.focus_row_visible);
                if (take_focus) {
                    focus.focus_row.reset();
                }
            }
        }
        if (rows == 0) {
            ImGui::TableNextRow(ImGuiTableRowFlags_None, kRowHeight);
            ImGui::TableSetColumnIndex(static_cast<int>(kNameColumn));
            ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (kRowHeight - ImGui::GetFontSize()) * 0.5F);
            text(no_match_text(ui), p.text_muted);
        }
        ImGui::EndTable();
    }
    ImGui::PopStyleColor(5);
    ImGui::PopStyleVar(2);
}

} // namespace

void page_spinner(Ui& ui, std::string_view message) {
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const float height = std::max(160.0F, std::min(avail.y, 240.0F));
    const ImVec2 centre(start.x + avail.x * 0.5F, start.y + height * 0.4F);
    spinner(ui, centre, 16, ui.colours.primary, 3);
    const ImVec2 size = text_size(ui.fonts.body, message);
    ImGui::SetCursorScreenPos(ImVec2(centre.x - size.x * 0.5F, centre.y + 30));
    text(message, ui.colours.text_muted);
    ImGui::SetCursorScreenPos(start);
    ImGui::Dummy(ImVec2(avail.x, height));
}

bool empty_state(Ui& ui, const char* icon_text, std::string_view title, std::string_view body,
                 std::string_view button_text, std::string_view button_id, const char* button_icon) {
    const Palette& p = ui.colours;
    const float width = ImGui::GetContentRegionAvail().x;
    const float x0 = ImGui::GetCursorPosX();
    ImGui::Dummy(ImVec2(0, 32));
    const auto centre_next = [&](float item_width) {
        ImGui::SetCursorPosX(x0 + std::round((width - item_width) * 0.5F));
    };

    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const ImVec2 circle(at.x + width * 0.5F, at.y + 44);
    draw->AddCircleFilled(circle, 44, p.accent.soft, 48);
    draw_glyph(draw, ui.fonts.icon_large, icon_text, circle, circle, p.primary);
    ImGui::Dummy(ImVec2(0, 88 + 20));

    ImGui::PushFont(ui.fonts.heading);
    centre_next(text_size(ui.fonts.heading, title).x);
    text(title, p.text);
    declare_heading(title, 2);
    ImGui::PopFont();
    if (!body.empty()) {
        ImGui::Dummy(ImVec2(0, 2));
        const float wrap = std::min(width - 48, 520.0F);
        const ImVec2 body_size = ImGui::CalcTextSize(body.data(), body.data() + body.size(), false, wrap);
        centre_next(body_size.x);
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap);
        text(body, p.text_muted);
        declare_text(body);
        ImGui::PopTextWrapPos();
    }
    bool clicked = false;
    if (!button_text.empty()) {
        ImGui::Dummy(ImVec2(0, 12));
        const ButtonOptions options{.icon = button_icon};
        centre_next(button_size(ui, button_text, options).x);
        clicked = button(ui, button_text, button_id, ButtonKind::Secondary, options);
    }
    ImGui::Dummy(ImVec2(0, 40));
    return clicked;
}

// Strapi's own message explains an HTTP error best; the page's text does for the rest (only the
// HTTP one without a message has a {status} to fill).
std::string error_text(Ui& ui, const ApiError& error) {
    if (error.kind == ApiErrorKind::Http && !error.message.empty()) {
        return error.message;
    }
    return ui.tf(message_key(error.kind), {{"status", std::to_string(error.status)}});
}

void list_view(Ui& ui, EditBuffers& buffers, ModalFocus& focus) {
    const State& s = ui.state;
    page_header(ui);

    if (!s.session.can.read) {
        Card card(ui, "no-permission", metrics::card_padding);
        empty_state(ui, icon::lock, ui.t("list.no_permission.title"), ui.t("list.no_permission.body"), {}, {},
                    nullptr);
        return;
    }
    const bool have_rows = s.list.load == Load::Ready || !s.list.tokens.empty();
    if (!have_rows && s.list.load == Load::Failed) {
        Card card(ui, "list-error", metrics::card_padding);
        const std::string detail = s.list.error ? error_text(ui, *s.list.error) : std::string{};
        if (empty_state(ui, icon::plug, ui.t("list.error.title"), detail, ui.t("list.retry"), "retry",
                        icon::refresh)) {
            ui.emit(act::Reload{});
        }
        return;
    }
    if (!have_rows) {
        Card card(ui, "list-loading", metrics::card_padding);
        page_spinner(ui, ui.t("list.loading"));
        return;
    }
    if (s.list.unread.count > 0) {
        const auto count = static_cast<std::int64_t>(s.list.unread.count);
        callout(ui, "unread-rows", Role::alert, ui.colours.warning, icon::exclamation_circle,
                ui.texts.plural("list.unread_rows", count, {{"problem", s.list.unread.first_problem}}), {});
        ImGui::Dummy(ImVec2(0, 16));
    }
    if (s.list.tokens.empty()) {
        Card card(ui, "list-empty", metrics::card_padding);
        if (s.session.can.create) {
            if (empty_state(ui, icon::key, ui.t("list.empty.title"), {}, ui.t("list.empty.create"),
                            "create-first", icon::plus)) {
                ui.emit(act::OpenCreate{});
            }
        } else {
            empty_state(ui, icon::cubes, ui.t("list.empty.no_content"), {}, {}, {}, nullptr);
        }
        return;
    }
    toolbar(ui, buffers);
    list_hygiene(ui);
    // Cards below the width where the name, the expiry and the actions no longer sit side by side.
    if (ImGui::GetContentRegionAvail().x < kCardsBelow) {
        token_cards(ui, focus);
    } else {
        token_table(ui, focus);
    }
}

} // namespace imt::ui
