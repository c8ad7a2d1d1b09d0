#include "core/token_status.hpp"

#include <algorithm>
#include <limits>

namespace imt {

std::string_view status_id(TokenStatus status) {
    switch (status) {
    case TokenStatus::Active:
        return "active";
    case TokenStatus::ExpiresSoon:
        return "expires-soon";
    case TokenStatus::Expired:
        return "expired";
    case TokenStatus::NeverUsed:
        return "never-used";
    case TokenStatus::Unused30Days:
        return "unused-30-days";
    }
    return "active";
}

bool has_status(const ApiToken& token, TokenStatus status, Timestamp now) {
    // Strapi still accepts a token in the very millisecond of its expiry; the page calls it expired
    // then, as expiry_status() does.
    const bool expired = token.expires_at && token.expires_at->ms <= now.ms;
    switch (status) {
    case TokenStatus::Active:
        return !expired;
    case TokenStatus::ExpiresSoon:
        return !expired && token.expires_at && token.expires_at->ms - now.ms <= kExpiresSoonDays * kDayMs;
    case TokenStatus::Expired:
        return expired;
    case TokenStatus::NeverUsed:
        return !token.last_used_at.has_value();
    case TokenStatus::Unused30Days:
        return token.last_used_at && now.ms - token.last_used_at->ms >= kUnusedDays * kDayMs;
    }
    return false;
}

StatusCounts count_statuses(const std::vector<ApiToken>& tokens, Timestamp now) {
    StatusCounts counts;
    for (const auto& token : tokens) {
        for (const TokenStatus status : kTokenStatuses) {
            if (has_status(token, status, now))
                ++counts.by_status[static_cast<std::size_t>(status)];
        }
    }
    return counts;
}

Timestamp next_status_change(const std::vector<ApiToken>& tokens, Timestamp now) {
    std::int64_t next = std::numeric_limits<std::int64_t>::max();
    const auto consider = [&](std::int64_t at) {
        if (at > now.ms)
            next = std::min(next, at);
    };
    for (const auto& token : tokens) {
        if (token.expires_at) {
            // Each status starts at its mark itself: 7 days before the expiry, the expiry, 30 days on.
            consider(token.expires_at->ms - kExpiresSoonDays * kDayMs);
            consider(token.expires_at->ms);
        }
        if (token.last_used_at)
            consider(token.last_used_at->ms + kUnusedDays * kDayMs);
    }
    return Timestamp{next};
}

} // namespace imt
