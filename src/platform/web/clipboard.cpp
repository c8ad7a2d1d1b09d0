#include "platform/web/clipboard.hpp"

#include "platform/web/js_bridge.hpp"

namespace imt::web {
namespace {

// How long after a gesture copy the UI's request for the same click is taken as already done.
constexpr double kSameClickMs = 1000.0;

} // namespace

int Clipboard::start(std::string_view text, bool secret) {
    // Odd jobs are secrets, even ones plain text: the answer says which callback applies.
    int job = next_job_;
    next_job_ += 2;
    if (!secret) {
        ++job;
    }
    imt_js_write_clipboard(text.data(), text.size(), job);
    return job;
}

void Clipboard::write_secret_from_gesture(const Secret& secret, double now_ms, CopyVariant variant) {
    if (secret.empty()) {
        return;
    }
    last_secret_job_ = start(secret.reveal(), true);
    last_secret_variant_ = variant;
    gesture_at_ms_ = now_ms;
}

void Clipboard::write_secret(const Secret& secret, double now_ms) {
    if (now_ms - gesture_at_ms_ < kSameClickMs) {
        gesture_at_ms_ = -1e9;
        return; // written by the click's own DOM event; its answer reports the outcome
    }
    last_secret_job_ = start(secret.reveal(), true);
    last_secret_variant_.reset();
}

void Clipboard::write_text(std::string_view text) {
    start(text, false);
}

void Clipboard::written(int job, bool ok) {
    if (job % 2 == 1 && job == last_secret_job_) {
        on_secret_written_(ok, last_secret_variant_);
    }
}

} // namespace imt::web
