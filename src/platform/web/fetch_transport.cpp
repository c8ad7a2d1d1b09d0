#include "platform/web/fetch_transport.hpp"

#include "core/secret.hpp"
#include "platform/web/js_bridge.hpp"

#include <emscripten/emscripten.h>
#include <emscripten/fetch.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

namespace imt::web {
namespace {

using WipedString = std::basic_string<char, std::char_traits<char>, WipingAllocator<char>>;

// "content-type: application/json; charset=utf-8\r\n..." -> "application/json; charset=utf-8"
std::string content_type_of(emscripten_fetch_t* fetch) {
    const std::size_t length = emscripten_fetch_get_response_headers_length(fetch);
    if (length == 0) {
        return {};
    }
    std::string headers(length, '\0');
    emscripten_fetch_get_response_headers(fetch, headers.data(), headers.size());
    std::transform(headers.begin(), headers.end(), headers.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    constexpr std::string_view name = "content-type:";
    std::size_t at = 0;
    while (at < headers.size()) {
        const std::size_t end = std::min(headers.find("\r\n", at), headers.size());
        std::string_view line(headers.data() + at, end - at);
        if (line.substr(0, name.size()) == name) {
            line.remove_prefix(name.size());
            while (!line.empty() && line.front() == ' ') {
                line.remove_prefix(1);
            }
            return std::string(line);
        }
        at = end + 2;
    }
    return {};
}

// The fetch keeps its own copies of the headers and the response until it is closed; free() would
// leave the bearer token and any accessKey in the heap.
void wipe_and_close(emscripten_fetch_t* fetch) {
    if (fetch->data != nullptr && fetch->numBytes > 0) {
        wipe_bytes(const_cast<char*>(fetch->data), static_cast<std::size_t>(fetch->numBytes));
    }
    if (const char* const* headers = fetch->__attributes.requestHeaders) {
        for (std::size_t i = 0; headers[i] != nullptr; ++i) {
            wipe_bytes(const_cast<char*>(headers[i]), std::strlen(headers[i]));
        }
    }
    emscripten_fetch_close(fetch);
}

} // namespace

struct FetchTransport::Pending {
    std::shared_ptr<FetchTransport*> owner;
    std::uint64_t request_id = 0;
    double started_ms = 0;
    unsigned timeout_ms = 0;
};

FetchTransport::FetchTransport(std::string base_url, Receiver receiver, unsigned timeout_ms)
    : base_url_(std::move(base_url)), receiver_(std::move(receiver)), timeout_ms_(timeout_ms),
      self_(std::make_shared<FetchTransport*>(this)) {
    while (!base_url_.empty() && base_url_.back() == '/') {
        base_url_.pop_back();
    }
}

FetchTransport::~FetchTransport() {
    *self_ = nullptr;
}

void FetchTransport::send(HttpRequest request) {
    if (request.method == HttpMethod::Get && !request.with_credentials &&
        imt_js_take_head_start(request.path.c_str(), static_cast<double>(request.id)) != 0) {
        ++in_flight_;
        head_started_.push_back(request.id);
        return;
    }
    emscripten_fetch_attr_t attr;
    emscripten_fetch_attr_init(&attr);
    const std::string_view method = to_string(request.method);
    std::memcpy(attr.requestMethod, method.data(), std::min(method.size(), sizeof(attr.requestMethod) - 1));
    // REPLACE: straight to the network, never through Emscripten's IndexedDB cache.
    attr.attributes = EMSCRIPTEN_FETCH_LOAD_TO_MEMORY | EMSCRIPTEN_FETCH_REPLACE;
    attr.timeoutMSecs = timeout_ms_;
    // Same-origin requests carry cookies anyway; this also lets the refresh cookie flow when the
    // component is mounted on another origin than Strapi's.
    attr.withCredentials = request.with_credentials ? EM_TRUE : EM_FALSE;

    WipedString authorization;
    std::vector<const char*> headers = {"Accept", "application/json"};
    if (!request.body.empty()) {
        headers.insert(headers.end(), {"Content-Type", "application/json"});
        attr.requestData = request.body.data();
        attr.requestDataSize = request.body.size();
    }
    if (!request.bearer.empty()) {
        authorization = "Bearer ";
        authorization += request.bearer.reveal();
        headers.insert(headers.end(), {"Authorization", authorization.c_str()});
    }
    headers.push_back(nullptr);
    attr.requestHeaders = headers.data();

    auto* pending = new Pending{self_, request.id, emscripten_get_now(), timeout_ms_};
    attr.userData = pending;
    attr.onsuccess = &FetchTransport::on_finished;
    attr.onerror = &FetchTransport::on_finished;
    attr.onprogress = &FetchTransport::on_progress;

    const std::string url = base_url_ + request.path;
    ++in_flight_;
    emscripten_fetch_t* fetch = emscripten_fetch(&attr, url.c_str());
    // XMLHttpRequest.send() has run: the browser holds its own copies of the headers and the body.
    wipe(request.body);
    if (fetch == nullptr) {
        delete pending;
        HttpResponse failed;
        failed.request_id = request.id;
        failed.fault = TransportFault::Offline;
        deliver(std::move(failed));
        return;
    }
    if (const char* const* copies = fetch->__attributes.requestHeaders) {
        for (std::size_t i = 0; copies[i] != nullptr; ++i) {
            wipe_bytes(const_cast<char*>(copies[i]), std::strlen(copies[i]));
        }
    }
}

void FetchTransport::on_finished(emscripten_fetch_t* fetch) {
    std::unique_ptr<Pending> pending(static_cast<Pending*>(fetch->userData));
    FetchTransport* owner = *pending->owner;

    HttpResponse response;
    response.request_id = pending->request_id;
    response.status = fetch->status;
    if (fetch->status == 0) {
        const double elapsed = emscripten_get_now() - pending->started_ms;
        // XMLHttpRequest reports a timeout and a refused connection alike; the clock tells them apart.
        const bool timed_out = pending->timeout_ms > 0 && elapsed >= 0.95 * pending->timeout_ms;
        response.fault = timed_out ? TransportFault::Timeout : TransportFault::Offline;
    } else if (fetch->status == 0xFFFF) { // set by emscripten_fetch_close on a request in flight
        response.status = 0;
        response.fault = TransportFault::Aborted;
    } else {
        response.content_type = content_type_of(fetch);
        if (fetch->data != nullptr && fetch->numBytes > 0) {
            response.body.assign(fetch->data, static_cast<std::size_t>(fetch->numBytes));
        }
    }
    wipe_and_close(fetch);
    if (owner != nullptr) {
        owner->deliver(std::move(response));
    }
}

// Emscripten copies a whole answer into wasm memory once it has loaded: one over the size limit is
// stopped as soon as its Content-Length, or the bytes received so far, say so.
void FetchTransport::on_progress(emscripten_fetch_t* fetch) {
    if (fetch->totalBytes <= kMaxAnswerBytes && fetch->dataOffset <= kMaxAnswerBytes) {
        return;
    }
    std::unique_ptr<Pending> pending(static_cast<Pending*>(fetch->userData));
    FetchTransport* owner = *pending->owner;
    HttpResponse response;
    response.request_id = pending->request_id;
    response.status = fetch->status;
    response.over_limit = true;
    imt_js_stop_fetch(fetch->id);
    fetch->__attributes.onerror = nullptr; // closing a fetch in flight reports it as failed otherwise
    wipe_and_close(fetch);
    if (owner != nullptr) {
        owner->deliver(std::move(response));
    }
}

void FetchTransport::take_head_start(std::uint64_t request_id, int status, std::string content_type,
                                     std::string body, bool over_limit) {
    const auto it = std::find(head_started_.begin(), head_started_.end(), request_id);
    if (it == head_started_.end()) {
        wipe(body);
        return;
    }
    head_started_.erase(it);
    HttpResponse response;
    response.request_id = request_id;
    if (status <= 0) {
        response.fault = status < 0 ? TransportFault::Timeout : TransportFault::Offline;
        wipe(body);
    } else {
        response.status = status;
        response.content_type = std::move(content_type);
        response.body = std::move(body);
        response.over_limit = over_limit;
    }
    deliver(std::move(response));
}

void FetchTransport::deliver(HttpResponse response) {
    --in_flight_;
    receiver_(std::move(response));
}

} // namespace imt::web
