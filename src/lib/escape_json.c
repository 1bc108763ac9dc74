/* escape_json.c: JSON string escaping (see escape.h). */
#include <stdint.h>

#include "bytes8.h"
#include "escape.h"

/* 1 when the byte at s + i may stand for more than itself: control
 * characters and DEL, the quote and the backslash, "/" after "<", and
 * 0xE2 (the lead byte of U+2028 and U+2029). */
static int S_special(const char *s, size_t i)
{
	unsigned char c = (unsigned char)s[i];
	if (c == '/')
		return i > 0 && s[i - 1] == '<';
	return c < 0x20 || c == 0x7f || c == '"' || c == '\\' || c == 0xE2;
}

/* 1 when none of eight ASCII bytes is special: '/' depends on the byte
 * before it, so a word holding one goes a byte at a time. */
static int S_plain8(uint64_t w)
{
	return evg_b8_printable(w) &&
	       !(evg_b8_eq(w, '"') | evg_b8_eq(w, '\\') | evg_b8_eq(w, '/'));
}

/* The end of the run of plain bytes at s + i: text is mostly such runs,
 * and they are copied whole. */
static size_t S_plain_end(const char *s, size_t i, size_t len)
{
	while (i < len) {
		if (len - i >= 8 && S_plain8(evg_b8_load(s + i)))
			i += 8;
		else if (!S_special(s, i))
			i++;
		else
			break;
	}
	return i;
}

/* Writes the special byte at s + i; returns how many bytes it took. */
static size_t S_escape(evg_buf *b, const char *s, size_t i, size_t len)
{
	unsigned char c = (unsigned char)s[i];
	switch (c) {
	case '"':
	case '\\':
		evg_buf_putc(b, '\\');
		evg_buf_putc(b, (char)c);
		break;
	case '\n': evg_buf_puts(b, "\\n"); break;
	case '\r': evg_buf_puts(b, "\\r"); break;
	case '\t': evg_buf_puts(b, "\\t"); break;
	case '/': evg_buf_puts(b, "\\/"); break; /* after '<' */
	case 0xE2:
		if (len - i > 2 && (unsigned char)s[i + 1] == 0x80 &&
		    ((unsigned char)s[i + 2] == 0xA8 || (unsigned char)s[i + 2] == 0xA9)) {
			evg_buf_printf(b, "\\u%04x", 0x2000 + (unsigned char)s[i + 2] - 0x80);
			return 3;
		}
		evg_buf_putc(b, (char)c);
		break;
	default: /* another control character, or DEL */
		evg_buf_printf(b, "\\u%04x", c);
	}
	return 1;
}

void evg_escape_json(evg_buf *b, const char *s, size_t len)
{
	size_t i = 0, end;
	for (;;) { /* b is NUL-terminated even when s is empty */
		end = S_plain_end(s, i, len);
		evg_buf_put(b, s + i, end - i);
		if (end == len)
			return;
		i = end + S_escape(b, s, end, len);
	}
}
