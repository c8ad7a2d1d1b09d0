#pragma once
// The recorded Strapi 5.54.0 exchanges (platform/headless/recorded_exchange.hpp), looked up in this
// suite's copy of the contract by number or stem: "023" or "023-create-custom-30d".

#include "platform/headless/recorded_exchange.hpp"

#include <cstdint>
#include <filesystem>
#include <string_view>
#include <vector>

namespace imt::test {

using headless::RecordedExchange;

inline std::filesystem::path contract_dir() {
    return IMT_CONTRACT_DIR;
}

inline std::vector<std::filesystem::path> exchange_files() {
    return headless::exchange_files(contract_dir());
}

inline RecordedExchange load_exchange(std::string_view stem) {
    return headless::load_exchange(contract_dir(), stem);
}

// The recorded answer as a transport would deliver it for the request with this id.
inline HttpResponse recorded_response(std::string_view stem, std::uint64_t request_id) {
    return load_exchange(stem).http_response(request_id);
}

} // namespace imt::test
