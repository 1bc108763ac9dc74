/* docnames.c: document names kept once each, by folder (see docnames.h). */
#include <stdlib.h>
#include <string.h>

#include "ctype.h"
#include "docnames.h"
#include "text.h"

void evg_docnames_init(evg_docnames *d, const evg_mem *mem)
{
	memset(d, 0, sizeof *d);
	d->mem = mem;
	evg_arena_init(&d->dir_text, mem);
	evg_map_init(&d->dir_index, mem);
}

void evg_docnames_free(evg_docnames *d)
{
	if (d->bytes)
		d->mem->free(d->bytes);
	if (d->dirs)
		d->mem->free(d->dirs);
	if (d->slots)
		d->mem->free(d->slots);
	evg_map_free(&d->dir_index);
	evg_arena_release(&d->dir_text);
	memset(d, 0, sizeof *d);
}

static const unsigned char *S_record(const evg_docnames *d, uint32_t ref)
{
	return d->bytes + (size_t)ref * 4;
}

static uint32_t S_dir_of(const unsigned char *rec)
{
	uint32_t dir;
	memcpy(&dir, rec, sizeof dir);
	return dir;
}

/* The next record's offset after the one at off. */
static size_t S_next(const evg_docnames *d, size_t off)
{
	size_t n = 4 + strlen((const char *)d->bytes + off + 4) + 1;
	return off + ((n + 3) & ~(size_t)3);
}

/* Where a name's folder ends: after its last '/', 0 when it has none. */
static size_t S_split(const char *s, size_t len)
{
	while (len && s[len - 1] != '/')
		len--;
	return len;
}

/* 1 when ref's name is the len bytes at s. */
static int S_is(const evg_docnames *d, uint32_t ref, const char *s, size_t len)
{
	const unsigned char *rec = S_record(d, ref);
	const char *dir = d->dirs[S_dir_of(rec)], *base = (const char *)rec + 4;
	size_t dl = strlen(dir);
	/* s holds no NUL, so strncmp stops at the end of a shorter base */
	return dl <= len && !memcmp(dir, s, dl) && !strncmp(base, s + dl, len - dl) &&
	       base[len - dl] == '\0';
}

static uint32_t *S_slot(const evg_docnames *d, uint64_t h, const char *s, size_t len)
{
	size_t mask = d->nslots - 1, i = (size_t)h & mask;
	while (d->slots[i] && !S_is(d, d->slots[i] - 1, s, len))
		i = (i + 1) & mask;
	return &d->slots[i];
}

/* The index again, at least half empty with one more name; the hash of
 * a name is that of its folder and the rest one after the other. */
static void S_reindex(evg_docnames *d)
{
	size_t want = 64, off, i, mask;
	while (want < evg_size_mul(d->count + 1, 2))
		want = evg_size_mul(want, 2);
	if (d->slots)
		d->mem->free(d->slots);
	d->slots = evg_calloc(d->mem, want, sizeof *d->slots);
	d->nslots = want;
	mask = want - 1;
	for (off = 0; off < d->len; off = S_next(d, off)) {
		const char *dir = d->dirs[S_dir_of(d->bytes + off)];
		const char *base = (const char *)d->bytes + off + 4;
		uint64_t h = evg_hash64(EVG_HASH64_INIT, dir, strlen(dir));
		h = evg_hash64(h, base, strlen(base));
		for (i = (size_t)h & mask; d->slots[i]; i = (i + 1) & mask)
			;
		d->slots[i] = (uint32_t)(off / 4) + 1;
	}
}

static void S_push_dir(evg_docnames *d, const char *s, size_t len)
{
	char *t = evg_arena_strndup(&d->dir_text, s, len);
	if (d->ndirs == d->capdirs) {
		d->capdirs = d->capdirs ? evg_size_mul(d->capdirs, 2) : 8;
		d->dirs = evg_realloc(d->mem, d->dirs, d->capdirs, sizeof *d->dirs);
	}
	d->dirs[d->ndirs++] = t;
	if (len)
		evg_map_put(&d->dir_index, t, len, (void *)(uintptr_t)d->ndirs);
}

/* The number of the folder of dl bytes at s, which is added when new;
 * 0 is the empty one. */
static uint32_t S_dir(evg_docnames *d, const char *s, size_t dl)
{
	void *v;
	size_t i;
	if (!d->ndirs)
		S_push_dir(d, "", 0);
	if (!dl)
		return 0;
	if (!d->dir_index.count) /* dropped by evg_docnames_seal */
		for (i = 1; i < d->ndirs; i++)
			evg_map_put(&d->dir_index, d->dirs[i], strlen(d->dirs[i]),
			            (void *)(uintptr_t)(i + 1));
	if ((v = evg_map_get(&d->dir_index, s, dl)))
		return (uint32_t)((uintptr_t)v - 1);
	if (d->ndirs >= UINT32_MAX)
		abort(); /* 4 billion folders: as out of memory */
	S_push_dir(d, s, dl);
	return (uint32_t)(d->ndirs - 1);
}

/* Appends the record of a new name; returns its reference. */
static uint32_t S_add(evg_docnames *d, const char *s, size_t len)
{
	size_t dl = S_split(s, len), bl = len - dl;
	size_t need = (4 + bl + 1 + 3) & ~(size_t)3, off = d->len;
	uint32_t dir = S_dir(d, s, dl);
	if (off / 4 >= UINT32_MAX)
		abort(); /* 16 GiB of names: as out of memory */
	if (off + need > d->cap) {
		size_t cap = d->cap ? evg_size_mul(d->cap, 2) : 4096;
		while (cap < off + need)
			cap = evg_size_mul(cap, 2);
		d->bytes = evg_realloc(d->mem, d->bytes, cap, 1);
		d->cap = cap;
	}
	memcpy(d->bytes + off, &dir, sizeof dir);
	memcpy(d->bytes + off + 4, s + dl, bl);
	memset(d->bytes + off + 4 + bl, 0, need - 4 - bl);
	d->len += need;
	d->count++;
	if (!len || evg_isspace((unsigned char)s[0]) ||
	    evg_isspace((unsigned char)s[len - 1]))
		d->padded++;
	return (uint32_t)(off / 4);
}

uint32_t evg_docnames_put(evg_docnames *d, const char *s, size_t len)
{
	uint64_t h = evg_hash64(EVG_HASH64_INIT, s, len);
	uint32_t *slot;
	if (!d->slots || (d->count + 1) * 2 > d->nslots)
		S_reindex(d);
	slot = S_slot(d, h, s, len);
	if (!*slot)
		*slot = S_add(d, s, len) + 1;
	return *slot - 1;
}

evg_doc_name evg_docnames_get(const evg_docnames *d, uint32_t ref)
{
	evg_doc_name n;
	const unsigned char *rec = S_record(d, ref);
	n.dir = d->dirs[S_dir_of(rec)];
	n.base = (const char *)rec + 4;
	return n;
}

int evg_docnames_cmp(const evg_docnames *d, uint32_t a, uint32_t b)
{
	const unsigned char *ra, *rb;
	const unsigned char *pa, *pb, *na, *nb;
	if (a == b)
		return 0;
	ra = S_record(d, a), rb = S_record(d, b);
	if (S_dir_of(ra) == S_dir_of(rb))
		return strcmp((const char *)ra + 4, (const char *)rb + 4);
	/* Each name is two strings, the folder then the rest: walk both
	 * pairs byte by byte, stepping from the folder to the rest where
	 * the folder ends. */
	pa = (const unsigned char *)d->dirs[S_dir_of(ra)], na = ra + 4;
	pb = (const unsigned char *)d->dirs[S_dir_of(rb)], nb = rb + 4;
	for (;;) {
		if (!*pa && na)
			pa = na, na = NULL;
		if (!*pb && nb)
			pb = nb, nb = NULL;
		if (*pa != *pb || !*pa)
			return (int)*pa - (int)*pb;
		pa++, pb++;
	}
}

void evg_docnames_join(const evg_docnames *d, uint32_t ref, evg_buf *out)
{
	evg_doc_name n = evg_docnames_get(d, ref);
	evg_buf_clear(out);
	evg_buf_puts(out, n.dir);
	evg_buf_puts(out, n.base);
}

void evg_docnames_move(evg_docnames *to, evg_docnames *from)
{
	evg_docnames_free(to);
	*to = *from;
	evg_docnames_init(from, to->mem);
}

void evg_docnames_seal(evg_docnames *d)
{
	if (d->slots)
		d->mem->free(d->slots);
	d->slots = NULL;
	d->nslots = 0;
	evg_map_free(&d->dir_index);
	evg_map_init(&d->dir_index, d->mem);
	if (d->len && d->len < d->cap) {
		d->bytes = evg_realloc(d->mem, d->bytes, d->len, 1);
		d->cap = d->len;
	}
}
