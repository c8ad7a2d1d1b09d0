#pragma once
// Text helpers shared by validation and search: UTF-8 aware where people see characters,
// ASCII-only where Strapi itself only folds ASCII.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace imt {

// Removes leading and trailing white space as JavaScript's String.prototype.trim (and lodash trim,
// which Strapi's server uses) does: ASCII space, tab, line breaks, form/vertical feed, NBSP, BOM,
// U+1680, U+2000..U+200A, U+2028, U+2029, U+202F, U+205F and U+3000. Invalid UTF-8 is kept as is.
std::string trim(std::string_view text);

// Whether a code point is white space for JavaScript's trim.
bool is_js_whitespace(char32_t code_point);

struct Utf8Char {
    char32_t code_point;
    std::size_t size; // bytes
};
// The well-formed UTF-8 sequence (RFC 3629) starting at text[offset]; nothing for a malformed,
// overlong or cut-short one, a surrogate, or a value past U+10FFFF.
std::optional<Utf8Char> decode_utf8(std::string_view text, std::size_t offset = 0);

// Number of Unicode code points; each byte of an invalid sequence counts as one.
std::size_t utf8_length(std::string_view text);
// The first `count` code points of `text`, counted as utf8_length counts them: never a cut sequence.
std::string_view first_code_points(std::string_view text, std::size_t count);

char ascii_lower(char c);
std::string ascii_lower(std::string_view text);
// Equal when only the case of ASCII letters differs.
bool ascii_iequals(std::string_view a, std::string_view b);
// Case-insensitive (ASCII) substring search; an empty needle is found everywhere.
bool ascii_icontains(std::string_view haystack, std::string_view needle);

// lodash's capitalize for ASCII: first letter upper case, the rest lower case.
std::string ascii_capitalize(std::string_view text);

} // namespace imt
