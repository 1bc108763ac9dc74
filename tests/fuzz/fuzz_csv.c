/* fuzz_csv.c: the interchange CSV reader. Invariants: a read either fails
 * with a one-line message naming the input, or succeeds; what was read,
 * written back as CSV and read again, gives the same bytes; a failed read
 * leaves the graph empty. The first byte picks the reader. */
#include <stdint.h>
#include <string.h>

#include "evgraph.h"
#include "fuzz_common.h"

typedef int (*S_reader)(evg_graph *, const char *, const char *, size_t);

static void S_check_error(const evg_graph *g, int rc)
{
	const char *err = evg_graph_error(g);
	FUZZ_ASSERT(rc == EVG_EINVALID);
	FUZZ_ASSERT(strncmp(err, "in.csv:", 7) == 0);
	FUZZ_ASSERT(strchr(err, '\n') == NULL);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const S_reader readers[3] = {evg_graph_read_events_csv,
	                                    evg_graph_read_actors_csv,
	                                    evg_graph_read_relations_csv};
	evg_graph *g;
	int which, rc;
	if (size < 1)
		return 0;
	which = data[0] % 3;
	g = evg_graph_new();
	rc = readers[which](g, "in.csv", (const char *)data + 1, size - 1);
	if (rc)
		S_check_error(g, rc);
	if (rc && which == 0)
		FUZZ_ASSERT(evg_graph_event_count(g) == 0);
	if (!rc && which == 0)
		fuzz_check_csv_roundtrip(g);
	evg_graph_free(g);
	return 0;
}
