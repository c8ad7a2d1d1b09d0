#pragma once
// The page's views. Each draws from the state and appends the admin's actions to ui.actions.

#include "ui/ui_context.hpp"

#include <optional>
#include <string>

namespace imt::ui {

// Text the admin is typing, kept by the UI between frames and re-read from the state whenever the
// field is not being edited (so a reset form shows its new values).
struct EditBuffers {
    std::string search;
    bool search_active = false;
    View form_view = View::List; // which form the buffers below belong to
    std::optional<TokenId> form_id;
    std::string name;
    bool name_active = false;
    bool name_touched = false; // "required" shows only once the admin has been in the field
    std::string description;
    bool description_active = false;
    std::string action_filter;
    bool action_filter_active = false;
    std::string email;
    std::string password; // wiped as soon as it is handed to the core
    bool show_password = false;
    int focus_login = 10; // frames left to put the keyboard in the e-mail field
};

// Writes zeros over a string's bytes before clearing it.
void wipe(std::string& text);

void login_view(Ui& ui, EditBuffers& buffers);
void session_expired_modal(Ui& ui, EditBuffers& buffers);
void top_bar(Ui& ui, bool& toggle_theme, bool& toggle_locale);
// The language and theme switches, ending at `top_right`.
void preference_controls(Ui& ui, ImVec2 top_right, bool& toggle_theme, bool& toggle_locale);
void list_view(Ui& ui, EditBuffers& buffers);
void form_view(Ui& ui, EditBuffers& buffers);
void permissions_panel(Ui& ui, EditBuffers& buffers, bool editable);
void secret_banner(Ui& ui);
void dialogs(Ui& ui);
void toasts(Ui& ui);

// Small shared pieces.
void page_spinner(Ui& ui, std::string_view message);
// A centred message with an icon, an optional body and an optional button; returns true on click.
bool empty_state(Ui& ui, const char* icon, std::string_view title, std::string_view body,
                 std::string_view button_text, std::string_view button_id, const char* button_icon);
std::string error_text(Ui& ui, const ApiError& error);

} // namespace imt::ui
