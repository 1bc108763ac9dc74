/* render_csv.c: the interchange CSV (events, actors, relations) through
 * libcsv, spreadsheet-safe: see evg_csv_put_cell. */
#include <string.h>

#include "render.h"

static void S_cell(evg_buf *b, const char *s, int first)
{
	evg_csv_put_cell(b, s, strlen(s), first);
}

static void S_header(evg_buf *b, const char *const *cols)
{
	int first = 1;
	for (; *cols; cols++, first = 0)
		S_cell(b, *cols, first);
	evg_csv_end_record(b);
}

/* A ';'-joined list of actor names, or of doc names (see
 * evg_list_put_item). */
static void S_actor_list(evg_buf *b, const evg_event *e, int targets)
{
	evg_buf l = EVG_BUF_INIT(b->mem);
	size_t i, n = targets ? evg_event_target_count(e) : evg_event_source_count(e);
	for (i = 0; i < n; i++) {
		const evg_actor *a = targets ? evg_event_target(e, i) : evg_event_source(e, i);
		const char *name = evg_actor_name(a);
		if (i)
			evg_buf_putc(&l, ';');
		evg_list_put_item(&l, name, strlen(name));
	}
	evg_csv_put_cell(b, l.ptr ? l.ptr : "", l.len, 0);
	evg_buf_free(&l);
}

static void S_docs(evg_buf *b, const evg_event *e)
{
	evg_buf l = EVG_BUF_INIT(b->mem);
	size_t i;
	evg_buf name = EVG_BUF_INIT(b->mem);
	for (i = 0; i < evg_event_doc_count(e); i++) {
		evg_doc_name d = evg_event_doc(e, i);
		if (i)
			evg_buf_putc(&l, ';');
		evg_buf_clear(&name);
		evg_buf_puts(&name, d.dir);
		evg_buf_puts(&name, d.base);
		evg_list_put_item(&l, name.ptr, name.len);
	}
	evg_csv_put_cell(b, l.ptr ? l.ptr : "", l.len, 0);
	evg_buf_free(&l);
	evg_buf_free(&name);
}

static void S_event_row(evg_buf *b, const evg_event *e)
{
	char date[11];
	evg_date d = evg_event_date(e);
	S_cell(b, evg_event_id(e), 1);
	S_cell(b, evg_date_format(&d, date), 0);
	S_cell(b, evg_precision_name(d.prec), 0);
	S_cell(b, evg_event_type_name(evg_event_type_of(e)), 0);
	S_cell(b, evg_event_cameo(e), 0);
	S_actor_list(b, e, 0);
	S_actor_list(b, e, 1);
	S_cell(b, evg_modality_name(evg_event_modality(e)), 0);
	S_cell(b, evg_event_summary(e), 0);
	S_cell(b, evg_event_evidence(e), 0);
	S_docs(b, e);
	evg_csv_end_record(b);
}

static void S_events(evg_graph *g, evg_buf *b)
{
	static const char *const cols[] = {
		"id", "date", "precision", "type", "cameo", "source", "target",
		"modality", "summary", "evidence", "docs", NULL};
	evg_iter *it = evg_iter_new(g);
	evg_iter_step step;
	S_header(b, cols);
	while ((step = evg_iter_next(it)) != EVG_ITER_DONE)
		if (step == EVG_ITER_EVENT)
			S_event_row(b, evg_iter_event(it));
	evg_iter_free(it);
}

static void S_relations(evg_graph *g, evg_buf *b)
{
	static const char *const cols[] = {"from", "relation", "to", NULL};
	evg_iter *it = evg_iter_new(g);
	evg_iter_step step;
	S_header(b, cols);
	while ((step = evg_iter_next(it)) != EVG_ITER_DONE) {
		const evg_edge *r = evg_iter_edge(it);
		if (step != EVG_ITER_EDGE)
			continue;
		S_cell(b, evg_event_id(evg_edge_from(r)), 1);
		S_cell(b, evg_relation_kind_name(evg_edge_kind(r)), 0);
		S_cell(b, evg_event_id(evg_edge_to(r)), 0);
		evg_csv_end_record(b);
	}
	evg_iter_free(it);
}

static void S_actors(evg_graph *g, evg_buf *b)
{
	static const char *const cols[] = {"id", "name", "kind", "country",
	                                   "aliases", NULL};
	size_t i;
	S_header(b, cols);
	for (i = 0; i < evg_graph_actor_count(g); i++) {
		const evg_actor *a = evg_graph_actor(g, i);
		S_cell(b, evg_actor_id(a), 1);
		S_cell(b, evg_actor_name(a), 0);
		S_cell(b, evg_actor_kind_name(evg_actor_kind_of(a)), 0);
		S_cell(b, evg_actor_country(a), 0);
		S_cell(b, evg_actor_aliases(a), 0);
		evg_csv_end_record(b);
	}
}

int evg_put_csv(evg_graph *g, evg_format fmt, evg_render_opts *opts, evg_buf *b)
{
	(void)opts;
	if (fmt == EVG_FORMAT_ACTORS_CSV)
		S_actors(g, b);
	else if (fmt == EVG_FORMAT_RELATIONS_CSV)
		S_relations(g, b);
	else if (fmt == EVG_FORMAT_CSV)
		S_events(g, b);
	else
		return evg_graph_fail(g, EVG_EUNSUPPORTED, "not a CSV format");
	return 0;
}

int evg_render_csv(evg_graph *g, evg_format fmt, evg_render_opts *opts,
                   char **out, size_t *out_len)
{
	return evg_render_collect(g, fmt, opts, evg_put_csv, out, out_len);
}
