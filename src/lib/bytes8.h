/* bytes8.h: tests on eight bytes at once, for the library's scans over
 * plain ASCII text (the cleaner, the UTF-8 check, the escapers). A word is loaded with
 * memcpy, so any alignment and byte order do. The answer for each byte
 * is its high bit, and holds on a word of ASCII bytes (high bits
 * clear): adding at most 0x80 to a byte below 0x80 carries into no
 * other byte, so the bytes do not disturb each other. */
#ifndef EVG_BYTES8_H
#define EVG_BYTES8_H

#include <stdint.h>
#include <string.h>

#define EVG_B8_ONES 0x0101010101010101ULL
#define EVG_B8_HIGH 0x8080808080808080ULL

static inline uint64_t evg_b8_load(const void *p)
{
	uint64_t w;
	memcpy(&w, p, 8);
	return w;
}

/* 1 when no byte of w has its high bit set: eight ASCII bytes. */
static inline int evg_b8_ascii(uint64_t w)
{
	return !(w & EVG_B8_HIGH);
}

/* The bytes of an ASCII word that are >= c (c <= 0x80). */
static inline uint64_t evg_b8_ge(uint64_t w, unsigned c)
{
	return (w + (0x80 - c) * EVG_B8_ONES) & EVG_B8_HIGH;
}

/* The bytes of an ASCII word that are == c (c < 0x80). */
static inline uint64_t evg_b8_eq(uint64_t w, unsigned c)
{
	return ~((w ^ c * EVG_B8_ONES) + 0x7f * EVG_B8_ONES) & EVG_B8_HIGH;
}

/* 1 when a word is eight printable ASCII bytes: none a control byte
 * or DEL, which the text writers all escape or drop. */
static inline int evg_b8_printable(uint64_t w)
{
	return evg_b8_ascii(w) && evg_b8_ge(w, 0x20) == EVG_B8_HIGH &&
	       !evg_b8_eq(w, 0x7f);
}

/* How many bytes of the mask m are flagged: the product sums them in
 * its top byte. */
static inline unsigned evg_b8_count(uint64_t m)
{
	return (unsigned)(((m >> 7) * EVG_B8_ONES) >> 56);
}

#endif
