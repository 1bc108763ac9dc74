/* fuzz_extract.c: the event extractor on arbitrary bytes. The document is
 * fed in chunks whose size comes from the first byte (so a multi-byte
 * character or a line break split across feeds is exercised), then fed
 * again whole as a second, dated document, so the cross-document merge
 * runs too. Invariants: evidence lies inside the document; dates are
 * valid ISO dates of their precision; every event's actors are actors of
 * the graph; the events CSV read back and written again gives the same
 * bytes; the graph's own invariant check passes; and the map/reduce
 * path (rows taken after each document, read back by another parser)
 * gives the same events CSV as the one parser. */
#include <stdint.h>
#include <string.h>

#include "evgraph.h"
#include "fuzz_common.h"
#include "graph.h"

static int S_has_actor(const evg_graph *g, const evg_actor *a)
{
	size_t i;
	for (i = 0; i < evg_graph_actor_count(g); i++)
		if (evg_graph_actor(g, i) == a)
			return 1;
	return 0;
}

static void S_check_event(const evg_graph *g, const evg_event *e, size_t size)
{
	evg_date d = evg_event_date(e), back;
	char buf[11];
	size_t i;
	FUZZ_ASSERT(evg_event_evidence_offset(e) + evg_event_evidence_length(e) <= size);
	if (d.prec != EVG_PREC_UNKNOWN) {
		evg_date_format(&d, buf);
		FUZZ_ASSERT(evg_date_parse(&back, buf, strlen(buf)) == 0);
		FUZZ_ASSERT(evg_date_cmp(&back, &d) == 0);
	}
	for (i = 0; i < evg_event_source_count(e); i++)
		FUZZ_ASSERT(S_has_actor(g, evg_event_source(e, i)));
	for (i = 0; i < evg_event_target_count(e); i++)
		FUZZ_ASSERT(S_has_actor(g, evg_event_target(e, i)));
	FUZZ_ASSERT(evg_event_doc_count(e) >= 1);
}

/* The two documents through extract (rows) and merge (add_rows). */
static evg_graph *S_map_reduce(const char *text, size_t n, const evg_date *dct)
{
	evg_parser *map = evg_parser_new(), *reduce = evg_parser_new();
	char *rows[2];
	size_t len[2], k;
	evg_graph *g;
	FUZZ_ASSERT(evg_parser_parse_document(map, "a.txt", text, n, NULL) == 0);
	FUZZ_ASSERT(evg_parser_take_rows(map, &rows[0], &len[0]) == 0);
	FUZZ_ASSERT(evg_parser_parse_document(map, "b.txt", text, n, dct) == 0);
	FUZZ_ASSERT(evg_parser_take_rows(map, &rows[1], &len[1]) == 0);
	for (k = 2; k-- > 0;) { /* in the other order: the merge is order-free */
		if (evg_parser_add_rows(reduce, "rows.csv", rows[k], len[k]) != 0) {
			fprintf(stderr, "%s\n", evg_parser_error(reduce));
			FUZZ_ASSERT(!"the rows read back");
		}
		evg_free(rows[k]);
	}
	g = evg_parser_finish(reduce);
	evg_graph_free(evg_parser_finish(map));
	evg_parser_free(map);
	evg_parser_free(reduce);
	return g;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *text = (const char *)data + 1;
	evg_date dct;
	evg_parser *p;
	evg_graph *g;
	size_t i, chunk, n;
	if (size < 1)
		return 0;
	chunk = data[0] ? data[0] : size;
	n = size - 1;
	p = evg_parser_new();
	FUZZ_ASSERT(evg_parser_begin(p, "a.txt", NULL) == 0);
	for (i = 0; i < n; i += chunk)
		FUZZ_ASSERT(evg_parser_feed(p, text + i, n - i < chunk ? n - i : chunk) == 0);
	FUZZ_ASSERT(evg_parser_end(p) == 0);
	evg_date_parse(&dct, "2016-10-07", 10);
	FUZZ_ASSERT(evg_parser_parse_document(p, "b.txt", text, n, &dct) == 0);
	g = evg_parser_finish(p);
	evg_graph_sort(g);
	evg_graph_check(g);
	for (i = 0; i < evg_graph_event_count(g); i++)
		S_check_event(g, evg_graph_event(g, i), n);
	fuzz_check_csv_roundtrip(g);
	{
		evg_graph *mr = S_map_reduce(text, n, &dct);
		size_t la, lb;
		char *a = fuzz_events_csv(g, &la), *b = fuzz_events_csv(mr, &lb);
		FUZZ_ASSERT(la == lb && memcmp(a, b, la) == 0);
		evg_free(a);
		evg_free(b);
		evg_graph_free(mr);
	}
	evg_graph_free(g);
	evg_parser_free(p);
	return 0;
}
