// The libcurl transport against a real loopback HTTP server answering with recorded Strapi exchanges.

#include "contract_exchange.hpp"
#include "core/codec.hpp"
#include "loopback_http.hpp"
#include "platform/native/curl_transport.hpp"

#include <catch2/catch_test_macros.hpp>
#include <nlohmann/json.hpp>

#include <atomic>
#include <chrono>
#include <functional>
#include <thread>

using namespace std::chrono_literals;
using imt::HttpMethod;
using imt::HttpRequest;
using imt::HttpResponse;
using imt::Secret;
using imt::TransportFault;
using imt::native::CurlTransport;
using imt::native::CurlTransportOptions;
using imt::test::canned;
using imt::test::CannedResponse;
using imt::test::LoopbackHttpServer;
using imt::test::ReceivedRequest;
using imt::test::RecordedExchange;

namespace {

RecordedExchange exchange(const std::string& file) {
    return imt::test::load_exchange(IMT_CONTRACT_DIR, file);
}

// Serves one recorded exchange for every request.
LoopbackHttpServer::Handler replay(const RecordedExchange& recorded) {
    return [response = canned(recorded)](const ReceivedRequest&) {
        return response;
    };
}

HttpRequest request(std::uint64_t id, HttpMethod method, std::string path, std::string body = {}) {
    HttpRequest r;
    r.id = id;
    r.method = method;
    r.path = std::move(path);
    r.body = std::move(body);
    return r;
}

// Waits for exactly one answer, as a frame loop would across several wake-ups.
HttpResponse one_response(CurlTransport& transport) {
    const auto deadline = std::chrono::steady_clock::now() + 10s;
    while (std::chrono::steady_clock::now() < deadline) {
        auto responses = transport.wait_responses(100ms);
        if (!responses.empty()) {
            REQUIRE(responses.size() == 1);
            return std::move(responses.front());
        }
    }
    FAIL("no response within 10 s");
    return {};
}

CurlTransportOptions to(const std::string& base_url, std::chrono::milliseconds timeout = 15s,
                        std::function<void()> on_response = {}) {
    CurlTransportOptions options;
    options.base_url = base_url;
    options.timeout = timeout;
    options.on_response = std::move(on_response);
    return options;
}

std::string recorded_jwt(const RecordedExchange& login) {
    return login.response["body"]["data"]["token"];
}

} // namespace

TEST_CASE("Listing tokens sends the admin JWT and reads Strapi's answer") {
    const auto list = exchange("020-list-initial.json");
    LoopbackHttpServer server(replay(list));
    CurlTransport transport(to(server.base_url()));

    auto get = request(7, HttpMethod::Get, "/admin/api-tokens");
    get.bearer = Secret(recorded_jwt(exchange("008-login.json")));
    transport.send(get);
    const HttpResponse response = one_response(transport);

    REQUIRE(server.requests().size() == 1);
    const ReceivedRequest sent = server.requests().front();
    CHECK(sent.method == "GET");
    CHECK(sent.target == "/admin/api-tokens");
    CHECK(sent.header("authorization") == "Bearer " + recorded_jwt(exchange("008-login.json")));
    CHECK(sent.header("accept") == "application/json");
    CHECK(sent.body.empty());

    CHECK(response.request_id == 7);
    CHECK(response.fault == TransportFault::None);
    CHECK(response.status == 200);
    CHECK(response.content_type == "application/json; charset=utf-8");
    CHECK(nlohmann::json::parse(response.body) == list.response["body"]);
}

TEST_CASE("Creating a token posts the JSON body and gets the 201 with its access key") {
    const auto create = exchange("023-create-custom-30d.json");
    LoopbackHttpServer server(replay(create));
    CurlTransport transport(to(server.base_url()));

    auto post = request(1, HttpMethod::Post, "/admin/api-tokens", create.request_body());
    post.bearer = Secret("a.jwt.value");
    transport.send(post);
    const HttpResponse response = one_response(transport);

    const ReceivedRequest sent = server.requests().at(0);
    CHECK(sent.method == "POST");
    CHECK(sent.target == create.path());
    CHECK(sent.header("content-type") == "application/json");
    CHECK(nlohmann::json::parse(sent.body) == create.request["body"]);
    CHECK(response.status == 201);
    CHECK(nlohmann::json::parse(response.body)["data"]["accessKey"].get<std::string>().size() == 256);
}

TEST_CASE("Editing and deleting use PUT and DELETE on the token's path") {
    const auto update = exchange("037-update-name-description.json");
    const auto remove = exchange("128-delete.json");
    LoopbackHttpServer server(
        [&](const ReceivedRequest& r) { return r.method == "PUT" ? canned(update) : canned(remove); });
    CurlTransport transport(to(server.base_url()));

    transport.send(request(1, HttpMethod::Put, update.path(), update.request_body()));
    const HttpResponse updated = one_response(transport);
    transport.send(request(2, HttpMethod::Delete, remove.path()));
    const HttpResponse deleted = one_response(transport);

    const auto sent = server.requests();
    REQUIRE(sent.size() == 2);
    CHECK(sent[0].method == "PUT");
    CHECK(sent[0].target == "/admin/api-tokens/3");
    CHECK(nlohmann::json::parse(sent[0].body) == update.request["body"]);
    CHECK(sent[1].method == "DELETE");
    CHECK(sent[1].target == "/admin/api-tokens/8");
    CHECK(sent[1].body.empty());
    CHECK(updated.request_id == 1);
    CHECK(nlohmann::json::parse(updated.body) == update.response["body"]);
    CHECK(deleted.request_id == 2);
    CHECK(nlohmann::json::parse(deleted.body) == remove.response["body"]);
}

TEST_CASE("Regenerating sends a bodiless POST without a content type") {
    const auto regenerate = exchange("059-regenerate.json");
    LoopbackHttpServer server(replay(regenerate));
    CurlTransport transport(to(server.base_url()));

    transport.send(request(1, HttpMethod::Post, regenerate.path()));
    const HttpResponse response = one_response(transport);

    const ReceivedRequest sent = server.requests().at(0);
    CHECK(sent.method == "POST");
    CHECK(sent.target == "/admin/api-tokens/4/regenerate");
    CHECK_FALSE(sent.has_header("content-type"));
    CHECK(sent.header("content-length") == "0");
    CHECK(response.status == 201);
}

TEST_CASE("A request without a bearer sends no Authorization header") {
    const auto no_auth = exchange("002-api-tokens-list-no-auth.json");
    LoopbackHttpServer server(replay(no_auth));
    CurlTransport transport(to(server.base_url()));

    transport.send(request(1, HttpMethod::Get, "/admin/api-tokens"));
    const HttpResponse response = one_response(transport);

    CHECK_FALSE(server.requests().at(0).has_header("authorization"));
    CHECK(response.status == 401);
    CHECK(nlohmann::json::parse(response.body) == no_auth.response["body"]);
}

TEST_CASE("The refresh cookie from sign-in goes back only with credentials") {
    const auto login = exchange("008-login.json");
    const auto refreshed = exchange("010-access-token-with-refresh-cookie.json");
    const auto list = exchange("020-list-initial.json");
    LoopbackHttpServer server([&](const ReceivedRequest& r) {
        if (r.target == "/admin/login")
            return canned(login);
        if (r.target == "/admin/access-token")
            return canned(refreshed);
        return canned(list);
    });
    CurlTransport transport(to(server.base_url()));

    auto sign_in = request(1, HttpMethod::Post, "/admin/login", login.request_body());
    sign_in.with_credentials = true;
    transport.send(sign_in);
    CHECK(one_response(transport).status == 200);

    auto read = request(2, HttpMethod::Get, "/admin/api-tokens");
    read.bearer = Secret(recorded_jwt(login));
    transport.send(read);
    CHECK(one_response(transport).status == 200);

    auto renew = request(3, HttpMethod::Post, "/admin/access-token");
    renew.with_credentials = true;
    transport.send(renew);
    const HttpResponse renewed = one_response(transport);

    const auto sent = server.requests();
    REQUIRE(sent.size() == 3);
    CHECK_FALSE(sent[0].has_header("cookie"));
    CHECK_FALSE(sent[1].has_header("cookie"));
    const std::string cookie = sent[2].header("cookie");
    const std::string set_cookie = login.set_cookies().at(0);
    const std::string refresh_pair = set_cookie.substr(0, set_cookie.find(';'));
    CHECK(cookie.find(refresh_pair) != std::string::npos);
    CHECK(cookie.find("strapi_admin_refresh.sig=") != std::string::npos);
    CHECK(renewed.status == 200);
    CHECK(nlohmann::json::parse(renewed.body) == refreshed.response["body"]);
}

TEST_CASE("A plain-text 405 comes back as text with its media type") {
    const auto not_allowed = exchange("012-renew-token-legacy.json");
    LoopbackHttpServer server(replay(not_allowed));
    CurlTransport transport(to(server.base_url()));

    transport.send(request(1, HttpMethod::Post, "/admin/renew-token"));
    const HttpResponse response = one_response(transport);

    CHECK(response.status == 405);
    CHECK(response.content_type == "text/plain; charset=utf-8");
    CHECK(response.body == "Method Not Allowed");
}

TEST_CASE("A server that never answers ends in a Timeout fault") {
    CannedResponse silent = canned(exchange("020-list-initial.json"));
    silent.delay = 5s;
    LoopbackHttpServer server([&](const ReceivedRequest&) { return silent; });
    CurlTransport transport(to(server.base_url(), 300ms));

    const auto started = std::chrono::steady_clock::now();
    transport.send(request(9, HttpMethod::Get, "/admin/api-tokens"));
    const HttpResponse response = one_response(transport);
    const auto waited = std::chrono::steady_clock::now() - started;

    CHECK(response.request_id == 9);
    CHECK(response.fault == TransportFault::Timeout);
    CHECK(response.status == 0);
    CHECK(waited >= 250ms); // curl counts whole milliseconds on its own clock
    CHECK(waited < 4s);
}

TEST_CASE("An endless answer stops at 64 MB and reads as too large, not as offline") {
    CannedResponse flood;
    flood.body = std::string(1024 * 1024, ' '); // whitespace: JSON would accept it all
    flood.body_repeats = CannedResponse::kEndless;
    LoopbackHttpServer server([&](const ReceivedRequest&) { return flood; });
    CurlTransport transport(to(server.base_url(), 60s));

    transport.send(request(5, HttpMethod::Get, "/admin/api-tokens"));
    const HttpResponse response = one_response(transport);

    // Had the transport read on, the answer would never have ended (or memory would have).
    CHECK(response.fault == TransportFault::None);
    CHECK(response.status == 200);
    CHECK(response.body.size() == imt::kMaxAnswerBytes + 1);
    const auto list = imt::decode_token_list(response);
    REQUIRE_FALSE(list);
    CHECK(list.error().message == "The server's answer is larger than 64 MB, more than this page reads");
}

TEST_CASE("An answer whose length is not announced arrives whole") {
    const RecordedExchange recorded = exchange("020-list-initial.json");
    CannedResponse unannounced = canned(recorded);
    unannounced.announce_length = false;
    LoopbackHttpServer server([&](const ReceivedRequest&) { return unannounced; });
    CurlTransport transport(to(server.base_url()));

    transport.send(request(6, HttpMethod::Get, "/admin/api-tokens"));
    const HttpResponse response = one_response(transport);

    CHECK(response.status == 200);
    CHECK(response.body == canned(recorded).body);
}

TEST_CASE("A refused connection is Offline") {
    CurlTransport transport(to("http://127.0.0.1:" + std::to_string(imt::test::unused_loopback_port())));

    transport.send(request(4, HttpMethod::Get, "/admin/api-tokens"));
    const HttpResponse response = one_response(transport);

    CHECK(response.request_id == 4);
    CHECK(response.fault == TransportFault::Offline);
    CHECK(response.status == 0);
}

TEST_CASE("send() never waits for the network and answers arrive on the worker thread") {
    CannedResponse slow = canned(exchange("020-list-initial.json"));
    slow.delay = 400ms;
    LoopbackHttpServer server([&](const ReceivedRequest& r) {
        CannedResponse answer = slow;
        // The fast request overtakes the slow one: answers are matched by id, not by order.
        if (r.target == "/admin/users/me/permissions")
            answer = canned(exchange("014-users-me-permissions.json"));
        return answer;
    });
    std::atomic<int> wake_ups{0};
    std::atomic<bool> woke_on_caller_thread{false};
    const auto caller = std::this_thread::get_id();
    CurlTransport transport(to(server.base_url(), 15s, [&] {
        if (std::this_thread::get_id() == caller)
            woke_on_caller_thread = true;
        ++wake_ups;
    }));

    const auto started = std::chrono::steady_clock::now();
    transport.send(request(1, HttpMethod::Get, "/admin/api-tokens"));
    transport.send(request(2, HttpMethod::Get, "/admin/users/me/permissions"));
    CHECK(std::chrono::steady_clock::now() - started < 100ms);
    CHECK(transport.take_responses().empty());

    std::vector<HttpResponse> answers;
    while (answers.size() < 2 && std::chrono::steady_clock::now() - started < 10s) {
        for (auto& r : transport.wait_responses(50ms))
            answers.push_back(std::move(r));
    }
    REQUIRE(answers.size() == 2);
    CHECK(answers[0].request_id == 2);
    CHECK(answers[1].request_id == 1);
    // The wake-up call follows the queueing, so the last one may trail the answer by a moment.
    while (wake_ups < 2 && std::chrono::steady_clock::now() - started < 10s)
        std::this_thread::sleep_for(1ms);
    CHECK(wake_ups == 2);
    CHECK_FALSE(woke_on_caller_thread);
}
