# Robustness: the bad-input contract of build and timex, limits, linear
# time on pathological input, hostile text end to end, interrupted runs,
# and valgrind on the main job when valgrind is installed.
if(NOT TARGET evgraph_cli)
  return()  # these tests drive the CLI
endif()
add_test(NAME robust_bad_input
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/robust/bad_input.sh
                 $<TARGET_FILE:evgraph_cli> 20)
set_tests_properties(robust_bad_input PROPERTIES TIMEOUT 120 LABELS robust)
add_test(NAME robust_hostile
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/robust/hostile.sh $<TARGET_FILE:evgraph_cli>)
add_test(NAME robust_linear
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/robust/linear.sh $<TARGET_FILE:evgraph_cli> 25000)
add_test(NAME robust_interrupt
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/robust/interrupt.sh
                 $<TARGET_FILE:evgraph_cli> ${CMAKE_SOURCE_DIR})
set_tests_properties(robust_hostile robust_linear robust_interrupt
                     PROPERTIES TIMEOUT 180 LABELS robust)

# valgrind on the main job: no memory error and no leak of ours. Graphviz
# and font-stack internals are suppressed (tests/robust/valgrind.supp).
find_program(EVG_VALGRIND valgrind)
if(EVG_VALGRIND AND NOT EVG_SANITIZE)
  add_test(NAME robust_valgrind_build
           COMMAND ${EVG_VALGRIND} --num-callers=50 --leak-check=full
                   --error-exitcode=1
                   --suppressions=${CMAKE_CURRENT_SOURCE_DIR}/robust/valgrind.supp
                   $<TARGET_FILE:evgraph_cli> build ${CMAKE_SOURCE_DIR}/examples/articles
                   -o ${CMAKE_CURRENT_BINARY_DIR}/valgrind-out)
  set_tests_properties(robust_valgrind_build PROPERTIES TIMEOUT 180
                       LABELS "robust;valgrind")
  # linear time by counting work: instructions under callgrind
  add_test(NAME robust_linear_work
           COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/robust/linear_work.sh
                   $<TARGET_FILE:evgraph_cli> ${EVG_VALGRIND} 5000)
  set_tests_properties(robust_linear_work PROPERTIES TIMEOUT 300
                       LABELS "robust;valgrind")
elseif(NOT EVG_VALGRIND)
  message(STATUS "valgrind not found: robust_valgrind_build is not run")
endif()
