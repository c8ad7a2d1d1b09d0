#pragma once
// A small HTTP/1.1 server on 127.0.0.1 for tests: it records every request and answers through a
// handler, so transports are tested against real sockets rather than mocks.

#include <chrono>
#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace imt::test {

struct ReceivedRequest {
    std::string method;
    std::string target;                         // path and query as sent
    std::map<std::string, std::string> headers; // names lower-cased
    std::string body;

    [[nodiscard]] bool has_header(const std::string& name) const { return headers.contains(name); }
    [[nodiscard]] std::string header(const std::string& name) const;
};

struct CannedResponse {
    int status = 200;
    std::string content_type = "application/json; charset=utf-8";
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers; // extra ones, e.g. set-cookie
    std::chrono::milliseconds delay{0}; // wait this long before answering (a slow or silent server)
    // Large and broken answers without large fixtures: the body is sent this many times over
    // (kEndless: until the client hangs up), ...
    std::size_t body_repeats = 1;
    // ... with its length announced, or else ended by closing the connection (so the client cannot
    // size its buffer in advance) ...
    bool announce_length = true;
    // ... and, when set, cut off after this many bytes with the full length announced (a transfer
    // that fails part-way).
    std::optional<std::size_t> cut_after;
    static constexpr std::size_t kEndless = static_cast<std::size_t>(-1);
};

class LoopbackHttpServer {
public:
    using Handler = std::function<CannedResponse(const ReceivedRequest&)>;

    // Listens on 127.0.0.1; port 0 picks a free one.
    explicit LoopbackHttpServer(Handler handler, int port = 0);
    ~LoopbackHttpServer();
    LoopbackHttpServer(const LoopbackHttpServer&) = delete;
    LoopbackHttpServer& operator=(const LoopbackHttpServer&) = delete;

    [[nodiscard]] int port() const { return port_; }
    [[nodiscard]] std::string base_url() const { return "http://127.0.0.1:" + std::to_string(port_); }
    [[nodiscard]] std::vector<ReceivedRequest> requests() const;

private:
    void accept_loop();
    void serve(int connection);
    bool read_request(int connection, std::string& buffer, ReceivedRequest& request);
    bool wait_unless_stopping(std::chrono::milliseconds delay);

    Handler handler_;
    int listener_ = -1;
    int port_ = 0;
    mutable std::mutex mutex_;
    std::condition_variable stop_signal_;
    bool stopping_ = false;
    std::vector<ReceivedRequest> requests_;
    std::vector<std::thread> connections_;
    std::thread acceptor_;
};

// A port on 127.0.0.1 that nothing listens on (bound, then released).
int unused_loopback_port();

} // namespace imt::test
