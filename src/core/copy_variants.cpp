#include "core/copy_variants.hpp"

#include <algorithm>

namespace imt {
namespace {

// Grows only once (reserve) and wipes whatever it held when it goes: the key never sits in plain,
// freed memory on its way to the Secret.
using WipingString = std::basic_string<char, std::char_traits<char>, WipingAllocator<char>>;

bool is_letter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// Inside '...' in a POSIX shell nothing is special but the quote itself, which closes, escapes and
// reopens.
void append_shell_escaped(WipingString& out, std::string_view text) {
    for (const char c : text) {
        if (c == '\'')
            out += "'\\''";
        else
            out += c;
    }
}

void append_shell_quoted(WipingString& out, std::string_view text) {
    out += '\'';
    append_shell_escaped(out, text);
    out += '\'';
}

// A JavaScript '...' literal.
void append_js_quoted(WipingString& out, std::string_view text) {
    out += '\'';
    for (const char c : text) {
        if (c == '\'' || c == '\\')
            out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    out += '\'';
}

Secret to_secret(const WipingString& text) {
    return Secret(std::string_view(text.data(), text.size()));
}

} // namespace

std::string_view variant_id(CopyVariant variant) {
    switch (variant) {
    case CopyVariant::Raw:
        return "raw";
    case CopyVariant::Header:
        return "header";
    case CopyVariant::EnvLine:
        return "env";
    case CopyVariant::Curl:
        return "curl";
    case CopyVariant::Fetch:
        return "fetch";
    }
    return "raw";
}

std::optional<CopyVariant> variant_from_id(std::string_view id) {
    for (const CopyVariant v : kCopyVariants) {
        if (variant_id(v) == id)
            return v;
    }
    return std::nullopt;
}

bool valid_env_name(std::string_view name) {
    if (name.empty() || !(is_letter(name.front()) || name.front() == '_'))
        return false;
    return std::all_of(name.begin(), name.end(),
                       [](char c) { return is_letter(c) || is_digit(c) || c == '_'; });
}

std::string normalised_origin(std::string_view origin) {
    while (!origin.empty() && origin.back() == '/')
        origin.remove_suffix(1);
    return std::string(origin);
}

std::optional<std::string> example_get_route(const PermissionCatalogue& catalogue, TokenType type,
                                             const PermissionSet& custom_selection) {
    const PermissionSet granted = catalogue.effective_access(type, custom_selection);
    std::optional<std::string> any_get;
    for (const auto& section : catalogue.sections()) {
        for (const auto& controller : section.controllers) {
            const bool collection =
                std::any_of(controller.actions.begin(), controller.actions.end(),
                            [](const CatalogueAction& a) { return a.action == "findOne"; });
            for (const auto& action : controller.actions) {
                if (!granted.contains(action.id))
                    continue;
                for (const auto& route : action.routes) {
                    if (route.method != "GET" || route.path.find(':') != std::string::npos)
                        continue;
                    if (collection && action.action == "find")
                        return route.path;
                    if (!any_get)
                        any_get = route.path;
                }
            }
        }
    }
    return any_get;
}

bool variant_available(CopyVariant variant, const CopyPrefs& prefs, const std::optional<std::string>& route) {
    switch (variant) {
    case CopyVariant::Raw:
    case CopyVariant::Header:
        return true;
    case CopyVariant::EnvLine:
        return valid_env_name(prefs.env_name);
    case CopyVariant::Curl:
    case CopyVariant::Fetch:
        return route.has_value() && !prefs.strapi_origin.empty();
    }
    return false;
}

Secret copy_text(CopyVariant variant, std::string_view key, const CopyPrefs& prefs,
                 const std::optional<std::string>& route) {
    if (!variant_available(variant, prefs, route))
        return {};
    const std::string url = route ? prefs.strapi_origin + *route : std::string{};
    WipingString out;
    // Room for the longest variant, so the buffer holding the key never moves.
    out.reserve(key.size() * 2 + url.size() * 6 + prefs.env_name.size() + 128);
    switch (variant) {
    case CopyVariant::Raw:
        out += key;
        break;
    case CopyVariant::Header:
        out += "Authorization: Bearer ";
        out += key;
        break;
    case CopyVariant::EnvLine:
        out += prefs.env_name;
        out += '=';
        out += key;
        break;
    case CopyVariant::Curl:
        out += "curl -H '";
        append_shell_escaped(out, "Authorization: Bearer ");
        append_shell_escaped(out, key);
        out += "' ";
        append_shell_quoted(out, url);
        break;
    case CopyVariant::Fetch:
        out += "const response = await fetch(";
        append_js_quoted(out, url);
        out += ", {\n  headers: { Authorization: 'Bearer ";
        out += key;
        out += "' },\n});\nconst body = await response.json();";
        break;
    }
    return to_secret(out);
}

} // namespace imt
