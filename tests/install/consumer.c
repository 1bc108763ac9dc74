/* consumer.c: a program using the installed libevgraph, built by
 * tests/install/install_test.sh through pkg-config and find_package. */
#include <evgraph.h>
#include <stdio.h>
int main(void)
{
	evg_graph *g = evg_graph_new();
	const char csv[] = "date,type,source,target\n2016-10-07,ACCUSE,United States,Russia\n";
	evg_render_opts o = {0};
	char *out; size_t n;
	if (evg_graph_read_events_csv(g, "x.csv", csv, sizeof csv - 1) ||
	    evg_render(g, EVG_FORMAT_ICS, &o, &out, &n))
		return fprintf(stderr, "%s\n", evg_graph_error(g)), 1;
	fwrite(out, 1, n, stdout);
	evg_free(out);
	evg_graph_free(g);
	printf("evgraph %s\n", EVGRAPH_VERSION);
	return 0;
}
