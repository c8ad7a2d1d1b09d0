#include "platform/headless/recorded_backend.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace imt::headless {
namespace {

HttpMethod method_from(const std::string& text) {
    if (text == "POST") {
        return HttpMethod::Post;
    }
    if (text == "PUT") {
        return HttpMethod::Put;
    }
    if (text == "DELETE") {
        return HttpMethod::Delete;
    }
    if (text == "GET") {
        return HttpMethod::Get;
    }
    throw std::runtime_error("recorded exchange: unsupported method " + text);
}

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

} // namespace

RecordedExchange load_exchange(const std::filesystem::path& directory, std::string_view name) {
    const std::filesystem::path file = directory / (std::string(name) + ".json");
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        throw std::runtime_error("recorded exchange not found: " + file.string());
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    const auto document = nlohmann::json::parse(buffer.str());
    const auto& request = document.at("request");
    const auto& response = document.at("response");

    RecordedExchange exchange;
    exchange.name = std::string(name);
    exchange.method = method_from(request.at("method").get<std::string>());
    exchange.path = request.at("path").get<std::string>();
    if (request.contains("body")) {
        exchange.request_body = request.at("body");
    }
    exchange.response.status = response.at("status").get<int>();
    if (response.contains("headers")) {
        for (const auto& [key, value] : response.at("headers").items()) {
            if (lower(key) == "content-type" && value.is_string()) {
                exchange.response.content_type = lower(value.get<std::string>());
            }
        }
    }
    if (response.contains("body")) {
        exchange.response.body = response.at("body").dump();
    } else if (response.contains("body_raw")) {
        exchange.response.body = response.at("body_raw").get<std::string>();
    }
    return exchange;
}

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
