#pragma once
// An answer's body made ready for the JSON parser (private to src/core): bounded in size, with broken
// UTF-8 repaired and every secret taken out before the parser sees a byte of it.
//
// Why the secrets are taken out: nlohmann's lexer copies each string into buffers that grow by
// reallocation and are freed without being zeroed, so a key or JWT it has read stays in freed heap.
// Here the secret's bytes are replaced by '*' in the text handed to the parser, and the secret itself
// is read straight from the body into a Secret.

#include "core/http.hpp"
#include "core/secret.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace imt::json_read {

// The members whose string value is a secret, wherever Strapi puts one: data.accessKey (create,
// regenerate), data.token and data.accessToken (login, access-token).
bool is_secret_member(std::string_view key);

// A secret-bearing string value found in a body: the bytes between its quotes, escapes undone later.
struct SecretField {
    std::string_view key;
    std::size_t begin = 0; // first byte after the opening quote
    std::size_t end = 0;   // the closing quote
};

// The string values of data.<secret member> in a JSON body, in order, without parsing it: a scan
// that tracks strings, nesting and the top-level key. Anything malformed ends the scan early.
std::vector<SecretField> find_secret_fields(std::string_view body);

// True when every byte sequence in text is well-formed UTF-8 (RFC 3629).
bool is_valid_utf8(std::string_view text);
// The length of the well-formed UTF-8 sequence starting at text[i], or 0 when it is not one.
std::size_t utf8_sequence_length(std::string_view text, std::size_t i);
inline constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD"; // U+FFFD

using WipingString = std::basic_string<char, std::char_traits<char>, WipingAllocator<char>>;

// The body as the parser should read it. `text` is empty when the body itself can be read as it is
// (no secret in it, valid UTF-8): the usual case, which copies nothing.
struct AnswerText {
    WipingString text;
    bool rewritten = false;
    std::vector<SecretField> fields;
    std::vector<Secret> secrets; // fields[i]'s value, escapes undone

    [[nodiscard]] std::string_view view(std::string_view body) const {
        return rewritten ? std::string_view(text) : body;
    }
    // The value of the last data.<key> (JSON keeps the last of duplicate members), or nothing.
    [[nodiscard]] const Secret* secret(std::string_view key) const;
};

// Nothing when the body is over kMaxAnswerBytes.
std::optional<AnswerText> prepare_answer_text(std::string_view body);

} // namespace imt::json_read
