#pragma once
// The fonts of the page: which typefaces at which sizes (here), and who draws their glyphs (a
// FontRasteriser: the embedded font files and stb_truetype natively, the browser on the web).
// Glyphs are rasterised at the display's content scale, so text stays crisp on HiDPI screens.

#include <imgui.h>

#include <span>

namespace imt::ui {

enum class Typeface : unsigned char { Regular, SemiBold, Mono, Icons };

// One font of the atlas: a typeface at a size in logical pixels (ImGui's line height), with the
// icons merged in or not.
struct FontSpec {
    Typeface face;
    float size;
    bool with_icons;
};

// Where a merged icon sits in a text font of `size` logical pixels.
struct IconPlacement {
    float size;        // drawn a little smaller than the text
    float min_advance; // a fixed advance, so icons line up in columns
    float offset_y;    // nudged down to sit on the text's centre line
};
IconPlacement icon_placement(float size);

// Inclusive [first, last] code point pairs, zero-terminated as ImGui wants them.
struct GlyphRanges {
    std::span<const ImWchar> text;  // Latin-1 and the punctuation the locales use
    std::span<const ImWchar> mono;  // the secret's hex digits
    std::span<const ImWchar> icons; // the icons the page draws
    [[nodiscard]] std::span<const ImWchar> of(Typeface face) const;
};
const GlyphRanges& glyph_ranges();

class FontRasteriser {
public:
    virtual ~FontRasteriser() = default;
    // Clears the atlas, then fills it with one ImFont per spec, in order, at `scale` device pixels
    // per logical pixel, ready to be uploaded (TexPixelsAlpha8 set, TexReady).
    virtual void build(ImFontAtlas& atlas, std::span<const FontSpec> specs, float scale) = 0;
};

struct Fonts {
    ImFont* body = nullptr;        // 14 px regular, icons merged
    ImFont* body_strong = nullptr; // 14 px semibold, icons merged (names, accordion labels)
    ImFont* small = nullptr;       // 12 px regular, icons merged (hints, errors)
    ImFont* label = nullptr;       // 12 px semibold, icons merged (field labels, buttons)
    ImFont* caps = nullptr;        // 11 px semibold (table column headers, written in upper case)
    ImFont* lead = nullptr;        // 16 px regular (page subtitle)
    ImFont* heading = nullptr;     // 18 px semibold (card titles)
    ImFont* title = nullptr;       // 32 px semibold (page title)
    ImFont* mono = nullptr;        // 13 px monospace, hex digits only (the token secret)
    ImFont* icon_large = nullptr;  // 36 px icons only (empty states)

    // Rebuilds the atlas with every font at `scale` device pixels per logical pixel; ImGui's
    // FontGlobalScale is set to 1/scale so sizes stay in logical pixels.
    void load(ImGuiIO& io, float scale, FontRasteriser& rasteriser);
};

} // namespace imt::ui
