/* ctype.h: locale-independent ASCII classes for input bytes. <ctype.h>
 * depends on the locale and is undefined for negative chars. One table
 * lookup per test: the extraction stages test every byte of the input. */
#ifndef EVG_CTYPE_H
#define EVG_CTYPE_H

enum { EVG_C_DIGIT = 1, EVG_C_UPPER = 2, EVG_C_LOWER = 4, EVG_C_SPACE = 8 };
extern const unsigned char evg_ctype[256];

static inline int evg_isdigit(int c) { return evg_ctype[c & 0xff] & EVG_C_DIGIT; }
static inline int evg_isupper(int c) { return (evg_ctype[c & 0xff] & EVG_C_UPPER) != 0; }
static inline int evg_islower(int c) { return (evg_ctype[c & 0xff] & EVG_C_LOWER) != 0; }
static inline int evg_isalpha(int c)
{
	return (evg_ctype[c & 0xff] & (EVG_C_UPPER | EVG_C_LOWER)) != 0;
}
static inline int evg_isalnum(int c)
{
	return (evg_ctype[c & 0xff] & (EVG_C_UPPER | EVG_C_LOWER | EVG_C_DIGIT)) != 0;
}
static inline int evg_isspace(int c) { return (evg_ctype[c & 0xff] & EVG_C_SPACE) != 0; }
static inline int evg_tolower(int c) { return evg_isupper(c) ? c + 32 : c; }
static inline int evg_toupper(int c) { return evg_islower(c) ? c - 32 : c; }

#endif
