// Sections: container lookup (windows that hold other nodes) · text fields · building the nodes
// (parents, the sign-in form, table rows, rectangles) · the diff and its packed update.
#include "platform/web/dom_mirror.hpp"

#include <imgui_internal.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <unordered_set>
#include <utility>

namespace imt::web {
namespace {

using ui::ItemKind;
using ui::ItemRecord;
using ui::Role;

bool ends_with(std::string_view text, std::string_view suffix) {
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// Roles that hold the nodes of their window (and of its child windows).
bool is_window_container(Role role) {
    return role == Role::dialog || role == Role::listbox || role == Role::status || role == Role::alert ||
           role == Role::table || role == Role::toolbar || role == Role::region;
}

// The container whose window is `window` or encloses it ("parent/child_1234ABCD" is inside
// "parent"), skipping `self`.
ImGuiID container_of(const std::unordered_map<std::string_view, ImGuiID>& containers, std::string_view window,
                     ImGuiID self) {
    while (!window.empty()) {
        if (const auto found = containers.find(window); found != containers.end() && found->second != self) {
            return found->second;
        }
        const std::size_t slash = window.rfind('/');
        if (slash == std::string_view::npos) {
            break;
        }
        window = window.substr(0, slash);
    }
    return 0;
}

// A multi-line field is a child window of its own, named as ImGui's BeginChildEx() names it.
bool is_multiline(const ItemRecord& item) {
    char name[512];
    std::snprintf(name, sizeof name, "%s/%s_%08X", item.window.c_str(), item.label.c_str(), item.id);
    return ImGui::FindWindowByName(name) != nullptr;
}

// The sign-in form's parts, known by their ImGui ids (login_view.cpp), which no locale changes.
enum class SignInPart { None, Email, Password, Submit, Other };

SignInPart sign_in_part(const ItemRecord& item) {
    if (item.label == "##Email") {
        return SignInPart::Email;
    }
    if (item.label == "##Password") {
        return SignInPart::Password;
    }
    if (ends_with(item.label, "##login")) {
        return SignInPart::Submit;
    }
    if (ends_with(item.label, "##toggle-password")) {
        return SignInPart::Other;
    }
    return SignInPart::None;
}

void describe_field(const ItemRecord& item, SignInPart part, MirrorNode& node) {
    if (part == SignInPart::Email) {
        node.input = "email";
        node.autocomplete = "username";
    } else if (part == SignInPart::Password) {
        node.input = "password";
        node.autocomplete = "current-password";
    } else if (is_multiline(item)) {
        node.input = "textarea";
        node.autocomplete = "off";
    } else {
        node.input = ends_with(item.label, "##search") ? "search" : "text";
        node.autocomplete = "off";
    }
}

int flags_of(const ItemRecord& item) {
    const ui::AccessibleState& s = item.accessible.state;
    int flags = 0;
    flags |= (s.disabled || !item.enabled()) ? kDisabled : 0;
    flags |= s.read_only ? kReadOnly : 0;
    flags |= s.checked ? kChecked : 0;
    flags |= s.mixed ? kMixed : 0;
    flags |= s.expandable ? kExpandable : 0;
    flags |= s.expanded ? kExpanded : 0;
    flags |= s.selected ? kSelected : 0;
    flags |= s.pressed ? kPressed : 0;
    flags |= s.toggle ? kToggle : 0;
    flags |= s.required ? kRequired : 0;
    flags |= s.invalid ? kInvalid : 0;
    flags |= s.sort == ui::SortDirection::ascending ? kSortAscending : 0;
    flags |= s.sort == ui::SortDirection::descending ? kSortDescending : 0;
    flags |= (item.item_flags & ImGuiItemFlags_NoNav) == 0 ? kFocusable : 0;
    return flags;
}

struct Rect {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    void add(const Rect& r) {
        x0 = std::min(x0, r.x0);
        y0 = std::min(y0, r.y0);
        x1 = std::max(x1, r.x1);
        y1 = std::max(y1, r.y1);
    }
};

// ImGuiIDs are hashes: a synthetic container gets one derived from its table's, or a fixed one.
constexpr ImGuiID kHeaderRowSalt = 0x68ea6a5bU;
const ImGuiID kSignInFormId = ImHashStr("imtokens-sign-in-form");

} // namespace

// --- Building the nodes ---------------------------------------------------------------------------

std::vector<MirrorNode> DomMirror::nodes_of(const ui::ItemRegistry& registry, const MirrorFacts& facts) {
    const std::vector<ItemRecord>& items = registry.items();
    std::unordered_map<std::string_view, ImGuiID> containers;
    for (const ItemRecord& item : items) {
        if (item.kind == ItemKind::window && is_window_container(item.accessible.role)) {
            containers.emplace(item.window, item.id);
        }
    }

    std::vector<MirrorNode> nodes;
    std::vector<Rect> rects; // absolute, beside nodes
    std::unordered_map<ImGuiID, std::size_t> index;
    std::unordered_map<ImGuiID, ImGuiID> current_row; // table -> the row being submitted
    std::unordered_map<ImGuiID, Rect> row_span;       // row -> its rectangle
    ImGuiID form_parent = 0;
    bool has_form = false;
    ImGuiID expanded_combo = 0;

    auto push = [&](MirrorNode node, Rect rect) {
        index[node.id] = nodes.size();
        nodes.push_back(std::move(node));
        rects.push_back(rect);
    };

    for (const ItemRecord& item : items) {
        const Role role = item.accessible.role;
        if (role == Role::none || index.contains(item.id)) {
            continue;
        }
        MirrorNode node;
        node.id = item.id;
        node.role = std::string(ui::role_name(role));
        node.name = item.accessible.name;
        node.value = item.accessible.value;
        node.description = item.accessible.description;
        node.key_shortcut = item.accessible.key_shortcut;
        node.level = item.accessible.level;
        node.flags = flags_of(item);
        const Rect rect{std::floor(item.min.x), std::floor(item.min.y), std::ceil(item.max.x),
                        std::ceil(item.max.y)};

        ImGuiID parent = container_of(containers, item.window, item.id);
        const auto table = index.find(parent);
        if (table != index.end() && nodes[table->second].role == "table") {
            if (role == Role::row) {
                current_row[parent] = item.id;
                row_span[item.id] = rect;
                const int position = facts.row_index ? facts.row_index(item.accessible.name) : -1;
                node.row_index = position >= 0 ? position + 2 : 0; // the header row is row 1
            } else if (role == Role::columnheader) {
                const ImGuiID header = parent ^ kHeaderRowSalt;
                if (!index.contains(header)) {
                    push({.id = header, .parent = parent, .role = "headerrow", .row_index = 1}, rect);
                }
                rects[index[header]].add(rect);
                parent = header;
            } else if (const auto row = current_row.find(parent); row != current_row.end()) {
                const Rect& span = row_span[row->second];
                const float middle = (rect.y0 + rect.y1) * 0.5F;
                if (middle >= span.y0 && middle <= span.y1) {
                    parent = row->second;
                }
            }
        }

        const SignInPart part = sign_in_part(item);
        if (part != SignInPart::None) {
            if (!has_form) {
                has_form = true;
                form_parent = parent;
                push({.id = kSignInFormId, .parent = parent, .role = "form"}, rect);
            }
            rects[index[kSignInFormId]].add(rect);
            parent = kSignInFormId;
            if (part == SignInPart::Submit) {
                node.flags |= kSubmit;
                nodes[index[kSignInFormId]].name = item.accessible.name; // the form is named by its action
            }
        }
        if (role == Role::textbox) {
            describe_field(item, part, node);
        }
        if (role == Role::combobox && item.accessible.state.expanded) {
            expanded_combo = item.id;
        }
        if (role == Role::listbox && expanded_combo != 0) {
            if (const auto combo = index.find(expanded_combo); combo != index.end()) {
                nodes[combo->second].controls = item.id;
            }
        }
        if (role == Role::table) {
            node.row_index = facts.table_rows + 1; // aria-rowcount: the header row and every token
        }
        node.parent = parent;
        push(std::move(node), rect);
    }
    (void)form_parent;

    // Rectangles relative to the parent's, as the DOM nests them.
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        MirrorNode& node = nodes[i];
        const Rect& r = rects[i];
        float origin_x = 0;
        float origin_y = 0;
        if (const auto parent = index.find(node.parent); parent != index.end()) {
            origin_x = rects[parent->second].x0;
            origin_y = rects[parent->second].y0;
        }
        node.x = static_cast<int>(r.x0 - origin_x);
        node.y = static_cast<int>(r.y0 - origin_y);
        node.w = static_cast<int>(r.x1 - r.x0);
        node.h = static_cast<int>(r.y1 - r.y0);
    }
    return nodes;
}

// --- The diff -------------------------------------------------------------------------------------

void DomMirror::announce(Politeness level, std::string text) {
    if (!text.empty()) {
        announcements_.emplace_back(level, std::move(text));
    }
}

void DomMirror::note_announcements(const MirrorNode& node, const MirrorNode* before) {
    const bool live = node.role == "status" || node.role == "alert";
    const bool said_before = before != nullptr && before->name == node.name && before->value == node.value;
    if (live && !said_before) {
        std::string text = node.name;
        if (!node.value.empty()) {
            text += text.empty() ? "" : " ";
            text += node.value;
        }
        announce(node.role == "alert" ? Politeness::Assertive : Politeness::Polite, std::move(text));
    }
}

void DomMirror::reset() {
    nodes_.clear();
    order_.clear();
    root_name_.clear();
    focused_ = 0;
    caret_id_ = 0;
}

std::string DomMirror::update(const ui::ItemRegistry& registry, const MirrorFacts& facts, ImGuiID echo_focus,
                              ImGuiID echo_caret_id, int echo_caret_start, int echo_caret_end) {
    std::vector<MirrorNode> nodes = nodes_of(registry, facts);
    nlohmann::json changed = nlohmann::json::array();
    std::vector<ImGuiID> order;
    order.reserve(nodes.size());
    std::unordered_set<ImGuiID> present;
    for (const MirrorNode& node : nodes) {
        order.push_back(node.id);
        present.insert(node.id);
        const auto before = nodes_.find(node.id);
        const MirrorNode* previous = before == nodes_.end() ? nullptr : &before->second;
        if (previous != nullptr && *previous == node) {
            continue;
        }
        note_announcements(node, previous);
        nlohmann::json extra = nlohmann::json::object();
        if (!node.input.empty()) {
            extra["t"] = node.input;
            extra["ac"] = node.autocomplete;
        }
        if (node.row_index != 0) {
            extra["ri"] = node.row_index;
        }
        if (node.controls != 0) {
            extra["ctl"] = node.controls;
        }
        if (!node.description.empty()) {
            extra["ds"] = node.description;
        }
        if (node.level != 0) {
            extra["lv"] = node.level;
        }
        if (!node.key_shortcut.empty()) {
            extra["ks"] = node.key_shortcut;
        }
        changed.push_back({node.id, node.parent, node.role, node.name, node.value, node.flags, node.x, node.y,
                           node.w, node.h, extra});
    }
    nlohmann::json removed = nlohmann::json::array();
    for (const auto& [id, node] : nodes_) {
        if (!present.contains(id)) {
            removed.push_back(id);
        }
    }

    nlohmann::json update = nlohmann::json::object();
    if (!changed.empty()) {
        update["n"] = std::move(changed);
    }
    if (!removed.empty()) {
        update["r"] = std::move(removed);
    }
    if (order != order_) {
        update["o"] = order;
    }
    if (facts.root_name != root_name_ && !facts.root_name.empty()) {
        root_name_ = facts.root_name;
        update["rn"] = root_name_;
    }

    // Focus and caret: sent when ImGui moved them, not when they only follow the DOM.
    const ImGuiID focused = registry.focused_id();
    if (facts.dom_settled && focused != focused_ && focused != 0 && present.contains(focused)) {
        if (focused != echo_focus) {
            update["f"] = focused;
        }
        focused_ = focused;
    }
    const ImGuiContext& g = *GImGui;
    if (g.ActiveId != 0 && g.InputTextState.ID == g.ActiveId && present.contains(g.ActiveId) &&
        facts.dom_settled) {
        const ImGuiInputTextState& state = g.InputTextState;
        const int start = std::min(state.Stb.select_start, state.Stb.select_end);
        const int end = std::max(state.Stb.select_start, state.Stb.select_end);
        const int caret_start = start == end ? state.Stb.cursor : start;
        const int caret_end = start == end ? state.Stb.cursor : end;
        if (g.ActiveId != caret_id_ || caret_start != caret_start_ || caret_end != caret_end_) {
            const bool echo =
                g.ActiveId == echo_caret_id && caret_start == echo_caret_start && caret_end == echo_caret_end;
            if (!echo) {
                update["c"] = {g.ActiveId, caret_start, caret_end};
            }
            caret_id_ = g.ActiveId;
            caret_start_ = caret_start;
            caret_end_ = caret_end;
        }
    } else {
        caret_id_ = 0;
    }
    if (!announcements_.empty()) {
        nlohmann::json said = nlohmann::json::array();
        for (auto& [level, text] : announcements_) {
            said.push_back({static_cast<int>(level), std::move(text)});
        }
        announcements_.clear();
        update["a"] = std::move(said);
    }

    nodes_.clear();
    for (MirrorNode& node : nodes) {
        const ImGuiID id = node.id;
        nodes_.emplace(id, std::move(node));
    }
    order_ = std::move(order);
    if (update.empty()) {
        return {};
    }
    // Names typed by someone may not be valid UTF-8.
    return update.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace imt::web
