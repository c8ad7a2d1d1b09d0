#include "platform/headless/recorded_exchange.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <stdexcept>

namespace imt::headless {
namespace {

// The recorder keeps a JSON answer as JSON and any other answer (text/plain "Method Not Allowed")
// as its text.
std::string body_text(const nlohmann::json& body) {
    if (body.is_null()) {
        return {};
    }
    return body.is_string() ? body.get<std::string>() : body.dump();
}

} // namespace

HttpMethod RecordedExchange::method() const {
    const std::string text = request.at("method").get<std::string>();
    for (const HttpMethod method : {HttpMethod::Get, HttpMethod::Post, HttpMethod::Put, HttpMethod::Delete}) {
        if (to_string(method) == text) {
            return method;
        }
    }
    throw std::runtime_error(file + ": a method the client never sends: " + text);
}

std::string RecordedExchange::path() const {
    return request.at("path").get<std::string>();
}

std::string RecordedExchange::request_body() const {
    if (request.contains("body_raw")) {
        return request.at("body_raw").get<std::string>();
    }
    return request.contains("body") ? request.at("body").dump() : std::string();
}

HttpResponse RecordedExchange::http_response(std::uint64_t request_id) const {
    HttpResponse answer;
    answer.request_id = request_id;
    answer.status = response.at("status").get<int>();
    const auto headers = response.value("headers", nlohmann::json::object());
    answer.content_type = headers.value("content-type", std::string());
    answer.body = body_text(response.value("body", nlohmann::json()));
    return answer;
}

std::vector<std::string> RecordedExchange::set_cookies() const {
    const auto headers = response.value("headers", nlohmann::json::object());
    const auto cookies = headers.value("set-cookie", nlohmann::json());
    if (cookies.is_string()) {
        return {cookies.get<std::string>()};
    }
    return cookies.is_array() ? cookies.get<std::vector<std::string>>() : std::vector<std::string>();
}

std::vector<std::filesystem::path> exchange_files(const std::filesystem::path& directory) {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(directory)) {
        const std::string name = entry.path().filename().string();
        const bool numbered = name.size() > 4 && std::isdigit(static_cast<unsigned char>(name[0])) != 0 &&
                              entry.path().extension() == ".json";
        if (numbered) {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

RecordedExchange load_exchange(const std::filesystem::path& directory, std::string_view name) {
    std::string stem(name);
    if (stem.ends_with(".json")) {
        stem.resize(stem.size() - 5);
    }
    for (const auto& path : exchange_files(directory)) {
        const std::string file = path.filename().string();
        if (file != stem + ".json" && !file.starts_with(stem + "-")) {
            continue;
        }
        std::ifstream in(path, std::ios::binary);
        const auto document = nlohmann::json::parse(in, nullptr, false);
        if (!document.is_object() || !document.contains("request") || !document.contains("response")) {
            throw std::runtime_error("not a recorded exchange: " + path.string());
        }
        return {file, document.at("request"), document.at("response")};
    }
    throw std::runtime_error("no recorded exchange " + stem + " in " + directory.string());
}

} // namespace imt::headless
