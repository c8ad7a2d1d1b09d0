// Text and glyphs drawn straight to a draw list, measured, cut with an ellipsis, and reported to the
// item registry's text log so tests read what the screen says.

#include "ui/item_registry.hpp"
#include "ui/widgets.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace imt::ui {

float font_size(const ImFont* font) {
    return font->FontSize * GImGui->IO.FontGlobalScale;
}

ImVec2 text_size(ImFont* font, std::string_view text, float wrap_width) {
    return font->CalcTextSizeA(font_size(font), FLT_MAX, wrap_width, text.data(), text.data() + text.size());
}

void draw_text(ImDrawList* draw, ImFont* font, float size, ImVec2 position, ImU32 colour,
               std::string_view value) {
    draw->AddText(font, size, position, colour, value.data(), value.data() + value.size());
    record_text(value);
}

void draw_glyph(ImDrawList* draw, ImFont* font, const char* glyph, ImVec2 min, ImVec2 max, ImU32 colour,
                ImVec2 align) {
    const float size = font_size(font);
    const ImVec2 glyph_size = font->CalcTextSizeA(size, FLT_MAX, 0, glyph);
    const ImVec2 at(std::round(min.x + (max.x - min.x - glyph_size.x) * align.x),
                    std::round(min.y + (max.y - min.y - glyph_size.y) * align.y));
    draw->AddText(font, size, at, colour, glyph);
}

void text(std::string_view value, ImU32 colour) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::TextUnformatted(value.data(), value.data() + value.size());
    ImGui::PopStyleColor();
    record_text(value);
}

void text_wrapped(std::string_view value, ImU32 colour, float wrap_width) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::PushTextWrapPos(wrap_width > 0 ? ImGui::GetCursorPosX() + wrap_width : 0.0F);
    ImGui::TextUnformatted(value.data(), value.data() + value.size());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    record_text(value);
}

bool text_ellipsis(ImDrawList* draw, ImVec2 position, float max_width, std::string_view value, ImU32 colour) {
    ImFont* font = ImGui::GetFont();
    const float size = ImGui::GetFontSize();
    const char* begin = value.data();
    const char* end = value.data() + value.size();
    const float full = font->CalcTextSizeA(size, FLT_MAX, 0, begin, end).x;
    if (full <= max_width) {
        draw_text(draw, font, size, position, colour, value);
        return false;
    }
    const char* ellipsis = "\xE2\x80\xA6";
    const float ellipsis_width = font->CalcTextSizeA(size, FLT_MAX, 0, ellipsis).x;
    const char* cut = begin;
    font->CalcTextSizeA(size, std::max(0.0F, max_width - ellipsis_width), 0, begin, end, &cut);
    // Do not end on a space before the ellipsis.
    while (cut > begin && cut[-1] == ' ') {
        --cut;
    }
    draw_text(draw, font, size, position, colour,
              std::string_view(begin, static_cast<std::size_t>(cut - begin)));
    const float width = font->CalcTextSizeA(size, FLT_MAX, 0, begin, cut).x;
    draw_text(draw, font, size, ImVec2(position.x + width, position.y), colour, ellipsis);
    return true;
}

namespace {

// Where each line of `value` wrapped to `max_width` ends, at most `max_lines` of them.
std::vector<const char*> line_ends(float max_width, int max_lines, std::string_view value) {
    ImFont* font = ImGui::GetFont();
    const float size = ImGui::GetFontSize();
    const char* at = value.data();
    const char* end = value.data() + value.size();
    std::vector<const char*> ends;
    while (at < end && static_cast<int>(ends.size()) < max_lines) {
        const char* cut = font->CalcWordWrapPositionA(size / font->FontSize, at, end, max_width);
        if (cut == at) {
            ++cut; // a glyph wider than the line still takes one
        }
        ends.push_back(cut);
        at = cut;
        while (at < end && *at == ' ') {
            ++at;
        }
    }
    return ends;
}

} // namespace

int line_count(float max_width, int max_lines, std::string_view value) {
    return std::max(1, static_cast<int>(line_ends(max_width, max_lines, value).size()));
}

bool text_lines(ImDrawList* draw, ImVec2 position, float max_width, int max_lines, std::string_view value,
                ImU32 colour) {
    const std::vector<const char*> ends = line_ends(max_width, max_lines, value);
    const char* at = value.data();
    const char* end = value.data() + value.size();
    const float line_height = ImGui::GetFontSize() + 2;
    for (std::size_t line = 0; line < ends.size(); ++line) {
        const bool last = line + 1 == ends.size();
        const std::string_view rest(at, static_cast<std::size_t>(end - at));
        const ImVec2 where(position.x, position.y + static_cast<float>(line) * line_height);
        if (last) {
            return text_ellipsis(draw, where, max_width, rest, colour);
        }
        std::string_view piece(at, static_cast<std::size_t>(ends[line] - at));
        while (!piece.empty() && piece.back() == ' ') {
            piece.remove_suffix(1);
        }
        draw_text(draw, ImGui::GetFont(), ImGui::GetFontSize(), where, colour, piece);
        at = ends[line];
        while (at < end && *at == ' ') {
            ++at;
        }
    }
    return false;
}

std::string upper(std::string_view utf8) {
    std::string out(utf8);
    for (std::size_t i = 0; i < out.size(); ++i) {
        auto c = static_cast<unsigned char>(out[i]);
        if (c >= 'a' && c <= 'z') {
            out[i] = static_cast<char>(c - 32);
        } else if (c == 0xC3 && i + 1 < out.size()) {
            // Latin-1 lower-case letters U+00E0..U+00FE (except ÷ U+00F7) are C3 A0..BE in UTF-8.
            auto next = static_cast<unsigned char>(out[i + 1]);
            if (next >= 0xA0 && next <= 0xBE && next != 0xB7) {
                out[i + 1] = static_cast<char>(next - 0x20);
            }
            ++i;
        }
    }
    return out;
}

void align_right(float width) {
    const float available = ImGui::GetContentRegionAvail().x;
    if (available > width) {
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + available - width);
    }
}

} // namespace imt::ui
