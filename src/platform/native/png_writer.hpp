#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

// A PNG encoder just big enough for screenshots: 8-bit RGBA, no filtering, deflate "stored" blocks.
// The files are larger than a real compressor's output, but every decoder reads them and the code has
// no dependency.
namespace imt::png {

std::uint32_t crc32(std::span<const std::uint8_t> bytes, std::uint32_t crc = 0);
std::uint32_t adler32(std::span<const std::uint8_t> bytes, std::uint32_t adler = 1);

// rgba holds width * height pixels, top row first.
std::vector<std::uint8_t> encode_rgba(int width, int height, std::span<const std::uint8_t> rgba);

// Returns false when the file cannot be written.
bool write_rgba(const std::string& path, int width, int height, std::span<const std::uint8_t> rgba);

} // namespace imt::png
