#pragma once
// The fonts built into the program (Inter, DejaVu Sans Mono and Font Awesome subsets, see
// cmake/assets.cmake), rasterised by ImGui's stb_truetype: the same pixels on every machine, for the
// desktop app and the headless tests. Characters the subsets lack (a Polish, Arabic or Japanese
// name, an emoji) come from the system's fonts that scripts/setup.sh installs (Inter, Noto, Symbola
// for monochrome emoji), read only once such a character turns up, so start-up stays as fast.

#include "ui/extra_glyphs.hpp"
#include "ui/fonts.hpp"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace imt::ui {

class EmbeddedFonts final : public FontRasteriser {
public:
    // `fallbacks`: font files to take missing characters from, first that has one wins
    // (default_fallback_fonts() when left out).
    EmbeddedFonts();
    explicit EmbeddedFonts(std::vector<std::string> fallbacks);
    void build(ImFontAtlas& atlas, std::span<const FontSpec> specs, float scale) override;

    // Notes the characters of `text` the embedded subsets lack; true when there were new ones:
    // build() again to draw them.
    bool add_glyphs_for(std::string_view text);

private:
    struct FontFile {
        std::string path;
        std::vector<unsigned char> bytes; // read on first use; empty if unreadable
        float line_height_per_em = 1.2F;  // to size it by its em, as the embedded Inter is
        bool read = false;
    };
    std::vector<FontFile> fallbacks_;
    ExtraGlyphs extra_;
    std::vector<ImWchar> extra_ranges_; // ImGui's zero-terminated pairs, alive while the atlas is
};

// The system fonts scripts/setup.sh installs that cover what the embedded subsets do not.
std::vector<std::string> default_fallback_fonts();

} // namespace imt::ui
