#pragma once
// The name a duplicate of a token starts with: the source's name with a suffix in the page's
// language, fitted to the name rules of validation.hpp so the form opens with nothing to fix.

#include "core/model.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace imt {

// "<source> (<word>)", or "<source> (<word> 2)", "(<word> 3)"… when that name is taken. Taken is
// compared without case, so the name is not even a case twin of another token's. The source's name
// is cut (whole code points) so the result stays within kNameMaxLength. A source that is itself a
// duplicate ("CI (copy)", "CI (copy 2)") is counted on rather than suffixed twice: "CI (copy 2)".
std::string duplicate_name(std::string_view source, std::string_view word,
                           const std::vector<ApiToken>& existing);

} // namespace imt
