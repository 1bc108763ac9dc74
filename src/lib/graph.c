/* graph.c: the event graph: actors, events, edges and diagnostics, all
 * allocated from the graph's arena; only the index vectors and hash
 * tables live on the heap. */
#include <assert.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ctype.h"
#include "buf.h"
#include "graph.h"
#include "text.h"

void evg_ptrvec_push(const evg_mem *mem, evg_ptrvec *v, void *item)
{
	if (v->len == v->cap) {
		v->cap = v->cap ? evg_size_mul(v->cap, 2) : 4;
		v->items = evg_realloc(mem, v->items, v->cap, sizeof *v->items);
	}
	v->items[v->len++] = item;
}

void evg_ptrvec_reserve(const evg_mem *mem, evg_ptrvec *v, size_t more)
{
	size_t want = v->len + more;
	if (want > v->cap) {
		v->cap = want;
		v->items = evg_realloc(mem, v->items, v->cap, sizeof *v->items);
	}
}

void evg_ptrvec_free(const evg_mem *mem, evg_ptrvec *v)
{
	if (v->items)
		mem->free(v->items);
	memset(v, 0, sizeof *v);
}

evg_graph *evg_graph_new_with_mem(const evg_mem *mem)
{
	evg_graph *g;
	if (!mem)
		mem = evg_default_mem();
	g = evg_calloc(mem, 1, sizeof *g);
	g->mem = mem;
	evg_arena_init(&g->arena, mem);
	evg_map_init(&g->event_by_id, mem);
	evg_map_init(&g->actor_by_key, mem);
	evg_map_init(&g->actor_by_id, mem);
	evg_docnames_init(&g->docs, mem);
	g->events_sorted = g->actors_sorted = 1;
	return g;
}

evg_graph *evg_graph_new(void) { return evg_graph_new_with_mem(NULL); }

evg_graph *evg_graph_reader(evg_graph *g)
{
	evg_graph *r;
	assert(g && !g->reader);
	/* sorted now, so that no reader has anything left to sort */
	evg_graph_sort(g);
	r = evg_calloc(g->mem, 1, sizeof *r);
	*r = *g;
	r->reader = 1;
	r->error[0] = 0;
	return r;
}

void evg_graph_free(evg_graph *g)
{
	size_t i;
	if (!g)
		return;
	if (g->reader) {
		g->mem->free(g);
		return;
	}
	for (i = 0; i < g->events.len; i++) {
		evg_event *e = g->events.items[i];
		evg_ptrvec_free(g->mem, &e->sources);
		evg_ptrvec_free(g->mem, &e->targets);
		if (e->docs)
			g->mem->free(e->docs);
		evg_ptrvec_free(g->mem, &e->edges);
	}
	evg_ptrvec_free(g->mem, &g->events);
	evg_ptrvec_free(g->mem, &g->actors);
	evg_ptrvec_free(g->mem, &g->edges);
	evg_map_free(&g->event_by_id);
	evg_map_free(&g->actor_by_key);
	evg_map_free(&g->actor_by_id);
	evg_docnames_free(&g->docs);
	if (g->diags)
		g->mem->free(g->diags);
	evg_arena_release(&g->arena);
	g->mem->free(g);
}

const char *evg_graph_error(const evg_graph *g)
{
	assert(g);
	return g->error;
}

int evg_graph_fail(evg_graph *g, int code, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(g->error, sizeof g->error, fmt, ap);
	va_end(ap);
	return code;
}

/* ---- actors ---- */

/* The lookup key of a name: trimmed, ASCII lower-cased, a leading "the "
 * dropped, so "The Kremlin" and "Kremlin" meet. */
static char *S_actor_key(evg_graph *g, const char *s, size_t len, size_t *klen)
{
	char *k;
	size_t i;
	while (len && evg_isspace((unsigned char)*s))
		s++, len--;
	while (len && evg_isspace((unsigned char)s[len - 1]))
		len--;
	if (len > 4 && evg_strncaseeq(s, "the ", 4))
		s += 4, len -= 4;
	k = evg_arena_strndup(&g->arena, s, len);
	for (i = 0; i < len; i++)
		k[i] = (char)evg_tolower((unsigned char)k[i]);
	*klen = len;
	return k;
}

evg_actor *evg_graph_find_actor(const evg_graph *g, const char *name,
                                size_t len)
{
	char buf[256];
	size_t i, n = 0;
	assert(g);
	while (len && evg_isspace((unsigned char)*name))
		name++, len--;
	while (len && evg_isspace((unsigned char)name[len - 1]))
		len--;
	if (len > 4 && evg_strncaseeq(name, "the ", 4))
		name += 4, len -= 4;
	if (len >= sizeof buf)
		return NULL; /* keys are never that long: see S_index_key */
	for (i = 0; i < len; i++)
		buf[n++] = (char)evg_tolower((unsigned char)name[i]);
	return evg_map_get(&g->actor_by_key, buf, n);
}

static void S_index_key(evg_graph *g, evg_actor *a, const char *s, size_t len)
{
	size_t klen;
	char *key = S_actor_key(g, s, len, &klen);
	if (klen == 0 || klen >= 256)
		return;
	if (!evg_map_get(&g->actor_by_key, key, klen))
		evg_map_put(&g->actor_by_key, key, klen, a);
}

/* A slug id ("dmitry-peskov"), made unique with a numeric suffix. */
static char *S_actor_id(evg_graph *g, const char *name)
{
	char slug[64];
	size_t n = 0, base;
	const unsigned char *p;
	int k;
	for (p = (const unsigned char *)name; *p && n < 48; p++) {
		if (evg_isalnum(*p))
			slug[n++] = (char)evg_tolower(*p);
		else if (n && slug[n - 1] != '-')
			slug[n++] = '-';
	}
	while (n && slug[n - 1] == '-')
		n--;
	if (!n)
		n = (size_t)snprintf(slug, sizeof slug, "actor");
	base = n;
	for (k = 2; evg_map_get(&g->actor_by_id, slug, n); k++)
		n = base + (size_t)snprintf(slug + base, sizeof slug - base, "-%d", k);
	return evg_arena_strndup(&g->arena, slug, n);
}

/* Adds each ';'-separated alias not yet known to the actor. */
static void S_merge_aliases(evg_graph *g, evg_actor *a, const char *aliases)
{
	const char *p = aliases, *end;
	evg_buf b = EVG_BUF_INIT(g->mem);
	int changed = 0;
	evg_buf_puts(&b, a->aliases);
	while (p && *p) {
		end = strchr(p, ';');
		size_t len = end ? (size_t)(end - p) : strlen(p);
		evg_actor *other = evg_graph_find_actor(g, p, len);
		if (len && other != a && !other) {
			if (b.len)
				evg_buf_putc(&b, ';');
			evg_buf_put(&b, p, len);
			S_index_key(g, a, p, len);
			changed = 1;
		}
		p = end ? end + 1 : NULL;
	}
	if (changed)
		a->aliases = evg_arena_strndup(&g->arena, b.ptr, b.len);
	evg_buf_free(&b);
}

/* A list item without white space around it, NULL when nothing is left:
 * the CSV reader trims ';'-list items, so the graph does too, and a
 * table it writes reads back the same. */
static const char *S_item(evg_graph *g, const char *s)
{
	size_t len;
	if (!s)
		return NULL;
	while (evg_isspace((unsigned char)*s))
		s++;
	len = strlen(s);
	if (!len)
		return NULL;
	if (!evg_isspace((unsigned char)s[len - 1]))
		return s;
	while (evg_isspace((unsigned char)s[len - 1]))
		len--;
	return evg_arena_strndup(&g->arena, s, len);
}

evg_actor *evg_graph_add_actor(evg_graph *g, const evg_actor_desc *desc)
{
	/* trimmed as the events' actor lists are, whatever path it came by
	 * (a row of a reduce, actors.csv, an event): the name is written in
	 * those lists */
	const char *name = S_item(g, desc->name);
	evg_actor *a;
	assert(!g->reader && "a reader is for reading");
	if (!name)
		name = "";
	a = evg_graph_find_actor(g, name, strlen(name));
	if (!a) {
		a = evg_arena_alloc(&g->arena, sizeof *a);
		a->name = evg_arena_strdup(&g->arena, name);
		a->id = S_actor_id(g, name);
		a->country = evg_arena_strdup(&g->arena, "");
		a->aliases = a->country;
		evg_map_put(&g->actor_by_id, a->id, strlen(a->id), a);
		S_index_key(g, a, name, strlen(name));
		evg_ptrvec_push(g->mem, &g->actors, a);
		g->actors_sorted = 0;
	}
	if (a->kind == EVG_ACTOR_UNKNOWN)
		a->kind = desc->kind;
	if (!a->country[0] && desc->country)
		a->country = evg_arena_strdup(&g->arena, desc->country);
	if (desc->aliases)
		S_merge_aliases(g, a, desc->aliases);
	return a;
}

/* ---- events ---- */

static int S_has_ptr(const evg_ptrvec *v, const void *p)
{
	size_t i;
	for (i = 0; i < v->len; i++)
		if (v->items[i] == p)
			return 1;
	return 0;
}

static void S_add_actors(evg_graph *g, evg_event *e, evg_ptrvec *v,
                         const char *const *names, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++) {
		evg_actor_desc d = {S_item(g, names[i]), EVG_ACTOR_UNKNOWN, NULL, NULL};
		evg_actor *a;
		if (!d.name)
			continue;
		a = evg_graph_add_actor(g, &d);
		if (S_has_ptr(v, a))
			continue;
		evg_ptrvec_push(g->mem, v, a);
		if (!S_has_ptr(&e->sources, a) + !S_has_ptr(&e->targets, a) == 1)
			a->nevents++; /* first time this event names the actor */
	}
}

void evg_graph_drop_doc_index(evg_graph *g)
{
	evg_docnames_seal(&g->docs);
}

/* Room for n more documents in e's list, exactly: a list grown by
 * doubling is a third empty, and a large corpus's events cite millions
 * of documents. */
static void S_reserve_docs(evg_graph *g, evg_event *e, size_t n)
{
	size_t want = (size_t)e->ndocs + n;
	if (want > e->capdocs) {
		if (want > UINT32_MAX)
			want = UINT32_MAX; /* there are no more references */
		e->capdocs = (uint32_t)want;
		e->docs = evg_realloc(g->mem, e->docs, want, sizeof *e->docs);
	}
}

/* The documents being added to an event: n names, or n references
 * into another store's names (tmp holds one joined). */
typedef struct S_docs_in {
	const char *const *names;
	const evg_docnames *from;
	const uint32_t *refs;
	evg_buf tmp;
	size_t n;
} S_docs_in;

/* The reference in g of document i of in; 0 when it is no name at all
 * (empty or white space). */
static int S_doc_ref(evg_graph *g, S_docs_in *in, size_t i, uint32_t *ref)
{
	const char *doc;
	if (in->from == &g->docs) {
		*ref = in->refs[i];
		return 1;
	}
	if (in->from) {
		evg_docnames_join(in->from, in->refs[i], &in->tmp);
		doc = S_item(g, in->tmp.ptr);
	} else {
		doc = S_item(g, in->names[i]);
	}
	if (!doc)
		return 0;
	*ref = evg_docnames_put(&g->docs, doc, strlen(doc));
	return 1;
}

static void S_add_docs(evg_graph *g, evg_event *e, S_docs_in *in)
{
	/* A set of references finds the repeats, where looking through the
	 * list for each new one took time in the square of an event's
	 * documents. References are offset by one: the set takes no NULL. */
	evg_ptrset set;
	size_t i;
	evg_ptrset_init(&set, g->mem, e->ndocs + in->n);
	S_reserve_docs(g, e, in->n);
	for (i = 0; i < e->ndocs; i++)
		(void)evg_ptrset_add(&set, (const void *)((uintptr_t)e->docs[i] + 1));
	for (i = 0; i < in->n; i++) {
		uint32_t ref;
		if (S_doc_ref(g, in, i, &ref) &&
		    evg_ptrset_add(&set, (const void *)((uintptr_t)ref + 1)))
			e->docs[e->ndocs++] = ref;
	}
	evg_ptrset_free(&set);
	evg_buf_free(&in->tmp);
}

static void S_add_doc_names(evg_graph *g, evg_event *e, const char *const *docs,
                            size_t n)
{
	S_docs_in in;
	memset(&in, 0, sizeof in);
	in.names = docs, in.n = n;
	in.tmp.mem = g->mem;
	S_add_docs(g, e, &in);
}

/* out = "ev-" and the 48 bits of v as 12 lower-case hex digits, as
 * snprintf's "ev-%012llx" writes them, for a fraction of its cost: the
 * merge derives an id for each of its events. */
static void S_hex_id(uint64_t v, char out[16])
{
	static const char digits[] = "0123456789abcdef";
	int i;
	memcpy(out, "ev-", 3);
	for (i = 11; i >= 0; i--, v >>= 4)
		out[3 + i] = digits[v & 15];
	out[15] = 0;
}

/* A stable id from what the event says: the same event read again gets
 * the same id, whatever the order of input. */
static void S_derive_id(const evg_event_desc *d, char out[24])
{
	char date[11];
	uint64_t h = EVG_HASH64_INIT;
	size_t i;
	const char *type = evg_event_type_name(d->type);
	evg_date_format(&d->date, date);
	h = evg_hash64(h, date, strlen(date) + 1);
	h = evg_hash64(h, type, strlen(type) + 1);
	for (i = 0; i < d->nsources; i++)
		h = evg_hash64(h, d->sources[i], d->sources[i] ? strlen(d->sources[i]) + 1 : 0);
	h = evg_hash64(h, "|", 1);
	for (i = 0; i < d->ntargets; i++)
		h = evg_hash64(h, d->targets[i], d->targets[i] ? strlen(d->targets[i]) + 1 : 0);
	if (d->evidence)
		h = evg_hash64(h, d->evidence, strlen(d->evidence));
	S_hex_id(h >> 16, out);
}

const char *evg_id_problem(const char *id)
{
	size_t n = strlen(id), i;
	if (n == 0)
		return "empty";
	if (n > 200)
		return "longer than 200 bytes";
	for (i = 0; i < n; i++)
		if ((unsigned char)id[i] < 0x20 || id[i] == 0x7f)
			return "contains a control character";
	if (evg_utf8_check(id, n) != n)
		return "not valid UTF-8";
	return NULL;
}

/* Unites what `d` says into the existing event `e`. */
static void S_merge_into(evg_graph *g, evg_event *e, const evg_event_desc *d)
{
	if (d->date.prec > e->date.prec) {
		e->date = d->date;
		g->events_sorted = 0;
	}
	S_add_actors(g, e, &e->sources, d->sources, d->nsources);
	S_add_actors(g, e, &e->targets, d->targets, d->ntargets);
	S_add_doc_names(g, e, d->docs, d->ndocs);
	if (!e->summary[0] && d->summary)
		e->summary = evg_arena_strdup(&g->arena, d->summary);
	if (!e->evidence[0] && d->evidence)
		e->evidence = evg_arena_strdup(&g->arena, d->evidence);
}

const evg_docnames *evg_graph_adopt_doc_names(evg_graph *g,
                                              evg_docnames *names)
{
	/* g's names are trimmed (S_item): others are added one by one */
	if (g->docs.count || names->padded)
		return names;
	evg_docnames_move(&g->docs, names);
	return &g->docs;
}

void evg_graph_add_event_docs(evg_graph *g, evg_event *e,
                              const evg_docnames *names, const uint32_t *refs,
                              size_t n)
{
	S_docs_in in;
	memset(&in, 0, sizeof in);
	in.from = names, in.refs = refs, in.n = n;
	in.tmp.mem = g->mem;
	S_add_docs(g, e, &in);
}

void evg_graph_reserve_events(evg_graph *g, size_t n)
{
	evg_map_reserve(&g->event_by_id, g->event_by_id.count + n);
	evg_ptrvec_reserve(g->mem, &g->events, n);
}

evg_event *evg_graph_add_event(evg_graph *g, const evg_event_desc *d)
{
	char derived[24];
	const char *id = d->id;
	evg_event *e;
	assert(g && d && !g->reader);
	if ((unsigned)d->type >= EVG_TYPE_COUNT ||
	    (unsigned)d->modality >= EVG_MOD_COUNT) {
		evg_graph_fail(g, EVG_EINVALID, "event type or modality out of range");
		return NULL;
	}
	if (!id || !id[0]) {
		S_derive_id(d, derived);
		id = derived;
	} else if (evg_id_problem(id)) {
		evg_graph_fail(g, EVG_EINVALID, "event id: %s", evg_id_problem(id));
		return NULL;
	}
	e = evg_map_get(&g->event_by_id, id, strlen(id));
	if (e) {
		S_merge_into(g, e, d);
		return e;
	}
	e = evg_arena_alloc(&g->arena, sizeof *e);
	e->id = evg_arena_strdup(&g->arena, id);
	e->date = d->date;
	e->type = d->type;
	e->cameo = evg_arena_strdup(&g->arena, d->cameo && d->cameo[0]
	                                           ? d->cameo
	                                           : evg_event_type_cameo(d->type));
	e->modality = d->modality;
	e->summary = evg_arena_strdup(&g->arena, d->summary);
	e->evidence = evg_arena_strdup(&g->arena, d->evidence);
	e->evidence_offset = d->evidence_offset;
	e->evidence_length = d->evidence_length;
	e->names = &g->docs;
	S_add_actors(g, e, &e->sources, d->sources, d->nsources);
	S_add_actors(g, e, &e->targets, d->targets, d->ntargets);
	S_add_doc_names(g, e, d->docs, d->ndocs);
	e->edges_sorted = 1;
	evg_map_put(&g->event_by_id, e->id, strlen(e->id), e);
	evg_ptrvec_push(g->mem, &g->events, e);
	g->events_sorted = 0;
	return e;
}

evg_event *evg_graph_find_event(const evg_graph *g, const char *id)
{
	assert(g && id);
	return evg_map_get(&g->event_by_id, id, strlen(id));
}

int evg_graph_add_relation(evg_graph *g, const char *from_id,
                           evg_relation_kind kind, const char *to_id)
{
	evg_event *from = evg_graph_find_event(g, from_id);
	evg_event *to = evg_graph_find_event(g, to_id);
	evg_edge *r;
	size_t i;
	char shown[64];
	assert(!g->reader && "a reader is for reading");
	if ((unsigned)kind >= EVG_REL_COUNT)
		return evg_graph_fail(g, EVG_EINVALID, "relation kind out of range");
	if (!from || !to)
		return evg_graph_fail(g, EVG_EINVALID, "relation names unknown event '%s'",
		                      evg_shown(shown, sizeof shown, from ? to_id : from_id));
	if (from == to)
		return evg_graph_fail(g, EVG_EINVALID, "event '%s' cannot relate to itself",
		                      evg_shown(shown, sizeof shown, from_id));
	for (i = 0; i < from->edges.len; i++) {
		r = from->edges.items[i];
		if (r->to == to && r->kind == kind)
			return 0;
	}
	r = evg_arena_alloc(&g->arena, sizeof *r);
	r->from = from;
	r->to = to;
	r->kind = kind;
	evg_ptrvec_push(g->mem, &from->edges, r);
	evg_ptrvec_push(g->mem, &g->edges, r);
	from->edges_sorted = 0;
	g->edges_unsorted = 1;
	return 0;
}

/* ---- order ---- */

static int S_cmp_event(const void *pa, const void *pb)
{
	const evg_event *a = *(evg_event *const *)pa, *b = *(evg_event *const *)pb;
	int c = evg_date_cmp(&a->date, &b->date);
	return c ? c : strcmp(a->id, b->id);
}

static int S_cmp_actor(const void *pa, const void *pb)
{
	const evg_actor *a = *(evg_actor *const *)pa, *b = *(evg_actor *const *)pb;
	int c = strcmp(a->name, b->name);
	return c ? c : strcmp(a->id, b->id);
}

static int S_cmp_edge(const void *pa, const void *pb)
{
	const evg_edge *a = *(evg_edge *const *)pa, *b = *(evg_edge *const *)pb;
	int c = strcmp(a->to->id, b->to->id);
	return c ? c : (int)a->kind - (int)b->kind;
}

void evg_graph_sort(const evg_graph *cg)
{
	/* Sorting is not a change a reader can observe except through
	 * order, so the lazily sorted graph is logically const. */
	evg_graph *g = (evg_graph *)cg;
	size_t i;
	if (!g->events_sorted) {
		qsort(g->events.items, g->events.len, sizeof(void *), S_cmp_event);
		g->events_sorted = 1;
	}
	if (!g->actors_sorted) {
		qsort(g->actors.items, g->actors.len, sizeof(void *), S_cmp_actor);
		g->actors_sorted = 1;
	}
	/* every accessor sorts first: only look at the events when an edge
	 * was added since, or reading a graph's events is quadratic */
	for (i = 0; g->edges_unsorted && i < g->events.len; i++) {
		evg_event *e = g->events.items[i];
		if (!e->edges_sorted) {
			qsort(e->edges.items, e->edges.len, sizeof(void *), S_cmp_edge);
			e->edges_sorted = 1;
		}
	}
	if (g->edges_unsorted) /* never written when sorted: readers share g */
		g->edges_unsorted = 0;
#ifdef EVG_DEBUG_CHECKS
	evg_graph_check(g);
#endif
}

void evg_graph_check(const evg_graph *g)
{
	size_t i, j;
	for (i = 0; i < g->events.len; i++) {
		const evg_event *e = g->events.items[i];
		if (g->events_sorted && i && S_cmp_event(&g->events.items[i - 1],
		                                         &g->events.items[i]) >= 0)
			abort();
		if (evg_graph_find_event(g, e->id) != e)
			abort();
		for (j = 0; j < e->edges.len; j++) {
			const evg_edge *r = e->edges.items[j];
			if (r->from != e || evg_graph_find_event(g, r->to->id) != r->to)
				abort();
		}
	}
	if (g->event_by_id.count != g->events.len)
		abort();
}

/* ---- accessors ---- */

size_t evg_graph_event_count(const evg_graph *g) { return g->events.len; }
size_t evg_graph_actor_count(const evg_graph *g) { return g->actors.len; }
size_t evg_graph_edge_count(const evg_graph *g) { return g->edges.len; }

const evg_event *evg_graph_event(const evg_graph *g, size_t i)
{
	evg_graph_sort(g);
	return i < g->events.len ? g->events.items[i] : NULL;
}

const evg_actor *evg_graph_actor(const evg_graph *g, size_t i)
{
	evg_graph_sort(g);
	return i < g->actors.len ? g->actors.items[i] : NULL;
}

const char *evg_event_id(const evg_event *e) { return e->id; }
evg_date evg_event_date(const evg_event *e) { return e->date; }
evg_event_type evg_event_type_of(const evg_event *e) { return e->type; }
const char *evg_event_cameo(const evg_event *e) { return e->cameo; }
evg_modality evg_event_modality(const evg_event *e) { return e->modality; }
const char *evg_event_summary(const evg_event *e) { return e->summary; }
const char *evg_event_evidence(const evg_event *e) { return e->evidence; }
size_t evg_event_source_count(const evg_event *e) { return e->sources.len; }
size_t evg_event_target_count(const evg_event *e) { return e->targets.len; }
size_t evg_event_doc_count(const evg_event *e) { return e->ndocs; }
size_t evg_event_edge_count(const evg_event *e) { return e->edges.len; }
size_t evg_event_evidence_offset(const evg_event *e) { return e->evidence_offset; }
size_t evg_event_evidence_length(const evg_event *e) { return e->evidence_length; }

const evg_actor *evg_event_source(const evg_event *e, size_t i)
{
	return i < e->sources.len ? e->sources.items[i] : NULL;
}

const evg_actor *evg_event_target(const evg_event *e, size_t i)
{
	return i < e->targets.len ? e->targets.items[i] : NULL;
}

evg_doc_name evg_event_doc(const evg_event *e, size_t i)
{
	evg_doc_name none = {NULL, NULL};
	return i < e->ndocs ? evg_docnames_get(e->names, e->docs[i]) : none;
}

const evg_edge *evg_event_edge(const evg_event *e, size_t i)
{
	/* Edge order is fixed once the graph was sorted by a reader. */
	return i < e->edges.len ? e->edges.items[i] : NULL;
}

const char *evg_actor_id(const evg_actor *a) { return a->id; }
const char *evg_actor_name(const evg_actor *a) { return a->name; }
evg_actor_kind evg_actor_kind_of(const evg_actor *a) { return a->kind; }
const char *evg_actor_country(const evg_actor *a) { return a->country; }
const char *evg_actor_aliases(const evg_actor *a) { return a->aliases; }
size_t evg_actor_event_count(const evg_actor *a) { return a->nevents; }

const evg_event *evg_edge_from(const evg_edge *r) { return r->from; }
const evg_event *evg_edge_to(const evg_edge *r) { return r->to; }
evg_relation_kind evg_edge_kind(const evg_edge *r) { return r->kind; }

/* ---- diagnostics ---- */

size_t evg_graph_diag_count(const evg_graph *g) { return g->ndiags; }

const evg_diag *evg_graph_diag(const evg_graph *g, size_t i)
{
	return i < g->ndiags ? &g->diags[i] : NULL;
}

void evg_graph_add_diag(evg_graph *g, const char *file, size_t line,
                        size_t column, const char *code, const char *message)
{
	evg_diag *d;
	assert(!g->reader && "a reader is for reading");
	if (g->ndiags == g->capdiags) {
		g->capdiags = g->capdiags ? evg_size_mul(g->capdiags, 2) : 8;
		g->diags = evg_realloc(g->mem, g->diags, g->capdiags, sizeof *g->diags);
	}
	d = &g->diags[g->ndiags++];
	d->file = evg_arena_strdup(&g->arena, file);
	d->line = line;
	d->column = column;
	d->code = evg_arena_strdup(&g->arena, code);
	d->message = evg_arena_strdup(&g->arena, message);
}
