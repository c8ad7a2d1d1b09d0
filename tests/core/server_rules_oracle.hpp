#pragma once
// TEST ORACLE, not product code: an offline mirror of Strapi's server-side rules, @strapi/admin 5.54's
// checks on POST /admin/api-tokens and PUT /admin/api-tokens/:id (controller trimming, the yup
// schemas, then the service's permission rules), so the tests can judge request bodies without a
// server. server_rules_test.cpp holds it to the verdicts recorded from the real Strapi. Nothing in
// src/ uses it; the page's own checks are core/validation.hpp. Like the server, the schema stage
// decides alone: service rules only run on a body whose schema checks passed. "Name already taken"
// needs the database and is not checked here.
//
// Keys: validation.name.required, validation.lifespan.invalid, validation.type.invalid,
// validation.permissions.{invalid,missing,not_custom,unknown}, validation.body.unknown_keys (update),
// validation.body.invalid (update body that is not a JSON object). One finding per field and rule.

#include "core/api_error.hpp"
#include "core/model.hpp"
#include "core/permission_catalogue.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace imt::test {

// Unknown permissions are only judged against a non-empty catalogue.
std::vector<FieldError> check_create_body(const nlohmann::json& body, const PermissionCatalogue& catalogue);

// Without the stored token's type, a body that sets type "custom" is taken as a change to custom
// (permissions then required), and permissions sent without a type are only checked for unknown ids.
std::vector<FieldError> check_update_body(const nlohmann::json& body, const PermissionCatalogue& catalogue);
std::vector<FieldError> check_update_body(const nlohmann::json& body, const PermissionCatalogue& catalogue,
                                          std::optional<TokenType> stored_type);

// lodash's toString, which the controller applies (through trim) to name and description: null -> "",
// numbers and booleans as JavaScript prints them, arrays joined by commas, objects "[object Object]".
std::string js_to_string(const nlohmann::json& value);

} // namespace imt::test
