/* map.c: open-addressing hash map (see map.h). */
#include <string.h>

#include "map.h"
#include "text.h"

void evg_map_init(evg_map *m, const evg_mem *mem)
{
	memset(m, 0, sizeof *m);
	m->mem = mem;
}

static size_t S_find(const evg_map *m, const char *key, size_t klen, uint64_t h)
{
	size_t mask = m->cap - 1;
	size_t i = (size_t)h & mask;
	while (m->slots[i].key &&
	       (m->slots[i].klen != klen || memcmp(m->slots[i].key, key, klen)))
		i = (i + 1) & mask;
	return i;
}

void *evg_map_get(const evg_map *m, const char *key, size_t klen)
{
	if (!m->cap)
		return NULL;
	return m->slots[S_find(m, key, klen, evg_hash64(EVG_HASH64_INIT, key, klen))].value;
}

void *evg_map_get_hashed(const evg_map *m, const char *key, size_t klen,
                         uint64_t h)
{
	if (!m->cap)
		return NULL;
	return m->slots[S_find(m, key, klen, h)].value;
}

/* Moves the entries into a table of cap slots (a power of two). */
static void S_resize(evg_map *m, size_t cap)
{
	evg_map_slot *old = m->slots;
	size_t oldcap = m->cap, i;
	m->cap = cap;
	m->slots = evg_calloc(m->mem, m->cap, sizeof *m->slots);
	for (i = 0; i < oldcap; i++)
		if (old[i].key)
			m->slots[S_find(m, old[i].key, old[i].klen,
			                evg_hash64(EVG_HASH64_INIT, old[i].key, old[i].klen))] = old[i];
	if (old)
		m->mem->free(old);
}

void evg_map_reserve(evg_map *m, size_t n)
{
	size_t cap = m->cap ? m->cap : 64;
	while (evg_size_mul(n, 2) > cap)
		cap = evg_size_mul(cap, 2);
	if (cap > m->cap)
		S_resize(m, cap);
}

void evg_map_put(evg_map *m, const char *key, size_t klen, void *value)
{
	evg_map_put_hashed(m, key, klen, evg_hash64(EVG_HASH64_INIT, key, klen), value);
}

void evg_map_put_hashed(evg_map *m, const char *key, size_t klen, uint64_t h,
                        void *value)
{
	size_t i;
	if ((m->count + 1) * 2 > m->cap)
		S_resize(m, m->cap ? evg_size_mul(m->cap, 2) : 64);
	i = S_find(m, key, klen, h);
	if (!m->slots[i].key) {
		m->slots[i].key = key;
		m->slots[i].klen = klen;
		m->count++;
	}
	m->slots[i].value = value;
}

void evg_map_free(evg_map *m)
{
	if (m->slots)
		m->mem->free(m->slots);
	m->slots = NULL;
	m->cap = m->count = 0;
}

/* ---- the address set ---- */

/* Room for n members at up to half full, in a fresh empty table. */
static void S_ptrset_table(evg_ptrset *s, size_t n)
{
	size_t cap = 16;
	while (cap < evg_size_mul(n, 2))
		cap = evg_size_mul(cap, 2);
	if (cap <= sizeof s->small / sizeof *s->small) {
		memset(s->small, 0, sizeof s->small);
		s->slots = s->small;
		cap = sizeof s->small / sizeof *s->small;
	} else {
		s->slots = evg_calloc(s->mem, cap, sizeof *s->slots);
	}
	s->mask = cap - 1;
	s->count = 0;
}

void evg_ptrset_init(evg_ptrset *s, const evg_mem *mem, size_t n)
{
	s->mem = mem;
	S_ptrset_table(s, n);
}

int evg_ptrset_add(evg_ptrset *s, const void *p)
{
	/* every bit of the address: packed strings share aligned blocks */
	uint64_t h = (uint64_t)(uintptr_t)p * UINT64_C(0x9E3779B97F4A7C15);
	size_t i = (size_t)(h ^ (h >> 29)) & s->mask;
	while (s->slots[i] && s->slots[i] != p)
		i = (i + 1) & s->mask;
	if (s->slots[i])
		return 0;
	if (2 * (s->count + 1) > s->mask + 1) {
		const void **old = s->slots;
		size_t oldcap = s->mask + 1, k;
		S_ptrset_table(s, s->count + 1); /* past small: on the heap */
		for (k = 0; k < oldcap; k++)
			if (old[k])
				(void)evg_ptrset_add(s, old[k]);
		if (old != s->small)
			s->mem->free(old);
		return evg_ptrset_add(s, p);
	}
	s->slots[i] = p;
	s->count++;
	return 1;
}

void evg_ptrset_free(evg_ptrset *s)
{
	if (s->slots && s->slots != s->small)
		s->mem->free(s->slots);
	s->slots = NULL;
	s->mask = s->count = 0;
}
