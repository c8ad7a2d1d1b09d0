#pragma once
// Text that ImGui cannot draw one code point at a time: right-to-left scripts (Arabic, Hebrew,
// Persian), joining and reordering scripts (Devanagari, Thai...), combining marks, emoji and their
// ZWJ sequences, colour. Such a string is drawn as one shaped "run" by a TextRuns implementation
// (the browser's 2D canvas on the web), cached as an image and drawn with one AddImage; any other
// string keeps ImGui's per-glyph path. The rules that decide it live here, written once.

#include <imgui.h>

#include <cstddef>
#include <string_view>

namespace imt::ui {

enum class TextDirection : unsigned char { Ltr, Rtl };

// True when `utf8` holds a character that per-glyph drawing gets wrong (see the file comment), or
// a CJK character (a run costs one small upload, a new glyph a rebuild of the whole atlas).
bool needs_run(std::string_view utf8);

// The paragraph's base direction by the Unicode bidi algorithm's rules P2 and P3: that of the first
// strong character (an Arabic or Hebrew letter: right to left; any other letter: left to right),
// left to right when there is none.
TextDirection base_direction(std::string_view utf8);

// The largest byte offset <= `at` that is a grapheme boundary: never inside a UTF-8 sequence, before
// a combining or spacing mark, around a zero-width joiner, before a variation selector or skin tone
// modifier, or between the two regional indicators of a flag.
std::size_t grapheme_floor(std::string_view utf8, std::size_t at);

// What a run looks like once drawn: its image and where it sits from the pen (the top-left corner of
// the line box, as ImDrawList::AddText takes it), in logical pixels.
struct RunImage {
    ImTextureID texture{};
    ImVec2 uv0, uv1;
    ImVec2 offset; // of the image's top-left corner from the pen
    ImVec2 size;
};

class TextRuns {
public:
    virtual ~TextRuns() = default;
    // The run's advance in logical pixels, in `font`.
    virtual float width(const ImFont* font, std::string_view utf8) = 0;
    // The run drawn in `colour` (straight RGBA, emoji keep their own colours), or nullptr when it
    // cannot be drawn: the caller then draws glyph by glyph.
    virtual const RunImage* image(const ImFont* font, std::string_view utf8, ImU32 colour) = 0;
    // Told where each run went on screen (its image's top-left corner), for tests to find it.
    virtual void drawn(std::string_view /*utf8*/, const RunImage& /*image*/, ImVec2 /*min*/) {}
};

// The runs of the current ImGui context (nullptr: every string is drawn glyph by glyph).
void attach_text_runs(ImGuiContext* context, TextRuns* runs);
TextRuns* text_runs();

// The run implementation for `utf8`, when it needs one and there is one.
inline TextRuns* runs_for(std::string_view utf8) {
    TextRuns* runs = text_runs();
    return runs != nullptr && needs_run(utf8) ? runs : nullptr;
}

} // namespace imt::ui
