#pragma once
// The page's display preferences. Apart from app.hpp so that settings code (the desktop app's
// command line) can name them without ImGui.

namespace imt::ui {

enum class Theme { Light, Dark };
enum class Locale { English, French };
// High: the palette for forced-colors and prefers-contrast: more (stronger text, borders and ring).
enum class Contrast { Standard, High };

} // namespace imt::ui
