#pragma once
// KeyboardEvent.code (the physical key, "KeyA", "ArrowLeft", ...) to ImGui's key enumeration.

#include <imgui.h>

#include <string_view>

namespace imt::web {

ImGuiKey imgui_key_from_dom_code(std::string_view code);

// True when KeyboardEvent.key names one printable character rather than a key ("Enter", "Shift").
bool is_printable_key(std::string_view key);

} // namespace imt::web
