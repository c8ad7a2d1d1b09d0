#pragma once
// Performs the core's HttpRequests with libcurl on one worker thread, so the frame loop never waits
// on the network. Finished exchanges are queued for the thread that owns the Store.
//
// Never retries on its own: the core decides what may be sent again (reads after a refreshed session).
// The refresh cookie lives in an in-memory jar, only for requests sent with credentials, and is never
// written to disk. Request headers holding the admin JWT are wiped after use and never logged.

#include "core/http.hpp"

#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace imt::native {

struct CurlTransportOptions {
    std::string base_url = "http://127.0.0.1:1337";
    std::chrono::milliseconds timeout{15000}; // after which a request ends with TransportFault::Timeout
    // Called on the worker thread after a response was queued, e.g. glfwPostEmptyEvent to wake the loop.
    std::function<void()> on_response;
};

class CurlTransport {
public:
    explicit CurlTransport(CurlTransportOptions options);
    // Stops the worker; requests still in flight are dropped unanswered.
    ~CurlTransport();
    CurlTransport(const CurlTransport&) = delete;
    CurlTransport& operator=(const CurlTransport&) = delete;

    // Returns at once; the answer arrives later through take_responses().
    void send(HttpRequest request);

    // Responses finished since the last call, in completion order. Never blocks.
    [[nodiscard]] std::vector<HttpResponse> take_responses();
    // Blocks until at least one response is there or the timeout passed (for loops without a window).
    [[nodiscard]] std::vector<HttpResponse> wait_responses(std::chrono::milliseconds timeout);

    [[nodiscard]] const std::string& base_url() const;

private:
    struct Worker;
    std::unique_ptr<Worker> worker_;
};

} // namespace imt::native
