// The permissions card: one accordion per API or plugin, a tri-state "Select all" per controller,
// action checkboxes in two columns with a cog each, and the bound-route side panel.
//
// Sections: method tones and route_path · side_panel · section_matches · controller_block (Select
// all, the action grid) · sections (the accordions) · permissions_panel (heading, hints, the "/"
// filter, load states; the side panel beside or, when narrow, under the sections).

#include "core/permission_catalogue.hpp"
#include "imt_assets/embedded_assets.hpp"
#include "ui/item_registry.hpp"
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

constexpr float kOneColumnBelow = 720; // the card's width under which the side panel goes below

const Tone3& method_tone(const Palette& p, std::string_view method) {
    if (method == "GET") {
        return p.info;
    }
    if (method == "POST") {
        return p.success;
    }
    if (method == "PUT" || method == "PATCH") {
        return p.warning;
    }
    if (method == "DELETE") {
        return p.danger;
    }
    return p.neutral;
}

// The path on one baseline, ":id" style parameters dimmed.
void route_path(Ui& ui, std::string_view path, ImVec2 at) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImFont* font = ui.fonts.body;
    const float size = font_size(font);
    std::size_t start = 0;
    while (start < path.size()) {
        std::size_t end = path.find('/', start + 1);
        if (end == std::string_view::npos) {
            end = path.size();
        }
        const std::string_view segment = path.substr(start, end - start);
        const bool parameter = segment.size() > 1 && segment[1] == ':';
        draw->AddText(font, size, at, parameter ? ui.colours.text_subtle : ui.colours.text, segment.data(),
                      segment.data() + segment.size());
        at.x += text_size(font, segment).x;
        start = end;
    }
    record_text(path);
}

void side_panel(Ui& ui) {
    const State& s = ui.state;
    const CatalogueAction* action = s.form.routes_of && s.content_api.load == Load::Ready
                                        ? s.content_api.catalogue.find(*s.form.routes_of)
                                        : nullptr;
    if (action == nullptr) {
        ImGui::PushFont(ui.fonts.heading);
        text(ui.t("permissions.advanced.title"), ui.colours.text);
        ImGui::PopFont();
        ImGui::Dummy(ImVec2(0, 2));
        text_wrapped(ui.t("permissions.advanced.hint"), ui.colours.text_muted);
        return;
    }
    const std::string title =
        ui.tf("permissions.bound_route", {{"controller", action->controller}, {"action", action->action}});
    ImGui::PushFont(ui.fonts.heading);
    text_wrapped(title, ui.colours.text);
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(0, 8));
    if (action->routes.empty()) {
        text_wrapped(ui.t("permissions.no_route"), ui.colours.text_muted);
        return;
    }
    const Palette& p = ui.colours;
    for (const BoundRoute& route : action->routes) {
        ImGui::PushID(&route);
        const ImVec2 start = ImGui::GetCursorScreenPos();
        const float width = ImGui::GetContentRegionAvail().x;
        ImDrawList* draw = ImGui::GetWindowDrawList();
        draw->ChannelsSplit(2);
        draw->ChannelsSetCurrent(1);
        ImGui::SetCursorScreenPos(ImVec2(start.x + 10, start.y + 10));
        ImGui::BeginGroup();
        badge(ui, upper(route.method), method_tone(p, route.method), "method");
        const ImVec2 badge_max = ImGui::GetItemRectMax();
        const float path_y = std::round(start.y + 10 + (metrics::badge_height - ImGui::GetFontSize()) * 0.5F);
        route_path(ui, route.path, ImVec2(badge_max.x + 12, path_y));
        ImGui::EndGroup();
        const float bottom = ImGui::GetItemRectMax().y + 10;
        draw->ChannelsSetCurrent(0);
        draw->AddRectFilled(start, ImVec2(start.x + width, bottom), p.surface, 4);
        draw->AddRect(start, ImVec2(start.x + width, bottom), p.border_strong, 4);
        draw->ChannelsMerge();
        ImGui::SetCursorScreenPos(ImVec2(start.x, bottom + 8));
        ImGui::Dummy(ImVec2(width, 0));
        ImGui::PopID();
    }
}

bool section_matches(const CatalogueSection& section, std::string_view filter) {
    for (const auto& controller : section.controllers) {
        for (const auto& action : controller.actions) {
            if (action_matches(action, filter)) {
                return true;
            }
        }
    }
    return false;
}

void controller_block(Ui& ui, const CatalogueSection& section, const CatalogueController& controller,
                      std::string_view filter, bool enabled, float width) {
    const State& s = ui.state;
    const Palette& p = ui.colours;
    const PermissionSet& shown = s.form.shown_permissions;
    bool any = false;
    for (const auto& action : controller.actions) {
        any = any || action_matches(action, filter);
    }
    if (!any) {
        return;
    }
    ImGui::PushID(controller.name.c_str());

    // Controller name, a rule, and "Select all" on the right.
    const std::string id_base = section.id + "." + controller.name;
    const float row_y = ImGui::GetCursorPosY();
    const float row_x = ImGui::GetCursorPosX();
    ImGui::PushFont(ui.fonts.caps);
    ImGui::SetCursorPosY(row_y + 8);
    const std::string name = upper(controller.name);
    text(name, p.text_muted);
    const float name_end = ImGui::GetItemRectMax().x;
    ImGui::PopFont();
    const SelectAll all = controller_selection(controller, shown);
    const std::string_view select_all = ui.t("permissions.select_all");
    const float select_width = checkbox_width(ui, select_all);
    ImGui::SetCursorPosY(row_y);
    ImGui::SetCursorPosX(row_x + width - select_width);
    const float select_x = ImGui::GetCursorScreenPos().x;
    if (checkbox(ui, select_all, "select-all:" + id_base, all == SelectAll::All, all == SelectAll::Some,
                 enabled)) {
        ui.emit(act::ToggleController{section.id, controller.name});
    }
    const float line_y = std::round(ImGui::GetItemRectMin().y + ImGui::GetItemRectSize().y * 0.5F);
    ImGui::GetWindowDrawList()->AddLine(ImVec2(name_end + 12, line_y), ImVec2(select_x - 16, line_y),
                                        p.border);
    ImGui::Dummy(ImVec2(0, 4));

    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(4, 2));
    const std::string table_id = "actions:" + id_base;
    const int columns = width < 360 ? 1 : 2;
    if (ImGui::BeginTable(table_id.c_str(), columns, ImGuiTableFlags_SizingStretchSame, ImVec2(width, 0))) {
        for (const auto& action : controller.actions) {
            if (!action_matches(action, filter)) {
                continue;
            }
            ImGui::TableNextColumn();
            const ImVec2 cell = ImGui::GetCursorScreenPos();
            const float cell_width = ImGui::GetContentRegionAvail().x;
            constexpr float cell_height = 40;
            const bool selected = s.form.routes_of && *s.form.routes_of == action.id;
            const bool hovered =
                ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows) &&
                ImGui::IsMouseHoveringRect(cell, ImVec2(cell.x + cell_width, cell.y + cell_height));
            ImDrawList* draw = ImGui::GetWindowDrawList();
            if (selected || hovered) {
                draw->AddRectFilled(cell, ImVec2(cell.x + cell_width, cell.y + cell_height),
                                    selected ? p.accent.soft : p.surface_alt, 4);
                if (selected) {
                    draw->AddRect(cell, ImVec2(cell.x + cell_width, cell.y + cell_height), p.accent.border,
                                  4);
                }
            }
            ImGui::SetCursorScreenPos(ImVec2(cell.x + 12, cell.y + 7));
            const bool checked = shown.count(action.id) != 0;
            if (checkbox(ui, action.action, action.id, checked, false, enabled)) {
                ui.emit(act::ToggleAction{action.id});
                ui.emit(act::ShowRoutesOf{action.id});
            }
            ImGui::SetCursorScreenPos(ImVec2(cell.x + cell_width - 36, cell.y + 4));
            const std::string cog_label = ui.tf("permissions.show_route", {{"action", action.action}});
            if (icon_button(ui, icon::cog, cog_label, "cog:" + action.id,
                            {.size = 32, .bordered = false, .active = selected})) {
                ui.emit(act::ShowRoutesOf{action.id});
            }
            ImGui::SetCursorScreenPos(ImVec2(cell.x, cell.y + cell_height));
            ImGui::Dummy(ImVec2(cell_width, 0));
        }
        ImGui::EndTable();
    }
    ImGui::PopStyleVar();
    ImGui::Dummy(ImVec2(0, 12));
    ImGui::PopID();
}

void sections(Ui& ui, std::string_view filter, bool enabled) {
    const State& s = ui.state;
    const Palette& p = ui.colours;
    const PermissionSet& shown = s.form.shown_permissions;
    int index = 0;
    bool any = false;
    for (const CatalogueSection& section : s.content_api.catalogue.sections()) {
        if (!filter.empty() && !section_matches(section, filter)) {
            continue;
        }
        any = true;
        std::size_t total = 0;
        std::size_t selected = 0;
        for (const auto& controller : section.controllers) {
            for (const auto& action : controller.actions) {
                ++total;
                selected += shown.count(action.id);
            }
        }
        const std::string count = std::to_string(selected) + " / " + std::to_string(total);
        ImGui::PushID(section.id.c_str());
        // A custom token's sections with something ticked start open, so its choices are in view.
        const bool open =
            accordion_header(ui, section.label, section.id, count, index % 2 == 1, !filter.empty(),
                             s.form.draft.type == TokenType::Custom && selected > 0);
        if (open) {
            // The body hangs under its header: a frame continuing the header's border.
            const float header_bottom = ImGui::GetItemRectMax().y;
            const ImVec2 start = ImGui::GetCursorScreenPos();
            const float width = ImGui::GetContentRegionAvail().x;
            ImGui::Indent(24);
            ImGui::Dummy(ImVec2(0, 8));
            for (const auto& controller : section.controllers) {
                controller_block(ui, section, controller, filter, enabled, width - 48);
            }
            ImGui::Unindent(24);
            const float bottom = ImGui::GetCursorScreenPos().y;
            ImGui::GetWindowDrawList()->AddRect(ImVec2(start.x, header_bottom - 1),
                                                ImVec2(start.x + width, bottom), p.accent.border, 4,
                                                ImDrawFlags_RoundCornersBottom);
            ImGui::Dummy(ImVec2(width, 4));
        }
        ImGui::PopID();
        ++index;
    }
    if (!any && !filter.empty()) {
        ImGui::Dummy(ImVec2(0, 8));
        text(ui.tf("permissions.no_match", {{"query", filter}}), p.text_muted);
    }
}

} // namespace

void permissions_panel(Ui& ui, EditBuffers& buffers, bool editable) {
    const State& s = ui.state;
    const TokenForm& f = s.form;
    const Palette& p = ui.colours;
    const bool custom = f.draft.type == TokenType::Custom;
    const bool enabled = editable && custom;

    Card card(ui, "permissions", ImVec2(0, 0));
    // Narrow: the bound-route panel goes under the sections instead of beside them.
    const bool stacked = ImGui::GetContentRegionAvail().x < kOneColumnBelow;
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, stacked ? ImVec2(16, 20) : ImVec2(32, 28));
    if (!ImGui::BeginTable("permissions-layout", stacked ? 1 : 2,
                           ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX)) {
        ImGui::PopStyleVar();
        return;
    }
    ImGui::TableSetupColumn("left", ImGuiTableColumnFlags_WidthStretch, 7);
    if (!stacked) {
        ImGui::TableSetupColumn("right", ImGuiTableColumnFlags_WidthStretch, 5);
    }
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(0, 0));

    // Heading with the number of selected actions on the right.
    const float heading_y = ImGui::GetCursorPosY();
    ImGui::PushFont(ui.fonts.heading);
    text(ui.t("permissions.title"), p.text);
    declare_heading(ui.t("permissions.title"), 2);
    ImGui::PopFont();
    if (s.content_api.load == Load::Ready) {
        const std::string selected =
            ui.texts.plural("permissions.selected", static_cast<std::int64_t>(f.shown_permissions.size()));
        ImGui::SameLine();
        ImGui::SetCursorPosY(heading_y);
        align_right(badge_size(ui, selected).x);
        badge(ui, selected, f.shown_permissions.empty() ? p.neutral : p.accent);
    }
    ImGui::SetCursorPosY(heading_y + 30);
    text_wrapped(ui.t("permissions.hint"), p.text_muted);
    ImGui::Dummy(ImVec2(0, 6));
    if (!custom) {
        const std::string_view type_name =
            ui.t(f.draft.type == TokenType::ReadOnly ? "form.type.read_only" : "form.type.full_access");
        ImGui::PushFont(ui.fonts.small);
        text(icon::info_circle, p.info.strong);
        ImGui::SameLine(0, 6);
        text_wrapped(ui.tf("permissions.preset_hint", {{"type", type_name}}), p.text_muted);
        ImGui::PopFont();
        ImGui::Dummy(ImVec2(0, 6));
    }
    if (const FieldError* warning = f.check.warning_for("permissions"); warning && custom) {
        field_message(ui, ui.t(warning->message_key), p.warning.strong, icon::warning);
        ImGui::Dummy(ImVec2(0, 6));
    }
    for (const auto& error : f.server_errors) {
        if (error.field == "permissions") {
            field_message(ui,
                          ui.texts.has(error.message_key) ? ui.t(error.message_key)
                                                          : std::string_view(error.server_message),
                          p.danger.strong, icon::exclamation_circle);
            ImGui::Dummy(ImVec2(0, 6));
        }
    }

    // The filter: "/" lands here on the form.
    if (!buffers.action_filter_active && buffers.action_filter != f.action_filter) {
        buffers.action_filter = f.action_filter;
    }
    if (ui.keys.focus_search) {
        focus_next_item();
    }
    const std::string hint(ui.t("permissions.filter_hint"));
    if (text_input(
            ui, "filter-actions", buffers.action_filter,
            {.hint = hint, .width = -FLT_MIN, .icon = icon::filter, .key_shortcut = ui.single_key("/")})) {
        ui.emit(act::FilterActions{buffers.action_filter});
    }
    buffers.action_filter_active = ImGui::IsItemActive();
    item_tooltip(ui, ui.with_key(ui.t("permissions.filter_hint"), "/"));
    ImGui::Dummy(ImVec2(0, 8));

    switch (s.content_api.load) {
    case Load::Idle:
    case Load::Loading:
        page_spinner(ui, ui.t("permissions.loading"));
        break;
    case Load::Failed: {
        const std::string detail = s.content_api.error ? error_text(ui, *s.content_api.error) : std::string{};
        if (empty_state(ui, icon::plug, ui.t("permissions.error"), detail, ui.t("list.retry"),
                        "retry-permissions", icon::refresh)) {
            ui.emit(act::Reload{});
        }
        break;
    }
    case Load::Ready:
        sections(ui, f.action_filter, enabled);
        break;
    }
    ImGui::PopStyleVar();

    if (stacked) {
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
    } else {
        ImGui::TableSetColumnIndex(1);
    }
    ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, p.sunken);
    side_panel(ui);
    ImGui::EndTable();
    ImGui::PopStyleVar();
}

} // namespace imt::ui
