#pragma once
// What the host page chose when it mounted the component (see shell/imtokens.mjs), minus the
// credentials, which never travel through this JSON.

#include "platform/web/browser_fonts.hpp"
#include "ui/app.hpp"

#include <string>
#include <string_view>

namespace imt::web {

struct MountOptions {
    std::string base_url; // Strapi's origin; empty for the page's own
    ui::Theme theme = ui::Theme::Light;
    ui::Locale locale = ui::Locale::English;
    unsigned timeout_ms = 20000;                  // per request
    bool chrome = true;                           // false: the host page has its own header (no top bar)
    std::string font_family = kDefaultFontFamily; // CSS font-family list for the text
};

// {"baseUrl": "...", "theme": "light"|"dark", "locale": "en"|"fr"|"fr-CA"..., "timeoutMs": 20000,
//  "chrome": true|false, "fontFamily": "Inter, sans-serif"}.
// Unknown or malformed values fall back to the defaults.
MountOptions parse_mount_options(std::string_view json);

ui::Locale locale_from_tag(std::string_view tag);

} // namespace imt::web
