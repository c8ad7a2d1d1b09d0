#pragma once
// The banner's copy texts for the token it shows: the route its curl and fetch() call, whether a
// variant can be built now, and the text itself. Asked by the core (the CopyToClipboard effect),
// the UI (what to offer) and the web platform (which writes inside the click's own DOM event).

#include "core/copy_variants.hpp"
#include "core/state.hpp"

#include <optional>
#include <string>

namespace imt {

// The GET route of example_get_route() for the banner's token, once the catalogue is in.
std::optional<std::string> banner_route(const State& s);
bool banner_variant_available(const State& s, CopyVariant variant);
// Empty without a banner or when the variant cannot be built.
Secret banner_copy_text(const State& s, CopyVariant variant);

} // namespace imt
