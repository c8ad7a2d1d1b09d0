#pragma once
// The banner's "More formats": one button per copy text (Authorization header, .env line, curl,
// fetch()), the .env variable's name, and which route curl and fetch() call.

#include "ui/ui_context.hpp"

#include <string>

namespace imt::ui {

// "Copy", "Copied", or "Copied: curl command" once another format was the last one copied.
std::string copy_button_label(Ui& ui);
// The formats' panel under the key, `width` wide.
void copy_formats(Ui& ui, float width);

} // namespace imt::ui
