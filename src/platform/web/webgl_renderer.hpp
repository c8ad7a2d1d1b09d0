#pragma once
// Draws Dear ImGui's draw lists with WebGL 2, in place of ImGui's OpenGL 3 backend: that one serves
// every desktop GL version and uploads the font atlas through ImFontAtlas::GetTexDataAsRGBA32(),
// which links ImGui's built-in ProggyClean font into the program. This one knows a single context,
// an atlas of one byte per texel, and no state to save or restore.

#include <imgui.h>

namespace imt::web {

class WebGlRenderer {
public:
    // Needs the WebGL 2 context current; ok() says whether the shaders compiled.
    WebGlRenderer();
    ~WebGlRenderer();
    WebGlRenderer(const WebGlRenderer&) = delete;
    WebGlRenderer& operator=(const WebGlRenderer&) = delete;

    [[nodiscard]] bool ok() const { return program_ != 0; }
    // Sends the atlas's one-byte-per-texel pixels to the GPU and frees ImGui's copy of them.
    void upload_font_atlas(ImFontAtlas& atlas);
    // Draws into the bound framebuffer, whose viewport the caller has set.
    void render(const ImDrawData& draw_data, int framebuffer_height);

private:
    unsigned program_ = 0;
    unsigned vertex_array_ = 0;
    unsigned vertex_buffer_ = 0;
    unsigned index_buffer_ = 0;
    unsigned font_texture_ = 0;
    int projection_ = -1;
    int colour_texture_ = -1;
};

// Sets the bound 2D texture to sample linearly and clamp at its edges: the atlas's and the text
// runs' pages are drawn at fractional positions and never tiled.
void sample_bound_texture_linear_clamped();

} // namespace imt::web
