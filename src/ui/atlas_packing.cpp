#include "ui/atlas_packing.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

namespace imt::ui {

void pack_custom_rects(ImFontAtlas& atlas) {
    ImVector<ImFontAtlasCustomRect>& rects = atlas.CustomRects;
    std::vector<int> order(static_cast<std::size_t>(rects.Size));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return rects[a].Height > rects[b].Height; });

    constexpr int padding = 1;
    float area = 0;
    int widest = 0;
    for (const ImFontAtlasCustomRect& r : rects) {
        area += static_cast<float>((r.Width + padding) * (r.Height + padding));
        widest = std::max(widest, r.Width + 2 * padding);
    }
    // The widths ImGui's own builder picks for the same area.
    const float side = std::sqrt(area);
    atlas.TexWidth = side >= 4096 * 0.7F   ? 4096
                     : side >= 2048 * 0.7F ? 2048
                     : side >= 1024 * 0.7F ? 1024
                                           : 512;
    atlas.TexWidth = std::max(atlas.TexWidth, widest);

    int x = padding;
    int y = padding;
    int shelf = 0;
    for (int index : order) {
        ImFontAtlasCustomRect& r = rects[index];
        if (x + r.Width + padding > atlas.TexWidth) {
            x = padding;
            y += shelf + padding;
            shelf = 0;
        }
        r.X = static_cast<unsigned short>(x);
        r.Y = static_cast<unsigned short>(y);
        x += r.Width + padding;
        shelf = std::max(shelf, static_cast<int>(r.Height));
    }
    atlas.TexHeight = y + shelf + padding;
}

} // namespace imt::ui
