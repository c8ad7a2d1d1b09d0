#pragma once
// Which of the banner's copy buttons a DOM click or activation hit, read from the item registry:
// "Copy###copy" copies the raw key, "…###copy-as:<format>" one of the other formats (the ids
// survive every locale). The web layer then writes that text inside the click's own event.

#include "core/copy_variants.hpp"
#include "ui/item_registry.hpp"

#include <imgui.h>

#include <optional>
#include <string>

namespace imt::web {

std::optional<CopyVariant> copy_variant_of(const ui::ItemRecord& item);
// The enabled copy button with this id.
std::optional<CopyVariant> copy_variant_with_id(const ui::ItemRegistry& registry, ImGuiID id);
// The enabled copy button both the press and the release fell on.
std::optional<CopyVariant> copy_variant_under(const ui::ItemRegistry& registry, float down_x, float down_y,
                                              float up_x, float up_y);

// The origin the curl and fetch() texts call: the host's baseUrl, else the page's own.
std::string strapi_origin(const std::string& base_url);

} // namespace imt::web
