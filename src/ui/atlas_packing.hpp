#pragma once
// Places every custom rectangle of an ImGui font atlas (the glyphs a custom rasteriser added with
// AddCustomRectFontGlyph, and ImGui's white texel and baked lines) and sizes the texture to them.

#include <imgui.h>

namespace imt::ui {

// Shelves, tallest rectangles first, one texel apart: glyphs of one size are about as tall as each
// other. Sets each rectangle's X and Y, and the atlas's TexWidth and TexHeight.
void pack_custom_rects(ImFontAtlas& atlas);

} // namespace imt::ui
