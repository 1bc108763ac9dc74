/* escape_html.c: HTML/XML text escaping (see escape.h). */
#include <stdint.h>

#include "bytes8.h"
#include "escape.h"

/* What c is written as, or NULL when it is written as itself. */
static const char *S_entity(unsigned char c)
{
	switch (c) {
	case '&': return "&amp;";
	case '<': return "&lt;";
	case '>': return "&gt;";
	case '"': return "&quot;";
	case '\'': return "&#39;";
	case '\t':
	case '\n':
	case '\r': return NULL;
	default: /* control characters are not representable in XML 1.0 */
		return c < 0x20 || c == 0x7f ? "" : NULL;
	}
}

/* 1 when eight ASCII bytes are all written as themselves (tab, CR and
 * LF are, but are rare enough to be left to the byte test). */
static int S_plain8(uint64_t w)
{
	return evg_b8_printable(w) &&
	       !(evg_b8_eq(w, '&') | evg_b8_eq(w, '<') | evg_b8_eq(w, '>') |
	         evg_b8_eq(w, '"') | evg_b8_eq(w, '\''));
}

/* The end of the run of bytes written as themselves at s + i: text is
 * mostly such runs, and they are copied whole. */
static size_t S_plain_end(const char *s, size_t i, size_t len)
{
	while (i < len) {
		if (len - i >= 8 && S_plain8(evg_b8_load(s + i)))
			i += 8;
		else if (!S_entity((unsigned char)s[i]))
			i++;
		else
			break;
	}
	return i;
}

void evg_escape_html(evg_buf *b, const char *s, size_t len)
{
	size_t i = 0, end;
	for (;;) { /* b is NUL-terminated even when s is empty */
		end = S_plain_end(s, i, len);
		evg_buf_put(b, s + i, end - i);
		if (end == len)
			return;
		evg_buf_puts(b, S_entity((unsigned char)s[end]));
		i = end + 1;
	}
}
