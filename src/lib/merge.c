/* merge.c: the graph stage. Raw events from every document are grouped
 * by (type, source, target); inside a group, events on the same day are
 * one event, a month or year joins a day inside it, and an undated
 * event joins the dated one whose wording it shares most. Every choice
 * is made over the events sorted by their own content, never by input
 * order, so any order of documents gives the same graph.
 *
 * Links: a denial, criticism or counter-accusation by one side responds
 * to an accusation, report, threat or attack by the other side against
 * it, made shortly before; a media outlet's report or accusation reports
 * the acts of the accused found in the same document. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ctype.h"
#include "extract.h"
#include "sort.h"
#include "text.h"

/* A response comes within this many days after what it answers; a few
 * days before is tolerated inside one article, whose dates of reports
 * ("on Saturday") may run ahead of its own. */
enum { S_RESPONSE_DAYS = 42, S_EARLY_DAYS = 7 };

/* An article dated by its own day may tell of an event up to this many
 * days before, in at least this many shared words. */
enum { S_LAG_DAYS = 3, S_LAG_MIN_OVERLAP = 4 };

/* A word of four letters or more (a maximal run of ASCII letters), by
 * its hash in lower case. */
typedef struct S_word {
	const char *p;
	size_t len;
	uint64_t h;
} S_word;

/* The hashes of a text's long words, as a 256-bit filter: most words of
 * an event are none of its cluster's, and one bit tells most of them so
 * without a look through the cluster's words. map.h's evg_bloom is for
 * tables, 512 bytes; a text keeps at most S_MAX_WORDS words. */
typedef struct S_word_filter {
	uint64_t bits[4];
} S_word_filter;

static void S_filter_add(S_word_filter *f, uint64_t h)
{
	unsigned b = (unsigned)(h >> 56);
	f->bits[b >> 6] |= UINT64_C(1) << (b & 63);
}

/* 0 when no word added had hash h; 1 when one may have. */
static int S_filter_may(const S_word_filter *f, uint64_t h)
{
	unsigned b = (unsigned)(h >> 56);
	return (int)((f->bits[b >> 6] >> (b & 63)) & 1);
}

/* A text's long words, as S_overlap compares them with an event's. */
typedef struct S_text_words {
	size_t n;             /* how many the text has (S_words) */
	S_word_filter filter; /* of w */
	S_word w[];           /* the first S_MAX_WORDS of them */
} S_text_words;

typedef struct S_cluster {
	evg_raw_event *rep;  /* the representative: most precise, first */
	struct S_text_words *words; /* rep's: see S_cluster_words */
	evg_ptrvec members;  /* evg_raw_event * */
	evg_event *event;
	long days;           /* S_days of rep's date, which the links compare often */
	int media;
	/* Set with the event (S_make_event), for the links: */
	size_t nplaces;      /* the places that tell it (see evg_raw_add) */
	uint32_t *docs;      /* the documents that tell it, by reference,
	                        until they go to the event (S_attach_docs) */
	size_t ndocs;
} S_cluster;

static int S_cmp_str(const char *a, const char *b)
{
	return strcmp(a ? a : "", b ? b : "");
}

/* Content order: group key (type, source name, target name), then the
 * most precise and earliest date, then document (by name, in names),
 * position, evidence and the other fields (S_cmp_rest): see
 * S_sorted_events. */

static int S_same_group(const evg_raw_event *a, const evg_raw_event *b)
{
	return a->type == b->type && a->source == b->source && a->target == b->target;
}

/* ---- the content order, on keys made once ---- */

/* An actor entry and its name's rank, so the sort compares numbers, not
 * names: a few dozen names meet at each of a million comparisons. */
typedef struct S_rank {
	const evg_lex_entry *entry;
	uint64_t rank; /* equal names, equal ranks */
} S_rank;

static int S_cmp_rank_name(const void *a, const void *b)
{
	return S_cmp_str(((const S_rank *)a)->entry->name,
	                 ((const S_rank *)b)->entry->name);
}

static int S_cmp_rank_addr(const void *a, const void *b)
{
	uintptr_t x = (uintptr_t)((const S_rank *)a)->entry;
	uintptr_t y = (uintptr_t)((const S_rank *)b)->entry;
	return x < y ? -1 : x > y;
}

/* The actor entries of ev's events, each once, in address order with
 * their names' ranks, in *out (heap); returns how many. */
static size_t S_actor_ranks(const evg_mem *mem, const evg_raw_events *ev,
                            S_rank **out)
{
	evg_ptrset seen;
	S_rank *rk;
	size_t i, n = 0;
	evg_ptrset_init(&seen, mem, 0);
	for (i = 0; i < ev->len; i++) {
		(void)evg_ptrset_add(&seen, ev->items[i].source);
		(void)evg_ptrset_add(&seen, ev->items[i].target);
	}
	rk = evg_calloc(mem, seen.count ? seen.count : 1, sizeof *rk);
	for (i = 0; i <= seen.mask; i++)
		if (seen.slots[i])
			rk[n++].entry = seen.slots[i];
	evg_ptrset_free(&seen);
	qsort(rk, n, sizeof *rk, S_cmp_rank_name);
	for (i = 1; i < n; i++)
		rk[i].rank = rk[i - 1].rank + (S_cmp_rank_name(&rk[i - 1], &rk[i]) != 0);
	qsort(rk, n, sizeof *rk, S_cmp_rank_addr);
	*out = rk;
	return n;
}

/* The rank of e, one of the n entries of rk (S_actor_ranks). */
static uint64_t S_rank_of(const S_rank *rk, size_t n, const evg_lex_entry *e)
{
	size_t lo = 0, hi = n;
	while (hi - lo > 1) {
		size_t m = lo + (hi - lo) / 2;
		if ((uintptr_t)rk[m].entry <= (uintptr_t)e)
			lo = m;
		else
			hi = m;
	}
	return rk[lo].rank;
}

/* An event and the leading part of its content order as one number. */
typedef struct S_keyed {
	uint64_t group; /* type, source rank, target rank, precision finest first */
	evg_raw_event *r;
} S_keyed;

static int S_cmp_int(int a, int b)
{
	return a < b ? -1 : a > b;
}

/* What the content order compares last: the fields that the ones before
 * leave out, so that two events tie only when they are the same and the
 * representative does not depend on the order the rows came in. */
static int S_cmp_rest(const evg_raw_event *a, const evg_raw_event *b)
{
	int c = S_cmp_int(a->modality, b->modality);
	if (!c)
		c = S_cmp_str(a->cameo, b->cameo);
	if (!c)
		c = a->length < b->length ? -1 : a->length > b->length;
	if (!c)
		c = a->sentence < b->sentence ? -1 : a->sentence > b->sentence;
	if (!c)
		c = S_cmp_int(a->date_from_text, b->date_from_text);
	if (!c)
		c = S_cmp_int(a->media_report, b->media_report);
	if (!c)
		c = S_cmp_int(a->doc_undated, b->doc_undated);
	return c;
}

/* The content order (see S_same_group), on keys. */
static int S_cmp_keyed(const void *pa, const void *pb, void *names)
{
	const S_keyed *ka = pa, *kb = pb;
	const evg_raw_event *a = ka->r, *b = kb->r;
	int c;
	if (ka->group != kb->group)
		return ka->group < kb->group ? -1 : 1;
	/* of one precision: evg_date_cmp compares the parts alone */
	if (!(c = S_cmp_int(a->date.year, b->date.year)) &&
	    !(c = S_cmp_int(a->date.month, b->date.month)))
		c = S_cmp_int(a->date.day, b->date.day);
	if (!c)
		c = evg_docnames_cmp(names, a->doc, b->doc);
	if (!c)
		c = a->offset < b->offset ? -1 : a->offset > b->offset;
	if (!c)
		c = strcmp(a->evidence, b->evidence);
	return c ? c : S_cmp_rest(a, b);
}

/* ev's events in content order, as a heap array of keys. */
static S_keyed *S_sorted_events(const evg_mem *mem, evg_raw_events *ev,
                                const evg_docnames *names)
{
	S_rank *rk;
	size_t na = S_actor_ranks(mem, ev, &rk), i;
	S_keyed *k = evg_calloc(mem, ev->len, sizeof *k);
	for (i = 0; i < ev->len; i++) {
		evg_raw_event *r = &ev->items[i];
		/* mixed radix: each part below na (or 4), so the order of the
		 * numbers is that of the parts in turn */
		uint64_t g = (uint64_t)r->type * na + S_rank_of(rk, na, r->source);
		g = g * na + S_rank_of(rk, na, r->target);
		k[i].group = g * 4 + (uint64_t)(EVG_PREC_DAY - r->date.prec);
		k[i].r = r;
	}
	mem->free(rk);
	evg_sort(mem, k, ev->len, sizeof *k, S_cmp_keyed, (void *)names);
	return k;
}

/* 1 when date b lies inside date a (equal, or finer and within). */
static int S_inside(const evg_date *a, const evg_date *b)
{
	if (a->prec == EVG_PREC_UNKNOWN || b->prec < a->prec)
		return 0;
	if (a->year != b->year)
		return 0;
	if (a->prec >= EVG_PREC_MONTH && a->month != b->month)
		return 0;
	return a->prec < EVG_PREC_DAY || a->day == b->day;
}

/* An evidence sentence has a few dozen such words; a longer text is
 * compared by S_overlap_scan. */
enum { S_MAX_WORDS = 128 };

/* The long words of s, up to max of them in w; returns how many s has.
 * Each run of letters is hashed as it is read: a short one's hash is
 * thrown away, which costs less than reading the long ones twice. */
static size_t S_words(const char *s, S_word *w, size_t max)
{
	const unsigned char *p = (const unsigned char *)s, *q;
	size_t n = 0;
	while (*p) {
		uint64_t h = EVG_HASH64_INIT;
		for (q = p; evg_isalpha(*q); q++) /* ASCII letters: the lower case sets 0x20 */
			h = evg_hash64_byte(h, (unsigned char)(*q | 0x20));
		if (q - p >= 4) {
			if (n < max)
				w[n].p = (const char *)p, w[n].len = (size_t)(q - p), w[n].h = h;
			n++;
		}
		p = q > p ? q : p + 1;
	}
	return n;
}

/* S_overlap for texts with more long words than S_MAX_WORDS: each word
 * of a looked for in b, byte by byte. */
static size_t S_overlap_scan(const char *a, const char *b)
{
	size_t n = 0, i, j, la = strlen(a), lb = strlen(b);
	for (i = 0; i < la;) {
		size_t wl = 0;
		while (i + wl < la && evg_isalpha((unsigned char)a[i + wl]))
			wl++;
		if (wl >= 4) {
			for (j = 0; j + wl <= lb; j++)
				if ((j == 0 || !evg_isalpha((unsigned char)b[j - 1])) &&
				    evg_strncaseeq(a + i, b + j, wl) &&
				    (j + wl == lb || !evg_isalpha((unsigned char)b[j + wl]))) {
					n++;
					break;
				}
		}
		i += wl ? wl : 1;
	}
	return n;
}

/* How many of a's words of four letters or more (each time it has one)
 * are words of b, in any case: a rough measure of "overlapping
 * wording". A word of b is a maximal run of letters too, so a word is
 * in b when it equals one of b's words; and the texts are the merge's
 * inner loop. wa and na are a's words and their count as S_words
 * finds them, tb b's. */
static size_t S_overlap(const char *a, const S_word *wa, size_t na,
                        const char *b, const S_text_words *tb)
{
	const S_word *wb = tb->w;
	size_t n = 0, i, j;
	if (na > S_MAX_WORDS || tb->n > S_MAX_WORDS)
		return S_overlap_scan(a, b);
	for (i = 0; i < na; i++) {
		if (!S_filter_may(&tb->filter, wa[i].h))
			continue;
		for (j = 0; j < tb->n; j++)
			if (wa[i].h == wb[j].h && wa[i].len == wb[j].len &&
			    evg_strncaseeq(wa[i].p, wb[j].p, wa[i].len)) {
				n++;
				break;
			}
	}
	return n;
}

static long S_days(const evg_date *d);

/* 1 when r, dated only by its article, may be a report of c's event a
 * few days late: an article of Saturday tells what happened on Friday. */
static int S_reporting_lag(const evg_raw_event *r, const evg_raw_event *c)
{
	long d;
	if (r->date_from_text || r->date.prec != EVG_PREC_DAY ||
	    c->date.prec != EVG_PREC_DAY)
		return 0;
	d = S_days(&r->date) - S_days(&c->date);
	return d > 0 && d <= S_LAG_DAYS;
}

/* Where a day-dated event's candidates start. Events come sorted by
 * precision, then date, so when r is dated to the day every cluster of
 * its group so far is too, in date order; r can only join one of its
 * own day or a few days before (a reporting lag), a suffix found without
 * looking at the rest. Keeps a large corpus's merge from being quadratic
 * in the events of one group. */
static size_t S_day_suffix(const S_cluster *cl, size_t c0, size_t nc,
                           const evg_raw_event *r)
{
	size_t i = nc;
	long d = S_days(&r->date);
	if (r->date.prec != EVG_PREC_DAY)
		return c0;
	while (i > c0 && cl[i - 1].rep->date.prec == EVG_PREC_DAY &&
	       d - cl[i - 1].days <= S_LAG_DAYS)
		i--;
	return i;
}

/* c's rep's words, found the first time they are asked for and kept
 * in a: every event that may join the cluster is compared with them. */
static const S_text_words *S_cluster_words(S_cluster *c, evg_arena *a)
{
	S_word w[S_MAX_WORDS];
	size_t n, k;
	if (c->words)
		return c->words;
	n = S_words(c->rep->evidence, w, S_MAX_WORDS);
	k = n < S_MAX_WORDS ? n : S_MAX_WORDS;
	c->words = evg_arena_alloc(a, sizeof *c->words + k * sizeof *w);
	c->words->n = n;
	memcpy(c->words->w, w, k * sizeof *w);
	while (k--)
		S_filter_add(&c->words->filter, w[k].h);
	return c->words;
}

/* An event's words, found when first needed: most events are compared
 * with one cluster or none. */
typedef struct S_event_words {
	const evg_raw_event *r;
	S_word w[S_MAX_WORDS];
	size_t n;
	int found;
} S_event_words;

/* S_overlap of the evidence of ew's event and of c's rep. */
static size_t S_overlap_rep(S_event_words *ew, S_cluster *c, evg_arena *a)
{
	const S_text_words *tc = S_cluster_words(c, a);
	if (ew->r->evidence == c->rep->evidence)
		return tc->n; /* a text shares all its words with itself */
	if (!ew->found) {
		ew->n = S_words(ew->r->evidence, ew->w, S_MAX_WORDS);
		ew->found = 1;
	}
	return S_overlap(ew->r->evidence, ew->w, ew->n, c->rep->evidence, tc);
}

/* The cluster among [c0, nc) that r joins, or NULL; a holds the words
 * of the clusters of r's group (S_cluster_words). */
static S_cluster *S_find_cluster(S_cluster *cl, size_t c0, size_t nc,
                                 const evg_raw_event *r, evg_arena *a)
{
	S_cluster *best = NULL;
	S_event_words ew;
	size_t i, bestn = 0;
	ew.r = r, ew.found = 0;
	for (i = S_day_suffix(cl, c0, nc, r); i < nc; i++) {
		const evg_date *cd = &cl[i].rep->date;
		size_t n;
		int lag = 0;
		if (r->date.prec == EVG_PREC_UNKNOWN || cd->prec == EVG_PREC_UNKNOWN) {
			if (r->date.prec != cd->prec && r->date.prec != EVG_PREC_UNKNOWN)
				continue; /* a dated event opens its own cluster */
			if (r->date.prec != cd->prec && !r->doc_undated && r->doc != cl[i].rep->doc)
				continue; /* an undated article, or the same one, lends the date */
		} else if (!S_inside(&r->date, cd) && !(lag = S_reporting_lag(r, cl[i].rep))) {
			continue;
		}
		n = S_overlap_rep(&ew, &cl[i], a) + 1;
		if (lag && n <= S_LAG_MIN_OVERLAP)
			continue; /* a lagging report must also tell it in like words */
		if (n > bestn)
			best = &cl[i], bestn = n;
	}
	return best;
}

static const char *S_verb(evg_event_type t)
{
	static const char *const v[EVG_TYPE_COUNT] = {
		"accuses", "rejects accusations by", "carries out a cyberattack on",
		"reports on", "threatens", "criticizes", "makes demands of",
		"proposes talks to", "investigates", "sanctions", "makes a statement on"};
	return (unsigned)t < EVG_TYPE_COUNT ? v[t] : "acts on";
}

/* Adds e's actor to g, once: seen holds the entries added so far, and
 * adding one again changes nothing, yet looked each of its aliases up
 * again, for every event naming it. */
static void S_add_actor(evg_graph *g, evg_ptrset *seen, const evg_lex_entry *e)
{
	evg_actor_desc d;
	if (!evg_ptrset_add(seen, e))
		return;
	d.name = e->name;
	d.kind = e->kind;
	d.country = e->country[0] ? e->country : NULL;
	d.aliases = e->aliases[0] ? e->aliases : NULL;
	evg_graph_add_actor(g, &d);
}

/* Documents by name, in names. */
static int S_cmp_docs(const void *a, const void *b, void *names)
{
	return evg_docnames_cmp(names, *(const uint32_t *)a, *(const uint32_t *)b);
}

/* Document names are interned: one reference each. */
static int S_cmp_ref(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return x < y ? -1 : x > y;
}

/* Sets c->nplaces and c->docs from c's members, then frees the members'
 * other places, which nothing after needs: the graph grows as they go,
 * rather than on top of them all. */
static void S_cluster_docs(const evg_mem *mem, S_cluster *c)
{
	size_t i, k, j = 0, n = 0;
	for (i = 0; i < c->members.len; i++)
		n += evg_raw_places(c->members.items[i]);
	c->nplaces = n;
	c->docs = evg_calloc(mem, n, sizeof *c->docs);
	for (i = 0; i < c->members.len; i++) {
		evg_raw_event *m = c->members.items[i];
		for (k = 0; k < evg_raw_places(m); k++)
			c->docs[j++] = evg_raw_place_of(m, k).doc;
		evg_raw_drop_places(m, mem);
	}
	qsort(c->docs, n, sizeof *c->docs, S_cmp_ref);
	for (i = j = 0; i < n; i++)
		if (!j || c->docs[j - 1] != c->docs[i])
			c->docs[j++] = c->docs[i];
	c->ndocs = j;
}

/* Makes c's event, without its documents: the links need c->docs in
 * reference order, and the graph's list in name order would hold them all
 * a second time (S_attach_docs adds them once the links are made). */
static void S_make_event(evg_graph *g, evg_ptrset *seen, S_cluster *c)
{
	evg_event_desc d;
	size_t i;
	const evg_raw_event *r = c->rep;
	evg_buf sum = EVG_BUF_INIT(g->mem);
	memset(&d, 0, sizeof d);
	S_cluster_docs(g->mem, c);
	for (i = 0; i < c->members.len; i++)
		c->media |= ((const evg_raw_event *)c->members.items[i])->media_report;
	S_add_actor(g, seen, r->source);
	S_add_actor(g, seen, r->target);
	evg_buf_printf(&sum, "%s %s %s", r->source->name, S_verb(r->type), r->target->name);
	d.date = r->date;
	d.type = r->type;
	d.cameo = r->cameo && evg_isdigit((unsigned char)r->cameo[0]) ? r->cameo : NULL;
	d.sources = (const char *const *)&r->source->name;
	d.nsources = 1;
	d.targets = (const char *const *)&r->target->name;
	d.ntargets = 1;
	d.modality = r->modality;
	d.summary = sum.ptr;
	d.evidence = r->evidence;
	d.evidence_offset = r->offset;
	d.evidence_length = r->length;
	c->event = evg_graph_add_event(g, &d);
	evg_buf_free(&sum);
}

/* Gives c's event its documents, the evidence's first (its offset is
 * into docs[0]) and the others in name order, and frees c->docs. */
static void S_attach_docs(evg_graph *g, const evg_docnames *names, S_cluster *c)
{
	uint32_t *docs = c->docs;
	size_t n = c->ndocs, i;
	evg_sort(g->mem, docs, n, sizeof *docs, S_cmp_docs, (void *)names);
	for (i = 0; i < n && docs[i] != c->rep->doc; i++)
		;
	if (i < n) {
		memmove(docs + 1, docs, i * sizeof *docs);
		docs[0] = c->rep->doc;
	}
	if (c->event)
		evg_graph_add_event_docs(g, c->event, names, docs, n);
	g->mem->free(docs);
	c->docs = NULL;
	c->ndocs = 0;
}

/* ---- links ---- */

static long S_days(const evg_date *d)
{
	return (long)d->year * 372 + (long)(d->month ? d->month - 1 : 0) * 31 +
	       (d->day ? d->day - 1 : 0);
}

/* 1 when a document tells of both clusters: each of the smaller one's
 * documents looked up in the larger one's. Both lists are in reference
 * order, so each search starts where the one before it ended, and
 * lists that do not overlap at all are told apart at once. */
static int S_share_doc(const S_cluster *a, const S_cluster *b)
{
	size_t i, lo = 0;
	if (a->ndocs > b->ndocs) {
		const S_cluster *t = a;
		a = b, b = t;
	}
	if (!a->ndocs || a->docs[0] > b->docs[b->ndocs - 1] ||
	    a->docs[a->ndocs - 1] < b->docs[0])
		return 0;
	for (i = 0; i < a->ndocs; i++) {
		size_t hi = b->ndocs;
		while (lo < hi) { /* the first not before a->docs[i] */
			size_t m = lo + (hi - lo) / 2;
			if (b->docs[m] < a->docs[i])
				lo = m + 1;
			else
				hi = m;
		}
		if (lo == b->ndocs)
			return 0;
		if (b->docs[lo] == a->docs[i])
			return 1;
	}
	return 0;
}

/* What a response of type `b` can answer: a denial answers accusations
 * and reports; a counter-accusation answers acts and reports; criticism
 * answers anything hostile. */
static int S_can_answer(evg_event_type b, evg_event_type a)
{
	switch (b) {
	case EVG_TYPE_DENY:
		return a == EVG_TYPE_ACCUSE || a == EVG_TYPE_REPORT;
	case EVG_TYPE_ACCUSE:
		return a == EVG_TYPE_CYBERATTACK || a == EVG_TYPE_THREATEN ||
		       a == EVG_TYPE_REPORT;
	case EVG_TYPE_CRITICIZE:
		return a != EVG_TYPE_DENY && a != EVG_TYPE_PROPOSE &&
		       a != EVG_TYPE_STATEMENT;
	default:
		return 0;
	}
}

static int S_is_response(evg_event_type t)
{
	return t == EVG_TYPE_DENY || t == EVG_TYPE_CRITICIZE || t == EVG_TYPE_ACCUSE;
}

static int S_is_act(evg_event_type t)
{
	return t == EVG_TYPE_CYBERATTACK || t == EVG_TYPE_THREATEN ||
	       t == EVG_TYPE_SANCTION || t == EVG_TYPE_INVESTIGATE;
}

static int S_same_sentence(const S_cluster *a, const S_cluster *b)
{
	return a->rep->doc == b->rep->doc && a->rep->offset == b->rep->offset;
}

/* 1 when b may answer anything: what S_answer_score asks of b alone.
 * b's candidates are the clusters of its sides reversed (S_range), so
 * when b is between two countries, so is each of them. */
static int S_responds(const S_cluster *b)
{
	const evg_raw_event *rb = b->rep;
	if (!b->event || b->media || !S_is_response(rb->type) ||
	    rb->date.prec == EVG_PREC_UNKNOWN)
		return 0;
	if (rb->type == EVG_TYPE_ACCUSE && rb->source->kind != EVG_ACTOR_PERSON)
		return 0; /* a state's accusation of an act is not an answer to it */
	return rb->source->country[0] && rb->target->country[0] &&
	       strcmp(rb->source->country, rb->target->country) != 0;
}

/* How well b answers a, 0 when it cannot, for a responding b and an a
 * of its candidates (sides reversed, within S_RESPONSE_DAYS after and
 * S_EARLY_DAYS before: see S_link_responses): closer when b names a's
 * doer and a names b's own state. A shared document adds to the score,
 * and only an article that tells both may put the answer first. A
 * score below floor may come back as 0: the caller keeps none, and
 * looking for a shared document costs the product of the clusters'
 * sizes. */
static int S_answer_score(const S_cluster *b, const S_cluster *a, int floor)
{
	const evg_raw_event *rb = b->rep, *ra = a->rep;
	int score = 1, same_doc;
	if (a == b || !a->event || !S_can_answer(rb->type, ra->type) ||
	    ra->date.prec == EVG_PREC_UNKNOWN || S_same_sentence(a, b))
		return 0;
	if (rb->target == ra->source)
		score += 2;
	if (ra->target->kind == EVG_ACTOR_COUNTRY || rb->source == ra->target)
		score += 1;
	score = score * 4 + (a->nplaces > 1);
	if (score + 2 < floor)
		return 0;
	same_doc = S_share_doc(b, a);
	if (!same_doc && a->days > b->days)
		return 0;
	return score + (same_doc ? 2 : 0);
}

/* ---- side index: links look only at events between the right sides ---- */

/* Sides, then date: a response's candidates are a date window inside
 * one pair of sides. */
static int S_cmp_sides(const void *pa, const void *pb)
{
	const S_cluster *a = *(S_cluster *const *)pa, *b = *(S_cluster *const *)pb;
	int c = strcmp(a->rep->source->country, b->rep->source->country);
	if (c || (c = strcmp(a->rep->target->country, b->rep->target->country)))
		return c;
	return a->days < b->days ? -1 : a->days > b->days;
}

/* Where c's sides stand to (src, tgt): tgt NULL compares the source
 * side only. */
static int S_side_cmp(const S_cluster *c, const char *src, const char *tgt)
{
	int r = strcmp(c->rep->source->country, src);
	return r || !tgt ? r : strcmp(c->rep->target->country, tgt);
}

/* The range [*lo, *hi) of idx (sorted by S_cmp_sides) whose source side
 * is src and, unless tgt is NULL, whose target side is tgt. */
static void S_range(S_cluster **idx, size_t n, const char *src, const char *tgt,
                    size_t *lo, size_t *hi)
{
	size_t a = 0, b = n;
	while (a < b) { /* the first not before */
		size_t m = a + (b - a) / 2;
		if (S_side_cmp(idx[m], src, tgt) < 0)
			a = m + 1;
		else
			b = m;
	}
	*lo = a;
	b = n;
	while (a < b) { /* the first after */
		size_t m = a + (b - a) / 2;
		if (S_side_cmp(idx[m], src, tgt) <= 0)
			a = m + 1;
		else
			b = m;
	}
	*hi = a;
}

/* Narrows [*lo, *hi) of one pair of sides (in date order) to the
 * clusters dated within [from, to] days. */
static void S_window(S_cluster **idx, long from, long to, size_t *lo, size_t *hi)
{
	size_t a = *lo, b = *hi;
	while (a < b) {
		size_t m = a + (b - a) / 2;
		if (idx[m]->days < from)
			a = m + 1;
		else
			b = m;
	}
	*lo = a;
	b = *hi;
	while (a < b) {
		size_t m = a + (b - a) / 2;
		if (idx[m]->days <= to)
			a = m + 1;
		else
			b = m;
	}
	*hi = a;
}

/* Days between two clusters' dates. */
static long S_apart(const S_cluster *a, const S_cluster *b)
{
	return labs(a->days - b->days);
}

/* 1 when c is a nearer answer to b than d: fewer days apart, then by id
 * (the merge's result must not depend on the order of its input). */
static int S_nearer(const S_cluster *b, const S_cluster *c, const S_cluster *d)
{
	long x = S_apart(b, c), y = S_apart(b, d);
	return x != y ? x < y : strcmp(c->event->id, d->event->id) < 0;
}

/* A response answers at most this many events: a denial answers the
 * claims of its week, and a corpus that tells one claim on a thousand
 * dates must not make a thousand answers of it. */
enum { S_MAX_ANSWERS = 4 };

/* Links each response to what it answers best and, of answers as good,
 * to the S_MAX_ANSWERS nearest in time. */
static void S_link_responses(evg_graph *g, S_cluster **idx, size_t nc)
{
	size_t i, j, k, lo, hi, n;
	S_cluster *keep[S_MAX_ANSWERS];
	for (i = 0; i < nc; i++) {
		S_cluster *b = idx[i];
		int best = 0, sc;
		if (!S_responds(b))
			continue;
		S_range(idx, nc, b->rep->target->country, b->rep->source->country, &lo, &hi);
		S_window(idx, b->days - S_RESPONSE_DAYS, b->days + S_EARLY_DAYS, &lo, &hi);
		for (j = lo, n = 0; j < hi; j++) {
			if ((sc = S_answer_score(b, idx[j], best)) < best || !sc)
				continue;
			if (sc > best)
				best = sc, n = 0;
			/* keep[0, n) stays sorted, nearest first */
			for (k = n; k > 0 && S_nearer(b, idx[j], keep[k - 1]); k--)
				if (k < S_MAX_ANSWERS)
					keep[k] = keep[k - 1];
			if (k < S_MAX_ANSWERS)
				keep[k] = idx[j];
			if (n < S_MAX_ANSWERS)
				n++;
		}
		for (k = 0; k < n; k++)
			evg_graph_add_relation(g, b->event->id, EVG_REL_RESPONDS_TO,
			                       keep[k]->event->id);
	}
}

/* The acts each document tells, by position in a list of acts: those
 * of document reference d are pos[first[d], first[d + 1]), in order.
 * A report links only to acts told in one of its articles, and few
 * acts are, of the many between the right sides. first has an entry
 * for every document of the corpus, which is why the entries are 32
 * bits, as document references are: on the 1 GB bench corpus 64 bits
 * raised the whole build's peak by 3.5 MB. */
typedef struct S_doc_acts {
	uint32_t *first; /* nrefs + 1 */
	uint32_t *pos;
	size_t nrefs;    /* one past the highest reference */
} S_doc_acts;

static void S_doc_acts_init(S_doc_acts *da, const evg_mem *mem,
                            S_cluster *const *acts, size_t nacts)
{
	size_t i, k, d, n = 0;
	da->nrefs = 0;
	for (i = 0; i < nacts; i++) {
		n += acts[i]->ndocs;
		if (acts[i]->ndocs && acts[i]->docs[acts[i]->ndocs - 1] >= da->nrefs)
			da->nrefs = (size_t)acts[i]->docs[acts[i]->ndocs - 1] + 1;
	}
	/* More act-document pairs than 32 bits count would take hundreds
	 * of gigabytes of events before this; like an overflowing size, it
	 * is not survived. */
	if (n > UINT32_MAX || nacts > UINT32_MAX)
		abort();
	/* counted into first[d + 1], summed, then filled moving first[d]
	 * up to where d's positions end, which is first[d + 1]'s start */
	da->first = evg_calloc(mem, da->nrefs + 1, sizeof *da->first);
	da->pos = evg_calloc(mem, n ? n : 1, sizeof *da->pos);
	for (i = 0; i < nacts; i++)
		for (k = 0; k < acts[i]->ndocs; k++)
			da->first[acts[i]->docs[k] + 1]++;
	for (d = 0; d < da->nrefs; d++)
		da->first[d + 1] += da->first[d];
	for (i = 0; i < nacts; i++)
		for (k = 0; k < acts[i]->ndocs; k++)
			da->pos[da->first[acts[i]->docs[k]]++] = (uint32_t)i;
	for (d = da->nrefs; d > 0; d--)
		da->first[d] = da->first[d - 1];
	da->first[0] = 0;
}

static void S_doc_acts_free(S_doc_acts *da, const evg_mem *mem)
{
	mem->free(da->first);
	mem->free(da->pos);
}

static int S_cmp_pos(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	return x < y ? -1 : x > y;
}

/* The positions in [lo, hi) of the acts told in one of c's documents,
 * each once and in order, in *out (grown as needed); returns how many. */
static size_t S_acts_told(const evg_mem *mem, const S_doc_acts *da,
                          const S_cluster *c, size_t lo, size_t hi,
                          size_t **out, size_t *cap)
{
	size_t i, k, n = 0, m = 0;
	for (i = 0; i < c->ndocs && c->docs[i] < da->nrefs; i++)
		for (k = da->first[c->docs[i]]; k < da->first[c->docs[i] + 1]; k++) {
			if (da->pos[k] < lo || da->pos[k] >= hi)
				continue;
			if (n == *cap) {
				*cap = *cap ? evg_size_mul(*cap, 2) : 64;
				*out = evg_realloc(mem, *out, *cap, sizeof **out);
			}
			(*out)[n++] = da->pos[k];
		}
	if (n > 1) /* *out is still NULL when no act was found */
		qsort(*out, n, sizeof **out, S_cmp_pos);
	for (i = 0; i < n; i++)
		if (!m || (*out)[m - 1] != (*out)[i])
			(*out)[m++] = (*out)[i];
	return m;
}

/* A media report or accusation reports the acts of the one it names,
 * found in the same article. */
static void S_link_reports(evg_graph *g, S_cluster **idx, size_t nc)
{
	/* The acts a report may tell of, in idx's order: each report looks
	 * through the acts of its side told in its articles, not through
	 * every cluster there. */
	S_cluster **acts = evg_calloc(g->mem, nc ? nc : 1, sizeof *acts);
	S_doc_acts da;
	size_t *told = NULL, ntold, cap = 0;
	size_t i, j, lo, hi, nacts = 0;
	for (i = 0; i < nc; i++)
		if (idx[i]->event && !idx[i]->media && S_is_act(idx[i]->rep->type))
			acts[nacts++] = idx[i];
	S_doc_acts_init(&da, g->mem, acts, nacts);
	for (i = 0; i < nc; i++) {
		const evg_raw_event *a = idx[i]->rep;
		if (!idx[i]->event || !idx[i]->media)
			continue;
		S_range(acts, nacts, a->target->country, NULL, &lo, &hi);
		ntold = lo < hi ? S_acts_told(g->mem, &da, idx[i], lo, hi, &told, &cap) : 0;
		for (j = 0; j < ntold; j++) {
			const evg_raw_event *b = acts[told[j]]->rep;
			if (b->source != a->target && a->target->kind != EVG_ACTOR_COUNTRY)
				continue; /* GRU's acts are Russia's, not DHS's */
			if (evg_date_cmp(&b->date, &a->date) > 0 && !S_inside(&b->date, &a->date) &&
			    !S_inside(&a->date, &b->date))
				continue; /* a report tells of what came before it */
			evg_graph_add_relation(g, idx[i]->event->id, EVG_REL_REPORTS,
			                       acts[told[j]]->event->id);
		}
	}
	if (told)
		g->mem->free(told);
	S_doc_acts_free(&da, g->mem);
	g->mem->free(acts);
}

void evg_merge_into_graph(evg_graph *g, evg_raw_events *ev)
{
	S_keyed *v;
	S_cluster *cl = NULL, **idx;
	evg_arena words;
	evg_ptrset seen;
	const evg_docnames *names;
	size_t i, nc = 0, cap = 0, g0 = 0;
	if (!ev->len)
		return;
	/* the graph takes the names over rather than copy them */
	names = evg_graph_adopt_doc_names(g, &ev->names);
	v = S_sorted_events(g->mem, ev, names);
	evg_arena_init(&words, g->mem);
	for (i = 0; i < ev->len; i++) {
		S_cluster *c;
		if (i && !S_same_group(v[i - 1].r, v[i].r)) {
			g0 = nc; /* clusters of this group start here */
			/* no event looks at another group's clusters again:
			 * their words (left dangling) can go */
			evg_arena_reset(&words);
		}
		c = S_find_cluster(cl, g0, nc, v[i].r, &words);
		if (!c) {
			/* grown as clusters open: a large corpus has many raw
			 * events to each cluster */
			if (nc == cap) {
				cap = cap ? cap * 2 : 256;
				cl = evg_realloc(g->mem, cl, cap, sizeof *cl);
			}
			c = &cl[nc++];
			memset(c, 0, sizeof *c);
			c->rep = v[i].r;
			c->days = S_days(&c->rep->date);
		}
		evg_ptrvec_push(g->mem, &c->members, v[i].r);
	}
	evg_arena_release(&words); /* the clusters' words */
	g->mem->free(v); /* the members hold the events: room for the graph */
	idx = evg_calloc(g->mem, nc, sizeof *idx);
	evg_ptrset_init(&seen, g->mem, 0);
	for (i = 0; i < nc; i++) {
		S_make_event(g, &seen, &cl[i]);
		idx[i] = &cl[i];
	}
	evg_ptrset_free(&seen);
	qsort(idx, nc, sizeof *idx, S_cmp_sides);
	S_link_responses(g, idx, nc);
	S_link_reports(g, idx, nc);
	for (i = 0; i < nc; i++) {
		evg_ptrvec_free(g->mem, &cl[i].members);
		S_attach_docs(g, names, &cl[i]);
	}
	g->mem->free(idx);
	g->mem->free(cl);
}

/* ---- one entry per actor name ---- */

typedef struct S_pick {
	evg_lex_entry *entry;
	const evg_raw_event *by; /* the event it was taken from */
	/* evg_docnames_cmp of doc and by's document, when known: a
	 * document's mentions of a name come one after another, and
	 * comparing names is the cost of the choice */
	uint32_t doc;
	int doc_cmp, doc_known;
} S_pick;

/* The order of document d against the one p's choice was made in. */
static int S_doc_cmp(const evg_docnames *names, S_pick *p, uint32_t d)
{
	if (!p->doc_known || p->doc != d) {
		p->doc_cmp = evg_docnames_cmp(names, d, p->by->doc);
		p->doc = d, p->doc_known = 1;
	}
	return p->doc_cmp;
}

/* Which of two mentions of a name decides its kind and country: the one
 * earliest in the documents' name order, then by content, so that the
 * choice does not depend on which parser saw which document first.
 * The mention of p is the other one. */
static int S_earlier(const evg_docnames *names, const evg_raw_event *a,
                     const evg_lex_entry *ea, S_pick *p)
{
	const evg_raw_event *b = p->by;
	const evg_lex_entry *eb = p->entry;
	int c = S_doc_cmp(names, p, a->doc);
	if (!c)
		c = a->offset < b->offset ? -1 : a->offset > b->offset;
	if (!c && ea == eb)
		return 0; /* one entry: its content ties */
	if (!c)
		c = (int)ea->kind - (int)eb->kind;
	if (!c)
		c = strcmp(ea->country, eb->country);
	if (!c)
		c = strcmp(ea->aliases, eb->aliases);
	return c < 0;
}

static void S_consider(evg_map *m, evg_arena *a, const evg_docnames *names,
                       const evg_raw_event *r, evg_lex_entry *e)
{
	size_t n = strlen(e->name);
	S_pick *p = evg_map_get(m, e->name, n);
	if (!p) {
		p = evg_arena_alloc(a, sizeof *p);
		evg_map_put(m, e->name, n, p);
	} else if (!S_earlier(names, r, e, p)) {
		/* p keeps its earliest mention even when the entry is the
		 * same: a mention with another entry is judged against it */
		return;
	}
	p->entry = e;
	p->by = r;
	p->doc_known = 0; /* by's document is another */
}

void evg_canon_actors(const evg_mem *mem, evg_raw_events *ev)
{
	evg_map m;
	evg_arena a;
	size_t i;
	S_pick *p;
	evg_map_init(&m, mem);
	evg_arena_init(&a, mem);
	for (i = 0; i < ev->len; i++) {
		S_consider(&m, &a, &ev->names, &ev->items[i], ev->items[i].source);
		S_consider(&m, &a, &ev->names, &ev->items[i], ev->items[i].target);
	}
	for (i = 0; i < ev->len; i++) {
		evg_raw_event *r = &ev->items[i];
		p = evg_map_get(&m, r->source->name, strlen(r->source->name));
		r->source = p->entry;
		p = evg_map_get(&m, r->target->name, strlen(r->target->name));
		r->target = p->entry;
	}
	evg_map_free(&m);
	evg_arena_release(&a);
}
