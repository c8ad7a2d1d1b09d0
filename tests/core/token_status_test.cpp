// The list's hygiene statuses at their boundaries: expiry within 7 days, expired at the very
// millisecond, never used, unused for 30 days or more; and the counts the filters show.

#include "core/token_status.hpp"

#include <catch2/catch_test_macros.hpp>

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
