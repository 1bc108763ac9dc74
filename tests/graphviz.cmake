# The Graphviz renderers: DOT read back with cgraph (views, hostile
# strings, templates, engines), and through the CLI the images themselves
# (SVG well-formed, PNG decoded and not blank, PDF) and the exit codes.
add_executable(gv_test graphviz/gv_test.c $<TARGET_OBJECTS:evg_core>)
target_link_libraries(gv_test PRIVATE Graphviz::gvc Graphviz::cgraph Libical::ical Libcsv::csv m)
target_include_directories(gv_test PRIVATE ${PROJECT_SOURCE_DIR}/include
                           ${PROJECT_BINARY_DIR}/include ${PROJECT_SOURCE_DIR}/src/lib)
target_compile_definitions(gv_test PRIVATE $<$<NOT:$<BOOL:${BUILD_SHARED_LIBS}>>:EVGRAPH_STATIC_DEFINE>)
evg_warnings(gv_test)
add_test(NAME graphviz_dot_readback
         COMMAND gv_test ${PROJECT_SOURCE_DIR}/examples)

find_package(Python3 COMPONENTS Interpreter)
if(Python3_FOUND AND EVG_BUILD_CLI)
  add_test(NAME graphviz_cli_images
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/graphviz/check_images.py
                   $<TARGET_FILE:evgraph_cli> ${PROJECT_SOURCE_DIR}/examples
                   ${CMAKE_CURRENT_BINARY_DIR}/graphviz-out)
endif()
# Under EVG_SANITIZE, leaks inside Graphviz and the font stack are not
# ours (see graphviz/lsan.supp); full unwinding lets the suppressions
# see through Graphviz's frames.
set(EVG_GV_TEST_ENV
    "LSAN_OPTIONS=suppressions=${CMAKE_CURRENT_SOURCE_DIR}/graphviz/lsan.supp:print_suppressions=0"
    "ASAN_OPTIONS=fast_unwind_on_malloc=0")
set_tests_properties(graphviz_dot_readback PROPERTIES TIMEOUT 60
                     ENVIRONMENT "${EVG_GV_TEST_ENV}")
if(Python3_FOUND AND EVG_BUILD_CLI)
  set_tests_properties(graphviz_cli_images PROPERTIES TIMEOUT 120
                       ENVIRONMENT "${EVG_GV_TEST_ENV}")
endif()

# Regression: every view laid out one after another in one process, on a
# graph with parallel edges both ways between two country clusters (it
# made Graphviz 2.43 free memory twice without newrank in actors.dot).
add_test(NAME graphviz_views_in_one_process
         COMMAND gv_test --views-in-one-process
                 ${CMAKE_CURRENT_SOURCE_DIR}/graphviz/regress)
set_tests_properties(graphviz_views_in_one_process PROPERTIES TIMEOUT 60)
