#pragma once
// Functions implemented in dom_library.js and font_library.js, callable from C++.

#include <cstddef>
#include <cstdint>

extern "C" {
// Installs the DOM listeners on the module's canvas; returns 1 on Apple platforms (Cmd is the shortcut key).
int imt_js_attach();
// Removes every listener and cancels every request still in flight.
void imt_js_detach();
// Writes text to the system clipboard; the outcome arrives at imt_on_clipboard_written(job, ok).
void imt_js_write_clipboard(const char* text, std::size_t length, int job);
void imt_js_host_event(const char* name, const char* detail_json);
// Offers `length` bytes of `text` as a download named `name`; 0 when the browser refused.
int imt_js_save_file(const char* name, const char* media_type, const char* text, std::size_t length);
void imt_js_set_cursor(int imgui_cursor);
// Applies one packed update of the DOM mirror (dom_mirror.cpp builds it, dom_mirror.js applies it).
void imt_js_mirror(const char* update_json);
// The user's media preferences: 1 prefers-reduced-motion, 2 forced-colors or prefers-contrast: more.
int imt_js_media();
// performance.mark(name), and the host's onMark hook for tests and benchmarks.
void imt_js_mark(const char* name);
// The host's onFrame hook (tests and benchmarks), after each presented frame.
void imt_js_frame_drawn(double frame);
// 1 when shell/imtokens.mjs already sent this GET (head_start_library.js): its answer then arrives at
// imt_on_head_start(request_id, ...) instead of the transport sending the request.
int imt_js_take_head_start(const char* path, double request_id);
// Aborts the fetch's XMLHttpRequest with its handlers silenced, before emscripten_fetch_close.
void imt_js_stop_fetch(unsigned fetch_id);

// Fonts (font_library.js; see browser_fonts.hpp). `text_fonts`: CSS fonts, one per line, to wait for.
void imt_js_load_fonts(const unsigned char* icon_font, std::size_t size, const char* text_fonts);
void imt_js_unload_fonts();
void imt_js_font_metrics(const char* font, float* ascent_descent);
void imt_js_measure_glyphs(const char* font, const std::uint32_t* code_points, int count, float* inks);
void imt_js_atlas_begin(int width, int height);
void imt_js_atlas_draw(const char* font, const std::int32_t* code_point_x_y, int count);
void imt_js_atlas_end(unsigned char* pixels, int width, int height);
}
