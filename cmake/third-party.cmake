# Third-party libraries: nlohmann_json (headers), Dear ImGui and its GLFW/OpenGL3 backends, compiled
# from the source scripts/setup.sh fetched into .deps/.

set(IMT_IMGUI_DIR "${PROJECT_SOURCE_DIR}/.deps/imgui" CACHE PATH "Dear ImGui 1.90.1 source tree")
if(NOT EXISTS "${IMT_IMGUI_DIR}/imgui.h")
    message(FATAL_ERROR "Dear ImGui source not found in ${IMT_IMGUI_DIR}; run scripts/setup.sh")
endif()

# --- nlohmann_json -------------------------------------------------------------------------------
# Under emcc the host's /usr/include must never be on the include path (its libc headers would shadow
# Emscripten's), so the web build sees a folder holding nothing but a link to the nlohmann headers.
add_library(imt_nlohmann INTERFACE)
if(EMSCRIPTEN)
    find_path(IMT_NLOHMANN_INCLUDE_DIR nlohmann/json.hpp
              HINTS /usr/include /usr/local/include /opt/homebrew/include
              NO_CMAKE_FIND_ROOT_PATH NO_DEFAULT_PATH)
    if(NOT IMT_NLOHMANN_INCLUDE_DIR)
        message(FATAL_ERROR "nlohmann/json.hpp not found; install nlohmann-json3-dev or set IMT_NLOHMANN_INCLUDE_DIR")
    endif()
    set(isolated "${CMAKE_BINARY_DIR}/_deps/nlohmann-include")
    file(MAKE_DIRECTORY "${isolated}")
    file(CREATE_LINK "${IMT_NLOHMANN_INCLUDE_DIR}/nlohmann" "${isolated}/nlohmann" SYMBOLIC)
    target_include_directories(imt_nlohmann SYSTEM INTERFACE "${isolated}")
else()
    find_package(nlohmann_json 3.11 CONFIG REQUIRED)
    target_link_libraries(imt_nlohmann INTERFACE nlohmann_json::nlohmann_json)
endif()

# --- Dear ImGui ----------------------------------------------------------------------------------
# Usage requirements shared by imgui itself and by the test-engine hooks compiled into it.
add_library(imgui_headers INTERFACE)
target_include_directories(imgui_headers SYSTEM INTERFACE "${IMT_IMGUI_DIR}" "${IMT_IMGUI_DIR}/misc/cpp")
# IMGUI_USE_WCHAR32: every code point, emoji and the other planes included, survives ImGui's UTF-8
# decoding and its text fields (16-bit ImWchar turns them into U+FFFD, and an edit saves that).
target_compile_definitions(imgui_headers INTERFACE IMGUI_ENABLE_TEST_ENGINE IMGUI_DISABLE_OBSOLETE_FUNCTIONS IMGUI_USE_WCHAR32)
if(EMSCRIPTEN)
    # The page never opens ImGui's metrics or debug-log windows, nor any file: the web build leaves
    # those parts out.
    target_compile_definitions(imgui_headers INTERFACE IMGUI_DISABLE_DEBUG_TOOLS IMGUI_DISABLE_FILE_FUNCTIONS)
endif()

add_library(imgui STATIC
    "${IMT_IMGUI_DIR}/imgui.cpp"
    "${IMT_IMGUI_DIR}/imgui_draw.cpp"
    "${IMT_IMGUI_DIR}/imgui_tables.cpp"
    "${IMT_IMGUI_DIR}/imgui_widgets.cpp"
    "${IMT_IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp")
target_link_libraries(imgui PUBLIC imgui_headers)

add_library(imgui_backends STATIC
    "${IMT_IMGUI_DIR}/backends/imgui_impl_glfw.cpp"
    "${IMT_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp")
target_include_directories(imgui_backends SYSTEM PUBLIC "${IMT_IMGUI_DIR}/backends")
target_link_libraries(imgui_backends PUBLIC imgui)
if(EMSCRIPTEN)
    target_compile_definitions(imgui_backends PUBLIC IMGUI_IMPL_OPENGL_ES3)
    target_link_options(imgui_backends PUBLIC
        -sUSE_GLFW=3 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2)
else()
    find_package(glfw3 3.3 REQUIRED)
    find_package(OpenGL REQUIRED)
    target_link_libraries(imgui_backends PUBLIC glfw OpenGL::GL ${CMAKE_DL_LIBS})
endif()
