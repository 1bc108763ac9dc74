# Briefing figure and TimelineJS export, checked by their consumers.
if(NOT TARGET evgraph_cli)
  return()  # these tests drive the CLI
endif()
add_test(NAME figures
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/figures/figures_test.sh
                 $<TARGET_FILE:evgraph_cli> ${CMAKE_SOURCE_DIR})
set_tests_properties(figures PROPERTIES TIMEOUT 300)
