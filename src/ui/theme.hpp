#pragma once
// Colours and metrics in the spirit of Strapi's design system (primary #4945FF), light and dark,
// each with a high-contrast variant (palettes.cpp). tests/ui/contrast_test.cpp checks every pair.

#include <imgui.h>

namespace imt::ui {

enum class Theme;
enum class Contrast;

// A soft background, a border and a strong foreground of one tone, for badges, alerts and pills.
struct Tone3 {
    ImU32 soft;
    ImU32 border;
    ImU32 strong;
};

struct Palette {
    ImU32 page;          // behind the cards
    ImU32 surface;       // cards, inputs
    ImU32 surface_alt;   // alternate accordion headers, table header
    ImU32 sunken;        // the permissions side panel
    ImU32 border;        // hairlines between rows, card edges
    ImU32 border_strong; // input frames
    ImU32 text;
    ImU32 text_muted;  // subtitles, secondary cells
    ImU32 text_subtle; // placeholders, dimmed path params
    ImU32 primary;     // #4945FF in light
    ImU32 primary_hover;
    ImU32 primary_active;
    ImU32 on_primary; // text on a primary fill
    ImU32 row_hover;
    ImU32 focus_ring;     // the keyboard focus ring: 3:1 against every surface it is drawn on
    ImU32 control_border; // an unticked checkbox's frame, a field's edge: 3:1 against its background
    ImU32 shadow;
    ImU32 overlay; // dims the page behind a modal
    ImU32 tooltip; // a tooltip's background
    ImU32 on_tooltip;
    Tone3 accent; // primary tinted
    Tone3 neutral;
    Tone3 danger;
    Tone3 success;
    Tone3 warning;
    Tone3 info;
};

// The colours of a theme; Contrast::High is its high-contrast variant.
const Palette& palette(Theme theme, Contrast contrast);
const Palette& palette(Theme theme);

// Layout constants, in logical pixels.
namespace metrics {
inline constexpr float page_padding_x = 56.0F;
inline constexpr float page_padding_top = 40.0F;
inline constexpr float content_max_width = 1168.0F;
inline constexpr float top_bar_height = 56.0F;
inline constexpr ImVec2 card_padding{32.0F, 24.0F}; // a card of the page: its message or its form
inline constexpr float card_rounding = 4.0F;
inline constexpr float control_height = 40.0F;
inline constexpr float button_height = 36.0F;
inline constexpr float badge_height = 24.0F;
inline constexpr float table_row_height = 64.0F;
inline constexpr float table_header_height = 48.0F;
} // namespace metrics

// Sets ImGui's style colours and sizes for the theme.
void apply_style(const Palette& p);

inline ImVec4 to_vec4(ImU32 colour) {
    return ImGui::ColorConvertU32ToFloat4(colour);
}
ImU32 with_alpha(ImU32 colour, float alpha);
ImU32 mix(ImU32 from, ImU32 to, float amount);

} // namespace imt::ui
