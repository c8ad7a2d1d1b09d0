# Warning policy for the project's own targets. Third-party code (imgui, Catch2) is compiled without it
# and reaches our code through SYSTEM include directories, so its headers cannot fail our build.
option(IMT_WARNINGS_AS_ERRORS "Treat warnings in ImTokens' own code as errors" OFF)

function(imt_project_warnings target)
    get_target_property(type ${target} TYPE)
    if(type STREQUAL "INTERFACE_LIBRARY")
        return()
    endif()
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(IMT_WARNINGS_AS_ERRORS)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()
