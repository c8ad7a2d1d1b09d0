#include "platform/web/mount_options.hpp"

#include <nlohmann/json.hpp>

namespace imt::web {

ui::Locale locale_from_tag(std::string_view tag) {
    // BCP 47: the language subtag decides ("fr", "fr-FR", "fr-CA").
    const std::string_view language = tag.substr(0, tag.find_first_of("-_"));
    return language == "fr" || language == "FR" ? ui::Locale::French : ui::Locale::English;
}

MountOptions parse_mount_options(std::string_view json) {
    MountOptions options;
    const auto parsed = nlohmann::ordered_json::parse(json, nullptr, false);
    if (!parsed.is_object()) {
        return options;
    }
    if (const auto it = parsed.find("baseUrl"); it != parsed.end() && it->is_string()) {
        options.base_url = it->get<std::string>();
    }
    if (const auto it = parsed.find("theme"); it != parsed.end() && it->is_string()) {
        options.theme = it->get<std::string>() == "dark" ? ui::Theme::Dark : ui::Theme::Light;
    }
    if (const auto it = parsed.find("locale"); it != parsed.end() && it->is_string()) {
        options.locale = locale_from_tag(it->get<std::string>());
    }
    if (const auto it = parsed.find("timeoutMs"); it != parsed.end() && it->is_number_unsigned()) {
        options.timeout_ms = it->get<unsigned>();
    }
    if (const auto it = parsed.find("chrome"); it != parsed.end() && it->is_boolean()) {
        options.chrome = it->get<bool>();
    }
    if (const auto it = parsed.find("fontFamily"); it != parsed.end() && it->is_string() && !it->empty()) {
        options.font_family = it->get<std::string>();
    }
    return options;
}

} // namespace imt::web
