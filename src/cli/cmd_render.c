/* cmd_render.c: `evgraph render`: an events CSV (with actors and
 * relations) to one output format. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char S_help[] =
	"usage: evgraph render EVENTS.csv [--actors F] [--relations F]\n"
	"                      -f dot|svg|png|pdf|ics|csv|actors-csv|relations-csv|\n"
	"                         timelinejs|html\n"
	"                      [--view actors|events|timeline|briefing] [--template F]\n"
	"                      [--engine dot|sfdp|neato|...] [--timestamp EPOCH]\n"
	"                      [--calendar-name NAME] [-o FILE]\n"
	"Reads the interchange CSV and renders it. '-' is stdin or stdout.\n"
	"--template replaces the built-in look: a DOT template for the diagram\n"
	"views, an HTML page template for -f html.\n"
	"Outputs are written to a temporary file and renamed into place.\n";

typedef struct {
	const char *events, *actors, *relations, *tpl, *out;
	evg_format fmt;
	int have_fmt;
	evg_render_opts opts;
} S_args;

/* Applies one option; returns 1 when argv[*i] was one, 0 when not, or
 * -1 after a usage error. */
static int S_option(S_args *a, int argc, char **argv, int *i)
{
	int miss = 0;
	const char *v;
	if ((v = cli_opt(argc, argv, i, "--format", "-f", &miss))) {
		if (evg_format_from_name(&a->fmt, v))
			return cli_usage("render", "unknown format '%s'", v), -1;
		a->have_fmt = 1;
	} else if (!miss && (v = cli_opt(argc, argv, i, "--view", NULL, &miss))) {
		if (evg_view_from_name(&a->opts.view, v))
			return cli_usage("render", "unknown view '%s'", v), -1;
	} else if (!miss && (v = cli_opt(argc, argv, i, "--actors", NULL, &miss))) {
		a->actors = v;
	} else if (!miss && (v = cli_opt(argc, argv, i, "--relations", NULL, &miss))) {
		a->relations = v;
	} else if (!miss && (v = cli_opt(argc, argv, i, "--template", NULL, &miss))) {
		a->tpl = v;
	} else if (!miss && (v = cli_opt(argc, argv, i, "--output", "-o", &miss))) {
		a->out = v;
	} else if (!miss && (v = cli_opt(argc, argv, i, "--engine", NULL, &miss))) {
		a->opts.layout_engine = v;
	} else if (!miss && (v = cli_opt(argc, argv, i, "--calendar-name", NULL, &miss))) {
		a->opts.calendar_name = v;
	} else if (!miss && (v = cli_opt(argc, argv, i, "--timestamp", NULL, &miss))) {
		char *end;
		a->opts.timestamp = strtoll(v, &end, 10);
		if (*end || a->opts.timestamp <= 0)
			return cli_usage("render", "--timestamp wants seconds since 1970"), -1;
	} else {
		if (miss)
			return cli_usage("render", "%s needs a value", argv[*i]), -1;
		return 0;
	}
	return 1;
}

static int S_parse(S_args *a, int argc, char **argv)
{
	int i, r;
	memset(a, 0, sizeof *a);
	a->out = "-";
	for (i = 1; i < argc; i++) {
		if ((r = S_option(a, argc, argv, &i)) < 0)
			return EXIT_USAGE;
		if (r)
			continue;
		if (argv[i][0] == '-' && argv[i][1])
			return cli_usage("render", "unknown option '%s'", argv[i]);
		if (a->events)
			return cli_usage("render", "one events CSV, please");
		a->events = argv[i];
	}
	if (!a->events)
		return cli_usage("render", "no events CSV given");
	if (!a->have_fmt)
		return cli_usage("render", "no output format given (-f)");
	return EXIT_OK;
}

/* Reads one CSV into g with `reader`; prints the error. */
static int S_load(evg_graph *g, const char *path,
                  int (*reader)(evg_graph *, const char *, const char *, size_t))
{
	char *data;
	size_t len;
	int rc = cli_read(&data, &len, path);
	if (rc)
		return rc;
	rc = reader(g, path, data, len);
	evg_free(data);
	return rc ? cli_fail(rc, "%s", evg_graph_error(g)) : EXIT_OK;
}

/* The library says "template: ..."; the user knows the template by its
 * file name, so the message gets it in front. */
static int S_render_fail(const S_args *a, const evg_graph *g, int rc)
{
	const char *msg = evg_graph_error(g);
	if (a->tpl && !strncmp(msg, "template: ", 10))
		return cli_fail(rc, "%s: %s", a->tpl, msg);
	return cli_fail(rc, "%s", msg);
}

static int S_run(S_args *a, evg_graph *g, char **tpl)
{
	const char *inputs[4] = {a->events, a->actors, a->relations, a->tpl};
	char *tmp;
	size_t tlen;
	int rc;
	if ((a->actors && (rc = S_load(g, a->actors, evg_graph_read_actors_csv))) ||
	    (rc = S_load(g, a->events, evg_graph_read_events_csv)) ||
	    (a->relations && (rc = S_load(g, a->relations, evg_graph_read_relations_csv))) ||
	    (a->tpl && (rc = cli_read(tpl, &tlen, a->tpl))))
		return rc;
	if (evg_graph_event_count(g) == 0)
		return cli_fail(EVG_EINVALID, "%s: no events (header only)", a->events);
	if (*tpl && a->fmt == EVG_FORMAT_HTML) {
		a->opts.html_template = *tpl;
		a->opts.html_template_len = tlen;
	} else if (*tpl) {
		a->opts.dot_template = *tpl;
		a->opts.dot_template_len = tlen;
	}
	if ((rc = cli_render_file(g, a->fmt, &a->opts, a->out, inputs, 4, &tmp)))
		return rc < 0 ? S_render_fail(a, g, rc) : rc;
	if (a->opts.skipped)
		fprintf(stderr, "evgraph: %zu undated event%s left out of the %s output\n",
		        a->opts.skipped, a->opts.skipped == 1 ? "" : "s",
		        evg_format_name(a->fmt));
	rc = tmp ? cli_commit(tmp, a->out) : EXIT_OK;
	evg_free(tmp);
	return rc;
}

int cmd_render(int argc, char **argv)
{
	S_args a;
	evg_graph *g;
	char *tpl = NULL;
	int rc, i;
	for (i = 1; i < argc; i++)
		if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h"))
			return fputs(S_help, stdout), EXIT_OK;
	if ((rc = S_parse(&a, argc, argv)))
		return rc;
	g = evg_graph_new();
	rc = S_run(&a, g, &tpl);
	evg_free(tpl);
	evg_graph_free(g);
	return rc;
}
