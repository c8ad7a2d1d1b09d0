#include "software_render.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <fstream>

namespace imt::test {
namespace {

struct Atlas {
    const unsigned char* rgba = nullptr;
    int width = 0;
    int height = 0;
};

ImVec4 unpack(std::uint32_t c) {
    return {static_cast<float>(c & 0xFF) / 255.0F, static_cast<float>((c >> 8) & 0xFF) / 255.0F,
            static_cast<float>((c >> 16) & 0xFF) / 255.0F, static_cast<float>((c >> 24) & 0xFF) / 255.0F};
}

float texel_alpha(const Atlas& atlas, ImVec2 uv) {
    const int x = std::clamp(static_cast<int>(uv.x * static_cast<float>(atlas.width)), 0, atlas.width - 1);
    const int y = std::clamp(static_cast<int>(uv.y * static_cast<float>(atlas.height)), 0, atlas.height - 1);
    return static_cast<float>(atlas.rgba[(y * atlas.width + x) * 4 + 3]) / 255.0F;
}

void blend(Image& image, int x, int y, ImVec4 colour) {
    std::uint32_t& dst = image.pixels[static_cast<std::size_t>(y * image.width + x)];
    const ImVec4 d = unpack(dst);
    const float a = colour.w;
    const auto channel = [&](float s, float t) {
        return static_cast<std::uint32_t>(std::lround((s * a + t * (1 - a)) * 255.0F));
    };
    dst =
        channel(colour.x, d.x) | (channel(colour.y, d.y) << 8) | (channel(colour.z, d.z) << 16) | 0xFF000000U;
}

void triangle(Image& image, const Atlas& atlas, const ImDrawVert& a, const ImDrawVert& b, const ImDrawVert& c,
              const ImVec4& clip) {
    const float area = (b.pos.x - a.pos.x) * (c.pos.y - a.pos.y) - (b.pos.y - a.pos.y) * (c.pos.x - a.pos.x);
    if (std::fabs(area) < 1e-6F) {
        return;
    }
    const int x0 = std::max(static_cast<int>(std::floor(std::min({a.pos.x, b.pos.x, c.pos.x}))),
                            static_cast<int>(clip.x));
    const int x1 = std::min(static_cast<int>(std::ceil(std::max({a.pos.x, b.pos.x, c.pos.x}))),
                            static_cast<int>(clip.z));
    const int y0 = std::max(static_cast<int>(std::floor(std::min({a.pos.y, b.pos.y, c.pos.y}))),
                            static_cast<int>(clip.y));
    const int y1 = std::min(static_cast<int>(std::ceil(std::max({a.pos.y, b.pos.y, c.pos.y}))),
                            static_cast<int>(clip.w));
    const ImVec4 ca = unpack(a.col), cb = unpack(b.col), cc = unpack(c.col);
    for (int y = std::max(y0, 0); y < std::min(y1, image.height); ++y) {
        for (int x = std::max(x0, 0); x < std::min(x1, image.width); ++x) {
            const float px = static_cast<float>(x) + 0.5F;
            const float py = static_cast<float>(y) + 0.5F;
            const float w0 = ((b.pos.x - px) * (c.pos.y - py) - (b.pos.y - py) * (c.pos.x - px)) / area;
            const float w1 = ((c.pos.x - px) * (a.pos.y - py) - (c.pos.y - py) * (a.pos.x - px)) / area;
            const float w2 = 1 - w0 - w1;
            if (w0 < 0 || w1 < 0 || w2 < 0) {
                continue;
            }
            ImVec4 colour(ca.x * w0 + cb.x * w1 + cc.x * w2, ca.y * w0 + cb.y * w1 + cc.y * w2,
                          ca.z * w0 + cb.z * w1 + cc.z * w2, ca.w * w0 + cb.w * w1 + cc.w * w2);
            const ImVec2 uv(a.uv.x * w0 + b.uv.x * w1 + c.uv.x * w2, a.uv.y * w0 + b.uv.y * w1 + c.uv.y * w2);
            colour.w *= texel_alpha(atlas, uv);
            if (colour.w > 0.002F) {
                blend(image, x, y, colour);
            }
        }
    }
}

std::uint32_t crc32(const unsigned char* data, std::size_t size, std::uint32_t crc = 0) {
    crc = ~crc;
    for (std::size_t i = 0; i < size; ++i) {
        crc ^= data[i];
        for (int k = 0; k < 8; ++k) {
            crc = (crc >> 1) ^ (0xEDB88320U & (0U - (crc & 1U)));
        }
    }
    return ~crc;
}

void put32(std::vector<unsigned char>& out, std::uint32_t v) {
    for (int shift = 24; shift >= 0; shift -= 8) {
        out.push_back(static_cast<unsigned char>((v >> shift) & 0xFF));
    }
}

void chunk(std::vector<unsigned char>& png, const char* type, const std::vector<unsigned char>& data) {
    put32(png, static_cast<std::uint32_t>(data.size()));
    std::vector<unsigned char> body(type, type + 4);
    body.insert(body.end(), data.begin(), data.end());
    png.insert(png.end(), body.begin(), body.end());
    put32(png, crc32(body.data(), body.size()));
}

} // namespace

Image render_last_frame() {
    const ImDrawData* data = ImGui::GetDrawData();
    Image image;
    image.width = static_cast<int>(data->DisplaySize.x);
    image.height = static_cast<int>(data->DisplaySize.y);
    image.pixels.assign(static_cast<std::size_t>(image.width * image.height), 0xFF000000U);
    Atlas atlas;
    unsigned char* pixels = nullptr;
    ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &atlas.width, &atlas.height);
    atlas.rgba = pixels;
    for (int n = 0; n < data->CmdListsCount; ++n) {
        const ImDrawList* list = data->CmdLists[n];
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            if (cmd.UserCallback != nullptr) {
                continue;
            }
            const ImVec4 clip(cmd.ClipRect.x - data->DisplayPos.x, cmd.ClipRect.y - data->DisplayPos.y,
                              cmd.ClipRect.z - data->DisplayPos.x, cmd.ClipRect.w - data->DisplayPos.y);
            for (unsigned int i = 0; i + 2 < cmd.ElemCount; i += 3) {
                const ImDrawIdx* idx = list->IdxBuffer.Data + cmd.IdxOffset + i;
                const ImDrawVert* v = list->VtxBuffer.Data + cmd.VtxOffset;
                triangle(image, atlas, v[idx[0]], v[idx[1]], v[idx[2]], clip);
            }
        }
    }
    return image;
}

bool write_png(const Image& image, const std::filesystem::path& path) {
    std::vector<unsigned char> raw;
    raw.reserve(static_cast<std::size_t>(image.height * (image.width * 3 + 1)));
    for (int y = 0; y < image.height; ++y) {
        raw.push_back(0); // no filter
        for (int x = 0; x < image.width; ++x) {
            const std::uint32_t c = image.pixels[static_cast<std::size_t>(y * image.width + x)];
            raw.push_back(static_cast<unsigned char>(c & 0xFF));
            raw.push_back(static_cast<unsigned char>((c >> 8) & 0xFF));
            raw.push_back(static_cast<unsigned char>((c >> 16) & 0xFF));
        }
    }
    // zlib stream of stored blocks, then Adler-32.
    std::vector<unsigned char> z{0x78, 0x01};
    for (std::size_t at = 0; at < raw.size() || at == 0; at += 65535) {
        const std::size_t size = std::min<std::size_t>(65535, raw.size() - at);
        const bool last = at + size >= raw.size();
        z.push_back(last ? 1 : 0);
        z.push_back(static_cast<unsigned char>(size & 0xFF));
        z.push_back(static_cast<unsigned char>(size >> 8));
        z.push_back(static_cast<unsigned char>(~size & 0xFF));
        z.push_back(static_cast<unsigned char>((~size >> 8) & 0xFF));
        z.insert(z.end(), raw.begin() + static_cast<std::ptrdiff_t>(at),
                 raw.begin() + static_cast<std::ptrdiff_t>(at + size));
        if (last) {
            break;
        }
    }
    std::uint32_t s1 = 1;
    std::uint32_t s2 = 0;
    for (unsigned char byte : raw) {
        s1 = (s1 + byte) % 65521;
        s2 = (s2 + s1) % 65521;
    }
    put32(z, (s2 << 16) | s1);

    std::vector<unsigned char> png{0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    std::vector<unsigned char> header;
    put32(header, static_cast<std::uint32_t>(image.width));
    put32(header, static_cast<std::uint32_t>(image.height));
    header.insert(header.end(), {8, 2, 0, 0, 0});
    chunk(png, "IHDR", header);
    chunk(png, "IDAT", z);
    chunk(png, "IEND", {});
    std::ofstream out(path, std::ios::binary);
    out.write(reinterpret_cast<const char*>(png.data()), static_cast<std::streamsize>(png.size()));
    return static_cast<bool>(out);
}

} // namespace imt::test
