/* arena.c: chunked bump allocator (see arena.h). */
#include <stdalign.h>
#include <stddef.h>
#include <string.h>

#include "arena.h"

struct evg_arena_chunk {
	evg_arena_chunk *next;
	alignas(max_align_t) unsigned char data[];
};

enum { ARENA_CHUNK = 64 * 1024 };

#ifdef EVG_DEBUG_ARENA
static const int S_debug = 1;
#else
static const int S_debug = 0;
#endif

void evg_arena_init(evg_arena *a, const evg_mem *mem)
{
	memset(a, 0, sizeof *a);
	a->mem = mem;
}

static size_t S_align(size_t n)
{
	size_t al = alignof(max_align_t);
	if (n > (size_t)-1 - al)
		return evg_size_mul(n, 2); /* aborts: cannot be served */
	return (n + al - 1) & ~(al - 1);
}

static evg_arena_chunk *S_chunk(evg_arena *a, size_t cap)
{
	size_t bytes = sizeof(evg_arena_chunk) + cap;
	evg_arena_chunk *c;
	if (bytes < cap)
		evg_size_mul(cap, 2); /* overflow: aborts */
	/* Not calloc: a document's arena uses a little of its first chunk,
	 * and zeroing all of it cost more than the document's extraction.
	 * Objects are zeroed as they are handed out. */
	c = evg_realloc(a->mem, NULL, 1, bytes);
	c->next = NULL;
	return c;
}

/* A big object gets a chunk of its own, linked behind the current one so
 * the current chunk's free space is still used. */
static void *S_alloc_big(evg_arena *a, size_t n)
{
	evg_arena_chunk *c = S_chunk(a, n);
	if (a->chunks) {
		c->next = a->chunks->next;
		a->chunks->next = c;
	} else {
		a->chunks = c; /* full from the start: avail == used == 0 */
	}
	return c->data;
}

/* Serves a small object from the newest chunk at an address that is a
 * multiple of align (a power of two), starting a new chunk when it is
 * full. */
static void *S_alloc_small(evg_arena *a, size_t n, size_t align)
{
	size_t at = a->chunks ? (a->used + align - 1) & ~(align - 1) : 0;
	if (!a->chunks || at > a->avail || a->avail - at < n) {
		evg_arena_chunk *c = S_chunk(a, ARENA_CHUNK);
		c->next = a->chunks;
		a->chunks = c;
		a->avail = ARENA_CHUNK;
		at = 0;
	}
	a->used = at + n;
	return a->chunks->data + at;
}

/* n bytes (n > 0) at the given alignment. In debug mode every object is
 * "big": its own block, so ASan and valgrind see its bounds. */
static void *S_alloc(evg_arena *a, size_t n, size_t align)
{
	a->nallocs++;
	return !S_debug && n <= ARENA_CHUNK / 4 ? S_alloc_small(a, n, align)
	                                        : S_alloc_big(a, n);
}

void *evg_arena_alloc(evg_arena *a, size_t size)
{
	size_t n = S_align(size ? size : 1);
	return memset(S_alloc(a, n, alignof(max_align_t)), 0, n);
}

void *evg_arena_array(evg_arena *a, size_t n, size_t size)
{
	return evg_arena_alloc(a, evg_size_mul(n, size));
}

/* Strings are packed: they need no alignment, and the document names of
 * a large corpus alone are hundreds of thousands. */
char *evg_arena_strndup(evg_arena *a, const char *s, size_t len)
{
	char *d;
	if (len == (size_t)-1)
		evg_size_mul(len, 2); /* overflow: aborts */
	d = S_alloc(a, len + 1, 1);
	if (len)
		memcpy(d, s, len);
	d[len] = 0;
	return d;
}

char *evg_arena_strdup(evg_arena *a, const char *s)
{
	return evg_arena_strndup(a, s ? s : "", s ? strlen(s) : 0);
}

void evg_arena_release(evg_arena *a)
{
	evg_arena_chunk *c = a->chunks;
	while (c) {
		evg_arena_chunk *next = c->next;
		a->mem->free(c);
		c = next;
	}
	a->chunks = NULL;
	a->used = a->avail = a->nallocs = 0;
}

void evg_arena_reset(evg_arena *a)
{
	evg_arena_chunk *keep = a->chunks, *c;
	if (!keep || a->avail != ARENA_CHUNK) {
		evg_arena_release(a); /* none, or a big object's own chunk */
		return;
	}
	for (c = keep->next; c;) {
		evg_arena_chunk *next = c->next;
		a->mem->free(c);
		c = next;
	}
	keep->next = NULL;
	a->used = a->nallocs = 0;
}
