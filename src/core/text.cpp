#include "core/text.hpp"

#include <algorithm>
#include <array>
#include <optional>

namespace imt {

namespace {

bool is_continuation(unsigned char byte) {
    return (byte & 0xC0) == 0x80;
}

// Length of the white-space code point starting at `offset`, or 0.
std::size_t whitespace_at(std::string_view text, std::size_t offset) {
    const auto decoded = decode_utf8(text, offset);
    return decoded && is_js_whitespace(decoded->code_point) ? decoded->size : 0;
}

// Start offset of the code point that ends right before `end`, walking back over continuation bytes.
std::size_t previous_start(std::string_view text, std::size_t end) {
    std::size_t start = end - 1;
    while (start > 0 && end - start < 4 && is_continuation(static_cast<unsigned char>(text[start]))) {
        --start;
    }
    return start;
}

} // namespace

std::optional<Utf8Char> decode_utf8(std::string_view text, std::size_t offset) {
    if (offset >= text.size()) {
        return std::nullopt;
    }
    text.remove_prefix(offset);
    const auto lead = static_cast<unsigned char>(text[0]);
    std::size_t size = 0;
    char32_t value = 0;
    char32_t minimum = 0;
    if (lead < 0x80) {
        return Utf8Char{lead, 1};
    } else if ((lead & 0xE0) == 0xC0) {
        size = 2, value = lead & 0x1F, minimum = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
        size = 3, value = lead & 0x0F, minimum = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
        size = 4, value = lead & 0x07, minimum = 0x10000;
    } else {
        return std::nullopt;
    }
    if (text.size() < size) {
        return std::nullopt;
    }
    for (std::size_t i = 1; i < size; ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (!is_continuation(byte)) {
            return std::nullopt;
        }
        value = (value << 6) | (byte & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are not characters.
    if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
        return std::nullopt;
    }
    return Utf8Char{value, size};
}

bool is_js_whitespace(char32_t c) {
    // ECMAScript's WhiteSpace and LineTerminator: U+2000..U+200A below, the scattered rest here.
    static constexpr std::array<char32_t, 14> kScattered = {
        0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF};
    return (c >= 0x2000 && c <= 0x200A) ||
           std::find(kScattered.begin(), kScattered.end(), c) != kScattered.end();
}

std::string trim(std::string_view text) {
    std::size_t begin = 0;
    while (begin < text.size()) {
        const std::size_t size = whitespace_at(text, begin);
        if (size == 0) {
            break;
        }
        begin += size;
    }
    std::size_t end = text.size();
    while (end > begin) {
        const std::size_t start = std::max(previous_start(text, end), begin);
        if (whitespace_at(text, start) != end - start) {
            break;
        }
        end = start;
    }
    return std::string(text.substr(begin, end - begin));
}

std::size_t utf8_length(std::string_view text) {
    std::size_t count = 0;
    std::size_t offset = 0;
    while (offset < text.size()) {
        const auto decoded = decode_utf8(text, offset);
        offset += decoded ? decoded->size : 1;
        ++count;
    }
    return count;
}

std::string_view first_code_points(std::string_view text, std::size_t count) {
    std::size_t offset = 0;
    for (std::size_t n = 0; n < count && offset < text.size(); ++n) {
        const auto next = decode_utf8(text, offset);
        offset += next ? next->size : 1;
    }
    return text.substr(0, offset);
}

char ascii_lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

std::string ascii_lower(std::string_view text) {
    std::string lowered(text);
    for (char& c : lowered) {
        c = ascii_lower(c);
    }
    return lowered;
}

bool ascii_iequals(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return ascii_lower(x) == ascii_lower(y);
           });
}

bool ascii_icontains(std::string_view haystack, std::string_view needle) {
    const auto found = std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(),
                                   [](char x, char y) { return ascii_lower(x) == ascii_lower(y); });
    return needle.empty() || found != haystack.end();
}

std::string ascii_capitalize(std::string_view text) {
    std::string result = ascii_lower(text);
    if (!result.empty() && result[0] >= 'a' && result[0] <= 'z') {
        result[0] = static_cast<char>(result[0] - 'a' + 'A');
    }
    return result;
}

} // namespace imt
