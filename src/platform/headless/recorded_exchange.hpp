#pragma once
// The request/response pairs recorded from a real Strapi 5.54.0 (tests/contract/strapi-5.54.0, one
// NNN-name.json per exchange), read once here for every test double built from them: the headless
// driver's backend, the core's flow tests and the loopback server the libcurl tests talk to.

#include "core/http.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace imt::headless {

struct RecordedExchange {
    std::string file;        // "023-create-custom-30d.json"
    nlohmann::json request;  // method, path, headers, and body (JSON) or body_raw (text)
    nlohmann::json response; // status, headers, and body (JSON, or the text of a non-JSON answer)

    HttpMethod method() const;
    std::string path() const;
    // The request's body as it was sent: its raw text, its JSON as text, or "" when it had none.
    std::string request_body() const;
    // The answer as a transport hands it over for the request with this id.
    HttpResponse http_response(std::uint64_t request_id = 0) const;
    // Each Set-Cookie header of the answer, in order.
    std::vector<std::string> set_cookies() const;
};

// Every NNN-*.json exchange file in `directory`, in recording order.
std::vector<std::filesystem::path> exchange_files(const std::filesystem::path& directory);
// `name` is "023", "023-create-custom-30d" or "023-create-custom-30d.json". Throws std::runtime_error
// when no file matches or the file is not a recorded exchange.
RecordedExchange load_exchange(const std::filesystem::path& directory, std::string_view name);

} // namespace imt::headless
