#pragma once
// Hands finished HTTP exchanges from the transport's worker thread to the thread that owns the Store.

#include "core/http.hpp"

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <utility>
#include <vector>

namespace imt::native {

class ResponseQueue {
public:
    void push(HttpResponse response) {
        {
            std::lock_guard lock(mutex_);
            responses_.push_back(std::move(response));
        }
        ready_.notify_all();
    }

    // Never blocks: the frame loop calls it once per wake-up.
    std::vector<HttpResponse> take_all() {
        std::lock_guard lock(mutex_);
        return std::exchange(responses_, {});
    }

    // For loops without a window (tests, runs with no UI): waits for at least one response or the timeout.
    std::vector<HttpResponse> wait_take_all(std::chrono::milliseconds timeout) {
        std::unique_lock lock(mutex_);
        ready_.wait_for(lock, timeout, [&] { return !responses_.empty(); });
        return std::exchange(responses_, {});
    }

private:
    std::mutex mutex_;
    std::condition_variable ready_;
    std::vector<HttpResponse> responses_;
};

} // namespace imt::native
