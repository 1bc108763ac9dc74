/* mem.c: the default allocator and overflow-checked helpers. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mem.h"

static void S_oom(void)
{
	fputs("evgraph: out of memory\n", stderr);
	abort();
}

static void *S_calloc(size_t n, size_t size)
{
	void *p = calloc(n, size);
	if (!p && n && size)
		S_oom();
	return p;
}

static void *S_realloc(void *ptr, size_t size)
{
	void *p = realloc(ptr, size);
	if (!p && size)
		S_oom();
	return p;
}

static const evg_mem S_default = {S_calloc, S_realloc, free};

const evg_mem *evg_default_mem(void) { return &S_default; }

void evg_free(void *ptr) { S_default.free(ptr); }

size_t evg_size_mul(size_t a, size_t b)
{
	if (b && a > (size_t)-1 / b) {
		fputs("evgraph: size overflow\n", stderr);
		abort();
	}
	return a * b;
}

void *evg_calloc(const evg_mem *mem, size_t n, size_t size)
{
	void *p = mem->calloc(n ? n : 1, size ? size : 1);
	if (!p)
		S_oom(); /* a user allocator may return NULL; we still abort */
	return p;
}

void *evg_realloc(const evg_mem *mem, void *p, size_t n, size_t size)
{
	size_t bytes = evg_size_mul(n, size);
	void *q = mem->realloc(p, bytes ? bytes : 1);
	if (!q)
		S_oom();
	return q;
}

char *evg_strndup(const evg_mem *mem, const char *s, size_t len)
{
	char *d = evg_calloc(mem, len + 1, 1);
	if (len)
		memcpy(d, s, len);
	return d;
}
