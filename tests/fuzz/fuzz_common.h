/* fuzz_common.h: invariant checks shared by the fuzz targets. A broken
 * invariant aborts, which libFuzzer and the CTest replay both report. */
#ifndef EVG_FUZZ_COMMON_H
#define EVG_FUZZ_COMMON_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "evgraph.h"

#define FUZZ_ASSERT(cond)                                                     \
	do {                                                                  \
		if (!(cond)) {                                                \
			fprintf(stderr, "%s:%d: invariant broken: %s\n",        \
			        __FILE__, __LINE__, #cond);                   \
			abort();                                              \
		}                                                             \
	} while (0)

/* The events CSV of g (free with evg_free); it must render. */
static inline char *fuzz_events_csv(evg_graph *g, size_t *len)
{
	evg_render_opts o;
	char *out = NULL;
	memset(&o, 0, sizeof o);
	FUZZ_ASSERT(evg_render_csv(g, EVG_FORMAT_CSV, &o, &out, len) == 0);
	return out;
}

/* The events CSV of g reads back, with every event, and renders again
 * to the same bytes: the interchange format loses nothing. */
static inline void fuzz_check_csv_roundtrip(evg_graph *g)
{
	size_t na = 0, nb = 0;
	char *a = fuzz_events_csv(g, &na), *b;
	evg_graph *g2 = evg_graph_new();
	if (evg_graph_read_events_csv(g2, "out.csv", a, na) != 0) {
		fprintf(stderr, "%s\n", evg_graph_error(g2));
		FUZZ_ASSERT(!"the events CSV reads back");
	}
	FUZZ_ASSERT(evg_graph_event_count(g2) == evg_graph_event_count(g));
	b = fuzz_events_csv(g2, &nb);
	FUZZ_ASSERT(na == nb && memcmp(a, b, na) == 0);
	evg_free(a);
	evg_free(b);
	evg_graph_free(g2);
}

#endif
