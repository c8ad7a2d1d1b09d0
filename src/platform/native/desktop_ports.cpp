#include "platform/native/desktop_ports.hpp"

#include "platform/native/stand_in_key.hpp"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <system_error>
#include <utility>

namespace imt::native {
namespace {

const char* fault_name(TransportFault fault) {
    switch (fault) {
    case TransportFault::None:
        return "";
    case TransportFault::Offline:
        return "offline";
    case TransportFault::Timeout:
        return "timeout";
    case TransportFault::Aborted:
        return "aborted";
    }
    return "";
}

} // namespace

SavedPath save_in_folder(const std::filesystem::path& folder, const SaveFile& file) {
    namespace fs = std::filesystem;
    const fs::path name(file.file_name);
    fs::path target = folder / name;
    std::error_code error;
    for (int n = 2; fs::exists(target, error); ++n)
        target = folder / (name.stem().string() + "-" + std::to_string(n) + name.extension().string());
    std::ofstream out(target, std::ios::binary | std::ios::trunc);
    out.write(file.text.data(), static_cast<std::streamsize>(file.text.size()));
    out.close();
    if (!out)
        return {false, target.string()};
    return {true, fs::absolute(target, error).string()};
}

DesktopPorts::DesktopPorts(CurlTransport& transport, DesktopPortsOptions options)
    : transport_(transport), options_(std::move(options)) {}

void DesktopPorts::send(HttpRequest request) {
    if (options_.log_traffic)
        pending_log_.emplace_back(request.id, std::string(to_string(request.method)) + " " + request.path);
    transport_.send(std::move(request));
}

void DesktopPorts::copy_to_clipboard(const Secret& text) {
    const bool ok = options_.write_clipboard && options_.write_clipboard(text);
    raised_.emplace_back(act::SecretCopied{ok});
}

void DesktopPorts::wake_at(Timestamp at) {
    wakes_.add(at);
}

void DesktopPorts::host_event(const HostEvent& event) {
    host_events_.push_back(event);
    if (options_.log_traffic)
        std::fprintf(stderr, "[imtokens] event %s %s\n", event.name.c_str(), event.detail_json.c_str());
}

void DesktopPorts::save_file(const SaveFile& file) {
    const std::filesystem::path folder =
        options_.save_folder.empty() ? std::filesystem::current_path() : options_.save_folder;
    SavedPath saved = save_in_folder(folder, file);
    raised_.emplace_back(act::FileSaved{saved.ok, std::move(saved.where)});
}

void DesktopPorts::log_response(const HttpResponse& response) {
    auto sent = std::find_if(pending_log_.begin(), pending_log_.end(),
                             [&](const auto& entry) { return entry.first == response.request_id; });
    if (sent == pending_log_.end())
        return;
    if (response.fault != TransportFault::None) {
        std::fprintf(stderr, "[imtokens] %s -> %s\n", sent->second.c_str(), fault_name(response.fault));
    } else {
        std::fprintf(stderr, "[imtokens] %s -> %d\n", sent->second.c_str(), response.status);
    }
    pending_log_.erase(sent);
}

std::size_t DesktopPorts::deliver_raised(Store& store) {
    std::size_t delivered = 0;
    while (!raised_.empty()) {
        for (auto& action : std::exchange(raised_, {})) {
            store.dispatch(std::move(action));
            ++delivered;
        }
    }
    return delivered;
}

void DesktopPorts::deliver_response(Store& store, HttpResponse response) {
    if (options_.log_traffic)
        log_response(response);
    if (!options_.stand_in_access_key.empty())
        swap_access_keys(response.body, options_.stand_in_access_key.reveal());
    if (options_.on_text)
        options_.on_text(response.body);
    store.dispatch(act::HttpFinished{std::move(response)});
}

std::size_t DesktopPorts::deliver(Store& store) {
    std::size_t delivered = deliver_raised(store);
    for (auto responses = transport_.take_responses(); !responses.empty();
         responses = transport_.take_responses()) {
        for (auto& response : responses) {
            deliver_response(store, std::move(response));
            ++delivered;
        }
        delivered += deliver_raised(store);
    }
    return delivered;
}

} // namespace imt::native
