// The create / edit page: header with Back, Duplicate, Regenerate and Save, the secret banner (and
// under a duplicate's, the offer to delete the old token), the details card and the permissions card.
//
// Sections: lifespan names and field findings · header (Back/Esc, title, Duplicate, Regenerate,
// Save/Ctrl+S, facts or what a duplicate copies; actions under the title when narrow) · details_card
// (two columns, one when narrow) · alert · form_view (what is shown in which order).

#include "core/expiry.hpp"
#include "core/relative_time.hpp"
#include "core/text.hpp"
#include "core/validation.hpp"
#include "imt_assets/embedded_assets.hpp"
#include "ui/views.hpp"
#include "ui/widget_kit.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <array>
#include <cmath>

namespace imt::ui {
namespace {

namespace icon = assets::icon;

constexpr float kOneColumnBelow = 520; // the details card's width under which fields stack

constexpr std::array<Lifespan, 4> kLifespans{Lifespan::Days7, Lifespan::Days30, Lifespan::Days90,
                                             Lifespan::Unlimited};
constexpr std::array<TokenType, 3> kTypes{TokenType::ReadOnly, TokenType::FullAccess, TokenType::Custom};

std::string_view lifespan_key(Lifespan lifespan) {
    switch (lifespan) {
    case Lifespan::Days7:
        return "form.duration.days7";
    case Lifespan::Days30:
        return "form.duration.days30";
    case Lifespan::Days90:
        return "form.duration.days90";
    case Lifespan::Unlimited:
        return "form.duration.unlimited";
    }
    return "form.duration.unlimited";
}

// The server's finding on a field wins over the draft check: it is what the last save ran into.
const FieldError* field_error(const TokenForm& form, std::string_view field) {
    for (const auto& error : form.server_errors) {
        if (error.field == field) {
            return &error;
        }
    }
    return form.check.error_for(field);
}

std::string field_error_text(Ui& ui, const FieldError& error) {
    const std::string max =
        std::to_string(error.field == "description" ? kDescriptionMaxLength : kNameMaxLength);
    if (ui.texts.has(error.message_key)) {
        return ui.tf(error.message_key, {{"max", max}});
    }
    if (!error.server_message.empty()) {
        return error.server_message;
    }
    return std::string(ui.t("validation.field.invalid"));
}

void show_field_findings(Ui& ui, std::string_view field, bool show_errors) {
    const TokenForm& form = ui.state.form;
    if (const FieldError* error = field_error(form, field); error != nullptr && show_errors) {
        ImGui::Dummy(ImVec2(0, 0));
        field_message(ui, field_error_text(ui, *error), ui.colours.danger.strong, icon::exclamation_circle);
    } else if (const FieldError* warning = form.check.warning_for(field)) {
        ImGui::Dummy(ImVec2(0, 0));
        field_message(ui, field_error_text(ui, *warning), ui.colours.warning.strong, icon::warning);
    }
}

void header(Ui& ui) {
    const State& s = ui.state;
    const TokenForm& f = s.form;
    const bool creating = s.view == View::Create;

    const bool escape = ImGui::IsKeyPressed(ImGuiKey_Escape, false) && !ImGui::GetIO().WantTextInput &&
                        !s.dialog.has_value() && !ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId);
    if (button(ui, ui.t("form.back"), "back", ButtonKind::Link,
               {.icon = icon::arrow_left,
                .height = 24,
                .tooltip = ui.tf("shortcut.hint", {{"label", ui.t("form.back")}, {"keys", "Esc"}})}) ||
        escape) {
        ui.emit(act::OpenList{});
    }
    ImGui::Dummy(ImVec2(0, 6));

    const float top = ImGui::GetCursorPosY();
    const bool can_save = form_editable(s);
    const bool can_regenerate = !creating && s.session.can.regenerate && f.id.has_value();
    const bool can_duplicate = !creating && f.id.has_value() && may_duplicate(s, *f.id);
    const std::string_view save_label = f.saving ? ui.t("form.saving") : ui.t("form.save");
    const std::string save_tooltip = ui.with_shortcut(ui.t("form.save"), 'S');
    const ButtonOptions save_options{.icon = icon::check,
                                     .disabled = f.saving || !f.check.ok(),
                                     .busy = f.saving,
                                     .tooltip = save_tooltip};
    const ButtonOptions regenerate_options{.icon = icon::refresh};
    const ButtonOptions duplicate_options{.icon = icon::clone, .tooltip = ui.t("form.duplicate_tooltip")};
    float actions_width = 0;
    if (can_duplicate) {
        actions_width += button_size(ui, ui.t("form.duplicate"), duplicate_options).x + 8;
    }
    if (can_save) {
        actions_width += button_size(ui, save_label, save_options).x;
    }
    if (can_regenerate) {
        actions_width += button_size(ui, ui.t("form.regenerate"), regenerate_options).x + 8;
    }

    // Title: the token's name as saved, or "Create API Token".
    const std::string_view title =
        creating || !f.original ? ui.t("form.create_title") : std::string_view(f.original->name);
    ImGui::PushFont(ui.fonts.title);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    // Narrow: the actions go under the title rather than over it.
    const float title_room = std::min(320.0F, text_size(ui.fonts.title, title).x);
    const bool actions_below = ImGui::GetContentRegionAvail().x < actions_width + 24 + title_room;
    const float title_width = actions_below
                                  ? ImGui::GetContentRegionAvail().x
                                  : std::max(80.0F, ImGui::GetContentRegionAvail().x - actions_width - 24);
    text_ellipsis(ImGui::GetWindowDrawList(), at, title_width, title, ui.colours.text);
    ImGui::Dummy(ImVec2(title_width, ImGui::GetFontSize()));
    declare_heading(title, 1);
    ImGui::PopFont();

    float facts_y = top + 46;
    if (actions_width > 0) {
        // Each button on the same line sets its own y: SameLine() alone would put the second one on
        // the title's line start, two pixels above the first.
        const float actions_y = actions_below ? top + 44 : top + 2;
        const auto next_action = [actions_y] {
            ImGui::SameLine(0, 8);
            ImGui::SetCursorPosY(actions_y);
        };
        if (actions_below) {
            ImGui::SetCursorPosY(top + 44);
            facts_y = top + 44 + metrics::button_height + 12;
        } else {
            ImGui::SameLine();
            ImGui::SetCursorPosY(top + 2);
            align_right(actions_width);
        }
        if (can_duplicate) {
            if (button(ui, ui.t("form.duplicate"), "duplicate", ButtonKind::Tertiary, duplicate_options)) {
                ui.emit(act::Duplicate{*f.id, std::string(ui.t("form.duplicate_suffix"))});
            }
            next_action();
        }
        if (can_regenerate) {
            if (button(ui, ui.t("form.regenerate"), "regenerate", ButtonKind::Tertiary, regenerate_options)) {
                ui.emit(act::AskRegenerate{});
            }
            next_action();
        }
        if (can_save) {
            // Ctrl/Cmd+S: browsers deliver it to the page (no single key, so it also works in a field).
            const bool shortcut = ImGui::IsKeyChordPressed(ImGuiMod_Shortcut | ImGuiKey_S);
            if (button(ui, save_label, "save", ButtonKind::Primary, save_options) ||
                (shortcut && !save_options.disabled)) {
                ui.emit(act::Save{});
            }
        }
    }

    // A line of facts under the title when editing, from the left edge (Regenerate alone leaves
    // the cursor on its line).
    ImGui::SetCursorPos(ImVec2(ImGui::GetCursorStartPos().x, facts_y));
    if (creating && f.duplicate_of) {
        ImGui::PushFont(ui.fonts.body);
        text_wrapped(ui.tf("form.duplicate_of", {{"name", f.duplicate_of->name}}), ui.colours.text_muted,
                     ImGui::GetContentRegionAvail().x);
        ImGui::PopFont();
    }
    if (!creating && f.original) {
        const ApiToken& token = *f.original;
        const std::string created =
            ui.texts.relative(relative_time(token.created_at, s.now, UnderAnHour::Minutes));
        const std::string used = ui.texts.relative(relative_time(token.last_used_at, s.now));
        std::string facts = ui.tf("form.facts.created", {{"time", created}}) + "   \xE2\x80\xA2   " +
                            ui.tf("form.facts.last_used", {{"time", used}});
        if (f.draft != draft_from_token(token) && can_save) {
            facts += "   \xE2\x80\xA2   ";
            facts += ui.t("form.unsaved");
        }
        ImGui::PushFont(ui.fonts.body);
        text_wrapped(facts, ui.colours.text_muted, ImGui::GetContentRegionAvail().x);
        ImGui::PopFont();
    }
    ImGui::Dummy(ImVec2(0, 16));
}

void sync(std::string& buffer, bool active, const std::string& value) {
    if (!active && buffer != value) {
        buffer = value;
    }
}

void details_card(Ui& ui, EditBuffers& buffers, bool can_edit) {
    const State& s = ui.state;
    const TokenForm& f = s.form;
    const bool creating = s.view == View::Create;
    const bool narrow = ImGui::GetContentRegionAvail().x < 480;
    Card card(ui, "details", narrow ? ImVec2(16, 20) : metrics::card_padding);
    ImGui::PushFont(ui.fonts.heading);
    text(ui.t("form.details"), ui.colours.text);
    declare_heading(ui.t("form.details"), 2);
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(0, 4));

    // Two fields a line, or one on a narrow screen: `field(i)` moves to the i-th field's place.
    const int columns = ImGui::GetContentRegionAvail().x < kOneColumnBelow ? 1 : 2;
    const auto field = [columns](int index) {
        if (columns == 1 || index % 2 == 0) {
            ImGui::TableNextRow();
        }
        ImGui::TableSetColumnIndex(columns == 1 ? 0 : index % 2);
    };
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(columns == 1 ? 0 : 10, 0));
    if (ImGui::BeginTable("details-grid", columns, ImGuiTableFlags_SizingStretchSame)) {
        // Name
        field(0);
        const std::string_view name_label = ui.t("form.name");
        field_label(ui, name_label, true);
        sync(buffers.name, buffers.name_active, f.draft.name);
        const FieldError* name_error = field_error(f, "name");
        const bool show_name_errors = buffers.name_touched || !f.server_errors.empty();
        const std::string name_error_text =
            name_error != nullptr && show_name_errors ? field_error_text(ui, *name_error) : std::string{};
        if (text_input(ui, "Name", buffers.name,
                       {.name = name_label,
                        .invalid = name_error != nullptr && show_name_errors,
                        .error = name_error_text,
                        .required = true,
                        .read_only = !can_edit})) {
            buffers.name_touched = true;
            ui.emit(act::EditName{buffers.name});
        }
        buffers.name_active = ImGui::IsItemActive();
        if (ImGui::IsItemDeactivated()) {
            buffers.name_touched = true;
        }
        {
            // Characters used of the 100 allowed, right-aligned under the field.
            const std::string count = std::to_string(utf8_length(buffers.name));
            const std::string max = std::to_string(kNameMaxLength);
            const std::string counter = ui.tf("form.name_count", {{"count", count}, {"max", max}});
            const float y = ImGui::GetCursorPosY();
            show_field_findings(ui, "name", show_name_errors);
            const float after = ImGui::GetCursorPosY();
            ImGui::SetCursorPosY(y);
            ImGui::PushFont(ui.fonts.small);
            align_right(text_size(ui.fonts.small, counter).x);
            text(counter, utf8_length(buffers.name) > kNameMaxLength ? ui.colours.danger.strong
                                                                     : ui.colours.text_subtle);
            ImGui::PopFont();
            ImGui::SetCursorPosY(std::max(after, ImGui::GetCursorPosY()));
            ImGui::Dummy(ImVec2(0, 0));
        }

        // Description
        field(1);
        if (columns == 1) {
            ImGui::Dummy(ImVec2(0, 4));
        }
        const std::string_view description_label = ui.t("form.description");
        field_label(ui, description_label, false);
        sync(buffers.description, buffers.description_active, f.draft.description);
        const FieldError* description_error = field_error(f, "description");
        const std::string description_error_text =
            description_error != nullptr ? field_error_text(ui, *description_error) : std::string{};
        if (multiline_input(ui, "Description", buffers.description, 104,
                            {.name = description_label,
                             .invalid = description_error != nullptr,
                             .error = description_error_text,
                             .read_only = !can_edit})) {
            ui.emit(act::EditDescription{buffers.description});
        }
        buffers.description_active = ImGui::IsItemActive();
        show_field_findings(ui, "description", true);

        field(2);
        ImGui::Dummy(ImVec2(0, 12));
        field_label(ui, ui.t("form.duration"), true);
        std::array<std::string_view, kLifespans.size()> durations{};
        int current_duration = 0;
        for (std::size_t i = 0; i < kLifespans.size(); ++i) {
            durations[i] = ui.t(lifespan_key(kLifespans[i]));
            if (kLifespans[i] == f.draft.lifespan) {
                current_duration = static_cast<int>(i);
            }
        }
        const int duration = select_field(
            ui, ui.t("form.duration"), durations[static_cast<std::size_t>(current_duration)],
            durations.data(), static_cast<int>(durations.size()), current_duration, creating && can_edit);
        if (duration >= 0) {
            ui.emit(act::ChooseLifespan{kLifespans[static_cast<std::size_t>(duration)]});
        }
        if (!creating && f.original) {
            ImGui::Dummy(ImVec2(0, 0));
            std::string hint;
            if (f.original->expires_at) {
                const std::string date = ui.texts.date(*f.original->expires_at);
                hint = ui.tf("form.expiration_date", {{"date", date}});
            } else {
                hint = std::string(ui.t("expiry.unlimited"));
            }
            const ExpiryStatus status = expiry_status(*f.original, s.now);
            const ImU32 colour = status.kind == ExpiryStatus::Kind::Expired ? ui.colours.danger.strong
                                 : status.warning                           ? ui.colours.warning.strong
                                                                            : ui.colours.text_muted;
            field_message(ui, hint, colour, icon::calendar);
            item_tooltip(ui, ui.t("form.duration.locked"));
        }
        show_field_findings(ui, "lifespan", true);

        field(3);
        ImGui::Dummy(ImVec2(0, 12));
        field_label(ui, ui.t("form.type"), true);
        std::array<std::string_view, kTypes.size()> types{
            ui.t("form.type.read_only"), ui.t("form.type.full_access"), ui.t("form.type.custom")};
        int current_type = 0;
        for (std::size_t i = 0; i < kTypes.size(); ++i) {
            if (kTypes[i] == f.draft.type) {
                current_type = static_cast<int>(i);
            }
        }
        const int type = select_field(ui, ui.t("form.type"), types[static_cast<std::size_t>(current_type)],
                                      types.data(), static_cast<int>(types.size()), current_type, can_edit);
        if (type >= 0 && kTypes[static_cast<std::size_t>(type)] != f.draft.type) {
            ui.emit(act::ChooseType{kTypes[static_cast<std::size_t>(type)]});
        }
        show_field_findings(ui, "type", true);
        ImGui::EndTable();
    }
    ImGui::PopStyleVar();
    ImGui::Dummy(ImVec2(0, 4));
}

} // namespace

void form_view(Ui& ui, EditBuffers& buffers) {
    const State& s = ui.state;
    const TokenForm& f = s.form;
    const bool can_edit = form_editable(s);
    // While a save is in flight the fields take no input: its answer must not overwrite typing.
    const bool takes_input = form_takes_input(s);

    // A new form (another token, or back to create) starts untouched.
    const std::optional<TokenId> form_key = f.id;
    if (buffers.form_view != s.view || buffers.form_id != form_key) {
        buffers.form_view = s.view;
        buffers.form_id = form_key;
        buffers.name_touched = false;
        buffers.name_active = false;
        buffers.description_active = false;
    }

    header(ui);
    if (s.banner && f.id && s.banner->token_id == *f.id) {
        secret_banner(ui);
        ImGui::Dummy(ImVec2(0, 8));
        if (s.banner->replaced_deleted || old_token_on_offer(s) != nullptr) {
            replace_offer(ui);
            ImGui::Dummy(ImVec2(0, 8));
        }
    }
    if (!can_edit) {
        callout(ui, "read-only", Role::status, ui.colours.info, icon::info_circle,
                ui.t("form.read_only_notice"), {});
        ImGui::Dummy(ImVec2(0, 8));
    }
    if (s.lost_key && f.id && s.lost_key->token_id == *f.id) {
        const bool created = s.lost_key->cause == LostKeyCause::Created;
        callout(ui, "key-lost", Role::alert, ui.colours.warning, icon::exclamation_circle,
                ui.t(created ? "form.key_lost.created" : "form.key_lost.regenerated"), {});
        ImGui::Dummy(ImVec2(0, 8));
    }
    if (f.save_error) {
        callout(ui, "save-error", Role::alert, ui.colours.danger, icon::exclamation_circle,
                ui.t("form.save_failed"), error_text(ui, *f.save_error));
        ImGui::Dummy(ImVec2(0, 8));
    }
    details_card(ui, buffers, takes_input);
    ImGui::Dummy(ImVec2(0, 16));
    permissions_panel(ui, buffers, takes_input);
    ImGui::Dummy(ImVec2(0, 40));
}

} // namespace imt::ui
