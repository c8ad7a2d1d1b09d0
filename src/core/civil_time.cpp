#include "core/civil_time.hpp"

namespace imt {

namespace {

constexpr std::int64_t kSecondMs = 1000;
constexpr std::int64_t kDaySeconds = 24 * 60 * 60;

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
    const std::int64_t quotient = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? quotient - 1 : quotient;
}

// Days since 1970-01-01 for a proleptic Gregorian date, counting in 400-year eras that start on
// March 1st so the leap day falls at the end of each year.
std::int64_t days_from_civil(std::int64_t year, std::int64_t month, std::int64_t day) {
    year -= month <= 2 ? 1 : 0;
    const std::int64_t era = floor_div(year, 400);
    const std::int64_t year_of_era = year - era * 400;                        // 0..399
    const std::int64_t shifted_month = month > 2 ? month - 3 : month + 9;     // March = 0
    const std::int64_t day_of_year = (153 * shifted_month + 2) / 5 + day - 1; // 0..365
    const std::int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + day_of_era - 719468; // 719468 = days from 0000-03-01 to 1970-01-01
}

CivilDate civil_from_days(std::int64_t days) {
    days += 719468;
    const std::int64_t era = floor_div(days, 146097);
    const std::int64_t day_of_era = days - era * 146097; // 0..146096
    const std::int64_t year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365; // 0..399
    const std::int64_t day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    const std::int64_t shifted_month = (5 * day_of_year + 2) / 153; // March = 0
    CivilDate date;
    date.day = static_cast<int>(day_of_year - (153 * shifted_month + 2) / 5 + 1);
    date.month = static_cast<int>(shifted_month < 10 ? shifted_month + 3 : shifted_month - 9);
    date.year = static_cast<int>(year_of_era + era * 400 + (date.month <= 2 ? 1 : 0));
    return date;
}

} // namespace

CivilDate to_civil_utc(Timestamp time) {
    const std::int64_t seconds = floor_div(time.ms, kSecondMs);
    const std::int64_t days = floor_div(seconds, kDaySeconds);
    const std::int64_t second_of_day = seconds - days * kDaySeconds;
    CivilDate date = civil_from_days(days);
    date.hour = static_cast<int>(second_of_day / 3600);
    date.minute = static_cast<int>(second_of_day % 3600 / 60);
    date.second = static_cast<int>(second_of_day % 60);
    return date;
}

Timestamp from_civil_utc(const CivilDate& date) {
    // Normalise the month first so days_from_civil sees 1..12; the other fields add up linearly.
    const std::int64_t month_index = static_cast<std::int64_t>(date.month) - 1;
    const std::int64_t year = date.year + floor_div(month_index, 12);
    const std::int64_t month = month_index - floor_div(month_index, 12) * 12 + 1;
    const std::int64_t days = days_from_civil(year, month, 1) + (date.day - 1);
    const std::int64_t seconds =
        days * kDaySeconds + std::int64_t{date.hour} * 3600 + std::int64_t{date.minute} * 60 + date.second;
    return Timestamp{seconds * kSecondMs};
}

int weekday_utc(Timestamp time) {
    const std::int64_t days = floor_div(floor_div(time.ms, kSecondMs), kDaySeconds);
    // 1970-01-01 was a Thursday (4).
    return static_cast<int>(days - floor_div(days + 4, 7) * 7 + 4);
}

} // namespace imt
