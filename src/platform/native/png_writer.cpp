#include "png_writer.hpp"

#include <algorithm>
#include <array>
#include <fstream>
#include <stdexcept>
#include <string_view>

namespace imt::png {
namespace {

constexpr std::size_t max_stored_block = 65535; // a stored block's length field is 16 bits

constexpr std::array<std::uint32_t, 256> make_crc_table() {
    std::array<std::uint32_t, 256> table{};
    for (std::uint32_t n = 0; n < 256; ++n) {
        std::uint32_t c = n;
        for (int k = 0; k < 8; ++k) {
            c = (c & 1U) != 0 ? 0xEDB88320U ^ (c >> 1U) : c >> 1U;
        }
        table[n] = c;
    }
    return table;
}

constexpr auto crc_table = make_crc_table();

void put_u32(std::vector<std::uint8_t>& out, std::uint32_t value) {
    for (int shift = 24; shift >= 0; shift -= 8) {
        out.push_back(static_cast<std::uint8_t>(value >> shift));
    }
}

void put_chunk(std::vector<std::uint8_t>& out, std::string_view type, std::span<const std::uint8_t> data) {
    put_u32(out, static_cast<std::uint32_t>(data.size()));
    const std::size_t type_start = out.size();
    out.insert(out.end(), type.begin(), type.end());
    out.insert(out.end(), data.begin(), data.end());
    // The CRC covers the chunk type and data, not the length.
    put_u32(out, crc32(std::span(out).subspan(type_start)));
}

// zlib stream made of uncompressed deflate blocks.
std::vector<std::uint8_t> zlib_stored(std::span<const std::uint8_t> raw) {
    std::vector<std::uint8_t> out{0x78, 0x01}; // deflate, 32K window, no preset dictionary, check bits ok
    std::size_t offset = 0;
    do {
        const std::size_t length = std::min(max_stored_block, raw.size() - offset);
        const bool last = offset + length == raw.size();
        out.push_back(last ? 1 : 0); // BFINAL, BTYPE=00
        const auto len16 = static_cast<std::uint16_t>(length);
        const auto nlen16 = static_cast<std::uint16_t>(~len16);
        out.push_back(static_cast<std::uint8_t>(len16 & 0xFFU));
        out.push_back(static_cast<std::uint8_t>(len16 >> 8U));
        out.push_back(static_cast<std::uint8_t>(nlen16 & 0xFFU));
        out.push_back(static_cast<std::uint8_t>(nlen16 >> 8U));
        out.insert(out.end(), raw.begin() + static_cast<std::ptrdiff_t>(offset),
                   raw.begin() + static_cast<std::ptrdiff_t>(offset + length));
        offset += length;
    } while (offset < raw.size());
    put_u32(out, adler32(raw));
    return out;
}

} // namespace

std::uint32_t crc32(std::span<const std::uint8_t> bytes, std::uint32_t crc) {
    crc = ~crc;
    for (const std::uint8_t b : bytes) {
        crc = crc_table[(crc ^ b) & 0xFFU] ^ (crc >> 8U);
    }
    return ~crc;
}

std::uint32_t adler32(std::span<const std::uint8_t> bytes, std::uint32_t adler) {
    constexpr std::uint32_t modulus = 65521;
    std::uint32_t a = adler & 0xFFFFU;
    std::uint32_t b = adler >> 16U;
    for (const std::uint8_t byte : bytes) {
        a = (a + byte) % modulus;
        b = (b + a) % modulus;
    }
    return (b << 16U) | a;
}

std::vector<std::uint8_t> encode_rgba(int width, int height, std::span<const std::uint8_t> rgba) {
    if (width <= 0 || height <= 0) {
        throw std::invalid_argument("PNG dimensions must be positive");
    }
    const auto stride = static_cast<std::size_t>(width) * 4;
    if (rgba.size() != stride * static_cast<std::size_t>(height)) {
        throw std::invalid_argument("pixel buffer size does not match the PNG dimensions");
    }

    std::vector<std::uint8_t> scanlines;
    scanlines.reserve((stride + 1) * static_cast<std::size_t>(height));
    for (std::size_t y = 0; y < static_cast<std::size_t>(height); ++y) {
        scanlines.push_back(0); // filter type "None"
        const auto row = rgba.subspan(y * stride, stride);
        scanlines.insert(scanlines.end(), row.begin(), row.end());
    }

    std::vector<std::uint8_t> out{0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    std::vector<std::uint8_t> header;
    put_u32(header, static_cast<std::uint32_t>(width));
    put_u32(header, static_cast<std::uint32_t>(height));
    header.insert(header.end(), {8, 6, 0, 0, 0}); // 8 bits, RGBA, deflate, adaptive filters, no interlace
    put_chunk(out, "IHDR", header);
    put_chunk(out, "IDAT", zlib_stored(scanlines));
    put_chunk(out, "IEND", {});
    return out;
}

bool write_rgba(const std::string& path, int width, int height, std::span<const std::uint8_t> rgba) {
    const auto bytes = encode_rgba(width, height, rgba);
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    return static_cast<bool>(file);
}

} // namespace imt::png
