#pragma once
// The API-token domain as the page sees it: value types only.

#include <compare>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace imt {

using TokenId = std::int64_t;

// Milliseconds since the Unix epoch, UTC.
struct Timestamp {
    std::int64_t ms = 0;
    friend auto operator<=>(const Timestamp&, const Timestamp&) = default;
};

enum class TokenType { ReadOnly, FullAccess, Custom };

std::string_view to_wire(TokenType type);
std::optional<TokenType> token_type_from_wire(std::string_view text);

// Strapi accepts exactly these four lifespans; Unlimited travels as null.
enum class Lifespan { Days7, Days30, Days90, Unlimited };

inline constexpr std::int64_t kDayMs = 24LL * 60 * 60 * 1000;
std::optional<std::int64_t> lifespan_ms(Lifespan lifespan);
// Nothing for a value Strapi would refuse.
std::optional<Lifespan> lifespan_from_ms(std::optional<std::int64_t> ms);

// A permission action string as Strapi names it, e.g. "api::restaurant.restaurant.find".
using PermissionAction = std::string;
using PermissionSet = std::set<PermissionAction>;

struct ApiToken {
    TokenId id = 0;
    std::string name;
    std::string description;
    TokenType type = TokenType::ReadOnly;
    std::optional<std::int64_t> lifespan_ms;
    std::optional<Timestamp> expires_at;
    std::optional<Timestamp> last_used_at;
    Timestamp created_at;
    Timestamp updated_at;
    std::vector<PermissionAction> permissions;

    friend bool operator==(const ApiToken&, const ApiToken&) = default;
};

// What the create/edit form holds. Lifespan is only sent on create: Strapi refuses it on update.
struct TokenDraft {
    std::string name;
    std::string description;
    Lifespan lifespan = Lifespan::Days30;
    TokenType type = TokenType::ReadOnly;
    PermissionSet permissions; // meaningful for Custom only

    friend bool operator==(const TokenDraft&, const TokenDraft&) = default;
};

TokenDraft draft_from_token(const ApiToken& token);

// The token with this id, or null.
const ApiToken* find_token(const std::vector<ApiToken>& tokens, TokenId id);
ApiToken* find_token(std::vector<ApiToken>& tokens, TokenId id);

// One route of the content API, as GET /admin/content-api/routes lists it.
struct BoundRoute {
    std::string method;
    std::string path;
    std::string handler;
    std::vector<PermissionAction> scope;

    friend bool operator==(const BoundRoute&, const BoundRoute&) = default;
};

// GET /admin/content-api/permissions: section ("api::restaurant") -> controller -> action names.
struct ControllerActions {
    std::string controller;
    std::vector<std::string> actions;
    friend bool operator==(const ControllerActions&, const ControllerActions&) = default;
};
struct PermissionSection {
    std::string id; // "api::restaurant", "plugin::users-permissions"
    std::vector<ControllerActions> controllers;
    friend bool operator==(const PermissionSection&, const PermissionSection&) = default;
};
using ContentApiPermissions = std::vector<PermissionSection>;

// GET /admin/content-api/routes: section -> its routes.
struct SectionRoutes {
    std::string section;
    std::vector<BoundRoute> routes;
    friend bool operator==(const SectionRoutes&, const SectionRoutes&) = default;
};
using ContentApiRoutes = std::vector<SectionRoutes>;

// One RBAC grant of the signed-in admin (GET /admin/users/me/permissions).
struct AdminPermission {
    std::string action; // "admin::api-tokens.read"
    std::optional<std::string> subject;
    friend bool operator==(const AdminPermission&, const AdminPermission&) = default;
};

struct AdminUser {
    std::int64_t id = 0;
    std::string email;
    std::string firstname;
    std::string lastname;
    friend bool operator==(const AdminUser&, const AdminUser&) = default;
};

} // namespace imt
