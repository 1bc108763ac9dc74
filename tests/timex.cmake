# The temporal tagger: table-driven cases, publication dates, a fuzz
# smoke test, the seed gold, TimeML well-formedness and the CLI.
evg_test_exe(test_timex_cases ${CMAKE_CURRENT_SOURCE_DIR}/timex/test_cases.c)

set(EVG_TIMEX_DIR ${CMAKE_CURRENT_SOURCE_DIR}/timex)
add_test(NAME timex_cases
         COMMAND test_timex_cases timex ${EVG_TIMEX_DIR}/cases.tsv)
add_test(NAME timex_dct
         COMMAND test_timex_cases dct ${EVG_TIMEX_DIR}/dct.tsv)
add_test(NAME timex_fuzz COMMAND test_timex_cases fuzz)
set_tests_properties(timex_fuzz PROPERTIES TIMEOUT 30)

find_package(Python3 COMPONENTS Interpreter)
if(Python3_FOUND AND TARGET evgraph_cli)
  add_test(NAME timex_seed_gold
           COMMAND ${Python3_EXECUTABLE} ${EVG_TIMEX_DIR}/check_seeds.py
                   $<TARGET_FILE:evgraph_cli> ${CMAKE_SOURCE_DIR}/../shared
                   ${EVG_TIMEX_DIR}/seed-manifest.csv)
  set_tests_properties(timex_seed_gold PROPERTIES SKIP_RETURN_CODE 77)
  add_test(NAME timex_timeml
           COMMAND ${Python3_EXECUTABLE} ${EVG_TIMEX_DIR}/check_timeml.py
                   $<TARGET_FILE:evgraph_cli> ${EVG_TIMEX_DIR})
  set_tests_properties(timex_timeml PROPERTIES SKIP_RETURN_CODE 77)
endif()
