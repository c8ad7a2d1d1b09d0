#include "core/relative_time.hpp"

namespace imt {

namespace {
constexpr std::int64_t kMinuteMs = 60LL * 1000;
constexpr std::int64_t kHourMs = 60 * kMinuteMs;
} // namespace

RelativeTime relative_time(std::optional<Timestamp> then, Timestamp now, UnderAnHour under_an_hour) {
    if (!then) {
        return {};
    }
    const bool future = then->ms > now.ms;
    // Unsigned, so the distance between the two extreme timestamps cannot overflow.
    const std::uint64_t distance =
        future ? static_cast<std::uint64_t>(then->ms) - static_cast<std::uint64_t>(now.ms)
               : static_cast<std::uint64_t>(now.ms) - static_cast<std::uint64_t>(then->ms);
    const auto in = [&](std::int64_t unit_ms) {
        return static_cast<std::int64_t>(distance / static_cast<std::uint64_t>(unit_ms));
    };

    using Unit = RelativeTime::Unit;
    if (distance < static_cast<std::uint64_t>(kHourMs)) {
        if (under_an_hour == UnderAnHour::LastHour) {
            return {Unit::LastHour, 0, future};
        }
        if (distance < static_cast<std::uint64_t>(kMinuteMs)) {
            return {Unit::JustNow, 0, future};
        }
        return {Unit::Minutes, in(kMinuteMs), future};
    }
    if (distance < static_cast<std::uint64_t>(kDayMs)) {
        return {Unit::Hours, in(kHourMs), future};
    }
    const std::int64_t days = in(kDayMs);
    if (days < 30) {
        return {Unit::Days, days, future};
    }
    if (days < 365) {
        return {Unit::Months, days / 30, future};
    }
    return {Unit::Years, days / 365, future};
}

} // namespace imt
