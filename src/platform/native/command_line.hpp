#pragma once
// The desktop app's settings, from its command line and environment.

#include "core/model.hpp"
#include "core/secret.hpp"
#include "ui/preferences.hpp"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace imt::native {

struct DesktopOptions {
    std::string url = "http://127.0.0.1:1337"; // --url, else IMTOKENS_URL
    // Automation: sign in without the login screen. --email with IMTOKENS_PASSWORD, or an admin JWT
    // in IMTOKENS_JWT. Held in memory only; never taken from the command line, which ps shows.
    std::string email;
    Secret password;
    Secret jwt;
    ui::Theme theme = ui::Theme::Light;      // --theme light|dark
    ui::Locale locale = ui::Locale::English; // --locale en|fr
    int width = 1280;                        // --size WxH, in logical pixels
    int height = 800;
    std::string screenshot;       // --screenshot FILE.png: render, save, exit
    int frames = 3;               // --frames N: frames drawn once the page is ready, before the screenshot
    std::string scene;            // --scene NAME: steps to take before the screenshot (see scenes.hpp)
    std::optional<Timestamp> now; // --now ISO-8601: start the clock there (stable screenshots)
    bool verbose = false;         // --verbose: log each exchange's method, path and outcome
};

struct ParsedCommandLine {
    std::optional<DesktopOptions> options; // nothing when the command line is wrong
    std::string error;
    bool help = false;
};

// `env` looks a variable up (getenv in the app, a map in tests).
ParsedCommandLine parse_command_line(const std::vector<std::string>& args,
                                     const std::function<const char*(const char*)>& env);

// The app's own reading: parse_command_line over the process environment. Afterwards the variables
// that may hold a secret (IMTOKENS_PASSWORD, IMTOKENS_JWT) are zeroed in place and unset, so neither
// /proc/PID/environ nor a process the app starts sees them; the options hold the only copies.
ParsedCommandLine parse_process_command_line(const std::vector<std::string>& args);

const char* usage_text();

} // namespace imt::native
