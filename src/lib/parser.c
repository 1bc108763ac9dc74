/* parser.c: the extraction entry points. A document is buffered while it
 * is fed, run through clean -> timex -> sentences -> actors -> events at
 * evg_parser_end, and its text released; only its raw events stay until
 * evg_parser_finish merges them into the graph. */
#include <assert.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "extract.h"

extern const char evg_tpl_lexicon_csv[];
extern const size_t evg_tpl_lexicon_csv_len;

struct evg_parser {
	const evg_mem *mem;
	evg_lexicon lex;
	evg_graph *graph;
	evg_raw_events raw;
	evg_arena keep;  /* actors known only by shape, document names */
	evg_map unknown;
	evg_map names;   /* interned document names */
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
	evg_arena_init(&p->keep, mem);
	evg_map_init(&p->unknown, mem);
	evg_map_init(&p->names, mem);
	p->text.mem = mem;
	return p;
}

evg_parser *evg_parser_new(void) { return evg_parser_new_with_mem(NULL); }

static void S_free_raw(evg_parser *p)
{
	size_t i;
	for (i = 0; i < p->raw.len; i++) {
		p->mem->free(p->raw.items[i].evidence);
	}
	if (p->raw.items)
		p->mem->free(p->raw.items);
	memset(&p->raw, 0, sizeof p->raw);
}

void evg_parser_free(evg_parser *p)
{
	if (!p)
		return;
	S_free_raw(p);
	evg_graph_free(p->graph);
	evg_lexicon_free(&p->lex);
	evg_map_free(&p->unknown);
	evg_map_free(&p->names);
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

/* One copy of each document name, so events compare docs by pointer. */
static const char *S_intern(evg_parser *p, const char *name)
{
	size_t n = strlen(name);
	char *s = evg_map_get(&p->names, name, n);
	if (!s) {
		s = evg_arena_strndup(&p->keep, name, n);
		evg_map_put(&p->names, s, n, s);
	}
	return s;
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
	da.unknown = &p->unknown;
	doc.name = S_intern(p, p->name);
	doc.text = text, doc.work = work, doc.len = len;
	doc.dct = dct.date, doc.tx = tx, doc.ntx = ntx;
	evg_events_extract(&p->raw, p->mem, &p->lex, &da, &doc, sents, ns);
	evg_map_free(&da.refs);
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

evg_graph *evg_parser_finish(evg_parser *p)
{
	evg_graph *g;
	assert(p);
	if (p->active)
		evg_parser_end(p);
	g = p->graph;
	evg_merge_into_graph(g, &p->raw);
	S_free_raw(p);
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
