#include "item_registry.hpp"

#include <imgui_internal.h>

#include <cstdarg>
#include <cstdio>
#include <utility>

namespace imt::ui {
namespace {

bool has(int flags, int flag) {
    return (flags & flag) != 0;
}

ItemKind kind_from_status(int status_flags) {
    if (has(status_flags, ImGuiItemStatusFlags_Checkable)) {
        return ItemKind::checkable;
    }
    if (has(status_flags, ImGuiItemStatusFlags_Openable)) {
        return ItemKind::openable;
    }
    if (has(status_flags, ImGuiItemStatusFlags_Inputable)) {
        return ItemKind::inputable;
    }
    return ItemKind::other;
}

} // namespace

std::string_view ItemRecord::display_label() const {
    const std::string_view full(label);
    return full.substr(0, full.find("##"));
}

bool ItemRecord::enabled() const {
    return !has(item_flags, ImGuiItemFlags_Disabled);
}
bool ItemRecord::checkable() const {
    return has(status_flags, ImGuiItemStatusFlags_Checkable);
}
bool ItemRecord::checked() const {
    return has(status_flags, ImGuiItemStatusFlags_Checked);
}
bool ItemRecord::openable() const {
    return has(status_flags, ImGuiItemStatusFlags_Openable);
}
bool ItemRecord::opened() const {
    return has(status_flags, ImGuiItemStatusFlags_Opened);
}
bool ItemRecord::visible() const {
    return visible_max.x > visible_min.x && visible_max.y > visible_min.y;
}
ImVec2 ItemRecord::click_point() const {
    return {(visible_min.x + visible_max.x) * 0.5F, (visible_min.y + visible_max.y) * 0.5F};
}

ItemRegistry::~ItemRegistry() {
    detach();
}

void ItemRegistry::attach(ImGuiContext* context) {
    detach();
    context_ = context;
    context->TestEngine = this;
    context->TestEngineHookItems = true;

    ImGuiContextHook hook;
    hook.UserData = this;
    hook.Type = ImGuiContextHookType_NewFramePre;
    hook.Callback = &ItemRegistry::on_new_frame;
    new_frame_hook_ = ImGui::AddContextHook(context, &hook);
    hook.Type = ImGuiContextHookType_EndFramePost;
    hook.Callback = &ItemRegistry::on_end_frame;
    end_frame_hook_ = ImGui::AddContextHook(context, &hook);
    // A context destroyed before its registry must not be touched again by detach().
    hook.Type = ImGuiContextHookType_Shutdown;
    hook.Callback = &ItemRegistry::on_shutdown;
    shutdown_hook_ = ImGui::AddContextHook(context, &hook);
}

void ItemRegistry::detach() {
    if (context_ == nullptr) {
        return;
    }
    ImGui::RemoveContextHook(context_, new_frame_hook_);
    ImGui::RemoveContextHook(context_, shutdown_hook_);
    ImGui::RemoveContextHook(context_, end_frame_hook_);
    if (context_->TestEngine == this) {
        context_->TestEngine = nullptr;
        context_->TestEngineHookItems = false;
    }
    context_ = nullptr;
}

void ItemRegistry::on_new_frame(ImGuiContext* /*context*/, ImGuiContextHook* hook) {
    static_cast<ItemRegistry*>(hook->UserData)->begin_frame();
}

void ItemRegistry::on_end_frame(ImGuiContext* context, ImGuiContextHook* hook) {
    auto* registry = static_cast<ItemRegistry*>(hook->UserData);
    registry->focused_id_ = context->NavId;
    registry->focus_visible_ = context->NavId != 0 && !context->NavDisableHighlight;
}

void ItemRegistry::on_shutdown(ImGuiContext* context, ImGuiContextHook* hook) {
    auto* registry = static_cast<ItemRegistry*>(hook->UserData);
    if (context->TestEngine == registry) {
        context->TestEngine = nullptr;
        context->TestEngineHookItems = false;
    }
    registry->context_ = nullptr;
}

void ItemRegistry::begin_frame() {
    items_.clear();
    index_by_id_.clear();
    text_.clear();
}

void ItemRegistry::on_text(std::string_view text) {
    text_.append(text);
    text_.push_back('\n');
}

const ItemRecord* ItemRegistry::find(std::string_view label) const {
    for (const auto& item : items_) {
        if (item.label == label) {
            return &item;
        }
    }
    for (const auto& item : items_) {
        if (!item.label.empty() && item.display_label() == label) {
            return &item;
        }
    }
    return nullptr;
}

const ItemRecord* ItemRegistry::find_by_id(ImGuiID id) const {
    const auto found = index_by_id_.find(id);
    return found == index_by_id_.end() ? nullptr : &items_[found->second];
}

const ItemRecord* ItemRegistry::find_by_role(Role role, std::string_view name) const {
    for (const auto& item : items_) {
        if (item.accessible.role == role && item.accessible.name == name) {
            return &item;
        }
    }
    return nullptr;
}

std::vector<const ItemRecord*> ItemRegistry::with_role(Role role) const {
    std::vector<const ItemRecord*> found;
    for (const auto& item : items_) {
        if (item.accessible.role == role) {
            found.push_back(&item);
        }
    }
    return found;
}

void ItemRegistry::on_item_add(const ImGuiContext& context, ImGuiID id, ImVec2 min, ImVec2 max,
                               int item_flags, int status_flags) {
    ItemRecord record;
    record.id = id;
    record.min = min;
    record.max = max;
    record.item_flags = item_flags;
    record.status_flags = status_flags;

    ImRect visible(min, max);
    if (const ImGuiWindow* window = context.CurrentWindow) {
        record.window = window->Name;
        if (window->ID == id) {
            record.kind = ItemKind::window;
        } else {
            visible.ClipWithFull(window->ClipRect);
            if (!window->IDStack.empty()) {
                record.parent_id = window->IDStack.back();
            }
        }
    }
    record.visible_min = visible.Min;
    record.visible_max = visible.Max;

    // An ID submitted twice in a frame is an ID conflict in the UI; the later submission wins.
    if (const auto found = index_by_id_.find(id); found != index_by_id_.end()) {
        items_[found->second] = std::move(record);
        return;
    }
    index_by_id_.emplace(id, items_.size());
    items_.push_back(std::move(record));
}

void ItemRegistry::on_item_info(ImGuiID id, const char* label, int status_flags) {
    const auto found = index_by_id_.find(id);
    if (found == index_by_id_.end()) {
        return; // ImGui only describes items it added first; there is no rectangle to record
    }
    ItemRecord& record = items_[found->second];
    record.label = label != nullptr ? label : "";
    record.status_flags |= status_flags;
    if (record.kind != ItemKind::window) {
        record.kind = kind_from_status(record.status_flags);
    }
}

void ItemRegistry::on_accessible(ImGuiID id, Accessible accessible) {
    if (const auto found = index_by_id_.find(id); found != index_by_id_.end()) {
        items_[found->second].accessible = std::move(accessible);
    }
}

void ItemRegistry::on_log(std::string line) {
    if (log_.size() == max_log_lines) {
        log_.pop_front();
    }
    log_.push_back(std::move(line));
}

ItemRegistry* registry_of(ImGuiContext* context) {
    return context != nullptr ? static_cast<ItemRegistry*>(context->TestEngine) : nullptr;
}

void record_text(std::string_view text) {
    if (ItemRegistry* registry = registry_of(ImGui::GetCurrentContext())) {
        registry->on_text(text);
    }
}

ItemRegistry& item_registry() {
    ItemRegistry* registry = registry_of(ImGui::GetCurrentContext());
    IM_ASSERT(registry != nullptr && "attach an ItemRegistry to the current ImGui context first");
    return *registry;
}

} // namespace imt::ui

// ImGui's test-engine hooks: free functions it calls when built with IMGUI_ENABLE_TEST_ENGINE and
// ImGuiContext::TestEngineHookItems is set. They only forward to the registry attached to the context.

void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, ImGuiID id, const ImRect& bb,
                                 const ImGuiLastItemData* item_data) {
    if (auto* registry = imt::ui::registry_of(ctx)) {
        const ImRect& rect = item_data != nullptr ? item_data->Rect : bb;
        const int item_flags = item_data != nullptr ? item_data->InFlags : ctx->CurrentItemFlags;
        const int status_flags = item_data != nullptr ? item_data->StatusFlags : 0;
        registry->on_item_add(*ctx, id, rect.Min, rect.Max, item_flags, status_flags);
    }
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID id, const char* label,
                                  ImGuiItemStatusFlags flags) {
    if (auto* registry = imt::ui::registry_of(ctx)) {
        registry->on_item_info(id, label, flags);
    }
}

void ImGuiTestEngineHook_Log(ImGuiContext* ctx, const char* fmt, ...) {
    auto* registry = imt::ui::registry_of(ctx);
    if (registry == nullptr) {
        return;
    }
    va_list args;
    va_start(args, fmt);
    va_list measure;
    va_copy(measure, args);
    const int length = std::vsnprintf(nullptr, 0, fmt, measure);
    va_end(measure);
    std::string line(length > 0 ? static_cast<std::size_t>(length) : 0, '\0');
    if (length > 0) {
        std::vsnprintf(line.data(), line.size() + 1, fmt, args);
    }
    va_end(args);
    registry->on_log(std::move(line));
}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext* ctx, ImGuiID id) {
    const auto* registry = imt::ui::registry_of(ctx);
    const auto* item = registry != nullptr ? registry->find_by_id(id) : nullptr;
    return item != nullptr && !item->label.empty() ? item->label.c_str() : nullptr;
}
