#pragma once
// The page's meaning as a tree of DOM elements laid over the canvas (see dom_mirror.js): built each
// frame from the item registry's accessible records, diffed by item id against the last frame, and
// sent to the browser as one packed update, or not at all when nothing changed.

#include "ui/item_registry.hpp"

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace imt::web {

// What the registry does not know: the table's true size, and where a row sits in it.
struct MirrorFacts {
    int table_rows = 0;
    // 0-based position of the row named `name` among all the table's rows, -1 if unknown.
    std::function<int(std::string_view name)> row_index;
    // False while DOM input (a focus change, a field's text) is still on its way to ImGui: ImGui's
    // focus and caret are behind the DOM's then, and are not sent.
    bool dom_settled = true;
    // The component's own name (the mirror root's), in the active locale.
    std::string root_name;
};

struct MirrorNode {
    ImGuiID id = 0;
    ImGuiID parent = 0; // 0: the mirror root
    std::string role;   // an ARIA role, or "form" / "headerrow" for the mirror's own containers
    std::string name;
    std::string value;              // never a password's (the registry has none)
    std::string description;        // aria-describedby: a field's error message
    int level = 0;                  // a heading's aria-level
    int flags = 0;                  // MirrorFlag bits
    int x = 0, y = 0, w = 0, h = 0; // CSS pixels, relative to the parent's rectangle
    std::string input;              // a text field's kind (email, password, search, text, textarea)
    std::string autocomplete;
    int row_index = 0; // aria-rowindex (1-based), aria-rowcount on a table
    ImGuiID controls = 0;
    std::string key_shortcut; // aria-keyshortcuts: dom_library.js moves the focus on this key itself

    friend bool operator==(const MirrorNode&, const MirrorNode&) = default;
};

enum MirrorFlag : int {
    kDisabled = 1 << 0,
    kReadOnly = 1 << 1,
    kChecked = 1 << 2,
    kMixed = 1 << 3,
    kExpandable = 1 << 4,
    kExpanded = 1 << 5,
    kSelected = 1 << 6,
    kPressed = 1 << 7,
    kRequired = 1 << 8,
    kInvalid = 1 << 9,
    kSortAscending = 1 << 10,
    kSortDescending = 1 << 11,
    kFocusable = 1 << 12, // in the Tab order (ImGui navigation reaches it)
    kSubmit = 1 << 13,    // the sign-in form's submit button
    kToggle = 1 << 14,    // a toggle button: aria-pressed="false" too when released
};

enum class Politeness { Polite = 0, Assertive = 1 };

class DomMirror {
public:
    // The nodes of the registry's last frame, in document order (parents before children).
    static std::vector<MirrorNode> nodes_of(const ui::ItemRegistry& registry, const MirrorFacts& facts);

    // Text to say through the permanent live regions with the next update.
    void announce(Politeness level, std::string text);
    // The packed update from the last frame to this one (JSON), or "" when nothing changed.
    std::string update(const ui::ItemRegistry& registry, const MirrorFacts& facts, ImGuiID echo_focus,
                       ImGuiID echo_caret_id, int echo_caret_start, int echo_caret_end);
    // Forgets what the DOM holds (after the mirror was rebuilt from scratch).
    void reset();

private:
    void note_announcements(const MirrorNode& node, const MirrorNode* before);

    std::unordered_map<ImGuiID, MirrorNode> nodes_;
    std::vector<ImGuiID> order_;
    std::vector<std::pair<Politeness, std::string>> announcements_;
    std::string root_name_;
    ImGuiID focused_ = 0;
    ImGuiID caret_id_ = 0;
    int caret_start_ = -1;
    int caret_end_ = -1;
};

} // namespace imt::web
