#include "platform/web/webgl_renderer.hpp"

#include <GLES3/gl3.h>
#include <cstddef>
#include <cstdint>

namespace imt::web {
namespace {

constexpr const char* kVertexShader = R"(#version 300 es
uniform mat4 projection;
layout(location = 0) in vec2 position;
layout(location = 1) in vec2 uv;
layout(location = 2) in vec4 colour;
out vec2 frag_uv;
out vec4 frag_colour;
void main() {
    frag_uv = uv;
    frag_colour = colour;
    gl_Position = projection * vec4(position, 0.0, 1.0);
}
)";

// The atlas is coverage only: every glyph and the solid white texel live in its red channel. Any
// other texture is the page of shaped text runs (browser_runs.hpp): straight RGBA, drawn in its own
// colours (emoji), faded by the vertex alpha.
constexpr const char* kFragmentShader = R"(#version 300 es
precision mediump float;
uniform sampler2D atlas;
uniform bool colour_texture;
in vec2 frag_uv;
in vec4 frag_colour;
out vec4 out_colour;
void main() {
    vec4 texel = texture(atlas, frag_uv);
    out_colour = colour_texture ? vec4(texel.rgb, texel.a * frag_colour.a)
                                : vec4(frag_colour.rgb, frag_colour.a * texel.r);
}
)";

GLuint compile(GLenum kind, const char* source) {
    const GLuint shader = glCreateShader(kind);
    glShaderSource(shader, 1, &source, nullptr);
    glCompileShader(shader);
    GLint compiled = GL_FALSE;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &compiled);
    if (compiled != GL_TRUE) {
        glDeleteShader(shader);
        return 0;
    }
    return shader;
}

GLuint link(GLuint vertex, GLuint fragment) {
    const GLuint program = glCreateProgram();
    glAttachShader(program, vertex);
    glAttachShader(program, fragment);
    glLinkProgram(program);
    glDetachShader(program, vertex);
    glDetachShader(program, fragment);
    GLint linked = GL_FALSE;
    glGetProgramiv(program, GL_LINK_STATUS, &linked);
    if (linked != GL_TRUE) {
        glDeleteProgram(program);
        return 0;
    }
    return program;
}

const void* byte_offset(std::size_t offset) {
    return reinterpret_cast<const void*>(static_cast<std::uintptr_t>(offset));
}

} // namespace

WebGlRenderer::WebGlRenderer() {
    const GLuint vertex = compile(GL_VERTEX_SHADER, kVertexShader);
    const GLuint fragment = compile(GL_FRAGMENT_SHADER, kFragmentShader);
    if (vertex != 0 && fragment != 0) {
        program_ = link(vertex, fragment);
    }
    glDeleteShader(vertex);
    glDeleteShader(fragment);
    if (program_ == 0) {
        return;
    }
    projection_ = glGetUniformLocation(program_, "projection");
    colour_texture_ = glGetUniformLocation(program_, "colour_texture");
    glUseProgram(program_);
    glUniform1i(glGetUniformLocation(program_, "atlas"), 0);

    glGenVertexArrays(1, &vertex_array_);
    glGenBuffers(1, &vertex_buffer_);
    glGenBuffers(1, &index_buffer_);
    glBindVertexArray(vertex_array_);
    glBindBuffer(GL_ARRAY_BUFFER, vertex_buffer_);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, index_buffer_);
    constexpr GLsizei stride = sizeof(ImDrawVert);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride, byte_offset(offsetof(ImDrawVert, pos)));
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride, byte_offset(offsetof(ImDrawVert, uv)));
    glEnableVertexAttribArray(2);
    glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, byte_offset(offsetof(ImDrawVert, col)));

    // The context is this renderer's alone: the state ImGui needs is set once.
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDisable(GL_CULL_FACE);
    glDisable(GL_DEPTH_TEST);
    glActiveTexture(GL_TEXTURE0);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);

    ImGuiIO& io = ImGui::GetIO();
    io.BackendRendererName = "imtokens_webgl2";
}

WebGlRenderer::~WebGlRenderer() {
    glDeleteTextures(1, &font_texture_);
    glDeleteBuffers(1, &index_buffer_);
    glDeleteBuffers(1, &vertex_buffer_);
    glDeleteVertexArrays(1, &vertex_array_);
    glDeleteProgram(program_);
}

void WebGlRenderer::upload_font_atlas(ImFontAtlas& atlas) {
    if (atlas.TexPixelsAlpha8 == nullptr) {
        return;
    }
    if (font_texture_ == 0) {
        glGenTextures(1, &font_texture_);
    }
    glBindTexture(GL_TEXTURE_2D, font_texture_);
    sample_bound_texture_linear_clamped();
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, atlas.TexWidth, atlas.TexHeight, 0, GL_RED, GL_UNSIGNED_BYTE,
                 atlas.TexPixelsAlpha8);
    atlas.SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(font_texture_)));
    atlas.ClearTexData();
}

void WebGlRenderer::render(const ImDrawData& draw_data, int framebuffer_height) {
    if (program_ == 0 || draw_data.CmdListsCount == 0) {
        return;
    }
    const ImVec2 origin = draw_data.DisplayPos;
    const ImVec2 scale = draw_data.FramebufferScale;
    // Logical pixels, y down, onto clip space.
    const float left = origin.x;
    const float right = origin.x + draw_data.DisplaySize.x;
    const float top = origin.y;
    const float bottom = origin.y + draw_data.DisplaySize.y;
    // clang-format off
    const float projection[16] = {
        2.0F / (right - left),           0.0F,                            0.0F, 0.0F,
        0.0F,                            2.0F / (top - bottom),           0.0F, 0.0F,
        0.0F,                            0.0F,                           -1.0F, 0.0F,
        (right + left) / (left - right), (top + bottom) / (bottom - top), 0.0F, 1.0F,
    };
    // clang-format on
    glUseProgram(program_);
    glUniformMatrix4fv(projection_, 1, GL_FALSE, projection);
    glBindVertexArray(vertex_array_);
    glEnable(GL_SCISSOR_TEST);
    bool colour_mode = false;
    glUniform1i(colour_texture_, 0);

    constexpr GLenum index_type = sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT;
    for (const ImDrawList* list : draw_data.CmdLists) {
        glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(list->VtxBuffer.size_in_bytes()),
                     list->VtxBuffer.Data, GL_STREAM_DRAW);
        glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(list->IdxBuffer.size_in_bytes()),
                     list->IdxBuffer.Data, GL_STREAM_DRAW);
        for (const ImDrawCmd& command : list->CmdBuffer) {
            if (command.UserCallback != nullptr) {
                // The page draws no custom callbacks; ImGui's reset marker needs nothing here.
                continue;
            }
            const ImVec2 clip_min((command.ClipRect.x - origin.x) * scale.x,
                                  (command.ClipRect.y - origin.y) * scale.y);
            const ImVec2 clip_max((command.ClipRect.z - origin.x) * scale.x,
                                  (command.ClipRect.w - origin.y) * scale.y);
            if (clip_max.x <= clip_min.x || clip_max.y <= clip_min.y) {
                continue;
            }
            glScissor(static_cast<GLint>(clip_min.x), static_cast<GLint>(framebuffer_height - clip_max.y),
                      static_cast<GLsizei>(clip_max.x - clip_min.x),
                      static_cast<GLsizei>(clip_max.y - clip_min.y));
            const auto texture = static_cast<GLuint>(reinterpret_cast<std::uintptr_t>(command.GetTexID()));
            const bool colour = texture != font_texture_;
            if (colour != colour_mode) {
                glUniform1i(colour_texture_, colour ? 1 : 0);
                colour_mode = colour;
            }
            glBindTexture(GL_TEXTURE_2D, texture);
            glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(command.ElemCount), index_type,
                           byte_offset(command.IdxOffset * sizeof(ImDrawIdx)));
        }
    }
    glDisable(GL_SCISSOR_TEST);
}

void sample_bound_texture_linear_clamped() {
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
}

} // namespace imt::web
