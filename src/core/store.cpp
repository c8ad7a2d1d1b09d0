#include "core/store.hpp"

#include "core/api_client.hpp"

namespace imt {

void Store::dispatch(Action action) {
    queue_.push_back(std::move(action));
    if (draining_)
        return;
    draining_ = true;
    while (!queue_.empty()) {
        Action next = std::move(queue_.front());
        queue_.pop_front();
        Step step = update(std::move(state_), std::move(next));
        state_ = std::move(step.state);
        for (auto& effect : step.effects)
            perform(effect);
    }
    draining_ = false;
}

void Store::perform(Effect& effect) {
    if (auto* call = std::get_if<ApiCall>(&effect)) {
        ports_.send(to_http_request(*call, state_.session.jwt));
    } else if (auto* copy = std::get_if<CopyToClipboard>(&effect)) {
        ports_.copy_to_clipboard(copy->text);
    } else if (auto* wake = std::get_if<WakeAt>(&effect)) {
        ports_.wake_at(wake->at);
    } else if (auto* event = std::get_if<HostEvent>(&effect)) {
        ports_.host_event(*event);
    } else if (auto* file = std::get_if<SaveFile>(&effect)) {
        ports_.save_file(*file);
    }
}

} // namespace imt
