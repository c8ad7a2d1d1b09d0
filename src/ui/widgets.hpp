#pragma once
// The page's own controls, drawn in the design system's look. Each goes through the widget kit
// (widget_kit.hpp): it reports its id and label to ImGui's test-engine hooks, so the item registry
// finds it by its text like a stock widget, and declares its role, name and state.
// One file per family: buttons.cpp, checkbox.cpp, accordion.cpp, select_field.cpp, fields.cpp,
// indicators.cpp (badge, spinner, tooltip), card.cpp, text_drawing.cpp.

#include "ui/accessible.hpp"
#include "ui/ui_context.hpp"

#include <imgui.h>

#include <string>
#include <string_view>

namespace imt::ui {

enum class ButtonKind { Primary, Secondary, Tertiary, Danger, DangerLight, Link };

struct ButtonOptions {
    const char* icon = nullptr; // drawn before the text
    bool disabled = false;
    bool busy = false; // a spinner replaces the icon; the button does not fire
    float width = 0;   // 0: fit the content
    float height = 0;  // 0: the standard button height
    std::string_view tooltip{};
};

ImVec2 button_size(Ui& ui, std::string_view text, const ButtonOptions& options = {});
// Fires on click (or keyboard activation). `id` keeps the ImGui id stable across languages.
bool button(Ui& ui, std::string_view text, std::string_view id, ButtonKind kind,
            const ButtonOptions& options = {});

// A button that stays pressed in while `pressed` (aria-pressed): a filter. Fires on click or
// keyboard activation; the caller flips the state. Sized like button() without an icon.
bool toggle_button(Ui& ui, std::string_view text, std::string_view id, bool pressed);

struct IconButtonOptions {
    float size = 32;
    bool bordered = true;
    bool disabled = false;
    bool active = false;        // drawn pressed-in (e.g. the cog of the action whose route is shown)
    ImU32 icon_colour = 0;      // 0: muted text colour
    std::string_view tooltip{}; // empty: the label (e.g. the label with its shortcut)
};
// `label` is what the registry and the tooltip show (the icon has no text of its own).
bool icon_button(Ui& ui, const char* icon, std::string_view label, std::string_view id,
                 const IconButtonOptions& options = {});

// A drop-down of fixed options in the design system's look. `label` is the field's visible label:
// its accessible name, and its name in the registry ("##label"). Returns the index chosen this
// frame, or -1.
int select_field(Ui& ui, std::string_view label, std::string_view preview, const std::string_view* options,
                 int option_count, int current, bool enabled);

// A checkbox in the design system's look; `mixed` draws the indeterminate dash. Returns true on click.
bool checkbox(Ui& ui, std::string_view text, std::string_view id, bool checked, bool mixed, bool enabled);
// The width checkbox() takes with `text` in the body font.
float checkbox_width(Ui& ui, std::string_view text);

// Collapsible header of one permissions section. Returns whether it is open; `forced_open` keeps it
// open (while filtering) whatever the stored state.
bool accordion_header(Ui& ui, std::string_view text, std::string_view id, std::string_view badge_text,
                      bool alternate, bool forced_open, bool open_by_default = false);

void field_label(Ui& ui, std::string_view text, bool required);
void field_message(Ui& ui, std::string_view text, ImU32 colour, const char* icon);

ImVec2 badge_size(Ui& ui, std::string_view text);
// A pill of text. With a `tone_name` it is also an item, labelled "text##badge-<tone_name>", so a
// reader of the registry learns its severity as well as its words.
void badge(Ui& ui, std::string_view text, const Tone3& tone, std::string_view tone_name = {});

void spinner(Ui& ui, ImVec2 centre, float radius, ImU32 colour, float thickness = 2.5F);

// A tooltip for the last item, shown after the standard hover delay.
void item_tooltip(Ui& ui, std::string_view text);
void tooltip_now(Ui& ui, std::string_view text);

// Single-line input with a placeholder, the design system's frame and a focus ring. Returns true
// when the buffer changed this frame. `id` is the registry's name for it.
struct InputOptions {
    std::string_view name{}; // the visible label, its accessible name (the hint when empty)
    std::string_view hint{};
    float width = -1; // -1: the available width
    bool invalid = false;
    std::string_view error{}; // the message shown under the field, which describes it to a screen reader
    bool required = false;
    bool read_only = false;
    bool password = false;
    const char* icon = nullptr;      // drawn inside, on the left
    bool enter_returns = false;      // return true only when Enter is pressed
    bool overlapped = false;         // a button is drawn over the field afterwards (clear, show password)
    std::string_view key_shortcut{}; // the single key that focuses the field, when single keys are on
};
bool text_input(Ui& ui, std::string_view id, std::string& buffer, const InputOptions& options);
bool multiline_input(Ui& ui, std::string_view id, std::string& buffer, float height,
                     const InputOptions& options);
// Zeroes every copy ImGui keeps of the text being edited (its edit buffers, the text at activation,
// the undo record) and deactivates the field: for a password, once it is handed to the core.
void forget_text_edits();

// A white card with a soft shadow: a child window sized to its content (or to `height`).
// Place cards directly in a window, not inside a table or another splitter's channels.
class Card {
public:
    Card(Ui& ui, std::string_view id, ImVec2 padding, float height = 0, ImU32 background = 0,
         ImU32 border = 0, float width = 0);
    ~Card();
    Card(const Card&) = delete;
    Card& operator=(const Card&) = delete;

private:
    Ui& ui_;
    // ImGui 1.90 draws a child's background into its parent's draw list: the shadow goes on a
    // channel below it.
    ImDrawListSplitter splitter_;
    ImDrawList* parent_draw_ = nullptr;
};

// A tinted card with an icon, a bold title and an optional body: the form's notices and errors,
// the list's "some rows could not be read". `role` is status for news, alert for trouble.
void callout(Ui& ui, std::string_view id, Role role, const Tone3& tone, const char* icon_text,
             std::string_view title, std::string_view body);

// SetKeyboardFocusHere() for the next item. ImGui 1.90.1 drops the request when keyboard focus was
// last in another focus scope (fixed upstream in 1.90.2, #7226); this aligns the scope first.
void focus_next_item();
// ImDrawList::AddText that also reaches ImGui's text log, so tests can read what the screen says.
void draw_text(ImDrawList* draw, ImFont* font, float size, ImVec2 position, ImU32 colour,
               std::string_view text);
void text(std::string_view text, ImU32 colour);
void text_wrapped(std::string_view text, ImU32 colour, float wrap_width = 0);
// Draws `text` clipped to `max_width` with an ellipsis; returns whether it was cut.
bool text_ellipsis(ImDrawList* draw, ImVec2 position, float max_width, std::string_view text, ImU32 colour);
// Draws `text` word-wrapped to `max_width` on at most `max_lines` lines, the last one cut with an
// ellipsis if the text goes on; returns whether it was cut. The current font is used.
bool text_lines(ImDrawList* draw, ImVec2 position, float max_width, int max_lines, std::string_view text,
                ImU32 colour);
// How many lines text_lines() takes for `text` (at most `max_lines`).
int line_count(float max_width, int max_lines, std::string_view text);
ImVec2 text_size(ImFont* font, std::string_view text, float wrap_width = 0);
// The pixel size `font` draws at (its size over the display's content scale).
float font_size(const ImFont* font);
// Draws one glyph (an icon) of `font` placed inside [min, max] by `align` on each axis (0: start,
// 0.5: centred, 1: end), on whole pixels. With min == max, `align` 0.5 centres it on that point.
void draw_glyph(ImDrawList* draw, ImFont* font, const char* glyph, ImVec2 min, ImVec2 max, ImU32 colour,
                ImVec2 align = ImVec2(0.5F, 0.5F));
// Upper case for ASCII and Latin-1 letters (the column headers' small caps).
std::string upper(std::string_view utf8);
// Moves the cursor right so an item of `width` ends at the right edge of the available region.
void align_right(float width);

} // namespace imt::ui
