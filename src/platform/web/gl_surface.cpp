#include "platform/web/gl_surface.hpp"

#include <emscripten/html5.h>

#include <GLES3/gl3.h>

namespace imt::web {

GlSurface::GlSurface() {
    EmscriptenWebGLContextAttributes attributes;
    emscripten_webgl_init_context_attributes(&attributes);
    attributes.majorVersion = 2;
    attributes.minorVersion = 0;
    attributes.alpha = EM_FALSE;
    attributes.depth = EM_FALSE;
    attributes.stencil = EM_FALSE;
    // ImGui's own anti-aliased geometry is enough; MSAA would only cost memory.
    attributes.antialias = EM_FALSE;
    // dom_library.js registers the module's canvas under this name (specialHTMLTargets).
    context_ = emscripten_webgl_create_context("!imtokens-canvas", &attributes);
    if (context_ <= 0) {
        context_ = 0;
        return;
    }
    emscripten_webgl_make_context_current(context_);
    renderer_ = std::make_unique<WebGlRenderer>();
}

GlSurface::~GlSurface() {
    renderer_.reset(); // its GL objects go before the context
    if (context_ > 0) {
        emscripten_webgl_destroy_context(context_);
    }
}

void GlSurface::present(const ImDrawData& draw_data, int framebuffer_width, int framebuffer_height,
                        ImVec4 clear) {
    glViewport(0, 0, framebuffer_width, framebuffer_height);
    glClearColor(clear.x, clear.y, clear.z, 1.0F);
    glClear(GL_COLOR_BUFFER_BIT);
    renderer_->render(draw_data, framebuffer_height);
}

void GlSurface::upload_fonts(ImFontAtlas& atlas) {
    if (renderer_) {
        renderer_->upload_font_atlas(atlas);
    }
}

} // namespace imt::web
