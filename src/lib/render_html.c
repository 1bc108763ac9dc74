/* render_html.c: the briefing page: templates/briefing.html filled with
 * the briefing figure and the relationship graph as inline SVG, and a
 * table of the events. One file, no network: it opens from disk and can
 * be mailed as it is. */
#include <stdlib.h>
#include <string.h>

#include "escape.h"
#include "headline.h"
#include "render.h"

/* A page a browser opens at once: the table lists at most MAX_ROWS
 * events (the most reported, in date order) and EVG_SOURCES_SHOWN
 * sources per event; events.csv has everything. */
enum { MAX_ROWS = 500 };

extern const char evg_tpl_briefing_html[];
extern const size_t evg_tpl_briefing_html_len;

typedef struct {
	evg_graph *g;
	evg_render_opts *opts;
	evg_buf figure, graph; /* inline SVG, rendered before expansion */
} S_page;

static const char *const S_months[12] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"};

static void S_long_date(evg_buf *b, evg_date d)
{
	if (d.prec == EVG_PREC_DAY)
		evg_buf_printf(b, "%d %s %d", d.day, S_months[d.month - 1], d.year);
	else if (d.prec == EVG_PREC_MONTH)
		evg_buf_printf(b, "%s %d", S_months[d.month - 1], d.year);
	else if (d.prec == EVG_PREC_YEAR)
		evg_buf_printf(b, "%d", d.year);
	else
		evg_buf_puts(b, "undated");
}

/* Graphviz's SVG as an element of the page: the XML prolog and doctype
 * dropped, and every id="..." given a prefix, since two inline figures
 * would otherwise both have a "graph0" and a "node1". */
static void S_inline_svg(evg_buf *out, const char *svg, size_t len,
                         const char *prefix)
{
	const char *p = svg, *end = svg + len, *start = strstr(svg, "<svg");
	if (start)
		p = start;
	while (p < end) {
		const char *id = strstr(p, " id=\"");
		if (!id || id >= end) {
			evg_buf_put(out, p, (size_t)(end - p));
			break;
		}
		evg_buf_put(out, p, (size_t)(id - p) + 5);
		evg_buf_puts(out, prefix);
		p = id + 5;
	}
}

static int S_svg(S_page *pg, evg_view view, evg_buf *out, const char *prefix)
{
	evg_render_opts o = *pg->opts;
	char *svg = NULL;
	size_t len = 0;
	int rc;
	o.view = view;
	o.dot_template = NULL; /* a page template is not a DOT template */
	o.dot_template_len = 0;
	rc = evg_render(pg->g, EVG_FORMAT_SVG, &o, &svg, &len);
	if (rc == 0)
		S_inline_svg(out, svg, len, prefix);
	evg_free(svg);
	return rc;
}

static void S_text(evg_buf *b, const char *s)
{
	evg_escape_html(b, s, strlen(s));
}

static void S_row(evg_buf *b, const evg_event *e)
{
	evg_buf t = EVG_BUF_INIT(b->mem);
	size_t i;
	evg_buf_puts(b, "<tr><td class=\"date\">");
	S_long_date(&t, evg_event_date(e));
	S_text(b, t.ptr);
	evg_buf_clear(&t);
	evg_buf_puts(b, "</td><td>");
	evg_event_headline(&t, e);
	S_text(b, t.ptr);
	evg_buf_clear(&t);
	evg_buf_puts(b, "</td><td>");
	evg_event_actor_phrase(&t, e, 0);
	evg_buf_puts(&t, " \xE2\x86\x92 ");
	evg_event_actor_phrase(&t, e, 1);
	S_text(b, t.ptr);
	evg_buf_printf(b, "</td><td class=\"type\"><span>%s</span> %s</td><td>",
	               evg_event_type_name(evg_event_type_of(e)),
	               evg_modality_name(evg_event_modality(e)));
	if (evg_event_evidence(e)[0]) {
		evg_buf_puts(b, "<blockquote>");
		S_text(b, evg_event_evidence(e));
		evg_buf_puts(b, "</blockquote>");
	}
	evg_buf_puts(b, "</td><td class=\"docs\">");
	for (i = 0; i < evg_event_sources_shown(e); i++) {
		evg_doc_name d = evg_event_doc(e, i);
		if (i)
			evg_buf_puts(b, "<br>");
		S_text(b, d.dir);
		S_text(b, d.base);
	}
	if (i < evg_event_doc_count(e))
		evg_buf_printf(b, "<br>and %zu more", evg_event_doc_count(e) - i);
	evg_buf_puts(b, "</td></tr>\n");
	evg_buf_free(&t);
}

typedef struct {
	size_t docs, index;
} S_pick;

/* More sources first; then graph order, which is date order. */
static int S_cmp_reported(const void *pa, const void *pb)
{
	const S_pick *a = pa, *b = pb;
	if (a->docs != b->docs)
		return a->docs > b->docs ? -1 : 1;
	return a->index < b->index ? -1 : a->index > b->index;
}

static int S_cmp_index(const void *pa, const void *pb)
{
	const S_pick *a = pa, *b = pb;
	return a->index < b->index ? -1 : a->index > b->index;
}

/* The rows of the table: every event, or the MAX_ROWS most reported in
 * date order and a last row saying what was left out. */
static void S_table(evg_buf *out, const evg_graph *g)
{
	size_t n = evg_graph_event_count(g), i;
	S_pick *pick;
	if (n <= MAX_ROWS) {
		for (i = 0; i < n; i++)
			S_row(out, evg_graph_event(g, i));
		return;
	}
	pick = evg_calloc(evg_default_mem(), n, sizeof *pick);
	for (i = 0; i < n; i++) {
		pick[i].docs = evg_event_doc_count(evg_graph_event(g, i));
		pick[i].index = i;
	}
	qsort(pick, n, sizeof *pick, S_cmp_reported);
	qsort(pick, MAX_ROWS, sizeof *pick, S_cmp_index);
	for (i = 0; i < MAX_ROWS; i++)
		S_row(out, evg_graph_event(g, pick[i].index));
	evg_buf_printf(out, "<tr><td colspan=\"6\" class=\"more\">The %d most reported "
	               "of %zu events; events.csv lists them all.</td></tr>\n", MAX_ROWS, n);
	evg_default_mem()->free(pick);
}

static void S_range(evg_buf *b, const evg_graph *g)
{
	const evg_event *first = NULL, *last = NULL;
	size_t i;
	for (i = 0; i < evg_graph_event_count(g); i++) {
		const evg_event *e = evg_graph_event(g, i);
		if (evg_event_date(e).prec == EVG_PREC_UNKNOWN)
			continue;
		if (!first)
			first = e;
		last = e;
	}
	if (!first) {
		evg_buf_puts(b, "no dated events");
		return;
	}
	S_long_date(b, evg_event_date(first));
	evg_buf_puts(b, " \xE2\x80\x93 ");
	S_long_date(b, evg_event_date(last));
}

static int S_is(const char *name, size_t len, const char *want)
{
	return strlen(want) == len && !memcmp(name, want, len);
}

static int S_lookup(void *ctx, const char *name, size_t len, evg_buf *out)
{
	S_page *pg = ctx;
	evg_buf t = EVG_BUF_INIT(out->mem);
	if (S_is(name, len, "title"))
		S_text(out, pg->opts->calendar_name ? pg->opts->calendar_name : "Event briefing");
	else if (S_is(name, len, "date_range"))
		S_range(&t, pg->g), S_text(out, t.ptr);
	else if (S_is(name, len, "event_count"))
		evg_buf_printf(out, "%zu", evg_graph_event_count(pg->g));
	else if (S_is(name, len, "actor_count"))
		evg_buf_printf(out, "%zu", evg_graph_actor_count(pg->g));
	else if (S_is(name, len, "figure"))
		evg_buf_put(out, pg->figure.ptr, pg->figure.len);
	else if (S_is(name, len, "relationship_graph"))
		evg_buf_put(out, pg->graph.ptr, pg->graph.len);
	else if (S_is(name, len, "events_table"))
		S_table(out, pg->g);
	else
		return evg_buf_free(&t), -1;
	evg_buf_free(&t);
	return 0;
}

int evg_put_html(evg_graph *g, evg_format fmt, evg_render_opts *opts, evg_buf *b)
{
	S_page pg = {g, opts, EVG_BUF_INIT(evg_default_mem()),
	             EVG_BUF_INIT(evg_default_mem())};
	const char *tpl = opts->html_template ? opts->html_template : evg_tpl_briefing_html;
	size_t tlen = opts->html_template ? opts->html_template_len : evg_tpl_briefing_html_len;
	size_t skipped;
	int rc;
	(void)fmt;
	rc = S_svg(&pg, EVG_VIEW_BRIEFING, &pg.figure, "fig-");
	skipped = opts->skipped;
	if (rc == 0)
		rc = S_svg(&pg, EVG_VIEW_ACTORS, &pg.graph, "rel-");
	if (rc == 0) {
		evg_template_expand(b, tpl, tlen, S_lookup, &pg);
		opts->skipped = skipped; /* undated: in the table, not the figure */
	}
	evg_buf_free(&pg.figure);
	evg_buf_free(&pg.graph);
	return rc; /* the message is on g already */
}

int evg_render_html(evg_graph *g, evg_render_opts *opts, char **out,
                    size_t *out_len)
{
	return evg_render_collect(g, EVG_FORMAT_HTML, opts, evg_put_html, out, out_len);
}
