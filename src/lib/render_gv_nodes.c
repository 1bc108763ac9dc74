/* render_gv_nodes.c: the pieces every Graphviz view is made of: actor
 * and event nodes, relation edges, the legend. The look comes from the
 * template's class nodes; the text comes from the graph, escaped by
 * evg_gv_text. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "headline.h"
#include "render_gv.h"

/* "type_ACCUSE", "kind_person", "mod_alleged", "rel_responds_to". */
static const char *S_cls(char buf[64], const char *prefix, const char *name)
{
	snprintf(buf, 64, "%s%s", prefix, name);
	return buf;
}

/* The node default of `attr` in the output graph as a number, or dflt. */
static int S_default_int(Agraph_t *ag, const char *attr, int dflt)
{
	Agsym_t *sym = agattr(ag, AGNODE, (char *)attr, NULL);
	int v = sym ? atoi(sym->defval) : 0;
	return v > 0 ? v : dflt;
}

/* Busier actors are drawn larger: font size and pen width grow with the
 * number of events, capped so one actor cannot swamp the picture.
 * Integers only, so the output does not depend on the locale. */
static void S_size_by_activity(evg_gv *gv, Agnode_t *n, size_t count)
{
	char v[32];
	int base = S_default_int(gv->ag, "fontsize", 14);
	int step = count > 10 ? 10 : (int)count;
	snprintf(v, sizeof v, "%d", base + step);
	evg_gv_put(gv, n, "fontsize", v);
	snprintf(v, sizeof v, "%d.%d", 1 + step / 5, (step % 5) * 2);
	evg_gv_put(gv, n, "penwidth", v);
}

/* "Dmitry Peskov (person, RU): 5 events\naliases: Peskov; ..." */
static void S_actor_tooltip(evg_gv *gv, Agnode_t *n, const evg_actor *a)
{
	evg_buf *b = &gv->tmp;
	const char *c = evg_actor_country(a), *al = evg_actor_aliases(a);
	size_t count = evg_actor_event_count(a);
	evg_buf_clear(b);
	evg_gv_text(b, evg_actor_name(a), strlen(evg_actor_name(a)), 0, 0);
	evg_buf_printf(b, " (%s", evg_actor_kind_name(evg_actor_kind_of(a)));
	if (*c) {
		evg_buf_puts(b, ", ");
		evg_gv_text(b, c, strlen(c), 0, 0);
	}
	evg_buf_printf(b, "): %zu event%s", count, count == 1 ? "" : "s");
	if (*al) {
		evg_buf_puts(b, "\\naliases: ");
		evg_gv_text(b, al, strlen(al), 0, 0);
	}
	evg_gv_put(gv, n, "tooltip", b->ptr);
}

Agnode_t *evg_gv_actor_node(evg_gv *gv, Agraph_t *sub, const evg_actor *a)
{
	char cls[64];
	const char *name = evg_gv_name(&gv->tmp2, "a:", evg_actor_id(a));
	const char *kind = evg_actor_kind_name(evg_actor_kind_of(a));
	Agnode_t *n = agnode(gv->ag, (char *)name, 0);
	if (n)
		return n;
	n = agnode(sub ? sub : gv->ag, (char *)name, 1);
	evg_gv_apply_class(gv, n, "actor", 1);
	evg_gv_apply_class(gv, n, S_cls(cls, "kind_", kind), 1);
	evg_gv_put(gv, n, "label",
	           evg_gv_label(gv, evg_actor_name(a), 0, EVG_GV_NAME_MAX));
	S_actor_tooltip(gv, n, a);
	S_size_by_activity(gv, n, evg_actor_event_count(a));
	snprintf(cls, sizeof cls, "actor %s", kind);
	evg_gv_put(gv, n, "class", cls);
	return n;
}

/* "Dmitry Peskov, Russia" */
static void S_actor_names(evg_buf *b, const evg_event *e, int targets)
{
	size_t i, n = targets ? evg_event_target_count(e) : evg_event_source_count(e);
	for (i = 0; i < n; i++) {
		const evg_actor *a = targets ? evg_event_target(e, i) : evg_event_source(e, i);
		const char *name = evg_actor_name(a);
		if (i)
			evg_buf_puts(b, ", ");
		evg_gv_text(b, name, strlen(name), 0, EVG_GV_NAME_MAX);
	}
	if (!n)
		evg_buf_putc(b, '?');
}

/* "2016-10-07 · ACCUSE\nsummary, wrapped"; an undated event says so. */
static void S_event_label(evg_gv *gv, const evg_event *e, int with_actors)
{
	evg_buf *b = &gv->tmp;
	char date[11];
	evg_date d = evg_event_date(e);
	const char *sum = evg_event_summary(e);
	evg_buf_clear(b);
	evg_buf_printf(b, "%s \xC2\xB7 %s\\n",
	               d.prec ? evg_date_format(&d, date) : "undated",
	               evg_event_type_name(evg_event_type_of(e)));
	if (!*sum)
		sum = evg_event_id(e);
	evg_gv_text(b, sum, strlen(sum), EVG_GV_WRAP, EVG_GV_SUMMARY_MAX);
	if (!with_actors)
		return;
	evg_buf_puts(b, "\\n");
	S_actor_names(b, e, 0);
	evg_buf_puts(b, " \xE2\x86\x92 "); /* an arrow */
	S_actor_names(b, e, 1);
}

/* The summary, the evidence in full, and the documents. */
static void S_event_tooltip(evg_gv *gv, const evg_event *e)
{
	evg_buf *b = &gv->tmp;
	const char *s = evg_event_summary(e), *ev = evg_event_evidence(e);
	size_t i;
	evg_buf_clear(b);
	evg_gv_text(b, s, strlen(s), 0, 0);
	if (*ev) {
		evg_buf_puts(b, "\\n\\nevidence: ");
		evg_gv_text(b, ev, strlen(ev), 0, 0);
	}
	for (i = 0; i < evg_event_sources_shown(e); i++) {
		evg_doc_name doc = evg_event_doc(e, i);
		evg_buf_puts(b, i ? "; " : "\\nsources: ");
		evg_gv_text(b, doc.dir, strlen(doc.dir), 0, 0);
		evg_gv_text(b, doc.base, strlen(doc.base), 0, 0);
	}
	if (i < evg_event_doc_count(e))
		evg_buf_printf(b, " and %zu more", evg_event_doc_count(e) - i);
}

Agnode_t *evg_gv_event_node(evg_gv *gv, Agraph_t *sub, const evg_event *e,
                            int with_actors)
{
	char cls[64];
	const char *type = evg_event_type_name(evg_event_type_of(e));
	const char *name = evg_gv_name(&gv->tmp2, "e:", evg_event_id(e));
	Agnode_t *n = agnode(sub ? sub : gv->ag, (char *)name, 1);
	evg_gv_apply_class(gv, n, "event", 1);
	evg_gv_apply_class(gv, n, S_cls(cls, "type_", type), 1);
	evg_gv_apply_class(gv, n, S_cls(cls, "mod_",
	                   evg_modality_name(evg_event_modality(e))), 1);
	S_event_label(gv, e, with_actors);
	evg_gv_put(gv, n, "label", gv->tmp.ptr);
	S_event_tooltip(gv, e);
	evg_gv_put(gv, n, "tooltip", gv->tmp.len ? gv->tmp.ptr : "");
	snprintf(cls, sizeof cls, "event %s", type);
	evg_gv_put(gv, n, "class", cls);
	return n;
}

static Agnode_t *S_event_of(evg_gv *gv, const evg_event *e)
{
	return agnode(gv->ag, (char *)evg_gv_name(&gv->tmp2, "e:", evg_event_id(e)), 0);
}

/* Relations often join events of one rank, and the dot engine of
 * Graphviz 2.43 frees memory twice laying out a labelled edge inside a
 * rank among others; an xlabel is placed after layout and avoids that. */
static void S_label_to_xlabel(evg_gv *gv, Agedge_t *e)
{
	char *label = agget(e, "label");
	if (!label || !*label)
		return;
	evg_gv_put(gv, e, "xlabel", label);
	evg_gv_put(gv, e, "label", "");
}

void evg_gv_relations_declare(evg_gv *gv)
{
	static const char *const set[] = {"label", "xlabel", "constraint", "class"};
	char cls[64];
	size_t i;
	if (!evg_graph_edge_count(gv->g))
		return;
	for (i = 0; i < EVG_REL_COUNT; i++)
		evg_gv_declare_class(gv, AGEDGE, S_cls(cls, "rel_",
		                     evg_relation_kind_name((evg_relation_kind)i)));
	for (i = 0; i < sizeof set / sizeof *set; i++)
		(void)evg_gv_declare(gv, AGEDGE, set[i]);
}

void evg_gv_relations(evg_gv *gv, int constraint)
{
	evg_iter *it = evg_iter_new(gv->g);
	evg_iter_step step;
	char cls[64];
	while ((step = evg_iter_next(it)) != EVG_ITER_DONE) {
		const evg_edge *r = evg_iter_edge(it);
		Agnode_t *from, *to;
		Agedge_t *e;
		if (step != EVG_ITER_EDGE)
			continue;
		from = S_event_of(gv, evg_edge_from(r));
		to = S_event_of(gv, evg_edge_to(r));
		if (!from || !to)
			continue;
		e = agedge(gv->ag, from, to,
		           (char *)evg_relation_kind_name(evg_edge_kind(r)), 1);
		evg_gv_apply_class(gv, e, S_cls(cls, "rel_",
		                   evg_relation_kind_name(evg_edge_kind(r))), 0);
		S_label_to_xlabel(gv, e);
		if (!constraint)
			evg_gv_put(gv, e, "constraint", "false");
		snprintf(cls, sizeof cls, "relation %s",
		         evg_relation_kind_name(evg_edge_kind(r)));
		evg_gv_put(gv, e, "class", cls);
	}
	evg_iter_free(it);
}
