/* iter.c: the fixed walk renderers take over a graph: graph ENTER, each
 * event in (date, id) order followed by its edges in (target, kind)
 * order, graph EXIT. */
#include <assert.h>

#include "graph.h"

struct evg_iter {
	const evg_graph *g;
	evg_iter_step step;
	size_t ev;   /* index of the current event */
	size_t edge; /* index of the current edge within it */
};

evg_iter *evg_iter_new(const evg_graph *g)
{
	evg_iter *it;
	assert(g);
	it = evg_calloc(g->mem, 1, sizeof *it);
	it->g = g;
	evg_graph_sort(g);
	return it;
}

void evg_iter_free(evg_iter *it)
{
	if (it)
		it->g->mem->free(it);
}

void evg_iter_reset(evg_iter *it)
{
	it->step = EVG_ITER_DONE;
	it->ev = it->edge = 0;
}

/* Moves to the event at it->ev, or to graph EXIT past the last one. */
static evg_iter_step S_at_event(evg_iter *it)
{
	it->edge = 0;
	it->step = it->ev < it->g->events.len ? EVG_ITER_EVENT : EVG_ITER_EXIT_GRAPH;
	return it->step;
}

evg_iter_step evg_iter_next(evg_iter *it)
{
	const evg_event *e;
	switch (it->step) {
	case EVG_ITER_DONE:
		if (it->ev == 0 && it->edge == 0) {
			it->edge = 1; /* marks "started" so DONE stays DONE */
			return it->step = EVG_ITER_ENTER_GRAPH;
		}
		return EVG_ITER_DONE;
	case EVG_ITER_ENTER_GRAPH:
		it->ev = 0;
		return S_at_event(it);
	case EVG_ITER_EVENT:
	case EVG_ITER_EDGE:
		e = it->g->events.items[it->ev];
		if (it->step == EVG_ITER_EVENT)
			it->edge = 0;
		else
			it->edge++;
		if (it->edge < e->edges.len)
			return it->step = EVG_ITER_EDGE;
		it->ev++;
		return S_at_event(it);
	case EVG_ITER_EXIT_GRAPH:
		it->ev = it->g->events.len;
		it->edge = 1;
		return it->step = EVG_ITER_DONE;
	}
	return EVG_ITER_DONE;
}

const evg_event *evg_iter_event(const evg_iter *it)
{
	if (it->step != EVG_ITER_EVENT && it->step != EVG_ITER_EDGE)
		return NULL;
	return it->g->events.items[it->ev];
}

const evg_edge *evg_iter_edge(const evg_iter *it)
{
	if (it->step != EVG_ITER_EDGE)
		return NULL;
	return ((evg_event *)it->g->events.items[it->ev])->edges.items[it->edge];
}
