# Libcsv::csv. libcsv ships no pkg-config file: look for csv.h and -lcsv.
find_path(LIBCSV_INCLUDE_DIR csv.h)
find_library(LIBCSV_LIBRARY NAMES csv)
if(NOT LIBCSV_INCLUDE_DIR OR NOT LIBCSV_LIBRARY)
  message(FATAL_ERROR "evgraph needs libcsv: apt-get install libcsv-dev")
endif()
if(NOT TARGET Libcsv::csv)
  add_library(Libcsv::csv UNKNOWN IMPORTED)
  set_target_properties(Libcsv::csv PROPERTIES IMPORTED_LOCATION ${LIBCSV_LIBRARY}
                        INTERFACE_INCLUDE_DIRECTORIES ${LIBCSV_INCLUDE_DIR})
endif()
set(Libcsv_FOUND TRUE)
