#pragma once
// One mounted ImTokens component: the ImGui context on the canvas, the core's Store, and the
// browser services behind the core's Ports (HTTP, clipboard, timers, host events). Frames are drawn
// on demand only.

#include "core/store.hpp"
#include "platform/web/browser_fonts.hpp"
#include "platform/web/browser_runs.hpp"
#include "platform/web/clipboard.hpp"
#include "platform/web/dom_input_queue.hpp"
#include "platform/web/dom_mirror.hpp"
#include "platform/web/fetch_transport.hpp"
#include "platform/web/frame_scheduler.hpp"
#include "platform/web/gl_surface.hpp"
#include "platform/web/mount_options.hpp"
#include "platform/web/wake_timers.hpp"
#include "ui/app.hpp"
#include "ui/item_registry.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct ImGuiContext;

namespace imt::web {

// Owns an ImGui context and makes it current for its whole life (one component per module instance).
class ImGuiContextOwner {
public:
    ImGuiContextOwner();
    ~ImGuiContextOwner();
    ImGuiContextOwner(const ImGuiContextOwner&) = delete;
    ImGuiContextOwner& operator=(const ImGuiContextOwner&) = delete;
    [[nodiscard]] ImGuiContext* get() const { return context_; }

private:
    ImGuiContext* context_;
};

enum class PointerPhase { Move = 0, Down = 1, Up = 2, Leave = 3 };

class WebApp final : public Ports {
public:
    WebApp(const MountOptions& options, bool apple_shortcuts);
    ~WebApp() override;
    WebApp(const WebApp&) = delete;
    WebApp& operator=(const WebApp&) = delete;

    [[nodiscard]] bool ok() const { return surface_.ok(); }

    // Ports
    void send(HttpRequest request) override;
    void copy_to_clipboard(const Secret& text) override;
    void wake_at(Timestamp at) override;
    void host_event(const HostEvent& event) override;
    void save_file(const SaveFile& file) override;

    // The host page
    void use_session(Secret jwt);
    void resume_session();
    void set_theme(ui::Theme theme);
    void set_locale(ui::Locale locale);
    [[nodiscard]] std::string items_json() const;
    // The shaped runs of the last frame (browser_runs.hpp), for tests.
    [[nodiscard]] std::string text_runs_json() const;
    [[nodiscard]] std::string state_json() const;
    [[nodiscard]] std::uint64_t frames_drawn() const { return scheduler_.frames_drawn(); }

    // DOM events (CSS pixels relative to the canvas)
    void on_pointer(PointerPhase phase, float x, float y, int dom_button);
    void on_wheel(float dx, float dy);
    // True when the browser's default action must be prevented.
    bool on_key(std::string_view code, std::string_view key, bool down, int modifiers);
    // The DOM mirror (dom_mirror.js): focus landed on the element of item `id`; a field's element
    // holds `text` (code-point selection); a screen reader or a DOM click activated `id`.
    void on_dom_focus(ImGuiID id, bool text_field);
    void on_field_text(ImGuiID id, std::string_view text, int selection_start, int selection_end);
    void on_activate(ImGuiID id);
    // prefers-reduced-motion (bit 1) and forced-colors or prefers-contrast: more (bit 2).
    void on_media(int bits);
    void on_focus(bool focused);
    void on_resize(float css_width, float css_height, int framebuffer_width, int framebuffer_height);
    void on_fonts_loaded();
    void on_copy_gesture(float down_x, float down_y, float up_x, float up_y);
    void write_copy_from_gesture(CopyVariant variant);
    void on_clipboard_written(int job, bool ok);
    void on_pagehide();
    // The answer to a read shell/imtokens.mjs sent ahead (see FetchTransport::take_head_start).
    void on_head_start(std::uint64_t request_id, int status, std::string content_type, std::string body,
                       bool over_limit);

private:
    // Why the last frame asked for another, one bit each: state_json()'s "wakeReasons" explains a page
    // that never goes idle.
    enum WakeReason : int {
        kWokenByActions = 1,
        kWokenByPopup = 2, // a popup opened or closed
        kWokenByInput = 4, // input ImGui has not consumed yet
        kWokenByAnimation = 8,
    };

    void dispatch(Action action);
    std::vector<Action> build_frame();
    void draw(double time_ms);
    void after_frame();
    // Rasterises the fonts again once they are loaded, when the device-pixel ratio has changed or
    // characters the atlas lacks have come in (from Strapi, typed or pasted; see note_text).
    void install_fonts();
    void note_text(std::string_view text);
    void sync_mirror();
    void apply_key(ImGuiKey key, bool down, int modifiers, const std::string& typed);

    // Declaration order is construction order; teardown runs backwards (renderer before context).
    ImGuiContextOwner imgui_;
    GlSurface surface_;
    BrowserFonts fonts_;
    BrowserRuns runs_{fonts_}; // shaped text (after fonts_, before the context goes)
    ui::ItemRegistry registry_;
    ui::App app_;
    Store store_;
    FetchTransport transport_;
    WakeTimers timers_;
    Clipboard clipboard_;
    FrameScheduler scheduler_;
    DomMirror mirror_;
    double mirror_ms_ = 0; // the last frame's sync_mirror(), in ms
    DomInputQueue dom_input_;
    bool banner_announced_ = false;
    bool copy_announced_ = false;

    int framebuffer_width_ = 1;
    int framebuffer_height_ = 1;
    float content_scale_ = 0; // of the installed fonts; 0 until the first install
    bool fonts_loaded_ = false;
    bool glyphs_added_ = false; // since the fonts were last installed
    double last_frame_ms_ = 0;
    int cursor_ = -2;
    int wake_reasons_ = 0; // WakeReason bits
    struct WakeCounts {
        int answers = 0;
        int timers = 0;
        int resizes = 0;
        int clipboard = 0;
    } wakes_; // what woke the page up, for state_json()
    bool marked_first_frame_ = false;
    bool marked_table_ = false;
    bool marked_list_decoded_ = false;
};

} // namespace imt::web
