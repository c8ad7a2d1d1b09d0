#include "loopback_http.hpp"

#include <algorithm>
#include <arpa/inet.h>
#include <cctype>
#include <netinet/in.h>
#include <poll.h>
#include <stdexcept>
#include <sys/socket.h>
#include <unistd.h>

namespace imt::test {
namespace {

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::string trim(const std::string& text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r");
    return text.substr(first, last - first + 1);
}

const char* reason(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 429:
        return "Too Many Requests";
    default:
        return "Status";
    }
}

sockaddr_in loopback(int port) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return address;
}

int bound_port(int socket_fd) {
    sockaddr_in address{};
    socklen_t length = sizeof address;
    getsockname(socket_fd, reinterpret_cast<sockaddr*>(&address), &length);
    return ntohs(address.sin_port);
}

bool send_all(int connection, const std::string& bytes) {
    std::size_t sent = 0;
    while (sent < bytes.size()) {
        const ssize_t n = ::send(connection, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        sent += static_cast<std::size_t>(n);
    }
    return true;
}

// Sends the head (status line and headers so far) and the body as `response` frames it; false when
// the connection must close afterwards.
bool send_answer(int connection, std::string head, const CannedResponse& response) {
    const bool endless = response.body_repeats == CannedResponse::kEndless;
    if (!response.announce_length || endless) {
        head += "Connection: close\r\n\r\n";
    } else {
        head +=
            "Content-Length: " + std::to_string(response.body.size() * response.body_repeats) + "\r\n\r\n";
    }
    if (!send_all(connection, head))
        return false;
    if (response.cut_after) {
        send_all(connection, response.body.substr(0, *response.cut_after));
        return false;
    }
    for (std::size_t i = 0; endless || i < response.body_repeats; ++i) {
        if (!send_all(connection, response.body))
            return false;
    }
    return response.announce_length && !endless;
}

} // namespace

std::string ReceivedRequest::header(const std::string& name) const {
    auto found = headers.find(name);
    return found == headers.end() ? std::string{} : found->second;
}

LoopbackHttpServer::LoopbackHttpServer(Handler handler, int port) : handler_(std::move(handler)) {
    listener_ = ::socket(AF_INET, SOCK_STREAM, 0);
    const int yes = 1;
    setsockopt(listener_, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    sockaddr_in address = loopback(port);
    if (::bind(listener_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
        ::listen(listener_, 16) != 0) {
        ::close(listener_);
        throw std::runtime_error("cannot listen on 127.0.0.1:" + std::to_string(port));
    }
    port_ = bound_port(listener_);
    acceptor_ = std::thread([this] { accept_loop(); });
}

LoopbackHttpServer::~LoopbackHttpServer() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    stop_signal_.notify_all();
    ::shutdown(listener_, SHUT_RDWR);
    acceptor_.join();
    ::close(listener_);
    for (auto& connection : connections_)
        connection.join();
}

std::vector<ReceivedRequest> LoopbackHttpServer::requests() const {
    std::lock_guard lock(mutex_);
    return requests_;
}

void LoopbackHttpServer::accept_loop() {
    for (;;) {
        const int connection = ::accept(listener_, nullptr, nullptr);
        std::lock_guard lock(mutex_);
        if (connection < 0 || stopping_) {
            if (connection >= 0)
                ::close(connection);
            return;
        }
        connections_.emplace_back([this, connection] { serve(connection); });
    }
}

bool LoopbackHttpServer::wait_unless_stopping(std::chrono::milliseconds delay) {
    std::unique_lock lock(mutex_);
    return !stop_signal_.wait_for(lock, delay, [&] { return stopping_; });
}

// Reads one request; false when the peer closed the connection or the server is stopping.
bool LoopbackHttpServer::read_request(int connection, std::string& buffer, ReceivedRequest& request) {
    auto fill = [&]() {
        for (;;) {
            {
                std::lock_guard lock(mutex_);
                if (stopping_)
                    return false;
            }
            pollfd waiting{connection, POLLIN, 0};
            const int ready = ::poll(&waiting, 1, 100);
            if (ready == 0)
                continue;
            char chunk[4096];
            const ssize_t n = ready > 0 ? ::recv(connection, chunk, sizeof chunk, 0) : -1;
            if (n <= 0)
                return false;
            buffer.append(chunk, static_cast<std::size_t>(n));
            return true;
        }
    };
    std::size_t head_end;
    while ((head_end = buffer.find("\r\n\r\n")) == std::string::npos) {
        if (!fill())
            return false;
    }
    const std::string head = buffer.substr(0, head_end);
    std::size_t line_end = head.find("\r\n");
    const std::string request_line = head.substr(0, line_end);
    const auto first_space = request_line.find(' ');
    const auto second_space = request_line.find(' ', first_space + 1);
    request.method = request_line.substr(0, first_space);
    request.target = request_line.substr(first_space + 1, second_space - first_space - 1);
    while (line_end != std::string::npos) {
        const std::size_t start = line_end + 2;
        line_end = head.find("\r\n", start);
        const std::string line =
            head.substr(start, line_end == std::string::npos ? std::string::npos : line_end - start);
        const auto colon = line.find(':');
        if (colon != std::string::npos)
            request.headers[lower(line.substr(0, colon))] = trim(line.substr(colon + 1));
    }
    const std::size_t length =
        request.has_header("content-length") ? std::stoul(request.header("content-length")) : 0;
    const std::size_t body_start = head_end + 4;
    while (buffer.size() < body_start + length) {
        if (!fill())
            return false;
    }
    request.body = buffer.substr(body_start, length);
    buffer.erase(0, body_start + length);
    return true;
}

void LoopbackHttpServer::serve(int connection) {
    std::string buffer;
    for (;;) {
        ReceivedRequest request;
        if (!read_request(connection, buffer, request))
            break;
        {
            std::lock_guard lock(mutex_);
            requests_.push_back(request);
        }
        const CannedResponse response = handler_(request);
        if (response.delay.count() > 0 && !wait_unless_stopping(response.delay))
            break;
        std::string bytes =
            "HTTP/1.1 " + std::to_string(response.status) + " " + reason(response.status) + "\r\n";
        if (!response.content_type.empty())
            bytes += "Content-Type: " + response.content_type + "\r\n";
        for (const auto& [name, value] : response.headers)
            bytes += name + ": " + value + "\r\n";
        if (!send_answer(connection, std::move(bytes), response))
            break;
    }
    ::close(connection);
}

int unused_loopback_port() {
    const int probe = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address = loopback(0);
    ::bind(probe, reinterpret_cast<sockaddr*>(&address), sizeof address);
    const int port = bound_port(probe);
    ::close(probe);
    return port;
}

} // namespace imt::test
