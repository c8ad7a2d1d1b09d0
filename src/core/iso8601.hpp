#pragma once
// ISO-8601 UTC timestamps as Strapi writes them: "2026-12-04T21:26:09.379Z".

#include "core/model.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace imt {

// Accepts the UTC "Z" form with 0-3 fractional digits; nothing for anything else.
std::optional<Timestamp> parse_iso8601(std::string_view text);
// Always writes milliseconds: "YYYY-MM-DDTHH:MM:SS.mmmZ".
std::string format_iso8601(Timestamp time);

} // namespace imt
