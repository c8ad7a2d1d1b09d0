#pragma once
// The desktop app's core with no UI at all (not to be confused with platform/headless, which is the
// UI with no GPU): a Store, the desktop Ports and the real libcurl transport, driven by a test the
// way the frame loop drives them. The clipboard is a Secret the test can read back, and a second
// transport probes the content API with the keys the page handed out.

#include "core/store.hpp"
#include "platform/native/app_clock.hpp"
#include "platform/native/curl_transport.hpp"
#include "platform/native/desktop_ports.hpp"

#include <chrono>
#include <functional>
#include <string>

namespace imt::test {

class CoreSession {
public:
    // `stand_in_access_key`: as the app sets it for a scene (DesktopPortsOptions).
    explicit CoreSession(const std::string& base_url, Secret stand_in_access_key = {});

    [[nodiscard]] const State& state() const { return store_.state(); }
    [[nodiscard]] const Secret& clipboard() const { return clipboard_; }
    [[nodiscard]] const std::vector<HostEvent>& host_events() const { return ports_.host_events(); }

    // Dispatches as the UI would, then whatever the ports answered at once (a copy). Backend answers
    // are left for wait_until().
    void dispatch(Action action);

    // Delivers the backend's answers (and due Ticks) until `done` holds; false after the timeout.
    bool wait_until(const std::function<bool(const State&)>& done,
                    std::chrono::milliseconds timeout = std::chrono::seconds(20));

    // Status of a content-API call made with `key` as its bearer (0 when no answer came).
    int content_api_status(HttpMethod method, const std::string& path, const Secret& key,
                           const std::string& body = {});

private:
    native::AppClock clock_;
    native::CurlTransport transport_;
    native::CurlTransport probe_;
    Secret clipboard_;
    native::DesktopPorts ports_;
    Store store_;
    std::uint64_t next_probe_id_ = 1;
};

} // namespace imt::test
