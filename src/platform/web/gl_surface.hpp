#pragma once
// The WebGL 2 context on the component's canvas and Dear ImGui's OpenGL ES 3 renderer on top of it.
// Needs a current ImGui context for its whole life.

#include <imgui.h>

namespace imt::web {

class GlSurface {
public:
    GlSurface();
    ~GlSurface();
    GlSurface(const GlSurface&) = delete;
    GlSurface& operator=(const GlSurface&) = delete;

    [[nodiscard]] bool ok() const { return context_ > 0; }
    void new_frame();
    void present(ImDrawData* draw_data, int framebuffer_width, int framebuffer_height, ImVec4 clear);
    // Uploads the font atlas again after it was rebuilt (e.g. for a new devicePixelRatio).
    void reload_fonts();

private:
    int context_ = 0;
    bool renderer_ = false;
};

} // namespace imt::web
