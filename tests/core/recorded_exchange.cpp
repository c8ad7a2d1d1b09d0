#include "recorded_exchange.hpp"

#include <algorithm>
#include <fstream>
#include <stdexcept>

namespace imt::testing {

std::filesystem::path contract_dir() {
    return IMT_CONTRACT_DIR;
}

std::vector<std::filesystem::path> exchange_files() {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(contract_dir())) {
        const auto name = entry.path().filename().string();
        const bool numbered = name.size() > 4 && std::isdigit(static_cast<unsigned char>(name[0])) &&
                              entry.path().extension() == ".json";
        if (numbered)
            files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

RecordedExchange load_exchange(std::string_view stem) {
    for (const auto& path : exchange_files()) {
        const auto name = path.filename().string();
        const bool matches =
            name.rfind(std::string(stem) + "-", 0) == 0 || name == std::string(stem) + ".json";
        if (!matches)
            continue;
        std::ifstream in(path);
        auto json = nlohmann::json::parse(in);
        return {name, json.at("request"), json.at("response")};
    }
    throw std::runtime_error("no recorded exchange " + std::string(stem));
}

HttpResponse recorded_response(const RecordedExchange& exchange, std::uint64_t request_id) {
    HttpResponse response;
    response.request_id = request_id;
    response.status = exchange.response.at("status").get<int>();
    const auto& headers = exchange.response.value("headers", nlohmann::json::object());
    response.content_type = headers.value("content-type", "");
    const auto& body = exchange.response.at("body");
    response.body = body.is_string() ? body.get<std::string>() : body.dump();
    return response;
}

HttpResponse recorded_response(std::string_view stem, std::uint64_t request_id) {
    return recorded_response(load_exchange(stem), request_id);
}

} // namespace imt::testing
