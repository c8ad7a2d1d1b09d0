#include "platform/web/dom_keys.hpp"

#include <array>
#include <utility>

namespace imt::web {
namespace {

struct NamedKey {
    std::string_view code;
    ImGuiKey key;
};

constexpr std::array kNamedKeys = {
    NamedKey{"Tab", ImGuiKey_Tab},
    NamedKey{"ArrowLeft", ImGuiKey_LeftArrow},
    NamedKey{"ArrowRight", ImGuiKey_RightArrow},
    NamedKey{"ArrowUp", ImGuiKey_UpArrow},
    NamedKey{"ArrowDown", ImGuiKey_DownArrow},
    NamedKey{"PageUp", ImGuiKey_PageUp},
    NamedKey{"PageDown", ImGuiKey_PageDown},
    NamedKey{"Home", ImGuiKey_Home},
    NamedKey{"End", ImGuiKey_End},
    NamedKey{"Insert", ImGuiKey_Insert},
    NamedKey{"Delete", ImGuiKey_Delete},
    NamedKey{"Backspace", ImGuiKey_Backspace},
    NamedKey{"Space", ImGuiKey_Space},
    NamedKey{"Enter", ImGuiKey_Enter},
    NamedKey{"NumpadEnter", ImGuiKey_KeypadEnter},
    NamedKey{"Escape", ImGuiKey_Escape},
    NamedKey{"ControlLeft", ImGuiKey_LeftCtrl},
    NamedKey{"ControlRight", ImGuiKey_RightCtrl},
    NamedKey{"ShiftLeft", ImGuiKey_LeftShift},
    NamedKey{"ShiftRight", ImGuiKey_RightShift},
    NamedKey{"AltLeft", ImGuiKey_LeftAlt},
    NamedKey{"AltRight", ImGuiKey_RightAlt},
    NamedKey{"MetaLeft", ImGuiKey_LeftSuper},
    NamedKey{"MetaRight", ImGuiKey_RightSuper},
    NamedKey{"ContextMenu", ImGuiKey_Menu},
    NamedKey{"Quote", ImGuiKey_Apostrophe},
    NamedKey{"Comma", ImGuiKey_Comma},
    NamedKey{"Minus", ImGuiKey_Minus},
    NamedKey{"Period", ImGuiKey_Period},
    NamedKey{"Slash", ImGuiKey_Slash},
    NamedKey{"Semicolon", ImGuiKey_Semicolon},
    NamedKey{"Equal", ImGuiKey_Equal},
    NamedKey{"BracketLeft", ImGuiKey_LeftBracket},
    NamedKey{"Backslash", ImGuiKey_Backslash},
    NamedKey{"BracketRight", ImGuiKey_RightBracket},
    NamedKey{"Backquote", ImGuiKey_GraveAccent},
};

// "KeyA".."KeyZ", "Digit0".."Digit9", "F1".."F12": letters and digits are contiguous in ImGuiKey.
ImGuiKey key_in_range(std::string_view code, std::string_view prefix, char first, char last, ImGuiKey base) {
    if (code.size() != prefix.size() + 1 || code.substr(0, prefix.size()) != prefix) {
        return ImGuiKey_None;
    }
    const char c = code.back();
    if (c < first || c > last) {
        return ImGuiKey_None;
    }
    return static_cast<ImGuiKey>(base + (c - first));
}

} // namespace

ImGuiKey imgui_key_from_dom_code(std::string_view code) {
    if (ImGuiKey k = key_in_range(code, "Key", 'A', 'Z', ImGuiKey_A); k != ImGuiKey_None) {
        return k;
    }
    if (ImGuiKey k = key_in_range(code, "Digit", '0', '9', ImGuiKey_0); k != ImGuiKey_None) {
        return k;
    }
    if (ImGuiKey k = key_in_range(code, "F", '1', '9', ImGuiKey_F1); k != ImGuiKey_None) {
        return k;
    }
    if (code == "F10" || code == "F11" || code == "F12") {
        return static_cast<ImGuiKey>(ImGuiKey_F10 + (code.back() - '0'));
    }
    for (const auto& named : kNamedKeys) {
        if (named.code == code) {
            return named.key;
        }
    }
    return ImGuiKey_None;
}

bool is_printable_key(std::string_view key) {
    if (key.empty()) {
        return false;
    }
    // One UTF-8 encoded code point: a lead byte and only continuation bytes after it.
    const auto lead = static_cast<unsigned char>(key.front());
    if (lead < 0x20 || lead == 0x7F) {
        return false;
    }
    for (std::size_t i = 1; i < key.size(); ++i) {
        if ((static_cast<unsigned char>(key[i]) & 0xC0) != 0x80) {
            return false;
        }
    }
    return true;
}

} // namespace imt::web
