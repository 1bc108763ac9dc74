# Real consumers of the iCalendar and CSV outputs: libical's own parser,
# ical.js (Thunderbird's parser), khal, python3-icalendar and python's csv
# module. ical.js comes from tests/clients/package-lock.json:
#   npm ci --prefix tests/clients
set(EVG_CLIENTS_DIR ${CMAKE_CURRENT_SOURCE_DIR}/clients)

add_executable(test_ics clients/test_ics.c $<TARGET_OBJECTS:evg_core>)
target_link_libraries(test_ics PRIVATE Graphviz::gvc Graphviz::cgraph
                      Libical::ical Libcsv::csv m)
target_include_directories(test_ics PRIVATE
  ${PROJECT_SOURCE_DIR}/include ${PROJECT_BINARY_DIR}/include)
target_compile_definitions(test_ics PRIVATE EVGRAPH_STATIC_DEFINE)
evg_warnings(test_ics)
add_test(NAME clients.libical COMMAND test_ics)
set_tests_properties(clients.libical PROPERTIES TIMEOUT 30)
