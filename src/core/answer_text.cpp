// The body as the JSON parser reads it: secrets out, UTF-8 repaired (answer_text.hpp).

#include "core/answer_text.hpp"

#include "core/text.hpp"

#include <array>

namespace imt::json_read {
namespace {

constexpr std::string_view kReplacement = kReplacementCharacter;

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The index of the closing quote of the string opening at `open`, or npos if it never closes.
std::size_t string_end(std::string_view body, std::size_t open) {
    for (std::size_t i = open + 1; i < body.size(); ++i) {
        if (body[i] == '\\')
            ++i;
        else if (body[i] == '"')
            return i;
    }
    return std::string_view::npos;
}

int hex_value(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The four hex digits at raw[at], or nothing.
std::optional<unsigned> hex4(std::string_view raw, std::size_t at) {
    if (at + 4 > raw.size())
        return std::nullopt;
    unsigned code = 0;
    for (std::size_t k = 0; k < 4; ++k) {
        const int digit = hex_value(raw[at + k]);
        if (digit < 0)
            return std::nullopt;
        code = code * 16 + static_cast<unsigned>(digit);
    }
    return code;
}

void append_code_point(WipingString& out, unsigned code) {
    if (code < 0x80) {
        out += static_cast<char>(code);
    } else if (code < 0x800) {
        out += static_cast<char>(0xC0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        out += static_cast<char>(0xE0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (code >> 18));
        out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    }
}

// A JSON string's raw bytes with its escapes undone, into a buffer reserved once (so no partial
// copy is left behind by a reallocation), as the parser would: surrogate pairs joined, a lone one U+FFFD.
Secret unescape(std::string_view raw) {
    WipingString out;
    out.reserve(raw.size() * kReplacement.size());
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] != '\\' || i + 1 >= raw.size()) {
            out += raw[i];
            continue;
        }
        const char escaped = raw[++i];
        switch (escaped) {
        case 'b':
            out += '\b';
            break;
        case 'f':
            out += '\f';
            break;
        case 'n':
            out += '\n';
            break;
        case 'r':
            out += '\r';
            break;
        case 't':
            out += '\t';
            break;
        case 'u': {
            const auto code = hex4(raw, i + 1);
            if (!code)
                break; // the parser refuses the body anyway
            i += 4;
            unsigned point = *code;
            if (point >= 0xD800 && point <= 0xDBFF && i + 2 < raw.size() && raw[i + 1] == '\\' &&
                raw[i + 2] == 'u') {
                const auto low = hex4(raw, i + 3);
                if (low && *low >= 0xDC00 && *low <= 0xDFFF) {
                    point = 0x10000 + ((point - 0xD800) << 10) + (*low - 0xDC00);
                    i += 6;
                }
            }
            if (point >= 0xD800 && point <= 0xDFFF)
                out += kReplacement; // a lone surrogate, which the parser refuses anyway
            else
                append_code_point(out, point);
            break;
        }
        default:
            out += escaped;
            break; // \" \\ \/
        }
    }
    Secret secret(out);
    wipe(out);
    return secret;
}

} // namespace

std::size_t utf8_sequence_length(std::string_view text, std::size_t i) {
    const auto decoded = decode_utf8(text, i);
    return decoded ? decoded->size : 0;
}

bool is_secret_member(std::string_view key) {
    return key == "accessKey" || key == "token" || key == "accessToken";
}

std::vector<SecretField> find_secret_fields(std::string_view body) {
    std::vector<SecretField> fields;
    int depth = 0;
    std::string_view top_key;
    std::string_view last_key;
    bool after_colon = false;
    for (std::size_t i = 0; i < body.size(); ++i) {
        const char c = body[i];
        if (is_space(c))
            continue;
        if (c == '"') {
            const std::size_t end = string_end(body, i);
            if (end == std::string_view::npos)
                break;
            const std::string_view text = body.substr(i + 1, end - i - 1);
            std::size_t next = end + 1;
            while (next < body.size() && is_space(body[next]))
                ++next;
            if (!after_colon && next < body.size() && body[next] == ':') {
                last_key = text;
                if (depth == 1)
                    top_key = text;
            } else if (after_colon && depth == 2 && top_key == "data" && is_secret_member(last_key)) {
                fields.push_back(SecretField{last_key, i + 1, end});
            }
            after_colon = false;
            i = end;
            continue;
        }
        after_colon = c == ':';
        if (c == '{' || c == '[')
            ++depth;
        else if (c == '}' || c == ']')
            --depth;
    }
    return fields;
}

bool is_valid_utf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = utf8_sequence_length(text, i);
        if (length == 0)
            return false;
        i += length;
    }
    return true;
}

const Secret* AnswerText::secret(std::string_view key) const {
    const Secret* found = nullptr;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (fields[i].key == key)
            found = &secrets[i];
    }
    return found;
}

std::optional<AnswerText> prepare_answer_text(std::string_view body) {
    if (body.size() > kMaxAnswerBytes)
        return std::nullopt;
    AnswerText answer;
    answer.fields = find_secret_fields(body);
    if (answer.fields.empty() && is_valid_utf8(body))
        return answer;
    answer.rewritten = true;
    answer.secrets.reserve(answer.fields.size());
    answer.text.reserve(body.size() * kReplacement.size());
    std::size_t next_field = 0;
    for (std::size_t i = 0; i < body.size();) {
        if (next_field < answer.fields.size() && i == answer.fields[next_field].begin) {
            const auto& field = answer.fields[next_field++];
            answer.secrets.push_back(unescape(body.substr(field.begin, field.end - field.begin)));
            answer.text.append(field.end - field.begin, '*');
            i = field.end;
            continue;
        }
        const std::size_t length = utf8_sequence_length(body, i);
        if (length == 0) {
            answer.text += kReplacement;
            ++i;
        } else {
            answer.text.append(body.substr(i, length));
            i += length;
        }
    }
    return answer;
}

} // namespace imt::json_read
