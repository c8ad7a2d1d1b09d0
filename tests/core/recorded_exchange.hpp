#pragma once
// Test double material: the request/response pairs recorded from a real Strapi 5.54.0
// (tests/contract/strapi-5.54.0, one NNN-name.json per exchange).

#include "core/http.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace imt::testing {

struct RecordedExchange {
    std::string file; // "023-create-custom-30d.json"
    nlohmann::json request;
    nlohmann::json response;
};

std::filesystem::path contract_dir();
// Every NNN-*.json exchange file, in recording order.
std::vector<std::filesystem::path> exchange_files();
// By number prefix or full stem: "023" or "023-create-custom-30d".
RecordedExchange load_exchange(std::string_view stem);
// The recorded answer as a transport would deliver it for the request with this id.
HttpResponse recorded_response(const RecordedExchange& exchange, std::uint64_t request_id);
HttpResponse recorded_response(std::string_view stem, std::uint64_t request_id);

} // namespace imt::testing
