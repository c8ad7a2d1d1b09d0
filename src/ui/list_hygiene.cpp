// Keeping the list clean (issue 13 §4): the summary line ("3 tokens expire within 7 days · 2 tokens
// are expired", each part a link to its filter), the status filters with their counts, and the
// export of the rows shown as CSV or JSON. The counts are the core's (State::list.counts), judged
// when the list or a status changes: drawing them reads five numbers.

#include "ui/token_columns.hpp"
#include "ui/views.hpp"
#include "ui/widget_kit.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <array>
#include <cmath>

namespace imt::ui {
namespace {

constexpr float kGap = 8;

struct StatusTexts {
    TokenStatus status;
    std::string_view filter;  // the filter button's text
    std::string_view summary; // the summary line's part (a plural), empty: never in the summary
};

constexpr std::array<StatusTexts, kTokenStatuses.size()> kStatusTexts{{
    {TokenStatus::Active, "list.status.active", {}},
    {TokenStatus::ExpiresSoon, "list.status.expires_soon", "list.summary.expires_soon"},
    {TokenStatus::Expired, "list.status.expired", "list.summary.expired"},
    {TokenStatus::NeverUsed, "list.status.never_used", {}},
    {TokenStatus::Unused30Days, "list.status.unused_30_days", "list.summary.unused_30_days"},
}};

// Items laid out left to right, on a new line when the next one would pass the right edge.
class Flow {
public:
    Flow() : left_(ImGui::GetCursorPosX()), right_(left_ + ImGui::GetContentRegionAvail().x) {
        y_ = ImGui::GetCursorPosY();
        x_ = left_;
    }
    void place(float width) {
        if (x_ > left_ && x_ + width > right_) {
            x_ = left_;
            y_ += metrics::button_height + kGap;
        }
        ImGui::SetCursorPos(ImVec2(x_, y_));
        x_ += width + kGap;
    }
    // Moves to the right edge for an item `width` wide, on the current line if it fits.
    void place_right(float width) {
        if (x_ + width > right_) {
            y_ += metrics::button_height + kGap;
        }
        x_ = right_ - width;
        place(width);
    }
    void end() {
        ImGui::SetCursorPos(ImVec2(left_, y_ + metrics::button_height + 12));
        ImGui::Dummy(ImVec2(0, 0));
    }

private:
    float left_;
    float right_;
    float x_ = 0;
    float y_ = 0;
};

std::string filter_text(Ui& ui, const StatusTexts& texts) {
    const std::string count =
        ui.texts.number(static_cast<std::int64_t>(ui.state.list.counts.of(texts.status)));
    return ui.tf("list.filter.with_count", {{"label", ui.t(texts.filter)}, {"count", count}});
}

// "3 tokens expire within 7 days · 2 tokens are expired": only the statuses that need looking at, only
// when there is any; each part filters the list to its tokens.
void summary_line(Ui& ui) {
    const StatusCounts& counts = ui.state.list.counts;
    Flow flow;
    bool any = false;
    for (const StatusTexts& texts : kStatusTexts) {
        const auto count = static_cast<std::int64_t>(counts.of(texts.status));
        if (texts.summary.empty() || count == 0) {
            continue;
        }
        if (any) {
            const std::string_view dot = " · ";
            flow.place(text_size(ui.fonts.body, dot).x);
            ImGui::SetCursorPosY(ImGui::GetCursorPosY() +
                                 (metrics::button_height - ImGui::GetFontSize()) * 0.5F);
            text(dot, ui.colours.text_muted);
        }
        const std::string part = ui.texts.plural(texts.summary, count);
        const std::string id = "summary-" + std::string(status_id(texts.status));
        // A link is as wide as its words (button_size() pads it like a button).
        const ButtonOptions options{.width = text_size(ui.fonts.label, part).x,
                                    .tooltip = ui.t("list.summary.show")};
        flow.place(button_size(ui, part, options).x);
        if (button(ui, part, id, ButtonKind::Link, options)) {
            ui.emit(act::FilterByStatus{texts.status});
        }
        any = true;
    }
    if (any) {
        flow.end();
    }
}

void export_buttons(Ui& ui, Flow& flow) {
    const auto rows = static_cast<std::int64_t>(ui.state.list.rows.size());
    const std::string_view csv = ui.t("list.export.csv");
    const std::string_view json = ui.t("list.export.json");
    const std::string tooltip = ui.texts.plural("list.export.tooltip", rows);
    const ButtonOptions options{.disabled = rows == 0, .tooltip = tooltip};
    const float csv_width = button_size(ui, csv, options).x;
    const float json_width = button_size(ui, json, options).x;
    flow.place_right(csv_width + kGap + json_width);
    if (button(ui, csv, "export-csv", ButtonKind::Tertiary, options)) {
        ui.emit(act::ExportList{ExportFormat::Csv});
    }
    ImGui::SameLine(0, kGap);
    if (button(ui, json, "export-json", ButtonKind::Tertiary, options)) {
        ui.emit(act::ExportList{ExportFormat::Json});
    }
}

// Too narrow for the buttons on one line: one drop-down ("All tokens", then each status).
void filter_select(Ui& ui) {
    const TableOrder& order = ui.state.list.order;
    std::array<std::string, kStatusTexts.size() + 1> labels;
    labels[0] = ui.tf("list.filter.all",
                      {{"count", ui.texts.number(static_cast<std::int64_t>(ui.state.list.tokens.size()))}});
    for (std::size_t i = 0; i < kStatusTexts.size(); ++i) {
        labels[i + 1] = filter_text(ui, kStatusTexts[i]);
    }
    std::array<std::string_view, labels.size()> views;
    std::copy(labels.begin(), labels.end(), views.begin());
    const int current = order.status ? static_cast<int>(*order.status) + 1 : 0;
    const int chosen = select_field(ui, ui.t("list.filter.label"), views[static_cast<std::size_t>(current)],
                                    views.data(), static_cast<int>(views.size()), current, true);
    if (chosen == 0) {
        ui.emit(act::FilterByStatus{std::nullopt});
    } else if (chosen > 0) {
        ui.emit(act::FilterByStatus{kStatusTexts[static_cast<std::size_t>(chosen - 1)].status});
    }
}

// One toggle per status, then Export CSV and Export JSON at the right; on a narrow screen a drop-down.
void filters_and_export(Ui& ui) {
    const TableOrder& order = ui.state.list.order;
    std::array<std::string, kStatusTexts.size()> labels;
    float needed = 0;
    for (std::size_t i = 0; i < kStatusTexts.size(); ++i) {
        labels[i] = filter_text(ui, kStatusTexts[i]);
        needed += button_size(ui, labels[i]).x + kGap;
    }
    if (needed > ImGui::GetContentRegionAvail().x) {
        filter_select(ui);
        ImGui::Dummy(ImVec2(0, 4));
        Flow flow;
        export_buttons(ui, flow);
        flow.end();
        return;
    }
    Flow flow;
    for (std::size_t i = 0; i < kStatusTexts.size(); ++i) {
        const StatusTexts& texts = kStatusTexts[i];
        const std::string id = "filter-" + std::string(status_id(texts.status));
        const bool pressed = order.status == texts.status;
        flow.place(button_size(ui, labels[i]).x);
        if (toggle_button(ui, labels[i], id, pressed)) {
            ui.emit(act::FilterByStatus{pressed ? std::nullopt : std::optional<TokenStatus>(texts.status)});
        }
    }
    export_buttons(ui, flow);
    flow.end();
}

} // namespace

void list_hygiene(Ui& ui) {
    summary_line(ui);
    filters_and_export(ui);
}

std::string no_match_text(Ui& ui) {
    const TableOrder& order = ui.state.list.order;
    if (order.status && order.query.empty()) {
        const std::string_view status = ui.t(kStatusTexts[static_cast<std::size_t>(*order.status)].filter);
        return ui.tf("list.no_match_status", {{"status", status}});
    }
    return ui.tf("list.no_match", {{"query", order.query}});
}

} // namespace imt::ui
