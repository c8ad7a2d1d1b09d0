#include "core/relative_time.hpp"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <cstdint>
#include <optional>

using namespace imt;
using Unit = RelativeTime::Unit;

namespace {
constexpr std::int64_t kSecond = 1000;
constexpr std::int64_t kMinute = 60 * kSecond;
constexpr std::int64_t kHour = 60 * kMinute;
constexpr std::int64_t kDay = 24 * kHour;
// The moment exchange 023 was recorded: 2026-11-27T21:28:23.369Z.
constexpr Timestamp kNow{1795814903369};
} // namespace

TEST_CASE("A token never used reads Never", "[time][relative]") {
    CHECK(relative_time(std::nullopt, kNow) == RelativeTime{Unit::Never, 0, false});
}

TEST_CASE("Past times read in the largest whole unit, like Strapi's Last used column", "[time][relative]") {
    struct Row {
        std::int64_t ago;
        Unit unit;
        std::int64_t count;
    };
    const auto row = GENERATE(values<Row>({
        {0, Unit::LastHour, 0}, // used right now
        {30 * kSecond, Unit::LastHour, 0},
        {kHour - 1, Unit::LastHour, 0}, // Strapi writes lastUsedAt at most hourly: "last hour"
        {kHour, Unit::Hours, 1},
        {3 * kHour + 59 * kMinute, Unit::Hours, 3}, // floored, not rounded
        {kDay - 1, Unit::Hours, 23},
        {kDay, Unit::Days, 1},
        {6 * kDay + 23 * kHour, Unit::Days, 6},
        {30 * kDay - 1, Unit::Days, 29},
        {30 * kDay, Unit::Months, 1},
        {59 * kDay, Unit::Months, 1},
        {364 * kDay, Unit::Months, 12},
        {365 * kDay, Unit::Years, 1},
        {3 * 365 * kDay + 200 * kDay, Unit::Years, 3},
    }));
    CAPTURE(row.ago);
    const RelativeTime shown = relative_time(Timestamp{kNow.ms - row.ago}, kNow);
    CHECK(shown.unit == row.unit);
    CHECK(shown.count == row.count);
    CHECK_FALSE(shown.future);
}

TEST_CASE("Future times (an expiry date, a skewed clock) read the same way, marked future",
          "[time][relative]") {
    CHECK(relative_time(Timestamp{kNow.ms + 3 * kHour}, kNow) == RelativeTime{Unit::Hours, 3, true});
    CHECK(relative_time(Timestamp{kNow.ms + 30 * kDay}, kNow) == RelativeTime{Unit::Months, 1, true});
    CHECK(relative_time(Timestamp{kNow.ms + 5 * kMinute}, kNow) == RelativeTime{Unit::LastHour, 0, true});
    // Exchange 023's token expires 30 days after it was created.
    CHECK(relative_time(Timestamp{1798406903369}, kNow) == RelativeTime{Unit::Months, 1, true});
}

TEST_CASE("Extreme timestamps do not overflow", "[time][relative]") {
    const Timestamp earliest{INT64_MIN};
    const Timestamp latest{INT64_MAX};
    const RelativeTime far_past = relative_time(earliest, latest);
    CHECK(far_past.unit == Unit::Years);
    CHECK(far_past.count > 0);
    CHECK_FALSE(far_past.future);
    CHECK(relative_time(latest, earliest).future);
}

TEST_CASE("A creation time under an hour old reads in minutes, not as 'last hour'") {
    const Timestamp now{1'795'815'500'000};
    CHECK(relative_time(Timestamp{now.ms - 20'000}, now, UnderAnHour::Minutes) ==
          RelativeTime{Unit::JustNow, 0, false});
    CHECK(relative_time(Timestamp{now.ms - 61'000}, now, UnderAnHour::Minutes) ==
          RelativeTime{Unit::Minutes, 1, false});
    CHECK(relative_time(Timestamp{now.ms - 59 * 60'000}, now, UnderAnHour::Minutes) ==
          RelativeTime{Unit::Minutes, 59, false});
    CHECK(relative_time(Timestamp{now.ms - 60 * 60'000}, now, UnderAnHour::Minutes) ==
          RelativeTime{Unit::Hours, 1, false});
}
