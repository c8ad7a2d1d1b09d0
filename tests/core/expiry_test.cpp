#include "core/expiry.hpp"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <cstdint>

using namespace imt;
using Kind = ExpiryStatus::Kind;

namespace {
constexpr std::int64_t kDay = 86'400'000;

// Exchange 022's shape: a 7-day token; created at 2026-11-27T21:28:23.369Z in these tests.
ApiToken seven_day_token() {
    ApiToken token;
    token.id = 4;
    token.name = "FA 7 days";
    token.type = TokenType::FullAccess;
    token.lifespan_ms = 7 * kDay;
    token.created_at = Timestamp{1795814903369};
    token.expires_at = Timestamp{token.created_at.ms + 7 * kDay};
    return token;
}
} // namespace

TEST_CASE("A token without an expiry date is unlimited, whatever the clock says", "[time][expiry]") {
    ApiToken read_only; // Strapi's default "Read Only" token: lifespan null
    read_only.name = "Read Only";
    CHECK(expiry_status(read_only, Timestamp{0}) == ExpiryStatus{Kind::Unlimited, 0, false});
    CHECK(expiry_status(read_only, Timestamp{INT64_MAX}).kind == Kind::Unlimited);
}

TEST_CASE("A 7-day token counts down, warns in its last days, then expires", "[time][expiry]") {
    const ApiToken token = seven_day_token();
    const std::int64_t created = token.created_at.ms;
    struct Row {
        std::int64_t clock; // offset from creation
        Kind kind;
        std::int64_t days_left;
        bool warning;
    };
    const auto row = GENERATE_COPY(values<Row>({
        {0, Kind::Active, 7, false}, // just created: "Expires in 7 days"
        {1, Kind::Active, 7, false}, // part of a day still counts as a day
        {kDay - 1, Kind::Active, 7, false},
        {kDay, Kind::Active, 6, true}, // six days left: warning colour
        {6 * kDay, Kind::Active, 1, true},
        {7 * kDay - 1, Kind::Active, 1, true}, // the last millisecond
        {7 * kDay, Kind::Expired, 0, false},   // the expiry instant itself
        {30 * kDay, Kind::Expired, 0, false},
    }));
    CAPTURE(row.clock);
    CHECK(expiry_status(token, Timestamp{created + row.clock}) ==
          ExpiryStatus{row.kind, row.days_left, row.warning});
}

TEST_CASE("A 90-day token is not in warning for most of its life", "[time][expiry]") {
    ApiToken token = seven_day_token();
    token.lifespan_ms = 90 * kDay;
    token.expires_at = Timestamp{token.created_at.ms + 90 * kDay};
    CHECK(expiry_status(token, Timestamp{token.created_at.ms + 45 * kDay}) ==
          ExpiryStatus{Kind::Active, 45, false});
    CHECK(expiry_status(token, Timestamp{token.created_at.ms + 83 * kDay}) ==
          ExpiryStatus{Kind::Active, 7, false});
    CHECK(expiry_status(token, Timestamp{token.created_at.ms + 83 * kDay + 1}) ==
          ExpiryStatus{Kind::Active, 7, false});
    CHECK(expiry_status(token, Timestamp{token.created_at.ms + 84 * kDay}) ==
          ExpiryStatus{Kind::Active, 6, true});
}

TEST_CASE("A clock before creation (skew) still reads active, never negative", "[time][expiry]") {
    const ApiToken token = seven_day_token();
    CHECK(expiry_status(token, Timestamp{token.created_at.ms - kDay}) ==
          ExpiryStatus{Kind::Active, 8, false});
    ApiToken far = token;
    far.expires_at = Timestamp{INT64_MAX};
    const ExpiryStatus status = expiry_status(far, Timestamp{INT64_MIN});
    CHECK(status.kind == Kind::Active);
    CHECK(status.days_left > 0);
}
