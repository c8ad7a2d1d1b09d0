#pragma once
// Reads one recorded exchange of the Strapi contract (tests/contract/...) and turns its response into
// something the loopback server can send back byte for byte.

#include "loopback_http.hpp"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>

namespace imt::test {

struct ContractExchange {
    nlohmann::json recorded;

    [[nodiscard]] std::string method() const { return recorded["request"]["method"]; }
    [[nodiscard]] std::string path() const { return recorded["request"]["path"]; }
    [[nodiscard]] int status() const { return recorded["response"]["status"]; }
    // The request body as JSON text, or empty when the request had none.
    [[nodiscard]] std::string request_body() const;
    [[nodiscard]] nlohmann::json response_json() const { return recorded["response"]["body"]; }
    // Status, content type, body and cookies as Strapi sent them.
    [[nodiscard]] CannedResponse response() const;
};

// `file` is a name inside `directory`, e.g. "008-login.json".
ContractExchange load_exchange(const std::filesystem::path& directory, const std::string& file);

} // namespace imt::test
