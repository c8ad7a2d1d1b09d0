#include "platform/web/browser_runs.hpp"

#include "platform/web/webgl_renderer.hpp"

#include <nlohmann/json.hpp>

#include <GLES3/gl3.h>
#include <cmath>
#include <cstdint>
#include <cstdio>

extern "C" {
// text_runs.js. `ink`: advance, then the ink's extent left, right, up and down of the pen.
void imt_js_run_measure(const char* font, const char* text, int rtl, float* ink);
// Draws the run with its pen at (pen_x, pen_y) of a width x height canvas in `css_colour`, and
// copies that canvas into the GL texture at (x, y).
void imt_js_run_draw(const char* font, const char* text, int rtl, const char* css_colour, unsigned texture,
                     int x, int y, int width, int height, int pen_x, int pen_y);
}

namespace imt::web {
namespace {

constexpr int kPageSize = 1024; // RGBA texels: 4 MB of GPU memory
constexpr std::size_t kMaxMeasured = 4096;

std::string key_of(const BrowserFonts::CssFace& face, std::string_view text) {
    std::string key = face.css;
    key += '\x1F';
    key.append(text);
    return key;
}

std::string css_colour(ImU32 colour) {
    char out[32];
    std::snprintf(out, sizeof out, "rgb(%u,%u,%u)", (colour >> IM_COL32_R_SHIFT) & 0xFFU,
                  (colour >> IM_COL32_G_SHIFT) & 0xFFU, (colour >> IM_COL32_B_SHIFT) & 0xFFU);
    return out;
}

} // namespace

BrowserRuns::~BrowserRuns() {
    glDeleteTextures(1, &texture_);
}

void BrowserRuns::reset(float scale) {
    scale_ = scale > 0 ? scale : 1;
    inks_.clear();
    clear_page();
}

void BrowserRuns::clear_page() {
    images_.clear();
    drawings_.clear();
    shelf_x_ = shelf_y_ = shelf_height_ = 0;
}

bool BrowserRuns::allocate(int width, int height, int& x, int& y) {
    if (width > kPageSize || height > kPageSize) {
        return false;
    }
    if (shelf_x_ + width > kPageSize) { // next shelf
        shelf_y_ += shelf_height_ + 1;
        shelf_x_ = 0;
        shelf_height_ = 0;
    }
    if (shelf_y_ + height > kPageSize) {
        // The page is full: start it over. Runs already placed this frame may show the new ones'
        // pixels for one frame; the next frame draws them again.
        clear_page();
    }
    x = shelf_x_;
    y = shelf_y_;
    shelf_x_ += width + 1;
    shelf_height_ = std::max(shelf_height_, height);
    return true;
}

const BrowserRuns::Ink& BrowserRuns::measure(const BrowserFonts::CssFace& face, std::string_view utf8) {
    std::string key = key_of(face, utf8);
    if (const auto found = inks_.find(key); found != inks_.end()) {
        return found->second;
    }
    if (inks_.size() >= kMaxMeasured) {
        inks_.clear(); // elided names measure many prefixes: keep the cache bounded
    }
    Ink ink{};
    static_assert(sizeof(Ink) == 5 * sizeof(float));
    const std::string text(utf8);
    imt_js_run_measure(face.css.c_str(), text.c_str(), ui::base_direction(utf8) == ui::TextDirection::Rtl,
                       reinterpret_cast<float*>(&ink));
    return inks_.emplace(std::move(key), ink).first->second;
}

float BrowserRuns::width(const ImFont* font, std::string_view utf8) {
    const BrowserFonts::CssFace* face = fonts_.css_face(font);
    if (face == nullptr) {
        return 0;
    }
    // Whole device pixels, as the per-glyph path rounds its advances.
    return std::round(measure(*face, utf8).advance) / scale_;
}

const ui::RunImage* BrowserRuns::image(const ImFont* font, std::string_view utf8, ImU32 colour) {
    const BrowserFonts::CssFace* face = fonts_.css_face(font);
    if (face == nullptr) {
        return nullptr;
    }
    std::string key = key_of(*face, utf8) + css_colour(colour);
    if (const auto found = images_.find(key); found != images_.end()) {
        return &found->second;
    }
    const Ink ink = measure(*face, utf8);
    // One texel of margin: anti-aliasing reaches a little past the ink's box.
    const int left = static_cast<int>(std::ceil(std::max(0.0F, ink.left))) + 1;
    const int right = static_cast<int>(std::ceil(std::max(ink.right, ink.advance))) + 1;
    const int up = static_cast<int>(std::ceil(std::max(0.0F, ink.up))) + 1;
    const int down = static_cast<int>(std::ceil(std::max(0.0F, ink.down))) + 1;
    const int width = left + right;
    const int height = up + down;
    int x = 0;
    int y = 0;
    if (!allocate(width, height, x, y)) {
        return nullptr; // longer than a page: drawn glyph by glyph
    }
    if (texture_ == 0) {
        glGenTextures(1, &texture_);
        glBindTexture(GL_TEXTURE_2D, texture_);
        sample_bound_texture_linear_clamped();
        glTexStorage2D(GL_TEXTURE_2D, 1, GL_RGBA8, kPageSize, kPageSize);
    }
    const std::string text(utf8);
    imt_js_run_draw(face->css.c_str(), text.c_str(), ui::base_direction(utf8) == ui::TextDirection::Rtl,
                    css_colour(colour).c_str(), texture_, x, y, width, height, left, up);
    constexpr float texel = 1.0F / kPageSize;
    ui::RunImage image;
    image.texture = reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(texture_));
    image.uv0 = ImVec2(static_cast<float>(x) * texel, static_cast<float>(y) * texel);
    image.uv1 = ImVec2(static_cast<float>(x + width) * texel, static_cast<float>(y + height) * texel);
    image.offset =
        ImVec2(static_cast<float>(-left) / scale_, (face->baseline - static_cast<float>(up)) / scale_);
    image.size = ImVec2(static_cast<float>(width) / scale_, static_cast<float>(height) / scale_);
    const ui::RunImage* stored = &images_.emplace(std::move(key), image).first->second;
    drawings_[stored] = {face->css, css_colour(colour),
                         ImVec2(static_cast<float>(left) / scale_, static_cast<float>(up) / scale_)};
    return stored;
}

void BrowserRuns::drawn(std::string_view utf8, const ui::RunImage& image, ImVec2 min) {
    const auto drawing = drawings_.find(&image);
    placed_.push_back({std::string(utf8), ui::base_direction(utf8) == ui::TextDirection::Rtl, min, image.size,
                       drawing != drawings_.end() ? drawing->second : Drawing{}});
}

std::string BrowserRuns::placed_json() const {
    nlohmann::json out = nlohmann::json::array();
    for (const Placed& run : placed_) {
        out.push_back({{"text", run.text},
                       {"rtl", run.rtl},
                       {"x", run.min.x},
                       {"y", run.min.y},
                       {"w", run.size.x},
                       {"h", run.size.y},
                       {"font", run.drawing.font},
                       {"colour", run.drawing.colour},
                       {"penX", run.drawing.pen.x},
                       {"penY", run.drawing.pen.y}});
    }
    return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace imt::web
