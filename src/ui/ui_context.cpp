#include "ui/ui_context.hpp"

namespace imt::ui {

std::string labelled(std::string_view text, std::string_view id) {
    std::string out;
    out.reserve(text.size() + id.size() + 2);
    out.append(text);
    out.append("##");
    out.append(id);
    return out;
}

std::string Ui::shortcut(char key) const {
    std::string out(mac ? t("shortcut.cmd") : t("shortcut.ctrl"));
    if (!mac) {
        out += '+';
    }
    out += key;
    return out;
}

std::string Ui::with_shortcut(std::string_view label, char key) const {
    return tf("shortcut.hint", {{"label", label}, {"keys", shortcut(key)}});
}

std::string Ui::with_key(std::string_view label, std::string_view key) const {
    if (!single_key_shortcuts) {
        return std::string(label);
    }
    return tf("shortcut.hint", {{"label", label}, {"keys", key}});
}

} // namespace imt::ui
