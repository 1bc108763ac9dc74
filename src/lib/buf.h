/* buf.h: a growable byte buffer, detached to hand its bytes over, or
 * drained as it goes into a sink (see evg_buf_spill). */
#ifndef EVG_BUF_H
#define EVG_BUF_H

#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include "mem.h"

/* Where a draining buffer's bytes go, in order; returns 0, or non-zero
 * when it can take no more. */
typedef int (*evg_buf_sink)(void *ctx, const char *data, size_t len);

typedef struct evg_buf {
	const evg_mem *mem;
	char *ptr; /* always NUL-terminated once anything was added */
	size_t len;
	size_t cap;
	evg_buf_sink sink; /* NULL: the buffer keeps everything */
	void *sink_ctx;
	int sink_failed;   /* the sink refused: later bytes are dropped */
} evg_buf;

#define EVG_BUF_INIT(m) {(m), NULL, 0, 0, NULL, NULL, 0}

/* Makes room for `extra` more bytes and the NUL after them. */
void evg_buf_grow(evg_buf *b, size_t extra);

/* The appends are inline: writers call them for a few bytes at a time,
 * hundreds of thousands of times an output, and growing is rare. */
static inline void evg_buf_put(evg_buf *b, const char *s, size_t len)
{
	if (b->cap - b->len <= len)
		evg_buf_grow(b, len);
	if (len)
		memcpy(b->ptr + b->len, s, len);
	b->len += len;
	b->ptr[b->len] = '\0';
}

static inline void evg_buf_puts(evg_buf *b, const char *s)
{
	evg_buf_put(b, s, strlen(s));
}

static inline void evg_buf_putc(evg_buf *b, char c)
{
	if (b->cap - b->len <= 1)
		evg_buf_grow(b, 1);
	b->ptr[b->len++] = c;
	b->ptr[b->len] = '\0';
}
void evg_buf_printf(evg_buf *b, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 3)))
#endif
	;
void evg_buf_clear(evg_buf *b);
/* With a sink, hands what b holds to it once that is 64 KiB or more, so
 * a large output never sits whole in memory; without one, does nothing.
 * Writers call it where nothing will look back at what they wrote.
 * Returns 0, or -1 once the sink has failed. */
int evg_buf_spill(evg_buf *b);
/* Hands everything b holds to its sink. Returns 0, or -1 once the sink
 * has failed. */
int evg_buf_drain(evg_buf *b);
/* Hands the bytes (NUL-terminated, never NULL) to the caller, who frees
 * them with the buffer's allocator; the buffer is empty afterwards. */
char *evg_buf_detach(evg_buf *b, size_t *len);
void evg_buf_free(evg_buf *b);

#endif
