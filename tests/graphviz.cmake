# The Graphviz renderers: DOT read back with cgraph (views, hostile
# strings, templates, engines), and through the CLI the images themselves
# (SVG well-formed, PNG decoded and not blank, PDF) and the exit codes.
evg_test_exe(gv_test ${CMAKE_CURRENT_SOURCE_DIR}/graphviz/gv_test.c)
find_package(Threads REQUIRED)
target_link_libraries(gv_test PRIVATE Threads::Threads)
add_test(NAME graphviz_dot_readback
         COMMAND gv_test ${PROJECT_SOURCE_DIR}/examples)

find_package(Python3 COMPONENTS Interpreter)
if(Python3_FOUND AND EVG_BUILD_CLI)
  add_test(NAME graphviz_cli_images
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/graphviz/check_images.py
                   $<TARGET_FILE:evgraph_cli> ${PROJECT_SOURCE_DIR}/examples
                   ${CMAKE_CURRENT_BINARY_DIR}/graphviz-out)
endif()
# (Sanitizer builds get the Graphviz leak suppressions for every test:
# see tests/CMakeLists.txt.)
set_tests_properties(graphviz_dot_readback PROPERTIES TIMEOUT 60)
if(Python3_FOUND AND EVG_BUILD_CLI)
  set_tests_properties(graphviz_cli_images PROPERTIES TIMEOUT 120)
endif()

# Regression: every view laid out one after another in one process, on a
# graph with parallel edges both ways between two country clusters (it
# made Graphviz 2.43 free memory twice without newrank in actors.dot).
add_test(NAME graphviz_views_in_one_process
         COMMAND gv_test --views-in-one-process
                 ${CMAKE_CURRENT_SOURCE_DIR}/graphviz/regress)
set_tests_properties(graphviz_views_in_one_process PROPERTIES TIMEOUT 60)
