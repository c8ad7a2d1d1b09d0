// What the web page's glyph rasteriser relies on, checked natively: which characters of incoming
// text it must add to the atlas, and that the atlas it packs has every glyph in its own place.

#include "ui/atlas_packing.hpp"
#include "ui/extra_glyphs.hpp"

#include <catch2/catch_test_macros.hpp>
#include <imgui.h>

#include <vector>

using imt::ui::ExtraGlyphs;

TEST_CASE("Names in Latin-1 and in the locales' punctuation need no extra glyph") {
    ExtraGlyphs extra;
    CHECK_FALSE(extra.add_from(R"({"name":"Clé d’accès « API » – café…","description":"Ça marche"})"));
    CHECK(extra.code_points().empty());
}

TEST_CASE("A name in Polish, Greek and Cyrillic adds each new letter once") {
    ExtraGlyphs extra;
    CHECK(extra.add_from("Dostęp Ωμέγα Ключ"));
    // ę; Ω έ α γ μ; К л ч ю: sorted by code point.
    CHECK(extra.code_points() ==
          std::vector<std::uint32_t>{0x119, 0x3A9, 0x3AD, 0x3B1, 0x3B3, 0x3BC, 0x41A, 0x43B, 0x447, 0x44E});
    CHECK_FALSE(extra.add_from("Ωμέγα again, and Dostęp"));
    CHECK(extra.code_points().size() == 10);
}

TEST_CASE("Characters beyond the Basic Multilingual Plane are kept whole, and bad UTF-8 is U+FFFD") {
    ExtraGlyphs extra;
    CHECK(extra.add_from("deploy \xF0\x9F\x9A\x80")); // U+1F680: ImWchar is 32-bit (IMGUI_USE_WCHAR32)
    CHECK(extra.code_points() == std::vector<std::uint32_t>{0x1F680});
    CHECK(extra.add_from("\xC3")); // a truncated sequence
    CHECK(extra.code_points() == std::vector<std::uint32_t>{0xFFFD, 0x1F680});
}

TEST_CASE("Control characters are never drawn") {
    ExtraGlyphs extra;
    CHECK_FALSE(extra.add_from("a\tb\nc\xC2\x85"
                               "d")); // tab, line feed, NEL (U+0085)
    CHECK(extra.code_points().empty());
}

TEST_CASE("Past the limit, further characters are left out") {
    ExtraGlyphs extra(2);
    CHECK(extra.add_from("ęĄł"));
    CHECK(extra.code_points() == std::vector<std::uint32_t>{0x104, 0x119});
    CHECK_FALSE(extra.add_from("Ż"));
}

TEST_CASE("Packed glyphs each get their own place inside the atlas") {
    ImFontAtlas atlas;
    ImFont font;
    // Glyph-like rectangles of four sizes, as four fonts would give, and one very wide one.
    for (int i = 0; i < 400; ++i) {
        const int size = 8 + (i % 4) * 9;
        atlas.AddCustomRectFontGlyph(&font, static_cast<ImWchar>(0x100 + i), size - i % 3, size, 10.0F);
    }
    atlas.AddCustomRectRegular(700, 20);
    imt::ui::pack_custom_rects(atlas);

    const ImVector<ImFontAtlasCustomRect>& rects = atlas.CustomRects;
    for (int i = 0; i < rects.Size; ++i) {
        const ImFontAtlasCustomRect& a = rects[i];
        INFO("rectangle " << i);
        REQUIRE(a.X + a.Width < atlas.TexWidth);
        REQUIRE(a.Y + a.Height < atlas.TexHeight);
        for (int j = i + 1; j < rects.Size; ++j) {
            const ImFontAtlasCustomRect& b = rects[j];
            // One texel apart at least, so filtering never samples a neighbour.
            const bool apart =
                a.X + a.Width < b.X || b.X + b.Width < a.X || a.Y + a.Height < b.Y || b.Y + b.Height < a.Y;
            REQUIRE(apart);
        }
    }
    CHECK(atlas.TexWidth == 700 + 2); // widened for the one rectangle wider than ImGui's pick
}
