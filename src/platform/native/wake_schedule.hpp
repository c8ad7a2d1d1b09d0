#pragma once
// The times the core asked to be woken at (notifications expiring). The loop sleeps until the earliest.

#include "core/model.hpp"

#include <algorithm>
#include <optional>
#include <vector>

namespace imt::native {

class WakeSchedule {
public:
    void add(Timestamp at) { times_.push_back(at); }

    [[nodiscard]] std::optional<Timestamp> next() const {
        if (times_.empty())
            return std::nullopt;
        return *std::min_element(times_.begin(), times_.end());
    }

    // Forgets every time not after `now`; true when there was one (a Tick is due).
    bool take_due(Timestamp now) {
        return std::erase_if(times_, [&](Timestamp at) { return at <= now; }) > 0;
    }

private:
    std::vector<Timestamp> times_;
};

} // namespace imt::native
