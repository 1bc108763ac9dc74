# Robustness: the bad-input contract of build and timex, limits, linear
# time on pathological input, hostile text end to end, interrupted runs,
# and valgrind on the main job when valgrind is installed.
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
