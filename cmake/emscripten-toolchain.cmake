# Toolchain for the `wasm` preset: what `emcmake cmake` does, without hard-coding where Emscripten lives.
# Works with Debian's emscripten package (emcc is a symlink into /usr/share/emscripten) and with emsdk
# (emcc sits next to cmake/Modules/Platform/Emscripten.cmake in upstream/emscripten).

find_program(IMT_EMCC emcc HINTS "$ENV{EMSDK}/upstream/emscripten" "$ENV{EMSCRIPTEN}" REQUIRED)
file(REAL_PATH "${IMT_EMCC}" _imt_emcc_real)
get_filename_component(_imt_emscripten_root "${_imt_emcc_real}" DIRECTORY)
set(_imt_platform_file "${_imt_emscripten_root}/cmake/Modules/Platform/Emscripten.cmake")
if(NOT EXISTS "${_imt_platform_file}")
    message(FATAL_ERROR "emcc found at ${IMT_EMCC}, but ${_imt_platform_file} does not exist")
endif()

# Test binaries run under node through ctest. Node >= 18 breaks Emscripten 3.1.6 output unless its
# built-in fetch is off ("Failed to parse URL from ...wasm"); older node rejects the flag.
if(NOT DEFINED CMAKE_CROSSCOMPILING_EMULATOR)
    find_program(IMT_NODE NAMES node nodejs HINTS "$ENV{EMSDK_NODE}" REQUIRED NO_CMAKE_FIND_ROOT_PATH)
    execute_process(COMMAND "${IMT_NODE}" --version OUTPUT_VARIABLE _imt_node_version
                    OUTPUT_STRIP_TRAILING_WHITESPACE)
    string(REGEX MATCH "^v([0-9]+)" _ "${_imt_node_version}")
    if(CMAKE_MATCH_1 GREATER_EQUAL 18)
        set(CMAKE_CROSSCOMPILING_EMULATOR "${IMT_NODE};--no-experimental-fetch" CACHE STRING "")
    else()
        set(CMAKE_CROSSCOMPILING_EMULATOR "${IMT_NODE}" CACHE STRING "")
    endif()
endif()

include("${_imt_platform_file}")

# Debian's node modules (acorn for emcc's JS optimizer, terser's own) sit in /usr/share/nodejs, which
# only Debian's own node searches; the node here may be another. Without them every link at -O2 and
# above fails. Each build step that runs such a tool goes through this prefix, the one place NODE_PATH
# is set, so a plain `cmake --build build/wasm` works from any shell.
set(IMT_WITH_DEBIAN_NODE_PATH "")
if(EXISTS "/usr/share/nodejs")
    set(IMT_WITH_DEBIAN_NODE_PATH "${CMAKE_COMMAND};-E;env;NODE_PATH=/usr/share/nodejs")
endif()
if(_imt_emscripten_root STREQUAL "/usr/share/emscripten")
    set(CMAKE_C_LINKER_LAUNCHER "${IMT_WITH_DEBIAN_NODE_PATH}")
    set(CMAKE_CXX_LINKER_LAUNCHER "${IMT_WITH_DEBIAN_NODE_PATH}")
endif()
