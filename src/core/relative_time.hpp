#pragma once
// "3 hours ago", "in 2 days", "last hour", "Never": the coarse relative times the token table shows.
// The clock is injected: callers pass `now`, so the same instant always reads the same.

#include "core/model.hpp"

#include <cstdint>
#include <optional>

namespace imt {

struct RelativeTime {
    enum class Unit { Never, JustNow, Minutes, LastHour, Hours, Days, Months, Years };
    Unit unit = Unit::Never;
    std::int64_t count = 0; // >0 for Minutes and Hours..Years (floored); 0 for Never, JustNow, LastHour
    bool future = false;    // `then` lies after `now`
    friend bool operator==(const RelativeTime&, const RelativeTime&) = default;
};

// How to say "less than an hour". Strapi writes lastUsedAt at most hourly, so "last hour" is all
// that is known there; a creation time is exact and reads better in minutes.
enum class UnderAnHour { LastHour, Minutes };

// No time -> Never; under an hour either way -> LastHour, or JustNow below a minute and Minutes
// beyond; then hours below a day, days below 30 days, 30-day months below 365 days, and 365-day
// years beyond.
RelativeTime relative_time(std::optional<Timestamp> then, Timestamp now,
                           UnderAnHour under_an_hour = UnderAnHour::LastHour);

} // namespace imt
