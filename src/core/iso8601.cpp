#include "core/iso8601.hpp"

#include <array>
#include <cstdio>

namespace imt {
namespace {

constexpr std::int64_t kSecondMs = 1000;
constexpr std::int64_t kMinuteMs = 60 * kSecondMs;
constexpr std::int64_t kHourMs = 60 * kMinuteMs;
constexpr int kFirstYear = 1970;
constexpr int kLastYear = 9999;

bool is_leap(std::int64_t year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(std::int64_t year, int month) {
    constexpr std::array<int, 12> kLengths = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && is_leap(year) ? 29 : kLengths[static_cast<std::size_t>(month - 1)];
}

// Leap days in the years [1, year): one every 4 years, except centuries not divisible by 400.
std::int64_t leap_days_before(std::int64_t year) {
    const std::int64_t previous = year - 1;
    return previous / 4 - previous / 100 + previous / 400;
}

// Days from 1970-01-01 to 1 January of `year` (year >= 1).
std::int64_t days_to_new_year(std::int64_t year) {
    return 365 * (year - kFirstYear) + leap_days_before(year) - leap_days_before(kFirstYear);
}

std::int64_t days_from_civil(std::int64_t year, int month, int day) {
    std::int64_t days = days_to_new_year(year);
    for (int m = 1; m < month; ++m)
        days += days_in_month(year, m);
    return days + day - 1;
}

struct YearMonthDay {
    std::int64_t year;
    int month;
    int day;
};

// Inverse of days_from_civil: guess the year from the mean year length, then settle it exactly.
YearMonthDay civil_from_days(std::int64_t days) {
    std::int64_t year = kFirstYear + (days * 400) / 146097;
    while (year > 1 && days_to_new_year(year) > days)
        --year;
    while (days_to_new_year(year + 1) <= days)
        ++year;
    std::int64_t remaining = days - days_to_new_year(year);
    int month = 1;
    while (month < 12 && remaining >= days_in_month(year, month))
        remaining -= days_in_month(year, month++);
    return {year, month, static_cast<int>(remaining) + 1};
}

// Reads exactly `count` ASCII digits at `pos`; nothing when any of them is not a digit.
std::optional<int> digits(std::string_view text, std::size_t pos, std::size_t count) {
    if (pos + count > text.size())
        return std::nullopt;
    int value = 0;
    for (std::size_t i = pos; i < pos + count; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

} // namespace

std::optional<Timestamp> parse_iso8601(std::string_view text) {
    // Fixed layout up to the seconds: YYYY-MM-DDTHH:MM:SS
    if (text.size() < 20 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' ||
        text[16] != ':') {
        return std::nullopt;
    }
    const auto year = digits(text, 0, 4);
    const auto month = digits(text, 5, 2);
    const auto day = digits(text, 8, 2);
    const auto hour = digits(text, 11, 2);
    const auto minute = digits(text, 14, 2);
    const auto second = digits(text, 17, 2);
    if (!year || !month || !day || !hour || !minute || !second)
        return std::nullopt;
    if (*year < kFirstYear || *year > kLastYear || *month < 1 || *month > 12)
        return std::nullopt;
    if (*day < 1 || *day > days_in_month(*year, *month))
        return std::nullopt;
    if (*hour > 23 || *minute > 59 || *second > 59)
        return std::nullopt;

    std::size_t pos = 19;
    std::int64_t millis = 0;
    if (text[pos] == '.') {
        ++pos;
        std::size_t fraction_digits = 0;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
            if (++fraction_digits > 3)
                return std::nullopt;
            millis = millis * 10 + (text[pos] - '0');
            ++pos;
        }
        if (fraction_digits == 0)
            return std::nullopt;
        for (std::size_t i = fraction_digits; i < 3; ++i)
            millis *= 10;
    }
    if (pos + 1 != text.size() || text[pos] != 'Z')
        return std::nullopt;

    const std::int64_t days = days_from_civil(*year, *month, *day);
    return Timestamp{days * kDayMs + *hour * kHourMs + *minute * kMinuteMs + *second * kSecondMs + millis};
}

std::string format_iso8601(Timestamp time) {
    const std::int64_t days = floor_div(time.ms, kDayMs);
    std::int64_t in_day = time.ms - days * kDayMs;
    const YearMonthDay date = civil_from_days(days);
    const auto hour = in_day / kHourMs;
    in_day %= kHourMs;
    const auto minute = in_day / kMinuteMs;
    in_day %= kMinuteMs;
    const auto second = in_day / kSecondMs;
    const auto millis = in_day % kSecondMs;

    std::array<char, 40> buffer{};
    std::snprintf(buffer.data(), buffer.size(), "%04lld-%02d-%02dT%02lld:%02lld:%02lld.%03lldZ",
                  static_cast<long long>(date.year), date.month, date.day, static_cast<long long>(hour),
                  static_cast<long long>(minute), static_cast<long long>(second),
                  static_cast<long long>(millis));
    return buffer.data();
}

} // namespace imt
