#pragma once
// The WebGL 2 context on the component's canvas, and the renderer that draws ImGui's frames on it.

#include "platform/web/webgl_renderer.hpp"

#include <imgui.h>

#include <memory>

namespace imt::web {

class GlSurface {
public:
    GlSurface();
    ~GlSurface();
    GlSurface(const GlSurface&) = delete;
    GlSurface& operator=(const GlSurface&) = delete;

    [[nodiscard]] bool ok() const { return renderer_ != nullptr && renderer_->ok(); }
    void present(const ImDrawData& draw_data, int framebuffer_width, int framebuffer_height, ImVec4 clear);
    // Uploads the font atlas after it was (re)built, e.g. for a new devicePixelRatio.
    void upload_fonts(ImFontAtlas& atlas);

private:
    int context_ = 0;
    std::unique_ptr<WebGlRenderer> renderer_;
};

} // namespace imt::web
