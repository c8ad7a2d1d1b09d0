#include "contract_exchange.hpp"

namespace imt::test {

CannedResponse canned(const RecordedExchange& exchange) {
    HttpResponse answer = exchange.http_response();
    CannedResponse response;
    response.status = answer.status;
    response.content_type = std::move(answer.content_type);
    response.body = std::move(answer.body);
    for (auto& cookie : exchange.set_cookies()) {
        response.headers.emplace_back("Set-Cookie", std::move(cookie));
    }
    return response;
}

} // namespace imt::test
