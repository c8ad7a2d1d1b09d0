// The mounted component: one ImGui context, the core's Store and the web's ports, driven by DOM events.
// Sections:
//   (top)       helpers: load and view names for the test state, ImGui's clipboard glue, app options
//   Ports       what the core's effects call: HTTP, the clipboard, wake timers, host events
//   Host page   a session handed over, theme, locale, and the test-only state the debug handle reads
//   DOM events  pointer, wheel, keys, focus, mirrored fields, media queries, resize, fonts, the copy
//               gesture, the head start's answers, pagehide
//   Frames      dispatch, building and drawing a frame, what follows it, syncing the DOM mirror

#include "platform/web/web_app.hpp"

#include "core/banner_copy.hpp"
#include "platform/web/copy_gesture.hpp"
#include "platform/web/dom_keys.hpp"
#include "platform/web/item_export.hpp"
#include "platform/web/js_bridge.hpp"
#include "ui/texts.hpp"

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
    return kind_name(error->kind);
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
    // Pasting happens in the DOM input that has the focus (dom_mirror.js): the browser gives no
    // synchronous read access to the clipboard.
    return "";
}

void set_clipboard_text(void* user_data, const char* text) {
    static_cast<Clipboard*>(user_data)->write_text(text != nullptr ? text : "");
}

enum MediaBit { kReducedMotion = 1, kHighContrast = 2 };

ui::AppOptions app_options(const MountOptions& options) {
    const int media = imt_js_media();
    return ui::AppOptions{.theme = options.theme,
                          .locale = options.locale,
                          .content_scale = 1.0F,
                          .top_bar = options.chrome,
                          .contrast =
                              (media & kHighContrast) != 0 ? ui::Contrast::High : ui::Contrast::Standard,
                          .reduced_motion = (media & kReducedMotion) != 0};
}

} // namespace

ImGuiContextOwner::ImGuiContextOwner() : context_(ImGui::CreateContext()) {
    ImGui::SetCurrentContext(context_);
}

ImGuiContextOwner::~ImGuiContextOwner() {
    ImGui::DestroyContext(context_);
}

WebApp::WebApp(const MountOptions& options, bool apple_shortcuts)
    : fonts_(options.font_family), app_(app_options(options)), store_(*this),
      transport_(
          options.base_url,
          [this](HttpResponse response) {
              ++wakes_.answers;
              note_text(response.body);
              dispatch(act::HttpFinished{std::move(response)});
              if (!marked_list_decoded_ && store_.state().list.load == Load::Ready) {
                  marked_list_decoded_ = true; // a phase of the cold start, for the benchmarks
                  imt_js_mark("imtokens:list-decoded");
              }
          },
          options.timeout_ms),
      timers_([this] {
          ++wakes_.timers;
          dispatch(act::Tick{wall_clock()});
      }),
      clipboard_([this](bool ok, std::optional<CopyVariant> variant) {
          dispatch(act::SecretCopied{ok, variant});
      }),
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
    // No SetPlatformImeDataFn: text is edited in the mirror's own <input> elements (dom_mirror.js),
    // where input methods work as on any page.
    registry_.attach(imgui_.get());
    ui::attach_text_runs(imgui_.get(), &runs_);
    store_.dispatch(act::Tick{wall_clock()});
    store_.dispatch(act::KnowStrapiOrigin{strapi_origin(options.base_url)});
    fonts_.load();
}

WebApp::~WebApp() {
    registry_.detach();
    ui::attach_text_runs(imgui_.get(), nullptr);
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

// A download: the browser's own "save as" (a Blob, its object URL, an <a download> clicked).
void WebApp::save_file(const SaveFile& file) {
    const bool ok = imt_js_save_file(file.file_name.c_str(), file.media_type.c_str(), file.text.data(),
                                     file.text.size()) != 0;
    dispatch(act::FileSaved{ok, file.file_name});
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

std::string WebApp::text_runs_json() const {
    return runs_.placed_json();
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
        {"catalogue", load_name(s.content_api.load)},
        {"banner", s.banner.has_value()},
        {"bannerCopied", s.banner.has_value() && s.banner->copied},
        // The format the clipboard took last ("raw", "curl", ...), or null: never the text itself.
        {"copiedFormat", s.banner && s.banner->copied_variant
                             ? nlohmann::ordered_json(std::string(variant_id(*s.banner->copied_variant)))
                             : nlohmann::ordered_json()},
        // The token a duplicate's banner offers to delete: its id, whether it went, why not.
        {"oldToken", s.banner && s.banner->replaces
                         ? nlohmann::ordered_json{{"id", s.banner->replaces->id},
                                                  {"offered", old_token_on_offer(s) != nullptr},
                                                  {"deleted", s.banner->replaced_deleted},
                                                  {"error", error_kind(s.banner->replace_error)}}
                         : nlohmann::ordered_json()},
        {"dialog", s.dialog.has_value()},
        {"saving", s.form.saving},
        {"draft", {{"name", s.form.draft.name}, {"description", s.form.draft.description}}},
        {"saveError", error_kind(s.form.save_error)},
        {"listError", error_kind(s.list.error)},
        {"inFlight", s.in_flight.size()},
        // DOM input (focus, a field's text, activations) that ImGui has not taken yet.
        {"domInput", dom_input_.size()},
        {"activeId", GImGui->ActiveId},
        // ImGui's keyboard focus at the end of the last frame, and whether its ring is drawn.
        {"focusedId", registry_.focused_id()},
        {"focusVisible", registry_.focus_visible()},
        // What the last frame's mirror update cost: the C++ diff and the DOM writes (perf-mirror.mjs).
        {"mirrorMs", mirror_ms_},
        // The user's media preferences as the page applies them (dom_mirror.js reads the queries).
        {"reducedMotion", app_.reduced_motion()},
        {"highContrast", app_.contrast() == ui::Contrast::High},
        {"notifications", notifications},
        {"framesScheduled", scheduler_.scheduled()},
        // Why the last frame asked for another (WakeReason bits): explains a page that never goes idle.
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

void WebApp::apply_key(ImGuiKey key, bool down, int modifiers, const std::string& typed) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiMod_Ctrl, (modifiers & kCtrl) != 0);
    io.AddKeyEvent(ImGuiMod_Shift, (modifiers & kShift) != 0);
    io.AddKeyEvent(ImGuiMod_Alt, (modifiers & kAlt) != 0);
    io.AddKeyEvent(ImGuiMod_Super, (modifiers & kMeta) != 0);
    if (key != ImGuiKey_None) {
        io.AddKeyEvent(key, down);
    }
    if (!typed.empty()) {
        io.AddInputCharactersUTF8(typed.c_str());
    }
}

bool WebApp::on_key(std::string_view code, std::string_view key, bool down, int modifiers) {
    const ImGuiIO& io = ImGui::GetIO();
    const bool ctrl = (modifiers & kCtrl) != 0;
    const bool meta = (modifiers & kMeta) != 0;
    const bool alt = (modifiers & kAlt) != 0;
    const ImGuiKey imgui_key = imgui_key_from_dom_code(code);
    // AltGr arrives as Ctrl+Alt on Windows and types a character.
    const bool types = is_printable_key(key) && (!(ctrl || meta) || (ctrl && alt));
    std::string typed;
    if (down && types) {
        note_text(key);
        typed = std::string(key);
    }
    // A key pressed while the mirror still hands ImGui a focus change or a field's text waits for it.
    if (dom_input_.empty()) {
        apply_key(imgui_key, down, modifiers, typed);
    } else {
        dom_input_.then(
            [this, imgui_key, down, modifiers, typed] { apply_key(imgui_key, down, modifiers, typed); });
    }
    scheduler_.request(kFramesAfterInput);

    const bool shortcut = io.ConfigMacOSXBehaviors ? meta : ctrl;
    if (shortcut) {
        // Paste is left to the browser, which then fires the 'paste' event; other browser shortcuts
        // (reload, new tab, ...) too. Only the editing shortcuts ImGui knows stay in the component.
        // Ctrl/Cmd+S is the form's own save: the browser's "save page" must not open over it.
        return imgui_key == ImGuiKey_A || imgui_key == ImGuiKey_C || imgui_key == ImGuiKey_X ||
               imgui_key == ImGuiKey_Z || imgui_key == ImGuiKey_Y || imgui_key == ImGuiKey_S;
    }
    if (imgui_key == ImGuiKey_Tab) {
        // dom_mirror.js only forwards Tab inside a modal dialog, which keeps the focus.
        return true;
    }
    if (imgui_key >= ImGuiKey_F1 && imgui_key <= ImGuiKey_F12) {
        return false;
    }
    return types || imgui_key != ImGuiKey_None;
}

void WebApp::on_dom_focus(ImGuiID id, bool text_field) {
    dom_input_.focus(id, text_field);
    scheduler_.request(kFramesAfterInput);
}

void WebApp::on_field_text(ImGuiID id, std::string_view text, int selection_start, int selection_end) {
    note_text(text);
    dom_input_.set_text(id, Secret(text), selection_start, selection_end);
    scheduler_.request(kFramesAfterInput);
}

void WebApp::on_activate(ImGuiID id) {
    // Still inside the DOM click's user activation: a copy button writes its text right here.
    if (const auto variant = copy_variant_with_id(registry_, id)) {
        write_copy_from_gesture(*variant);
    }
    dom_input_.activate(id);
    scheduler_.request(kFramesAfterInput);
}

void WebApp::on_media(int bits) {
    app_.set_reduced_motion((bits & kReducedMotion) != 0);
    app_.set_contrast((bits & kHighContrast) != 0 ? ui::Contrast::High : ui::Contrast::Standard);
    scheduler_.request(2);
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
    runs_.reset(scale);
    surface_.upload_fonts(*io.Fonts);
    if (first) {
        imt_js_mark("imtokens:fonts-ready");
    }
}

void WebApp::on_copy_gesture(float down_x, float down_y, float up_x, float up_y) {
    if (const auto variant = copy_variant_under(registry_, down_x, down_y, up_x, up_y)) {
        write_copy_from_gesture(*variant);
    }
}

void WebApp::write_copy_from_gesture(CopyVariant variant) {
    // The same text the core's CopyToClipboard would carry; wiped when it goes out of scope.
    const Secret text = banner_copy_text(store_.state(), variant);
    clipboard_.write_secret_from_gesture(text, emscripten_get_now(), variant);
}

void WebApp::on_clipboard_written(int job, bool ok) {
    ++wakes_.clipboard;
    clipboard_.written(job, ok);
}

void WebApp::on_head_start(std::uint64_t request_id, int status, std::string content_type, std::string body,
                           bool over_limit) {
    transport_.take_head_start(request_id, status, std::move(content_type), std::move(body), over_limit);
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
    if (dom_input_.before_frame(registry_)) {
        scheduler_.request(kFramesAfterInput);
    }
    runs_.begin_frame();
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
    wake_reasons_ = actions.empty() ? 0 : kWokenByActions;
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
        wake_reasons_ |= kWokenByAnimation;
        scheduler_.request(1);
    }
    // A popup opened or closed in this frame appears or disappears in the next one.
    if (GImGui->OpenPopupStack.Size != popups_before) {
        wake_reasons_ |= kWokenByPopup;
        scheduler_.request(2);
    }
    // ImGui spreads fast input over frames (a press and its release, keys and the text they type):
    // whatever it has not consumed yet needs more frames, however many the event itself asked for.
    if (!imgui_.get()->InputEventsQueue.empty() || !dom_input_.empty()) {
        wake_reasons_ |= kWokenByInput;
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
        // After this frame's paint: the forms' catalogues are fetched while the admin reads the list.
        store_.dispatch(act::ListDrawn{});
    }
    const double mirror_start = emscripten_get_now();
    sync_mirror();
    mirror_ms_ = emscripten_get_now() - mirror_start; // the JS side included (it runs inside)
    imt_js_frame_drawn(static_cast<double>(scheduler_.frames_drawn()));
}

void WebApp::sync_mirror() {
    const State& s = store_.state();
    // The banner itself is drawn text; its arrival is said once (never the secret).
    if (s.banner.has_value() != banner_announced_) {
        banner_announced_ = s.banner.has_value();
        if (banner_announced_) {
            const ui::Texts texts(app_.locale());
            mirror_.announce(Politeness::Polite, std::string(texts.get("banner.title")) + ". " +
                                                     std::string(texts.get("banner.warning")));
        }
    }
    // So is the Copy button turning into "Copied" (a new control, with a label of its own).
    const bool copied = s.banner.has_value() && s.banner->copied;
    if (copied != copy_announced_) {
        copy_announced_ = copied;
        if (copied) {
            mirror_.announce(Politeness::Polite, std::string(ui::Texts(app_.locale()).get("banner.copied")));
        }
    }
    MirrorFacts facts;
    facts.table_rows = static_cast<int>(s.list.rows.size());
    facts.row_index = [&s](std::string_view name) {
        for (std::size_t i = 0; i < s.list.rows.size(); ++i) {
            if (s.list.tokens[s.list.rows[i]].name == name) {
                return static_cast<int>(i);
            }
        }
        return -1;
    };
    facts.dom_settled = dom_input_.empty();
    facts.root_name = std::string(ui::Texts(app_.locale()).get("list.title"));
    const DomInputQueue::Caret caret = dom_input_.last_caret();
    const std::string update =
        mirror_.update(registry_, facts, dom_input_.take_last_focused(), caret.id, caret.start, caret.end);
    if (!update.empty()) {
        imt_js_mirror(update.c_str());
    }
}

} // namespace imt::web
