#pragma once
// HTTP as plain data: the core describes requests and reads responses; platforms move the bytes.

#include "core/secret.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

namespace imt {

// The most an answer's body may weigh: the codec refuses a larger one with a clear error. A transport
// should stop receiving at this size rather than hold it all first (curl's write callback, a fetch
// with a Content-Length above it).
inline constexpr std::size_t kMaxAnswerBytes = std::size_t{64} * 1024 * 1024;

enum class HttpMethod { Get, Post, Put, Delete };
std::string_view to_string(HttpMethod method);

struct HttpRequest {
    std::uint64_t id = 0; // matches a response to the effect that asked for it
    HttpMethod method = HttpMethod::Get;
    std::string path;              // relative to the Strapi base URL, e.g. "/admin/api-tokens"
    std::string body;              // JSON text, empty for none
    Secret bearer;                 // the admin JWT for "Authorization: Bearer", empty for none
    bool with_credentials = false; // send cookies: the refresh cookie is set by login, read by access-token
    friend bool operator==(const HttpRequest&, const HttpRequest&) = default;
};

// Why no HTTP status arrived.
enum class TransportFault { None, Offline, Timeout, Aborted };

struct HttpResponse {
    std::uint64_t request_id = 0;
    int status = 0;           // 0 when a transport fault prevented any answer
    std::string content_type; // lower-case media type, parameters included
    std::string body;
    TransportFault fault = TransportFault::None;
    // The transport stopped receiving because the body is larger than kMaxAnswerBytes (the web's
    // fetch aborts as soon as it knows): `body` holds none of it, and the codec says it is too large.
    bool over_limit = false;
};

} // namespace imt
