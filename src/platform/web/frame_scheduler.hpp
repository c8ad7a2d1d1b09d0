#pragma once
// Render on demand: frames are drawn only when something asked for them (input, an answer from the
// backend, a timer, an animation), each on the browser's next animation frame. With nothing to do
// no frame is requested at all, so an idle page costs nothing.

#include <cstdint>
#include <functional>

namespace imt::web {

class FrameScheduler {
public:
    // draw(time_ms) renders one frame.
    explicit FrameScheduler(std::function<void(double)> draw) : draw_(std::move(draw)) {}
    ~FrameScheduler();
    FrameScheduler(const FrameScheduler&) = delete;
    FrameScheduler& operator=(const FrameScheduler&) = delete;

    // At least `count` more frames, starting with the next animation frame.
    void request(int count = 1);
    // Draws a frame right now (e.g. after a resize cleared the canvas), outside the schedule.
    void draw_now(double time_ms);

    [[nodiscard]] std::uint64_t frames_drawn() const { return frames_drawn_; }
    [[nodiscard]] bool scheduled() const { return request_id_ != 0; }

private:
    static int on_animation_frame(double time_ms, void* user_data);

    std::function<void(double)> draw_;
    long request_id_ = 0;
    int remaining_ = 0;
    std::uint64_t frames_drawn_ = 0;
};

} // namespace imt::web
