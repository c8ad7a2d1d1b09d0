// The desktop app's settings and timers, without a window.

#include "platform/native/command_line.hpp"
#include "platform/native/desktop_ports.hpp"
#include "platform/native/scenes.hpp"
#include "platform/native/stand_in_key.hpp"
#include "platform/native/wake_schedule.hpp"

#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <string>
#include <unistd.h>
#include <vector>

using imt::Timestamp;
using imt::native::parse_command_line;
using imt::native::ParsedCommandLine;
using imt::native::WakeSchedule;

namespace {

ParsedCommandLine parse(const std::vector<std::string>& args, std::map<std::string, std::string> env = {}) {
    return parse_command_line(args, [env = std::move(env)](const char* name) -> const char* {
        auto found = env.find(name);
        return found == env.end() ? nullptr : found->second.c_str();
    });
}

} // namespace

TEST_CASE("With no arguments the app opens the login screen for the local Strapi") {
    const auto parsed = parse({});
    REQUIRE(parsed.options.has_value());
    CHECK(parsed.options->url == "http://127.0.0.1:1337");
    CHECK(parsed.options->email.empty());
    CHECK(parsed.options->jwt.empty());
    CHECK(parsed.options->theme == imt::ui::Theme::Light);
    CHECK(parsed.options->locale == imt::ui::Locale::English);
    CHECK(parsed.options->width == 1280);
    CHECK(parsed.options->height == 800);
    CHECK(parsed.options->screenshot.empty());
}

TEST_CASE("The Strapi URL comes from --url, else from IMTOKENS_URL") {
    CHECK(parse({}, {{"IMTOKENS_URL", "http://127.0.0.1:4000"}}).options->url == "http://127.0.0.1:4000");
    CHECK(parse({"--url", "https://cms.example.test"}, {{"IMTOKENS_URL", "http://127.0.0.1:4000"}})
              .options->url == "https://cms.example.test");
    const auto wrong = parse({"--url", "127.0.0.1:1337"});
    CHECK_FALSE(wrong.options.has_value());
    CHECK(wrong.error.find("http://") != std::string::npos);
}

TEST_CASE("Automation signs in with a JWT from the environment or an email and password") {
    const auto with_jwt = parse({}, {{"IMTOKENS_JWT", "a.b.c"}});
    CHECK(with_jwt.options->jwt.reveal() == "a.b.c");

    const auto with_env_password =
        parse({"--email", "admin@example.test"}, {{"IMTOKENS_PASSWORD", "Secret123"}});
    CHECK(with_env_password.options->email == "admin@example.test");
    CHECK(with_env_password.options->password.reveal() == "Secret123");

    const auto without_password = parse({"--email", "admin@example.test"});
    CHECK_FALSE(without_password.options.has_value());
    CHECK(without_password.error.find("IMTOKENS_PASSWORD") != std::string::npos);

    const auto password_on_the_command_line =
        parse({"--email", "admin@example.test", "--password", "Secret123"});
    CHECK_FALSE(password_on_the_command_line.options.has_value());
    CHECK(password_on_the_command_line.error.find("IMTOKENS_PASSWORD") != std::string::npos);
}

TEST_CASE("Screenshot options are read and checked") {
    const auto parsed =
        parse({"--theme", "dark", "--locale", "fr", "--size", "1024x700", "--screenshot", "out.png",
               "--frames", "5", "--scene", "banner", "--now", "2026-11-28T09:00:00.000Z"});
    REQUIRE(parsed.options.has_value());
    CHECK(parsed.options->theme == imt::ui::Theme::Dark);
    CHECK(parsed.options->locale == imt::ui::Locale::French);
    CHECK(parsed.options->width == 1024);
    CHECK(parsed.options->height == 700);
    CHECK(parsed.options->screenshot == "out.png");
    CHECK(parsed.options->frames == 5);
    CHECK(parsed.options->scene == "banner");
    REQUIRE(parsed.options->now.has_value());
    CHECK(parsed.options->now->ms == 1'795'856'400'000);

    CHECK_FALSE(parse({"--size", "big"}).options.has_value());
    CHECK_FALSE(parse({"--frames", "0"}).options.has_value());
    CHECK_FALSE(parse({"--theme", "blue"}).options.has_value());
    CHECK_FALSE(parse({"--scene", "nowhere"}).options.has_value());
    CHECK_FALSE(parse({"--now", "yesterday"}).options.has_value());
    CHECK_FALSE(parse({"--screenshot"}).options.has_value());
    CHECK(parse({"--help"}).help);
}

// ctest runs this once more as desktop_environment_secrets, with the variables in the environment the
// process started with (the block /proc/PID/environ shows); run alone, it puts them there itself.
TEST_CASE("Once the app has read its options, the password and JWT are gone from its environment",
          "[environment]") {
    if (std::getenv("IMTOKENS_PASSWORD") == nullptr)
        ::setenv("IMTOKENS_PASSWORD", "Tr0ub4dor&3x", 1);
    if (std::getenv("IMTOKENS_JWT") == nullptr)
        ::setenv("IMTOKENS_JWT", "eyJhbGciOiJIUzI1NiJ9.eyJpZCI6MX0.c2lnbmF0dXJlLW9mLXRoZS1qd3Q", 1);
    char* password_bytes = std::getenv("IMTOKENS_PASSWORD");
    char* jwt_bytes = std::getenv("IMTOKENS_JWT");
    const std::string password = password_bytes;
    const std::string jwt = jwt_bytes;

    const auto parsed = imt::native::parse_process_command_line({"--email", "admin@example.com"});

    REQUIRE(parsed.options.has_value());
    CHECK(parsed.options->password.reveal() == password);
    CHECK(parsed.options->jwt.reveal() == jwt);
    CHECK(std::getenv("IMTOKENS_PASSWORD") == nullptr);
    CHECK(std::getenv("IMTOKENS_JWT") == nullptr);
    // Unset is not enough: the bytes where the environment kept them are zeros now.
    const auto zeroed = [](const char* bytes, std::size_t size) {
        return std::all_of(bytes, bytes + size, [](char c) { return c == '\0'; });
    };
    CHECK(zeroed(password_bytes, password.size()));
    CHECK(zeroed(jwt_bytes, jwt.size()));
    std::ifstream environ_file("/proc/self/environ", std::ios::binary);
    const std::string environ_text((std::istreambuf_iterator<char>(environ_file)),
                                   std::istreambuf_iterator<char>());
    CHECK(environ_text.find(password) == std::string::npos);
    CHECK(environ_text.find(jwt) == std::string::npos);
}

TEST_CASE("A scene's stand-in key replaces the accessKey in an answer and nothing else") {
    std::string created =
        R"({"data":{"id":7,"name":"Storefront","accessKey" : "0f1e2d3c4b5a","type":"read-only"}})";
    imt::native::swap_access_keys(created, "made-up");
    CHECK(created == R"({"data":{"id":7,"name":"Storefront","accessKey" : "made-up","type":"read-only"}})");

    std::string listed = R"({"data":[{"id":7,"name":"accessKey"}]})";
    const std::string before = listed;
    imt::native::swap_access_keys(listed, "made-up");
    CHECK(listed == before);
}

TEST_CASE("Every scene the usage lists exists and the list scene takes no step") {
    for (const char* scene :
         {"list", "create-custom", "banner", "edit", "delete-dialog", "regenerate-dialog"})
        CHECK(imt::native::scene_exists(scene));
    CHECK(imt::native::scene_steps("list").empty());
    CHECK(imt::native::scene_steps("create-custom").size() == 2);
}

TEST_CASE("The loop sleeps until the earliest wake-up the core asked for") {
    WakeSchedule wakes;
    CHECK_FALSE(wakes.next().has_value());
    wakes.add(Timestamp{5000});
    wakes.add(Timestamp{2000});
    wakes.add(Timestamp{9000});
    CHECK(wakes.next()->ms == 2000);

    CHECK_FALSE(wakes.take_due(Timestamp{1999}));
    CHECK(wakes.take_due(Timestamp{5000}));
    CHECK(wakes.next()->ms == 9000);
    CHECK(wakes.take_due(Timestamp{10000}));
    CHECK_FALSE(wakes.next().has_value());
}

TEST_CASE("An export is written into the folder under its own name, and never over an earlier one") {
    namespace fs = std::filesystem;
    const fs::path folder = fs::temp_directory_path() / ("imt-export-" + std::to_string(::getpid()));
    fs::remove_all(folder);
    fs::create_directories(folder);
    const imt::SaveFile file{"api-tokens-2026-12-04.csv", "text/csv;charset=utf-8",
                             "name\r\nCI \xC3\xA9\r\n"};
    const auto first = imt::native::save_in_folder(folder, file);
    const auto second = imt::native::save_in_folder(folder, file);
    CHECK(first.ok);
    CHECK(second.ok);
    CHECK(fs::path(first.where).filename() == "api-tokens-2026-12-04.csv");
    CHECK(fs::path(second.where).filename() == "api-tokens-2026-12-04-2.csv");
    for (const auto& where : {first.where, second.where}) {
        std::ifstream in(where, std::ios::binary);
        const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        CHECK(text == file.text);
    }
    // A folder that is not there: not written, and the answer says where it tried.
    const auto missing = imt::native::save_in_folder(folder / "missing", file);
    CHECK_FALSE(missing.ok);
    CHECK(missing.where.find("missing") != std::string::npos);
    fs::remove_all(folder);
}
