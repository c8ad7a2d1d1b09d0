#include "platform/native/png_writer.hpp"

#include <catch2/catch_test_macros.hpp>

#include <cstdint>
#include <stdexcept>
#include <string_view>
#include <vector>

namespace {

std::vector<std::uint8_t> bytes_of(std::string_view text) {
    return {text.begin(), text.end()};
}

std::uint32_t read_u32(const std::vector<std::uint8_t>& data, std::size_t at) {
    return (std::uint32_t{data[at]} << 24U) | (std::uint32_t{data[at + 1]} << 16U) |
           (std::uint32_t{data[at + 2]} << 8U) | std::uint32_t{data[at + 3]};
}

struct Chunk {
    std::string type;
    std::vector<std::uint8_t> data;
    std::uint32_t stored_crc;
};

std::vector<Chunk> chunks_of(const std::vector<std::uint8_t>& png) {
    std::vector<Chunk> chunks;
    std::size_t at = 8;
    while (at < png.size()) {
        const auto length = read_u32(png, at);
        Chunk chunk{
            std::string(png.begin() + static_cast<long>(at) + 4, png.begin() + static_cast<long>(at) + 8),
            std::vector<std::uint8_t>(png.begin() + static_cast<long>(at) + 8,
                                      png.begin() + static_cast<long>(at + 8 + length)),
            read_u32(png, at + 8 + length)};
        chunks.push_back(std::move(chunk));
        at += 12 + length;
    }
    return chunks;
}

// Undoes the stored-block framing, checking each block header on the way.
std::vector<std::uint8_t> unstore(const std::vector<std::uint8_t>& zlib, int& block_count) {
    std::vector<std::uint8_t> raw;
    std::size_t at = 2;
    block_count = 0;
    for (bool last = false; !last;) {
        last = (zlib.at(at) & 1U) != 0;
        REQUIRE((zlib[at] & 0x06U) == 0); // BTYPE 00: stored
        const unsigned length = zlib[at + 1] | (unsigned{zlib[at + 2]} << 8U);
        const unsigned complement = zlib[at + 3] | (unsigned{zlib[at + 4]} << 8U);
        REQUIRE((length ^ complement) == 0xFFFFU);
        raw.insert(raw.end(), zlib.begin() + static_cast<long>(at) + 5,
                   zlib.begin() + static_cast<long>(at + 5 + length));
        at += 5 + length;
        ++block_count;
    }
    REQUIRE(read_u32(zlib, at) == imt::png::adler32(raw));
    REQUIRE(at + 4 == zlib.size());
    return raw;
}

} // namespace

TEST_CASE("Checksums match the published check values") {
    CHECK(imt::png::crc32(bytes_of("123456789")) == 0xCBF43926U);
    CHECK(imt::png::crc32(bytes_of("IEND")) == 0xAE426082U); // the last 4 bytes of every PNG file
    CHECK(imt::png::adler32(bytes_of("Wikipedia")) == 0x11E60398U);
    CHECK(imt::png::adler32({}) == 1U);
}

TEST_CASE("Checksums can be computed in pieces") {
    const auto whole = bytes_of("ImTokens screenshot");
    const auto head = std::span(whole).first(7);
    const auto tail = std::span(whole).subspan(7);
    CHECK(imt::png::crc32(tail, imt::png::crc32(head)) == imt::png::crc32(whole));
    CHECK(imt::png::adler32(tail, imt::png::adler32(head)) == imt::png::adler32(whole));
}

TEST_CASE("A two-pixel image becomes a well-formed PNG") {
    const std::vector<std::uint8_t> rgba{255, 0, 0, 255, 0, 0, 255, 128};
    const auto png = imt::png::encode_rgba(2, 1, rgba);

    REQUIRE(png.size() > 8);
    CHECK(std::vector<std::uint8_t>(png.begin(), png.begin() + 8) ==
          std::vector<std::uint8_t>{0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

    const auto chunks = chunks_of(png);
    REQUIRE(chunks.size() == 3);
    CHECK(chunks[0].type == "IHDR");
    CHECK(chunks[1].type == "IDAT");
    CHECK(chunks[2].type == "IEND");
    for (const auto& chunk : chunks) {
        auto covered = bytes_of(chunk.type);
        covered.insert(covered.end(), chunk.data.begin(), chunk.data.end());
        CHECK(imt::png::crc32(covered) == chunk.stored_crc);
    }

    const auto& ihdr = chunks[0].data;
    CHECK(read_u32(ihdr, 0) == 2);
    CHECK(read_u32(ihdr, 4) == 1);
    CHECK(ihdr[8] == 8); // bit depth
    CHECK(ihdr[9] == 6); // RGBA

    int blocks = 0;
    const auto raw = unstore(chunks[1].data, blocks);
    CHECK(blocks == 1);
    CHECK(raw == std::vector<std::uint8_t>{0, 255, 0, 0, 255, 0, 0, 255, 128});
}

TEST_CASE("A screenshot-sized image spans several stored blocks, rows top first") {
    constexpr int width = 300;
    constexpr int height = 200; // 240,200 bytes of scanlines: more than three 65,535-byte blocks
    std::vector<std::uint8_t> rgba(static_cast<std::size_t>(width) * height * 4);
    for (std::size_t i = 0; i < rgba.size(); ++i) {
        rgba[i] = static_cast<std::uint8_t>(i / (width * 4)); // each row has its own value
    }
    const auto chunks = chunks_of(imt::png::encode_rgba(width, height, rgba));

    int blocks = 0;
    const auto raw = unstore(chunks.at(1).data, blocks);
    CHECK(blocks == 4);
    REQUIRE(raw.size() == static_cast<std::size_t>(height) * (width * 4 + 1));
    for (int y = 0; y < height; ++y) {
        const auto row_start = static_cast<std::size_t>(y) * (width * 4 + 1);
        CHECK(raw[row_start] == 0);
        CHECK(raw[row_start + 1] == static_cast<std::uint8_t>(y));
    }
}

TEST_CASE("A pixel buffer that does not match the dimensions is refused") {
    const std::vector<std::uint8_t> three_pixels(12);
    CHECK_THROWS_AS(imt::png::encode_rgba(2, 2, three_pixels), std::invalid_argument);
    CHECK_THROWS_AS(imt::png::encode_rgba(0, 3, {}), std::invalid_argument);
}
