#pragma once
// The new key, ready to paste where it will be used: raw, as an Authorization header, as a .env line,
// as a curl command or a fetch() call against the Strapi origin and a GET route the token can call.
// Every text that holds the key is built straight into wiping memory and handed out as a Secret.

#include "core/model.hpp"
#include "core/permission_catalogue.hpp"
#include "core/secret.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace imt {

enum class CopyVariant : std::uint8_t { Raw, Header, EnvLine, Curl, Fetch };

// In the order the banner offers them.
inline constexpr std::array<CopyVariant, 5> kCopyVariants = {
    CopyVariant::Raw, CopyVariant::Header, CopyVariant::EnvLine, CopyVariant::Curl, CopyVariant::Fetch};

// A stable name for ids and tests ("raw", "header", "env", "curl", "fetch").
std::string_view variant_id(CopyVariant variant);
std::optional<CopyVariant> variant_from_id(std::string_view id);

inline constexpr std::string_view kDefaultEnvName = "STRAPI_API_TOKEN";

// What the copy texts are built from besides the key. Kept for the page's life, in memory only.
struct CopyPrefs {
    std::string strapi_origin;             // "http://127.0.0.1:1337", no trailing slash
    std::string env_name{kDefaultEnvName}; // the .env variable, as the admin edited it
    friend bool operator==(const CopyPrefs&, const CopyPrefs&) = default;
};

// A shell and .env variable name: a letter or "_", then letters, digits or "_".
bool valid_env_name(std::string_view name);

// The origin as the platform knows it, without the trailing slash(es).
std::string normalised_origin(std::string_view origin);

// A GET route the token can call, with no path parameter to fill in: a collection's find first
// (its controller also has findOne, so the answer is a 200 list even when empty; a single type's
// find is a 404 until its entry exists), else any GET without ":". Nothing when the token can call
// none. The path is as Strapi lists it ("/api/restaurants").
std::optional<std::string> example_get_route(const PermissionCatalogue& catalogue, TokenType type,
                                             const PermissionSet& custom_selection);

// Whether the variant can be built: curl and fetch need a route and an origin, .env a valid name.
bool variant_available(CopyVariant variant, const CopyPrefs& prefs, const std::optional<std::string>& route);

// The text to put on the clipboard. Empty when !variant_available().
Secret copy_text(CopyVariant variant, std::string_view key, const CopyPrefs& prefs,
                 const std::optional<std::string>& route);

} // namespace imt
