#pragma once
// Shared steps of the headless UI tests: a driver answering from the recorded Strapi 5.54 contract,
// and the few steps every flow starts with.

#include "platform/headless/headless_driver.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace imt::test {

using headless::Driver;

// 2026-11-27T21:40:00Z: a few minutes after the contract was recorded.
inline constexpr Timestamp kRecordingTime{1795815600000};
inline constexpr std::int64_t kHourMs = 60LL * 60 * 1000;

headless::DriverOptions driver_options(Timestamp now = kRecordingTime);
// A display tall enough for the fifteen rows of the recorded list 034 without scrolling.
headless::DriverOptions tall_driver_options(Timestamp now = kRecordingTime);

// The admin's api-tokens grants, as Strapi names them ("read" for admin::api-tokens.read).
using Grants = std::vector<std::string>;
Grants all_grants();

// GET /admin/users/me/permissions as recorded for the super admin (014), keeping every permission
// outside the API tokens settings and only the api-tokens actions in `grants`.
std::string permissions_body(const Grants& grants);
// The body of Strapi's 403 ForbiddenError, as recorded.
std::string forbidden_body();

// A session handed over by the host, the permissions answered, the list answered with `list`.
void sign_in(Driver& driver, const Grants& grants = all_grants(),
             const std::string& list = "020-list-initial");

// Clicks "Create new API Token" and answers the permission catalogue (018, 019).
void open_create_form(Driver& driver);
// Clicks a row's name and answers the permission catalogue.
void open_token(Driver& driver, const std::string& name);

// Opens a permissions section (an API or plugin) unless it is open already.
void open_section(Driver& driver, const std::string& label);

// The JSON body of the last request sent with this method and path shape.
nlohmann::json last_body(const Driver& driver, HttpMethod method);
std::size_t count_sent(const Driver& driver, HttpMethod method, const std::string& path_shape);

bool is_hex(std::string_view text);

} // namespace imt::test
