# Robustness: the bad-input contract of build and timex, limits, linear
# time on pathological input, hostile text end to end, interrupted runs,
# and valgrind on the main job when valgrind is installed.
add_test(NAME robust_bad_input
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/robust/bad_input.sh
                 $<TARGET_FILE:evgraph_cli> 20)
set_tests_properties(robust_bad_input PROPERTIES TIMEOUT 120 LABELS robust)
