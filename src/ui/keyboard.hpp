#pragma once
// The page's keyboard: single-key shortcuts read once per frame before anything is drawn, and
// where focus goes when a modal dialog opens and closes.
//
// Only keys browsers deliver to a page are used: "/" search, "n" new token, "?" this list, Esc,
// and Ctrl/Cmd+S. Single keys act only while no text field has the keyboard, and the admin can
// switch them off (WCAG 2.1.4) in the keyboard-help dialog.

#include <imgui.h>

struct ImGuiWindow;

namespace imt::ui {

struct PageKeys {
    bool focus_search = false; // "/": the list's search box, or the form's permission filter
    bool new_token = false;    // "n"
    bool show_help = false;    // "?"
};

// Reads this frame's typed characters for the shortcuts above, and takes the ones it used out of
// ImGui's input queue. Nothing is read while a text field or a popup has the keyboard, or when
// `enabled` is false.
PageKeys read_page_keys(bool enabled);

// True while the keyboard focus ring is shown: a keyboard user moved focus, no mouse since.
bool focus_visible();

// The control a modal dialog was opened from, to give focus back to when it closes.
class FocusReturn {
public:
    // Call in the frame the dialog opens, before it takes focus.
    void remember();
    // Call in the frame the dialog closed. Gives focus back to the remembered control (its ring
    // shown if it was shown) and forgets it. Does nothing when nothing was remembered.
    void restore();
    bool remembered() const { return id_ != 0; }
    bool was_visible() const { return visible_; }
    void forget() { id_ = 0; }

private:
    ImGuiID id_ = 0;
    ImGuiWindow* window_ = nullptr;
    bool visible_ = false;
};

// Call after the frame's last window. When the control with keyboard focus was not drawn this
// frame (its view closed, its row went), focus is let go: the next Tab then starts from the top
// of the page instead of looking for a control that is no longer there.
void drop_lost_focus();

// Moves keyboard focus to the item just added, with its ring shown or not.
void focus_last_item(bool visible);

} // namespace imt::ui
