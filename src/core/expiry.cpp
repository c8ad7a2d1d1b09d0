#include "core/expiry.hpp"

namespace imt {

ExpiryStatus expiry_status(const ApiToken& token, Timestamp now) {
    if (!token.expires_at) {
        return {};
    }
    if (token.expires_at->ms <= now.ms) {
        return {ExpiryStatus::Kind::Expired, 0, false};
    }
    const auto remaining =
        static_cast<std::uint64_t>(token.expires_at->ms) - static_cast<std::uint64_t>(now.ms);
    const auto day = static_cast<std::uint64_t>(kDayMs);
    const auto days_left = static_cast<std::int64_t>(remaining / day + (remaining % day != 0 ? 1 : 0));
    return {ExpiryStatus::Kind::Active, days_left, days_left < kExpiryWarningDays};
}

} // namespace imt
