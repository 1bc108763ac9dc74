/* ctype.h: locale-independent ASCII classes for input bytes. <ctype.h>
 * depends on the locale and is undefined for negative chars. */
#ifndef EVG_CTYPE_H
#define EVG_CTYPE_H

static inline int evg_isdigit(int c) { return c >= '0' && c <= '9'; }
static inline int evg_isupper(int c) { return c >= 'A' && c <= 'Z'; }
static inline int evg_islower(int c) { return c >= 'a' && c <= 'z'; }
static inline int evg_isalpha(int c) { return evg_isupper(c) || evg_islower(c); }
static inline int evg_isalnum(int c) { return evg_isalpha(c) || evg_isdigit(c); }
static inline int evg_isspace(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
	       c == '\v';
}
static inline int evg_tolower(int c) { return evg_isupper(c) ? c + 32 : c; }
static inline int evg_toupper(int c) { return evg_islower(c) ? c - 32 : c; }

#endif
