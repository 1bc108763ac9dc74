/* arena.h: bump allocation for objects whose lifetime is the graph's.
 *
 * With EVG_DEBUG_ARENA every allocation is its own malloc, so ASan and
 * valgrind see each block's bounds. */
#ifndef EVG_ARENA_H
#define EVG_ARENA_H

#include <stddef.h>

#include "mem.h"

typedef struct evg_arena_chunk evg_arena_chunk;

typedef struct evg_arena {
	const evg_mem *mem;
	evg_arena_chunk *chunks;
	size_t used;  /* bytes used in the newest chunk */
	size_t avail; /* capacity of the newest chunk */
	size_t nallocs;
} evg_arena;

void evg_arena_init(evg_arena *a, const evg_mem *mem);
/* Zeroed memory aligned for any object; lives until evg_arena_release. */
void *evg_arena_alloc(evg_arena *a, size_t size);
void *evg_arena_array(evg_arena *a, size_t n, size_t size);
/* A NUL-terminated copy, packed: at no particular alignment. */
char *evg_arena_strndup(evg_arena *a, const char *s, size_t len);
char *evg_arena_strdup(evg_arena *a, const char *s);
void evg_arena_release(evg_arena *a);
/* Frees every object, keeping the newest chunk when it is an ordinary
 * one, for an arena filled and emptied over and over (a row at a time):
 * releasing it handed the chunk back to malloc each time. */
void evg_arena_reset(evg_arena *a);

#endif
