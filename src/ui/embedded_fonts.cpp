#include "ui/embedded_fonts.hpp"

#include "imt_assets/embedded_assets.hpp"

#include <imgui_internal.h>

#include <cmath>
#include <cstdint>
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

// Inter's line box (hhea ascender 2728 + descender 680) over its em (2816 units).
constexpr float kInterLineHeightPerEm = 3408.0F / 2816.0F;

unsigned read_u16(const std::vector<unsigned char>& b, std::size_t at) {
    return at + 2 <= b.size() ? (static_cast<unsigned>(b[at]) << 8U) | b[at + 1] : 0;
}

std::uint32_t read_u32(const std::vector<unsigned char>& b, std::size_t at) {
    return (static_cast<std::uint32_t>(read_u16(b, at)) << 16U) | read_u16(b, at + 2);
}

// The line box (hhea ascender - descender) over the em, what stb_truetype sizes a font by; the first
// font of a collection. 1.2 when the tables cannot be read.
float line_height_per_em(const std::vector<unsigned char>& b) {
    std::size_t font = 0;
    if (read_u32(b, 0) == 0x74746366U) { // 'ttcf'
        font = read_u32(b, 12);
    }
    const unsigned tables = read_u16(b, font + 4);
    std::size_t hhea = 0;
    std::size_t head = 0;
    for (unsigned i = 0; i < tables; ++i) {
        const std::size_t record = font + 12 + static_cast<std::size_t>(i) * 16;
        const std::uint32_t tag = read_u32(b, record);
        if (tag == 0x68686561U) { // 'hhea'
            hhea = read_u32(b, record + 8);
        } else if (tag == 0x68656164U) { // 'head'
            head = read_u32(b, record + 8);
        }
    }
    const auto ascender = static_cast<std::int16_t>(read_u16(b, hhea + 4));
    const auto descender = static_cast<std::int16_t>(read_u16(b, hhea + 6));
    const unsigned em = read_u16(b, head + 18);
    if (hhea == 0 || head == 0 || em == 0 || ascender - descender <= 0) {
        return 1.2F;
    }
    return static_cast<float>(ascender - descender) / static_cast<float>(em);
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
                file.line_height_per_em = line_height_per_em(file.bytes);
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
                // At Inter's em size, not its line height: Noto Arabic's line box is twice its em, so
                // sized by line height (ImGui's way) its letters would come out half as big.
                fallback.SizePixels =
                    std::round(spec.size * scale) / kInterLineHeightPerEm * file.line_height_per_em;
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
