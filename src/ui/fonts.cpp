#include "ui/fonts.hpp"

#include "imt_assets/embedded_assets.hpp"

#include <algorithm>
#include <array>

namespace imt::ui {

static_assert(sizeof(ImWchar) == sizeof(unsigned int),
              "the generated glyph ranges are 32-bit (IMGUI_USE_WCHAR32)");

IconPlacement icon_placement(float size) {
    return {size * 0.92F, size * 1.15F, size * 0.02F};
}

std::span<const ImWchar> GlyphRanges::of(Typeface face) const {
    switch (face) {
    case Typeface::Mono:
        return mono;
    case Typeface::Icons:
        return icons;
    default:
        return text;
    }
}

const GlyphRanges& glyph_ranges() {
    static constexpr GlyphRanges ranges{assets::text_glyph_ranges, assets::mono_glyph_ranges,
                                        assets::icon_glyph_ranges};
    return ranges;
}

void Fonts::load(ImGuiIO& io, float scale, FontRasteriser& rasteriser) {
    scale = std::clamp(scale, 0.5F, 4.0F);
    static constexpr std::array<FontSpec, 10> specs{{
        {Typeface::Regular, 14, true},
        {Typeface::SemiBold, 14, true},
        {Typeface::Regular, 12, true},
        {Typeface::SemiBold, 12, true},
        {Typeface::SemiBold, 11, false},
        {Typeface::Regular, 16, true},
        {Typeface::SemiBold, 18, true},
        {Typeface::SemiBold, 32, false},
        {Typeface::Mono, 13, false},
        {Typeface::Icons, 36, false},
    }};
    rasteriser.build(*io.Fonts, specs, scale);
    ImFont** const slots[] = {&body, &body_strong, &small, &label, &caps,
                              &lead, &heading,     &title, &mono,  &icon_large};
    for (std::size_t i = 0; i < specs.size(); ++i) {
        *slots[i] = io.Fonts->Fonts[static_cast<int>(i)];
    }
    io.FontDefault = body;
    io.FontGlobalScale = 1.0F / scale;
}

} // namespace imt::ui
