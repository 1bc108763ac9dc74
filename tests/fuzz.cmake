# Fuzz targets. Each is built twice: as a replay driver over its checked-in
# corpus (tests/fuzz/corpus/<target>/), run by plain CTest, and with
# EVG_FUZZ=ON (clang) as a libFuzzer binary, run by bench/fuzz.sh.
function(evg_fuzz_target name)
  set(src ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/fuzz_${name}.c)
  add_executable(replay_${name} ${src} ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/replay.c
                 $<TARGET_OBJECTS:evg_core>)
  target_link_libraries(replay_${name} PRIVATE Graphviz::gvc Graphviz::cgraph
                        Libical::ical Libcsv::csv m)
  target_include_directories(replay_${name} PRIVATE ${CMAKE_SOURCE_DIR}/include
                             ${CMAKE_BINARY_DIR}/include ${CMAKE_SOURCE_DIR}/src/lib)
  target_compile_definitions(replay_${name} PRIVATE EVGRAPH_STATIC_DEFINE)
  evg_warnings(replay_${name})
  add_test(NAME fuzz_replay_${name}
           COMMAND replay_${name} ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/corpus/${name})
  # Leaks inside Graphviz and the font stack are not ours (as in
  # tests/graphviz.cmake); full unwinding lets the suppressions match.
  set_tests_properties(fuzz_replay_${name} PROPERTIES TIMEOUT 300 ENVIRONMENT
    "LSAN_OPTIONS=suppressions=${CMAKE_CURRENT_SOURCE_DIR}/graphviz/lsan.supp:print_suppressions=0;ASAN_OPTIONS=fast_unwind_on_malloc=0")
  if(EVG_FUZZ)
    add_executable(fuzz_${name} ${src} $<TARGET_OBJECTS:evg_core>)
    target_link_libraries(fuzz_${name} PRIVATE Graphviz::gvc Graphviz::cgraph
                          Libical::ical Libcsv::csv m)
    target_include_directories(fuzz_${name} PRIVATE ${CMAKE_SOURCE_DIR}/include
                               ${CMAKE_BINARY_DIR}/include ${CMAKE_SOURCE_DIR}/src/lib)
    target_compile_definitions(fuzz_${name} PRIVATE EVGRAPH_STATIC_DEFINE)
    target_compile_options(fuzz_${name} PRIVATE -fsanitize=fuzzer,address,undefined)
    target_link_options(fuzz_${name} PRIVATE -fsanitize=fuzzer,address,undefined)
  endif()
endfunction()

if(EVG_FUZZ)
  # libFuzzer needs every object, the library's too, built with coverage.
  target_compile_options(evg_core PRIVATE -fsanitize=fuzzer-no-link,address,undefined)
endif()

evg_fuzz_target(csv)
evg_fuzz_target(render)
evg_fuzz_target(timex)
evg_fuzz_target(clean)
evg_fuzz_target(extract)
