/* fuzz_rows.c: the reduce's input, event rows (evg_parser_add_rows), on
 * arbitrary bytes. Invariants: a read either succeeds or fails with one
 * line naming the input, and the rows before a bad one are merged; the
 * merged graph passes its own check and its events CSV reads back to the
 * same bytes; and the merge is order-free: the rows cut in two between
 * records and added second half first give the same events, actors and
 * relations tables. */
#include <stdint.h>
#include <string.h>

#include "evgraph.h"
#include "fuzz_common.h"
#include "graph.h"

/* Where s can be cut between two records: after the first line break at
 * or past the middle that is outside quotes; 0 when there is none. */
static size_t S_cut(const char *s, size_t n)
{
	size_t i, quotes = 0;
	for (i = 0; i < n; i++) {
		if (s[i] == '"')
			quotes++;
		else if (s[i] == '\n' && i >= n / 2 && quotes % 2 == 0)
			return i + 1;
	}
	return 0;
}

static void S_same_table(evg_graph *a, evg_graph *b, evg_format fmt)
{
	evg_render_opts o;
	char *x = NULL, *y = NULL;
	size_t nx = 0, ny = 0;
	memset(&o, 0, sizeof o);
	FUZZ_ASSERT(evg_render_csv(a, fmt, &o, &x, &nx) == 0);
	FUZZ_ASSERT(evg_render_csv(b, fmt, &o, &y, &ny) == 0);
	FUZZ_ASSERT(nx == ny && memcmp(x, y, nx) == 0);
	evg_free(x);
	evg_free(y);
}

/* The rows from the cut on first, then those before it; both halves
 * are parts of rows that read as a whole, so they read too. */
static void S_check_order(evg_graph *g, const char *s, size_t n, size_t cut)
{
	evg_parser *q = evg_parser_new();
	evg_graph *h;
	FUZZ_ASSERT(evg_parser_add_rows(q, "b.csv", s + cut, n - cut) == 0);
	FUZZ_ASSERT(evg_parser_add_rows(q, "a.csv", s, cut) == 0);
	h = evg_parser_finish(q);
	S_same_table(g, h, EVG_FORMAT_CSV);
	S_same_table(g, h, EVG_FORMAT_ACTORS_CSV);
	S_same_table(g, h, EVG_FORMAT_RELATIONS_CSV);
	evg_graph_free(h);
	evg_parser_free(q);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;
	evg_parser *p = evg_parser_new();
	evg_graph *g;
	size_t cut;
	int rc = evg_parser_add_rows(p, "rows.csv", s, size);
	if (rc) {
		const char *err = evg_parser_error(p);
		FUZZ_ASSERT(rc == EVG_EINVALID);
		FUZZ_ASSERT(strncmp(err, "rows.csv:", 9) == 0);
		FUZZ_ASSERT(strchr(err, '\n') == NULL);
	}
	g = evg_parser_finish(p);
	evg_graph_sort(g);
	evg_graph_check(g);
	fuzz_check_csv_roundtrip(g);
	if (!rc && (cut = S_cut(s, size)) != 0)
		S_check_order(g, s, size, cut);
	evg_graph_free(g);
	evg_parser_free(p);
	return 0;
}
