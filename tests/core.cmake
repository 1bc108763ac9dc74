# Core: data model, iterator, dates, interchange CSV, CLI contract.
function(evg_c_test name)
  evg_test_exe(${name} ${ARGN})
  add_test(NAME ${name} COMMAND ${name})
endfunction()

evg_c_test(core_api ${CMAKE_CURRENT_SOURCE_DIR}/core/api_test.c)
evg_c_test(core_csv ${CMAKE_CURRENT_SOURCE_DIR}/core/csv_test.c)
evg_c_test(core_sort ${CMAKE_CURRENT_SOURCE_DIR}/core/sort_test.c)

if(TARGET evgraph_cli)
  add_test(NAME core_cli
           COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/core/cli_test.sh
                   $<TARGET_FILE:evgraph_cli> ${CMAKE_SOURCE_DIR})
  set_tests_properties(core_cli PROPERTIES TIMEOUT 120)
endif()
