#pragma once

#include "ui/accessible.hpp"

#include <imgui.h>

#include <cstddef>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct ImGuiContext;
struct ImGuiContextHook;

// Every item ImGui submitted in the last frame, with its label, rectangle and state, learnt through
// ImGui's test-engine hooks (IMGUI_ENABLE_TEST_ENGINE). Headless tests and the browser tests use it
// to address widgets by label instead of by pixel position.
namespace imt::ui {

enum class ItemKind {
    window,
    checkable, // checkbox, radio-like menu item
    openable,  // tree node, collapsing header, menu
    inputable, // text input, slider, drag
    other,     // button, selectable, tab, ...
};

struct ItemRecord {
    ImGuiID id = 0;
    ImGuiID parent_id = 0; // top of the ID stack when the item was added (0 for a window)
    std::string label;     // as given to the widget, "##" suffix included; empty if ImGui gave none
    std::string window;    // name of the window the item belongs to
    ImVec2 min;            // full rectangle, in ImGui display coordinates
    ImVec2 max;
    ImVec2 visible_min; // the part inside the window's clip rectangle (empty when scrolled away)
    ImVec2 visible_max;
    int item_flags = 0;   // ImGuiItemFlags_ (internal)
    int status_flags = 0; // ImGuiItemStatusFlags_ (internal)
    ItemKind kind = ItemKind::other;
    // Role, name, value and state as the widget kit declared them (role none when it did not).
    Accessible accessible;

    // The label as shown on screen: the text before any "##" id suffix.
    std::string_view display_label() const;
    bool enabled() const;
    bool checkable() const;
    bool checked() const;
    bool openable() const;
    bool opened() const;
    bool visible() const;
    // Where a click lands on the visible part of the item.
    ImVec2 click_point() const;
};

class ItemRegistry {
public:
    ItemRegistry() = default;
    ItemRegistry(const ItemRegistry&) = delete;
    ItemRegistry& operator=(const ItemRegistry&) = delete;
    ~ItemRegistry();

    // Makes ImGui report items of `context` to this registry; each NewFrame then starts a new record.
    void attach(ImGuiContext* context);
    void detach();
    ImGuiContext* context() const { return context_; }

    // Forgets the previous frame's items. Called automatically at NewFrame when attached.
    void begin_frame();

    // The items of the frame in progress, or of the last completed frame between frames.
    const std::vector<ItemRecord>& items() const { return items_; }
    // First item, in submission order, whose full label or display label equals `label`. ImGui labels
    // only items it did not clip, so an item scrolled out of view is found after scrolling to it.
    const ItemRecord* find(std::string_view label) const;
    const ItemRecord* find_by_id(ImGuiID id) const;
    // First item, in submission order, that declared `role` with the accessible name `name`.
    const ItemRecord* find_by_role(Role role, std::string_view name) const;
    // Every item that declared `role`, in submission order.
    std::vector<const ItemRecord*> with_role(Role role) const;
    // The item keyboard focus was on at the end of the last frame (ImGui's NavId; 0 for none), and
    // whether its ring was shown. A mirror of the page gives DOM focus to the same item.
    ImGuiID focused_id() const { return focused_id_; }
    bool focus_visible() const { return focus_visible_; }
    // The record of the focused item in the last frame, or nullptr.
    const ItemRecord* focused() const { return focused_id_ == 0 ? nullptr : find_by_id(focused_id_); }
    // Recent lines ImGui sent to the test engine's log (e.g. from its debug log), oldest first.
    const std::deque<std::string>& log() const { return log_; }
    // The text the UI drew in the frame (each piece on a line of its own, in drawing order), as
    // reported by the UI through record_text(). Tests read the screen with it.
    const std::string& text() const { return text_; }
    void on_text(std::string_view text);

    // Entry points for ImGui's hook functions.
    void on_item_add(const ImGuiContext& context, ImGuiID id, ImVec2 min, ImVec2 max, int item_flags,
                     int status_flags);
    void on_item_info(ImGuiID id, const char* label, int status_flags);
    // Called by the widget kit after the item `id` was added this frame; ignored otherwise.
    void on_accessible(ImGuiID id, Accessible accessible);
    void on_log(std::string line);

private:
    static void on_new_frame(ImGuiContext* context, ImGuiContextHook* hook);
    static void on_shutdown(ImGuiContext* context, ImGuiContextHook* hook);
    static void on_end_frame(ImGuiContext* context, ImGuiContextHook* hook);

    static constexpr std::size_t max_log_lines = 256;

    ImGuiContext* context_ = nullptr;
    ImGuiID new_frame_hook_ = 0;
    ImGuiID shutdown_hook_ = 0;
    ImGuiID end_frame_hook_ = 0;
    ImGuiID focused_id_ = 0;
    bool focus_visible_ = false;
    std::vector<ItemRecord> items_;
    std::unordered_map<ImGuiID, std::size_t> index_by_id_;
    std::deque<std::string> log_;
    std::string text_;
};

// The registry attached to `context`, or nullptr.
ItemRegistry* registry_of(ImGuiContext* context);
// The registry attached to the current ImGui context; the context must have one.
ItemRegistry& item_registry();
// Reports drawn text to the current context's registry, if it has one (a no-op otherwise).
void record_text(std::string_view text);

} // namespace imt::ui
