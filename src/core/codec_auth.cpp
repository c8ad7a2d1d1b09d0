// Admin session endpoints: login / register-admin, access-token refresh, users/me.

#include "core/codec.hpp"
#include "core/json_read.hpp"

namespace imt {

using json_read::decode_data;
using json_read::Json;
using json_read::Node;

Result<LoginSession> decode_login(const HttpResponse& response) {
    // {data: {token, accessToken, user}}; token and accessToken are the same JWT.
    return decode_data<LoginSession>(response, [](const Node& data) {
        LoginSession session;
        if (!data.expect_object())
            return session;
        session.jwt = data.member("token").secret();
        session.user = json_read::read_admin_user(data.member("user"));
        return session;
    });
}

Result<Secret> decode_access_token(const HttpResponse& response) {
    return decode_data<Secret>(response, [](const Node& data) {
        if (!data.expect_object())
            return Secret();
        return data.member("token").secret();
    });
}

Result<AdminUser> decode_admin_user(const HttpResponse& response) {
    return decode_data<AdminUser>(response,
                                  [](const Node& data) { return json_read::read_admin_user(data); });
}

std::string encode_login_body(std::string_view email, std::string_view password) {
    // No rememberMe: the refresh cookie stays a session cookie, as in the admin UI's default (contract 008).
    Json body = Json::object();
    body["email"] = std::string(email);
    body["password"] = std::string(password);
    std::string text = json_read::to_text(body);
    wipe(body["password"].get_ref<std::string&>());
    return text;
}

} // namespace imt
