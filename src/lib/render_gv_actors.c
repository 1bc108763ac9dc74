/* render_gv_actors.c: the actors view, a relationship graph. Actors are
 * nodes (grouped in a cluster per country when there are several
 * countries), and each event draws an edge from each of its sources to
 * each of its targets, labelled with what was done and when. Large
 * graphs get one edge per actor pair and type, with a count. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "render_gv.h"

/* What an edge label says the source did. */
static const char *S_verb(evg_event_type t)
{
	static const char *const verbs[EVG_TYPE_COUNT] = {
		"accused", "denied", "hacked", "reported on", "threatened",
		"criticized", "demanded", "proposed", "investigated",
		"sanctioned", "addressed"};
	return (unsigned)t < EVG_TYPE_COUNT ? verbs[t] : "?";
}

/* Active actors per country (country -> count), and how many countries
 * there are. */
static size_t S_count_countries(const evg_graph *g, evg_map *per)
{
	size_t i, n = 0;
	for (i = 0; i < evg_graph_actor_count(g); i++) {
		const evg_actor *a = evg_graph_actor(g, i);
		const char *c = evg_actor_country(a);
		uintptr_t k;
		if (!*c || !evg_actor_event_count(a))
			continue;
		k = (uintptr_t)evg_map_get(per, c, strlen(c));
		n += k == 0;
		evg_map_put(per, c, strlen(c), (void *)(k + 1));
	}
	return n;
}

/* The cluster of an actor's country. Clusters are drawn where they
 * help: when actors come from two or more countries, around each
 * country with two or more of them (a box around one node says
 * nothing its tooltip does not). */
static Agraph_t *S_country(evg_gv *gv, const evg_actor *a, const evg_map *per,
                           size_t countries)
{
	const char *c = evg_actor_country(a);
	const char *name;
	Agraph_t *sub;
	if (countries < 2 || !*c || (uintptr_t)evg_map_get(per, c, strlen(c)) < 2)
		return NULL;
	name = evg_gv_name(&gv->tmp2, "cluster_country_", c);
	if ((sub = agsubg(gv->ag, (char *)name, 0)))
		return sub;
	sub = agsubg(gv->ag, (char *)name, 1);
	evg_gv_apply_class(gv, sub, "country", 1);
	evg_gv_put(gv, sub, "label", evg_gv_label(gv, c, 0, EVG_GV_NAME_MAX));
	return sub;
}

static void S_nodes(evg_gv *gv)
{
	evg_map per;
	size_t i, countries;
	evg_map_init(&per, gv->g->mem);
	countries = S_count_countries(gv->g, &per);
	for (i = 0; i < evg_graph_actor_count(gv->g); i++) {
		const evg_actor *a = evg_graph_actor(gv->g, i);
		if (evg_actor_event_count(a))
			evg_gv_actor_node(gv, S_country(gv, a, &per, countries), a);
	}
	evg_map_free(&per);
}

static Agnode_t *S_actor(evg_gv *gv, const evg_actor *a)
{
	return agnode(gv->ag, (char *)evg_gv_name(&gv->tmp2, "a:", evg_actor_id(a)), 0);
}

static void S_style(evg_gv *gv, Agedge_t *e, const evg_event *ev)
{
	char cls[64];
	snprintf(cls, sizeof cls, "type_%s", evg_event_type_name(evg_event_type_of(ev)));
	evg_gv_apply_class(gv, e, cls, 1);
	snprintf(cls, sizeof cls, "mod_%s", evg_modality_name(evg_event_modality(ev)));
	evg_gv_apply_class(gv, e, cls, 1);
	snprintf(cls, sizeof cls, "event %s", evg_event_type_name(evg_event_type_of(ev)));
	evg_gv_put(gv, e, "class", cls);
}

/* One edge for one event between one source and one target, keyed by
 * the event's node name ("e:" and its id) so several events between a
 * pair stay separate. */
static void S_event_edge(evg_gv *gv, const evg_event *ev, const evg_actor *s,
                         const evg_actor *t)
{
	char date[11], label[64];
	evg_date d = evg_event_date(ev);
	Agnode_t *sn = S_actor(gv, s), *tn = S_actor(gv, t);
	Agedge_t *e;
	if (!sn || !tn)
		return;
	e = agedge(gv->ag, sn, tn, (char *)evg_gv_name(&gv->tmp2, "e:", evg_event_id(ev)), 1);
	S_style(gv, e, ev);
	if (d.prec)
		snprintf(label, sizeof label, "%s \xC2\xB7 %s",
		         S_verb(evg_event_type_of(ev)), evg_date_format(&d, date));
	else
		snprintf(label, sizeof label, "%s", S_verb(evg_event_type_of(ev)));
	evg_gv_put(gv, e, "label", label);
	evg_gv_put(gv, e, "tooltip", evg_gv_label(gv, evg_event_summary(ev), 0, 0));
}

static void S_each_pair(evg_gv *gv, const evg_event *ev,
                        void (*fn)(evg_gv *, const evg_event *,
                                   const evg_actor *, const evg_actor *))
{
	size_t i, j;
	for (i = 0; i < evg_event_source_count(ev); i++)
		for (j = 0; j < evg_event_target_count(ev); j++)
			fn(gv, ev, evg_event_source(ev, i), evg_event_target(ev, j));
}

/* ---- Large graphs: one edge per actor pair and type ---------------- */

typedef struct S_sum {
	char *key;
	const evg_actor *s, *t;
	evg_event_type type;
	size_t n, order;
	evg_date first, last;
	int labelled;
} S_sum;

typedef struct S_sums {
	evg_map by_key;
	S_sum *items;
	size_t len, cap;
} S_sums;

static void S_count(evg_gv *gv, const evg_event *ev, const evg_actor *s,
                    const evg_actor *t)
{
	S_sums *ss = gv->ctx;
	evg_date d = evg_event_date(ev);
	S_sum *m;
	evg_buf_clear(&gv->tmp);
	evg_buf_printf(&gv->tmp, "%s\x1f%s\x1f%d", evg_actor_id(s),
	               evg_actor_id(t), (int)evg_event_type_of(ev));
	m = evg_map_get(&ss->by_key, gv->tmp.ptr, gv->tmp.len);
	if (!m) {
		if (ss->len == ss->cap) {
			ss->cap = ss->cap ? ss->cap * 2 : 64;
			ss->items = evg_realloc(gv->g->mem, ss->items, ss->cap, sizeof *ss->items);
			/* the map holds indexes, not pointers, so growing is safe */
		}
		m = &ss->items[ss->len];
		memset(m, 0, sizeof *m);
		m->key = evg_strndup(gv->g->mem, gv->tmp.ptr, gv->tmp.len);
		m->s = s, m->t = t, m->type = evg_event_type_of(ev);
		m->first = m->last = d;
		m->order = ss->len;
		evg_map_put(&ss->by_key, m->key, gv->tmp.len, (void *)(uintptr_t)(ss->len + 1));
		ss->len++;
	} else {
		m = &ss->items[(uintptr_t)m - 1];
	}
	m->n++;
	if (d.prec && (!m->first.prec || evg_date_cmp(&d, &m->first) < 0))
		m->first = d;
	if (d.prec && evg_date_cmp(&d, &m->last) > 0)
		m->last = d;
}

/* "accused ×12 · 2016-06 – 2021-03" */
static void S_sum_edge(evg_gv *gv, const S_sum *m)
{
	char a[11], b[11], label[96], pen[16];
	Agnode_t *sn = S_actor(gv, m->s), *tn = S_actor(gv, m->t);
	Agedge_t *e;
	size_t w = m->n > 20 ? 20 : m->n;
	if (!sn || !tn)
		return;
	e = agedge(gv->ag, sn, tn, (char *)evg_event_type_name(m->type), 1);
	evg_gv_apply_class(gv, e, "sum", 1);
	snprintf(label, sizeof label, "type_%s", evg_event_type_name(m->type));
	evg_gv_apply_class(gv, e, label, 1);
	evg_date_format(&m->first, a);
	evg_date_format(&m->last, b);
	if (!m->first.prec)
		snprintf(label, sizeof label, "%s \xC3\x97%zu", S_verb(m->type), m->n);
	else
		snprintf(label, sizeof label, "%s \xC3\x97%zu \xC2\xB7 %s%s%s",
		         S_verb(m->type), m->n, a, strcmp(a, b) ? " \xE2\x80\x93 " : "",
		         strcmp(a, b) ? b : "");
	evg_gv_put(gv, e, "tooltip", label);
	if (m->labelled) /* placed after layout: fast for many edges */
		evg_gv_put(gv, e, "xlabel", label);
	snprintf(pen, sizeof pen, "%zu.%zu", 1 + w / 4, (w % 4) * 25);
	evg_gv_put(gv, e, "penwidth", pen);
}

/* Heaviest first; equal ones in the order first seen. */
static int S_by_weight(const void *pa, const void *pb)
{
	const S_sum *a = *(const S_sum *const *)pa, *b = *(const S_sum *const *)pb;
	if (a->n != b->n)
		return a->n > b->n ? -1 : 1;
	return a->order < b->order ? -1 : a->order > b->order;
}

/* Only the heaviest edges get a label, an xlabel placed after layout:
 * dot lays an ordinary edge label out as an extra node, and hundreds of
 * them take minutes and cover the picture. Every edge says it in its
 * tooltip. */
static void S_choose_labels(evg_gv *gv, S_sums *ss)
{
	S_sum **by = evg_calloc(gv->g->mem, ss->len ? ss->len : 1, sizeof *by);
	size_t i;
	for (i = 0; i < ss->len; i++)
		by[i] = &ss->items[i];
	qsort(by, ss->len, sizeof *by, S_by_weight);
	for (i = 0; i < ss->len && i < EVG_GV_LABELS_MAX; i++)
		by[i]->labelled = 1;
	gv->g->mem->free(by);
}

static void S_summed(evg_gv *gv)
{
	S_sums ss;
	evg_iter *it = evg_iter_new(gv->g);
	evg_iter_step step;
	size_t i;
	memset(&ss, 0, sizeof ss);
	evg_map_init(&ss.by_key, gv->g->mem);
	gv->ctx = &ss;
	while ((step = evg_iter_next(it)) != EVG_ITER_DONE)
		if (step == EVG_ITER_EVENT)
			S_each_pair(gv, evg_iter_event(it), S_count);
	evg_iter_free(it);
	gv->ctx = NULL;
	S_choose_labels(gv, &ss);
	for (i = 0; i < ss.len; i++) {
		S_sum_edge(gv, &ss.items[i]);
		gv->g->mem->free(ss.items[i].key);
	}
	gv->g->mem->free(ss.items);
	evg_map_free(&ss.by_key);
}

void evg_gv_actors_view(evg_gv *gv)
{
	evg_iter *it;
	evg_iter_step step;
	S_nodes(gv);
	if (evg_graph_event_count(gv->g) > EVG_GV_AGGREGATE_ABOVE) {
		S_summed(gv);
	} else {
		it = evg_iter_new(gv->g);
		while ((step = evg_iter_next(it)) != EVG_ITER_DONE)
			if (step == EVG_ITER_EVENT)
				S_each_pair(gv, evg_iter_event(it), S_event_edge);
		evg_iter_free(it);
	}
	evg_gv_legend(gv, 0);
}
