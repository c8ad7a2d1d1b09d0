#include "server_rules_oracle.hpp"

#include "core/text.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <string_view>

namespace imt::test {

namespace {

using nlohmann::json;

FieldError finding(std::string field, std::string key) {
    return FieldError{std::move(field), std::move(key), {}};
}

const json* member(const json& body, std::string_view key) {
    if (!body.is_object()) {
        return nullptr;
    }
    const auto found = body.find(key);
    return found == body.end() ? nullptr : &*found;
}

// JavaScript's String(n) for the numbers JSON can carry: integral values below 1e21 print without
// a fraction; the rest only needs to be non-empty for these rules, so nlohmann's shortest form does.
std::string js_number(const json& number) {
    if (number.is_number_float()) {
        const double value = number.get<double>();
        if (value == 0) {
            return "0"; // String(-0) is "0"
        }
        if (std::trunc(value) == value && std::fabs(value) < 1e21) {
            std::array<char, 32> digits{};
            std::snprintf(digits.data(), digits.size(), "%.0f", value);
            return digits.data();
        }
    }
    return number.dump();
}

// lodash baseToString: inside arrays null becomes "null" (only a top-level nil becomes "").
std::string base_to_string(const json& value) {
    switch (value.type()) {
    case json::value_t::string:
        return value.get<std::string>();
    case json::value_t::null:
        return "null";
    case json::value_t::boolean:
        return value.get<bool>() ? "true" : "false";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float:
        return js_number(value);
    case json::value_t::array: {
        std::string joined;
        for (std::size_t i = 0; i < value.size(); ++i) {
            joined += (i == 0 ? "" : ",") + base_to_string(value[i]);
        }
        return joined;
    }
    default:
        return "[object Object]";
    }
}

constexpr std::array<std::string_view, 3> kTypes = {"read-only", "full-access", "custom"};
constexpr std::array<std::int64_t, 3> kLifespans = {7 * kDayMs, 30 * kDayMs, 90 * kDayMs};

bool valid_type(const json& type) {
    return type.is_string() &&
           std::find(kTypes.begin(), kTypes.end(), type.get<std::string>()) != kTypes.end();
}

// yup's strict number().oneOf([null, 7d, 30d, 90d]); JavaScript has one number type, so 604800000.0
// is the same value as 604800000.
bool valid_lifespan(const json& lifespan) {
    if (lifespan.is_null()) {
        return true;
    }
    if (!lifespan.is_number()) {
        return false;
    }
    const double value = lifespan.get<double>();
    return std::any_of(kLifespans.begin(), kLifespans.end(),
                       [&](std::int64_t allowed) { return static_cast<double>(allowed) == value; });
}

// yup's array().of(string()).nullable(), strict.
bool valid_permissions_shape(const json& permissions) {
    return permissions.is_null() ||
           (permissions.is_array() && std::all_of(permissions.begin(), permissions.end(),
                                                  [](const json& item) { return item.is_string(); }));
}

// The schema's type and permissions rules, shared by create and update.
void check_type_and_permissions_shape(const json& body, std::vector<FieldError>& errors) {
    const json* type = member(body, "type");
    if (type != nullptr && !valid_type(*type)) {
        errors.push_back(finding("type", "validation.type.invalid"));
    }
    const json* permissions = member(body, "permissions");
    if (permissions != nullptr && !valid_permissions_shape(*permissions)) {
        errors.push_back(finding("permissions", "validation.permissions.invalid"));
    }
}

bool trims_to_empty(const json* value) {
    return value == nullptr || trim(js_to_string(*value)).empty();
}

bool has_unknown(const json& permissions, const PermissionCatalogue& catalogue) {
    return !catalogue.empty() && permissions.is_array() &&
           std::any_of(permissions.begin(), permissions.end(),
                       [&](const json& item) { return !catalogue.contains(item.get<std::string>()); });
}

// The service's assertCustomTokenPermissionsValidity. `permissions` null stands for an absent or null
// attribute; the schema stage has already proven it is an array of strings otherwise.
void check_permissions_for_type(bool custom, const json& permissions, const PermissionCatalogue& catalogue,
                                std::vector<FieldError>& errors) {
    const bool non_empty = permissions.is_array() && !permissions.empty();
    if (!custom && non_empty) {
        errors.push_back(finding("permissions", "validation.permissions.not_custom"));
    } else if (custom && !permissions.is_array()) {
        errors.push_back(finding("permissions", "validation.permissions.missing"));
    } else if (custom && has_unknown(permissions, catalogue)) {
        errors.push_back(finding("permissions", "validation.permissions.unknown"));
    }
}

} // namespace

std::string js_to_string(const json& value) {
    return value.is_null() ? std::string() : base_to_string(value);
}

std::vector<FieldError> check_create_body(const json& body, const PermissionCatalogue& catalogue) {
    // The controller copies only known attributes (a non-object body has none) and the schema then
    // sees name and description as trimmed strings: they can only be empty, never mistyped.
    std::vector<FieldError> errors;
    if (trims_to_empty(member(body, "name"))) {
        errors.push_back(finding("name", "validation.name.required"));
    }
    check_type_and_permissions_shape(body, errors);
    const json* lifespan = member(body, "lifespan");
    if (lifespan != nullptr && !valid_lifespan(*lifespan)) {
        errors.push_back(finding("lifespan", "validation.lifespan.invalid"));
    }
    if (!errors.empty()) {
        return errors;
    }

    // An absent type is read-only by default, so it is not custom.
    const json* type = member(body, "type");
    const json* permissions = member(body, "permissions");
    const bool custom = type != nullptr && type->get<std::string>() == "custom";
    check_permissions_for_type(custom, permissions != nullptr ? *permissions : json(), catalogue, errors);
    return errors;
}

std::vector<FieldError> check_update_body(const json& body, const PermissionCatalogue& catalogue) {
    return check_update_body(body, catalogue, std::nullopt);
}

std::vector<FieldError> check_update_body(const json& body, const PermissionCatalogue& catalogue,
                                          std::optional<TokenType> stored_type) {
    std::vector<FieldError> errors;
    if (!body.is_object()) {
        errors.push_back(finding("", "validation.body.invalid"));
        return errors;
    }
    bool unknown_keys = false;
    for (const auto& item : body.items()) {
        const std::string& key = item.key();
        unknown_keys =
            unknown_keys || (key != "name" && key != "description" && key != "type" && key != "permissions");
    }
    if (unknown_keys) {
        errors.push_back(finding("", "validation.body.unknown_keys"));
    }
    // Only a name that is present is trimmed and checked (null counts as present and empty).
    const json* name = member(body, "name");
    if (name != nullptr && trims_to_empty(name)) {
        errors.push_back(finding("name", "validation.name.required"));
    }
    check_type_and_permissions_shape(body, errors);
    if (!errors.empty()) {
        return errors;
    }

    // The service re-checks permissions only when they are sent or the type changes to custom.
    const json* type = member(body, "type");
    const json* permissions = member(body, "permissions");
    const std::optional<TokenType> incoming =
        type != nullptr ? token_type_from_wire(type->get<std::string>()) : std::nullopt;
    const std::optional<TokenType> resolved = incoming ? incoming : stored_type;
    const bool to_custom = incoming == TokenType::Custom && stored_type != TokenType::Custom;
    if (permissions == nullptr && !to_custom) {
        return errors;
    }
    // The stored permissions are not loaded for this check, so null or absent means "missing".
    const json sent = permissions != nullptr ? *permissions : json();
    if (resolved) {
        check_permissions_for_type(resolved == TokenType::Custom, sent, catalogue, errors);
    } else if (has_unknown(sent, catalogue)) {
        // Stored type unknown: non-empty unknown ids fail either way (as unknown, or as not custom).
        errors.push_back(finding("permissions", "validation.permissions.unknown"));
    }
    return errors;
}

} // namespace imt::test
