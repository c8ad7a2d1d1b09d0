#pragma once
// The API Tokens page as an ImGui view: reads the core's State, returns the admin's actions.
// No HTTP and no platform calls: platforms own the window, the loop, and the Store.

#include "core/actions.hpp"
#include "core/state.hpp"
#include "ui/fonts.hpp"
#include "ui/preferences.hpp"

#include <memory>
#include <string>
#include <vector>

namespace imt::ui {

struct AppOptions {
    Theme theme = Theme::Light;
    Locale locale = Locale::English;
    // Device pixels per CSS (logical) pixel on HiDPI screens: fonts are rasterised at this scale.
    float content_scale = 1.0f;
    // The bar with breadcrumb, language, theme and sign-out. A host page with its own header hides it
    // and drives theme and language itself.
    bool top_bar = true;
    // The web layer sets these from prefers-contrast / forced-colors and prefers-reduced-motion.
    Contrast contrast = Contrast::Standard;
    bool reduced_motion = false; // nothing on screen moves: spinners stand still
    // "/", "n" and "?" (WCAG 2.1.4: the admin can turn them off in the keyboard-help dialog).
    bool single_key_shortcuts = true;
};

class App {
public:
    explicit App(AppOptions options = {});
    ~App();
    App(const App&) = delete;
    App& operator=(const App&) = delete;

    // Needs a current ImGui context. Builds the font atlas at the content scale with the platform's
    // rasteriser and applies the theme's style. Renderers must (re)upload the atlas afterwards.
    void install(float content_scale, FontRasteriser& fonts);

    // Call between ImGui::NewFrame() and ImGui::Render(). Draws the whole page filling the viewport.
    std::vector<Action> frame(const State& state);

    void set_theme(Theme theme);
    void set_locale(Locale locale);
    void set_contrast(Contrast contrast);
    void set_reduced_motion(bool reduced);
    void set_single_key_shortcuts(bool enabled);
    [[nodiscard]] Theme theme() const;
    [[nodiscard]] Locale locale() const;
    [[nodiscard]] Contrast contrast() const;
    [[nodiscard]] bool reduced_motion() const;
    [[nodiscard]] bool single_key_shortcuts() const;

    // True while something on screen animates (e.g. a spinner) and the loop must keep drawing;
    // render-on-demand platforms sleep otherwise.
    [[nodiscard]] bool animating() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace imt::ui
