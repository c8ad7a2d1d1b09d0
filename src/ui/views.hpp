#pragma once
// The page's views. Each draws from the state and appends the admin's actions to ui.actions.

#include "ui/keyboard.hpp"
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

// Keyboard focus across modal dialogs: each gives focus back to the control it was opened from.
struct ModalFocus {
    FocusReturn dialog;  // the confirmations (dialogs.cpp)
    FocusReturn help;    // the keyboard-help dialog
    FocusReturn session; // the expired-session sign-in
    // The confirmation open, to know on closing whether its row is gone.
    std::optional<TokenId> dialog_token;
    std::size_t dialog_row = 0;
    // A deleted row's position: the row now there (or the last one) takes focus on its actions.
    std::optional<std::size_t> focus_row;
    bool focus_row_visible = false;
    bool help_open = false;
    bool open_help = false; // asked this frame (the top bar's button)
};

void login_view(Ui& ui, EditBuffers& buffers);
void session_expired_modal(Ui& ui, EditBuffers& buffers, ModalFocus& focus);
// What the top bar's switches asked for this frame.
struct BarRequests {
    bool toggle_theme = false;
    bool toggle_locale = false;
    bool show_help = false;
};
void top_bar(Ui& ui, BarRequests& asked);
// The keyboard-help, language and theme switches, ending at `top_right`.
void preference_controls(Ui& ui, ImVec2 top_right, BarRequests& asked);
void list_view(Ui& ui, EditBuffers& buffers, ModalFocus& focus);
void form_view(Ui& ui, EditBuffers& buffers);
// Above the rows: the summary line, the status filters with their counts, Export CSV and JSON.
void list_hygiene(Ui& ui);
// What an empty result says: no token matches the search, or none has the status filtered on.
std::string no_match_text(Ui& ui);
// The narrow list: one card per token, with sorting by a drop-down.
void token_cards(Ui& ui, ModalFocus& focus);
void permissions_panel(Ui& ui, EditBuffers& buffers, bool editable);
void secret_banner(Ui& ui);
// Under the banner of a duplicate: the offer to delete the token it copies (replace_offer.cpp).
void replace_offer(Ui& ui);
void dialogs(Ui& ui, ModalFocus& focus);
// The list of shortcuts, with the switch for single-key ones. Opens when focus.open_help is set.
void keyboard_help(Ui& ui, ModalFocus& focus, bool& single_key_shortcuts);
void toasts(Ui& ui);

// Small shared pieces.
void page_spinner(Ui& ui, std::string_view message);
// A centred message with an icon, an optional body and an optional button; returns true on click.
bool empty_state(Ui& ui, const char* icon, std::string_view title, std::string_view body,
                 std::string_view button_text, std::string_view button_id, const char* button_icon);
std::string error_text(Ui& ui, const ApiError& error);

} // namespace imt::ui
