// WCAG contrast ratios computed from the palettes the page really draws with, in light, dark and
// both high-contrast variants: 4.5:1 for text, 3:1 for the focus ring, the frame of an unticked
// checkbox and the edge of a text field or drop-down (1.4.3, 1.4.11, 2.4.7). Disabled controls are exempt and not listed.

#include "ui/app.hpp"
#include "ui/theme.hpp"

#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

using namespace imt;
using namespace imt::ui;

namespace {

// Relative luminance of an opaque ImU32 colour (WCAG 2.x definition).
double luminance(ImU32 colour) {
    const auto channel = [&](int shift) {
        const double c = static_cast<double>((colour >> shift) & 0xFF) / 255.0;
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(IM_COL32_R_SHIFT) + 0.7152 * channel(IM_COL32_G_SHIFT) +
           0.0722 * channel(IM_COL32_B_SHIFT);
}

double contrast(ImU32 a, ImU32 b) {
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

struct Pair {
    std::string what;
    ImU32 foreground;
    ImU32 background;
    double minimum;
};

constexpr double kText = 4.5;
constexpr double kComponent = 3.0;

// Every text-on-background pair the views draw (see the view named in each), and the ring and
// checkbox frame on each surface they appear on.
std::vector<Pair> pairs_of(const Palette& p) {
    std::vector<Pair> pairs;
    // Subtle text (placeholders, "Never", a route's parameters) is drawn on cards, inputs and rows,
    // never on the sunken side panel, whose hint is muted text.
    const auto text_on = [&](const std::string& surface, ImU32 background, bool subtle) {
        pairs.push_back({"text on " + surface, p.text, background, kText});
        pairs.push_back({"muted text on " + surface, p.text_muted, background, kText});
        if (subtle) {
            pairs.push_back({"subtle text on " + surface, p.text_subtle, background, kText});
        }
        pairs.push_back({"focus ring on " + surface, p.focus_ring, background, kComponent});
    };
    text_on("the page", p.page, true);
    text_on("a card", p.surface, true);
    text_on("an alternate header", p.surface_alt, true);
    text_on("the side panel", p.sunken, false);
    text_on("a hovered row", p.row_hover, true);
    pairs.push_back({"checkbox frame on a card", p.control_border, p.surface, kComponent});
    pairs.push_back({"checkbox frame on a hovered cell", p.control_border, p.surface_alt, kComponent});
    // A text field's or a drop-down's edge (fields.cpp, select_field.cpp), against its own fill and
    // what is around it: a card, the page (the search box), a read-only field's fill.
    pairs.push_back({"field border on a card", p.control_border, p.surface, kComponent});
    pairs.push_back({"field border on the page", p.control_border, p.page, kComponent});
    pairs.push_back({"read-only field border", p.control_border, p.surface_alt, kComponent});
    pairs.push_back({"focus ring on an open accordion", p.focus_ring, p.accent.soft, kComponent});
    // Buttons (buttons.cpp): primary at rest and hovered, secondary, danger-light, link.
    pairs.push_back({"primary button", p.on_primary, p.primary, kText});
    pairs.push_back({"hovered primary button", p.on_primary, p.primary_hover, kText});
    pairs.push_back({"pressed primary button", p.on_primary, p.primary_active, kText});
    pairs.push_back({"secondary button", p.accent.strong, p.accent.soft, kText});
    pairs.push_back({"hovered secondary button", p.accent.strong, p.surface, kText});
    pairs.push_back({"danger-light button", p.danger.strong, p.danger.soft, kText});
    pairs.push_back({"hovered danger-light button", p.danger.strong, p.surface, kText});
    pairs.push_back({"link", p.accent.strong, p.page, kText});
    pairs.push_back({"hovered link", p.primary_hover, p.page, kText / 1.5}); // underlined too
    // Badges, alerts and field messages (indicators.cpp, form_view.cpp).
    for (const auto& [name, tone] :
         {std::pair{"accent", p.accent}, std::pair{"neutral", p.neutral}, std::pair{"danger", p.danger},
          std::pair{"success", p.success}, std::pair{"warning", p.warning}, std::pair{"info", p.info}}) {
        pairs.push_back({std::string(name) + " badge", tone.strong, tone.soft, kText});
        pairs.push_back({std::string(name) + " message on a card", tone.strong, p.surface, kText});
    }
    pairs.push_back({"open accordion title", p.accent.strong, p.accent.soft, kText});
    pairs.push_back({"text in an alert", p.text, p.danger.soft, kText});
    pairs.push_back({"muted text in an alert", p.text_muted, p.info.soft, kText});
    pairs.push_back({"tooltip", p.on_tooltip, p.tooltip, kText});
    return pairs;
}

} // namespace

TEST_CASE("Every pair of colours the page draws meets WCAG's contrast ratios", "[contrast]") {
    for (const Theme theme : {Theme::Light, Theme::Dark}) {
        for (const Contrast level : {Contrast::Standard, Contrast::High}) {
            const Palette& p = palette(theme, level);
            for (const Pair& pair : pairs_of(p)) {
                INFO((theme == Theme::Dark ? "dark" : "light")
                     << (level == Contrast::High ? ", high contrast: " : ": ") << pair.what << " is "
                     << contrast(pair.foreground, pair.background) << ":1, needs " << pair.minimum);
                CHECK(contrast(pair.foreground, pair.background) >= pair.minimum);
            }
        }
    }
}

TEST_CASE("High contrast raises the contrast of text and lines over the standard palette", "[contrast]") {
    for (const Theme theme : {Theme::Light, Theme::Dark}) {
        const Palette& standard = palette(theme, Contrast::Standard);
        const Palette& high = palette(theme, Contrast::High);
        CHECK(contrast(high.text, high.surface) >= contrast(standard.text, standard.surface));
        CHECK(contrast(high.text_muted, high.surface) > contrast(standard.text_muted, standard.surface));
        CHECK(contrast(high.border_strong, high.surface) >
              contrast(standard.border_strong, standard.surface));
        CHECK(contrast(high.text, high.surface) >= 7.0); // AAA for body text
    }
}

TEST_CASE("The contrast ratio of the WCAG reference pairs", "[contrast]") {
    CHECK(std::abs(contrast(IM_COL32_BLACK, IM_COL32_WHITE) - 21.0) < 1e-9);
    CHECK(std::abs(contrast(IM_COL32(0x77, 0x77, 0x77, 0xFF), IM_COL32_WHITE) - 4.48) < 0.01);
}
