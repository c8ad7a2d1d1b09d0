#pragma once
// What the DOM mirror hands to ImGui, in the order it happened: focus moved to a mirrored control,
// a field's text (the DOM <input> is the source of truth while it has the focus), an activation
// from a screen reader or a DOM click, and keys. An operation waits until ImGui can take it (a text
// field must be active before its text can be set), so characters typed at full speed straight
// after a click or a Tab, and an Enter after them, reach ImGui whole and in order.

#include "core/secret.hpp"
#include "ui/item_registry.hpp"

#include <deque>
#include <functional>
#include <string>
#include <utility>

namespace imt::web {

class DomInputQueue {
public:
    // Focus on the control `id`; a text field is made active (edited) too.
    void focus(ImGuiID id, bool text_field);
    // The whole text of field `id` and its selection, in code points. Replaces a text still queued
    // for the same field: only the latest matters.
    void set_text(ImGuiID id, Secret text, int selection_start, int selection_end);
    void activate(ImGuiID id);
    // Anything else that must wait its turn (a key event).
    void then(std::function<void()> step);

    [[nodiscard]] bool empty() const { return operations_.empty(); }
    [[nodiscard]] std::size_t size() const { return operations_.size(); }
    // Runs, before ImGui::NewFrame(), every operation ImGui can take now; stops at the first that
    // must wait for a frame. `registry` holds the last frame's items. True when it ran any: ImGui
    // shows a replaced text only from the frame after next (it tests for its hint first).
    bool before_frame(const ui::ItemRegistry& registry);
    // The control focused by the last focus() that ImGui took, once, so that it is not sent back.
    [[nodiscard]] ImGuiID take_last_focused() { return std::exchange(last_focused_, 0); }
    // The selection applied with the last text, so that it is not echoed back to the DOM.
    struct Caret {
        ImGuiID id = 0;
        int start = 0;
        int end = 0;
        friend bool operator==(const Caret&, const Caret&) = default;
    };
    [[nodiscard]] Caret last_caret() const { return last_caret_; }

private:
    enum class Kind { Focus, Text, Activate, Step };
    struct Operation {
        Kind kind = Kind::Step;
        ImGuiID id = 0;
        bool text_field = false;
        Secret text{};
        int selection_start = 0;
        int selection_end = 0;
        std::function<void()> step{};
        int frames_waited = 0;
    };

    // True when the operation is done (or given up), false when it waits for the next frame.
    bool run(Operation& operation, const ui::ItemRegistry& registry);

    std::deque<Operation> operations_;
    ImGuiID last_focused_ = 0;
    Caret last_caret_{};
};

} // namespace imt::web
