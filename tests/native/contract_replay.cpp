#include "contract_replay.hpp"

#include "core/iso8601.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>

namespace imt::test {
namespace {

using nlohmann::json;

CannedResponse json_response(int status, const json& body) {
    CannedResponse response;
    response.status = status;
    response.body = body.dump();
    return response;
}

CannedResponse strapi_error(int status, const std::string& name, const std::string& message) {
    return json_response(
        status,
        {{"data", nullptr},
         {"error", {{"status", status}, {"name", name}, {"message", message}, {"details", json::object()}}}});
}

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

std::string bearer_of(const ReceivedRequest& request) {
    const std::string authorization = request.header("authorization");
    if (authorization.size() <= 7 ||
        (authorization.rfind("Bearer ", 0) != 0 && authorization.rfind("bearer ", 0) != 0))
        return {};
    return authorization.substr(7);
}

std::optional<std::int64_t> parse_id(const std::string& text) {
    if (text.empty() || text.size() > 18 || !std::all_of(text.begin(), text.end(), ::isdigit))
        return std::nullopt;
    return std::stoll(text);
}

bool allowed_lifespan(const json& lifespan) {
    if (lifespan.is_null())
        return true;
    if (!lifespan.is_number_integer())
        return false;
    const auto ms = lifespan.get<std::int64_t>();
    return ms == 604800000 || ms == 2592000000 || ms == 7776000000;
}

// Whether a token may call a content-API action, as Strapi's api-token strategy decides.
bool grants(const json& token, const std::string& action) {
    const std::string type = token["type"];
    if (type == "full-access")
        return true;
    if (type == "read-only") {
        const auto dot = action.rfind('.');
        const std::string verb = action.substr(dot + 1);
        return verb == "find" || verb == "findOne";
    }
    const auto& permissions = token["permissions"];
    return std::find(permissions.begin(), permissions.end(), action) != permissions.end();
}

} // namespace

ContractReplay::ContractReplay(const std::filesystem::path& contract_dir, std::optional<std::int64_t> now_ms)
    : dir_(contract_dir), fixed_now_(now_ms), login_(load_exchange(contract_dir, "008-login.json")),
      refresh_(load_exchange(contract_dir, "010-access-token-with-refresh-cookie.json")),
      permissions_(load_exchange(contract_dir, "014-users-me-permissions.json")) {
    // The list as the recording ended: every type, lifespans, an expired token, used and unused ones.
    tokens_ = load_exchange(dir_, "131-list-final.json").response["body"]["data"];
    for (const auto& token : tokens_)
        keys_[token["id"].get<std::int64_t>()] = new_access_key();
    admin_jwts_.insert(admin_jwt());
}

std::string ContractReplay::admin_email() const {
    return login_.request["body"]["email"];
}
std::string ContractReplay::admin_password() const {
    return login_.request["body"]["password"];
}
std::string ContractReplay::admin_jwt() const {
    return login_.response["body"]["data"]["token"];
}
std::string ContractReplay::refreshed_jwt() const {
    return refresh_.response["body"]["data"]["token"];
}

void ContractReplay::expire_admin_jwts() {
    std::lock_guard lock(mutex_);
    admin_jwts_.clear();
}

std::int64_t ContractReplay::now_ms() const {
    if (fixed_now_)
        return *fixed_now_;
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

std::string ContractReplay::new_access_key() {
    // 128 bytes as 256 lower-case hex digits, like Strapi's; seeded so screenshots are stable.
    std::mt19937_64 random(key_seed_++);
    std::string key;
    char digits[17];
    for (int i = 0; i < 16; ++i) {
        std::snprintf(digits, sizeof digits, "%016llx", static_cast<unsigned long long>(random()));
        key += digits;
    }
    return key;
}

json* ContractReplay::find_token(std::int64_t id) {
    auto found = std::find_if(tokens_.begin(), tokens_.end(), [&](const json& t) { return t["id"] == id; });
    return found == tokens_.end() ? nullptr : &*found;
}

bool ContractReplay::signed_in(const ReceivedRequest& request) const {
    return admin_jwts_.contains(bearer_of(request));
}

CannedResponse ContractReplay::answer(const ReceivedRequest& request) {
    std::lock_guard lock(mutex_);
    const std::string path = request.target.substr(0, request.target.find('?'));
    if (path.rfind("/admin/", 0) == 0)
        return admin_api(request, path);
    if (path.rfind("/api/", 0) == 0)
        return content_api(request, path);
    return strapi_error(404, "NotFoundError", "Not Found");
}

CannedResponse ContractReplay::admin_api(const ReceivedRequest& request, const std::string& path) {
    const std::string& method = request.method;
    if (method == "POST" && path == "/admin/login") {
        const json body = json::parse(request.body, nullptr, false);
        if (!body.is_object() || !body.contains("password"))
            return canned(load_exchange(dir_, "007-login-missing-password.json"));
        if (body.value("email", "") == admin_email() && body.value("password", "") == admin_password())
            return canned(login_);
        return canned(load_exchange(dir_, "006-login-wrong-password.json"));
    }
    if (method == "POST" && path == "/admin/access-token") {
        if (request.header("cookie").find("strapi_admin_refresh=") == std::string::npos)
            return canned(load_exchange(dir_, "011-access-token-without-cookie.json"));
        admin_jwts_.insert(refreshed_jwt());
        return canned(refresh_);
    }
    if (!signed_in(request))
        return canned(load_exchange(dir_, "002-api-tokens-list-no-auth.json"));

    if (method == "GET" && path == "/admin/users/me/permissions")
        return canned(permissions_);
    if (method == "GET" && path == "/admin/users/me")
        return canned(load_exchange(dir_, "013-users-me.json"));
    if (method == "GET" && path == "/admin/content-api/permissions")
        return canned(load_exchange(dir_, "018-content-api-permissions.json"));
    if (method == "GET" && path == "/admin/content-api/routes")
        return canned(load_exchange(dir_, "019-content-api-routes.json"));

    const std::string collection = "/admin/api-tokens";
    if (path == collection) {
        if (method == "GET") {
            json listed = tokens_;
            // Strapi lists by name in byte order (SQLite).
            std::sort(listed.begin(), listed.end(), [](const json& a, const json& b) {
                return a["name"].get<std::string>() < b["name"].get<std::string>();
            });
            return json_response(200, {{"data", listed}});
        }
        if (method == "POST") {
            const json body = json::parse(request.body, nullptr, false);
            if (body.is_discarded())
                return canned(load_exchange(dir_, "091-err-malformed-json.json"));
            return create(body);
        }
        return canned(load_exchange(dir_, "098-err-method-not-allowed-patch.json"));
    }
    if (path.rfind(collection + "/", 0) == 0) {
        std::string rest = path.substr(collection.size() + 1);
        const bool regenerating = rest.size() > 11 && rest.ends_with("/regenerate");
        if (regenerating)
            rest.resize(rest.size() - 11);
        const auto id = parse_id(rest);
        if (regenerating && method == "POST")
            return id ? regenerate(*id) : strapi_error(404, "NotFoundError", "API Token not found");
        if (method == "GET") {
            json* token = id ? find_token(*id) : nullptr;
            if (token == nullptr)
                return strapi_error(404, "NotFoundError", "API Token not found");
            json shown = *token;
            shown["accessKey"] = keys_[*id]; // Strapi decrypts it for GET one; the page must drop it
            return json_response(200, {{"data", shown}});
        }
        if (method == "PUT") {
            const json body = json::parse(request.body, nullptr, false);
            if (body.is_discarded())
                return canned(load_exchange(dir_, "091-err-malformed-json.json"));
            return id ? update(*id, body) : strapi_error(404, "NotFoundError", "API Token not found");
        }
        if (method == "DELETE")
            return id ? remove(*id) : json_response(200, {{"data", nullptr}});
        return canned(load_exchange(dir_, "098-err-method-not-allowed-patch.json"));
    }
    return strapi_error(404, "NotFoundError", "Not Found");
}

CannedResponse ContractReplay::create(const json& body) {
    if (!body.is_object())
        return canned(load_exchange(dir_, "092-err-body-not-object.json"));
    const std::string name = body.contains("name") && body["name"].is_string() ? trimmed(body["name"]) : "";
    if (name.empty())
        return canned(load_exchange(dir_, "064-err-create-spaces-name.json"));
    if (std::any_of(tokens_.begin(), tokens_.end(), [&](const json& t) { return t["name"] == name; }))
        return canned(load_exchange(dir_, "066-err-create-duplicate-name.json"));
    const std::string type = body.value("type", "read-only");
    if (type != "read-only" && type != "full-access" && type != "custom")
        return canned(load_exchange(dir_, "069-err-create-invalid-type.json"));
    const json lifespan = body.value("lifespan", json(nullptr));
    if (!allowed_lifespan(lifespan))
        return canned(load_exchange(dir_, "076-err-create-lifespan-12345.json"));
    const json permissions = body.value("permissions", json(nullptr));
    if (type == "custom" && !permissions.is_array())
        return canned(load_exchange(dir_, "071-err-create-custom-missing-permissions.json"));
    if (type != "custom" && permissions.is_array() && !permissions.empty())
        return canned(load_exchange(dir_, "075-err-create-read-only-with-permissions.json"));

    std::int64_t id = 1;
    for (const auto& t : tokens_)
        id = std::max(id, t["id"].get<std::int64_t>() + 1);
    const Timestamp created{now_ms()};
    json token = {
        {"id", id},
        {"kind", "content-api"},
        {"name", name},
        {"description",
         body.contains("description") && body["description"].is_string() ? trimmed(body["description"]) : ""},
        {"type", type},
        {"lifespan", lifespan.is_null() ? json(nullptr) : json(std::to_string(lifespan.get<std::int64_t>()))},
        {"expiresAt", lifespan.is_null()
                          ? json(nullptr)
                          : json(format_iso8601(Timestamp{created.ms + lifespan.get<std::int64_t>()}))},
        {"lastUsedAt", nullptr},
        {"createdAt", format_iso8601(created)},
        {"updatedAt", format_iso8601(created)},
        {"permissions", type == "custom" ? permissions : json::array()},
    };
    tokens_.push_back(token);
    keys_[id] = new_access_key();
    token["accessKey"] = keys_[id];
    return json_response(201, {{"data", token}});
}

CannedResponse ContractReplay::update(std::int64_t id, const json& body) {
    json* token = find_token(id);
    if (token == nullptr)
        return strapi_error(404, "NotFoundError", "API Token not found");
    if (!body.is_object())
        return canned(load_exchange(dir_, "092-err-body-not-object.json"));
    for (const auto& [key, value] : body.items()) {
        if (key != "name" && key != "description" && key != "type" && key != "permissions")
            return canned(load_exchange(dir_, "047-update-unknown-field.json"));
    }
    if (body.contains("name")) {
        const std::string name = body["name"].is_string() ? trimmed(body["name"]) : "";
        if (name.empty())
            return canned(load_exchange(dir_, "052-update-empty-name.json"));
        if (std::any_of(tokens_.begin(), tokens_.end(),
                        [&](const json& t) { return t["name"] == name && t["id"] != id; }))
            return canned(load_exchange(dir_, "055-update-duplicate-name.json"));
        (*token)["name"] = name;
    }
    if (body.contains("description"))
        (*token)["description"] = body["description"].is_string() ? trimmed(body["description"]) : "";
    const std::string type = body.value("type", (*token)["type"].get<std::string>());
    const json permissions = body.value("permissions", json(nullptr));
    if (type == "custom" && !permissions.is_array() && (*token)["type"] != "custom")
        return canned(load_exchange(dir_, "050-update-to-custom-without-permissions.json"));
    (*token)["type"] = type;
    if (type != "custom") {
        (*token)["permissions"] = json::array();
    } else if (permissions.is_array()) {
        (*token)["permissions"] = permissions;
    }
    (*token)["updatedAt"] = format_iso8601(Timestamp{now_ms()});
    return json_response(200, {{"data", *token}});
}

CannedResponse ContractReplay::regenerate(std::int64_t id) {
    if (find_token(id) == nullptr)
        return canned(load_exchange(dir_, "097-err-regenerate-nonexistent.json"));
    keys_[id] = new_access_key();
    return json_response(201, {{"data", {{"id", id}, {"accessKey", keys_[id]}, {"kind", "content-api"}}}});
}

CannedResponse ContractReplay::remove(std::int64_t id) {
    json* token = find_token(id);
    if (token == nullptr)
        return canned(load_exchange(dir_, "096-err-delete-nonexistent.json"));
    json removed = *token;
    tokens_.erase(std::find(tokens_.begin(), tokens_.end(), removed));
    keys_.erase(id);
    return json_response(200, {{"data", removed}});
}

CannedResponse ContractReplay::content_api(const ReceivedRequest& request, const std::string& path) {
    const std::string key = bearer_of(request);
    if (key.empty())
        return canned(load_exchange(dir_, "099-content-get-no-token.json"));
    auto owner =
        std::find_if(keys_.begin(), keys_.end(), [&](const auto& entry) { return entry.second == key; });
    json* token = owner == keys_.end() ? nullptr : find_token(owner->first);
    if (token == nullptr)
        return canned(load_exchange(dir_, "100-content-get-bad-token.json"));
    const auto& expires = (*token)["expiresAt"];
    if (expires.is_string() && parse_iso8601(expires.get<std::string>())->ms <= now_ms())
        return canned(load_exchange(dir_, "116-content-get-expired-token.json"));
    (*token)["lastUsedAt"] = format_iso8601(Timestamp{now_ms()});

    std::string action;
    if (path == "/api/restaurants")
        action = request.method == "POST" ? "api::restaurant.restaurant.create"
                                          : "api::restaurant.restaurant.find";
    else if (path == "/api/homepage")
        action = request.method == "PUT" ? "api::homepage.homepage.update" : "api::homepage.homepage.find";
    if (action.empty() || !grants(*token, action))
        return canned(load_exchange(dir_, "104-content-post-read-only-forbidden.json"));
    if (request.method == "POST")
        return canned(load_exchange(dir_, "105-content-post-full-access.json"));
    if (path == "/api/homepage")
        return canned(load_exchange(dir_, "109-content-get-homepage-read-only.json"));
    return canned(load_exchange(dir_, "102-content-get-read-only.json"));
}

} // namespace imt::test
