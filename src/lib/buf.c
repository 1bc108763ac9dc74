/* buf.c: growable byte buffer (see buf.h). */
#include <stdio.h>
#include <string.h>

#include "buf.h"

void evg_buf_grow(evg_buf *b, size_t extra)
{
	size_t need = b->len + extra + 1, cap;
	if (need < b->len)
		evg_size_mul(need, 2); /* overflow: aborts */
	if (need <= b->cap)
		return;
	cap = b->cap ? b->cap : 64;
	while (cap < need)
		cap = cap > (size_t)-1 / 2 ? need : cap * 2;
	b->ptr = evg_realloc(b->mem, b->ptr, cap, 1);
	b->cap = cap;
}

void evg_buf_printf(evg_buf *b, const char *fmt, ...)
{
	va_list ap, ap2;
	size_t room;
	int n;
	/* Formatted straight into the room there is; only what does not fit
	 * is formatted a second time, after growing. */
	evg_buf_grow(b, 64);
	room = b->cap - b->len;
	va_start(ap, fmt);
	va_copy(ap2, ap);
	n = vsnprintf(b->ptr + b->len, room, fmt, ap);
	va_end(ap);
	if (n > 0 && (size_t)n >= room) {
		evg_buf_grow(b, (size_t)n);
		vsnprintf(b->ptr + b->len, (size_t)n + 1, fmt, ap2);
	}
	if (n > 0)
		b->len += (size_t)n;
	else
		b->ptr[b->len] = '\0'; /* an encoding error wrote nothing */
	va_end(ap2);
}

void evg_buf_clear(evg_buf *b)
{
	b->len = 0;
	if (b->ptr)
		b->ptr[0] = '\0';
}

enum { S_SPILL_AT = 64 * 1024 };

int evg_buf_drain(evg_buf *b)
{
	if (b->sink && b->len && !b->sink_failed &&
	    b->sink(b->sink_ctx, b->ptr, b->len) != 0)
		b->sink_failed = 1;
	if (b->sink)
		evg_buf_clear(b);
	return b->sink_failed ? -1 : 0;
}

int evg_buf_spill(evg_buf *b)
{
	if (b->sink && b->len >= S_SPILL_AT)
		return evg_buf_drain(b);
	return b->sink_failed ? -1 : 0;
}

char *evg_buf_detach(evg_buf *b, size_t *len)
{
	char *p;
	if (!b->ptr)
		evg_buf_grow(b, 0);
	b->ptr[b->len] = '\0';
	p = b->ptr;
	if (len)
		*len = b->len;
	b->ptr = NULL;
	b->len = b->cap = 0;
	return p;
}

void evg_buf_free(evg_buf *b)
{
	if (b->ptr)
		b->mem->free(b->ptr);
	b->ptr = NULL;
	b->len = b->cap = 0;
}
