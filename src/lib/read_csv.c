/* read_csv.c: the interchange CSV (events, actors, relations) into a
 * graph. Every row is checked before anything is added, so a bad file
 * leaves the graph as it was; of several problems the first in the file
 * is reported, whether a cell, a row's width or the CSV itself. */
#include <stdio.h>
#include <string.h>

#include "csvrows.h"
#include "ctype.h"
#include "graph.h"
#include "text.h"

/* One reading. The file is read twice, a row at a time: the first pass
 * checks every row, the second adds them. A bad file so leaves the graph
 * as it was, and no copy of the whole table is held: a parsed table took
 * three times the file's size on top of the graph. */
typedef struct S_reader {
	evg_graph *g;
	const char *name;
	const char *const *cols; /* the columns wanted, and how many */
	int ncols;
	const char *const *required;
	int col[12];             /* their indexes in the header, or -1 */
	int have_header;
	size_t nheader;          /* the header's fields */
	size_t nrows;            /* data rows (counted by the first pass) */
	int (*header)(struct S_reader *r); /* more checks of the header, or NULL */
	int (*before_add)(struct S_reader *r); /* between the passes, or NULL */
	/* checks one data row (the first pass) or adds it (the second) */
	int (*check)(struct S_reader *r, const evg_csv_row *row);
	int (*add)(struct S_reader *r, const evg_csv_row *row);
	int adding;
	void *ctx;
} S_reader;

static const char *S_cell(S_reader *r, const evg_csv_row *row, int k,
                          size_t *len)
{
	int c = r->col[k];
	if (c < 0 || (size_t)c >= row->nfields) {
		if (len)
			*len = 0;
		return "";
	}
	if (len)
		*len = row->lens[c];
	return row->fields[c];
}

static int S_bad(S_reader *r, const evg_csv_row *row, int k, const char *hdr,
                 const char *what)
{
	return evg_graph_fail(r->g, EVG_EINVALID, "%s:%zu:%d: %s: %s", r->name,
	                      row->line, r->col[k] + 1, hdr, what);
}

/* Maps the wanted columns and checks the required ones. */
static int S_header(S_reader *r, const evg_csv_row *h)
{
	const char *const *req;
	int k;
	r->have_header = 1;
	r->nheader = h->nfields;
	for (k = 0; k < r->ncols; k++)
		r->col[k] = evg_csv_row_column(h, r->cols[k]);
	for (req = r->required; req && *req; req++)
		if (evg_csv_row_column(h, *req) < 0)
			return evg_graph_fail(r->g, EVG_EINVALID,
			                      "%s:1:1: header lacks the column '%s'", r->name,
			                      *req);
	return r->header ? r->header(r) : 0;
}

/* evg_csv_each's callback: the header, then each row, which must have as
 * many fields as the header. */
static int S_row(void *ctx, const evg_csv_row *row)
{
	S_reader *r = ctx;
	size_t f;
	if (!r->have_header)
		return S_header(r, row);
	if (row->nfields != r->nheader)
		return evg_graph_fail(r->g, EVG_EINVALID,
		                      "%s:%zu:1: row has %zu fields, the header %zu",
		                      r->name, row->line, row->nfields, r->nheader);
	for (f = 0; f < row->nfields; f++)
		evg_csv_unneutralise(row->fields[f], &row->lens[f]);
	if (r->adding)
		return r->add(r, row);
	r->nrows++;
	return r->check(r, row);
}

static int S_pass(S_reader *r, const char *data, size_t len, int adding)
{
	int rc;
	r->have_header = 0;
	r->adding = adding;
	rc = evg_csv_each(r->g->mem, r->name, 1, data, len, S_row, r, r->g->error,
	                  sizeof r->g->error);
	if (!rc && !r->have_header)
		rc = evg_graph_fail(r->g, EVG_EINVALID,
		                    "%s:1:1: empty file: expected a header row", r->name);
	return rc;
}

/* Checks every row, then adds them. */
static int S_read(S_reader *r, const char *data, size_t len)
{
	int rc = S_pass(r, data, len, 0);
	if (!rc && r->before_add)
		rc = r->before_add(r);
	return rc ? rc : S_pass(r, data, len, 1);
}

static void S_reader_init(S_reader *r, evg_graph *g, const char *name,
                          const char *const *cols, int ncols,
                          const char *const *required)
{
	memset(r, 0, sizeof *r);
	r->g = g;
	r->name = name;
	r->cols = cols;
	r->ncols = ncols;
	r->required = required;
}

/* A cell's list, its room reused from row to row. */
typedef struct S_list {
	char **items;
	size_t cap;
} S_list;

static void S_list_free(const evg_mem *mem, S_list *l)
{
	if (l->items)
		mem->free(l->items);
}

/* Keeps p..end trimmed, when something is left of it. */
static void S_keep(S_list *l, size_t *n, char *p, char *end)
{
	while (p < end && evg_isspace((unsigned char)*p))
		p++;
	while (end > p && evg_isspace((unsigned char)end[-1]))
		end--;
	if (p == end)
		return;
	*end = '\0';
	l->items[(*n)++] = p;
}

/* Splits a ';'-list into trimmed, non-empty items, in place, "\;" and
 * "\\" read as a ';' and a backslash inside an item (evg_list_put_item):
 * all of them, however many (an event of a large corpus cites thousands
 * of documents). */
static size_t S_split(const evg_mem *mem, S_list *l, char *s)
{
	size_t n = 1;
	char *p, *w, *item;
	if (!s || !*s)
		return 0; /* "" may be a constant */
	for (p = s; (p = strchr(p, ';')); p++)
		n++; /* escaped ones too: room enough */
	if (n > l->cap) {
		l->items = evg_realloc(mem, l->items, n, sizeof *l->items);
		l->cap = n;
	}
	for (n = 0, p = w = item = s;; p++) {
		if (*p == '\\' && (p[1] == ';' || p[1] == '\\')) {
			*w++ = *++p;
		} else if (*p == ';' || !*p) {
			int last = !*p;
			S_keep(l, &n, item, w);
			if (last)
				break;
			item = w = p + 1;
		} else {
			*w++ = *p;
		}
	}
	return n;
}

/* ---- events.csv ---- */

enum { E_ID, E_DATE, E_PREC, E_TYPE, E_CAMEO, E_SRC, E_TGT, E_MOD, E_SUM,
       E_EVID, E_DOCS, E_NCOLS };
static const char *const S_event_cols[E_NCOLS] = {
	"id", "date", "precision", "type", "cameo", "source", "target",
	"modality", "summary", "evidence", "docs"};

/* What the first pass parsed of a row's cells, for the second. */
typedef struct {
	evg_date date;
	evg_event_type type;
	evg_modality modality;
} S_event_parsed;

typedef struct {
	evg_event_desc d;
	S_list src, tgt, docs;
	S_event_parsed *parsed; /* one a row, in the file's order */
	size_t nparsed, cap, next;
} S_event_row;

static int S_check_prec(S_reader *r, const evg_csv_row *row,
                        const evg_date *d)
{
	size_t n;
	const char *p = S_cell(r, row, E_PREC, &n);
	if (n == 0 || !strcmp(p, evg_precision_name(d->prec)))
		return 0;
	if (strcmp(p, "day") && strcmp(p, "month") && strcmp(p, "year") &&
	    strcmp(p, "unknown"))
		return S_bad(r, row, E_PREC, "precision",
		             "expected day, month, year or unknown");
	return S_bad(r, row, E_PREC, "precision", "does not match the date");
}

static int S_event_fields(S_reader *r, const evg_csv_row *row, S_event_row *o)
{
	size_t n;
	const char *s;
	memset(&o->d, 0, sizeof o->d);
	s = S_cell(r, row, E_DATE, &n);
	if (evg_date_parse(&o->d.date, s, n))
		return S_bad(r, row, E_DATE, "date",
		             "expected YYYY-MM-DD, YYYY-MM, YYYY or empty");
	if (S_check_prec(r, row, &o->d.date))
		return EVG_EINVALID;
	s = S_cell(r, row, E_TYPE, &n);
	if (evg_event_type_from_name(&o->d.type, s, n))
		return S_bad(r, row, E_TYPE, "type", "unknown event type");
	s = S_cell(r, row, E_MOD, &n);
	if (n && evg_modality_from_name(&o->d.modality, s, n))
		return S_bad(r, row, E_MOD, "modality",
		             "expected asserted, reported, alleged, denied or planned");
	o->d.id = S_cell(r, row, E_ID, NULL);
	return 0;
}

/* Keeps what S_event_fields parsed: the date, type and modality would
 * take the second pass as long again to parse as all the rest of it. */
static void S_event_keep(const evg_mem *mem, S_event_row *o)
{
	S_event_parsed *k;
	if (o->nparsed == o->cap) {
		o->cap = o->cap ? evg_size_mul(o->cap, 2) : 256;
		o->parsed = evg_realloc(mem, o->parsed, o->cap, sizeof *o->parsed);
	}
	k = &o->parsed[o->nparsed++];
	k->date = o->d.date;
	k->type = o->d.type;
	k->modality = o->d.modality;
}

/* Lists are split only when the row is applied: splitting writes NULs
 * into the cells and must not run twice. */
static void S_event_lists(S_reader *r, const evg_csv_row *row, S_event_row *o)
{
	const evg_mem *mem = r->g->mem;
	o->d.nsources = S_split(mem, &o->src, (char *)S_cell(r, row, E_SRC, NULL));
	o->d.ntargets = S_split(mem, &o->tgt, (char *)S_cell(r, row, E_TGT, NULL));
	o->d.ndocs = S_split(mem, &o->docs, (char *)S_cell(r, row, E_DOCS, NULL));
	o->d.sources = (const char *const *)o->src.items;
	o->d.targets = (const char *const *)o->tgt.items;
	o->d.docs = (const char *const *)o->docs.items;
}

static int S_check_id(S_reader *r, const evg_csv_row *row, const char *id)
{
	const char *why = id[0] ? evg_id_problem(id) : NULL;
	return why ? S_bad(r, row, E_ID, "id", why) : 0;
}

static int S_event_check(S_reader *r, const evg_csv_row *row)
{
	S_event_row *o = r->ctx;
	int rc = S_event_fields(r, row, o);
	if (!rc && !(rc = S_check_id(r, row, o->d.id)))
		S_event_keep(r->g->mem, o);
	return rc;
}

static int S_event_reserve(S_reader *r)
{
	evg_graph_reserve_events(r->g, r->nrows);
	return 0;
}

static int S_event_add(S_reader *r, const evg_csv_row *row)
{
	S_event_row *o = r->ctx;
	const S_event_parsed *k = &o->parsed[o->next++];
	memset(&o->d, 0, sizeof o->d);
	o->d.date = k->date;
	o->d.type = k->type;
	o->d.modality = k->modality;
	o->d.id = S_cell(r, row, E_ID, NULL);
	o->d.cameo = S_cell(r, row, E_CAMEO, NULL);
	o->d.summary = S_cell(r, row, E_SUM, NULL);
	o->d.evidence = S_cell(r, row, E_EVID, NULL);
	S_event_lists(r, row, o);
	/* checked in the first pass; kept for safety */
	return evg_graph_add_event(r->g, &o->d) ? 0 : EVG_EINVALID;
}

int evg_graph_read_events_csv(evg_graph *g, const char *name, const char *data,
                              size_t len)
{
	static const char *const required[] = {"date", "type", NULL};
	S_reader r;
	S_event_row o;
	int rc;
	S_reader_init(&r, g, name, S_event_cols, E_NCOLS, required);
	memset(&o, 0, sizeof o);
	r.check = S_event_check, r.add = S_event_add, r.ctx = &o;
	r.before_add = S_event_reserve;
	rc = S_read(&r, data, len);
	S_list_free(g->mem, &o.src);
	S_list_free(g->mem, &o.tgt);
	S_list_free(g->mem, &o.docs);
	if (o.parsed)
		g->mem->free(o.parsed);
	return rc;
}

/* ---- actors.csv ---- */

enum { A_ID, A_NAME, A_CANON, A_KIND, A_COUNTRY, A_ALIASES, A_NCOLS };
static const char *const S_actor_cols[A_NCOLS] = {
	"id", "name", "canonical", "kind", "country", "aliases"};

static int S_actor_fields(S_reader *r, const evg_csv_row *row,
                          evg_actor_desc *d)
{
	size_t n;
	const char *s = S_cell(r, row, A_KIND, &n);
	memset(d, 0, sizeof *d);
	if (evg_actor_kind_from_name(&d->kind, s, n))
		return S_bad(r, row, A_KIND, "kind", "unknown actor kind");
	d->name = S_cell(r, row, r->col[A_NAME] >= 0 ? A_NAME : A_CANON, &n);
	if (evg_is_blank(d->name, n))
		return S_bad(r, row, r->col[A_NAME] >= 0 ? A_NAME : A_CANON, "name",
		             "empty");
	d->country = S_cell(r, row, A_COUNTRY, NULL);
	d->aliases = S_cell(r, row, A_ALIASES, NULL);
	return 0;
}

static int S_actor_check(S_reader *r, const evg_csv_row *row)
{
	evg_actor_desc d;
	return S_actor_fields(r, row, &d);
}

static int S_actor_header(S_reader *r)
{
	if (r->col[A_NAME] < 0 && r->col[A_CANON] < 0)
		return evg_graph_fail(r->g, EVG_EINVALID,
		                      "%s:1:1: header lacks the column 'name'", r->name);
	return 0;
}

static int S_actor_add(S_reader *r, const evg_csv_row *row)
{
	evg_actor_desc d;
	S_actor_fields(r, row, &d);
	evg_graph_add_actor(r->g, &d);
	return 0;
}

int evg_graph_read_actors_csv(evg_graph *g, const char *name, const char *data,
                              size_t len)
{
	S_reader r;
	S_reader_init(&r, g, name, S_actor_cols, A_NCOLS, NULL);
	r.header = S_actor_header;
	r.check = S_actor_check, r.add = S_actor_add;
	return S_read(&r, data, len);
}

/* ---- relations.csv ---- */

enum { R_FROM, R_REL, R_TO, R_NCOLS };
static const char *const S_rel_cols[R_NCOLS] = {"from", "relation", "to"};

static int S_rel_fields(S_reader *r, const evg_csv_row *row,
                        evg_relation_kind *kind)
{
	size_t n;
	const char *s = S_cell(r, row, R_REL, &n);
	if (evg_relation_kind_from_name(kind, s, n))
		return S_bad(r, row, R_REL, "relation",
		             "expected responds_to, reports or follows");
	if (!evg_graph_find_event(r->g, S_cell(r, row, R_FROM, NULL)))
		return S_bad(r, row, R_FROM, "from", "no event has this id");
	if (!evg_graph_find_event(r->g, S_cell(r, row, R_TO, NULL)))
		return S_bad(r, row, R_TO, "to", "no event has this id");
	if (!strcmp(S_cell(r, row, R_FROM, NULL), S_cell(r, row, R_TO, NULL)))
		return S_bad(r, row, R_TO, "to", "an event cannot relate to itself");
	return 0;
}

static int S_rel_check(S_reader *r, const evg_csv_row *row)
{
	evg_relation_kind kind;
	return S_rel_fields(r, row, &kind);
}

static int S_rel_add(S_reader *r, const evg_csv_row *row)
{
	evg_relation_kind kind;
	S_rel_fields(r, row, &kind);
	evg_graph_add_relation(r->g, S_cell(r, row, R_FROM, NULL), kind,
	                       S_cell(r, row, R_TO, NULL));
	return 0;
}

int evg_graph_read_relations_csv(evg_graph *g, const char *name,
                                 const char *data, size_t len)
{
	static const char *const required[] = {"from", "relation", "to", NULL};
	S_reader r;
	S_reader_init(&r, g, name, S_rel_cols, R_NCOLS, required);
	r.check = S_rel_check, r.add = S_rel_add;
	return S_read(&r, data, len);
}
