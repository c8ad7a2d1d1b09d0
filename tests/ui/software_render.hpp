#pragma once
// Draws the last frame's ImGui draw data into pixels on the CPU and saves them as a PNG, so the
// headless tests can leave screenshots of narrow layouts to look at. Good enough to see a layout
// (no anti-aliasing beyond what the vertices carry); not a renderer for the app.

#include <imgui.h>

#include <cstdint>
#include <filesystem>
#include <vector>

namespace imt::test {

struct Image {
    int width = 0;
    int height = 0;
    std::vector<std::uint32_t> pixels; // 0xAABBGGRR, like ImU32
};

// The current context's last rendered frame (ImGui::GetDrawData()), its font atlas sampled.
Image render_last_frame();
// Writes `image` as an 8-bit RGB PNG (stored, uncompressed deflate). Returns false on I/O error.
bool write_png(const Image& image, const std::filesystem::path& path);

} // namespace imt::test
