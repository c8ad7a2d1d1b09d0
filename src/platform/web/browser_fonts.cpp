#include "platform/web/browser_fonts.hpp"

#include "imt_assets/embedded_assets.hpp"
#include "platform/web/js_bridge.hpp"
#include "ui/atlas_packing.hpp"

#include <imgui_internal.h>

#include <cmath>
#include <cstdint>
#include <string_view>
#include <vector>

namespace imt::web {
namespace {

using ui::Typeface;

constexpr std::string_view kMonoFamily =
    "ui-monospace, \"DejaVu Sans Mono\", Menlo, Consolas, \"Liberation Mono\", monospace";
constexpr std::string_view kIconFamily = "imtokens-icons"; // registered by imt_js_load_fonts
constexpr float kReferenceSize = 100;

std::string css_font(Typeface face, float em_px, std::string_view family) {
    const std::string_view chosen = face == Typeface::Mono    ? kMonoFamily
                                    : face == Typeface::Icons ? kIconFamily
                                                              : family;
    return (face == Typeface::SemiBold ? "600 " : "400 ") + std::to_string(em_px) + "px " +
           std::string(chosen);
}

std::vector<std::uint32_t> code_points(std::span<const ImWchar> ranges) {
    std::vector<std::uint32_t> out;
    for (std::size_t i = 0; i + 1 < ranges.size() && ranges[i] != 0; i += 2) {
        for (std::uint32_t code = ranges[i]; code <= ranges[i + 1]; ++code) {
            out.push_back(code);
        }
    }
    return out;
}

// How the browser would draw one code point: the pen's advance and the ink's box around the pen.
struct Ink {
    float advance, left, right, up, down;
};

// A typeface at one size, as CSS says it, with ImGui's size (the line height) mapped onto it.
struct SizedFace {
    std::string font; // e.g. "600 14.2px Inter, system-ui, sans-serif"
    float ascent;     // of the line box, in device pixels
    float descent;
};

SizedFace size_face(Typeface face, float line_height, const std::string& family) {
    // ImGui's font size is the line box's height (ascent + descent); CSS sizes the em square.
    float box[2] = {0, 0};
    imt_js_font_metrics(css_font(face, kReferenceSize, family).c_str(), box);
    const float per_em = box[0] + box[1] > 0 ? (box[0] + box[1]) / kReferenceSize : 1.2F;
    const float em = line_height / per_em;
    return {css_font(face, em, family), box[0] / kReferenceSize * em, box[1] / kReferenceSize * em};
}

std::vector<Ink> measure(const SizedFace& face, const std::vector<std::uint32_t>& codes) {
    std::vector<Ink> inks(codes.size());
    static_assert(sizeof(Ink) == 5 * sizeof(float));
    imt_js_measure_glyphs(face.font.c_str(), codes.data(), static_cast<int>(codes.size()),
                          reinterpret_cast<float*>(inks.data()));
    return inks;
}

// The glyphs of one CSS font, to be drawn once the atlas is packed.
struct DrawBatch {
    std::string font;
    struct Glyph {
        std::uint32_t code;
        int rect;         // in ImFontAtlas::CustomRects
        int pen_x, pen_y; // from the rectangle's corner
    };
    std::vector<Glyph> glyphs;
};

// Adds one typeface's glyphs to `font`: pen positions are whole pixels and advances are rounded,
// so every glyph lands on the pixel grid it was drawn on and stays sharp.
void add_glyphs(ImFontAtlas& atlas, ImFont& font, const SizedFace& face,
                const std::vector<std::uint32_t>& codes, float baseline, float min_advance,
                std::vector<DrawBatch>& batches) {
    const std::vector<Ink> inks = measure(face, codes);
    DrawBatch batch{face.font, {}};
    for (std::size_t i = 0; i < codes.size(); ++i) {
        const Ink& ink = inks[i];
        float advance = std::round(ink.advance);
        float shift = 0;
        if (advance < min_advance) {
            shift = std::floor((min_advance - advance) * 0.5F);
            advance = min_advance;
        }
        const auto code = static_cast<ImWchar>(codes[i]);
        if (ink.left + ink.right <= 0 || ink.up + ink.down <= 0) {
            font.AddGlyph(nullptr, code, 0, 0, 0, 0, 0, 0, 0, 0, advance); // a space: nothing to draw
            continue;
        }
        // One pixel of margin: anti-aliasing reaches a little past the ink's box.
        const int x0 = static_cast<int>(std::floor(-ink.left)) - 1;
        const int x1 = static_cast<int>(std::ceil(ink.right)) + 1;
        const int y0 = static_cast<int>(std::floor(-ink.up)) - 1;
        const int y1 = static_cast<int>(std::ceil(ink.down)) + 1;
        const int rect = atlas.AddCustomRectFontGlyph(&font, code, x1 - x0, y1 - y0, advance,
                                                      ImVec2(static_cast<float>(x0) + shift, baseline + y0));
        batch.glyphs.push_back({codes[i], rect, -x0, -y0});
    }
    batches.push_back(std::move(batch));
}

} // namespace

BrowserFonts::BrowserFonts(std::string family) : family_(std::move(family)) {}

void BrowserFonts::load() const {
    // The text fonts a host page declares with @font-face may still be on their way.
    const std::string fonts = css_font(Typeface::Regular, 16, family_) + "\n" +
                              css_font(Typeface::SemiBold, 16, family_) + "\n" +
                              css_font(Typeface::Mono, 16, family_);
    imt_js_load_fonts(assets::icons.data, assets::icons.size, fonts.c_str());
}

const BrowserFonts::CssFace* BrowserFonts::css_face(const ImFont* font) const {
    for (const CssFace& face : faces_) {
        if (face.font == font) {
            return &face;
        }
    }
    return nullptr;
}

bool BrowserFonts::add_glyphs_for(std::string_view text) {
    return extra_.add_from(text);
}

void BrowserFonts::build(ImFontAtlas& atlas, std::span<const ui::FontSpec> specs, float scale) {
    imt_js_mark("imtokens:glyphs-measuring"); // the fonts have loaded: a phase of the cold start
    atlas.Clear();
    faces_.clear();
    // The browser draws the mouse cursor: only the white texel is needed from ImGui's defaults.
    atlas.Flags |= ImFontAtlasFlags_NoMouseCursors;
    const ui::GlyphRanges& ranges = ui::glyph_ranges();
    std::vector<DrawBatch> batches;
    for (const ui::FontSpec& spec : specs) {
        const float line_height = std::round(spec.size * scale);
        const SizedFace face = size_face(spec.face, line_height, family_);
        ImFont* font = IM_NEW(ImFont);
        atlas.Fonts.push_back(font);
        font->ContainerAtlas = &atlas;
        font->FontSize = line_height;
        font->Ascent = face.ascent;
        font->Descent = -face.descent;
        const float baseline = std::round(face.ascent);
        faces_.push_back({font, face.font, baseline});
        std::vector<std::uint32_t> codes = code_points(ranges.of(spec.face));
        if (spec.face == Typeface::Regular || spec.face == Typeface::SemiBold) {
            codes.insert(codes.end(), extra_.code_points().begin(), extra_.code_points().end());
        }
        add_glyphs(atlas, *font, face, codes, baseline, 0, batches);
        if (spec.with_icons) {
            const ui::IconPlacement icon = ui::icon_placement(spec.size);
            const SizedFace icons = size_face(Typeface::Icons, std::round(icon.size * scale), family_);
            add_glyphs(atlas, *font, icons, code_points(ranges.icons),
                       baseline + std::round(icon.offset_y * scale), std::round(icon.min_advance * scale),
                       batches);
        }
    }
    imt_js_mark("imtokens:glyphs-measured"); // a phase of the cold start, for the benchmarks
    ImFontAtlasBuildInit(&atlas);            // registers the white texel and the baked anti-aliased lines
    ui::pack_custom_rects(atlas);
    atlas.TexUvScale =
        ImVec2(1.0F / static_cast<float>(atlas.TexWidth), 1.0F / static_cast<float>(atlas.TexHeight));
    atlas.TexPixelsAlpha8 =
        static_cast<unsigned char*>(IM_ALLOC(static_cast<std::size_t>(atlas.TexWidth * atlas.TexHeight)));

    imt_js_atlas_begin(atlas.TexWidth, atlas.TexHeight);
    std::vector<std::int32_t> pens;
    for (const DrawBatch& batch : batches) {
        pens.clear();
        for (const DrawBatch::Glyph& glyph : batch.glyphs) {
            const ImFontAtlasCustomRect& r = atlas.CustomRects[glyph.rect];
            pens.insert(pens.end(),
                        {static_cast<std::int32_t>(glyph.code), r.X + glyph.pen_x, r.Y + glyph.pen_y});
        }
        imt_js_atlas_draw(batch.font.c_str(), pens.data(), static_cast<int>(batch.glyphs.size()));
    }
    imt_js_atlas_end(atlas.TexPixelsAlpha8, atlas.TexWidth, atlas.TexHeight);
    // Adds the glyphs from their rectangles, draws the white texel and lines, builds the lookups.
    ImFontAtlasBuildFinish(&atlas);
}

} // namespace imt::web
