#pragma once
// Shaped runs on the web (ui/text_runs.hpp): the browser's 2D canvas draws a whole string with its
// bidi base direction (text_runs.js), so Arabic joins and reads right to left, Devanagari and Thai
// are shaped, marks sit on their letters and emoji are in colour, exactly as the browser shows
// them. Each run is drawn once into an RGBA page (one texSubImage2D of its own size), keyed by text,
// font and colour, and drawn from there as one image.

#include "platform/web/browser_fonts.hpp"
#include "ui/text_runs.hpp"

#include <string>
#include <unordered_map>
#include <vector>

namespace imt::web {

class BrowserRuns final : public ui::TextRuns {
public:
    explicit BrowserRuns(const BrowserFonts& fonts) : fonts_(fonts) {}
    ~BrowserRuns() override;
    BrowserRuns(const BrowserRuns&) = delete;
    BrowserRuns& operator=(const BrowserRuns&) = delete;

    // After the fonts were built again (new scale, new fonts): every run is drawn anew.
    void reset(float scale);
    // The RGBA page's GL texture (0 before the first run), for the renderer's colour path.
    [[nodiscard]] unsigned texture() const { return texture_; }
    void begin_frame() { placed_.clear(); }
    // JSON array of the last frame's runs: {text, rtl, font, colour, x, y, w, h, penX, penY}, the image's
    // rectangle and the pen within it in CSS pixels of the canvas.
    [[nodiscard]] std::string placed_json() const;

    float width(const ImFont* font, std::string_view utf8) override;
    const ui::RunImage* image(const ImFont* font, std::string_view utf8, ImU32 colour) override;
    void drawn(std::string_view utf8, const ui::RunImage& image, ImVec2 min) override;

private:
    struct Ink {
        float advance, left, right, up, down; // device pixels, from the pen on the baseline
    };
    const Ink& measure(const BrowserFonts::CssFace& face, std::string_view utf8);
    bool allocate(int width, int height, int& x, int& y);
    void clear_page();

    const BrowserFonts& fonts_;
    float scale_ = 1;
    unsigned texture_ = 0;
    int shelf_x_ = 0, shelf_y_ = 0, shelf_height_ = 0;
    std::unordered_map<std::string, Ink> inks_;
    std::unordered_map<std::string, ui::RunImage> images_;
    struct Drawing { // how an image of images_ was drawn, for tests to draw it again
        std::string font, colour;
        ImVec2 pen;
    };
    std::unordered_map<const ui::RunImage*, Drawing> drawings_;
    struct Placed {
        std::string text;
        bool rtl;
        ImVec2 min, size;
        Drawing drawing;
    };
    std::vector<Placed> placed_;
};

} // namespace imt::web
