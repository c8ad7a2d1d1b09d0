#include "platform/web/copy_gesture.hpp"

#include "platform/web/item_export.hpp"

#include <emscripten.h>

#include <string_view>

namespace imt::web {
namespace {

constexpr std::string_view kRawSuffix = "##copy";
constexpr std::string_view kFormatMarker = "###copy-as:";

// The page's origin ("http://127.0.0.1:1337") into `out`, at most `size` bytes with the NUL.
// NOLINTNEXTLINE: Emscripten's macro
EM_JS(int, imt_js_page_origin, (char* out, int size), { return stringToUTF8(location.origin, out, size); });

} // namespace

std::optional<CopyVariant> copy_variant_of(const ui::ItemRecord& item) {
    const std::string_view label = item.label;
    if (label.size() >= kRawSuffix.size() && label.substr(label.size() - kRawSuffix.size()) == kRawSuffix) {
        return CopyVariant::Raw;
    }
    const std::size_t at = label.rfind(kFormatMarker);
    if (at == std::string_view::npos) {
        return std::nullopt;
    }
    return variant_from_id(label.substr(at + kFormatMarker.size()));
}

std::optional<CopyVariant> copy_variant_with_id(const ui::ItemRegistry& registry, ImGuiID id) {
    for (const auto& item : registry.items()) {
        if (item.id == id && item.enabled()) {
            return copy_variant_of(item);
        }
    }
    return std::nullopt;
}

std::optional<CopyVariant> copy_variant_under(const ui::ItemRegistry& registry, float down_x, float down_y,
                                              float up_x, float up_y) {
    for (const auto& item : registry.items()) {
        if (!item.enabled() || !contains(item, down_x, down_y) || !contains(item, up_x, up_y)) {
            continue;
        }
        if (const auto variant = copy_variant_of(item)) {
            return variant;
        }
    }
    return std::nullopt;
}

std::string strapi_origin(const std::string& base_url) {
    if (!base_url.empty()) {
        return base_url;
    }
    char buffer[512] = {};
    imt_js_page_origin(buffer, static_cast<int>(sizeof buffer));
    return buffer;
}

} // namespace imt::web
