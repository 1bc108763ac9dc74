# evg_warnings(target): the project's warnings and sanitizers, per target.
function(evg_warnings target)
  if(CMAKE_C_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE -Wall -Wextra -pedantic
                           -Wstrict-prototypes -Wshadow -Wno-unused-parameter)
  endif()
  if(EVG_SANITIZE)
    string(REPLACE ";" "," _san "${EVG_SANITIZE}")
    target_compile_options(${target} PRIVATE -fsanitize=${_san} -fno-omit-frame-pointer
                           -fno-sanitize-recover=all)
    target_link_options(${target} PRIVATE -fsanitize=${_san})
  endif()
endfunction()
