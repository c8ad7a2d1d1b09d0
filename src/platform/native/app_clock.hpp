#pragma once
// Wall-clock time for the core's Tick. Screenshots and demos may start it at a fixed instant so that
// relative dates and expiry badges come out the same on every run; it still advances in real time.

#include "core/model.hpp"

#include <chrono>
#include <optional>

namespace imt::native {

class AppClock {
public:
    explicit AppClock(std::optional<Timestamp> fixed_start = std::nullopt)
        : fixed_start_(fixed_start), started_(std::chrono::steady_clock::now()) {}

    [[nodiscard]] Timestamp now() const {
        using std::chrono::duration_cast;
        using std::chrono::milliseconds;
        if (fixed_start_) {
            const auto elapsed = duration_cast<milliseconds>(std::chrono::steady_clock::now() - started_);
            return Timestamp{fixed_start_->ms + elapsed.count()};
        }
        return Timestamp{
            duration_cast<milliseconds>(std::chrono::system_clock::now().time_since_epoch()).count()};
    }

private:
    std::optional<Timestamp> fixed_start_;
    std::chrono::steady_clock::time_point started_;
};

} // namespace imt::native
