// ISO-8601 timestamps as Strapi writes them. Expected instants were computed independently
// (Python's datetime in UTC), not by the code under test.

#include "core/iso8601.hpp"

#include <catch2/catch_test_macros.hpp>

namespace {

std::int64_t ms_of(std::string_view text) {
    const auto parsed = imt::parse_iso8601(text);
    REQUIRE(parsed.has_value());
    return parsed->ms;
}

} // namespace

TEST_CASE("Strapi's timestamps parse to the instant they name", "[iso8601]") {
    CHECK(ms_of("1970-01-01T00:00:00.000Z") == 0);
    CHECK(ms_of("1970-01-01T00:00:00.001Z") == 1);
    CHECK(ms_of("2026-12-04T21:26:09.379Z") == 1796419569379);
    CHECK(ms_of("2000-02-29T00:00:00.000Z") == 951782400000);
    CHECK(ms_of("2000-03-01T00:00:00.000Z") == 951868800000);
    CHECK(ms_of("2024-02-29T12:00:00.000Z") == 1709208000000);
    CHECK(ms_of("2100-03-01T00:00:00.000Z") == 4107542400000);
    CHECK(ms_of("9999-12-31T23:59:59.999Z") == 253402300799999);
}

TEST_CASE("fewer than three fractional digits still mean milliseconds", "[iso8601]") {
    CHECK(ms_of("2026-12-04T21:26:09Z") == 1796419569000);
    CHECK(ms_of("2026-12-04T21:26:09.3Z") == 1796419569300);
    CHECK(ms_of("2026-12-04T21:26:09.37Z") == 1796419569370);
    CHECK(ms_of("2026-12-04T21:26:09.379Z") == 1796419569379);
}

TEST_CASE("formatting always writes milliseconds and reads back the same instant", "[iso8601]") {
    CHECK(imt::format_iso8601({0}) == "1970-01-01T00:00:00.000Z");
    CHECK(imt::format_iso8601({1796419569379}) == "2026-12-04T21:26:09.379Z");
    CHECK(imt::format_iso8601({951782400000}) == "2000-02-29T00:00:00.000Z");
    CHECK(imt::format_iso8601({4107542400000 - 1}) == "2100-02-28T23:59:59.999Z");
    CHECK(imt::format_iso8601({253402300799999}) == "9999-12-31T23:59:59.999Z");
}

TEST_CASE("every day from 1970 to 9999 follows the one before it", "[iso8601]") {
    // Formatting then parsing each sampled midnight gives it back, and one more day is the next date.
    std::int64_t checked = 0;
    const std::int64_t last_day = 253402300799999 / imt::kDayMs;
    for (std::int64_t day = 0; day <= last_day; day += (day > 10'500 && day < 11'700) ? 1 : 37) {
        const imt::Timestamp midnight{day * imt::kDayMs};
        const std::string text = imt::format_iso8601(midnight);
        const auto back = imt::parse_iso8601(text);
        REQUIRE(back.has_value());
        REQUIRE(back->ms == midnight.ms);
        const auto next = imt::parse_iso8601(imt::format_iso8601({midnight.ms + imt::kDayMs}));
        if (day < last_day) {
            REQUIRE(next.has_value());
            REQUIRE(next->ms - midnight.ms == imt::kDayMs);
        }
        ++checked;
    }
    CHECK(checked > 70'000);
}

TEST_CASE("leap days exist exactly in leap years", "[iso8601]") {
    CHECK(imt::parse_iso8601("2024-02-29T00:00:00.000Z").has_value());
    CHECK(imt::parse_iso8601("2000-02-29T00:00:00.000Z").has_value()); // divisible by 400
    CHECK_FALSE(imt::parse_iso8601("2023-02-29T00:00:00.000Z").has_value());
    CHECK_FALSE(imt::parse_iso8601("2100-02-29T00:00:00.000Z").has_value()); // century, not by 400
    CHECK_FALSE(imt::parse_iso8601("2026-04-31T00:00:00.000Z").has_value());
}

TEST_CASE("anything but the UTC form Strapi writes is refused", "[iso8601]") {
    for (const char* garbage : {
             "",
             "2026",
             "2026-12-04",
             "2026-12-04T21:26:09.379",       // no zone
             "2026-12-04T21:26:09.379+00:00", // offsets are not what Strapi sends
             "2026-12-04T21:26:09.379z",
             "2026-12-04 21:26:09.379Z",
             "2026-12-04T21:26:09.3790Z", // four fractional digits
             "2026-12-04T21:26:09.Z",
             "2026-12-04T21:26:09.379ZZ",
             "2026-13-04T21:26:09.379Z",
             "2026-00-04T21:26:09.379Z",
             "2026-12-00T21:26:09.379Z",
             "2026-12-04T24:00:00.000Z",
             "2026-12-04T21:60:09.379Z",
             "2026-12-04T21:26:60.000Z",
             "1969-12-31T23:59:59.999Z",
             "10000-01-01T00:00:00.000Z",
             "+2026-12-04T21:26:09.379Z",
             "2026-1a-04T21:26:09.379Z",
             "2026-12-04T21:26:09.-79Z",
             " 2026-12-04T21:26:09.379Z",
         }) {
        INFO(garbage);
        CHECK_FALSE(imt::parse_iso8601(garbage).has_value());
    }
}
