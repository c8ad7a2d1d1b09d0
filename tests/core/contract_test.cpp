// The codec against every exchange recorded from a real Strapi 5.54.0 (tests/contract/strapi-5.54.0):
// each response decodes into what its endpoint promises, or into the error Strapi meant, and each
// body the page itself sends equals the one the recording sent.

#include "core/codec.hpp"
#include "core/iso8601.hpp"
#include "recorded_exchange.hpp"

#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <vector>

namespace {

using imt::test::RecordedExchange;
using nlohmann::json;

// Every endpoint the recording touches, as the page's API client knows it (or does not).
enum class Endpoint {
    TokenList,
    TokenCreate,
    TokenGet,
    TokenUpdate,
    TokenDelete,
    TokenRegenerate,
    ContentApiPermissions,
    ContentApiRoutes,
    AdminPermissions,
    AdminUser,
    Login, // /admin/login and /admin/register-admin answer alike
    AccessToken,
    CorsPreflight, // sent by browsers, never by the page
    Foreign,       // init, logout, sessions, admin tokens, the content API, unknown routes
};

std::vector<std::string> segments(std::string path) {
    path = path.substr(0, path.find('?'));
    std::vector<std::string> parts;
    std::size_t start = 1;
    while (start <= path.size()) {
        const std::size_t end = std::min(path.find('/', start), path.size());
        parts.push_back(path.substr(start, end - start));
        start = end + 1;
    }
    return parts;
}

Endpoint classify(const std::string& method, const std::string& path) {
    if (method == "OPTIONS")
        return Endpoint::CorsPreflight;
    const auto parts = segments(path);
    const auto is = [&](std::initializer_list<const char*> expected) {
        return parts.size() == expected.size() && std::equal(expected.begin(), expected.end(), parts.begin(),
                                                             [](const char* a, const std::string& b) {
                                                                 return std::string(a) == "*" || b == a;
                                                             });
    };
    if (is({"admin", "api-tokens"})) {
        if (method == "GET")
            return Endpoint::TokenList;
        if (method == "POST")
            return Endpoint::TokenCreate;
    }
    if (is({"admin", "api-tokens", "*"})) {
        if (method == "GET")
            return Endpoint::TokenGet;
        if (method == "PUT")
            return Endpoint::TokenUpdate;
        if (method == "DELETE")
            return Endpoint::TokenDelete;
    }
    if (method == "POST" && is({"admin", "api-tokens", "*", "regenerate"}))
        return Endpoint::TokenRegenerate;
    if (method == "GET" && is({"admin", "content-api", "permissions"}))
        return Endpoint::ContentApiPermissions;
    if (method == "GET" && is({"admin", "content-api", "routes"}))
        return Endpoint::ContentApiRoutes;
    if (method == "GET" && is({"admin", "users", "me", "permissions"}))
        return Endpoint::AdminPermissions;
    if (method == "GET" && is({"admin", "users", "me"}))
        return Endpoint::AdminUser;
    if (method == "POST" && (is({"admin", "login"}) || is({"admin", "register-admin"})))
        return Endpoint::Login;
    if (method == "POST" && is({"admin", "access-token"}))
        return Endpoint::AccessToken;
    return Endpoint::Foreign;
}

// Runs the decoder the API client would use for this endpoint; nothing when it decoded.
std::optional<imt::ApiError> decode_as(Endpoint endpoint, const imt::HttpResponse& response) {
    const auto outcome = [](const auto& result) -> std::optional<imt::ApiError> {
        if (result.ok())
            return std::nullopt;
        return result.error();
    };
    switch (endpoint) {
    case Endpoint::TokenList:
        return outcome(imt::decode_token_list(response));
    case Endpoint::TokenCreate:
        return outcome(imt::decode_created_token(response));
    case Endpoint::TokenGet:
    case Endpoint::TokenUpdate:
        return outcome(imt::decode_token(response));
    case Endpoint::TokenDelete:
        return outcome(imt::decode_deleted_token(response));
    case Endpoint::TokenRegenerate:
        return outcome(imt::decode_regenerated_token(response));
    case Endpoint::ContentApiPermissions:
        return outcome(imt::decode_content_api_permissions(response));
    case Endpoint::ContentApiRoutes:
        return outcome(imt::decode_content_api_routes(response));
    case Endpoint::AdminPermissions:
        return outcome(imt::decode_admin_permissions(response));
    case Endpoint::AdminUser:
        return outcome(imt::decode_admin_user(response));
    case Endpoint::Login:
        return outcome(imt::decode_login(response));
    case Endpoint::AccessToken:
        return outcome(imt::decode_access_token(response));
    case Endpoint::CorsPreflight:
    case Endpoint::Foreign:
        break;
    }
    return imt::decode_error(response);
}

std::string text_or_empty(const json& value) {
    return value.is_string() ? value.get<std::string>() : "";
}

void check_time(imt::Timestamp decoded, const json& recorded) {
    // Strapi writes milliseconds, so formatting the decoded instant gives back the very same text.
    CHECK(imt::format_iso8601(decoded) == recorded.get<std::string>());
}

void check_optional_time(const std::optional<imt::Timestamp>& decoded, const json& recorded) {
    if (recorded.is_null()) {
        CHECK_FALSE(decoded.has_value());
    } else {
        REQUIRE(decoded.has_value());
        check_time(*decoded, recorded);
    }
}

void check_token(const imt::ApiToken& token, const json& recorded) {
    CHECK(token.id == recorded.at("id").get<std::int64_t>());
    CHECK(token.name == recorded.at("name").get<std::string>());
    CHECK(token.description == text_or_empty(recorded.at("description")));
    CHECK(imt::to_wire(token.type) == recorded.at("type").get<std::string>());
    if (recorded.at("lifespan").is_null()) {
        CHECK_FALSE(token.lifespan_ms.has_value());
    } else {
        REQUIRE(token.lifespan_ms.has_value());
        CHECK(std::to_string(*token.lifespan_ms) == recorded.at("lifespan").get<std::string>());
    }
    check_optional_time(token.expires_at, recorded.at("expiresAt"));
    check_optional_time(token.last_used_at, recorded.at("lastUsedAt"));
    check_time(token.created_at, recorded.at("createdAt"));
    check_time(token.updated_at, recorded.at("updatedAt"));
    CHECK(token.permissions == recorded.at("permissions").get<std::vector<std::string>>());
}

// Every byte of text a decoded token holds, to prove a recorded secret is nowhere in it.
std::string everything_in(const imt::ApiToken& token) {
    std::string all =
        std::to_string(token.id) + token.name + token.description + std::string(imt::to_wire(token.type));
    if (token.lifespan_ms)
        all += std::to_string(*token.lifespan_ms);
    for (const auto& action : token.permissions)
        all += action;
    return all;
}

void check_holds_no_secret(const imt::ApiToken& token, const json& recorded) {
    if (!recorded.contains("accessKey"))
        return;
    const auto key = recorded.at("accessKey").get<std::string>();
    REQUIRE(key.size() == 256);
    CHECK(everything_in(token).find(key) == std::string::npos);
}

template <class T>
T decoded(imt::Result<T> result) {
    if (!result.ok())
        FAIL("decoding failed: " << result.error().message);
    return std::move(result).value();
}

void check_success(Endpoint endpoint, const imt::HttpResponse& response, const json& data) {
    switch (endpoint) {
    case Endpoint::TokenList: {
        const auto list = decoded(imt::decode_token_list(response));
        CHECK(list.unread.count == 0);
        const auto& tokens = list.tokens;
        REQUIRE(tokens.size() == data.size());
        for (std::size_t i = 0; i < tokens.size(); ++i)
            check_token(tokens[i], data[i]);
        return;
    }
    case Endpoint::TokenGet:
    case Endpoint::TokenUpdate: {
        const auto token = decoded(imt::decode_token(response));
        check_token(token, data);
        check_holds_no_secret(token, data);
        return;
    }
    case Endpoint::TokenCreate: {
        const auto created = decoded(imt::decode_created_token(response));
        check_token(created.token, data);
        CHECK(created.access_key.reveal() == data.at("accessKey").get<std::string>());
        check_holds_no_secret(created.token, data);
        return;
    }
    case Endpoint::TokenRegenerate: {
        const auto regenerated = decoded(imt::decode_regenerated_token(response));
        CHECK(regenerated.id == data.at("id").get<std::int64_t>());
        CHECK(regenerated.access_key.reveal() == data.at("accessKey").get<std::string>());
        return;
    }
    case Endpoint::TokenDelete: {
        const auto deleted = decoded(imt::decode_deleted_token(response));
        REQUIRE(deleted.has_value() == !data.is_null());
        if (deleted)
            check_token(*deleted, data);
        return;
    }
    case Endpoint::ContentApiPermissions: {
        const auto sections = decoded(imt::decode_content_api_permissions(response));
        REQUIRE(sections.size() == data.size());
        std::size_t actions = 0;
        for (const auto& section : sections) {
            const auto& controllers = data.at(section.id).at("controllers");
            REQUIRE(section.controllers.size() == controllers.size());
            for (const auto& controller : section.controllers) {
                CHECK(controller.actions ==
                      controllers.at(controller.controller).get<std::vector<std::string>>());
                actions += controller.actions.size();
            }
        }
        CHECK(actions == 44); // the peer's catalogue, as the contract README counts it
        return;
    }
    case Endpoint::ContentApiRoutes: {
        const auto sections = decoded(imt::decode_content_api_routes(response));
        REQUIRE(sections.size() == data.size());
        for (const auto& section : sections) {
            const auto& routes = data.at(section.section);
            REQUIRE(section.routes.size() == routes.size());
            for (std::size_t i = 0; i < routes.size(); ++i) {
                CHECK(section.routes[i].method == routes[i].at("method").get<std::string>());
                CHECK(section.routes[i].path == routes[i].at("path").get<std::string>());
                CHECK(section.routes[i].handler == routes[i].at("handler").get<std::string>());
                CHECK(section.routes[i].scope ==
                      routes[i].at("config").at("auth").at("scope").get<std::vector<std::string>>());
            }
        }
        return;
    }
    case Endpoint::AdminPermissions: {
        const auto permissions = decoded(imt::decode_admin_permissions(response));
        REQUIRE(permissions.size() == data.size());
        for (std::size_t i = 0; i < permissions.size(); ++i) {
            CHECK(permissions[i].action == data[i].at("action").get<std::string>());
            CHECK(permissions[i].subject.value_or("<null>") ==
                  (data[i].at("subject").is_null() ? "<null>" : data[i].at("subject").get<std::string>()));
        }
        return;
    }
    case Endpoint::AdminUser: {
        const auto user = decoded(imt::decode_admin_user(response));
        CHECK(user.id == data.at("id").get<std::int64_t>());
        CHECK(user.email == data.at("email").get<std::string>());
        CHECK(user.firstname == text_or_empty(data.at("firstname")));
        CHECK(user.lastname == text_or_empty(data.at("lastname")));
        return;
    }
    case Endpoint::Login: {
        const auto session = decoded(imt::decode_login(response));
        CHECK(session.jwt.reveal() == data.at("token").get<std::string>());
        CHECK(session.user.id == data.at("user").at("id").get<std::int64_t>());
        CHECK(session.user.email == data.at("user").at("email").get<std::string>());
        return;
    }
    case Endpoint::AccessToken: {
        const auto jwt = decoded(imt::decode_access_token(response));
        CHECK(jwt.reveal() == data.at("token").get<std::string>());
        return;
    }
    case Endpoint::CorsPreflight:
    case Endpoint::Foreign:
        break;
    }
    FAIL("no success check for this endpoint");
}

// The field errors a person sees for the recorded validation failures, exactly.
using FieldKeys = std::vector<std::pair<std::string, std::string>>;
const std::map<std::string, FieldKeys>& expected_field_errors() {
    static const std::map<std::string, FieldKeys> expected{
        {"044", {{"", "validation.body.unknown_keys"}}},
        {"050", {{"permissions", "validation.permissions.missing"}}},
        {"051", {{"permissions", "validation.permissions.not_custom"}}},
        {"055", {{"name", "validation.name.taken"}}},
        {"062", {{"name", "validation.name.required"}}}, // min(1) and required, reported once
        {"066", {{"name", "validation.name.taken"}}},
        {"069", {{"type", "validation.type.invalid"}}},
        {"070", {{"type", "validation.type.invalid"}}},
        {"073", {{"permissions", "validation.permissions.unknown"}}},
        {"074", {{"permissions", "validation.permissions.invalid"}}},
        {"076", {{"lifespan", "validation.lifespan.invalid"}}},
        {"079", {{"lifespan", "validation.lifespan.invalid"}}},
        {"092", {{"name", "validation.name.required"}}},
    };
    return expected;
}

void check_error(const std::string& file, Endpoint endpoint, const imt::HttpResponse& response,
                 const json& recorded_body) {
    const imt::ApiError error = imt::decode_error(response);
    CHECK(error.kind == imt::ApiErrorKind::Http);
    CHECK(error.status == response.status);
    if (recorded_body.is_object() && recorded_body.contains("error")) {
        const auto& envelope = recorded_body.at("error");
        CHECK(error.name == envelope.at("name").get<std::string>());
        CHECK(error.message == envelope.at("message").get<std::string>());
        // Every yup error lands on the field its path names ("" for the body as a whole).
        if (envelope.contains("details") && envelope.at("details").contains("errors")) {
            for (const auto& yup : envelope.at("details").at("errors")) {
                const auto& path = yup.at("path");
                const std::string field = path.empty() ? "" : path.at(0).get<std::string>();
                CHECK(std::any_of(error.field_errors.begin(), error.field_errors.end(),
                                  [&](const imt::FieldError& f) { return f.field == field; }));
            }
        }
    } else {
        CHECK(error.name.empty());
        CHECK(error.message == recorded_body.get<std::string>()); // e.g. 405 "Method Not Allowed"
    }
    const auto expected = expected_field_errors().find(file.substr(0, 3));
    if (expected != expected_field_errors().end()) {
        FieldKeys actual;
        for (const auto& field : error.field_errors)
            actual.emplace_back(field.field, field.message_key);
        CHECK(actual == expected->second);
    }
    // The page's decoder for the endpoint reports the very same error.
    const auto through_endpoint = decode_as(endpoint, response);
    REQUIRE(through_endpoint.has_value());
    CHECK(*through_endpoint == error);
}

// --- Request side -------------------------------------------------------------------------------
// The page sends one body shape per operation. Only recorded requests of exactly that shape are
// the page's own; the others are hand-made probes of the server (missing keys, wrong types, extra
// keys). In this recording they are: create 021, 022, 023; update 038, 039, 119; login 006, 008,
// 127, 133 (a login body has the same shape whatever the server answers).

using Keys = std::vector<std::string>;
const Keys kCreateKeys{"description", "lifespan", "name", "permissions", "type"};
const Keys kUpdateKeys{"description", "name", "permissions", "type"};
const Keys kLoginKeys{"email", "password"};

Keys keys_of(const json& body) {
    Keys keys;
    for (const auto& [key, value] : body.items())
        keys.push_back(key);
    return keys; // nlohmann::json keeps keys sorted
}

// What the form would have held to send this body; nothing when no form state sends it.
std::optional<imt::TokenDraft> draft_behind(const json& body, bool with_lifespan) {
    imt::TokenDraft draft;
    if (!body.at("name").is_string() || !body.at("description").is_string() || !body.at("type").is_string()) {
        return std::nullopt;
    }
    draft.name = body.at("name").get<std::string>();
    draft.description = body.at("description").get<std::string>();
    const auto type = imt::token_type_from_wire(body.at("type").get<std::string>());
    if (!type)
        return std::nullopt;
    draft.type = *type;
    if (with_lifespan) {
        const auto& lifespan = body.at("lifespan");
        if (!lifespan.is_null() && !lifespan.is_number_integer())
            return std::nullopt;
        const auto chosen = imt::lifespan_from_ms(
            lifespan.is_null() ? std::nullopt : std::optional(lifespan.get<std::int64_t>()));
        if (!chosen)
            return std::nullopt;
        draft.lifespan = *chosen;
    }
    const auto& permissions = body.at("permissions");
    if (permissions.is_array()) {
        for (const auto& action : permissions)
            draft.permissions.insert(action.get<std::string>());
    }
    return draft;
}

// Strapi treats a permission list as a set (it drops duplicates, 028) and the draft holds a sorted
// set, so the lists are compared as sets.
json with_sorted_permissions(json body) {
    if (body.contains("permissions") && body.at("permissions").is_array()) {
        auto& list = body.at("permissions");
        std::sort(list.begin(), list.end());
    }
    return body;
}

} // namespace

TEST_CASE("every recorded Strapi exchange decodes into its typed result or its typed error", "[contract]") {
    std::size_t checked = 0;
    for (const auto& path : imt::test::exchange_files()) {
        const RecordedExchange exchange = imt::test::load_exchange(path.stem().string());
        INFO("exchange " << exchange.file);
        const auto method = exchange.request.at("method").get<std::string>();
        const auto endpoint = classify(method, exchange.request.at("path").get<std::string>());
        const imt::HttpResponse response = exchange.http_response(1);
        const json& body = exchange.response.at("body");
        const bool success = response.status >= 200 && response.status < 300;

        if (endpoint == Endpoint::CorsPreflight) {
            // The browser's question before a cross-origin PUT/DELETE: Strapi allows them, with no body.
            CHECK(response.status == 204);
            CHECK(body.is_null());
            const auto allowed =
                exchange.response.at("headers").at("access-control-allow-methods").get<std::string>();
            CHECK(allowed.find("PUT") != std::string::npos);
            CHECK(allowed.find("DELETE") != std::string::npos);
        } else if (!success) {
            check_error(exchange.file, endpoint, response, body);
        } else if (endpoint == Endpoint::Foreign) {
            // Not the page's business, but still a Strapi envelope, read from the bytes as delivered.
            const json envelope = json::parse(response.body, nullptr, /*allow_exceptions=*/false);
            CHECK(envelope.is_object());
            CHECK(envelope.contains("data"));
        } else {
            REQUIRE(body.is_object());
            check_success(endpoint, response, body.at("data"));
        }
        ++checked;
    }
    std::cout << "contract exchanges checked: " << checked << "\n";
    REQUIRE(checked == 136);
}

TEST_CASE("the bodies the page sends equal the recorded requests of the same operation", "[contract]") {
    std::size_t matched = 0;
    std::vector<std::string> matched_files;
    for (const auto& path : imt::test::exchange_files()) {
        const RecordedExchange exchange = imt::test::load_exchange(path.stem().string());
        INFO("exchange " << exchange.file);
        const auto method = exchange.request.at("method").get<std::string>();
        const auto endpoint = classify(method, exchange.request.at("path").get<std::string>());
        const json body = exchange.request.value("body", json());
        if (!body.is_object())
            continue;

        std::optional<std::string> sent;
        if (endpoint == Endpoint::TokenCreate && keys_of(body) == kCreateKeys) {
            if (const auto draft = draft_behind(body, true))
                sent = imt::encode_create_body(*draft);
        } else if (endpoint == Endpoint::TokenUpdate && keys_of(body) == kUpdateKeys) {
            if (const auto draft = draft_behind(body, false))
                sent = imt::encode_update_body(*draft);
        } else if (method == "POST" && exchange.request.at("path") == "/admin/login" &&
                   keys_of(body) == kLoginKeys) {
            sent = imt::encode_login_body(body.at("email").get<std::string>(),
                                          body.at("password").get<std::string>());
        }
        if (!sent)
            continue;
        CHECK(with_sorted_permissions(json::parse(*sent)) == with_sorted_permissions(body));
        ++matched;
        matched_files.push_back(exchange.file.substr(0, 3));
    }
    std::cout << "request bodies matched: " << matched << "\n";
    CHECK(matched_files ==
          std::vector<std::string>{"006", "008", "021", "022", "023", "038", "039", "119", "127", "133"});
}

TEST_CASE("the exchange files are exactly the ones the contract index lists", "[contract]") {
    std::ifstream in(imt::test::contract_dir() / "_index.json");
    const json index = json::parse(in);
    const auto files = imt::test::exchange_files();
    REQUIRE(index.size() == files.size());
    for (std::size_t i = 0; i < files.size(); ++i) {
        const RecordedExchange exchange = imt::test::load_exchange(files[i].stem().string());
        INFO("exchange " << exchange.file);
        CHECK(index[i].at("file") == exchange.file);
        CHECK(index[i].at("method") == exchange.request.at("method"));
        CHECK(index[i].at("path") == exchange.request.at("path"));
        CHECK(index[i].at("status") == exchange.response.at("status"));
    }
}
