#include "platform/web/item_export.hpp"

#include <nlohmann/json.hpp>

#include <string_view>

namespace imt::web {
namespace {

std::string_view kind_name(ui::ItemKind kind) {
    switch (kind) {
    case ui::ItemKind::window:
        return "window";
    case ui::ItemKind::checkable:
        return "checkable";
    case ui::ItemKind::openable:
        return "openable";
    case ui::ItemKind::inputable:
        return "inputable";
    case ui::ItemKind::other:
        break;
    }
    return "other";
}

} // namespace

std::string items_json(const ui::ItemRegistry& registry) {
    auto items = nlohmann::ordered_json::array();
    for (const auto& item : registry.items()) {
        items.push_back({
            {"id", item.id},
            {"label", item.label},
            {"text", item.display_label()},
            {"kind", kind_name(item.kind)},
            {"window", item.window},
            {"x", item.visible_min.x},
            {"y", item.visible_min.y},
            {"w", item.visible_max.x - item.visible_min.x},
            {"h", item.visible_max.y - item.visible_min.y},
            {"enabled", item.enabled()},
            {"checked", item.checked()},
            {"opened", item.opened()},
            {"visible", item.visible()},
            {"role", ui::role_name(item.accessible.role)},
            {"name", item.accessible.name},
        });
    }
    // Labels are UTF-8 from our own catalogue, but a token name typed by someone may not be valid.
    return items.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

bool contains(const ui::ItemRecord& item, float x, float y) {
    return item.visible() && x >= item.visible_min.x && x < item.visible_max.x && y >= item.visible_min.y &&
           y < item.visible_max.y;
}

} // namespace imt::web
