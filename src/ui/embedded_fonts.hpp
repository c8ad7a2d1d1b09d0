#pragma once
// The fonts built into the program (Inter, DejaVu Sans Mono and Font Awesome subsets, see
// cmake/assets.cmake), rasterised by ImGui's stb_truetype: the same pixels on every machine, for the
// desktop app and the headless tests.

#include "ui/fonts.hpp"

namespace imt::ui {

class EmbeddedFonts final : public FontRasteriser {
public:
    void build(ImFontAtlas& atlas, std::span<const FontSpec> specs, float scale) override;
};

} // namespace imt::ui
