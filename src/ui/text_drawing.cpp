// Text and glyphs drawn straight to a draw list, measured, cut with an ellipsis, and reported to the
// item registry's text log so tests read what the screen says.

#include "ui/item_registry.hpp"
#include "ui/text_runs.hpp"
#include "ui/widgets.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace imt::ui {

float font_size(const ImFont* font) {
    return font->FontSize * GImGui->IO.FontGlobalScale;
}

namespace {

// The advance of `text` in `font` at `size`: the shaped run's when it needs one.
float advance(ImFont* font, float size, std::string_view text) {
    if (TextRuns* runs = runs_for(text)) {
        return runs->width(font, text);
    }
    return font->CalcTextSizeA(size, FLT_MAX, 0, text.data(), text.data() + text.size()).x;
}

// Draws a run as one image; false when there is no run for it (drawn glyph by glyph instead).
bool draw_run(ImDrawList* draw, ImFont* font, ImVec2 position, ImU32 colour, std::string_view value) {
    TextRuns* runs = runs_for(value);
    const RunImage* image = runs != nullptr ? runs->image(font, value, colour) : nullptr;
    if (image == nullptr) {
        return false;
    }
    // The colour is in the image: the vertices keep only its alpha, for fading.
    const ImU32 alpha = colour & IM_COL32_A_MASK;
    // On whole device pixels, so each texel lands on one pixel and the run stays as sharp as drawn.
    const float scale = std::max(1e-3F, ImGui::GetIO().DisplayFramebufferScale.x);
    const ImVec2 min(std::round((position.x + image->offset.x) * scale) / scale,
                     std::round((position.y + image->offset.y) * scale) / scale);
    runs->drawn(value, *image, min);
    draw->AddImage(image->texture, min, ImVec2(min.x + image->size.x, min.y + image->size.y), image->uv0,
                   image->uv1, IM_COL32(255, 255, 255, 0) | alpha);
    return true;
}

// A run laid out as an ImGui item at the cursor, as TextUnformatted would lay out its text.
bool run_item(std::string_view value, ImU32 colour) {
    TextRuns* runs = runs_for(value);
    if (runs == nullptr || ImGui::GetCurrentWindow()->SkipItems) {
        return false;
    }
    ImFont* font = ImGui::GetFont();
    const ImVec2 size(runs->width(font, value), ImGui::GetFontSize());
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::ItemSize(size);
    if (ImGui::ItemAdd(ImRect(at, ImVec2(at.x + size.x, at.y + size.y)), 0)) {
        if (!draw_run(ImGui::GetWindowDrawList(), font, at, colour, value)) {
            ImGui::GetWindowDrawList()->AddText(font, ImGui::GetFontSize(), at, colour, value.data(),
                                                value.data() + value.size());
        }
    }
    return true;
}

} // namespace

ImVec2 text_size(ImFont* font, std::string_view text, float wrap_width) {
    if (TextRuns* runs = runs_for(text)) {
        return ImVec2(runs->width(font, text), font_size(font));
    }
    return font->CalcTextSizeA(font_size(font), FLT_MAX, wrap_width, text.data(), text.data() + text.size());
}

void draw_text(ImDrawList* draw, ImFont* font, float size, ImVec2 position, ImU32 colour,
               std::string_view value) {
    if (!draw_run(draw, font, position, colour, value)) {
        draw->AddText(font, size, position, colour, value.data(), value.data() + value.size());
    }
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
    if (!run_item(value, colour)) {
        ImGui::PushStyleColor(ImGuiCol_Text, colour);
        ImGui::TextUnformatted(value.data(), value.data() + value.size());
        ImGui::PopStyleColor();
    }
    record_text(value);
}

void text_wrapped(std::string_view value, ImU32 colour, float wrap_width) {
    // A run that fits on the line is drawn shaped; a longer one wraps glyph by glyph.
    TextRuns* runs = runs_for(value);
    const float room = wrap_width > 0 ? wrap_width : ImGui::GetContentRegionAvail().x;
    if (runs != nullptr && runs->width(ImGui::GetFont(), value) <= room && run_item(value, colour)) {
        record_text(value);
        return;
    }
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
    if (advance(font, size, value) <= max_width) {
        draw_text(draw, font, size, position, colour, value);
        return false;
    }
    constexpr std::string_view ellipsis = "\xE2\x80\xA6";
    std::size_t cut = 0;
    if (runs_for(value) != nullptr) {
        // The longest prefix, cut at a grapheme boundary, that fits with the ellipsis after it, found
        // by bisection over the bytes: the run is shaped (and measured) whole, ellipsis included.
        std::size_t low = 0;
        std::size_t high = value.size();
        while (low < high) {
            const std::size_t middle = grapheme_floor(value, (low + high + 1) / 2);
            if (middle <= low) {
                // No boundary between low and high other than low: try the one at high.
                const std::size_t top = grapheme_floor(value, high);
                if (top > low &&
                    advance(font, size, std::string(value.substr(0, top)) + std::string(ellipsis)) <=
                        max_width) {
                    low = top;
                }
                break;
            }
            if (advance(font, size, std::string(value.substr(0, middle)) + std::string(ellipsis)) <=
                max_width) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        cut = low;
    } else {
        const float ellipsis_width = advance(font, size, ellipsis);
        const char* end_of_fit = value.data();
        font->CalcTextSizeA(size, std::max(0.0F, max_width - ellipsis_width), 0, value.data(),
                            value.data() + value.size(), &end_of_fit);
        cut = grapheme_floor(value, static_cast<std::size_t>(end_of_fit - value.data()));
    }
    // Do not end on a space before the ellipsis.
    while (cut > 0 && value[cut - 1] == ' ') {
        --cut;
    }
    const std::string_view kept = value.substr(0, cut);
    if (runs_for(value) != nullptr) {
        // One run, so the ellipsis goes where the paragraph's direction puts the end (left in Arabic).
        const std::string shown = std::string(kept) + std::string(ellipsis);
        if (draw_run(draw, font, position, colour, shown)) {
            record_text(kept);
            record_text(ellipsis);
            return true;
        }
    }
    draw_text(draw, font, size, position, colour, kept);
    const float width = font->CalcTextSizeA(size, FLT_MAX, 0, kept.data(), kept.data() + kept.size()).x;
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
