#include "ui/embedded_fonts.hpp"

#include "imt_assets/embedded_assets.hpp"

#include <imgui_internal.h>

#include <cmath>
#include <fstream>
#include <iterator>

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

std::vector<unsigned char> read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return in ? std::vector<unsigned char>(std::istreambuf_iterator<char>(in), {})
              : std::vector<unsigned char>{};
}

} // namespace

std::vector<std::string> default_fallback_fonts() {
    const std::string noto = "/usr/share/fonts/truetype/noto/";
    return {
        "/usr/share/fonts/opentype/inter/Inter-Regular.otf", // Latin extended, Greek, Cyrillic
        noto + "NotoSans-Regular.ttf",
        noto + "NotoSansArabic-Regular.ttf",
        noto + "NotoSansHebrew-Regular.ttf",
        noto + "NotoSansDevanagari-Regular.ttf",
        noto + "NotoSansThai-Regular.ttf",
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        noto + "NotoSansSymbols-Regular.ttf",
        noto + "NotoSansSymbols2-Regular.ttf",
        "/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf", // monochrome emoji
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    };
}

EmbeddedFonts::EmbeddedFonts() : EmbeddedFonts(default_fallback_fonts()) {}

EmbeddedFonts::EmbeddedFonts(std::vector<std::string> fallbacks) {
    for (std::string& path : fallbacks) {
        fallbacks_.push_back({std::move(path), {}, false});
    }
}

bool EmbeddedFonts::add_glyphs_for(std::string_view text) {
    return extra_.add_from(text);
}

void EmbeddedFonts::build(ImFontAtlas& atlas, std::span<const FontSpec> specs, float scale) {
    atlas.Clear();
    extra_ranges_.clear();
    for (const std::uint32_t code : extra_.code_points()) {
        extra_ranges_.insert(extra_ranges_.end(), {static_cast<ImWchar>(code), static_cast<ImWchar>(code)});
    }
    extra_ranges_.push_back(0);
    if (!extra_.code_points().empty()) {
        for (FontFile& file : fallbacks_) {
            if (!file.read) {
                file.bytes = read_file(file.path);
                file.read = true;
            }
        }
    }
    for (const FontSpec& spec : specs) {
        const ImFontConfig config = config_for(spec.size * scale);
        add(atlas, spec.face, spec.size * scale, config);
        if ((spec.face == Typeface::Regular || spec.face == Typeface::SemiBold) &&
            !extra_.code_points().empty()) {
            // Merged after the subset: ImGui keeps the first font's glyph for each character.
            for (const FontFile& file : fallbacks_) {
                if (file.bytes.empty()) {
                    continue;
                }
                ImFontConfig fallback = config;
                fallback.MergeMode = true;
                fallback.FontData = const_cast<unsigned char*>(file.bytes.data());
                fallback.FontDataSize = static_cast<int>(file.bytes.size());
                fallback.SizePixels = std::round(spec.size * scale);
                fallback.GlyphRanges = extra_ranges_.data();
                fallback.OversampleH = 1;
                atlas.AddFont(&fallback);
            }
        }
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
