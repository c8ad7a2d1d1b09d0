#include "platform/native/curl_exchange.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <string_view>

namespace imt::native {
namespace {

// curl_slist_append copies each header with strdup and frees it unwiped: overwrite the copies first.
void wipe_and_free(curl_slist* headers) {
    for (curl_slist* h = headers; h != nullptr; h = h->next)
        wipe_bytes(h->data, std::strlen(h->data));
    curl_slist_free_all(headers);
}

std::string lower_case(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

} // namespace

CurlExchange::CurlExchange(const HttpRequest& request, const ExchangeSettings& settings)
    : easy_(curl_easy_init()), request_id_(request.id), body_(request.body.begin(), request.body.end()) {
    const std::string url = settings.base_url + request.path;
    curl_easy_setopt(easy_, CURLOPT_URL, url.c_str());
    curl_easy_setopt(easy_, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(easy_, CURLOPT_NOSIGNAL, 1L); // the worker is not the main thread
    curl_easy_setopt(easy_, CURLOPT_TIMEOUT_MS, static_cast<long>(settings.timeout.count()));
    curl_easy_setopt(easy_, CURLOPT_USERAGENT, "ImTokens");
    curl_easy_setopt(easy_, CURLOPT_WRITEFUNCTION, &CurlExchange::on_body);
    curl_easy_setopt(easy_, CURLOPT_WRITEDATA, this);

    switch (request.method) {
    case HttpMethod::Get:
        curl_easy_setopt(easy_, CURLOPT_HTTPGET, 1L);
        break;
    case HttpMethod::Post:
        curl_easy_setopt(easy_, CURLOPT_POST, 1L);
        break;
    case HttpMethod::Put:
        curl_easy_setopt(easy_, CURLOPT_CUSTOMREQUEST, "PUT");
        break;
    case HttpMethod::Delete:
        curl_easy_setopt(easy_, CURLOPT_CUSTOMREQUEST, "DELETE");
        break;
    }
    if (request.method == HttpMethod::Post || request.method == HttpMethod::Put) {
        curl_easy_setopt(easy_, CURLOPT_POSTFIELDSIZE, static_cast<long>(body_.size()));
        curl_easy_setopt(easy_, CURLOPT_POSTFIELDS, body_.c_str());
    }

    headers_ = curl_slist_append(headers_, "Accept: application/json");
    // A bodiless POST (regenerate, access-token) carries no Content-Type, as recorded from Strapi's own
    // clients; an empty value also stops curl from adding its form-encoding default.
    headers_ =
        curl_slist_append(headers_, body_.empty() ? "Content-Type:" : "Content-Type: application/json");
    // Strapi answers at once; the 100-continue round trip curl adds to larger bodies only adds latency.
    headers_ = curl_slist_append(headers_, "Expect:");
    if (!request.bearer.empty()) {
        WipedString authorization = "Authorization: Bearer ";
        authorization.append(request.bearer.reveal());
        headers_ = curl_slist_append(headers_, authorization.c_str());
    }
    curl_easy_setopt(easy_, CURLOPT_HTTPHEADER, headers_);

    if (request.with_credentials && settings.cookie_jar != nullptr) {
        // "" turns on the cookie engine without reading any file; the jar itself lives in memory only.
        curl_easy_setopt(easy_, CURLOPT_SHARE, settings.cookie_jar);
        curl_easy_setopt(easy_, CURLOPT_COOKIEFILE, "");
    }
}

CurlExchange::~CurlExchange() {
    curl_easy_cleanup(easy_);
    wipe_and_free(headers_);
    // The allocator zeroes heap buffers; a short string lives inside this object, which is freed too.
    wipe(received_);
    wipe(body_);
}

void CurlExchange::reserve_announced_length() {
    reserved_ = true;
    curl_off_t announced = -1;
    if (curl_easy_getinfo(easy_, CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &announced) != CURLE_OK ||
        announced <= 0)
        return; // chunked or unknown: the buffer grows, each old one zeroed by the allocator
    received_.reserve(std::min(static_cast<std::size_t>(announced), kMaxAnswerBytes + 1));
}

std::size_t CurlExchange::on_body(char* data, std::size_t size, std::size_t count, void* self) {
    auto* exchange = static_cast<CurlExchange*>(self);
    if (!exchange->reserved_)
        exchange->reserve_announced_length();
    const std::size_t bytes = size * count;
    const std::size_t room = kMaxAnswerBytes + 1 - exchange->received_.size();
    if (bytes > room) {
        // One byte past the limit tells the codec the answer is too large; reading on would only
        // spend memory. Returning less than was offered makes curl end the transfer.
        exchange->received_.append(data, room);
        exchange->over_limit_ = true;
        return 0;
    }
    exchange->received_.append(data, bytes);
    return bytes;
}

TransportFault CurlExchange::fault_of(CURLcode result) {
    switch (result) {
    case CURLE_OK:
        return TransportFault::None;
    case CURLE_OPERATION_TIMEDOUT:
        return TransportFault::Timeout;
    case CURLE_ABORTED_BY_CALLBACK:
        return TransportFault::Aborted;
    default:
        // Refused, unresolvable, reset or cut short: in each case no answer can come.
        return TransportFault::Offline;
    }
}

HttpResponse CurlExchange::finish(CURLcode result) {
    HttpResponse response;
    response.request_id = request_id_;
    // An answer cut off at the size limit still came: the page says it is too large, not offline.
    response.fault = over_limit_ ? TransportFault::None : fault_of(result);
    if (response.fault != TransportFault::None) {
        wipe(received_); // a transfer cut short may still have delivered part of a secret
        return response;
    }
    long status = 0;
    curl_easy_getinfo(easy_, CURLINFO_RESPONSE_CODE, &status);
    response.status = static_cast<int>(status);
    const char* content_type = nullptr;
    curl_easy_getinfo(easy_, CURLINFO_CONTENT_TYPE, &content_type);
    if (content_type != nullptr)
        response.content_type = lower_case(content_type);
    // The one copy into the core's plain string, which the core wipes once it has read it.
    response.body.assign(received_.data(), received_.size());
    wipe(received_);
    return response;
}

} // namespace imt::native
