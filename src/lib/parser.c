/* parser.c: the extraction entry points. A document is buffered while it
 * is fed, run through clean -> timex -> sentences -> actors -> events at
 * evg_parser_end, and its text released; only its raw events stay until
 * evg_parser_finish merges them into the graph.
 *
 * A document's events depend on nothing but its text and the lexicon:
 * actors known only by their shape are looked up per document, and the
 * finish gives each name one entry by a rule that ignores the order of
 * documents. So documents may be extracted by several parsers (threads,
 * machines) and their events gathered into one (evg_parser_absorb,
 * evg_parser_add_rows) with the same result as one parser reading all. */
#include <assert.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"

extern const char evg_tpl_lexicon_csv[];
extern const size_t evg_tpl_lexicon_csv_len;

struct evg_parser {
	const evg_mem *mem;
	evg_lexicon lex;
	evg_graph *graph;
	evg_raw_events raw;
	evg_arena keep;  /* actors known only by shape */
	evg_map unknown; /* actors known by shape, shared by documents */
	evg_map copies;  /* actors copied from other parsers, by content */
	/* the document being fed */
	int active;
	char *name;
	evg_buf text;
	evg_date dct;
	int have_dct;
	char error[512];
};

static int S_fail(evg_parser *p, int code, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 3, 4)))
#endif
	;

static int S_fail(evg_parser *p, int code, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(p->error, sizeof p->error, fmt, ap);
	va_end(ap);
	return code;
}

evg_parser *evg_parser_new_with_mem(const evg_mem *mem)
{
	evg_parser *p;
	int rc;
	if (!mem)
		mem = evg_default_mem();
	p = evg_calloc(mem, 1, sizeof *p);
	p->mem = mem;
	evg_lexicon_init(&p->lex, mem);
	rc = evg_lexicon_add_csv(&p->lex, "lexicon.csv", evg_tpl_lexicon_csv,
	                         evg_tpl_lexicon_csv_len, p->error, sizeof p->error);
	assert(rc == 0 && "the built-in lexicon must parse");
	(void)rc;
	p->error[0] = 0;
	p->graph = evg_graph_new_with_mem(mem);
	evg_raw_init(&p->raw, mem);
	evg_arena_init(&p->keep, mem);
	evg_map_init(&p->unknown, mem);
	evg_map_init(&p->copies, mem);
	p->text.mem = mem;
	return p;
}

evg_parser *evg_parser_new(void) { return evg_parser_new_with_mem(NULL); }

/* Forgets the actors of the raw events, once the raw events themselves
 * are gone, so memory does not grow with the number of documents read. */
static void S_reset_keep(evg_parser *p)
{
	evg_map_free(&p->unknown);
	evg_map_init(&p->unknown, p->mem);
	evg_map_free(&p->copies);
	evg_map_init(&p->copies, p->mem);
	evg_arena_release(&p->keep);
	evg_arena_init(&p->keep, p->mem);
}

static void S_free_raw(evg_parser *p)
{
	evg_raw_free(&p->raw, p->mem);
}

void evg_parser_free(evg_parser *p)
{
	if (!p)
		return;
	S_free_raw(p);
	evg_graph_free(p->graph);
	evg_lexicon_free(&p->lex);
	evg_map_free(&p->unknown);
	evg_map_free(&p->copies);
	evg_arena_release(&p->keep);
	evg_buf_free(&p->text);
	if (p->name)
		p->mem->free(p->name);
	p->mem->free(p);
}

const char *evg_parser_error(const evg_parser *p)
{
	assert(p);
	return p->error;
}

int evg_parser_add_lexicon(evg_parser *p, const char *name, const char *data,
                           size_t len)
{
	assert(p && name && (data || !len));
	return evg_lexicon_add_csv(&p->lex, name, data ? data : "", len, p->error,
	                           sizeof p->error);
}

int evg_parser_begin(evg_parser *p, const char *name, const evg_date *dct)
{
	assert(p && name);
	if (p->active)
		return S_fail(p, EVG_EINVALID, "%s: a document is still open (%s)", name,
		              p->name);
	p->active = 1;
	p->name = evg_strndup(p->mem, name, strlen(name));
	p->have_dct = dct && dct->prec != EVG_PREC_UNKNOWN;
	if (p->have_dct)
		p->dct = *dct;
	evg_buf_clear(&p->text);
	return 0;
}

int evg_parser_feed(evg_parser *p, const char *data, size_t len)
{
	assert(p && (data || !len));
	if (!p->active)
		return S_fail(p, EVG_EINVALID, "evg_parser_feed outside a document");
	evg_buf_put(&p->text, data, len);
	return 0;
}

/* Runs the stages over one buffered document. */
static void S_extract(evg_parser *p, const char *text, size_t len)
{
	evg_doc_ctx doc;
	evg_dct dct;
	evg_timex *tx = NULL;
	size_t ntx = 0, ns;
	evg_span *sents = NULL;
	evg_arena docarena;
	evg_doc_actors da;
	evg_map unknown; /* per document: see the file comment */
	char *work = evg_calloc(p->mem, len + 1, 1);
	evg_clean(work, text, len, p->graph, p->name);
	memset(&dct, 0, sizeof dct);
	if (p->have_dct) {
		dct.date = p->dct;
		dct.hour = dct.minute = -1;
		dct.rule = "given";
	} else {
		evg_dct_detect(&dct, text, len);
	}
	evg_timex_find(&tx, &ntx, work, len, &dct);
	ns = evg_sentences(&sents, p->mem, work, len);
	evg_arena_init(&docarena, p->mem);
	memset(&da, 0, sizeof da);
	evg_map_init(&da.refs, p->mem);
	da.doc_arena = &docarena;
	da.keep_arena = &p->keep;
	evg_map_init(&unknown, p->mem);
	da.unknown = &unknown;
	da.shared = &p->unknown;
	doc.name = p->name;
	doc.text = text, doc.work = work, doc.len = len;
	doc.dct = dct.date, doc.tx = tx, doc.ntx = ntx;
	evg_events_extract(&p->raw, p->mem, &p->lex, &da, &doc, sents, ns);
	evg_map_free(&da.refs);
	evg_map_free(&unknown);
	evg_arena_release(&docarena);
	evg_free(tx);
	if (sents)
		p->mem->free(sents);
	p->mem->free(work);
}

int evg_parser_end(evg_parser *p)
{
	assert(p);
	if (!p->active)
		return S_fail(p, EVG_EINVALID, "evg_parser_end without evg_parser_begin");
	S_extract(p, p->text.ptr ? p->text.ptr : "", p->text.len);
	evg_buf_free(&p->text); /* the text is released with the document */
	p->mem->free(p->name);
	p->name = NULL;
	p->active = 0;
	return 0;
}

static int S_cmp_diag(const void *pa, const void *pb)
{
	const evg_diag *a = pa, *b = pb;
	int c = strcmp(a->file, b->file);
	if (!c)
		c = a->line < b->line ? -1 : a->line > b->line;
	if (!c)
		c = a->column < b->column ? -1 : a->column > b->column;
	if (!c)
		c = strcmp(a->message, b->message);
	return c;
}

evg_graph *evg_parser_finish(evg_parser *p)
{
	evg_graph *g;
	assert(p);
	if (p->active)
		evg_parser_end(p);
	g = p->graph;
	/* by file and position, however the documents were shared out */
	if (g->ndiags)
		qsort(g->diags, g->ndiags, sizeof *g->diags, S_cmp_diag);
	evg_raw_seal(&p->raw, p->mem);
	evg_canon_actors(p->mem, &p->raw);
	evg_merge_into_graph(g, &p->raw);
	evg_graph_drop_doc_index(g);
	S_free_raw(p);
	S_reset_keep(p);
#ifdef EVG_DEBUG_CHECKS
	evg_graph_sort(g);
	evg_graph_check(g);
#endif
	p->graph = evg_graph_new_with_mem(p->mem);
	return g;
}

int evg_parser_parse_document(evg_parser *p, const char *name,
                              const char *text, size_t len,
                              const evg_date *dct)
{
	int rc = evg_parser_begin(p, name, dct);
	if (!rc)
		rc = evg_parser_feed(p, text, len);
	if (!rc)
		rc = evg_parser_end(p);
	return rc;
}

/* ---- gathering events from other parsers and from rows ---- */

/* A copy of e in p's arena: one per actor content (kind, country,
 * aliases, name), however many times and from however many parsers it
 * comes, so absorbing after every document costs no memory per document.
 * seen caches the lookup by the other parser's pointer (keys in tmp,
 * which lives as long as seen). */
static evg_lex_entry *S_copy_entry(evg_parser *p, evg_map *seen, evg_arena *tmp,
                                   evg_lex_entry *e)
{
	evg_lex_entry *c = evg_map_get(seen, (const char *)&e, sizeof e);
	evg_buf key = EVG_BUF_INIT(p->mem);
	if (c)
		return c;
	evg_buf_putc(&key, (char)('A' + (int)e->kind));
	evg_buf_put(&key, e->country, strlen(e->country) + 1);
	evg_buf_put(&key, e->aliases, strlen(e->aliases) + 1);
	evg_buf_puts(&key, e->name);
	if (!(c = evg_map_get(&p->copies, key.ptr, key.len))) {
		c = evg_arena_alloc(&p->keep, sizeof *c);
		c->name = evg_arena_strdup(&p->keep, e->name);
		c->kind = e->kind;
		c->country = evg_arena_strdup(&p->keep, e->country);
		c->aliases = evg_arena_strdup(&p->keep, e->aliases);
		evg_map_put(&p->copies, evg_arena_strndup(&p->keep, key.ptr, key.len),
		            key.len, c);
	}
	evg_buf_free(&key);
	evg_map_put(seen, evg_arena_strndup(tmp, (const char *)&e, sizeof e), sizeof e, c);
	return c;
}

static void S_take_diags(evg_parser *into, evg_parser *from)
{
	size_t i;
	for (i = 0; i < evg_graph_diag_count(from->graph); i++) {
		const evg_diag *d = evg_graph_diag(from->graph, i);
		evg_graph_add_diag(into->graph, d->file, d->line, d->column, d->code,
		                   d->message);
	}
	from->graph->ndiags = 0;
}

int evg_parser_absorb(evg_parser *into, evg_parser *from)
{
	evg_map seen;
	evg_arena tmp;
	evg_buf name = EVG_BUF_INIT(into->mem);
	size_t i;
	assert(into && from && into != from);
	if (from->active)
		return S_fail(into, EVG_EINVALID, "%s: a document is still open", from->name);
	evg_map_init(&seen, into->mem);
	evg_arena_init(&tmp, into->mem);
	for (i = 0; i < from->raw.len; i++) {
		const evg_raw_event *f = &from->raw.items[i];
		evg_raw_event r = *f;
		size_t k;
		r.source = S_copy_entry(into, &seen, &tmp, f->source);
		r.target = S_copy_entry(into, &seen, &tmp, f->target);
		for (k = 0; k < evg_raw_places(f); k++) { /* each place, folded again */
			evg_raw_at at = evg_raw_place_of(f, k);
			evg_docnames_join(&from->raw.names, at.doc, &name);
			r.doc = evg_docnames_put(&into->raw.names, name.ptr, name.len);
			r.offset = at.offset, r.length = at.length, r.sentence = at.sentence;
			r.evidence = evg_strndup(into->mem, f->evidence, strlen(f->evidence));
			evg_raw_add(&into->raw, into->mem, &r);
		}
		/* the places are the bulk of a large store: give them back now
		 * rather than hold both stores' to the end */
		evg_raw_drop_places(&from->raw.items[i], from->mem);
	}
	evg_map_free(&seen);
	evg_arena_release(&tmp);
	evg_buf_free(&name);
	S_free_raw(from);
	S_reset_keep(from);
	S_take_diags(into, from);
	return 0;
}

int evg_parser_take_rows(evg_parser *p, char **out, size_t *out_len)
{
	evg_buf b = EVG_BUF_INIT(p->mem);
	assert(p && out && out_len);
	evg_rows_write(&b, &p->raw);
	S_free_raw(p);
	S_reset_keep(p);
	*out = evg_buf_detach(&b, out_len);
	return 0;
}

int evg_parser_add_rows_at(evg_parser *p, const char *name, size_t first_line,
                           const char *data, size_t len)
{
	assert(p && name && (data || !len) && first_line >= 1);
	return evg_rows_read(&p->raw, p->mem, &p->keep, name, first_line,
	                     data ? data : "", len, p->error, sizeof p->error);
}

int evg_parser_add_rows(evg_parser *p, const char *name, const char *data,
                        size_t len)
{
	return evg_parser_add_rows_at(p, name, 1, data, len);
}

const evg_graph *evg_parser_diagnostics(const evg_parser *p)
{
	assert(p);
	return p->graph;
}
