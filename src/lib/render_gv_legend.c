/* render_gv_legend.c: the legend, one HTML-like table in one node, so it
 * stays in one piece whatever the layout engine does. It lists only what
 * the picture shows: the event types present and, where relations are
 * drawn, the relation kinds present. Its text is ours; its colours come
 * from the template, escaped for the HTML attribute they go into. */
#include <stdio.h>
#include <string.h>

#include "render_gv.h"

static void S_xml(evg_buf *b, const char *s)
{
	for (; *s; s++)
		switch (*s) {
		case '<': evg_buf_puts(b, "&lt;"); break;
		case '>': evg_buf_puts(b, "&gt;"); break;
		case '&': evg_buf_puts(b, "&amp;"); break;
		case '"': evg_buf_puts(b, "&quot;"); break;
		default: evg_buf_putc(b, *s); break;
		}
}

/* The colour a class stands for: its line colour (the strong one where
 * nodes have a pale fill), else its fill. */
static const char *S_colour(evg_gv *gv, const char *cls)
{
	const char *c = evg_gv_class_attr(gv, cls, "color");
	if (!c)
		c = evg_gv_class_attr(gv, cls, "fillcolor");
	return c ? c : "black";
}

static void S_row(evg_buf *b, const char *colour, const char *text,
                  const char *style)
{
	evg_buf_puts(b, "<TR><TD WIDTH=\"18\" HEIGHT=\"12\" FIXEDSIZE=\"TRUE\" BGCOLOR=\"");
	S_xml(b, colour);
	evg_buf_puts(b, "\"></TD><TD ALIGN=\"LEFT\">");
	S_xml(b, text);
	if (style && *style) {
		evg_buf_puts(b, " (");
		S_xml(b, style);
		evg_buf_putc(b, ')');
	}
	evg_buf_puts(b, "</TD></TR>");
}

/* Which types and relation kinds the graph has. */
static void S_present(evg_graph *g, int types[EVG_TYPE_COUNT],
                      int rels[EVG_REL_COUNT])
{
	evg_iter *it = evg_iter_new(g);
	evg_iter_step step;
	while ((step = evg_iter_next(it)) != EVG_ITER_DONE)
		if (step == EVG_ITER_EVENT)
			types[evg_event_type_of(evg_iter_event(it))] = 1;
		else if (step == EVG_ITER_EDGE)
			rels[evg_edge_kind(evg_iter_edge(it))] = 1;
	evg_iter_free(it);
}

static void S_rows(evg_gv *gv, evg_buf *b, int relations)
{
	int types[EVG_TYPE_COUNT] = {0}, rels[EVG_REL_COUNT] = {0}, i;
	char cls[64];
	S_present(gv->g, types, rels);
	for (i = 0; i < EVG_TYPE_COUNT; i++) {
		const char *t = evg_event_type_name((evg_event_type)i);
		if (!types[i])
			continue;
		snprintf(cls, sizeof cls, "type_%s", t);
		S_row(b, S_colour(gv, cls), t, NULL);
	}
	for (i = 0; relations && i < EVG_REL_COUNT; i++) {
		const char *k = evg_relation_kind_name((evg_relation_kind)i);
		if (!rels[i])
			continue;
		snprintf(cls, sizeof cls, "rel_%s", k);
		S_row(b, S_colour(gv, cls), k, evg_gv_class_attr(gv, cls, "style"));
	}
}

void evg_gv_legend(evg_gv *gv, int relations)
{
	evg_buf b = EVG_BUF_INIT(gv->g->mem);
	Agnode_t *n;
	char *html;
	if (evg_graph_event_count(gv->g) == 0)
		return;
	evg_buf_puts(&b, "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\">"
	                 "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>legend</B></TD></TR>");
	S_rows(gv, &b, relations);
	evg_buf_puts(&b, "</TABLE>");
	n = agnode(gv->ag, "evg:legend", 1);
	evg_gv_apply_class(gv, n, "legend", 1);
	html = agstrdup_html(gv->ag, b.ptr);
	evg_gv_put(gv, n, "label", html);
	agstrfree(gv->ag, html);
	evg_gv_put(gv, n, "tooltip", "legend");
	evg_gv_put(gv, n, "class", "legend");
	evg_buf_free(&b);
}
