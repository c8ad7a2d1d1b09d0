#pragma once
// The one path every hand-drawn control takes: lay it out at the cursor, register it with ImGui,
// run its input, show the hand cursor, draw the keyboard focus ring, and declare its role, name
// and state to the item registry. The control itself only draws its look inside the rectangle.
// Controls built on a stock ImGui widget (text fields, the drop-down, table rows) declare
// themselves with declare() right after the widget, and fields share field_ring().

#include "ui/accessible.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <string>
#include <string_view>

namespace imt::ui {

struct Control {
    ImGuiID id = 0;
    ImRect bb;
    bool visible = false; // not clipped: the caller draws it
    bool hovered = false;
    bool held = false;
    bool pressed = false;
};

// `label` is "text##id": what ImGui hashes and the registry's find() matches. The control takes
// `size` at the cursor; `accessible.state.disabled` turns its input off. Call it only when the
// current window does not skip items (controls return early then, as stock widgets do).
Control control(const std::string& label, ImVec2 size, Accessible accessible);

// Declares the role, name and state of the item `id`, added this frame.
void declare(ImGuiID id, Accessible accessible);
// declare() for an item ImGui added without a label of its own (a combo): also gives the registry
// its label, so find() reaches it, and the stock status flags matching `accessible`.
void describe(ImGuiID id, const std::string& label, Accessible accessible);
// declare() for the last item ImGui added.
void declare_last_item(Accessible accessible);

// Call right after BeginTable() of a table that scrolls (ImGuiTableFlags_ScrollY): its rows live in
// a child window of their own, which keyboard navigation would otherwise treat as one item to
// enter, and Tab would never reach. This joins the rows to the parent's navigation and Tab order.
void join_parent_navigation();

// Call between a clipper's Begin() and its first Step(): the rows just outside the visible part
// (one above, one below) are drawn too, unseen, so that Tab from the last drawn row's last control
// reaches the next row, and focusing it scrolls it into view; without them the keyboard would jump
// from the last visible row out of the list. `also` (if >= 0) is drawn too (a row about to take focus).
void include_edge_rows(ImGuiListClipper& clipper, int count, float row_height, int also = -1);

// Makes the text drawn as the last item a heading of `level` (1: the page's title, 2: a section's):
// no control, so no keyboard stop, but screen readers list it and jump from heading to heading.
void declare_heading(std::string_view name, int level);
// The same for a paragraph that says what a control alone cannot (why the list is empty, or failed).
void declare_text(std::string_view text);

// The ring of a field that has the keyboard (a text field being edited, an open drop-down).
void field_ring(ImDrawList* draw, ImVec2 min, ImVec2 max, ImU32 primary);

} // namespace imt::ui
