/* rows.c: raw events as CSV rows, the interchange between `evgraph
 * extract` (the map) and `evgraph merge` (the reduce). A row carries all
 * the cross-document merge reads: the event, both actors in full, the
 * document and the evidence's place in it. Rows have no header and one
 * line each (evidence is folded onto one line), so `sort`, `cat` and
 * Hadoop Streaming can shuffle them freely: the merge does not depend on
 * their order. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csvrows.h"
#include "ctype.h"
#include "extract.h"
#include "render.h"
#include "text.h"

/* The columns, in order; a header row naming them is accepted on input. */
static const char *const S_cols[] = {
	"doc", "offset", "length", "sentence", "type", "cameo", "date",
	"from_text", "modality", "media", "doc_undated", "source", "source_kind",
	"source_country", "source_aliases", "target", "target_kind",
	"target_country", "target_aliases", "evidence"};
enum { S_NCOLS = sizeof S_cols / sizeof *S_cols };

/* A number's cell, never the first: digits go out as they are. */
static void S_put_num(evg_buf *b, size_t v)
{
	char cell[21];
	cell[0] = ',';
	evg_buf_put(b, cell, 1 + evg_fmt_uint(cell + 1, v));
}

static void S_put_str(evg_buf *b, const char *s, int first)
{
	evg_csv_put_cell(b, s ? s : "", s ? strlen(s) : 0, first);
}

enum { S_SEEN = 16 }; /* actors whose cells a writer keeps */

/* What a writer keeps from row to row. A document's rows name the same
 * few actors again and again, and their alias lists are most of a row's
 * bytes: an actor's four cells are made once and copied after. Rows of
 * one document come together, so its cell is kept the same way. */
typedef struct S_writer {
	evg_buf *b;
	evg_buf cells; /* the actors' cells, as made: it grows by the bytes
	                  of each actor not in seen, as the rows would */
	struct {
		const evg_lex_entry *e;
		size_t off, len; /* in cells */
	} seen[S_SEEN];      /* filled in turn, then the oldest replaced */
	size_t nseen;
	evg_buf name;        /* the current document's name */
	evg_buf doc;         /* and its cell */
	uint32_t doc_ref;
} S_writer;

static void S_put_actor(S_writer *w, const evg_lex_entry *e)
{
	size_t i, n = w->nseen < S_SEEN ? w->nseen : S_SEEN;
	for (i = 0; i < n && w->seen[i].e != e; i++)
		;
	if (i == n) {
		i = w->nseen++ % S_SEEN;
		w->seen[i].e = e;
		w->seen[i].off = w->cells.len;
		S_put_str(&w->cells, e->name, 0);
		S_put_str(&w->cells, evg_actor_kind_name(e->kind), 0);
		S_put_str(&w->cells, e->country, 0);
		S_put_str(&w->cells, e->aliases, 0);
		w->seen[i].len = w->cells.len - w->seen[i].off;
	}
	evg_buf_put(w->b, w->cells.ptr + w->seen[i].off, w->seen[i].len);
}

/* The document's cell opens the row. */
static void S_put_doc(S_writer *w, const evg_docnames *names, uint32_t ref)
{
	if (!w->doc.len || ref != w->doc_ref) {
		evg_docnames_join(names, ref, &w->name);
		evg_buf_clear(&w->doc);
		evg_csv_put_cell(&w->doc, w->name.ptr, w->name.len, 1);
		w->doc_ref = ref;
	}
	evg_buf_put(w->b, w->doc.ptr, w->doc.len);
}

/* One row: r as told at place p. */
static void S_put_row(S_writer *w, const evg_raw_events *ev,
                      const evg_raw_event *r, evg_raw_at p)
{
	evg_buf *b = w->b;
	char date[11];
	S_put_doc(w, &ev->names, p.doc);
	S_put_num(b, p.offset);
	S_put_num(b, p.length);
	S_put_num(b, p.sentence);
	S_put_str(b, evg_event_type_name(r->type), 0);
	S_put_str(b, r->cameo, 0);
	S_put_str(b, evg_date_format(&r->date, date), 0);
	S_put_num(b, (size_t)r->date_from_text);
	S_put_str(b, evg_modality_name(r->modality), 0);
	S_put_num(b, (size_t)r->media_report);
	S_put_num(b, (size_t)r->doc_undated);
	S_put_actor(w, r->source);
	S_put_actor(w, r->target);
	S_put_str(b, r->evidence, 0);
	evg_csv_end_record(b);
}

/* A folded event gives one row per place, as if it had not been. */
void evg_rows_write(evg_buf *b, const evg_raw_events *ev)
{
	S_writer w;
	size_t i, k;
	memset(&w, 0, sizeof w);
	w.b = b;
	w.cells.mem = w.name.mem = w.doc.mem = b->mem;
	/* Room for the rows at once, not grown and copied six times over a
	 * document's: a row is some 700 bytes, most of them alias lists. */
	evg_buf_grow(b, evg_size_mul(ev->len, 1024));
	evg_buf_grow(&w.cells, 4096); /* ten actors or so, the same way */
	for (i = 0; i < ev->len; i++)
		for (k = 0; k < evg_raw_places(&ev->items[i]); k++)
			S_put_row(&w, ev, &ev->items[i], evg_raw_place_of(&ev->items[i], k));
	evg_buf_free(&w.cells);
	evg_buf_free(&w.name);
	evg_buf_free(&w.doc);
}

/* ---- reading ---- */

enum { S_SEEN_ACTORS = 256 }; /* a power of two */

typedef struct S_reader {
	const evg_mem *mem;
	evg_raw_events *ev;
	evg_arena *keep;
	evg_map *actors; /* the four cells, NUL-separated -> entry */
	evg_buf key;     /* such a key being made, its room kept row to row */
	/* Entries met, by a hash of the name alone, with their keys' lengths
	 * (the key is at e->name). Alias lists make keys of hundreds of
	 * bytes, and most rows name an actor met before: hashing the short
	 * name and comparing one key costs far less than hashing the key.
	 * Two actors in one slot only send each other to the map. */
	struct S_seen_actor {
		evg_lex_entry *e;
		size_t klen;
	} seen[S_SEEN_ACTORS];
	const char *name;
	const evg_csv_row *row;
	char *err;
	size_t errlen;
} S_reader;

static int S_bad(S_reader *rd, size_t col, const char *what)
{
	snprintf(rd->err, rd->errlen, "%s:%zu:%zu: %s: %s", rd->name, rd->row->line,
	         col + 1, S_cols[col], what);
	return EVG_EINVALID;
}

static int S_num(S_reader *rd, size_t col, size_t max, size_t *out)
{
	const char *s = rd->row->fields[col];
	size_t v = 0, i;
	if (!s[0])
		return S_bad(rd, col, "not a number");
	for (i = 0; s[i]; i++) {
		if (!evg_isdigit((unsigned char)s[i]) || v > (max - (size_t)(s[i] - '0')) / 10)
			return S_bad(rd, col, "not a number in range");
		v = v * 10 + (size_t)(s[i] - '0');
	}
	*out = v;
	return 0;
}

static const char *S_field(S_reader *rd, size_t col, size_t *len)
{
	char *s = rd->row->fields[col];
	*len = rd->row->lens[col];
	evg_csv_unneutralise(s, len);
	s[*len] = 0;
	return s;
}

/* 1 when the key of klen bytes is the cells s[0..3] (NUL-terminated,
 * lens without the NUL), each followed by its NUL. */
static int S_is_key(const char *key, size_t klen, const char *const *s,
                    const size_t *lens)
{
	size_t k, off = 0;
	if (klen != lens[0] + lens[1] + lens[2] + lens[3] + 4)
		return 0;
	for (k = 0; k < 4; k++) {
		if (memcmp(key + off, s[k], lens[k] + 1))
			return 0;
		off += lens[k] + 1;
	}
	return 1;
}

/* The map's entry for the key rd->key made of the cells, added when new. */
static evg_lex_entry *S_lookup(S_reader *rd, evg_actor_kind kind)
{
	evg_buf *key = &rd->key;
	uint64_t h = evg_hash64(EVG_HASH64_INIT, key->ptr, key->len);
	evg_lex_entry *e = evg_map_get_hashed(rd->actors, key->ptr, key->len, h);
	if (!e) {
		char *kk = evg_arena_strndup(rd->keep, key->ptr, key->len);
		e = evg_arena_alloc(rd->keep, sizeof *e);
		e->name = kk;
		e->kind = kind;
		e->country = kk + strlen(kk) + 1;
		e->country += strlen(e->country) + 1; /* skip the kind */
		e->aliases = e->country + strlen(e->country) + 1;
		evg_map_put_hashed(rd->actors, kk, key->len, h, e);
	}
	return e;
}

/* An actor's four cells; rows naming the same actor alike share one
 * entry, so memory grows with the actors, not with the rows. */
static int S_actor(S_reader *rd, size_t col, evg_lex_entry **out)
{
	const char *s[4];
	size_t lens[4], k;
	evg_actor_kind kind;
	struct S_seen_actor *seen;
	s[0] = S_field(rd, col, &lens[0]);
	if (evg_is_blank(s[0], lens[0]))
		return S_bad(rd, col, "empty actor name");
	s[1] = S_field(rd, col + 1, &lens[1]);
	if (evg_actor_kind_from_name(&kind, s[1], lens[1]))
		return S_bad(rd, col + 1, "unknown actor kind");
	s[2] = S_field(rd, col + 2, &lens[2]);
	s[3] = S_field(rd, col + 3, &lens[3]);
	seen = &rd->seen[evg_hash64(EVG_HASH64_INIT, s[0], lens[0]) &
	                 (S_SEEN_ACTORS - 1)];
	if (!seen->e || !S_is_key(seen->e->name, seen->klen, s, lens)) {
		evg_buf_clear(&rd->key);
		for (k = 0; k < 4; k++)
			evg_buf_put(&rd->key, s[k], lens[k] + 1); /* NUL-separated */
		seen->e = S_lookup(rd, kind);
		seen->klen = rd->key.len;
	}
	*out = seen->e;
	return 0;
}

/* The event fields of a row (everything but document and actors). */
static int S_event(S_reader *rd, evg_raw_event *r)
{
	size_t len, v;
	const char *s = S_field(rd, 4, &len);
	if (evg_event_type_from_name(&r->type, s, len))
		return S_bad(rd, 4, "unknown event type");
	s = S_field(rd, 5, &len);
	r->cameo = len ? evg_arena_strndup(rd->keep, s, len) : NULL;
	s = S_field(rd, 6, &len);
	if (evg_date_parse(&r->date, s, len))
		return S_bad(rd, 6, "not an ISO date");
	if (S_num(rd, 7, 1, &v))
		return EVG_EINVALID;
	r->date_from_text = (int)v;
	s = S_field(rd, 8, &len);
	if (evg_modality_from_name(&r->modality, s, len))
		return S_bad(rd, 8, "unknown modality");
	if (S_num(rd, 9, 1, &v))
		return EVG_EINVALID;
	r->media_report = (int)v;
	if (S_num(rd, 10, 1, &v))
		return EVG_EINVALID;
	r->doc_undated = (int)v;
	return 0;
}

static int S_row(S_reader *rd, evg_raw_event *r)
{
	size_t len, doclen;
	const char *s, *doc;
	memset(r, 0, sizeof *r);
	if (rd->row->nfields != S_NCOLS) {
		snprintf(rd->err, rd->errlen, "%s:%zu:1: %zu fields, an event row has %d",
		         rd->name, rd->row->line, rd->row->nfields, (int)S_NCOLS);
		return EVG_EINVALID;
	}
	doc = S_field(rd, 0, &doclen);
	if (!doclen)
		return S_bad(rd, 0, "empty document name");
	if (S_num(rd, 1, (size_t)-1, &r->offset) || S_num(rd, 2, (size_t)-1, &r->length) ||
	    S_num(rd, 3, (size_t)-1, &r->sentence) || S_event(rd, r) ||
	    S_actor(rd, 11, &r->source) || S_actor(rd, 15, &r->target))
		return EVG_EINVALID;
	/* kept only for a row that is added */
	r->doc = evg_docnames_put(&rd->ev->names, doc, doclen);
	s = S_field(rd, 19, &len);
	r->evidence = evg_strndup(rd->mem, s, len);
	return 0;
}

/* One row of the input (evg_csv_each's callback). */
static int S_each(void *ctx, const evg_csv_row *row)
{
	S_reader *rd = ctx;
	evg_raw_event r;
	int rc;
	rd->row = row;
	if (row->nfields == 1 && !row->lens[0])
		return 0; /* a blank line, as concatenation may leave */
	if (row->nfields > 1 && !strcmp(row->fields[0], S_cols[0]) &&
	    !strcmp(row->fields[1], S_cols[1]))
		return 0; /* a header row */
	if ((rc = S_row(rd, &r)))
		return rc;
	evg_raw_add(rd->ev, rd->mem, &r);
	return 0;
}

/* Row by row: a reducer's input may be far larger than its output. */
int evg_rows_read(evg_raw_events *ev, const evg_mem *mem, evg_arena *keep,
                  const char *name, size_t first_line, const char *data,
                  size_t len, char *err, size_t errlen)
{
	S_reader rd;
	evg_map actors;
	int rc;
	evg_map_init(&actors, mem);
	memset(&rd, 0, sizeof rd);
	rd.actors = &actors;
	rd.ev = ev;
	rd.mem = mem, rd.keep = keep, rd.name = name;
	rd.err = err, rd.errlen = errlen;
	rd.key.mem = mem;
	rc = evg_csv_each(mem, name, first_line, data, len, S_each, &rd, err, errlen);
	evg_buf_free(&rd.key);
	evg_map_free(&actors);
	return rc;
}
