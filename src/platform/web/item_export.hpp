#pragma once
// The item registry as JavaScript sees it: browser tests address widgets by label, never by pixels.

#include "ui/item_registry.hpp"

#include <string>

namespace imt::web {

// JSON array of the last frame's items: {id, label, text, kind, window, x, y, w, h, enabled, checked,
// opened, visible}. Coordinates are CSS pixels relative to the canvas, of the part left visible by
// the window's clipping.
std::string items_json(const ui::ItemRegistry& registry);

// True when p lies within the item's visible rectangle.
bool contains(const ui::ItemRecord& item, float x, float y);

} // namespace imt::web
