#include "platform/native/framebuffer_png.hpp"

#include "platform/native/png_writer.hpp"

#include <GLFW/glfw3.h> // brings the OpenGL 1.x entry points glReadPixels needs

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <vector>

namespace imt::native {

bool save_framebuffer_png(const std::string& path, int width, int height) {
    if (width <= 0 || height <= 0)
        return false;
    const auto stride = static_cast<std::size_t>(width) * 4;
    const auto rows = static_cast<std::size_t>(height);
    std::vector<std::uint8_t> bottom_up(stride * rows);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, bottom_up.data());
    // OpenGL's first row is the bottom one; PNG's is the top one.
    std::vector<std::uint8_t> top_down(bottom_up.size());
    for (std::size_t y = 0; y < rows; ++y) {
        const auto* source = bottom_up.data() + (rows - 1 - y) * stride;
        std::copy(source, source + stride, top_down.data() + y * stride);
    }
    // The window is opaque whatever alpha the framebuffer kept.
    for (std::size_t i = 3; i < top_down.size(); i += 4)
        top_down[i] = 255;
    const std::filesystem::path file(path);
    if (file.has_parent_path()) {
        std::error_code ignored;
        std::filesystem::create_directories(file.parent_path(), ignored);
    }
    return png::write_rgba(path, width, height, top_down);
}

} // namespace imt::native
