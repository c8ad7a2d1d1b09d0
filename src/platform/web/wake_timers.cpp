#include "platform/web/wake_timers.hpp"

#include <emscripten/emscripten.h>
#include <emscripten/eventloop.h>

#include <algorithm>
#include <cmath>

namespace imt::web {
namespace {

constexpr double kFrameMs = 16.0;

} // namespace

WakeTimers::~WakeTimers() {
    for (auto& [id, timer] : timers_) {
        emscripten_clear_timeout(id);
        delete timer;
    }
}

void WakeTimers::wake_in(double delay_ms) {
    delay_ms = std::max(0.0, delay_ms);
    const double due = emscripten_get_now() + delay_ms;
    for (const auto& [id, timer] : timers_) {
        if (std::abs(timer->due_ms - due) < kFrameMs) {
            return;
        }
    }
    auto* timer = new Timer{this, 0, due};
    timer->id = emscripten_set_timeout(&WakeTimers::fired, delay_ms, timer);
    timers_.emplace(timer->id, timer);
}

void WakeTimers::fired(void* user_data) {
    auto* timer = static_cast<Timer*>(user_data);
    WakeTimers* owner = timer->owner;
    owner->timers_.erase(timer->id);
    delete timer;
    owner->on_wake_();
}

} // namespace imt::web
