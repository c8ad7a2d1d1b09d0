#pragma once
// "3 hours ago", "in 2 days", "last hour", "Never": the coarse relative times the token table shows.
// The clock is injected: callers pass `now`, so the same instant always reads the same.

#include "core/model.hpp"

#include <cstdint>
#include <optional>

namespace imt {

struct RelativeTime {
    enum class Unit { Never, LastHour, Hours, Days, Months, Years };
    Unit unit = Unit::Never;
    std::int64_t count = 0; // >0 for Hours..Years (floored); 0 for Never and LastHour
    bool future = false;    // `then` lies after `now`
    friend bool operator==(const RelativeTime&, const RelativeTime&) = default;
};

// No time -> Never; under an hour either way -> LastHour (Strapi's "last hour"); then hours below a
// day, days below 30 days, 30-day months below 365 days, and 365-day years beyond.
RelativeTime relative_time(std::optional<Timestamp> then, Timestamp now);

} // namespace imt
