/* text.h: small string helpers shared by the stages. */
#ifndef EVG_TEXT_H
#define EVG_TEXT_H

#include <stddef.h>
#include <stdint.h>

/* 1 when the first n bytes of a and b are equal ignoring ASCII case. */
int evg_strncaseeq(const char *a, const char *b, size_t n);
/* 1 when NUL-terminated a and b are equal. Inline, for the rules that
 * test a token against a word: most differ at the first byte. */
static inline int evg_streq(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return *a == *b;
}
/* 1 when w is one of the '|'-separated forms ("said|says"). Inline:
 * the rules test tokens against forms all the time. */
static inline int evg_form(const char *w, const char *forms)
{
	while (forms && *forms) {
		const char *p = w;
		while (*forms && *forms != '|' && *forms == *p)
			forms++, p++;
		if (!*p && (!*forms || *forms == '|'))
			return 1;
		while (*forms && *forms != '|')
			forms++;
		if (*forms)
			forms++;
	}
	return 0;
}
/* 1 when NUL-terminated a and b are equal ignoring ASCII case. */
int evg_strcaseeq(const char *a, const char *b);
/* 1 when s[0..n) is empty or white space only: a name the graph, which
 * trims names, would keep as "". */
int evg_is_blank(const char *s, size_t n);
/* FNV-1a, 64 bits: stable across runs and machines, for ids. */
uint64_t evg_hash64(uint64_t h, const void *data, size_t len);
/* One more byte of an evg_hash64 hash, for callers that hash as they go. */
static inline uint64_t evg_hash64_byte(uint64_t h, unsigned char c)
{
	return (h ^ c) * 0x100000001b3ULL;
}
#define EVG_HASH64_INIT 0xcbf29ce484222325ULL
/* s as one line of a message, in buf: control bytes shown as \n, \r,
 * \t or \xNN, and cut with "..." to fit. Returns buf. An error message
 * that quotes its input stays one line whatever the input holds. */
char *evg_shown(char *buf, size_t size, const char *s);
/* Writes v in decimal at buf (room for 20 bytes), no NUL; returns the
 * length. The hot writers' snprintf("%zu"). */
size_t evg_fmt_uint(char *buf, uint64_t v);
/* Writes the low `width` decimal digits of v, zero-padded, no NUL. */
void evg_fmt_digits(char *buf, unsigned v, int width);
/* Days in a month (libical's calendar); 0 for a bad month. The one
 * days-in-month of the library: dates, the tagger, the renderers. */
int evg_days_in_month(int year, int month);
/* Length of the valid UTF-8 sequence at s (1..4), or 0 when invalid. */
size_t evg_utf8_valid_len(const unsigned char *s, size_t n);
/* Offset of the first invalid UTF-8 byte in s, or n when all valid. */
size_t evg_utf8_check(const char *s, size_t n);

#endif
