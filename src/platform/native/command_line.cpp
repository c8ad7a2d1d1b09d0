#include "platform/native/command_line.hpp"

#include "core/iso8601.hpp"
#include "platform/native/scenes.hpp"

#include <charconv>
#include <cstdlib>
#include <cstring>
#include <string_view>

namespace imt::native {
namespace {

bool parse_int(std::string_view text, int& out) {
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
    return error == std::errc{} && end == text.data() + text.size();
}

bool parse_size(std::string_view text, int& width, int& height) {
    const auto x = text.find('x');
    return x != std::string_view::npos && parse_int(text.substr(0, x), width) &&
           parse_int(text.substr(x + 1), height) && width >= 320 && height >= 240 && width <= 8192 &&
           height <= 8192;
}

// Overwrites the value where the environment keeps it (for the process's initial environment, the
// block /proc/PID/environ reads) before unsetting it: unsetenv only drops the pointer.
void erase_from_environment(const char* name) {
    while (char* value = std::getenv(name)) {
        wipe_bytes(value, std::strlen(value));
        ::unsetenv(name);
    }
}

ParsedCommandLine failure(std::string error) {
    ParsedCommandLine parsed;
    parsed.error = std::move(error);
    return parsed;
}

} // namespace

const char* usage_text() {
    return "usage: imtokens [options]\n"
           "  --url URL              Strapi base URL (default: $IMTOKENS_URL or http://127.0.0.1:1337)\n"
           "  --theme light|dark     colour theme (switchable in the app)\n"
           "  --locale en|fr         language\n"
           "  --size WxH             window size in logical pixels (default 1280x800)\n"
           "  --email ADDRESS        sign in at start with the password in $IMTOKENS_PASSWORD\n"
           "                         (an admin JWT in $IMTOKENS_JWT also signs in)\n"
           "  --screenshot FILE.png  render the page, save it, exit\n"
           "  --frames N             frames drawn once the page is ready, before the screenshot (default 3)\n"
           "  --scene NAME           before the screenshot: list, create-custom, banner, edit, "
           "delete-dialog,\n"
           "                         regenerate-dialog\n"
           "  --now ISO-8601         start the clock at this instant (stable screenshots)\n"
           "  --verbose              log each request's method, path and outcome (never headers or bodies)\n";
}

ParsedCommandLine parse_command_line(const std::vector<std::string>& args,
                                     const std::function<const char*(const char*)>& env) {
    DesktopOptions options;
    if (const char* url = env("IMTOKENS_URL"); url != nullptr && *url != '\0')
        options.url = url;
    if (const char* jwt = env("IMTOKENS_JWT"); jwt != nullptr && *jwt != '\0')
        options.jwt = Secret(jwt);
    if (const char* password = env("IMTOKENS_PASSWORD"); password != nullptr && *password != '\0')
        options.password = Secret(password);

    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string_view arg = args[i];
        if (arg == "--help" || arg == "-h") {
            ParsedCommandLine parsed;
            parsed.help = true;
            return parsed;
        }
        if (arg == "--verbose") {
            options.verbose = true;
            continue;
        }
        if (i + 1 >= args.size())
            return failure(std::string(arg) + " needs a value");
        const std::string& value = args[++i];
        if (arg == "--url") {
            options.url = value;
        } else if (arg == "--email") {
            options.email = value;
        } else if (arg == "--password") {
            // A command line is readable by every user of the machine (ps, /proc).
            return failure("--password is not accepted: put the password in $IMTOKENS_PASSWORD");
        } else if (arg == "--theme" && (value == "light" || value == "dark")) {
            options.theme = value == "dark" ? ui::Theme::Dark : ui::Theme::Light;
        } else if (arg == "--locale" && (value == "en" || value == "fr")) {
            options.locale = value == "fr" ? ui::Locale::French : ui::Locale::English;
        } else if (arg == "--size") {
            if (!parse_size(value, options.width, options.height))
                return failure("--size wants WxH, e.g. 1280x800");
        } else if (arg == "--screenshot") {
            options.screenshot = value;
        } else if (arg == "--frames") {
            if (!parse_int(value, options.frames) || options.frames < 1)
                return failure("--frames wants a positive number");
        } else if (arg == "--scene") {
            if (!scene_exists(value))
                return failure("unknown scene: " + value);
            options.scene = value;
        } else if (arg == "--now") {
            options.now = parse_iso8601(value);
            if (!options.now)
                return failure("--now wants an ISO-8601 UTC time, e.g. 2026-11-28T09:00:00.000Z");
        } else {
            return failure("unknown option: " + std::string(arg) + " " + value);
        }
    }
    if (options.url.rfind("http://", 0) != 0 && options.url.rfind("https://", 0) != 0)
        return failure("the Strapi URL must start with http:// or https://");
    if (!options.email.empty() && options.password.empty())
        return failure("--email needs the password in $IMTOKENS_PASSWORD");
    ParsedCommandLine parsed;
    parsed.options = std::move(options);
    return parsed;
}

ParsedCommandLine parse_process_command_line(const std::vector<std::string>& args) {
    ParsedCommandLine parsed = parse_command_line(args, [](const char* name) { return std::getenv(name); });
    for (const char* name : {"IMTOKENS_PASSWORD", "IMTOKENS_JWT"})
        erase_from_environment(name);
    return parsed;
}

} // namespace imt::native
