// The libcurl transport leaves no copy of a secret in freed memory: every block this program frees
// is searched (tests/core/residue/freed_block_scanner.hpp) while a key-bearing answer comes in, while
// a transfer fails half-way, and while a login body with the password goes out.
//
// The loopback server runs in a child process: its own copies of what it serves and reads are not
// this program's to answer for.

#include "freed_block_scanner.hpp"
#include "loopback_http.hpp"
#include "platform/native/curl_transport.hpp"

#include <catch2/catch_test_macros.hpp>

#include <chrono>
#include <csignal>
#include <optional>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

using namespace std::chrono_literals;
using imt::HttpMethod;
using imt::HttpRequest;
using imt::HttpResponse;
using imt::TransportFault;
using imt::native::CurlTransport;
using imt::native::CurlTransportOptions;
using imt::test::CannedResponse;
using imt::test::LoopbackHttpServer;
using imt::test::ReceivedRequest;
namespace residue = imt::test::residue;

namespace {

// A made-up accessKey of Strapi's shape (256 hex digits) and a 12-character password.
const std::string kKey = [] {
    std::string key;
    for (int i = 0; key.size() < 256; ++i)
        key += "0123456789abcdef"[(i * 7 + i / 16) % 16];
    return key;
}();
constexpr const char* kPassword = "Tr0ub4dor&3x";

// Serves `answer` to every request from a child process until destroyed.
class ServerProcess {
public:
    explicit ServerProcess(CannedResponse answer) {
        int pipe_fds[2];
        REQUIRE(::pipe(pipe_fds) == 0);
        pid_ = ::fork();
        REQUIRE(pid_ >= 0);
        if (pid_ == 0) {
            ::close(pipe_fds[0]);
            LoopbackHttpServer server([answer](const ReceivedRequest&) { return answer; });
            const int port = server.port();
            if (::write(pipe_fds[1], &port, sizeof port) != sizeof port)
                ::_exit(1);
            for (;;)
                ::pause(); // until the parent ends it
        }
        ::close(pipe_fds[1]);
        REQUIRE(::read(pipe_fds[0], &port_, sizeof port_) == sizeof port_);
        ::close(pipe_fds[0]);
    }
    ~ServerProcess() {
        ::kill(pid_, SIGKILL);
        ::waitpid(pid_, nullptr, 0);
    }
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    [[nodiscard]] std::string base_url() const { return "http://127.0.0.1:" + std::to_string(port_); }

private:
    pid_t pid_ = -1;
    int port_ = 0;
};

// An answer that opens with the key and runs well past curl's 16 KB chunks, so a buffer that grows
// with each chunk reallocates many times after the key is in it.
std::string key_then_padding() {
    return R"({"data":{"accessKey":")" + kKey + R"(","padding":")" + std::string(300 * 1024, 'p') + R"("}})";
}

HttpRequest get(std::uint64_t id, std::string path) {
    HttpRequest r;
    r.id = id;
    r.method = HttpMethod::Get;
    r.path = std::move(path);
    return r;
}

std::optional<HttpResponse> one_response(CurlTransport& transport) {
    const auto deadline = std::chrono::steady_clock::now() + 10s;
    while (std::chrono::steady_clock::now() < deadline) {
        auto responses = transport.wait_responses(100ms);
        if (!responses.empty())
            return std::move(responses.front());
    }
    return std::nullopt;
}

// Runs `exchange` on a fresh transport with every freed block searched for the key and the password;
// the transport is gone (its worker and buffers released) before the search ends.
template <class Exchange>
residue::Finding freed_blocks_during(const std::string& base_url, Exchange&& exchange) {
    residue::watch("key", kKey);
    residue::watch("password", kPassword);
    residue::arm(16);
    {
        CurlTransportOptions options;
        options.base_url = base_url;
        CurlTransport transport(std::move(options));
        exchange(transport);
    }
    residue::disarm();
    return residue::findings();
}

} // namespace

TEST_CASE("A key in an answer of unannounced length leaves no copy in freed memory") {
    CannedResponse answer;
    answer.body = key_then_padding();
    answer.announce_length = false; // curl cannot size the buffer: it grows chunk by chunk
    ServerProcess server(answer);

    bool arrived_whole = false;
    const auto found = freed_blocks_during(server.base_url(), [&](CurlTransport& transport) {
        transport.send(get(1, "/admin/api-tokens/1"));
        auto response = one_response(transport);
        REQUIRE(response.has_value());
        arrived_whole = response->status == 200 && response->body.size() == answer.body.size();
        imt::wipe(response->body); // as the core does once it has read an answer
    });
    CHECK(arrived_whole);
    INFO("freed blocks searched: " << found.blocks_scanned << ", first secret found: " << found.first_name);
    CHECK(found.blocks_scanned > 0);
    CHECK(found.blocks == 0);
}

TEST_CASE("A transfer that fails after the key arrived leaves no copy in freed memory") {
    CannedResponse answer;
    answer.body = key_then_padding();
    answer.cut_after = answer.body.size() / 2; // the connection drops half-way through the answer
    ServerProcess server(answer);

    TransportFault fault = TransportFault::None;
    const auto found = freed_blocks_during(server.base_url(), [&](CurlTransport& transport) {
        transport.send(get(1, "/admin/api-tokens/1"));
        auto response = one_response(transport);
        REQUIRE(response.has_value());
        fault = response->fault;
    });
    CHECK(fault == TransportFault::Offline);
    INFO("first secret found: " << found.first_name);
    CHECK(found.blocks == 0);
}

TEST_CASE("A login body with the password leaves no copy in freed memory once sent") {
    CannedResponse answer;
    answer.status = 400;
    answer.body =
        R"({"data":null,"error":{"status":400,"name":"ValidationError","message":"Invalid credentials"}})";
    ServerProcess server(answer);

    // Built before the search starts, in one allocation, as the core hands it over.
    HttpRequest login;
    login.id = 1;
    login.method = HttpMethod::Post;
    login.path = "/admin/login";
    login.body = std::string(R"({"email":"admin@example.com","password":")") + kPassword + R"("})";
    login.with_credentials = true;

    int status = 0;
    const auto found = freed_blocks_during(server.base_url(), [&](CurlTransport& transport) {
        transport.send(std::move(login));
        auto response = one_response(transport);
        REQUIRE(response.has_value());
        status = response->status;
        imt::wipe(response->body);
    });
    CHECK(status == 400);
    INFO("first secret found: " << found.first_name);
    CHECK(found.blocks == 0);
}
