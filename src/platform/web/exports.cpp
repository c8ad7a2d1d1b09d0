// The C entry points of the web build. shell/imtokens.mjs (through module_api.js) calls the mount
// and host functions; dom_library.js calls the imt_on_* ones from DOM listeners. Each module
// instance holds at most one mounted component.

#include "core/secret.hpp"
#include "platform/web/js_bridge.hpp"
#include "platform/web/mount_options.hpp"
#include "platform/web/web_app.hpp"

#include <emscripten/emscripten.h>

#include <algorithm>
#include <memory>
#include <string>

namespace {

std::unique_ptr<imt::web::WebApp> mounted;
std::string last_answer; // keeps the text returned to JavaScript alive until the next call

const char* answer(std::string text) {
    last_answer = std::move(text);
    return last_answer.c_str();
}

} // namespace

extern "C" {

// Returns 1 when the component is running, 0 when WebGL 2 is unavailable.
EMSCRIPTEN_KEEPALIVE int imt_mount(const char* options_json) {
    if (mounted) {
        return 1;
    }
    const bool apple = imt_js_attach() != 0;
    mounted = std::make_unique<imt::web::WebApp>(imt::web::parse_mount_options(options_json), apple);
    if (!mounted->ok()) {
        mounted.reset();
        imt_js_detach();
        return 0;
    }
    // No frame yet: the first size arrives from the ResizeObserver a moment later, so a session the
    // host hands over right after mounting starts its requests before the fonts are rasterised.
    return 1;
}

// Destroys the component: every secret it held is wiped as its owner goes (see core/secret.hpp).
EMSCRIPTEN_KEEPALIVE void imt_unmount() {
    mounted.reset();
    imt_js_detach();
    std::fill(last_answer.begin(), last_answer.end(), '\0');
    last_answer = std::string();
}

EMSCRIPTEN_KEEPALIVE void imt_use_session(const char* jwt) {
    if (mounted && jwt != nullptr) {
        mounted->use_session(imt::Secret(jwt));
    }
}

// Built-in sign-in: the refresh cookie (httpOnly, never seen by JS) may still hold a session.
EMSCRIPTEN_KEEPALIVE void imt_resume_session() {
    if (mounted) {
        mounted->resume_session();
    }
}

EMSCRIPTEN_KEEPALIVE void imt_set_theme(int dark) {
    if (mounted) {
        mounted->set_theme(dark != 0 ? imt::ui::Theme::Dark : imt::ui::Theme::Light);
    }
}

EMSCRIPTEN_KEEPALIVE void imt_set_locale(const char* tag) {
    if (mounted && tag != nullptr) {
        mounted->set_locale(imt::web::locale_from_tag(tag));
    }
}

EMSCRIPTEN_KEEPALIVE const char* imt_items_json() {
    return answer(mounted ? mounted->items_json() : "[]");
}

EMSCRIPTEN_KEEPALIVE const char* imt_text_runs_json() {
    return answer(mounted ? mounted->text_runs_json() : "[]");
}

EMSCRIPTEN_KEEPALIVE const char* imt_state_json() {
    return answer(mounted ? mounted->state_json() : "null");
}

EMSCRIPTEN_KEEPALIVE double imt_frames_drawn() {
    return mounted ? static_cast<double>(mounted->frames_drawn()) : 0.0;
}

EMSCRIPTEN_KEEPALIVE void imt_on_pointer(int phase, float x, float y, int button) {
    if (mounted) {
        mounted->on_pointer(static_cast<imt::web::PointerPhase>(phase), x, y, button);
    }
}

EMSCRIPTEN_KEEPALIVE void imt_on_wheel(float dx, float dy) {
    if (mounted) {
        mounted->on_wheel(dx, dy);
    }
}

EMSCRIPTEN_KEEPALIVE int imt_on_key(const char* code, const char* key, int down, int modifiers) {
    return mounted && mounted->on_key(code, key, down != 0, modifiers) ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE void imt_on_dom_focus(unsigned id, int text_field) {
    if (mounted) {
        mounted->on_dom_focus(id, text_field != 0);
    }
}

EMSCRIPTEN_KEEPALIVE void imt_on_field_text(unsigned id, const char* text, int selection_start,
                                            int selection_end) {
    if (mounted && text != nullptr) {
        mounted->on_field_text(id, text, selection_start, selection_end);
    }
}

EMSCRIPTEN_KEEPALIVE void imt_on_activate(unsigned id) {
    if (mounted) {
        mounted->on_activate(id);
    }
}

EMSCRIPTEN_KEEPALIVE void imt_on_media(int bits) {
    if (mounted) {
        mounted->on_media(bits);
    }
}

EMSCRIPTEN_KEEPALIVE void imt_on_focus(int focused) {
    if (mounted) {
        mounted->on_focus(focused != 0);
    }
}

EMSCRIPTEN_KEEPALIVE void imt_on_resize(float css_width, float css_height, int width, int height) {
    if (mounted) {
        mounted->on_resize(css_width, css_height, width, height);
    }
}

EMSCRIPTEN_KEEPALIVE void imt_on_fonts_loaded() {
    if (mounted) {
        mounted->on_fonts_loaded();
    }
}

EMSCRIPTEN_KEEPALIVE void imt_on_copy_gesture(float down_x, float down_y, float up_x, float up_y) {
    if (mounted) {
        mounted->on_copy_gesture(down_x, down_y, up_x, up_y);
    }
}

EMSCRIPTEN_KEEPALIVE void imt_on_clipboard_written(int job, int ok) {
    if (mounted) {
        mounted->on_clipboard_written(job, ok != 0);
    }
}

EMSCRIPTEN_KEEPALIVE void imt_on_pagehide() {
    if (mounted) {
        mounted->on_pagehide();
    }
}

// head_start_library.js: the answer to a read the page sent ahead (size -1: one over the size limit,
// left unread); `body` is wiped here.
EMSCRIPTEN_KEEPALIVE void imt_on_head_start(double request_id, int status, const char* content_type,
                                            char* body, int size) {
    const auto length = static_cast<std::size_t>(std::max(0, size));
    if (mounted) {
        mounted->on_head_start(static_cast<std::uint64_t>(request_id), status,
                               content_type != nullptr ? content_type : "", std::string(body, length),
                               size < 0);
    }
    imt::wipe_bytes(body, length);
}

} // extern "C"
