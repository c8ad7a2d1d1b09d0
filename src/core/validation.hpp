#pragma once
// Checks a create/edit draft before it is sent, with the page's own rules: the trimmed name is given,
// at most 100 characters and not another token's (a clash in case only is a warning), the trimmed
// description at most 255 characters, neither holds a NUL character (see kDescriptionMaxLength), the type and
// lifespan are known ones and the lifespan is unchanged on edit, a custom token's permissions all
// exist (none at all is a warning). Every finding names its field and a message key for the UI's
// catalogue. Whatever else the server refuses comes back in its answer; these checks do not claim to
// be the server's (the tests mirror those in tests/core/server_rules_oracle.hpp).

#include "core/api_error.hpp"
#include "core/model.hpp"
#include "core/permission_catalogue.hpp"

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace imt {

// Strapi's admin form limit. Counted in Unicode code points, so "é" or "日" count as one.
inline constexpr std::size_t kNameMaxLength = 100;
// Strapi stores the description in a varchar(255) column. SQLite keeps a longer one, PostgreSQL (and
// MySQL) refuse it with a bare 500, as they refuse a NUL character in any text: the page checks both
// itself, so a draft is never lost to the database it happens to run on (tests/contract/postgres).
inline constexpr std::size_t kDescriptionMaxLength = 255;

struct ValidationContext {
    const std::vector<ApiToken>* existing = nullptr; // the loaded list, for name uniqueness
    std::optional<TokenId> editing_id;               // the token being edited; it may keep its own name
    const PermissionCatalogue* catalogue = nullptr;  // absent or empty: permissions are not checked
    std::optional<Lifespan> original_lifespan;       // set when editing: the lifespan cannot change
};

struct DraftCheck {
    std::vector<FieldError> errors;   // block saving
    std::vector<FieldError> warnings; // shown, but the server would accept the draft
    bool ok() const { return errors.empty(); }
    const FieldError* error_for(std::string_view field) const;
    const FieldError* warning_for(std::string_view field) const;
};

DraftCheck validate_draft(const TokenDraft& draft, const ValidationContext& context);

} // namespace imt
