/* render_gv_events.c: the events view (events as nodes in date order,
 * their actors attached, relations between them) and the timeline view
 * (events in one rank per month along an axis of month nodes). */
#include <stdio.h>
#include <string.h>

#include "render_gv.h"

/* An invisible edge that keeps two events in date order; a template
 * "chain" class may make it visible. */
static void S_chain(evg_gv *gv, Agnode_t *a, Agnode_t *b)
{
	Agedge_t *e = agedge(gv->ag, a, b, "chain", 1);
	evg_gv_put(gv, e, "style", "invis");
	evg_gv_apply_class(gv, e, "chain", 1);
}

static void S_actor_edges(evg_gv *gv, const evg_event *ev, Agnode_t *en)
{
	size_t i;
	Agedge_t *e;
	for (i = 0; i < evg_event_source_count(ev); i++) {
		Agnode_t *an = evg_gv_actor_node(gv, NULL, evg_event_source(ev, i));
		e = agedge(gv->ag, an, en, "source", 1);
		evg_gv_apply_class(gv, e, "source", 1);
		evg_gv_put(gv, e, "class", "source");
	}
	/* A target edge is drawn towards the actor but laid out from it,
	 * so every actor sits above its first event and never pulls a later
	 * event up: the events keep their date order. */
	for (i = 0; i < evg_event_target_count(ev); i++) {
		Agnode_t *an = evg_gv_actor_node(gv, NULL, evg_event_target(ev, i));
		e = agedge(gv->ag, an, en, "target", 1);
		evg_gv_put(gv, e, "dir", "back");
		evg_gv_apply_class(gv, e, "target", 1);
		evg_gv_put(gv, e, "class", "target");
	}
}

/* The rank=same subgraph of the events of one date. Only dot knows
 * ranks; for the other engines (sfdp above EVG_GV_SFDP_ABOVE events) the
 * events go in the root graph, since cgraph writes a graph with one
 * subgraph per date in time quadratic in the events. */
static Agraph_t *S_date_rank(evg_gv *gv, evg_date d)
{
	char buf[11];
	const char *key = d.prec ? evg_date_format(&d, buf) : "undated";
	Agraph_t *sub;
	if (strcmp(gv->engine, "dot"))
		return gv->ag;
	sub = agsubg(gv->ag, (char *)evg_gv_name(&gv->tmp2, "rank_", key), 1);
	evg_gv_put(gv, sub, "rank", "same");
	return sub;
}

void evg_gv_events_view(evg_gv *gv)
{
	evg_iter *it = evg_iter_new(gv->g);
	evg_iter_step step;
	Agraph_t *sub = NULL;
	Agnode_t *prev = NULL, *n;
	evg_date prev_date = {0, 0, 0, EVG_PREC_UNKNOWN};
	/* In a large graph a few busy actors would tie every event to
	 * themselves, and dot would route each tie through every rank in
	 * between: there, event labels name the actors instead. */
	int actors = evg_graph_event_count(gv->g) <= EVG_GV_ACTOR_NODES_MAX;
	/* Without ranks (an engine other than dot) the chain is what keeps
	 * the graph in one piece: every event is tied to the one before, or
	 * each date would be a component of its own, and Graphviz packs
	 * thousands of components in quadratic time. */
	int chain_all = strcmp(gv->engine, "dot") != 0;
	evg_gv_relations_declare(gv);
	while ((step = evg_iter_next(it)) != EVG_ITER_DONE) {
		const evg_event *ev = evg_iter_event(it);
		evg_date d;
		if (step != EVG_ITER_EVENT)
			continue;
		d = evg_event_date(ev);
		/* Events of one date share a rank; a later date comes later. */
		if (!sub || evg_date_cmp(&prev_date, &d) != 0) {
			sub = S_date_rank(gv, d);
			n = evg_gv_event_node(gv, sub, ev, !actors);
			if (prev)
				S_chain(gv, prev, n);
			prev = n, prev_date = d;
		} else {
			n = evg_gv_event_node(gv, sub, ev, !actors);
			if (chain_all) {
				S_chain(gv, prev, n);
				prev = n;
			}
		}
		if (actors)
			S_actor_edges(gv, ev, n);
	}
	evg_iter_free(it);
	evg_gv_relations(gv, 0);
	evg_gv_legend(gv, 1);
}

/* ---- The timeline ------------------------------------------------- */

/* The rank an event sits in: "2016-10", a year "2016", or "undated". */
static const char *S_rank_key(char buf[11], evg_date d)
{
	if (d.prec == EVG_PREC_UNKNOWN)
		return "undated";
	if (d.prec == EVG_PREC_DAY)
		d.prec = EVG_PREC_MONTH, d.day = 0;
	return evg_date_format(&d, buf);
}

static int S_month_index(evg_date d)
{
	return d.year * 12 + (d.month ? d.month - 1 : 0);
}

/* Months from rank a to rank b, when the ranks skip time (a month rank
 * after one that is not the month before, a year after one that is not
 * the year before); 0 when nothing is skipped or the ranks differ in
 * precision. */
static int S_gap(evg_date a, evg_date b)
{
	int d;
	if (a.prec >= EVG_PREC_MONTH && b.prec >= EVG_PREC_MONTH) {
		d = S_month_index(b) - S_month_index(a);
		return d > 1 ? d : 0;
	}
	if (a.prec == EVG_PREC_YEAR && b.prec == EVG_PREC_YEAR)
		return b.year - a.year > 1 ? 12 * (b.year - a.year) : 0;
	return 0;
}

/* The axis edge between two ranks; one that skips time says how long
 * the gap is, so compressed stretches are visible. */
static void S_axis_edge(evg_gv *gv, Agnode_t *a, Agnode_t *b, evg_date da,
                        evg_date db)
{
	Agedge_t *e = agedge(gv->ag, a, b, "axis", 1);
	int gap = S_gap(da, db);
	char label[32];
	evg_gv_apply_class(gv, e, "axis", 1);
	evg_gv_put(gv, e, "class", "axis");
	if (!gap)
		return;
	evg_gv_apply_class(gv, e, "axis_gap", 1);
	if (gap >= 24)
		snprintf(label, sizeof label, "%d years", gap / 12);
	else
		snprintf(label, sizeof label, "%d months", gap);
	evg_gv_put(gv, e, "label", label);
}

/* Opens a rank: a rank=same subgraph holding its axis node, labelled
 * with the rank's key; a continuation row of a crowded rank has an
 * unlabelled axis node of class "continued". */
static Agraph_t *S_rank(evg_gv *gv, const char *name, int continued,
                        evg_date d, Agnode_t **axis)
{
	const char *cls = continued ? "continued"
	                  : d.prec == EVG_PREC_UNKNOWN ? "undated"
	                  : d.prec == EVG_PREC_YEAR    ? "year"
	                                               : "month";
	Agraph_t *sub = agsubg(gv->ag, (char *)evg_gv_name(&gv->tmp2, "rank_", name), 1);
	evg_gv_put(gv, sub, "rank", "same");
	*axis = agnode(sub, (char *)evg_gv_name(&gv->tmp2, "t:", name), 1);
	evg_gv_apply_class(gv, *axis, cls, 1);
	evg_gv_put(gv, *axis, "label", continued ? "" : name);
	evg_gv_put(gv, *axis, "class", cls);
	return sub;
}

/* Where the timeline is: the current rank, its axis node and date. */
typedef struct S_line {
	Agraph_t *sub;
	Agnode_t *axis;
	char key[11];
	evg_date date;
	size_t in_row, rows;
} S_line;

/* Puts an event in the rank of its month, opening that rank when it is
 * new, or a continuation row when the rank's row is full (a month with
 * forty events would otherwise be one row forty events wide). */
static void S_place(evg_gv *gv, S_line *l, const evg_event *ev)
{
	char buf[11], name[40];
	evg_date d = evg_event_date(ev);
	const char *k = S_rank_key(buf, d);
	Agnode_t *prev = l->axis;
	if (!l->sub || strcmp(k, l->key)) {
		l->sub = S_rank(gv, k, 0, d, &l->axis);
		if (prev)
			S_axis_edge(gv, prev, l->axis, l->date, d);
		l->date = d, l->in_row = 0, l->rows = 1;
		snprintf(l->key, sizeof l->key, "%s", k);
	} else if (l->in_row == EVG_GV_ROW_MAX) {
		snprintf(name, sizeof name, "%s+%zu", k, ++l->rows);
		l->sub = S_rank(gv, name, 1, d, &l->axis);
		S_axis_edge(gv, prev, l->axis, l->date, l->date);
		l->in_row = 0;
	}
	evg_gv_event_node(gv, l->sub, ev, 1);
	l->in_row++;
}

/* Above this many events a timeline's relations are drawn straight:
 * dot's routing of curves around the nodes of the ranks an edge crosses
 * took 0.4 s at 400 events and 6 s at 727 (300 relations), straight
 * lines 0.2 s. A template that sets splines keeps its choice. */
enum { S_CURVES_MAX = 400 };

void evg_gv_timeline_view(evg_gv *gv)
{
	evg_iter *it = evg_iter_new(gv->g);
	evg_iter_step step;
	S_line line;
	Agsym_t *splines = agattr(gv->tpl, AGRAPH, "splines", NULL);
	if (evg_graph_event_count(gv->g) > S_CURVES_MAX &&
	    (!splines || !*agxget(gv->tpl, splines)))
		evg_gv_put(gv, gv->ag, "splines", "line");
	memset(&line, 0, sizeof line);
	evg_gv_relations_declare(gv);
	while ((step = evg_iter_next(it)) != EVG_ITER_DONE)
		if (step == EVG_ITER_EVENT)
			S_place(gv, &line, evg_iter_event(it));
	evg_iter_free(it);
	evg_gv_relations(gv, 0);
	evg_gv_legend(gv, 1);
}
