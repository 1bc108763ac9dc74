# Real consumers of the iCalendar and CSV outputs: libical's own parser,
# ical.js (Thunderbird's parser), khal, python3-icalendar and python's csv
# module. ical.js comes from tests/clients/package-lock.json:
#   npm ci --prefix tests/clients
set(EVG_CLIENTS_DIR ${CMAKE_CURRENT_SOURCE_DIR}/clients)

evg_test_exe(test_ics ${CMAKE_CURRENT_SOURCE_DIR}/clients/test_ics.c)
add_test(NAME clients.libical COMMAND test_ics)
set_tests_properties(clients.libical PROPERTIES TIMEOUT 30)

if(NOT TARGET evgraph_cli)
  return()  # the client tests drive the CLI
endif()

# Debian's python3 with python3-icalendar; another python3 may come first
# in PATH, so the system one is named explicitly.
set(EVG_SYSTEM_PYTHON /usr/bin/python3 CACHE FILEPATH
    "python3 that has python3-icalendar (Debian's)")
find_program(EVG_NODE node)
find_program(EVG_KHAL khal)

set(EVG_CLIENTS_WORK ${CMAKE_CURRENT_BINARY_DIR}/clients-work)
set(EVG_HOSTILE ${EVG_CLIENTS_WORK}/hostile)
add_test(NAME clients.hostile.generate
         COMMAND ${EVG_SYSTEM_PYTHON} ${EVG_CLIENTS_DIR}/gen_hostile.py ${EVG_HOSTILE})
set_tests_properties(clients.hostile.generate PROPERTIES FIXTURES_SETUP evg_hostile)

# A client that is not installed is a failure with a message, never a skip.
function(evg_client_missing name what)
  add_test(NAME ${name} COMMAND sh -c "echo '${what}' >&2; exit 1")
endfunction()

# evg_client_test(<client> <set> <events> <relations or -> [extra args])
function(evg_client_test client set events rels)
  set(name clients.${client}.${set})
  set(work ${EVG_CLIENTS_WORK}/${client}-${set})
  set(bin $<TARGET_FILE:evgraph_cli>)
  if(client STREQUAL "icaljs")
    if(NOT EVG_NODE)
      evg_client_missing(${name} "node not found: apt-get install nodejs npm")
      return()
    endif()
    add_test(NAME ${name} COMMAND ${EVG_NODE} ${EVG_CLIENTS_DIR}/check_icaljs.mjs
             ${bin} ${events} ${rels} ${work} ${ARGN})
  elseif(client STREQUAL "khal")
    if(NOT EVG_KHAL)
      evg_client_missing(${name} "khal not found: apt-get install khal")
      return()
    endif()
    add_test(NAME ${name} COMMAND ${EVG_SYSTEM_PYTHON} ${EVG_CLIENTS_DIR}/check_khal.py
             ${bin} ${events} ${work})
    set_tests_properties(${name} PROPERTIES ENVIRONMENT
                         "EVG_KHAL=${EVG_KHAL};PYTHONDONTWRITEBYTECODE=1")
  else()
    add_test(NAME ${name} COMMAND ${EVG_SYSTEM_PYTHON} ${EVG_CLIENTS_DIR}/check_${client}.py
             ${bin} ${events} ${rels} ${work} ${ARGN})
    set_tests_properties(${name} PROPERTIES ENVIRONMENT PYTHONDONTWRITEBYTECODE=1)
  endif()
  set_tests_properties(${name} PROPERTIES TIMEOUT 60)
  if(set STREQUAL "hostile")
    set_tests_properties(${name} PROPERTIES FIXTURES_REQUIRED evg_hostile)
  endif()
endfunction()

set(EVG_EXAMPLES ${PROJECT_SOURCE_DIR}/examples)
foreach(client icaljs pyical khal csv)
  evg_client_test(${client} examples ${EVG_EXAMPLES}/events.csv ${EVG_EXAMPLES}/relations.csv)
  if(client STREQUAL "icaljs" OR client STREQUAL "pyical")
    evg_client_test(${client} hostile ${EVG_HOSTILE}/events.csv ${EVG_HOSTILE}/relations.csv
                    @${EVG_HOSTILE}/calname.txt)
  else()
    evg_client_test(${client} hostile ${EVG_HOSTILE}/events.csv ${EVG_HOSTILE}/relations.csv)
  endif()
endforeach()
add_test(NAME clients.determinism
         COMMAND ${EVG_SYSTEM_PYTHON} ${EVG_CLIENTS_DIR}/check_determinism.py
         $<TARGET_FILE:evgraph_cli> ${EVG_EXAMPLES}/events.csv ${EVG_EXAMPLES}/relations.csv
         ${EVG_CLIENTS_WORK}/determinism)
set_tests_properties(clients.determinism PROPERTIES TIMEOUT 60
                     ENVIRONMENT PYTHONDONTWRITEBYTECODE=1)
