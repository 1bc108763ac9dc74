/* main.c: the evgraph tool, a switchboard over libevgraph: it picks the
 * subcommand and reports; the subcommands parse arguments, call the
 * library and write. */
#include <string.h>

#include "cli.h"

static const char S_help[] =
	"usage: evgraph COMMAND [ARGS]\n"
	"\n"
	"Commands:\n"
	"  build     extract an event graph from news articles into a folder\n"
	"  render    render an events CSV as dot, svg, png, pdf, ics or csv\n"
	"  timex     find and normalise the dates and times of articles\n"
	"  extract   articles -> event rows (CSV), the map of a map/reduce run\n"
	"  merge     event rows -> the merged graph's tables, the reduce\n"
	"\n"
	"evgraph COMMAND --help describes each command.\n"
	"\n"
	"Exit status: 0 success; 1 bad input or a failed render or write;\n"
	"2 usage error (unknown option, missing argument, unsupported format).\n";

static const struct {
	const char *name;
	int (*run)(int argc, char **argv);
} S_commands[] = {
	{"build", cmd_build},
	{"render", cmd_render},
	{"timex", cmd_timex},
	{"extract", cmd_extract},
	{"merge", cmd_merge},
};

int main(int argc, char **argv)
{
	size_t i;
	if (argc < 2)
		return fputs(S_help, stderr), EXIT_USAGE;
	if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") ||
	    !strcmp(argv[1], "help"))
		return fputs(S_help, stdout), EXIT_OK;
	if (!strcmp(argv[1], "--version") || !strcmp(argv[1], "-V")) {
		printf("evgraph %s\n", EVGRAPH_VERSION);
		return EXIT_OK;
	}
	for (i = 0; i < sizeof S_commands / sizeof *S_commands; i++)
		if (!strcmp(argv[1], S_commands[i].name))
			return S_commands[i].run(argc - 1, argv + 1);
	fprintf(stderr, "evgraph: unknown command '%s' (see 'evgraph --help')\n",
	        argv[1]);
	return EXIT_USAGE;
}
