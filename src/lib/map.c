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
	size_t i;
	if ((m->count + 1) * 2 > m->cap)
		S_resize(m, m->cap ? evg_size_mul(m->cap, 2) : 64);
	i = S_find(m, key, klen, evg_hash64(EVG_HASH64_INIT, key, klen));
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

/* ---- the string set ---- */

void evg_strset_init(evg_strset *s, const evg_mem *mem)
{
	memset(s, 0, sizeof *s);
	s->mem = mem;
}

static size_t S_set_find(const evg_strset *s, const char *key, size_t klen)
{
	size_t mask = s->cap - 1;
	size_t i = (size_t)evg_hash64(EVG_HASH64_INIT, key, klen) & mask;
	/* strncmp stops at a shorter member's end; keys hold no NUL */
	while (s->slots[i] && (strncmp(s->slots[i], key, klen) || s->slots[i][klen]))
		i = (i + 1) & mask;
	return i;
}

const char *evg_strset_get(const evg_strset *s, const char *key, size_t klen)
{
	return s->cap ? s->slots[S_set_find(s, key, klen)] : NULL;
}

static void S_set_grow(evg_strset *s)
{
	const char **old = s->slots;
	size_t oldcap = s->cap, i;
	s->cap = oldcap ? evg_size_mul(oldcap, 2) : 64;
	s->slots = evg_calloc(s->mem, s->cap, sizeof *s->slots);
	for (i = 0; i < oldcap; i++)
		if (old[i])
			s->slots[S_set_find(s, old[i], strlen(old[i]))] = old[i];
	if (old)
		s->mem->free(old);
}

void evg_strset_put(evg_strset *s, const char *key, size_t klen)
{
	size_t i = s->cap ? S_set_find(s, key, klen) : 0;
	if (s->cap && s->slots[i])
		return; /* there already */
	/* three quarters full at most: probes stay short, and at eight bytes
	 * a slot the room is cheap */
	if ((s->count + 1) * 4 > s->cap * 3) {
		S_set_grow(s);
		i = S_set_find(s, key, klen);
	}
	s->slots[i] = key;
	s->count++;
}

void evg_strset_free(evg_strset *s)
{
	if (s->slots)
		s->mem->free(s->slots);
	s->slots = NULL;
	s->cap = s->count = 0;
}
