// Every kind of failure has one message key, and both languages of the page explain it.

#include "core/api_error.hpp"

#include <catch2/catch_test_macros.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <string>

using imt::ApiErrorKind;

namespace {

constexpr ApiErrorKind kEveryKind[] = {
    ApiErrorKind::Http,     ApiErrorKind::MalformedJson, ApiErrorKind::UnexpectedShape,
    ApiErrorKind::TooLarge, ApiErrorKind::Offline,       ApiErrorKind::Timeout};

// The page's message catalogues, found from the contract fixtures' folder (tests/contract/<version>).
nlohmann::json locale(const std::string& name) {
    const std::filesystem::path root =
        std::filesystem::path(IMT_CONTRACT_DIR).parent_path().parent_path().parent_path();
    std::ifstream in(root / "assets" / "locales" / (name + ".json"));
    REQUIRE(in);
    return nlohmann::json::parse(in);
}

} // namespace

TEST_CASE("Each kind of failure has its own message, in English and in French") {
    const auto english = locale("en");
    const auto french = locale("fr");
    std::set<std::string> keys;
    for (const ApiErrorKind kind : kEveryKind) {
        const std::string key(imt::message_key(kind));
        INFO(key);
        CHECK(keys.insert(key).second);
        CHECK(english.contains(key));
        CHECK(french.contains(key));
    }
}

TEST_CASE("A state snapshot names each kind by its message key without the prefix") {
    CHECK(imt::kind_name(ApiErrorKind::Http) == "http");
    CHECK(imt::kind_name(ApiErrorKind::MalformedJson) == "malformed_json");
    CHECK(imt::kind_name(ApiErrorKind::UnexpectedShape) == "unexpected_shape");
    CHECK(imt::kind_name(ApiErrorKind::TooLarge) == "too_large");
    CHECK(imt::kind_name(ApiErrorKind::Offline) == "offline");
    CHECK(imt::kind_name(ApiErrorKind::Timeout) == "timeout");
    for (const ApiErrorKind kind : kEveryKind)
        CHECK(imt::message_key(kind) == "error." + std::string(imt::kind_name(kind)));
}
