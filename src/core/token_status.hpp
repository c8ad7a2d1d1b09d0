#pragma once
// The list's hygiene filters: which tokens are active, expire within 7 days, are expired, were never
// used, or have not been used for 30 days or more; how many of each there are.

#include "core/model.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace imt {

enum class TokenStatus : std::uint8_t { Active, ExpiresSoon, Expired, NeverUsed, Unused30Days };

inline constexpr std::array<TokenStatus, 5> kTokenStatuses = {TokenStatus::Active, TokenStatus::ExpiresSoon,
                                                              TokenStatus::Expired, TokenStatus::NeverUsed,
                                                              TokenStatus::Unused30Days};
inline constexpr std::int64_t kExpiresSoonDays = 7;
inline constexpr std::int64_t kUnusedDays = 30;

// A stable name for ids and tests: "active", "expires-soon", "expired", "never-used", "unused-30-days".
std::string_view status_id(TokenStatus status);

// A token can have several: an expired token that was never used is both. Active is "not expired"
// (Unlimited included); ExpiresSoon is active with at most 7 days left; Unused30Days needs a
// last use, 30 days or more before `now` (never used is its own status).
bool has_status(const ApiToken& token, TokenStatus status, Timestamp now);

struct StatusCounts {
    std::array<std::size_t, kTokenStatuses.size()> by_status{};
    std::size_t of(TokenStatus status) const { return by_status[static_cast<std::size_t>(status)]; }
    friend bool operator==(const StatusCounts&, const StatusCounts&) = default;
};

StatusCounts count_statuses(const std::vector<ApiToken>& tokens, Timestamp now);

// The first moment after `now` at which one of the tokens' statuses changes (an expiry, 7 days
// before one, 30 days after a last use); Timestamp{INT64_MAX} when none ever will. Until then the
// counts and a filtered list stay true, so they are judged again only when the list or this moment
// comes, never per frame.
Timestamp next_status_change(const std::vector<ApiToken>& tokens, Timestamp now);

} // namespace imt
