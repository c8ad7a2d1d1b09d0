#pragma once
// The characters beyond the page's own glyph ranges that text on screen needs: token names,
// descriptions and server messages may be in any script. For a rasteriser that can draw any
// character (the browser's, see platform/web/browser_fonts.hpp).

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace imt::ui {

class ExtraGlyphs {
public:
    // Each extra character is drawn in every text font: `limit` keeps the atlas within a texture's size.
    explicit ExtraGlyphs(std::size_t limit = 1000) : limit_(limit) {}

    // Notes the characters of UTF-8 `text` outside the page's text ranges; true when one was new.
    bool add_from(std::string_view text);
    // Sorted, without duplicates.
    [[nodiscard]] const std::vector<std::uint32_t>& code_points() const { return code_points_; }

private:
    std::size_t limit_;
    std::vector<std::uint32_t> code_points_;
};

} // namespace imt::ui
