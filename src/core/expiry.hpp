#pragma once
// Where a token stands against its expiry date, for the list's status column and the edit form.

#include "core/model.hpp"

#include <cstdint>

namespace imt {

inline constexpr std::int64_t kExpiryWarningDays = 7;

struct ExpiryStatus {
    enum class Kind { Unlimited, Active, Expired };
    Kind kind = Kind::Unlimited;
    std::int64_t days_left = 0; // Active only: remaining time in days, rounded up (so never 0)
    bool warning = false;       // Active with fewer than kExpiryWarningDays days left
    friend bool operator==(const ExpiryStatus&, const ExpiryStatus&) = default;
};

// Judged by expires_at alone (Strapi fixes it at creation): none -> Unlimited; at or before `now` ->
// Expired. Strapi itself still accepts a token in the very millisecond of its expiry; the page
// calls it expired already rather than promise "0 days".
ExpiryStatus expiry_status(const ApiToken& token, Timestamp now);

} // namespace imt
