#pragma once
// One HTTP exchange on a libcurl easy handle: an HttpRequest's options in, an HttpResponse out.

#include "core/http.hpp"
#include "core/secret.hpp"

#include <chrono>
#include <cstdint>
#include <curl/curl.h>
#include <string>

namespace imt::native {

struct ExchangeSettings {
    std::string base_url; // scheme, host and port, without a trailing slash
    std::chrono::milliseconds timeout{15000};
    CURLSH* cookie_jar = nullptr; // the in-memory jar that requests with credentials share
};

class CurlExchange {
public:
    CurlExchange(const HttpRequest& request, const ExchangeSettings& settings);
    ~CurlExchange();
    CurlExchange(const CurlExchange&) = delete;
    CurlExchange& operator=(const CurlExchange&) = delete;

    [[nodiscard]] CURL* handle() const { return easy_; }
    [[nodiscard]] std::uint64_t request_id() const { return request_id_; }

    // Reads the outcome once the transfer ended with `result`.
    [[nodiscard]] HttpResponse finish(CURLcode result);

    // What a transfer that ended in `result` (not CURLE_OK) means to the page.
    static TransportFault fault_of(CURLcode result);

private:
    using WipedString = std::basic_string<char, std::char_traits<char>, WipingAllocator<char>>;
    static std::size_t on_body(char* data, std::size_t size, std::size_t count, void* self);
    // Makes room once for the whole answer when its length is announced, so it is never reallocated.
    void reserve_announced_length();

    CURL* easy_ = nullptr;
    curl_slist* headers_ = nullptr;
    std::uint64_t request_id_ = 0;
    // CURLOPT_POSTFIELDS does not copy, so the body lives here for the whole transfer; a login body
    // holds a password, hence the wiping allocator.
    WipedString body_;
    // The answer may hold a key or a JWT: every buffer it grows out of is zeroed when released, and
    // it stops at one byte past kMaxAnswerBytes (enough for the codec's "too large" message).
    WipedString received_;
    bool reserved_ = false;
    bool over_limit_ = false; // the write callback stopped the transfer at the size limit
};

} // namespace imt::native
