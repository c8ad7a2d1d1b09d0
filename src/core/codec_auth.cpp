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

namespace {

// The password as a JSON string's content: escaped by hand, because a JSON library would copy it into
// buffers it frees unwiped. Broken UTF-8 goes out as U+FFFD, as every other body's text does.
template <class Append>
void escape_password(std::string_view password, Append&& append) {
    constexpr std::string_view kHex = "0123456789abcdef";
    for (std::size_t i = 0; i < password.size();) {
        const char c = password[i];
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            append(std::string_view("\\"));
            append(std::string_view(&password[i], 1));
        } else if (byte < 0x20) {
            const char escaped[] = {'\\', 'u', '0', '0', kHex[byte >> 4], kHex[byte & 0xF]};
            append(std::string_view(escaped, sizeof escaped));
        } else if (const std::size_t length = json_read::utf8_sequence_length(password, i); length > 0) {
            append(password.substr(i, length));
            i += length;
            continue;
        } else {
            append(json_read::kReplacementCharacter);
        }
        ++i;
    }
}

} // namespace

std::string encode_login_body(std::string_view email, std::string_view password) {
    // No rememberMe: the refresh cookie stays a session cookie, as in the admin UI's default (contract 008).
    // One allocation of the exact size: a body that grew would leave partial copies of the password.
    const std::string head =
        "{\"email\":" + json_read::to_text(Json(std::string(email))) + ",\"password\":\"";
    constexpr std::string_view kTail = "\"}";
    std::size_t size = head.size() + kTail.size();
    escape_password(password, [&](std::string_view part) { size += part.size(); });
    std::string body;
    body.reserve(size);
    body += head;
    escape_password(password, [&](std::string_view part) { body += part; });
    body += kTail;
    return body;
}

} // namespace imt
