#include "core/api_client.hpp"

#include "core/codec.hpp"

#include <string>

namespace imt {
namespace {

std::string token_path(TokenId id) {
    return "/admin/api-tokens/" + std::to_string(id);
}

HttpRequest request(HttpMethod method, std::string path, std::string body = {}) {
    HttpRequest r;
    r.method = method;
    r.path = std::move(path);
    r.body = std::move(body);
    return r;
}

struct RequestFor {
    HttpRequest operator()(const call::LoadTokens&) const {
        return request(HttpMethod::Get, "/admin/api-tokens");
    }
    HttpRequest operator()(const call::LoadAdminPermissions&) const {
        return request(HttpMethod::Get, "/admin/users/me/permissions");
    }
    HttpRequest operator()(const call::LoadContentPermissions&) const {
        return request(HttpMethod::Get, "/admin/content-api/permissions");
    }
    HttpRequest operator()(const call::LoadContentRoutes&) const {
        return request(HttpMethod::Get, "/admin/content-api/routes");
    }
    HttpRequest operator()(const call::CreateToken& c) const {
        return request(HttpMethod::Post, "/admin/api-tokens", encode_create_body(c.draft));
    }
    HttpRequest operator()(const call::UpdateToken& c) const {
        return request(HttpMethod::Put, token_path(c.id), encode_update_body(c.draft));
    }
    HttpRequest operator()(const call::DeleteToken& c) const {
        return request(HttpMethod::Delete, token_path(c.id));
    }
    HttpRequest operator()(const call::RegenerateToken& c) const {
        return request(HttpMethod::Post, token_path(c.id) + "/regenerate");
    }
    HttpRequest operator()(const call::Login& c) const {
        return request(HttpMethod::Post, "/admin/login", encode_login_body(c.email, c.password.reveal()));
    }
    HttpRequest operator()(const call::RefreshAccessToken&) const {
        return request(HttpMethod::Post, "/admin/access-token");
    }
};

} // namespace

bool is_read(const ApiCallKind& kind) {
    return std::holds_alternative<call::LoadTokens>(kind) ||
           std::holds_alternative<call::LoadAdminPermissions>(kind) ||
           std::holds_alternative<call::LoadContentPermissions>(kind) ||
           std::holds_alternative<call::LoadContentRoutes>(kind);
}

HttpRequest to_http_request(const ApiCall& call, const Secret& jwt) {
    HttpRequest http = std::visit(RequestFor{}, call.kind);
    http.id = call.id;
    const bool session_call = std::holds_alternative<call::Login>(call.kind) ||
                              std::holds_alternative<call::RefreshAccessToken>(call.kind);
    if (session_call) {
        http.with_credentials = true;
    } else {
        http.bearer = jwt;
    }
    return http;
}

} // namespace imt
