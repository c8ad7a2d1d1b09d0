#pragma once
// A Ports implementation for tests and benchmarks: it performs nothing, it records. Requests wait
// until the test answers them, typically with a recorded contract exchange
// ("tests/contract/strapi-5.54.0/023-create-custom-30d.json").

#include "core/store.hpp"
#include "platform/headless/recorded_exchange.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace imt::headless {

// The same path with every all-digit segment replaced by ":id", so "/admin/api-tokens/5" and
// "/admin/api-tokens/12" have one shape.
std::string path_shape(std::string_view path);

class RecordingPorts : public Ports {
public:
    void send(HttpRequest request) override;
    void copy_to_clipboard(const Secret& text) override;
    void wake_at(Timestamp at) override;
    void host_event(const HostEvent& event) override;
    // Keeps the file and answers that it was saved under its own name.
    void save_file(const SaveFile& file) override;

    const std::vector<HttpRequest>& sent() const { return sent_; }
    const std::vector<Secret>& clipboard() const { return clipboard_; }
    const std::vector<Timestamp>& wakes() const { return wakes_; }
    const std::vector<HostEvent>& host_events() const { return host_events_; }
    const std::vector<SaveFile>& saved_files() const { return saved_files_; }

    // Requests sent and not answered yet, oldest first.
    std::vector<HttpRequest> pending() const;
    void mark_answered(std::uint64_t request_id);
    // Whether copy_to_clipboard should report success (the platform answers with SecretCopied).
    bool clipboard_works = true;
    // Set by the driver: where SecretCopied goes (the platform's answer to a copy).
    Store* store = nullptr;

private:
    std::vector<HttpRequest> sent_;
    std::vector<std::uint64_t> answered_;
    std::vector<Secret> clipboard_;
    std::vector<Timestamp> wakes_;
    std::vector<HostEvent> host_events_;
    std::vector<SaveFile> saved_files_;
};

} // namespace imt::headless
