#pragma once
// How a fuzzer's bytes become an answer: an optional three-digit status, then the body. The seed
// corpus (scripts/fuzz.sh) writes each recorded answer this way, e.g. "201{\"data\":...}".

#include "core/http.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace imt::fuzz {

inline HttpResponse answer_from(std::string_view bytes) {
    HttpResponse response;
    response.status = 200;
    response.content_type = "application/json; charset=utf-8";
    const auto digit = [&](std::size_t i) {
        return bytes.size() > i && bytes[i] >= '0' && bytes[i] <= '9';
    };
    if (digit(0) && digit(1) && digit(2)) {
        response.status = (bytes[0] - '0') * 100 + (bytes[1] - '0') * 10 + (bytes[2] - '0');
        bytes.remove_prefix(3);
    }
    // A status of 000 stands for a transport fault, as a platform reports one.
    if (response.status == 0)
        response.fault = bytes.empty() ? TransportFault::Timeout : TransportFault::Offline;
    response.body = std::string(bytes);
    return response;
}

} // namespace imt::fuzz
