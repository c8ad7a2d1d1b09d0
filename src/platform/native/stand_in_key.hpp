#pragma once
// Screenshots and demos must not show a real key: a scene that creates a token has the accessKey in
// the server's answer swapped for a made-up one before the page reads it.

#include "core/secret.hpp"

#include <string>
#include <string_view>

namespace imt::native {

// Replaces the value of each "accessKey" member in a JSON body with `stand_in`. The old body, which
// held the real key, is wiped. A body without one is left as it is.
void swap_access_keys(std::string& body, std::string_view stand_in);

} // namespace imt::native
