# Fuzz targets. Each is built twice: as a replay driver over its checked-in
# corpus (tests/fuzz/corpus/<target>/), run by plain CTest, and with
# EVG_FUZZ=ON (clang) as a libFuzzer binary, run by bench/fuzz.sh.
function(evg_fuzz_target name)
  set(src ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/fuzz_${name}.c)
  evg_test_exe(replay_${name} ${src} ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/replay.c)
  add_test(NAME fuzz_replay_${name}
           COMMAND replay_${name} ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/corpus/${name})
  set_tests_properties(fuzz_replay_${name} PROPERTIES TIMEOUT 300)
  if(EVG_FUZZ)
    evg_test_exe(fuzz_${name} ${src})
    target_compile_options(fuzz_${name} PRIVATE -fsanitize=fuzzer,address,undefined)
    target_link_options(fuzz_${name} PRIVATE -fsanitize=fuzzer,address,undefined)
  endif()
endfunction()

if(EVG_FUZZ)
  # libFuzzer needs every object, the library's too, built with coverage;
  # whatever links those objects then needs the runtimes too.
  target_compile_options(evg_core PRIVATE -fsanitize=fuzzer-no-link,address,undefined)
  target_link_options(evg_core PUBLIC -fsanitize=fuzzer-no-link,address,undefined)
endif()

evg_fuzz_target(csv)
evg_fuzz_target(render)
evg_fuzz_target(timex)
evg_fuzz_target(clean)
evg_fuzz_target(extract)
evg_fuzz_target(rows)
