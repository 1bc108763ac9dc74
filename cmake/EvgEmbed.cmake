# evg_embed(OUT FILE...): writes OUT, a C file defining for each input
# `const char evg_tpl_<stem>_<ext>[]` and its length, so the defaults are
# built into the binary.
set(_EVG_EMBED_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/EvgEmbedRun.cmake)
function(evg_embed out)
  add_custom_command(OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DOUT=${out} "-DFILES=${ARGN}" -P ${_EVG_EMBED_SCRIPT}
    DEPENDS ${ARGN} ${_EVG_EMBED_SCRIPT}
    COMMENT "Embedding templates" VERBATIM)
endfunction()
