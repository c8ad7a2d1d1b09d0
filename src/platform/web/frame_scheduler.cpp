#include "platform/web/frame_scheduler.hpp"

#include <emscripten/html5.h>

#include <algorithm>

namespace imt::web {

FrameScheduler::~FrameScheduler() {
    if (request_id_ != 0) {
        emscripten_cancel_animation_frame(request_id_);
    }
}

void FrameScheduler::request(int count) {
    remaining_ = std::max(remaining_, count);
    if (request_id_ == 0 && remaining_ > 0) {
        request_id_ = emscripten_request_animation_frame(&FrameScheduler::on_animation_frame, this);
    }
}

void FrameScheduler::draw_now(double time_ms) {
    ++frames_drawn_;
    draw_(time_ms);
}

int FrameScheduler::on_animation_frame(double time_ms, void* user_data) {
    auto& self = *static_cast<FrameScheduler*>(user_data);
    self.request_id_ = 0;
    --self.remaining_;
    self.draw_now(time_ms);
    // draw_ may have asked for more frames already; request() then scheduled the next one.
    self.request(0);
    return EM_FALSE; // one frame per request: the browser does not call again on its own
}

} // namespace imt::web
