#include "core_session.hpp"

namespace imt::test {
namespace {

native::CurlTransportOptions transport_to(const std::string& base_url) {
    native::CurlTransportOptions options;
    options.base_url = base_url;
    return options;
}

} // namespace

CoreSession::CoreSession(const std::string& base_url, Secret stand_in_access_key)
    : transport_(transport_to(base_url)), probe_(transport_to(base_url)),
      ports_(transport_, native::DesktopPortsOptions{[this](const Secret& text) {
                                                         clipboard_ = text;
                                                         return true;
                                                     },
                                                     false,
                                                     std::move(stand_in_access_key),
                                                     {},
                                                     {}}),
      store_(ports_) {
    store_.dispatch(act::Tick{clock_.now()});
}

void CoreSession::dispatch(Action action) {
    store_.dispatch(act::Tick{clock_.now()});
    store_.dispatch(std::move(action));
    // HTTP answers wait for wait_until(), so a test sees the state right after its own action.
    ports_.deliver_raised(store_);
}

bool CoreSession::wait_until(const std::function<bool(const State&)>& done,
                             std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!done(store_.state())) {
        if (std::chrono::steady_clock::now() >= deadline)
            return false;
        for (auto& response : transport_.wait_responses(std::chrono::milliseconds(50))) {
            store_.dispatch(act::Tick{clock_.now()});
            ports_.deliver_response(store_, std::move(response));
            ports_.deliver_raised(store_);
        }
        if (ports_.wakes().take_due(clock_.now()))
            store_.dispatch(act::Tick{clock_.now()});
    }
    return true;
}

int CoreSession::content_api_status(HttpMethod method, const std::string& path, const Secret& key,
                                    const std::string& body) {
    HttpRequest request;
    request.id = next_probe_id_++;
    request.method = method;
    request.path = path;
    request.body = body;
    request.bearer = key;
    probe_.send(std::move(request));
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (std::chrono::steady_clock::now() < deadline) {
        for (const auto& response : probe_.wait_responses(std::chrono::milliseconds(50)))
            return response.status;
    }
    return 0;
}

} // namespace imt::test
