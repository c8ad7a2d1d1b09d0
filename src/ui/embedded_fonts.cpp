#include "ui/embedded_fonts.hpp"

#include "imt_assets/embedded_assets.hpp"

#include <imgui_internal.h>

#include <cmath>

namespace imt::ui {
namespace {

const assets::Blob& file_of(Typeface face) {
    switch (face) {
    case Typeface::SemiBold:
        return assets::inter_semibold;
    case Typeface::Mono:
        return assets::mono;
    case Typeface::Icons:
        return assets::icons;
    default:
        return assets::inter_regular;
    }
}

// Horizontal oversampling keeps small text smooth between pixels; from 16 device pixels up the
// glyphs are wide enough without it, and leaving it out there makes the atlas a third smaller.
ImFontConfig config_for(float device_px) {
    ImFontConfig config;
    config.OversampleH = device_px < 16.0F ? 2 : 1;
    config.OversampleV = 1;
    config.PixelSnapH = false;
    // The bytes are the program's static data: the atlas copies them rather than freeing them later.
    config.FontDataOwnedByAtlas = false;
    return config;
}

void add(ImFontAtlas& atlas, Typeface face, float device_px, ImFontConfig config) {
    const assets::Blob& file = file_of(face);
    config.FontData = const_cast<unsigned char*>(file.data);
    config.FontDataSize = static_cast<int>(file.size);
    config.SizePixels = std::round(device_px);
    config.GlyphRanges = glyph_ranges().of(face).data();
    atlas.AddFont(&config);
}

} // namespace

void EmbeddedFonts::build(ImFontAtlas& atlas, std::span<const FontSpec> specs, float scale) {
    atlas.Clear();
    for (const FontSpec& spec : specs) {
        const ImFontConfig config = config_for(spec.size * scale);
        add(atlas, spec.face, spec.size * scale, config);
        if (spec.with_icons) {
            const IconPlacement icon = icon_placement(spec.size);
            ImFontConfig icon_config = config;
            icon_config.MergeMode = true;
            icon_config.GlyphMinAdvanceX = std::round(icon.min_advance * scale);
            icon_config.GlyphOffset = ImVec2(0, std::round(icon.offset_y * scale));
            add(atlas, Typeface::Icons, icon.size * scale, icon_config);
        }
    }
    atlas.Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
    // Straight through stb_truetype rather than ImFontAtlas::Build(), which adds ImGui's ProggyClean
    // to an empty atlas: merely calling it would link that font's 12 KB into a program.
    ImFontAtlasGetBuilderForStbTruetype()->FontBuilder_Build(&atlas);
}

} // namespace imt::ui
