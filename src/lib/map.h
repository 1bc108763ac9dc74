/* map.h: string -> pointer hash map with open addressing. Keys are
 * borrowed (they live in the owner's arena); the map owns its table. */
#ifndef EVG_MAP_H
#define EVG_MAP_H

#include <stddef.h>
#include <stdint.h>

#include "mem.h"

typedef struct evg_map_slot {
	const char *key;
	size_t klen;
	void *value;
} evg_map_slot;

typedef struct evg_map {
	const evg_mem *mem;
	evg_map_slot *slots;
	size_t cap; /* a power of two, or 0 */
	size_t count;
} evg_map;

void evg_map_init(evg_map *m, const evg_mem *mem);
void *evg_map_get(const evg_map *m, const char *key, size_t klen);
/* The same, given h = evg_hash64(EVG_HASH64_INIT, key, klen), for callers
 * that have hashed the key already. */
void *evg_map_get_hashed(const evg_map *m, const char *key, size_t klen,
                         uint64_t h);
/* Sets key to value; the key must outlive the map. */
void evg_map_put(evg_map *m, const char *key, size_t klen, void *value);
/* The same, given the key's hash as evg_map_get_hashed takes it. */
void evg_map_put_hashed(evg_map *m, const char *key, size_t klen, uint64_t h,
                        void *value);
/* Room for n entries in all without growing again: a table grown by
 * doubling is made, filled and dropped at each size. */
void evg_map_reserve(evg_map *m, size_t n);
void evg_map_free(evg_map *m);

/* The hashes of a fixed table's keys, as a Bloom filter: 4096 bits, two
 * per key. Most words of a text are in no table, and two bit tests tell
 * most of them so without a probe. False positives only cost the probe. */
typedef struct evg_bloom {
	uint64_t bits[64];
} evg_bloom;

static inline void evg_bloom_add(evg_bloom *b, uint64_t h)
{
	unsigned i = (unsigned)(h >> 52), j = (unsigned)(h >> 40) & 4095u;
	b->bits[i >> 6] |= UINT64_C(1) << (i & 63);
	b->bits[j >> 6] |= UINT64_C(1) << (j & 63);
}

/* 0 when no key added had hash h; 1 when one may have. */
static inline int evg_bloom_may(const evg_bloom *b, uint64_t h)
{
	unsigned i = (unsigned)(h >> 52), j = (unsigned)(h >> 40) & 4095u;
	return (int)((b->bits[i >> 6] >> (i & 63)) & (b->bits[j >> 6] >> (j & 63)) & 1);
}

/* A set of addresses, for things that have one copy each (interned
 * names, lexicon entries): open addressing at up to half full. Its first
 * table is inside it, so a small set, the usual one, allocates nothing. */
typedef struct evg_ptrset {
	const evg_mem *mem;
	const void **slots; /* small, or the heap */
	size_t mask;        /* capacity - 1; the capacity is a power of two */
	size_t count;
	const void *small[64];
} evg_ptrset;

/* An empty set with room for n members before it grows. */
void evg_ptrset_init(evg_ptrset *s, const evg_mem *mem, size_t n);
/* Adds p (not NULL); 1 when it was not there yet. */
int evg_ptrset_add(evg_ptrset *s, const void *p);
void evg_ptrset_free(evg_ptrset *s);

#endif
