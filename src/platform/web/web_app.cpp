#include "platform/web/web_app.hpp"

#include "platform/web/dom_keys.hpp"
#include "platform/web/item_export.hpp"
#include "platform/web/js_bridge.hpp"

#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_internal.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <optional>

namespace imt::web {
namespace {

// Frames to draw after an input event: ImGui settles hover and active states over a couple of frames.
constexpr int kFramesAfterInput = 3;
// ImGui times tooltips and double-clicks with DeltaTime; after a long sleep one frame must not
// count as seconds.
constexpr double kMaxDeltaSeconds = 0.1;

enum Modifier { kCtrl = 1, kShift = 2, kAlt = 4, kMeta = 8 };

Timestamp wall_clock() {
    return Timestamp{static_cast<std::int64_t>(emscripten_date_now())};
}

std::string_view load_name(Load load) {
    switch (load) {
    case Load::Idle:
        return "idle";
    case Load::Loading:
        return "loading";
    case Load::Ready:
        return "ready";
    case Load::Failed:
        return "failed";
    }
    return "idle";
}

nlohmann::ordered_json error_kind(const std::optional<ApiError>& error) {
    if (!error) {
        return nullptr;
    }
    switch (error->kind) {
    case ApiErrorKind::Http:
        return "http";
    case ApiErrorKind::MalformedJson:
        return "malformed_json";
    case ApiErrorKind::UnexpectedShape:
        return "unexpected_shape";
    case ApiErrorKind::Offline:
        return "offline";
    case ApiErrorKind::Timeout:
        return "timeout";
    }
    return "http";
}

std::string_view view_name(View view) {
    switch (view) {
    case View::List:
        return "list";
    case View::Create:
        return "create";
    case View::Edit:
        return "edit";
    }
    return "list";
}

bool a_window_waits_to_show() {
    for (const ImGuiWindow* window : GImGui->Windows) {
        if (window->Active &&
            (window->HiddenFramesCannotSkipItems > 0 || window->HiddenFramesCanSkipItems > 0)) {
            return true;
        }
    }
    return false;
}

const char* clipboard_text(void* /*user_data*/) {
    // Pasting goes through the DOM 'paste' event (see WebApp::on_paste): the browser gives no
    // synchronous read access to the clipboard.
    return "";
}

void set_clipboard_text(void* user_data, const char* text) {
    static_cast<Clipboard*>(user_data)->write_text(text != nullptr ? text : "");
}

// ImGui calls this when a text field starts or stops being edited, or its caret moves.
void set_text_input(ImGuiViewport* /*viewport*/, ImGuiPlatformImeData* data) {
    imt_js_text_input(data->WantVisible ? 1 : 0, data->InputPos.x, data->InputPos.y, data->InputLineHeight);
}

} // namespace

ImGuiContextOwner::ImGuiContextOwner() : context_(ImGui::CreateContext()) {
    ImGui::SetCurrentContext(context_);
}

ImGuiContextOwner::~ImGuiContextOwner() {
    ImGui::DestroyContext(context_);
}

WebApp::WebApp(const MountOptions& options, bool apple_shortcuts)
    : fonts_(options.font_family), app_(ui::AppOptions{options.theme, options.locale, 1.0F, options.chrome}),
      store_(*this), transport_(
                         options.base_url,
                         [this](HttpResponse response) {
                             ++wakes_.answers;
                             note_text(response.body);
                             dispatch(act::HttpFinished{std::move(response)});
                         },
                         options.timeout_ms),
      timers_([this] {
          ++wakes_.timers;
          dispatch(act::Tick{wall_clock()});
      }),
      clipboard_([this](bool ok) { dispatch(act::SecretCopied{ok}); }),
      scheduler_([this](double time_ms) { draw(time_ms); }) {
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    io.BackendPlatformName = "imtokens_web";
    io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;
    // A blinking cursor would need a frame every half second; a steady one needs none.
    io.ConfigInputTextCursorBlink = false;
    io.ConfigMacOSXBehaviors = apple_shortcuts;
    io.ClipboardUserData = &clipboard_;
    io.GetClipboardTextFn = &clipboard_text;
    io.SetClipboardTextFn = &set_clipboard_text;
    io.SetPlatformImeDataFn = &set_text_input;
    registry_.attach(imgui_.get());
    store_.dispatch(act::Tick{wall_clock()});
    fonts_.load();
}

WebApp::~WebApp() {
    registry_.detach();
    imt_js_unload_fonts();
}

// --- Ports ----------------------------------------------------------------------------------------

void WebApp::send(HttpRequest request) {
    transport_.send(std::move(request));
}

void WebApp::copy_to_clipboard(const Secret& text) {
    clipboard_.write_secret(text, emscripten_get_now());
}

void WebApp::wake_at(Timestamp at) {
    timers_.wake_in(static_cast<double>(at.ms - wall_clock().ms));
}

void WebApp::host_event(const HostEvent& event) {
    imt_js_host_event(event.name.c_str(), event.detail_json.c_str());
}

// --- Host page ------------------------------------------------------------------------------------

void WebApp::use_session(Secret jwt) {
    dispatch(act::UseSession{std::move(jwt)});
}

void WebApp::resume_session() {
    dispatch(act::ResumeSession{});
}

void WebApp::set_theme(ui::Theme theme) {
    app_.set_theme(theme);
    scheduler_.request(2);
}

void WebApp::set_locale(ui::Locale locale) {
    app_.set_locale(locale);
    scheduler_.request(2);
}

std::string WebApp::items_json() const {
    return web::items_json(registry_);
}

std::string WebApp::state_json() const {
    const State& s = store_.state();
    auto notifications = nlohmann::ordered_json::array();
    for (const auto& n : s.notifications) {
        notifications.push_back({{"key", n.message_key}, {"detail", n.detail}});
    }
    // A summary for tests and diagnostics. Never a secret: the draft is a token's name and
    // description, which the list shows anyway.
    nlohmann::ordered_json summary = {
        {"view", view_name(s.view)},
        {"signedIn", s.session.signed_in},
        {"sessionExpired", s.session.expired},
        {"permissions", load_name(s.session.permissions)},
        {"list", load_name(s.list.load)},
        {"tokens", s.list.tokens.size()},
        {"rows", s.list.rows.size()},
        {"query", s.list.order.query},
        {"catalogue", load_name(s.catalogue.load)},
        {"banner", s.banner.has_value()},
        {"bannerCopied", s.banner.has_value() && s.banner->copied},
        {"dialog", s.dialog.has_value()},
        {"saving", s.form.saving},
        {"draft", {{"name", s.form.draft.name}, {"description", s.form.draft.description}}},
        {"saveError", error_kind(s.form.save_error)},
        {"listError", error_kind(s.list.error)},
        {"inFlight", s.in_flight.size()},
        {"notifications", notifications},
        {"framesScheduled", scheduler_.scheduled()},
        // Why the last frame asked for another: 1 actions, 2 a popup opened or closed, 4 unread
        // input, 8 an animation. Explains a page that never goes idle.
        {"wakeReasons", wake_reasons_},
        {"wakes",
         {{"answers", wakes_.answers},
          {"timers", wakes_.timers},
          {"resizes", wakes_.resizes},
          {"clipboard", wakes_.clipboard}}},
    };
    return summary.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

// --- DOM events -----------------------------------------------------------------------------------

void WebApp::on_pointer(PointerPhase phase, float x, float y, int dom_button) {
    ImGuiIO& io = ImGui::GetIO();
    if (phase == PointerPhase::Leave) {
        io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
    } else {
        io.AddMousePosEvent(x, y);
    }
    if ((phase == PointerPhase::Down || phase == PointerPhase::Up) && dom_button >= 0 && dom_button <= 2) {
        // DOM: 0 left, 1 middle, 2 right. ImGui: 0 left, 1 right, 2 middle.
        static constexpr int kImGuiButton[] = {0, 2, 1};
        io.AddMouseButtonEvent(kImGuiButton[dom_button], phase == PointerPhase::Down);
    }
    scheduler_.request(kFramesAfterInput);
}

void WebApp::on_wheel(float dx, float dy) {
    ImGui::GetIO().AddMouseWheelEvent(dx, dy);
    scheduler_.request(kFramesAfterInput);
}

bool WebApp::on_key(std::string_view code, std::string_view key, bool down, int modifiers) {
    ImGuiIO& io = ImGui::GetIO();
    modifiers_ = modifiers;
    const bool ctrl = (modifiers & kCtrl) != 0;
    const bool meta = (modifiers & kMeta) != 0;
    const bool alt = (modifiers & kAlt) != 0;
    io.AddKeyEvent(ImGuiMod_Ctrl, ctrl);
    io.AddKeyEvent(ImGuiMod_Shift, (modifiers & kShift) != 0);
    io.AddKeyEvent(ImGuiMod_Alt, alt);
    io.AddKeyEvent(ImGuiMod_Super, meta);
    const ImGuiKey imgui_key = imgui_key_from_dom_code(code);
    if (imgui_key != ImGuiKey_None) {
        io.AddKeyEvent(imgui_key, down);
    }
    scheduler_.request(kFramesAfterInput);

    const bool shortcut = io.ConfigMacOSXBehaviors ? meta : ctrl;
    // AltGr arrives as Ctrl+Alt on Windows and types a character.
    const bool types = is_printable_key(key) && (!(ctrl || meta) || (ctrl && alt));
    if (down && types) {
        note_text(key);
        io.AddInputCharactersUTF8(std::string(key).c_str());
    }
    if (shortcut) {
        // Paste is left to the browser, which then fires the 'paste' event; other browser shortcuts
        // (reload, new tab, ...) too. Only the editing shortcuts ImGui knows stay in the component.
        return imgui_key == ImGuiKey_A || imgui_key == ImGuiKey_C || imgui_key == ImGuiKey_X ||
               imgui_key == ImGuiKey_Z || imgui_key == ImGuiKey_Y;
    }
    if (imgui_key == ImGuiKey_Tab) {
        // Tab moves between the component's fields while one is being edited; otherwise it leaves
        // the canvas for the rest of the page.
        return io.WantTextInput;
    }
    if (imgui_key >= ImGuiKey_F1 && imgui_key <= ImGuiKey_F12) {
        return false;
    }
    return types || imgui_key != ImGuiKey_None;
}

void WebApp::on_paste(std::string_view text) {
    std::string cleaned;
    cleaned.reserve(text.size());
    for (const char c : text) {
        if (c != '\r') {
            cleaned.push_back(c);
        }
    }
    // The paste arrives while Ctrl (Cmd) is still held, and ImGui ignores typed characters then: the
    // text goes in between a release and a press of the shortcut key, which the next keyup settles.
    ImGuiIO& io = ImGui::GetIO();
    const bool ctrl = (modifiers_ & kCtrl) != 0;
    const bool meta = (modifiers_ & kMeta) != 0;
    if (ctrl) {
        io.AddKeyEvent(ImGuiMod_Ctrl, false);
    }
    if (meta) {
        io.AddKeyEvent(ImGuiMod_Super, false);
    }
    note_text(cleaned);
    io.AddInputCharactersUTF8(cleaned.c_str());
    if (ctrl) {
        io.AddKeyEvent(ImGuiMod_Ctrl, true);
    }
    if (meta) {
        io.AddKeyEvent(ImGuiMod_Super, true);
    }
    scheduler_.request(kFramesAfterInput + 2);
}

void WebApp::on_text(std::string_view text) {
    note_text(text);
    ImGui::GetIO().AddInputCharactersUTF8(std::string(text).c_str());
    scheduler_.request(kFramesAfterInput);
}

void WebApp::on_focus(bool focused) {
    ImGui::GetIO().AddFocusEvent(focused);
    scheduler_.request(kFramesAfterInput);
}

void WebApp::on_resize(float css_width, float css_height, int framebuffer_width, int framebuffer_height) {
    ++wakes_.resizes;
    ImGuiIO& io = ImGui::GetIO();
    framebuffer_width_ = std::max(1, framebuffer_width);
    framebuffer_height_ = std::max(1, framebuffer_height);
    io.DisplaySize = ImVec2(css_width, css_height);
    io.DisplayFramebufferScale = ImVec2(static_cast<float>(framebuffer_width_) / std::max(1.0F, css_width),
                                        static_cast<float>(framebuffer_height_) / std::max(1.0F, css_height));
    const bool first = content_scale_ <= 0;
    install_fonts();
    // Setting the canvas size cleared it: draw now, before the browser paints a blank frame. Not the
    // first time: nothing was painted yet, and the answers that arrived while the fonts were being
    // rasterised are handled before the next animation frame, which then draws them straight away.
    if (!first) {
        scheduler_.draw_now(emscripten_get_now());
    }
    scheduler_.request(1);
}

void WebApp::on_fonts_loaded() {
    fonts_loaded_ = true;
    install_fonts();
    scheduler_.request(1);
}

void WebApp::note_text(std::string_view text) {
    if (fonts_.add_glyphs_for(text)) {
        glyphs_added_ = true;
        scheduler_.request(1);
    }
}

void WebApp::install_fonts() {
    ImGuiIO& io = ImGui::GetIO();
    const float scale = io.DisplayFramebufferScale.x;
    // Glyphs rasterised at the new device-pixel size stay sharp after a zoom or a monitor change.
    const bool rescaled = std::abs(scale - content_scale_) > 0.01F;
    // No size yet (the first resize comes from a ResizeObserver), or nothing new.
    if (!fonts_loaded_ || io.DisplaySize.x <= 0 || !(rescaled || glyphs_added_)) {
        return;
    }
    const bool first = content_scale_ <= 0;
    content_scale_ = scale;
    glyphs_added_ = false;
    app_.install(scale, fonts_);
    surface_.upload_fonts(*io.Fonts);
    if (first) {
        imt_js_mark("imtokens:fonts-ready");
    }
}

void WebApp::on_copy_gesture(float down_x, float down_y, float up_x, float up_y) {
    const State& s = store_.state();
    if (!s.banner) {
        return;
    }
    const ui::ItemRecord* copy = find_copy_button(registry_);
    if (copy == nullptr || !copy->enabled() || !contains(*copy, down_x, down_y) ||
        !contains(*copy, up_x, up_y)) {
        return;
    }
    clipboard_.write_secret_from_gesture(s.banner->key, emscripten_get_now());
}

void WebApp::on_clipboard_written(int job, bool ok) {
    ++wakes_.clipboard;
    clipboard_.written(job, ok);
}

void WebApp::on_pagehide() {
    // The back/forward cache would keep this page, secret included, for a later "Back".
    dispatch(act::DismissBanner{});
}

// --- Frames ---------------------------------------------------------------------------------------

void WebApp::dispatch(Action action) {
    store_.dispatch(std::move(action));
    // Two: ImGui acts on some changes a frame late (a popup closed in one frame is gone in the next).
    scheduler_.request(2);
}

std::vector<Action> WebApp::build_frame() {
    ImGuiIO& io = ImGui::GetIO();
    const double now = emscripten_get_now();
    io.DeltaTime = static_cast<float>(std::clamp((now - last_frame_ms_) / 1000.0, 1e-4, kMaxDeltaSeconds));
    last_frame_ms_ = now;
    store_.dispatch(act::Tick{wall_clock()});
    ImGui::NewFrame();
    std::vector<Action> actions = app_.frame(store_.state());
    ImGui::Render();
    return actions;
}

void WebApp::draw(double /*time_ms*/) {
    if (!surface_.ok() || content_scale_ <= 0) {
        return; // no size yet: the first resize installs the fonts and draws
    }
    install_fonts(); // with the characters that came in since the last frame
    const int popups_before = GImGui->OpenPopupStack.Size;
    std::vector<Action> actions = build_frame();
    wake_reasons_ = actions.empty() ? 0 : 1;
    // What the admin just did shows in this same animation frame: the page is built again with the
    // result (a sorted table, the opened form) before the browser gets to paint, and once more if
    // that made a new window appear, since ImGui keeps a new auto-sized window hidden for a frame.
    if (!actions.empty()) {
        for (auto& action : actions) {
            store_.dispatch(std::move(action));
        }
        actions = build_frame();
        if (actions.empty() && a_window_waits_to_show()) {
            actions = build_frame();
        }
        scheduler_.request(2);
    }
    surface_.present(*ImGui::GetDrawData(), framebuffer_width_, framebuffer_height_,
                     ImGui::GetStyle().Colors[ImGuiCol_WindowBg]);
    after_frame();

    for (auto& action : actions) {
        store_.dispatch(std::move(action));
    }
    if (!actions.empty()) {
        scheduler_.request(kFramesAfterInput);
    }
    if (app_.animating()) {
        wake_reasons_ |= 8;
        scheduler_.request(1);
    }
    // A popup opened or closed in this frame appears or disappears in the next one.
    if (GImGui->OpenPopupStack.Size != popups_before) {
        wake_reasons_ |= 2;
        scheduler_.request(2);
    }
    // ImGui spreads fast input over frames (a press and its release, keys and the text they type):
    // whatever it has not consumed yet needs more frames, however many the event itself asked for.
    if (!imgui_.get()->InputEventsQueue.empty()) {
        wake_reasons_ |= 4;
        scheduler_.request(1);
    }
}

void WebApp::after_frame() {
    const int cursor = ImGui::GetIO().MouseDrawCursor ? -1 : ImGui::GetMouseCursor();
    if (cursor != cursor_) {
        cursor_ = cursor;
        imt_js_set_cursor(cursor);
    }
    if (!marked_first_frame_) {
        marked_first_frame_ = true;
        imt_js_mark("imtokens:first-frame");
    }
    const State& s = store_.state();
    if (!marked_table_ && s.view == View::List && s.session.permissions == Load::Ready &&
        s.list.load == Load::Ready) {
        marked_table_ = true;
        imt_js_mark("imtokens:table-drawn");
    }
    imt_js_frame_drawn(static_cast<double>(scheduler_.frames_drawn()));
}

} // namespace imt::web
