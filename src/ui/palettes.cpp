// The four palettes: Strapi's light and dark, and a high-contrast variant of each for
// forced-colors and prefers-contrast: more. tests/ui/contrast_test.cpp holds every text and
// control pair the page draws to WCAG's ratios, so a colour changed here is checked there.

#include "ui/app.hpp"
#include "ui/theme.hpp"

namespace imt::ui {
namespace {

// 0xRRGGBB as written in design tokens, opaque.
constexpr ImU32 rgb(unsigned hex) {
    return IM_COL32((hex >> 16) & 0xFF, (hex >> 8) & 0xFF, hex & 0xFF, 0xFF);
}
constexpr ImU32 rgba(unsigned hex, unsigned alpha) {
    return IM_COL32((hex >> 16) & 0xFF, (hex >> 8) & 0xFF, hex & 0xFF, alpha);
}

// Strapi's neutral500 (#8E8EA9) as text, its primary hover (#7B79FF) under white text and its
// warning600 on warning100 fall short of 4.5:1: those three are a shade darker here.
const Palette light{
    .page = rgb(0xF6F6F9),
    .surface = rgb(0xFFFFFF),
    .surface_alt = rgb(0xF6F6F9),
    .sunken = rgb(0xEAEAEF),
    .border = rgb(0xEAEAEF),
    .border_strong = rgb(0xDCDCE4),
    .text = rgb(0x32324D),
    .text_muted = rgb(0x666687),
    .text_subtle = rgb(0x6E6E8C),
    .primary = rgb(0x4945FF),
    .primary_hover = rgb(0x5F5BFF),
    .primary_active = rgb(0x271FE0),
    .on_primary = rgb(0xFFFFFF),
    .row_hover = rgb(0xF6F6FF),
    .focus_ring = rgb(0x4945FF),
    .control_border = rgb(0x8A8AA5),
    .shadow = rgba(0x212134, 0x14),
    .overlay = rgba(0x212134, 0x80),
    .tooltip = rgb(0x32324D),
    .on_tooltip = rgb(0xFFFFFF),
    .accent = {rgb(0xF0F0FF), rgb(0xD9D8FF), rgb(0x4945FF)},
    .neutral = {rgb(0xF6F6F9), rgb(0xDCDCE4), rgb(0x666687)},
    .danger = {rgb(0xFCECEA), rgb(0xF5C0B8), rgb(0xD02B20)},
    .success = {rgb(0xEAFBE7), rgb(0xC6F0C2), rgb(0x2F7A44)},
    .warning = {rgb(0xFDF4DC), rgb(0xFAE7B9), rgb(0xA85200)},
    .info = {rgb(0xEAF5FF), rgb(0xB8E1FF), rgb(0x0B6FA6)},
};

// The primary (#4945FF) is too dark for a ring on dark surfaces: the ring takes the accent text.
const Palette dark{
    .page = rgb(0x181826),
    .surface = rgb(0x212134),
    .surface_alt = rgb(0x1C1C2D),
    .sunken = rgb(0x292940),
    .border = rgb(0x32324D),
    .border_strong = rgb(0x4A4A6A),
    .text = rgb(0xEAEAEF),
    .text_muted = rgb(0xA5A5BA),
    .text_subtle = rgb(0x9696B0),
    .primary = rgb(0x4945FF),
    .primary_hover = rgb(0x5F5BFF),
    .primary_active = rgb(0x271FE0),
    .on_primary = rgb(0xFFFFFF),
    .row_hover = rgb(0x28284A),
    .focus_ring = rgb(0xA9A7FF),
    .control_border = rgb(0x8E8EA9),
    .shadow = rgba(0x000000, 0x30),
    .overlay = rgba(0x000000, 0xA0),
    .tooltip = rgb(0x4A4A6A),
    .on_tooltip = rgb(0xFFFFFF),
    .accent = {rgb(0x24234F), rgb(0x403DA8), rgb(0xA9A7FF)},
    .neutral = {rgb(0x2A2A42), rgb(0x4A4A6A), rgb(0xC0C0CF)},
    .danger = {rgb(0x3D1A17), rgb(0x7A2A22), rgb(0xF58B80)},
    .success = {rgb(0x17331F), rgb(0x2E6B3F), rgb(0x7BD094)},
    .warning = {rgb(0x3A2810), rgb(0x7A4E12), rgb(0xF5B867)},
    .info = {rgb(0x122C42), rgb(0x1D5A85), rgb(0x7CC4F5)},
};

// Same hues, darker text and borders that read as lines rather than hints.
const Palette light_high{
    .page = rgb(0xFFFFFF),
    .surface = rgb(0xFFFFFF),
    .surface_alt = rgb(0xF6F6F9),
    .sunken = rgb(0xF0F0F5),
    .border = rgb(0x8E8EA9),
    .border_strong = rgb(0x4A4A6A),
    .text = rgb(0x10101C),
    .text_muted = rgb(0x32324D),
    .text_subtle = rgb(0x4A4A6A),
    .primary = rgb(0x271FE0),
    .primary_hover = rgb(0x3A33F0),
    .primary_active = rgb(0x1A14B0),
    .on_primary = rgb(0xFFFFFF),
    .row_hover = rgb(0xEEEEFF),
    .focus_ring = rgb(0x1A14B0),
    .control_border = rgb(0x4A4A6A),
    .shadow = rgba(0x212134, 0x20),
    .overlay = rgba(0x000000, 0xA0),
    .tooltip = rgb(0x10101C),
    .on_tooltip = rgb(0xFFFFFF),
    .accent = {rgb(0xF0F0FF), rgb(0x271FE0), rgb(0x271FE0)},
    .neutral = {rgb(0xF6F6F9), rgb(0x4A4A6A), rgb(0x32324D)},
    .danger = {rgb(0xFCECEA), rgb(0xB72B1A), rgb(0xA3211A)},
    .success = {rgb(0xEAFBE7), rgb(0x2F6B3F), rgb(0x1F5C31)},
    .warning = {rgb(0xFDF4DC), rgb(0x8A4A00), rgb(0x7A4100)},
    .info = {rgb(0xEAF5FF), rgb(0x0B5C8A), rgb(0x09557F)},
};

const Palette dark_high{
    .page = rgb(0x0B0B12),
    .surface = rgb(0x181826),
    .surface_alt = rgb(0x12121E),
    .sunken = rgb(0x212134),
    .border = rgb(0x8E8EA9),
    .border_strong = rgb(0xC0C0CF),
    .text = rgb(0xFFFFFF),
    .text_muted = rgb(0xDCDCE4),
    .text_subtle = rgb(0xC0C0CF),
    .primary = rgb(0x4945FF),
    .primary_hover = rgb(0x5F5BFF),
    .primary_active = rgb(0x3A35E8),
    .on_primary = rgb(0xFFFFFF),
    .row_hover = rgb(0x2A2A55),
    .focus_ring = rgb(0xD4D3FF),
    .control_border = rgb(0xC0C0CF),
    .shadow = rgba(0x000000, 0x40),
    .overlay = rgba(0x000000, 0xC0),
    .tooltip = rgb(0xEAEAEF),
    .on_tooltip = rgb(0x10101C),
    .accent = {rgb(0x1E1D4A), rgb(0x9A98FF), rgb(0xD4D3FF)},
    .neutral = {rgb(0x212134), rgb(0xA5A5BA), rgb(0xEAEAEF)},
    .danger = {rgb(0x3D1A17), rgb(0xF58B80), rgb(0xFFC2BB)},
    .success = {rgb(0x17331F), rgb(0x7BD094), rgb(0xB8F0C6)},
    .warning = {rgb(0x3A2810), rgb(0xF5B867), rgb(0xFFD9A3)},
    .info = {rgb(0x122C42), rgb(0x7CC4F5), rgb(0xBDE3FF)},
};

} // namespace

const Palette& palette(Theme theme, Contrast contrast) {
    if (contrast == Contrast::High) {
        return theme == Theme::Dark ? dark_high : light_high;
    }
    return theme == Theme::Dark ? dark : light;
}

const Palette& palette(Theme theme) {
    return palette(theme, Contrast::Standard);
}

} // namespace imt::ui
