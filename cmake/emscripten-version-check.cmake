# Warns when the Emscripten in use is not the one this project is verified with (emsdk-version.txt).
function(imt_check_emscripten_version)
    file(READ "${PROJECT_SOURCE_DIR}/emsdk-version.txt" expected)
    string(STRIP "${expected}" expected)
    execute_process(COMMAND "${CMAKE_CXX_COMPILER}" --version OUTPUT_VARIABLE banner ERROR_QUIET)
    string(REGEX MATCH "[0-9]+\\.[0-9]+\\.[0-9]+" actual "${banner}")
    if(NOT actual STREQUAL expected)
        message(WARNING "emcc reports version '${actual}', but this project is verified with ${expected} "
                        "(emsdk-version.txt). With emsdk: emsdk install ${expected} && emsdk activate ${expected}")
    else()
        message(STATUS "Emscripten ${actual} (matches emsdk-version.txt)")
    endif()
endfunction()
