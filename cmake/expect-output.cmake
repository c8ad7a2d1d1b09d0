# Runs a test program and passes only when it exits with 0 AND printed the expected line. ctest's
# PASS_REGULAR_EXPRESSION alone ignores the exit code, so a crash or a sanitizer report after the line
# would still pass.
#   cmake -DIMT_EXPECTED_LINE=<regex> -P expect-output.cmake -- <program> [args...]
if(NOT DEFINED IMT_EXPECTED_LINE)
    message(FATAL_ERROR "usage: cmake -DIMT_EXPECTED_LINE=<regex> -P expect-output.cmake -- <program> [args...]")
endif()
set(command "")
set(after_separator FALSE)
math(EXPR last "${CMAKE_ARGC} - 1")
foreach(i RANGE ${last})
    if(after_separator)
        string(REPLACE ";" "\\;" argument "${CMAKE_ARGV${i}}") # one argument, whatever it holds
        list(APPEND command "${argument}")
    elseif(CMAKE_ARGV${i} STREQUAL "--")
        set(after_separator TRUE)
    endif()
endforeach()
if(NOT command)
    message(FATAL_ERROR "expect-output.cmake: no program given after --")
endif()

execute_process(COMMAND ${command} RESULT_VARIABLE status
                OUTPUT_VARIABLE output ERROR_VARIABLE output ECHO_OUTPUT_VARIABLE ECHO_ERROR_VARIABLE)
if(NOT status STREQUAL "0")
    message(FATAL_ERROR "the test program exited with ${status}")
endif()
if(NOT output MATCHES "${IMT_EXPECTED_LINE}")
    message(FATAL_ERROR "the test program exited with 0 but never printed a line matching: ${IMT_EXPECTED_LINE}")
endif()
