#include "contract_exchange.hpp"

#include <fstream>
#include <stdexcept>

namespace imt::test {

std::string ContractExchange::request_body() const {
    const auto& request = recorded["request"];
    if (request.contains("body_raw") && request["body_raw"].is_string())
        return request["body_raw"];
    if (request.contains("body"))
        return request["body"].dump();
    return {};
}

CannedResponse ContractExchange::response() const {
    const auto& recorded_response = recorded["response"];
    CannedResponse response;
    response.status = recorded_response["status"];
    const auto& headers = recorded_response.value("headers", nlohmann::json::object());
    response.content_type = headers.value("content-type", std::string{});
    if (headers.contains("set-cookie")) {
        const auto& cookies = headers["set-cookie"];
        if (cookies.is_array()) {
            for (const auto& cookie : cookies)
                response.headers.emplace_back("Set-Cookie", cookie.get<std::string>());
        } else {
            response.headers.emplace_back("Set-Cookie", cookies.get<std::string>());
        }
    }
    const auto& body = recorded_response["body"];
    response.body =
        body.is_string() ? body.get<std::string>() : (body.is_null() ? std::string{} : body.dump());
    return response;
}

ContractExchange load_exchange(const std::filesystem::path& directory, const std::string& file) {
    std::ifstream in(directory / file);
    if (!in)
        throw std::runtime_error("missing contract exchange " + (directory / file).string());
    return ContractExchange{nlohmann::json::parse(in)};
}

} // namespace imt::test
