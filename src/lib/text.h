/* text.h: small string helpers shared by the stages. */
#ifndef EVG_TEXT_H
#define EVG_TEXT_H

#include <stddef.h>
#include <stdint.h>

/* 1 when the first n bytes of a and b are equal ignoring ASCII case. */
int evg_strncaseeq(const char *a, const char *b, size_t n);
/* 1 when NUL-terminated a and b are equal ignoring ASCII case. */
int evg_strcaseeq(const char *a, const char *b);
/* FNV-1a, 64 bits: stable across runs and machines, for ids. */
uint64_t evg_hash64(uint64_t h, const void *data, size_t len);
#define EVG_HASH64_INIT 0xcbf29ce484222325ULL
/* Days in a month (libical's calendar); 0 for a bad month. The one
 * days-in-month of the library: dates, the tagger, the renderers. */
int evg_days_in_month(int year, int month);
/* Length of the valid UTF-8 sequence at s (1..4), or 0 when invalid. */
size_t evg_utf8_valid_len(const unsigned char *s, size_t n);
/* Offset of the first invalid UTF-8 byte in s, or n when all valid. */
size_t evg_utf8_check(const char *s, size_t n);

#endif
