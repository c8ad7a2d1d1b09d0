#pragma once
// The core's Ports on a desktop: HTTP through the libcurl transport, the system clipboard, wake-up
// times for the loop, host events on the console. Answers that come back at once (a copy) are kept as
// actions for the loop to dispatch, so the Store is never re-entered from a port.

#include "core/store.hpp"
#include "platform/native/curl_transport.hpp"
#include "platform/native/wake_schedule.hpp"

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace imt::native {

struct DesktopPortsOptions {
    // Puts the text on the system clipboard; false when that failed.
    std::function<bool(const Secret&)> write_clipboard;
    bool log_traffic = false; // method, path and outcome of each exchange on stderr (never headers or bodies)
    // When set, every accessKey the server answers is replaced by this one (scenes for screenshots).
    Secret stand_in_access_key;
    // Sees each answer's body before the core does: names in any script need their fonts' glyphs.
    std::function<void(std::string_view)> on_text;
    // Where an export is written; empty: the working directory.
    std::filesystem::path save_folder;
};

// Writes `file` into `folder` under its own name, or "name-2.csv", "name-3.csv"... when that is
// taken (an export never overwrites one). The path written, or an error message.
struct SavedPath {
    bool ok = false;
    std::string where; // the path, or why it could not be written
};
SavedPath save_in_folder(const std::filesystem::path& folder, const SaveFile& file);

class DesktopPorts final : public Ports {
public:
    DesktopPorts(CurlTransport& transport, DesktopPortsOptions options);

    void send(HttpRequest request) override;
    void copy_to_clipboard(const Secret& text) override;
    void wake_at(Timestamp at) override;
    void host_event(const HostEvent& event) override;
    void save_file(const SaveFile& file) override;

    WakeSchedule& wakes() { return wakes_; }

    // Dispatches everything that arrived since the last call: finished exchanges, then the actions the
    // ports raised themselves. Returns how many actions went into the store.
    std::size_t deliver(Store& store);
    // One finished exchange into the store, as deliver() hands each over (logged, a scene's stand-in
    // key put in), without the actions the ports raised.
    void deliver_response(Store& store, HttpResponse response);
    // Only the actions the ports raised (a copy's answer), leaving HTTP answers queued.
    std::size_t deliver_raised(Store& store);

    // Host events seen so far (for automation and tests; they never hold a secret).
    [[nodiscard]] const std::vector<HostEvent>& host_events() const { return host_events_; }

private:
    void log_response(const HttpResponse& response);

    CurlTransport& transport_;
    DesktopPortsOptions options_;
    WakeSchedule wakes_;
    std::vector<Action> raised_;
    std::vector<HostEvent> host_events_;
    std::vector<std::pair<std::uint64_t, std::string>> pending_log_; // request id -> "METHOD /path"
};

} // namespace imt::native
