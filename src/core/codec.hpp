#pragma once
// JSON codec for the Strapi 5 admin endpoints the page uses (see tests/contract/strapi-5.54.0).
// Tolerant where Strapi is loose (lifespan as string or number, unknown fields ignored), strict where
// it matters: a wrong type becomes an ApiError, never an exception escaping to the caller.

#include "core/api_error.hpp"
#include "core/http.hpp"
#include "core/model.hpp"
#include "core/secret.hpp"

#include <optional>
#include <string>
#include <vector>

namespace imt {

struct TokenListAnswer { // GET /admin/api-tokens: the rows that could be read, and the others counted
    std::vector<ApiToken> tokens;
    UnreadRows unread;
};

struct CreatedToken { // POST /admin/api-tokens
    ApiToken token;
    Secret access_key;
};

struct RegeneratedToken { // POST /admin/api-tokens/:id/regenerate
    TokenId id = 0;
    Secret access_key;
};

struct LoginSession { // POST /admin/login and /admin/register-admin
    Secret jwt;
    AdminUser user;
};

// Any non-2xx answer, or a 2xx whose body cannot be read, becomes an ApiError via this one path.
// Reads the JSON error envelope (with or without details), yup ValidationError details into
// field errors, plain-text bodies such as 405 "Method Not Allowed", and transport faults.
ApiError decode_error(const HttpResponse& response);

// Each decoder accepts the whole response: status outside 2xx yields decode_error(response). A body
// over kMaxAnswerBytes is refused unread; broken UTF-8 in it reads as U+FFFD.
// GET list: a row that cannot be read is left out and counted; the list fails only as a whole.
Result<TokenListAnswer> decode_token_list(const HttpResponse& response);
Result<ApiToken> decode_token(const HttpResponse& response); // GET one, PUT (accessKey dropped unread)
Result<CreatedToken> decode_created_token(const HttpResponse& response);         // POST create
Result<RegeneratedToken> decode_regenerated_token(const HttpResponse& response); // POST regenerate
Result<std::optional<ApiToken>>
decode_deleted_token(const HttpResponse& response); // DELETE: null for an unknown id
Result<ContentApiPermissions> decode_content_api_permissions(const HttpResponse& response);
Result<ContentApiRoutes> decode_content_api_routes(const HttpResponse& response);
Result<std::vector<AdminPermission>> decode_admin_permissions(const HttpResponse& response);
Result<AdminUser> decode_admin_user(const HttpResponse& response); // GET /admin/users/me
Result<LoginSession> decode_login(const HttpResponse& response);
Result<Secret> decode_access_token(const HttpResponse& response); // POST /admin/access-token

// Request bodies, exactly as Strapi accepts them.
std::string encode_create_body(
    const TokenDraft& draft); // name, description, type, lifespan (number|null), permissions (array|null)
std::string
encode_update_body(const TokenDraft& draft); // name, description, type, permissions: never lifespan
std::string encode_login_body(std::string_view email, std::string_view password);

} // namespace imt
