# Core: data model, iterator, dates, interchange CSV, CLI contract.
function(evg_c_test name)
  add_executable(${name} ${ARGN} $<TARGET_OBJECTS:evg_core>)
  target_link_libraries(${name} PRIVATE Graphviz::gvc Graphviz::cgraph Libical::ical Libcsv::csv m)
  target_include_directories(${name} PRIVATE ${CMAKE_SOURCE_DIR}/include
                             ${CMAKE_BINARY_DIR}/include ${CMAKE_SOURCE_DIR}/src/lib
                             ${CMAKE_SOURCE_DIR}/tests/core)
  target_compile_definitions(${name} PRIVATE EVGRAPH_STATIC_DEFINE)
  evg_warnings(${name})
  add_test(NAME ${name} COMMAND ${name})
endfunction()

evg_c_test(core_api ${CMAKE_CURRENT_SOURCE_DIR}/core/api_test.c)
evg_c_test(core_csv ${CMAKE_CURRENT_SOURCE_DIR}/core/csv_test.c)

add_test(NAME core_cli
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/core/cli_test.sh
                 $<TARGET_FILE:evgraph_cli> ${CMAKE_SOURCE_DIR})
set_tests_properties(core_cli PROPERTIES TIMEOUT 120)
