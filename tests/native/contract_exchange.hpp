#pragma once
// A recorded Strapi exchange's answer (platform/headless/recorded_exchange.hpp) as the loopback server
// sends it back: status, content type, Set-Cookie headers and body, as Strapi sent them.

#include "loopback_http.hpp"
#include "platform/headless/recorded_exchange.hpp"

namespace imt::test {

using headless::load_exchange;
using headless::RecordedExchange;

CannedResponse canned(const RecordedExchange& exchange);

} // namespace imt::test
