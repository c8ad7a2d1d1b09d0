#pragma once
// Saves what the current OpenGL context just drew as a PNG.

#include <string>

namespace imt::native {

// Reads the back buffer of the bound framebuffer (call after drawing, before swapping).
bool save_framebuffer_png(const std::string& path, int width, int height);

} // namespace imt::native
