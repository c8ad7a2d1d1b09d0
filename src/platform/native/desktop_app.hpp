#pragma once
// The ImTokens desktop app: one GLFW window drawing the page with OpenGL 3, a Store fed by the
// libcurl transport, and a loop that sleeps until something happens.

#include "platform/native/command_line.hpp"

namespace imt::native {

// Returns the process exit code.
int run_desktop_app(DesktopOptions options);

} // namespace imt::native
