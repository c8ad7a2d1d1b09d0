#include "ui/text_runs.hpp"

#include <imgui_internal.h>

namespace imt::ui {
namespace {

struct Range {
    char32_t first, last;
};

bool in(const Range* begin, const Range* end, char32_t code) {
    for (const Range* r = begin; r != end; ++r) {
        if (code >= r->first && code <= r->last) {
            return true;
        }
    }
    return false;
}

template <std::size_t N>
bool in(const Range (&ranges)[N], char32_t code) {
    return in(ranges, ranges + N, code);
}

// Right-to-left scripts: Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, Arabic extended
// and presentation forms, and the RTL blocks of the supplementary planes.
constexpr Range kRtl[] = {
    {0x0590, 0x08FF}, {0xFB1D, 0xFDFF}, {0xFE70, 0xFEFF}, {0x10800, 0x10FFF}, {0x1E800, 0x1EFFF}};

// Characters whose look depends on their neighbours, or which are drawn in colour: combining marks,
// the Indic and South-East Asian scripts, Hangul jamo, joiners, bidi controls, variation
// selectors, emoji. Also CJK (see needs_run).
constexpr Range kShaped[] = {
    {0x0300, 0x036F},   {0x0483, 0x0489},   {0x0900, 0x0DFF},   {0x0E00, 0x0FFF}, {0x1000, 0x109F},
    {0x1100, 0x11FF},   {0x1780, 0x17FF},   {0x1AB0, 0x1AFF},   {0x1DC0, 0x1DFF}, {0x200B, 0x200F},
    {0x202A, 0x202E},   {0x2066, 0x2069},   {0x20D0, 0x20FF},   {0x231A, 0x231B}, {0x23E9, 0x23FA},
    {0x2600, 0x27BF},   {0x2B50, 0x2B55},   {0x2E80, 0x9FFF},   {0xA8E0, 0xA8FF}, {0xA980, 0xAAFF},
    {0xAC00, 0xD7FF},   {0xF900, 0xFAFF},   {0xFE00, 0xFE0F},   {0xFE20, 0xFE2F}, {0xFF00, 0xFFEF},
    {0x1F000, 0x1FAFF}, {0x20000, 0x3FFFF}, {0xE0000, 0xE01EF},
};

// Marks that extend the grapheme before them (UAX #29 Extend and SpacingMark, the common ones),
// the zero-width joiner, variation selectors and skin tone modifiers.
constexpr Range kExtend[] = {
    {0x0300, 0x036F}, {0x0483, 0x0489},   {0x0591, 0x05BD},   {0x05BF, 0x05BF},   {0x05C1, 0x05C7},
    {0x0610, 0x061A}, {0x064B, 0x065F},   {0x0670, 0x0670},   {0x06D6, 0x06ED},   {0x0900, 0x0903},
    {0x093A, 0x094F}, {0x0951, 0x0957},   {0x0962, 0x0963},   {0x0981, 0x0983},   {0x09BC, 0x09D7},
    {0x0E31, 0x0E31}, {0x0E33, 0x0E3A},   {0x0E47, 0x0E4E},   {0x0EB1, 0x0EBC},   {0x0EC8, 0x0ECD},
    {0x1AB0, 0x1AFF}, {0x1DC0, 0x1DFF},   {0x200C, 0x200D},   {0x20D0, 0x20FF},   {0xFE00, 0xFE0F},
    {0xFE20, 0xFE2F}, {0x1F3FB, 0x1F3FF}, {0xE0020, 0xE007F}, {0xE0100, 0xE01EF},
};

constexpr char32_t kZeroWidthJoiner = 0x200D;

bool regional_indicator(char32_t code) {
    return code >= 0x1F1E6 && code <= 0x1F1FF;
}

bool letter_like(char32_t code) {
    // ASCII and Latin-1 letters, and every script block from Latin Extended on; digits, punctuation,
    // symbols and spaces are neutral.
    if (code < 0x80) {
        return (code >= 'A' && code <= 'Z') || (code >= 'a' && code <= 'z');
    }
    if (code < 0x100) {
        return code >= 0xC0 && code != 0xD7 && code != 0xF7;
    }
    return code < 0x2000 || (code >= 0x2C00 && code < 0xFE00) || (code >= 0x10000 && code < 0x1F000) ||
           code >= 0x20000;
}

// Decodes the code point at `at` and returns the next offset.
std::size_t decode(std::string_view text, std::size_t at, char32_t& code) {
    unsigned value = 0;
    const int length = ImTextCharFromUtf8(&value, text.data() + at, text.data() + text.size());
    code = value;
    return at + static_cast<std::size_t>(length > 0 ? length : 1);
}

} // namespace

bool needs_run(std::string_view utf8) {
    for (std::size_t at = 0; at < utf8.size();) {
        if (static_cast<unsigned char>(utf8[at]) < 0x80) {
            ++at; // ASCII: the common case, decided without decoding
            continue;
        }
        char32_t code = 0;
        at = decode(utf8, at, code);
        if (in(kRtl, code) || in(kShaped, code)) {
            return true;
        }
    }
    return false;
}

TextDirection base_direction(std::string_view utf8) {
    for (std::size_t at = 0; at < utf8.size();) {
        char32_t code = 0;
        at = decode(utf8, at, code);
        if (in(kRtl, code)) {
            return TextDirection::Rtl;
        }
        if (letter_like(code) && !in(kExtend, code)) {
            return TextDirection::Ltr; // Latin, Greek, Cyrillic, Devanagari, Thai, CJK...
        }
    }
    return TextDirection::Ltr;
}

std::size_t grapheme_floor(std::string_view utf8, std::size_t at) {
    if (at >= utf8.size()) {
        return utf8.size();
    }
    // Code point starts and values up to `at`.
    char32_t previous = 0;
    std::size_t boundary = 0;
    int indicators = 0; // regional indicators in a row, to pair them
    for (std::size_t offset = 0; offset < utf8.size();) {
        char32_t code = 0;
        const std::size_t next = decode(utf8, offset, code);
        const bool joins = offset > 0 && (in(kExtend, code) || previous == kZeroWidthJoiner ||
                                          (regional_indicator(code) && indicators % 2 == 1));
        indicators = regional_indicator(code) ? indicators + 1 : 0;
        if (offset > at) {
            break;
        }
        if (!joins) {
            boundary = offset;
        }
        if (offset == at) {
            break;
        }
        previous = code;
        offset = next;
    }
    return boundary;
}

void attach_text_runs(ImGuiContext* context, TextRuns* runs) {
    context->IO.UserData = runs;
}

TextRuns* text_runs() {
    ImGuiContext* context = ImGui::GetCurrentContext();
    return context != nullptr ? static_cast<TextRuns*>(context->IO.UserData) : nullptr;
}

} // namespace imt::ui
