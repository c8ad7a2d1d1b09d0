#include "ui/extra_glyphs.hpp"

#include "ui/fonts.hpp"

#include <imgui_internal.h>

#include <algorithm>

namespace imt::ui {
namespace {

bool in_ranges(std::span<const ImWchar> ranges, unsigned code) {
    for (std::size_t i = 0; i + 1 < ranges.size() && ranges[i] != 0; i += 2) {
        if (code >= ranges[i] && code <= ranges[i + 1]) {
            return true;
        }
    }
    return false;
}

} // namespace

bool ExtraGlyphs::add_from(std::string_view text) {
    const std::span<const ImWchar> base = glyph_ranges().text;
    bool added = false;
    const char* end = text.data() + text.size();
    for (const char* at = text.data(); at < end;) {
        if (static_cast<unsigned char>(*at) < 0x80) {
            ++at; // ASCII, most of what Strapi sends, is always in the atlas
            continue;
        }
        unsigned code = 0;
        at += ImTextCharFromUtf8(&code, at, end);
        const bool control = code >= 0x7F && code < 0xA0;
        if (control || in_ranges(base, code) || code_points_.size() >= limit_) {
            continue;
        }
        const auto position = std::lower_bound(code_points_.begin(), code_points_.end(), code);
        if (position == code_points_.end() || *position != code) {
            code_points_.insert(position, code);
            added = true;
        }
    }
    return added;
}

} // namespace imt::ui
