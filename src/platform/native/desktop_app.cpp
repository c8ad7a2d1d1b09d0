// The desktop debug app: a GLFW window with OpenGL 3, libcurl, and the same UI as the page.
// Sections:
//   (top)        window signals: activity, scaled cursor, content scale, the clipboard
//   DesktopApp   open and close the window; the loop (sign in, wait for events or the next wake, draw,
//                screenshot capture once the page has settled); one frame; rescaling; wake timing
//   run_desktop_app

#include "platform/native/desktop_app.hpp"

#include "core/store.hpp"
#include "platform/native/app_clock.hpp"
#include "platform/native/curl_transport.hpp"
#include "platform/native/desktop_ports.hpp"
#include "platform/native/framebuffer_png.hpp"
#include "platform/native/scenes.hpp"
#include "ui/app.hpp"
#include "ui/embedded_fonts.hpp"

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cfloat>
#include <chrono>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace imt::native {
namespace {

using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

// After input the loop keeps drawing this long, so hover effects and delayed tooltips can appear.
constexpr auto kSettleAfterInput = 1000ms;
constexpr auto kFrameInterval = 16ms; // at most about 60 frames a second, with or without vsync
// Relative dates ("3 minutes ago") move on even when nothing else happens.
constexpr std::int64_t kClockRefreshMs = 30'000;
constexpr std::int64_t kClockSlackMs = 100;
// A screenshot run that never settles still writes what it has, and fails.
constexpr auto kScreenshotDeadline = 30s;

// What the GLFW callbacks tell the loop. Reached through the window's user pointer.
struct WindowSignals {
    bool input = false;    // keyboard, mouse, focus: keep drawing for a while
    bool redraw = false;   // exposed or resized: draw once
    bool rescale = false;  // moved to a screen with another content scale
    float ui_scale = 1.0F; // logical pixels -> window coordinates (X11 HiDPI: window coordinates are pixels)
};

WindowSignals& signals_of(GLFWwindow* window) {
    return *static_cast<WindowSignals*>(glfwGetWindowUserPointer(window));
}

void install_activity_callbacks(GLFWwindow* window) {
    // Set before ImGui's backend installs its own, which then chains to these.
    glfwSetMouseButtonCallback(window, [](GLFWwindow* w, int, int, int) { signals_of(w).input = true; });
    glfwSetScrollCallback(window, [](GLFWwindow* w, double, double) { signals_of(w).input = true; });
    glfwSetKeyCallback(window, [](GLFWwindow* w, int, int, int, int) { signals_of(w).input = true; });
    glfwSetCharCallback(window, [](GLFWwindow* w, unsigned int) { signals_of(w).input = true; });
    glfwSetWindowFocusCallback(window, [](GLFWwindow* w, int) { signals_of(w).input = true; });
    glfwSetCursorEnterCallback(window, [](GLFWwindow* w, int) { signals_of(w).input = true; });
    // ImGui's backend does not use these.
    glfwSetWindowRefreshCallback(window, [](GLFWwindow* w) { signals_of(w).redraw = true; });
    glfwSetFramebufferSizeCallback(window, [](GLFWwindow* w, int, int) { signals_of(w).redraw = true; });
    glfwSetWindowContentScaleCallback(window,
                                      [](GLFWwindow* w, float, float) { signals_of(w).rescale = true; });
}

// Replaces the backend's cursor callback (after its init) to hand ImGui logical coordinates.
void install_scaled_cursor_callback(GLFWwindow* window) {
    glfwSetCursorPosCallback(window, [](GLFWwindow* w, double x, double y) {
        WindowSignals& signals = signals_of(w);
        signals.input = true;
        ImGui_ImplGlfw_CursorPosCallback(w, x / signals.ui_scale, y / signals.ui_scale);
    });
}

float content_scale_of(GLFWwindow* window) {
    float x = 1.0F;
    float y = 1.0F;
    glfwGetWindowContentScale(window, &x, &y);
    return std::clamp(std::max(x, y), 0.5F, 4.0F);
}

// macOS and Wayland give logical window coordinates and a larger framebuffer; X11 and Windows give
// pixels in both. The UI works in logical pixels either way.
float ui_scale_of(GLFWwindow* window, float content_scale) {
    int window_width = 0;
    int window_height = 0;
    int framebuffer_width = 0;
    int framebuffer_height = 0;
    glfwGetWindowSize(window, &window_width, &window_height);
    glfwGetFramebufferSize(window, &framebuffer_width, &framebuffer_height);
    const float framebuffer_scale =
        window_width > 0 ? static_cast<float>(framebuffer_width) / static_cast<float>(window_width) : 1.0F;
    return std::max(content_scale / std::max(framebuffer_scale, 0.5F), 0.5F);
}

bool write_clipboard(GLFWwindow* window, const Secret& text) {
    // GLFW wants a terminated string; this copy is wiped when it goes.
    std::basic_string<char, std::char_traits<char>, WipingAllocator<char>> terminated(text.reveal());
    glfwSetClipboardString(window, terminated.c_str());
    return true;
}

class DesktopApp {
public:
    explicit DesktopApp(DesktopOptions options) : options_(std::move(options)), clock_(options_.now) {}

    int run() {
        if (!open_window())
            return 1;
        const int code = loop();
        close_window();
        return code;
    }

private:
    bool open_window() {
        glfwSetErrorCallback(
            [](int code, const char* message) { std::fprintf(stderr, "GLFW %d: %s\n", code, message); });
        if (glfwInit() == GLFW_FALSE)
            return false;
        glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
        glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
        glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE); // --size is in logical pixels
        window_ =
            glfwCreateWindow(options_.width, options_.height, "API Tokens — ImTokens", nullptr, nullptr);
        if (window_ == nullptr) {
            glfwTerminate();
            return false;
        }
        glfwSetWindowUserPointer(window_, &signals_);
        glfwMakeContextCurrent(window_);
        glfwSwapInterval(1);

        IMGUI_CHECKVERSION();
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr; // nothing of the session is written to disk
        io.LogFilename = nullptr;
        // A blinking caret would keep an idle loop drawing.
        io.ConfigInputTextCursorBlink = false;
        install_activity_callbacks(window_);
        ImGui_ImplGlfw_InitForOpenGL(window_, true);
        install_scaled_cursor_callback(window_);
        ImGui_ImplOpenGL3_Init("#version 130");

        ui::AppOptions ui_options;
        ui_options.theme = options_.theme;
        ui_options.locale = options_.locale;
        content_scale_ = content_scale_of(window_);
        ui_options.content_scale = content_scale_;
        app_.emplace(ui_options);
        app_->install(content_scale_, fonts_);
        return true;
    }

    void close_window() {
        app_.reset();
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplGlfw_Shutdown();
        ImGui::DestroyContext();
        glfwDestroyWindow(window_);
        glfwTerminate();
    }

    int loop() {
        CurlTransportOptions transport_options;
        transport_options.base_url = options_.url;
        transport_options.on_response = [] {
            glfwPostEmptyEvent();
        };
        CurlTransport transport(std::move(transport_options));
        DesktopPortsOptions ports_options;
        ports_options.write_clipboard = [this](const Secret& text) {
            return write_clipboard(window_, text);
        };
        ports_options.log_traffic = options_.verbose;
        ports_options.on_text = [this](std::string_view text) {
            glyphs_added_ |= fonts_.add_glyphs_for(text);
        };
        ports_options.stand_in_access_key = scene_stand_in_key(options_.scene);
        DesktopPorts ports(transport, std::move(ports_options));
        Store store(ports);

        store.dispatch(act::Tick{clock_.now()});
        store.dispatch(act::KnowStrapiOrigin{options_.url});
        if (!options_.jwt.empty()) {
            store.dispatch(act::UseSession{std::exchange(options_.jwt, {})});
        } else if (!options_.email.empty()) {
            store.dispatch(act::SignIn{options_.email, std::exchange(options_.password, {})});
        }
        const auto steps = scene_steps(options_.scene);
        std::size_t next_step = 0;
        const bool capturing = !options_.screenshot.empty();
        int ready_frames = 0;
        const auto started = Clock::now();
        auto last_frame = Clock::now() - kFrameInterval;
        auto settle_until = Clock::now() + kSettleAfterInput;
        int frames_owed = 3; // a first layout pass, then a settled one
        int exit_code = 0;

        while (glfwWindowShouldClose(window_) == GLFW_FALSE) {
            const auto now = Clock::now();
            const bool drawing = frames_owed > 0 || now < settle_until || app_->animating() || capturing;
            glfwWaitEventsTimeout(
                drawing ? seconds(std::max(last_frame + kFrameInterval - now, Clock::duration{}))
                        : seconds_until_wake(ports, store.state()));

            if (std::exchange(signals_.input, false)) {
                settle_until = Clock::now() + kSettleAfterInput;
                frames_owed = std::max(frames_owed, 2);
            }
            if (std::exchange(signals_.redraw, false))
                frames_owed = std::max(frames_owed, 2);
            if (std::exchange(signals_.rescale, false))
                rescale();

            // The core stamps notifications with its own "now": bring it up to date before anything is
            // dispatched, and redraw when a notification expired or relative dates moved on.
            const Timestamp wall = clock_.now();
            const bool visible_change =
                ports.wakes().take_due(wall) || wall.ms - store.state().now.ms >= kClockRefreshMs;
            if (visible_change || wall.ms - store.state().now.ms >= kClockSlackMs)
                store.dispatch(act::Tick{wall});
            if (visible_change)
                frames_owed = std::max(frames_owed, 2);
            if (ports.deliver(store) > 0)
                frames_owed = std::max(frames_owed, 3);

            const State& state = store.state();
            if (next_step < steps.size() && state.session.signed_in &&
                state.session.permissions == Load::Ready && settled(state)) {
                for (auto& action : steps[next_step](state))
                    store.dispatch(std::move(action));
                ports.deliver(store);
                ++next_step;
                frames_owed = std::max(frames_owed, 3);
            }

            const bool must_draw =
                frames_owed > 0 || Clock::now() < settle_until || app_->animating() || capturing;
            if (!must_draw || Clock::now() - last_frame < kFrameInterval)
                continue;
            last_frame = Clock::now();
            frames_owed = std::max(frames_owed - 1, 0);

            std::optional<std::string> save_to;
            if (capturing) {
                const bool ready = next_step >= steps.size() && settled(store.state());
                ready_frames = ready ? ready_frames + 1 : 0;
                const bool late = Clock::now() - started > kScreenshotDeadline;
                if (ready_frames >= options_.frames || late) {
                    save_to = options_.screenshot;
                    if (late) {
                        std::fprintf(stderr,
                                     "imtokens: the page did not settle within %llds; saving it anyway\n",
                                     static_cast<long long>(kScreenshotDeadline.count()));
                        exit_code = 3;
                    }
                }
            }
            if (draw_frame(store, ports, save_to))
                frames_owed = std::max(frames_owed, 3);
            if (save_to)
                return saved_ ? exit_code : 1;
        }
        return exit_code;
    }

    // Draws one frame and dispatches what the admin did in it; true when that changed anything.
    bool draw_frame(Store& store, DesktopPorts& ports, const std::optional<std::string>& save_to) {
        // Typed characters the atlas lacks, and those of answers (on_text): rasterised before the frame.
        std::string typed_utf8;
        for (const ImGuiInputEvent& event : GImGui->InputEventsQueue) {
            if (event.Type == ImGuiInputEventType_Text) {
                char bytes[5] = {};
                typed_utf8 += ImTextCharToUtf8(bytes, event.Text.Char);
            }
        }
        glyphs_added_ |= fonts_.add_glyphs_for(typed_utf8);
        if (std::exchange(glyphs_added_, false))
            rescale();
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGuiIO& io = ImGui::GetIO();
        signals_.ui_scale = ui_scale_of(window_, content_scale_);
        io.DisplaySize = ImVec2(io.DisplaySize.x / signals_.ui_scale, io.DisplaySize.y / signals_.ui_scale);
        io.DisplayFramebufferScale = ImVec2(io.DisplayFramebufferScale.x * signals_.ui_scale,
                                            io.DisplayFramebufferScale.y * signals_.ui_scale);
        // Xvfb parks its pointer mid-screen; a screenshot should not show whatever lies under it hovered.
        if (!options_.screenshot.empty())
            io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
        ImGui::NewFrame();
        std::vector<Action> actions = app_->frame(store.state());
        ImGui::Render();

        int width = 0;
        int height = 0;
        glfwGetFramebufferSize(window_, &width, &height);
        glViewport(0, 0, width, height);
        glClearColor(0.96F, 0.96F, 0.98F, 1.0F);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        if (save_to) {
            saved_ = save_framebuffer_png(*save_to, width, height);
            if (saved_) {
                std::printf("saved %dx%d screenshot to %s\n", width, height, save_to->c_str());
            } else {
                std::fprintf(stderr, "imtokens: could not write %s\n", save_to->c_str());
            }
        }
        glfwSwapBuffers(window_);

        for (auto& action : actions)
            store.dispatch(std::move(action));
        return ports.deliver(store) > 0 || !actions.empty();
    }

    void rescale() {
        content_scale_ = content_scale_of(window_);
        app_->install(content_scale_, fonts_);
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }

    static double seconds(Clock::duration duration) {
        return std::chrono::duration<double>(duration).count();
    }

    // Until the earliest time the core asked for, or the next refresh of relative dates.
    double seconds_until_wake(DesktopPorts& ports, const State& state) const {
        const Timestamp now = clock_.now();
        std::int64_t until = state.now.ms + kClockRefreshMs;
        if (auto wake = ports.wakes().next())
            until = std::min(until, wake->ms);
        return std::clamp(static_cast<double>(until - now.ms) / 1000.0, 0.0, kClockRefreshMs / 1000.0);
    }

    DesktopOptions options_;
    AppClock clock_;
    GLFWwindow* window_ = nullptr;
    WindowSignals signals_;
    float content_scale_ = 1.0F;
    bool saved_ = false;
    ui::EmbeddedFonts fonts_;
    bool glyphs_added_ = false; // since the fonts were last rasterised
    std::optional<ui::App> app_;
};

} // namespace

int run_desktop_app(DesktopOptions options) {
    return DesktopApp(std::move(options)).run();
}

} // namespace imt::native
