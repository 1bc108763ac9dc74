/* raw.c: the raw event store (see extract.h). Events are folded as they
 * are added, through an open-addressing index of their content: a
 * corpus that tells one event in a thousand articles keeps one event and
 * a thousand places, not a thousand copies of its evidence. The merge
 * keeps a folded event's places together in one cluster and counts each
 * as a member; undated events, which the merge places by their
 * document, are never folded. */
#include <stdint.h>
#include <string.h>

#include "extract.h"
#include "text.h"

static uint64_t S_hash_str(uint64_t h, const char *s)
{
	return evg_hash64(h, s ? s : "", s ? strlen(s) + 1 : 1);
}

static uint64_t S_hash(const evg_raw_event *r)
{
	int k[9];
	uint64_t h;
	k[0] = (int)r->type, k[1] = r->date.year, k[2] = r->date.month;
	k[3] = r->date.day, k[4] = (int)r->date.prec, k[5] = r->date_from_text;
	k[6] = (int)r->modality, k[7] = r->media_report, k[8] = r->doc_undated;
	h = evg_hash64(EVG_HASH64_INIT, k, sizeof k);
	h = S_hash_str(h, r->cameo);
	h = S_hash_str(h, r->source->name);
	h = S_hash_str(h, r->target->name);
	/* the one copy of the text (S_text), as S_same compares it */
	return evg_hash64(h, &r->evidence, sizeof r->evidence);
}

/* The same actor as far as any output can tell: name, kind, country and
 * aliases (the entries themselves may be copies). */
static int S_same_actor(const evg_lex_entry *a, const evg_lex_entry *b)
{
	return a == b || (a->kind == b->kind && !strcmp(a->name, b->name) &&
	                  !strcmp(a->country, b->country) &&
	                  !strcmp(a->aliases, b->aliases));
}

static int S_streq(const char *a, const char *b)
{
	return !strcmp(a ? a : "", b ? b : "");
}

static int S_same(const evg_raw_event *a, const evg_raw_event *b)
{
	return a->type == b->type && a->date.prec == b->date.prec &&
	       a->date.year == b->date.year && a->date.month == b->date.month &&
	       a->date.day == b->date.day && a->date_from_text == b->date_from_text &&
	       a->modality == b->modality && a->media_report == b->media_report &&
	       a->doc_undated == b->doc_undated && S_streq(a->cameo, b->cameo) &&
	       S_same_actor(a->source, b->source) && S_same_actor(a->target, b->target) &&
	       a->evidence == b->evidence; /* one copy of each text (S_text) */
}

/* The slot of r's content: where it is, or the empty one to put it. */
static size_t *S_slot(const evg_raw_events *ev, const evg_raw_event *r)
{
	size_t mask = ev->nslots - 1, i = (size_t)S_hash(r) & mask;
	while (ev->slots[i] && !S_same(&ev->items[ev->slots[i] - 1], r))
		i = (i + 1) & mask;
	return &ev->slots[i];
}

/* Dated (the merge places undated events by their document), and with
 * a place that fits an evg_raw_place. An event beyond (a sentence of
 * 64 KiB, the 65,536th sentence of a document) is kept whole: the same
 * graph, at a little more room. */
static int S_foldable(const evg_raw_event *r)
{
	return r->date.prec != EVG_PREC_UNKNOWN && r->offset <= UINT32_MAX &&
	       r->length <= UINT16_MAX && r->sentence <= UINT16_MAX;
}

static void S_reindex(evg_raw_events *ev, const evg_mem *mem)
{
	size_t i, want = ev->nslots ? evg_size_mul(ev->nslots, 2) : 64;
	if (ev->slots)
		mem->free(ev->slots);
	while (want < evg_size_mul(ev->len + 1, 2))
		want = evg_size_mul(want, 2); /* after evg_raw_seal, at once */
	ev->nslots = want;
	ev->slots = evg_calloc(mem, ev->nslots, sizeof *ev->slots);
	for (i = 0; i < ev->len; i++)
		if (S_foldable(&ev->items[i]))
			*S_slot(ev, &ev->items[i]) = i + 1;
}

/* r's own place; r is foldable, so it fits. */
static evg_raw_place S_own(const evg_raw_event *r)
{
	evg_raw_place p;
	p.doc = r->doc, p.offset = (uint32_t)r->offset;
	p.length = (uint16_t)r->length, p.sentence = (uint16_t)r->sentence;
	return p;
}

/* Place order: document, offset, then length and sentence, so that the
 * event's own place does not depend on which of two came first. */
static int S_before(const evg_docnames *names, const evg_raw_place *a,
                    const evg_raw_place *b)
{
	int c = evg_docnames_cmp(names, a->doc, b->doc);
	if (!c)
		c = a->offset < b->offset ? -1 : a->offset > b->offset;
	if (!c)
		c = a->length < b->length ? -1 : a->length > b->length;
	if (!c)
		c = a->sentence < b->sentence ? -1 : a->sentence > b->sentence;
	return c < 0;
}

/* Adds r's place to e, the same event; r's becomes e's own place when
 * it comes first. */
static void S_fold(const evg_raw_events *ev, evg_raw_event *e,
                   const evg_mem *mem, const evg_raw_event *r)
{
	evg_raw_place mine = S_own(e), theirs = S_own(r);
	if (e->nalso == e->calso) {
		e->calso = e->calso ? (uint32_t)evg_size_mul(e->calso, 2) : 4;
		e->also = evg_realloc(mem, e->also, e->calso, sizeof *e->also);
	}
	if (S_before(&ev->names, &theirs, &mine)) {
		e->also[e->nalso++] = mine;
		e->doc = r->doc, e->offset = r->offset, e->length = r->length;
		e->sentence = r->sentence;
	} else {
		e->also[e->nalso++] = theirs;
	}
}

/* The one copy of r's evidence in ev (r's, when it is the first). */
static char *S_text(evg_raw_events *ev, const evg_mem *mem, char *text)
{
	size_t n;
	uint64_t h;
	char *kept;
	/* The events of a sentence are added one after another, each with
	 * its own copy of the text: the last event stored is likely to be of
	 * the same sentence, and strcmp tells sooner than a hash of the
	 * whole text. */
	if (ev->len && !strcmp(kept = ev->items[ev->len - 1].evidence, text)) {
		mem->free(text);
		return kept;
	}
	n = strlen(text);
	h = evg_hash64(EVG_HASH64_INIT, text, n);
	if ((kept = evg_map_get_hashed(&ev->texts, text, n, h))) {
		mem->free(text);
		return kept;
	}
	evg_map_put_hashed(&ev->texts, text, n, h, text);
	return text;
}

void evg_raw_init(evg_raw_events *ev, const evg_mem *mem)
{
	memset(ev, 0, sizeof *ev);
	evg_map_init(&ev->texts, mem);
	evg_docnames_init(&ev->names, mem);
}

void evg_raw_add(evg_raw_events *ev, const evg_mem *mem, const evg_raw_event *r)
{
	size_t *slot = NULL;
	evg_raw_event one = *r;
	one.evidence = S_text(ev, mem, r->evidence);
	r = &one;
	if (S_foldable(r)) {
		if ((ev->len + 1) * 2 > ev->nslots)
			S_reindex(ev, mem);
		slot = S_slot(ev, r);
		if (*slot) {
			S_fold(ev, &ev->items[*slot - 1], mem, r);
			return;
		}
	}
	if (ev->len == ev->cap) {
		ev->cap = ev->cap ? evg_size_mul(ev->cap, 2) : 32;
		ev->items = evg_realloc(mem, ev->items, ev->cap, sizeof *ev->items);
	}
	ev->items[ev->len] = *r;
	ev->items[ev->len].also = NULL;
	ev->items[ev->len].nalso = ev->items[ev->len].calso = 0;
	ev->len++;
	if (slot)
		*slot = ev->len;
}

size_t evg_raw_places(const evg_raw_event *r)
{
	return 1 + r->nalso;
}

evg_raw_at evg_raw_place_of(const evg_raw_event *r, size_t i)
{
	evg_raw_at at;
	if (!i) {
		at.doc = r->doc, at.offset = r->offset, at.length = r->length;
		at.sentence = r->sentence;
	} else {
		const evg_raw_place *p = &r->also[i - 1];
		at.doc = p->doc, at.offset = p->offset, at.length = p->length;
		at.sentence = p->sentence;
	}
	return at;
}

void evg_raw_drop_places(evg_raw_event *r, const evg_mem *mem)
{
	if (r->also)
		mem->free(r->also);
	r->also = NULL;
	r->nalso = r->calso = 0;
}

void evg_raw_seal(evg_raw_events *ev, const evg_mem *mem)
{
	if (ev->slots)
		mem->free(ev->slots);
	ev->slots = NULL;
	ev->nslots = 0;
	/* The array grew by doubling: up to half of it is empty. */
	if (ev->len && ev->len < ev->cap) {
		ev->items = evg_realloc(mem, ev->items, ev->len, sizeof *ev->items);
		ev->cap = ev->len;
	}
}

void evg_raw_free(evg_raw_events *ev, const evg_mem *mem)
{
	size_t i;
	for (i = 0; i < ev->len; i++)
		if (ev->items[i].also)
			mem->free(ev->items[i].also);
	for (i = 0; i < ev->texts.cap; i++) /* the evidence, one copy each */
		if (ev->texts.slots[i].key)
			mem->free(ev->texts.slots[i].value);
	evg_map_free(&ev->texts);
	evg_docnames_free(&ev->names);
	if (ev->items)
		mem->free(ev->items);
	if (ev->slots)
		mem->free(ev->slots);
	evg_raw_init(ev, mem);
}
