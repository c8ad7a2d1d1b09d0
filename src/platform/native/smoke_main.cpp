// The native toolchain smoke app: one ImGui window on GLFW + OpenGL 3.
// `--screenshot FILE --frames N` renders N frames, saves the last one as a PNG and exits.
#include "platform/native/png_writer.hpp"
#include "ui/smoke_window.hpp"

#include <GLFW/glfw3.h> // also brings the OpenGL 1.x entry points glReadPixels needs
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

struct Options {
    std::string screenshot;
    std::optional<int> frames; // run until the window is closed when absent
};

std::optional<Options> parse_options(int argc, char** argv) {
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        const bool has_value = i + 1 < argc;
        if (arg == "--screenshot" && has_value) {
            options.screenshot = argv[++i];
        } else if (arg == "--frames" && has_value) {
            const std::string_view value = argv[++i];
            int frames = 0;
            const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), frames);
            if (error != std::errc{} || end != value.data() + value.size() || frames < 1) {
                return std::nullopt;
            }
            options.frames = frames;
        } else {
            return std::nullopt;
        }
    }
    if (!options.screenshot.empty() && !options.frames) {
        options.frames = 3; // the first frames lay the window out; the third is settled
    }
    return options;
}

bool save_framebuffer(const std::string& path, int width, int height) {
    const auto stride = static_cast<std::size_t>(width) * 4;
    std::vector<std::uint8_t> bottom_up(stride * static_cast<std::size_t>(height));
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, bottom_up.data());
    // OpenGL's first row is the bottom one; PNG's is the top one.
    std::vector<std::uint8_t> top_down(bottom_up.size());
    for (std::size_t y = 0; y < static_cast<std::size_t>(height); ++y) {
        const auto source = bottom_up.begin() + static_cast<std::ptrdiff_t>((height - 1 - y) * stride);
        std::copy(source, source + static_cast<std::ptrdiff_t>(stride),
                  top_down.begin() + static_cast<std::ptrdiff_t>(y * stride));
    }
    for (std::size_t i = 3; i < top_down.size(); i += 4) {
        top_down[i] = 255; // the window is opaque whatever alpha the framebuffer kept
    }
    return imt::png::write_rgba(path, width, height, top_down);
}

} // namespace

int main(int argc, char** argv) {
    const auto options = parse_options(argc, argv);
    if (!options) {
        std::fprintf(stderr, "usage: %s [--screenshot FILE.png] [--frames N]\n", argv[0]);
        return 2;
    }

    glfwSetErrorCallback(
        [](int code, const char* message) { std::fprintf(stderr, "GLFW %d: %s\n", code, message); });
    if (glfwInit() == GLFW_FALSE) {
        return 1;
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    GLFWwindow* window = glfwCreateWindow(960, 600, "ImTokens smoke", nullptr, nullptr);
    if (window == nullptr) {
        glfwTerminate();
        return 1;
    }
    glfwMakeContextCurrent(window);
    glfwSwapInterval(1);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 130");

    int hellos = 0;
    bool saved = options->screenshot.empty();
    for (int frame = 0; glfwWindowShouldClose(window) == GLFW_FALSE; ++frame) {
        if (options->frames && frame >= *options->frames) {
            break;
        }
        glfwPollEvents();
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();
        imt::ui::smoke_window("native (GLFW + OpenGL 3)", hellos);
        ImGui::Render();

        int width = 0;
        int height = 0;
        glfwGetFramebufferSize(window, &width, &height);
        glViewport(0, 0, width, height);
        glClearColor(0.11F, 0.12F, 0.15F, 1.0F);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        if (!options->screenshot.empty() && options->frames && frame + 1 == *options->frames) {
            saved = save_framebuffer(options->screenshot, width, height);
            if (saved) {
                std::printf("saved %dx%d screenshot to %s\n", width, height, options->screenshot.c_str());
            }
        }
        glfwSwapBuffers(window);
    }

    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window);
    glfwTerminate();
    if (!saved) {
        std::fprintf(stderr, "could not write %s\n", options->screenshot.c_str());
        return 1;
    }
    return 0;
}
