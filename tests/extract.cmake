# Extraction: the cleaner, sentence splitter, actors, events and merge,
# each with its own cases; `evgraph build` on the sample corpus; the
# seed score when the shared seeds are there.
evg_test_exe(test_extract ${CMAKE_CURRENT_SOURCE_DIR}/extract/test_extract.c)

foreach(stage clean split actors merge places bytes pathological)
  add_test(NAME extract_${stage} COMMAND test_extract ${stage})
endforeach()
add_test(NAME extract_events
         COMMAND test_extract events ${CMAKE_CURRENT_SOURCE_DIR}/extract/events.tsv)
set_tests_properties(extract_clean extract_split extract_actors extract_merge extract_places
                     extract_bytes extract_events extract_pathological
                     PROPERTIES TIMEOUT 60)

find_package(Python3 COMPONENTS Interpreter)
if(Python3_FOUND AND TARGET evgraph_cli)
  add_test(NAME extract_build
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/extract/check_build.py
                   $<TARGET_FILE:evgraph_cli> ${CMAKE_SOURCE_DIR}/examples/articles
                   ${CMAKE_CURRENT_BINARY_DIR}/extract-build)
  add_test(NAME extract_seed_score
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/extract/check_seeds.py
                   $<TARGET_FILE:evgraph_cli> ${CMAKE_SOURCE_DIR}/../shared
                   ${CMAKE_CURRENT_BINARY_DIR}/extract-seeds)
  set_tests_properties(extract_seed_score PROPERTIES SKIP_RETURN_CODE 77)
  set_tests_properties(extract_build extract_seed_score PROPERTIES TIMEOUT 60)
endif()
