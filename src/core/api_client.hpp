#pragma once
// Turns the core's API calls into HTTP requests for Strapi's admin REST API.

#include "core/effects.hpp"
#include "core/http.hpp"
#include "core/secret.hpp"

namespace imt {

HttpRequest to_http_request(const ApiCall& call, const Secret& jwt);

} // namespace imt
