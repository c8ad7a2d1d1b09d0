#include "platform/headless/recorded_backend.hpp"

#include <algorithm>
#include <cctype>

namespace imt::headless {

std::string path_shape(std::string_view path) {
    std::string out;
    std::size_t at = 0;
    while (at < path.size()) {
        std::size_t next = path.find('/', at + 1);
        if (next == std::string_view::npos) {
            next = path.size();
        }
        const std::string_view segment = path.substr(at, next - at); // starts with '/'
        const bool digits = segment.size() > 1 && std::all_of(segment.begin() + 1, segment.end(), [](char c) {
                                return std::isdigit(static_cast<unsigned char>(c)) != 0;
                            });
        out += digits ? std::string("/:id") : std::string(segment);
        at = next;
    }
    return out;
}

void RecordingPorts::send(HttpRequest request) {
    sent_.push_back(std::move(request));
}

void RecordingPorts::copy_to_clipboard(const Secret& text) {
    if (clipboard_works) {
        clipboard_.push_back(text);
    }
    if (store != nullptr) {
        store->dispatch(act::SecretCopied{clipboard_works});
    }
}

void RecordingPorts::wake_at(Timestamp at) {
    wakes_.push_back(at);
}

void RecordingPorts::host_event(const HostEvent& event) {
    host_events_.push_back(event);
}

void RecordingPorts::save_file(const SaveFile& file) {
    saved_files_.push_back(file);
    if (store != nullptr) {
        store->dispatch(act::FileSaved{true, file.file_name});
    }
}

std::vector<HttpRequest> RecordingPorts::pending() const {
    std::vector<HttpRequest> out;
    for (const auto& request : sent_) {
        if (std::find(answered_.begin(), answered_.end(), request.id) == answered_.end()) {
            out.push_back(request);
        }
    }
    return out;
}

void RecordingPorts::mark_answered(std::uint64_t request_id) {
    answered_.push_back(request_id);
}

} // namespace imt::headless
