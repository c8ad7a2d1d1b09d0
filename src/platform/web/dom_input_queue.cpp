#include "platform/web/dom_input_queue.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <utility>

namespace imt::web {
namespace {

// Frames an operation may wait for its control (e.g. a field that is not drawn any more).
constexpr int kMaxFramesWaited = 8;

bool editing(ImGuiID id) {
    const ImGuiContext& g = *GImGui;
    return id != 0 && g.ActiveId == id && g.InputTextState.ID == id;
}

// Makes ImGui's keyboard focus the control, with its ring shown: the DOM focus got there by keyboard,
// a screen reader or a script, never by a click (mirror elements take no pointer events).
void move_nav_focus(const ui::ItemRecord& item) {
    ImGuiContext& g = *GImGui;
    ImGuiWindow* window = ImGui::FindWindowByName(item.window.c_str());
    if (window == nullptr) {
        return;
    }
    if (g.ActiveId != 0 && g.ActiveId == g.InputTextState.ID && g.ActiveId != item.id) {
        ImGui::ClearActiveID(); // the field the focus left stops being edited
    }
    ImGui::SetFocusID(item.id, window);
    // SetFocusID() only knows the rectangle of the item being submitted; arrows move from this one.
    const ImVec2 origin = window->DC.CursorStartPos;
    window->NavRectRel[window->DC.NavLayerCurrent] =
        ImRect(item.min.x - origin.x, item.min.y - origin.y, item.max.x - origin.x, item.max.y - origin.y);
    g.NavDisableHighlight = false;
    g.NavDisableMouseHover = true;
    // What the keyboard reached comes into view, as the browser scrolls to a focused element: the
    // window holding it (a table's rows) and the page around it, as little as needed.
    ImGui::ScrollToRectEx(window, ImRect(item.min, item.max), ImGuiScrollFlags_KeepVisibleEdgeY);
}

void request_editing(ImGuiID id) {
    ImGuiContext& g = *GImGui;
    ImGui::ActivateItemByID(id);
    // PreferInput: a text field takes activation as "start editing" whatever the input source.
    g.NavNextActivateFlags = ImGuiActivateFlags_PreferInput | ImGuiActivateFlags_TryToPreserveState;
}

// Replaces the text and the selection of the field being edited. ImGui copies its edit buffer back
// to the UI's own buffer whenever the two differ, in the field's next frame.
void replace_text(std::string_view text, int selection_start, int selection_end) {
    ImGuiInputTextState& state = GImGui->InputTextState;
    const char* end = text.data() + text.size();
    const int length = ImTextCountCharsFromUtf8(text.data(), end);
    if (state.TextW.Size < length + 1) {
        state.TextW.resize(length + 1);
    }
    state.CurLenW = ImTextStrFromUtf8(state.TextW.Data, state.TextW.Size, text.data(), end);
    state.CurLenA = static_cast<int>(text.size());
    const int start = std::clamp(std::min(selection_start, selection_end), 0, state.CurLenW);
    const int stop = std::clamp(std::max(selection_start, selection_end), 0, state.CurLenW);
    state.Stb.select_start = start;
    state.Stb.select_end = stop;
    state.Stb.cursor = selection_end >= selection_start ? stop : start;
    state.Stb.has_preferred_x = 0;
    // Undo belongs to the DOM input now; ImGui's records point into the text that was replaced.
    state.Stb.undostate.undo_point = 0;
    state.Stb.undostate.undo_char_point = 0;
    state.Stb.undostate.redo_point = IMSTB_TEXTEDIT_UNDOSTATECOUNT;
    state.Stb.undostate.redo_char_point = IMSTB_TEXTEDIT_UNDOCHARCOUNT;
    state.CursorFollow = true;
    state.CursorAnimReset();
}

} // namespace

void DomInputQueue::focus(ImGuiID id, bool text_field) {
    operations_.push_back({.kind = Kind::Focus, .id = id, .text_field = text_field});
}

void DomInputQueue::set_text(ImGuiID id, Secret text, int selection_start, int selection_end) {
    if (!operations_.empty() && operations_.back().kind == Kind::Text && operations_.back().id == id) {
        Operation& last = operations_.back();
        last.text = std::move(text);
        last.selection_start = selection_start;
        last.selection_end = selection_end;
        return;
    }
    operations_.push_back({.kind = Kind::Text,
                           .id = id,
                           .text_field = true,
                           .text = std::move(text),
                           .selection_start = selection_start,
                           .selection_end = selection_end});
}

void DomInputQueue::activate(ImGuiID id) {
    operations_.push_back({.kind = Kind::Activate, .id = id});
}

void DomInputQueue::then(std::function<void()> step) {
    operations_.push_back({.kind = Kind::Step, .step = std::move(step)});
}

bool DomInputQueue::before_frame(const ui::ItemRegistry& registry) {
    bool ran = false;
    while (!operations_.empty()) {
        if (!run(operations_.front(), registry)) {
            return ran;
        }
        operations_.pop_front();
        ran = true;
    }
    return ran;
}

bool DomInputQueue::run(Operation& operation, const ui::ItemRegistry& registry) {
    const bool waited_too_long = operation.frames_waited++ > kMaxFramesWaited;
    switch (operation.kind) {
    case Kind::Step:
        operation.step();
        return true;
    case Kind::Activate:
        // A screen reader's activation (a click event, no focus moved): the control takes the focus
        // as well, and so is drawn even when scrolled out of view (ImGui clips all but the focused
        // item), and comes into view.
        if (const ui::ItemRecord* item = registry.find_by_id(operation.id)) {
            move_nav_focus(*item);
        }
        ImGui::ActivateItemByID(operation.id);
        return true;
    case Kind::Focus: {
        const ui::ItemRecord* item = registry.find_by_id(operation.id);
        if (item == nullptr || waited_too_long) {
            return true;
        }
        last_focused_ = operation.id;
        if (!operation.text_field) {
            move_nav_focus(*item);
            return true;
        }
        if (editing(operation.id)) {
            GImGui->NavDisableHighlight = false;
            return true;
        }
        if (operation.frames_waited == 1 || operation.frames_waited == kMaxFramesWaited / 2) {
            request_editing(operation.id);
        }
        return false;
    }
    case Kind::Text:
        if (waited_too_long) {
            return true;
        }
        if (!editing(operation.id)) {
            // Autofill and password managers set a value without focusing the field.
            if (operation.frames_waited == 1 || operation.frames_waited == kMaxFramesWaited / 2) {
                last_focused_ = operation.id;
                request_editing(operation.id);
            }
            return false;
        }
        replace_text(operation.text.reveal(), operation.selection_start, operation.selection_end);
        last_caret_ = {operation.id, std::min(operation.selection_start, operation.selection_end),
                       std::max(operation.selection_start, operation.selection_end)};
        return true;
    }
    return true;
}

} // namespace imt::web
