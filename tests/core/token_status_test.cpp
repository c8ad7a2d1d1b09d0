// The list's hygiene statuses at their boundaries: expiry within 7 days, expired at the very
// millisecond, never used, unused for 30 days or more; and the counts the filters show.

#include "core/token_status.hpp"

#include <catch2/catch_test_macros.hpp>

#include <limits>

using namespace imt;

namespace {

constexpr Timestamp kNow{1'800'000'000'000};

ApiToken token(std::optional<std::int64_t> expires_in_ms, std::optional<std::int64_t> used_ago_ms) {
    ApiToken t;
    if (expires_in_ms)
        t.expires_at = Timestamp{kNow.ms + *expires_in_ms};
    if (used_ago_ms)
        t.last_used_at = Timestamp{kNow.ms - *used_ago_ms};
    return t;
}

} // namespace

TEST_CASE("Expiry: unlimited and far-off tokens are active; within 7 days expires soon; at now expired") {
    CHECK(has_status(token(std::nullopt, 0), TokenStatus::Active, kNow));
    CHECK_FALSE(has_status(token(std::nullopt, 0), TokenStatus::ExpiresSoon, kNow));
    CHECK(has_status(token(7 * kDayMs, 0), TokenStatus::ExpiresSoon, kNow));
    CHECK_FALSE(has_status(token(7 * kDayMs + 1, 0), TokenStatus::ExpiresSoon, kNow));
    CHECK(has_status(token(1, 0), TokenStatus::ExpiresSoon, kNow));
    CHECK(has_status(token(0, 0), TokenStatus::Expired, kNow));
    CHECK_FALSE(has_status(token(0, 0), TokenStatus::Active, kNow));
    CHECK_FALSE(has_status(token(0, 0), TokenStatus::ExpiresSoon, kNow));
    CHECK(has_status(token(-kDayMs, 0), TokenStatus::Expired, kNow));
}

TEST_CASE("Use: never used is its own status; unused from 30 days on") {
    CHECK(has_status(token(std::nullopt, std::nullopt), TokenStatus::NeverUsed, kNow));
    CHECK_FALSE(has_status(token(std::nullopt, std::nullopt), TokenStatus::Unused30Days, kNow));
    CHECK_FALSE(has_status(token(std::nullopt, 30 * kDayMs - 1), TokenStatus::Unused30Days, kNow));
    CHECK(has_status(token(std::nullopt, 30 * kDayMs), TokenStatus::Unused30Days, kNow));
    CHECK_FALSE(has_status(token(std::nullopt, 0), TokenStatus::NeverUsed, kNow));
}

TEST_CASE("The counts add up per status, a token counted in each of its statuses") {
    const std::vector<ApiToken> tokens = {
        token(std::nullopt, std::nullopt), // active, never used
        token(3 * kDayMs, kDayMs),         // active, expires soon
        token(-kDayMs, std::nullopt),      // expired, never used
        token(90 * kDayMs, 40 * kDayMs),   // active, unused 30+ days
    };
    const StatusCounts counts = count_statuses(tokens, kNow);
    CHECK(counts.of(TokenStatus::Active) == 3);
    CHECK(counts.of(TokenStatus::ExpiresSoon) == 1);
    CHECK(counts.of(TokenStatus::Expired) == 1);
    CHECK(counts.of(TokenStatus::NeverUsed) == 2);
    CHECK(counts.of(TokenStatus::Unused30Days) == 1);
}

TEST_CASE("The next status change is the nearest mark after now: 7 days before an expiry, the expiry, 30 "
          "days after a use") {
    // Expires in 10 days: it becomes "expires soon" in 3 days.
    CHECK(next_status_change({token(10 * kDayMs, std::nullopt)}, kNow) == Timestamp{kNow.ms + 3 * kDayMs});
    // Already within 7 days: the next mark is the expiry itself.
    CHECK(next_status_change({token(2 * kDayMs, std::nullopt)}, kNow) == Timestamp{kNow.ms + 2 * kDayMs});
    // Used 29 days ago, unlimited: unused for 30 days in one day.
    CHECK(next_status_change({token(std::nullopt, 29 * kDayMs)}, kNow) == Timestamp{kNow.ms + kDayMs});
    // The nearest of several tokens.
    CHECK(next_status_change({token(10 * kDayMs, std::nullopt), token(std::nullopt, 29 * kDayMs)}, kNow) ==
          Timestamp{kNow.ms + kDayMs});
    // A mark exactly at now has happened already (has_status counts it): the next one is taken.
    CHECK(next_status_change({token(7 * kDayMs, std::nullopt)}, kNow) == Timestamp{kNow.ms + 7 * kDayMs});
    // Expired and never used, or unlimited and never used: nothing will ever change.
    CHECK(next_status_change({token(-kDayMs, std::nullopt), token(std::nullopt, std::nullopt)}, kNow) ==
          Timestamp{std::numeric_limits<std::int64_t>::max()});
}

TEST_CASE("Until the next change the counts stay as they are; at it they move") {
    const std::vector<ApiToken> tokens = {token(10 * kDayMs, std::nullopt), token(std::nullopt, 29 * kDayMs)};
    const Timestamp change = next_status_change(tokens, kNow);
    CHECK(count_statuses(tokens, Timestamp{change.ms - 1}) == count_statuses(tokens, kNow));
    CHECK(count_statuses(tokens, change).of(TokenStatus::Unused30Days) == 1);
    CHECK(count_statuses(tokens, kNow).of(TokenStatus::Unused30Days) == 0);
}
