#pragma once
// Runs update() and hands its effects to the platform. Owned by the platform layer (one per page).

#include "core/update.hpp"

#include <deque>

namespace imt {

// What a platform provides to perform effects. Answers come back later through Store::dispatch.
class Ports {
public:
    virtual ~Ports() = default;
    virtual void send(HttpRequest request) = 0;             // answer with act::HttpFinished
    virtual void copy_to_clipboard(const Secret& text) = 0; // answer with act::SecretCopied
    virtual void wake_at(Timestamp at) = 0;                 // send act::Tick no later than then
    virtual void host_event(const HostEvent& event) = 0;
    virtual void save_file(const SaveFile& file) = 0; // answer with act::FileSaved
};

class Store {
public:
    explicit Store(Ports& ports, State initial = {}) : state_(std::move(initial)), ports_(ports) {}

    // Safe to call from inside a port: actions raised while effects run are queued, not nested.
    void dispatch(Action action);
    [[nodiscard]] const State& state() const { return state_; }

private:
    void perform(Effect& effect);

    State state_;
    Ports& ports_;
    std::deque<Action> queue_;
    bool draining_ = false;
};

} // namespace imt
