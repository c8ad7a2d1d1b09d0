#pragma once
// What a control is to someone who cannot see it: its role, its name in the active locale, its
// value and its state. Every control of the widget kit declares one where it is drawn; the item
// registry keeps it beside the item's rectangle, so a mirror of the page (screen readers, keyboard
// focus on the web) can rebuild the page's meaning frame by frame and diff it by item id.

#include <cstdint>
#include <string>
#include <string_view>

namespace imt::ui {

// The subset of WAI-ARIA roles the page uses; role_name() gives the ARIA spelling.
enum class Role : std::uint8_t {
    none, // not declared: a stock ImGui item the kit does not describe
    button,
    link,
    checkbox,
    textbox,
    combobox,
    listbox,
    option,
    columnheader,
    row,
    cell,
    table,
    dialog,
    alert,
    status,
    heading,
    toolbar,
    region,
    text,
};

enum class SortDirection : std::uint8_t { none, ascending, descending };

struct AccessibleState {
    bool disabled = false;
    bool read_only = false;
    bool checked = false;
    bool mixed = false;      // a tri-state checkbox, partly checked
    bool expandable = false; // `expanded` is meaningful only when set
    bool expanded = false;
    bool selected = false;
    bool pressed = false; // a toggle button shown pressed in
    bool toggle = false;  // `pressed` is meaningful when false too (a filter: aria-pressed="false")
    bool required = false;
    bool invalid = false;
    SortDirection sort = SortDirection::none;

    friend bool operator==(const AccessibleState&, const AccessibleState&) = default;
};

struct Accessible {
    Role role = Role::none;
    std::string name{};  // the visible label, in the active locale
    std::string value{}; // what a field or a combo holds; empty for a password
    // What explains the control beyond its name: a field's error message (aria-describedby).
    std::string description{};
    int level = 0; // a heading's level: 1 for the page's title, 2 for a section's
    // A single key that moves the focus here (aria-keyshortcuts), e.g. "/" for the search box.
    std::string key_shortcut{};
    AccessibleState state{};

    friend bool operator==(const Accessible&, const Accessible&) = default;
};

constexpr std::string_view role_name(Role role) {
    switch (role) {
    case Role::none:
        return "";
    case Role::button:
        return "button";
    case Role::link:
        return "link";
    case Role::checkbox:
        return "checkbox";
    case Role::textbox:
        return "textbox";
    case Role::combobox:
        return "combobox";
    case Role::listbox:
        return "listbox";
    case Role::option:
        return "option";
    case Role::columnheader:
        return "columnheader";
    case Role::row:
        return "row";
    case Role::cell:
        return "cell";
    case Role::table:
        return "table";
    case Role::dialog:
        return "dialog";
    case Role::alert:
        return "alert";
    case Role::status:
        return "status";
    case Role::heading:
        return "heading";
    case Role::toolbar:
        return "toolbar";
    case Role::region:
        return "region";
    case Role::text:
        return "text";
    }
    return "";
}

constexpr std::string_view sort_name(SortDirection sort) {
    switch (sort) {
    case SortDirection::none:
        return "none";
    case SortDirection::ascending:
        return "ascending";
    case SortDirection::descending:
        return "descending";
    }
    return "none";
}

} // namespace imt::ui
