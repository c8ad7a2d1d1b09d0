#pragma once
// The web page's fonts, drawn by the browser (font_library.js): text in the host's font family or
// the system's, so the page downloads no text font, shows the typography its users know, and can
// draw any character the browser can; icons from the embedded Font Awesome subset. The glyphs are
// measured there, packed here into ImGui's atlas, and drawn there into its pixels.

#include "ui/extra_glyphs.hpp"
#include "ui/fonts.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace imt::web {

// What the component draws text in unless the host page says otherwise: Inter (the desktop app's
// embedded font) where the machine has it, else the platform's own interface font.
inline constexpr const char* kDefaultFontFamily =
    "Inter, system-ui, -apple-system, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, sans-serif";

class BrowserFonts final : public ui::FontRasteriser {
public:
    // `family`: a CSS font-family list for the text (shell/imtokens.mjs checks it is one).
    explicit BrowserFonts(std::string family);

    // Starts loading the fonts; imt_on_fonts_loaded() arrives once build() can draw them.
    void load() const;
    void build(ImFontAtlas& atlas, std::span<const ui::FontSpec> specs, float scale) override;

    // Token names, descriptions and server messages may be in any script. Notes the characters of
    // `text` that the text fonts lack; true when there were any: build() again to draw them.
    bool add_glyphs_for(std::string_view text);

    // How the last build() sized a text font, for drawing whole runs in it (browser_runs.hpp).
    struct CssFace {
        const ImFont* font;
        std::string css; // e.g. "600 14.2px Inter, system-ui, sans-serif"
        float baseline;  // from the line box's top, in device pixels (whole)
    };
    [[nodiscard]] const CssFace* css_face(const ImFont* font) const;

private:
    std::string family_;
    std::vector<CssFace> faces_;
    ui::ExtraGlyphs extra_;
};

} // namespace imt::web
