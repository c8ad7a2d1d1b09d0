// The web toolchain smoke app: one ImGui window on Emscripten's GLFW + WebGL 2, drawn every frame.
// It counts drawn frames in `globalThis.imtSmokeFrames` so a browser test knows when to look.
#include "ui/smoke_window.hpp"

#include <GLFW/glfw3.h>
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <algorithm>

namespace {

struct App {
    GLFWwindow* window = nullptr;
    int frames = 0;
    int hellos = 0;
};

EM_JS(void, report_frame_drawn, (int frames), { globalThis.imtSmokeFrames = frames; });

void frame(void* user_data) {
    auto& app = *static_cast<App*>(user_data);
    glfwPollEvents();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    imt::ui::smoke_window("web (Emscripten + WebGL 2)", app.hellos);
    ImGui::Render();

    int width = 0;
    int height = 0;
    glfwGetFramebufferSize(app.window, &width, &height);
    glViewport(0, 0, width, height);
    glClearColor(0.11F, 0.12F, 0.15F, 1.0F);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    report_frame_drawn(++app.frames);
}

} // namespace

int main() {
    if (glfwInit() == GLFW_FALSE) {
        return 1;
    }
    // The canvas is laid out by the page's CSS; the drawing buffer takes that size once at start-up.
    // Following later resizes (and Emscripten 3.1.6's full-screen resize bug) is the web platform
    // layer's job, not the smoke test's.
    double css_width = 0;
    double css_height = 0;
    emscripten_get_element_css_size("#canvas", &css_width, &css_height);
    static App app;
    app.window = glfwCreateWindow(std::max(1, static_cast<int>(css_width)),
                                  std::max(1, static_cast<int>(css_height)), "ImTokens", nullptr, nullptr);
    if (app.window == nullptr) {
        return 1;
    }
    glfwMakeContextCurrent(app.window);

    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui_ImplGlfw_InitForOpenGL(app.window, true);
    ImGui_ImplOpenGL3_Init("#version 300 es");

    emscripten_set_main_loop_arg(frame, &app, 0, true);
    return 0;
}
