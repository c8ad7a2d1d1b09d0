#include "core/civil_time.hpp"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

using namespace imt;

TEST_CASE("Timestamps read as UTC calendar dates", "[time][civil]") {
    struct Row {
        std::int64_t ms;
        CivilDate date;
        int weekday;
    };
    const auto row = GENERATE(values<Row>({
        {0, {1970, 1, 1, 0, 0, 0}, 4},                  // a Thursday
        {1796419569379, {2026, 12, 4, 21, 26, 9}, 5},   // "2026-12-04T21:26:09.379Z", milliseconds dropped
        {1795814903369, {2026, 11, 27, 21, 28, 23}, 5}, // exchange 023 createdAt
        {1798406903369, {2026, 12, 27, 21, 28, 23}, 0}, // exchange 023 expiresAt, a Sunday
        {1709208000000, {2024, 2, 29, 12, 0, 0}, 4},    // leap day
        {951782400000, {2000, 2, 29, 0, 0, 0}, 2},      // 2000 is a leap year (divisible by 400)
        {-2203891200000, {1900, 3, 1, 0, 0, 0}, 4},     // 1900 is not: Feb 28 is followed by Mar 1
        {-1000, {1969, 12, 31, 23, 59, 59}, 3},         // before the epoch
        {-1, {1969, 12, 31, 23, 59, 59}, 3},            // floors, does not round towards zero
        {253402300799999, {9999, 12, 31, 23, 59, 59}, 5},
    }));
    CAPTURE(row.ms);
    CHECK(to_civil_utc(Timestamp{row.ms}) == row.date);
    CHECK(weekday_utc(Timestamp{row.ms}) == row.weekday);
    CHECK(from_civil_utc(row.date).ms == row.ms - ((row.ms % 1000 + 1000) % 1000));
}

TEST_CASE("Every day from 1900 to 2100 converts there and back", "[time][civil]") {
    constexpr std::int64_t kDay = 86'400'000;
    CivilDate previous = to_civil_utc(Timestamp{-2208988800000 - kDay});     // 1899-12-31
    for (std::int64_t ms = -2208988800000; ms < 4102444800000; ms += kDay) { // 1900-01-01 .. 2100-01-01
        const CivilDate date = to_civil_utc(Timestamp{ms + 12 * 3600 * 1000});
        REQUIRE(from_civil_utc(date).ms == ms + 12 * 3600 * 1000);
        // Consecutive days: either the next day of the month, or the 1st of the next month.
        const bool next_day = date.day == previous.day + 1 && date.month == previous.month;
        const bool next_month = date.day == 1 && (date.month == previous.month % 12 + 1);
        REQUIRE((next_day || next_month));
        REQUIRE(date.hour == 12);
        previous = date;
    }
    CHECK(previous == CivilDate{2099, 12, 31, 12, 0, 0});
}

TEST_CASE("Out-of-range fields carry over like mktime", "[time][civil]") {
    CHECK(to_civil_utc(from_civil_utc({2026, 13, 1, 0, 0, 0})) == CivilDate{2027, 1, 1, 0, 0, 0});
    CHECK(to_civil_utc(from_civil_utc({2026, 0, 1, 0, 0, 0})) == CivilDate{2025, 12, 1, 0, 0, 0});
    CHECK(to_civil_utc(from_civil_utc({2026, 2, 29, 0, 0, 0})) == CivilDate{2026, 3, 1, 0, 0, 0});
    CHECK(to_civil_utc(from_civil_utc({2026, 12, 31, 24, 0, 0})) == CivilDate{2027, 1, 1, 0, 0, 0});
}
