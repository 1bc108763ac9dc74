/* text.c: string helpers (see text.h). */
#include <string.h>

#include "bytes8.h"
#include "ctype.h"
#include "text.h"

int evg_strncaseeq(const char *a, const char *b, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (evg_tolower((unsigned char)a[i]) !=
		    evg_tolower((unsigned char)b[i]))
			return 0;
	return 1;
}

int evg_is_blank(const char *s, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (!evg_isspace((unsigned char)s[i]))
			return 0;
	return 1;
}

int evg_strcaseeq(const char *a, const char *b)
{
	size_t n = strlen(a);
	return n == strlen(b) && evg_strncaseeq(a, b, n);
}

uint64_t evg_hash64(uint64_t h, const void *data, size_t len)
{
	const unsigned char *p = data;
	size_t i;
	for (i = 0; i < len; i++) {
		h ^= p[i];
		h *= 0x100000001b3ULL;
	}
	return h;
}

char *evg_shown(char *buf, size_t size, const char *s)
{
	static const char hex[] = "0123456789abcdef";
	size_t n = 0;
	if (size < 4) {
		if (size)
			buf[0] = '\0';
		return buf;
	}
	/* n stays within size - 4, so "..." and the NUL always fit */
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		char esc[4];
		size_t k = 0;
		if (c >= 0x20 && c != 0x7f) {
			esc[k++] = (char)c;
		} else if (c == '\n' || c == '\r' || c == '\t') {
			esc[k++] = '\\';
			esc[k++] = c == '\n' ? 'n' : c == '\r' ? 'r' : 't';
		} else {
			esc[k++] = '\\';
			esc[k++] = 'x';
			esc[k++] = hex[c >> 4];
			esc[k++] = hex[c & 15];
		}
		if (n + k > size - 4) {
			memcpy(buf + n, "...", 3);
			n += 3;
			break;
		}
		memcpy(buf + n, esc, k);
		n += k;
	}
	buf[n] = '\0';
	return buf;
}

size_t evg_fmt_uint(char *buf, uint64_t v)
{
	char tmp[20];
	size_t n = 0, i;
	do
		tmp[n++] = (char)('0' + v % 10);
	while ((v /= 10));
	for (i = 0; i < n; i++)
		buf[i] = tmp[n - 1 - i];
	return n;
}

void evg_fmt_digits(char *buf, unsigned v, int width)
{
	while (width-- > 0) {
		buf[width] = (char)('0' + v % 10);
		v /= 10;
	}
}

size_t evg_utf8_valid_len(const unsigned char *s, size_t n)
{
	unsigned c = s[0];
	size_t len, i;
	unsigned lo = 0x80, hi = 0xBF;
	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF)
		len = 2;
	else if (c >= 0xE0 && c <= 0xEF)
		len = 3;
	else if (c >= 0xF0 && c <= 0xF4)
		len = 4;
	else
		return 0;
	if (n < len)
		return 0;
	/* Exclude overlongs, surrogates and code points above U+10FFFF. */
	if (c == 0xE0)
		lo = 0xA0;
	else if (c == 0xED)
		hi = 0x9F;
	else if (c == 0xF0)
		lo = 0x90;
	else if (c == 0xF4)
		hi = 0x8F;
	if (s[1] < lo || s[1] > hi)
		return 0;
	for (i = 2; i < len; i++)
		if (s[i] < 0x80 || s[i] > 0xBF)
			return 0;
	return len;
}

size_t evg_utf8_check(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, k;
	while (i < n) {
		uint64_t w[4];
		/* Text is mostly ASCII: 32 bytes with no high bit pass at once,
		 * then eight. */
		if (n - i >= 32 && (memcpy(w, u + i, 32),
		                    evg_b8_ascii(w[0] | w[1] | w[2] | w[3]))) {
			i += 32;
			continue;
		}
		if (n - i >= 8 && evg_b8_ascii(evg_b8_load(u + i))) {
			i += 8;
			continue;
		}
		if (u[i] < 0x80) {
			i++;
			continue;
		}
		k = evg_utf8_valid_len(u + i, n - i);
		if (!k)
			return i;
		i += k;
	}
	return n;
}
