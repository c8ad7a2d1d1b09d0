// imtokens: Strapi's API Tokens page as a native desktop app.

#include "platform/native/command_line.hpp"
#include "platform/native/desktop_app.hpp"

#include <cstdio>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    const std::vector<std::string> args(argv + 1, argv + argc);
    auto parsed = imt::native::parse_process_command_line(args);
    if (parsed.help) {
        std::fputs(imt::native::usage_text(), stdout);
        return 0;
    }
    if (!parsed.options) {
        std::fprintf(stderr, "imtokens: %s\n%s", parsed.error.c_str(), imt::native::usage_text());
        return 2;
    }
    return imt::native::run_desktop_app(std::move(*parsed.options));
}
