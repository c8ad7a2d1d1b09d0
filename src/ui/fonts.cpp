#include "ui/fonts.hpp"

#include "imt_assets/embedded_assets.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

namespace imt::ui {
namespace {

ImFont* add(ImGuiIO& io, const assets::Blob& blob, float size_px, const ImWchar* ranges,
            ImFontConfig config) {
    // The bytes are static data of the program: the atlas must neither free nor copy them.
    config.FontDataOwnedByAtlas = false;
    return io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(blob.data), static_cast<int>(blob.size),
                                          size_px, &config, ranges);
}

} // namespace

void Fonts::load(ImGuiIO& io, float scale) {
    scale = std::clamp(scale, 0.5F, 4.0F);
    io.Fonts->Clear();

    const auto ranges = [](const auto& pairs) {
        std::vector<ImWchar> out(std::begin(pairs), std::end(pairs));
        out.push_back(0);
        return out;
    };
    text_ranges_ = ranges(assets::text_ranges);
    mono_ranges_ = ranges(assets::mono_ranges);
    icon_ranges_.clear();
    for (unsigned code : assets::icon_code_points) {
        icon_ranges_.push_back(static_cast<ImWchar>(code));
        icon_ranges_.push_back(static_cast<ImWchar>(code));
    }
    icon_ranges_.push_back(0);

    // Horizontal oversampling keeps small text smooth between pixels; from 16 device pixels up the
    // glyphs are wide enough without it, and leaving it out there makes the atlas, which is built
    // and uploaded before the first frame, a third smaller.
    const auto config_for = [](float device_px) {
        ImFontConfig config;
        config.OversampleH = device_px < 16.0F ? 2 : 1;
        config.OversampleV = 1;
        config.PixelSnapH = false;
        return config;
    };

    const auto text = [&](const assets::Blob& blob, float px, bool icons) {
        const ImFontConfig config = config_for(px * scale);
        ImFont* font = add(io, blob, std::round(px * scale), text_ranges_.data(), config);
        if (icons) {
            ImFontConfig icon_config = config;
            icon_config.MergeMode = true;
            const float icon_px = std::round(px * 0.92F * scale);
            // Fixed advance so icons line up in columns, nudged down to sit on the text's centre line.
            icon_config.GlyphMinAdvanceX = std::round(px * 1.15F * scale);
            icon_config.GlyphOffset = ImVec2(0, std::round(px * 0.02F * scale));
            add(io, assets::icons, icon_px, icon_ranges_.data(), icon_config);
        }
        return font;
    };

    body = text(assets::inter_regular, 14, true);
    body_strong = text(assets::inter_semibold, 14, true);
    small = text(assets::inter_regular, 12, true);
    label = text(assets::inter_semibold, 12, true);
    caps = text(assets::inter_semibold, 11, false);
    lead = text(assets::inter_regular, 16, true);
    heading = text(assets::inter_semibold, 18, true);
    title = text(assets::inter_semibold, 32, false);
    mono = add(io, assets::mono, std::round(13 * scale), mono_ranges_.data(), config_for(13 * scale));
    icon_large = add(io, assets::icons, std::round(36 * scale), icon_ranges_.data(), config_for(36 * scale));

    io.FontDefault = body;
    io.FontGlobalScale = 1.0F / scale;
    io.Fonts->Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
    // Straight through stb_truetype rather than ImFontAtlas::Build(), which adds ImGui's ProggyClean
    // to an empty atlas: merely calling it would link that font's 12 KB into the web page.
    ImFontAtlasGetBuilderForStbTruetype()->FontBuilder_Build(io.Fonts);
}

} // namespace imt::ui
