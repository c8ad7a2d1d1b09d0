#pragma once
// Moves the core's HttpRequests over emscripten_fetch (an XMLHttpRequest underneath) and hands each
// answer back exactly once, as an HttpResponse. A request that gets no HTTP status is reported as a
// TransportFault: Timeout when it outlived the time limit, Offline otherwise (the backend is down,
// the network is gone, or CORS refused it).

#include "core/http.hpp"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

struct emscripten_fetch_t;

namespace imt::web {

class FetchTransport {
public:
    using Receiver = std::function<void(HttpResponse)>;

    // base_url is prefixed to every request path; empty means the page's own origin.
    FetchTransport(std::string base_url, Receiver receiver, unsigned timeout_ms = 20000);
    ~FetchTransport();
    FetchTransport(const FetchTransport&) = delete;
    FetchTransport& operator=(const FetchTransport&) = delete;

    // Wipes request.body (it may hold a password) once the browser has taken its copy.
    void send(HttpRequest request);
    // The answer to a GET the page had sent ahead for a request send() handed over to it (status 0:
    // no answer; -1: timed out; over_limit: too large to read). Ignored for any other id.
    void take_head_start(std::uint64_t request_id, int status, std::string content_type, std::string body,
                         bool over_limit);
    [[nodiscard]] int in_flight() const { return in_flight_; }

private:
    struct Pending;
    static void on_finished(emscripten_fetch_t* fetch);
    static void on_progress(emscripten_fetch_t* fetch);
    void deliver(HttpResponse response);

    std::string base_url_;
    Receiver receiver_;
    unsigned timeout_ms_;
    int in_flight_ = 0;
    std::vector<std::uint64_t> head_started_; // requests whose answer comes from the head start
    // Shared with every pending request, so an answer arriving after destruction finds no owner.
    std::shared_ptr<FetchTransport*> self_;
};

} // namespace imt::web
