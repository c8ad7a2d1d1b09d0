// The list of API tokens: header, search, the sortable virtualised table and its states.

#include "core/expiry.hpp"
#include "core/relative_time.hpp"
#include "imt_assets/embedded_assets.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <array>
#include <cmath>

namespace imt::ui {
namespace {

namespace icon = assets::icon;

constexpr float kRowHeight = metrics::table_row_height;
constexpr float kHeaderHeight = 48;
constexpr float kSearchWidth = 340;

enum Column { ColName, ColDescription, ColCreated, ColLastUsed, ColExpiry, ColActions, ColumnCount };

SortColumn sort_column_of(int column) {
    switch (column) {
    case ColDescription:
        return SortColumn::Description;
    case ColCreated:
        return SortColumn::CreatedAt;
    case ColLastUsed:
        return SortColumn::LastUsed;
    case ColExpiry:
        return SortColumn::Expiry;
    default:
        return SortColumn::Name;
    }
}

void page_header(Ui& ui) {
    const State& s = ui.state;
    const float top = ImGui::GetCursorPosY();
    ImGui::PushFont(ui.fonts.title);
    text(ui.t("list.title"), ui.colours.text);
    ImGui::PopFont();
    if (s.session.can.create) {
        const std::string_view label = ui.t("list.create");
        const std::string tooltip = ui.with_shortcut(label, 'N');
        const ButtonOptions options{.icon = icon::plus, .tooltip = tooltip};
        const ImVec2 size = button_size(ui, label, options);
        ImGui::SameLine();
        ImGui::SetCursorPosY(top + 4);
        align_right(size.x);
        const bool shortcut =
            ImGui::IsKeyChordPressed(ImGuiMod_Shortcut | ImGuiKey_N) && !ImGui::GetIO().WantTextInput;
        if (button(ui, label, "create", ButtonKind::Primary, options) || shortcut) {
            ui.emit(act::OpenCreate{});
        }
    }
    ImGui::SetCursorPosY(top + 48);
    ImGui::PushFont(ui.fonts.lead);
    text(ui.t("list.subtitle"), ui.colours.text_muted);
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(0, 20));
}

void toolbar(Ui& ui, EditBuffers& buffers) {
    const State& s = ui.state;
    if (!buffers.search_active && buffers.search != s.list.order.query) {
        buffers.search = s.list.order.query;
    }
    const float row_y = ImGui::GetCursorPosY();
    if (ImGui::IsKeyChordPressed(ImGuiMod_Shortcut | ImGuiKey_F)) {
        focus_next_item();
    }
    const std::string hint(ui.t("list.search_hint"));
    const bool changed = text_input(
        ui, "search", buffers.search,
        {.hint = hint, .width = kSearchWidth, .icon = icon::search, .overlapped = !buffers.search.empty()});
    buffers.search_active = ImGui::IsItemActive();
    item_tooltip(ui, ui.with_shortcut(ui.t("list.search_hint"), 'F'));
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
    if (!s.list.order.query.empty()) {
        const std::string shown_text = ui.texts.number(shown);
        count = ui.tf("list.count_filtered", {{"shown", shown_text}, {"total", count}});
    }
    const ImVec2 count_size = text_size(ui.fonts.body, count);
    ImGui::SetCursorPosY(row_y + (metrics::control_height - count_size.y) * 0.5F);
    ImGui::SetCursorPosX(ImGui::GetCursorStartPos().x);
    align_right(count_size.x);
    if (s.list.load == Load::Loading) {
        const ImVec2 at = ImGui::GetCursorScreenPos();
        spinner(ui, ImVec2(at.x - 16, at.y + count_size.y * 0.5F), 7, ui.colours.primary, 2);
    }
    text(count, ui.colours.text_muted);
    ImGui::SetCursorPosY(row_y + metrics::control_height + 16);
}

// A column header: small caps, and an arrow on the column the rows are sorted by. Clicking sorts by
// that column, ascending first, and reverses on the next click.
void sort_header(Ui& ui, int column, std::string_view key, std::string_view id) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const TableOrder& order = ui.state.list.order;
    const SortColumn sort = sort_column_of(column);
    const bool active = order.column == sort;
    const std::string caption = upper(ui.t(key));
    const std::string label = labelled(caption, id);
    const ImGuiID gid = window->GetID(label.c_str());
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const ImRect bb(pos, ImVec2(pos.x + width, pos.y + kHeaderHeight));
    ImGui::ItemSize(bb.GetSize());
    const bool added = ImGui::ItemAdd(bb, gid);
    report_last_item(label.c_str());
    if (!added) {
        return;
    }
    bool hovered = false;
    bool held = false;
    if (ImGui::ButtonBehavior(bb, gid, &hovered, &held)) {
        ui.emit(act::SortBy{sort, active ? !order.ascending : true});
    }
    if (hovered) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    }
    ImGui::RenderNavHighlight(bb, gid);
    const Palette& p = ui.colours;
    ImDrawList* draw = window->DrawList;
    ImFont* font = ui.fonts.caps;
    const float size = font->FontSize * ImGui::GetIO().FontGlobalScale;
    const ImVec2 text = text_size(font, caption);
    const float y = std::round(pos.y + (kHeaderHeight - text.y) * 0.5F);
    const ImU32 colour = active || hovered ? p.text : p.text_muted;
    draw_text(draw, font, size, ImVec2(pos.x, y), colour, caption);
    if (active || hovered) {
        ImFont* icons = ui.fonts.small;
        const float icon_size = icons->FontSize * ImGui::GetIO().FontGlobalScale;
        const char* arrow = !active || order.ascending ? icon::caret_up : icon::caret_down;
        const ImVec2 arrow_size = icons->CalcTextSizeA(icon_size, FLT_MAX, 0, arrow);
        draw->AddText(icons, icon_size,
                      ImVec2(pos.x + text.x + 6, std::round(pos.y + (kHeaderHeight - arrow_size.y) * 0.5F)),
                      active ? p.text_muted : p.text_subtle, arrow);
    }
}

void header_row(Ui& ui) {
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers, kHeaderHeight);
    static constexpr std::array<std::pair<std::string_view, std::string_view>, ColActions> kHeaders{{
        {"list.column.name", "sort-name"},
        {"list.column.description", "sort-description"},
        {"list.column.created_at", "sort-created"},
        {"list.column.last_used", "sort-last-used"},
        {"list.column.expiry", "sort-expiry"},
    }};
    for (int column = 0; column < ColActions; ++column) {
        if (ImGui::TableSetColumnIndex(column)) {
            const auto& [key, id] = kHeaders[static_cast<std::size_t>(column)];
            sort_header(ui, column, key, id);
        }
    }
}

void expiry_cell(Ui& ui, const ApiToken& token) {
    const ExpiryStatus status = expiry_status(token, ui.state.now);
    switch (status.kind) {
    case ExpiryStatus::Kind::Unlimited:
        badge(ui, ui.t("expiry.unlimited"), ui.colours.neutral, "neutral");
        item_tooltip(ui, ui.t("expiry.never_expires"));
        break;
    case ExpiryStatus::Kind::Active: {
        badge(ui, ui.texts.plural("expiry.expires_in", status.days_left),
              status.warning ? ui.colours.warning : ui.colours.success,
              status.warning ? "warning" : "success");
        if (token.expires_at) {
            const std::string date = ui.texts.date_time(*token.expires_at);
            item_tooltip(ui, ui.tf("expiry.expires_on", {{"date", date}}));
        }
        break;
    }
    case ExpiryStatus::Kind::Expired: {
        badge(ui, ui.t("expiry.expired"), ui.colours.danger, "danger");
        if (token.expires_at) {
            const std::string date = ui.texts.date_time(*token.expires_at);
            item_tooltip(ui, ui.tf("expiry.expired_on", {{"date", date}}));
        }
        break;
    }
    }
}

// One table row; only ever called for rows the clipper says are visible.
void token_row(Ui& ui, const ApiToken& token) {
    const State& s = ui.state;
    const Palette& p = ui.colours;
    ImGui::TableNextRow(ImGuiTableRowFlags_None, kRowHeight);
    ImGui::PushID(static_cast<int>(token.id));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float body_height = ImGui::GetFontSize();
    const float text_offset = std::round((kRowHeight - body_height) * 0.5F);

    // Name: the row's selectable spans every column; its label after "##" is the token's name.
    ImGui::TableSetColumnIndex(ColName);
    ImVec2 cell = ImGui::GetCursorScreenPos();
    float width = ImGui::GetContentRegionAvail().x;
    const std::string row_label = "##" + token.name;
    const bool open = ImGui::Selectable(
        row_label.c_str(), false, ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowOverlap,
        ImVec2(0, kRowHeight));
    const bool row_hovered = ImGui::IsItemHovered();
    if (row_hovered && s.session.can.read) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    }
    if (open && s.session.can.read) {
        ui.emit(act::OpenEdit{token.id});
    }
    ImGui::PushFont(ui.fonts.body_strong);
    const bool name_cut =
        text_ellipsis(draw, ImVec2(cell.x, cell.y + text_offset), width, token.name, p.text);
    ImGui::PopFont();
    if (name_cut && row_hovered &&
        ImGui::IsMouseHoveringRect(cell, ImVec2(cell.x + width, cell.y + kRowHeight))) {
        item_tooltip(ui, token.name);
    }

    if (ImGui::TableSetColumnIndex(ColDescription)) {
        cell = ImGui::GetCursorScreenPos();
        width = ImGui::GetContentRegionAvail().x;
        const bool cut =
            text_ellipsis(draw, ImVec2(cell.x, cell.y + text_offset), width, token.description, p.text_muted);
        ImGui::Dummy(ImVec2(width, kRowHeight));
        if (cut) {
            item_tooltip(ui, token.description);
        }
    }

    if (ImGui::TableSetColumnIndex(ColCreated)) {
        cell = ImGui::GetCursorScreenPos();
        width = ImGui::GetContentRegionAvail().x;
        const std::string created =
            ui.texts.relative(relative_time(token.created_at, s.now, UnderAnHour::Minutes));
        text_ellipsis(draw, ImVec2(cell.x, cell.y + text_offset), width, created, p.text);
        ImGui::Dummy(ImVec2(width, kRowHeight));
        item_tooltip(ui, ui.texts.date_time(token.created_at));
    }

    if (ImGui::TableSetColumnIndex(ColLastUsed)) {
        cell = ImGui::GetCursorScreenPos();
        width = ImGui::GetContentRegionAvail().x;
        const std::string used = ui.texts.relative(relative_time(token.last_used_at, s.now));
        text_ellipsis(draw, ImVec2(cell.x, cell.y + text_offset), width, used,
                      token.last_used_at ? p.text : p.text_subtle);
        ImGui::Dummy(ImVec2(width, kRowHeight));
        if (token.last_used_at) {
            item_tooltip(ui, ui.texts.date_time(*token.last_used_at));
        }
    }

    if (ImGui::TableSetColumnIndex(ColExpiry)) {
        cell = ImGui::GetCursorScreenPos();
        ImGui::SetCursorScreenPos(ImVec2(cell.x, cell.y + std::round((kRowHeight - 24) * 0.5F)));
        expiry_cell(ui, token);
    }

    if (ImGui::TableSetColumnIndex(ColActions)) {
        cell = ImGui::GetCursorScreenPos();
        width = ImGui::GetContentRegionAvail().x;
        constexpr float size = 32;
        float x = cell.x + width;
        const float y = cell.y + (kRowHeight - size) * 0.5F;
        if (s.session.can.remove) {
            x -= size;
            ImGui::SetCursorScreenPos(ImVec2(x, y));
            const std::string label = ui.tf("list.delete", {{"name", token.name}});
            if (icon_button(ui, icon::trash, label, "delete", {.size = size, .bordered = false})) {
                ui.emit(act::AskDelete{token.id});
            }
            x -= 4;
        }
        if (s.session.can.update) {
            x -= size;
            ImGui::SetCursorScreenPos(ImVec2(x, y));
            const std::string label = ui.tf("list.edit", {{"name", token.name}});
            if (icon_button(ui, icon::pencil, label, "edit", {.size = size, .bordered = false})) {
                ui.emit(act::OpenEdit{token.id});
            }
        }
    }
    ImGui::PopID();
}

void token_table(Ui& ui) {
    const State& s = ui.state;
    const Palette& p = ui.colours;
    const auto rows = static_cast<int>(s.list.rows.size());
    const float content_height = kHeaderHeight + 1 + static_cast<float>(std::max(rows, 1)) * kRowHeight;
    // The table scrolls inside its card (header frozen) once it would pass the bottom of the page.
    const float room = ui.page_bottom - ImGui::GetCursorScreenPos().y - 16 - 40;
    const float table_height = std::max(std::min(content_height, room), kHeaderHeight + 3 * kRowHeight);

    Card card(ui, "tokens-card", ImVec2(24, 8), table_height + 16);
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(12, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(8, 0));
    ImGui::PushStyleColor(ImGuiCol_Header, with_alpha(p.surface, 0.0F));
    ImGui::PushStyleColor(ImGuiCol_HeaderHovered, p.row_hover);
    ImGui::PushStyleColor(ImGuiCol_HeaderActive, p.accent.soft);
    ImGui::PushStyleColor(ImGuiCol_TableBorderLight, p.border);
    ImGui::PushStyleColor(ImGuiCol_TableHeaderBg, p.surface);
    const ImGuiTableFlags flags = ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_NoSavedSettings;
    if (ImGui::BeginTable("tokens", ColumnCount, flags, ImVec2(0, table_height))) {
        ImGui::TableSetupColumn("name", ImGuiTableColumnFlags_WidthStretch, 2.2F);
        ImGui::TableSetupColumn("description", ImGuiTableColumnFlags_WidthStretch, 1.6F);
        ImGui::TableSetupColumn("created", ImGuiTableColumnFlags_WidthFixed, 120);
        ImGui::TableSetupColumn("last-used", ImGuiTableColumnFlags_WidthFixed, 120);
        ImGui::TableSetupColumn("expiry", ImGuiTableColumnFlags_WidthFixed, 150);
        ImGui::TableSetupColumn("actions", ImGuiTableColumnFlags_WidthFixed, 76);
        ImGui::TableSetupScrollFreeze(0, 1);
        header_row(ui);

        ImGuiListClipper clipper;
        clipper.Begin(rows, kRowHeight);
        while (clipper.Step()) {
            for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
                token_row(ui, s.list.tokens[s.list.rows[static_cast<std::size_t>(row)]]);
            }
        }
        if (rows == 0) {
            ImGui::TableNextRow(ImGuiTableRowFlags_None, kRowHeight);
            ImGui::TableSetColumnIndex(ColName);
            ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (kRowHeight - ImGui::GetFontSize()) * 0.5F);
            const std::string message = ui.tf("list.no_match", {{"query", s.list.order.query}});
            text(message, p.text_muted);
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
    ImFont* big = ui.fonts.icon_large;
    const float big_size = big->FontSize * ImGui::GetIO().FontGlobalScale;
    const ImVec2 icon_size = big->CalcTextSizeA(big_size, FLT_MAX, 0, icon_text);
    draw->AddText(
        big, big_size,
        ImVec2(std::round(circle.x - icon_size.x * 0.5F), std::round(circle.y - icon_size.y * 0.5F)),
        p.primary, icon_text);
    ImGui::Dummy(ImVec2(0, 88 + 20));

    ImGui::PushFont(ui.fonts.heading);
    centre_next(text_size(ui.fonts.heading, title).x);
    text(title, p.text);
    ImGui::PopFont();
    if (!body.empty()) {
        ImGui::Dummy(ImVec2(0, 2));
        const float wrap = std::min(width - 48, 520.0F);
        const ImVec2 body_size = ImGui::CalcTextSize(body.data(), body.data() + body.size(), false, wrap);
        centre_next(body_size.x);
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap);
        text(body, p.text_muted);
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

std::string error_text(Ui& ui, const ApiError& error) {
    switch (error.kind) {
    case ApiErrorKind::Offline:
        return std::string(ui.t("error.offline"));
    case ApiErrorKind::Timeout:
        return std::string(ui.t("error.timeout"));
    case ApiErrorKind::MalformedJson:
        return std::string(ui.t("error.malformed_json"));
    case ApiErrorKind::UnexpectedShape:
        return std::string(ui.t("error.unexpected_shape"));
    case ApiErrorKind::Http:
        break;
    }
    if (!error.message.empty()) {
        return error.message;
    }
    const std::string status = std::to_string(error.status);
    return ui.tf("error.http", {{"status", status}});
}

void list_view(Ui& ui, EditBuffers& buffers) {
    static_assert(ColumnCount == 6);
    const State& s = ui.state;
    page_header(ui);

    if (!s.session.can.read) {
        Card card(ui, "no-permission", ImVec2(32, 24));
        empty_state(ui, icon::lock, ui.t("list.no_permission.title"), ui.t("list.no_permission.body"), {}, {},
                    nullptr);
        return;
    }
    const bool have_rows = s.list.load == Load::Ready || !s.list.tokens.empty();
    if (!have_rows && s.list.load == Load::Failed) {
        Card card(ui, "list-error", ImVec2(32, 24));
        const std::string detail = s.list.error ? error_text(ui, *s.list.error) : std::string{};
        if (empty_state(ui, icon::plug, ui.t("list.error.title"), detail, ui.t("list.retry"), "retry",
                        icon::refresh)) {
            ui.emit(act::Reload{});
        }
        return;
    }
    if (!have_rows) {
        Card card(ui, "list-loading", ImVec2(32, 24));
        page_spinner(ui, ui.t("list.loading"));
        return;
    }
    if (s.list.tokens.empty()) {
        Card card(ui, "list-empty", ImVec2(32, 24));
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
    token_table(ui);
}

} // namespace imt::ui
