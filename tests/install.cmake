# The installed library works for a consumer (pkg-config and find_package).
# Sanitizer builds link the runtime into the library itself, so only the
# plain build is checked.
if(NOT EVG_SANITIZE AND BUILD_SHARED_LIBS AND TARGET evgraph_cli)
  add_test(NAME install_consumer
           COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/install/install_test.sh
                   ${CMAKE_BINARY_DIR} ${CMAKE_SOURCE_DIR})
  set_tests_properties(install_consumer PROPERTIES TIMEOUT 180)
endif()
