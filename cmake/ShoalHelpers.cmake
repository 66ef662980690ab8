# shoal_add_test(NAME SOURCES... LIBS... [LABELS...] [GUI])
# One QtTest executable per module, registered with ctest under the same name. Label "core"
# marks tests of models/ alone, which the sanitizer build also runs; "gui" marks tests that
# show windows (packaging/dev test runs them under Xvfb).
function(shoal_add_test name)
    cmake_parse_arguments(ARG "GUI" "" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    set(labels ${ARG_LABELS})
    if(ARG_GUI)
        list(APPEND labels gui)
    endif()
    set_tests_properties(${name} PROPERTIES LABELS "${labels}")
endfunction()
