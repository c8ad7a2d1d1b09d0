#include "core/duplicate_name.hpp"

#include "core/text.hpp"
#include "core/validation.hpp"

#include <algorithm>
#include <cctype>

namespace imt {
namespace {

// `name` without a trailing " (<word>)" or " (<word> N)".
std::string_view without_suffix(std::string_view name, std::string_view word) {
    if (!name.ends_with(')'))
        return name;
    const std::string opening = " (" + std::string(word);
    const auto at = name.rfind(opening);
    if (at == std::string_view::npos || at == 0)
        return name;
    std::string_view rest = name.substr(at + opening.size());
    rest.remove_suffix(1); // ')'
    if (!rest.empty()) {
        if (rest.front() != ' ' || rest.size() == 1)
            return name;
        rest.remove_prefix(1);
        if (!std::all_of(rest.begin(), rest.end(),
                         [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
            return name;
    }
    return name.substr(0, at);
}

bool taken(std::string_view name, const std::vector<ApiToken>& existing) {
    return std::any_of(existing.begin(), existing.end(),
                       [&](const ApiToken& t) { return ascii_iequals(trim(t.name), name); });
}

} // namespace

std::string duplicate_name(std::string_view source, std::string_view word,
                           const std::vector<ApiToken>& existing) {
    const std::string trimmed = trim(source);
    const std::string base(without_suffix(trimmed, word));
    // One more than the tokens there are always finds a free number.
    for (std::size_t n = 1; n <= existing.size() + 1; ++n) {
        const std::string suffix = " (" + std::string(word) + (n == 1 ? "" : " " + std::to_string(n)) + ")";
        const std::size_t room = kNameMaxLength - std::min(kNameMaxLength, utf8_length(suffix));
        std::string candidate = trim(first_code_points(base, room)) + suffix;
        if (!taken(candidate, existing))
            return candidate;
    }
    return trimmed; // unreachable: n + 1 names cannot all be taken by n tokens
}

} // namespace imt
