#pragma once
// One-shot browser timers for the core's WakeAt effects: the page sleeps (no frames) until one fires.

#include <functional>
#include <map>

namespace imt::web {

class WakeTimers {
public:
    explicit WakeTimers(std::function<void()> on_wake) : on_wake_(std::move(on_wake)) {}
    ~WakeTimers();
    WakeTimers(const WakeTimers&) = delete;
    WakeTimers& operator=(const WakeTimers&) = delete;

    // Calls on_wake no earlier than delay_ms from now. Timers closer than a frame apart share one.
    void wake_in(double delay_ms);
    [[nodiscard]] std::size_t pending() const { return timers_.size(); }

private:
    static void fired(void* user_data);

    struct Timer {
        WakeTimers* owner;
        long id;
        double due_ms;
    };
    std::function<void()> on_wake_;
    std::map<long, Timer*> timers_;
};

} // namespace imt::web
