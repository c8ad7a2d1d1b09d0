// Test helper: publishes Xft.dpi in the X server's resource database, as a desktop's settings daemon
// does, so GLFW reports a content scale above 1 on a virtual display (Xvfb started with -noreset,
// or the property goes when this client disconnects).
// Usage: set_xft_dpi DPI

#include <X11/Xatom.h>
#include <X11/Xlib.h>
#include <cstdio>
#include <string>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: set_xft_dpi DPI\n");
        return 2;
    }
    Display* display = XOpenDisplay(nullptr);
    if (display == nullptr) {
        std::fprintf(stderr, "set_xft_dpi: no X display\n");
        return 1;
    }
    const std::string resources = std::string("Xft.dpi:\t") + argv[1] + "\n";
    XChangeProperty(display, DefaultRootWindow(display), XA_RESOURCE_MANAGER, XA_STRING, 8, PropModeReplace,
                    reinterpret_cast<const unsigned char*>(resources.data()),
                    static_cast<int>(resources.size()));
    XSync(display, False);
    XCloseDisplay(display);
    return 0;
}
