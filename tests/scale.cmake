# Scale: extraction threads give the same outputs as one; map/reduce
# shards (extract | sort | merge) give the same tables as one build, and
# rows in any order give the same tables, and so do dated shards of a
# manifest; the
# JSON Lines reader, bad event rows, and progress on a terminal only.
if(NOT TARGET evgraph_cli)
  return()
endif()

add_executable(test_json ${CMAKE_CURRENT_SOURCE_DIR}/scale/test_json.c
               ${PROJECT_SOURCE_DIR}/src/cli/json.c)
target_include_directories(test_json PRIVATE
  ${PROJECT_SOURCE_DIR}/include ${PROJECT_BINARY_DIR}/include ${PROJECT_SOURCE_DIR}/src/cli)
target_link_libraries(test_json PRIVATE evgraph)
evg_warnings(test_json)
add_test(NAME scale.json COMMAND test_json)
set_tests_properties(scale.json PROPERTIES TIMEOUT 20)

find_package(Python3 COMPONENTS Interpreter)
if(Python3_FOUND)
  foreach(what jobs shards jsonl rows order manifest progress)
    add_test(NAME scale.${what}
             COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/scale/check_scale.py
                     $<TARGET_FILE:evgraph_cli> ${PROJECT_SOURCE_DIR}
                     ${CMAKE_CURRENT_BINARY_DIR}/scale-${what} ${what})
    set_tests_properties(scale.${what} PROPERTIES TIMEOUT 120)
  endforeach()
endif()
