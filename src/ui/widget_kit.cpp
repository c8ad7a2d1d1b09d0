#include "ui/widget_kit.hpp"

#include "ui/item_registry.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

namespace imt::ui {
namespace {

// What ImGui's own widgets would report, so the registry's checked()/opened() read the same for
// the kit's controls as for stock ones.
ImGuiItemStatusFlags status_of(const Accessible& accessible) {
    ImGuiItemStatusFlags flags = 0;
    if (accessible.role == Role::checkbox) {
        flags |= ImGuiItemStatusFlags_Checkable;
        if (accessible.state.checked && !accessible.state.mixed) {
            flags |= ImGuiItemStatusFlags_Checked;
        }
    }
    if (accessible.state.expandable) {
        flags |= ImGuiItemStatusFlags_Openable;
        if (accessible.state.expanded) {
            flags |= ImGuiItemStatusFlags_Opened;
        }
    }
    return flags;
}

} // namespace

void declare(ImGuiID id, Accessible accessible) {
    if (ItemRegistry* registry = registry_of(ImGui::GetCurrentContext())) {
        registry->on_accessible(id, std::move(accessible));
    }
}

void describe(ImGuiID id, const std::string& label, Accessible accessible) {
    ImGuiContext& g = *GImGui;
    IMGUI_TEST_ENGINE_ITEM_INFO(id, label.c_str(), g.LastItemData.StatusFlags | status_of(accessible));
    (void)g; // unused when ImGui is built without the test engine's hooks
    declare(id, std::move(accessible));
}

void declare_last_item(Accessible accessible) {
    declare(ImGui::GetItemID(), std::move(accessible));
}

Control control(const std::string& label, ImVec2 size, Accessible accessible) {
    ImGuiContext& g = *GImGui;
    ImGuiWindow* window = g.CurrentWindow;
    Control item;
    item.id = window->GetID(label.c_str());
    item.bb = ImRect(window->DC.CursorPos,
                     ImVec2(window->DC.CursorPos.x + size.x, window->DC.CursorPos.y + size.y));
    const bool enabled = !accessible.state.disabled;

    ImGui::ItemSize(size);
    if (!enabled) {
        ImGui::PushItemFlag(ImGuiItemFlags_Disabled, true);
    }
    const bool added = ImGui::ItemAdd(item.bb, item.id);
    if (!enabled) {
        ImGui::PopItemFlag();
    }
    describe(item.id, label, std::move(accessible));
    if (!added) {
        return item;
    }
    item.visible = true;
    item.pressed = enabled && ImGui::ButtonBehavior(item.bb, item.id, &item.hovered, &item.held);
    if (item.hovered) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    }
    // Drawn outside the rectangle, so it is the same whatever the control paints inside.
    ImGui::RenderNavHighlight(item.bb, item.id);
    return item;
}

void focus_next_item() {
    ImGui::SetKeyboardFocusHere();
    GImGui->NavFocusScopeId = GImGui->CurrentFocusScopeId;
}

void join_parent_navigation() {
    ImGuiContext& g = *GImGui;
    ImGuiWindow* inner = g.CurrentWindow;
    if ((inner->Flags & ImGuiWindowFlags_ChildWindow) == 0 ||
        (inner->Flags & ImGuiWindowFlags_NavFlattened) != 0 || g.CurrentTable == nullptr ||
        g.CurrentTable->InnerWindow != inner || inner == g.CurrentTable->OuterWindow) {
        return;
    }
    // What Begin() does for a child created with ImGuiWindowFlags_NavFlattened, which tables do
    // not pass (ImGui 1.90.1): share the parent's focus scope and navigation root. End() pops
    // no scope for a flattened window, so the scope pushed by Begin() is popped here.
    ImGui::PopFocusScope();
    inner->Flags |= ImGuiWindowFlags_NavFlattened;
    inner->RootWindowForNav = inner->ParentWindow->RootWindowForNav;
    inner->NavRootFocusScopeId = g.CurrentFocusScopeId;
}

void include_edge_rows(ImGuiListClipper& clipper, int count, float row_height, int also) {
    if (count <= 0 || row_height <= 0) {
        return;
    }
    const ImGuiWindow* window = ImGui::GetCurrentWindow();
    const float start = window->DC.CursorPos.y;
    const auto row_at = [&](float y) {
        return static_cast<int>(std::floor((y - start) / row_height));
    };
    const int first = std::clamp(row_at(window->InnerClipRect.Min.y), 0, count - 1);
    const int last = std::clamp(row_at(window->InnerClipRect.Max.y), 0, count - 1);
    // Inside a table the cursor is still in the header row, so the guesses may be a row late: a row
    // more on each side costs little.
    clipper.IncludeItemsByIndex(std::max(first - 2, 0), std::min(first + 2, count));
    clipper.IncludeItemsByIndex(std::max(last - 2, 0), std::min(last + 3, count));
    if (also >= 0 && also < count) {
        clipper.IncludeItemByIndex(also);
    }
}

namespace {

// The text drawn as the last item becomes an item of its own, over the same rectangle.
void declare_drawn_text(std::string_view suffix, Accessible accessible) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const ImRect bb(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    const std::string label = accessible.name + std::string(suffix);
    const ImGuiID id = window->GetID(label.c_str());
    if (ImGui::ItemAdd(bb, id, nullptr, ImGuiItemFlags_NoNav)) {
        describe(id, label, std::move(accessible));
    }
}

} // namespace

void declare_heading(std::string_view name, int level) {
    declare_drawn_text("##heading", {.role = Role::heading, .name = std::string(name), .level = level});
}

void declare_text(std::string_view text) {
    declare_drawn_text("##text", {.role = Role::text, .name = std::string(text)});
}

void field_ring(ImDrawList* draw, ImVec2 min, ImVec2 max, ImU32 primary) {
    draw->AddRect(ImVec2(min.x - 2, min.y - 2), ImVec2(max.x + 2, max.y + 2), with_alpha(primary, 0.25F), 6,
                  0, 2);
    draw->AddRect(min, max, primary, 4);
}

} // namespace imt::ui
