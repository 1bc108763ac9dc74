#define _POSIX_C_SOURCE 200809L /* mkdir */
/* cmd_merge.c: `evgraph merge`, the reduce of a map/reduce run: event
 * rows from `evgraph extract`, in any number of files and any order, ->
 * the merged graph's tables. The merge is associative and order-free, so
 * the result equals `evgraph build` over the same documents. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"

static const char S_help[] =
	"usage: evgraph merge [ROWS.csv|-]... -o DIR|-\n"
	"Merges event rows written by `evgraph extract` (stdin when no file is\n"
	"given) into one event graph and writes DIR/events.csv, actors.csv,\n"
	"relations.csv and timeline.ics; `evgraph render` draws the rest.\n"
	"With -o - the events CSV goes to stdout (a Hadoop Streaming reducer).\n";

static const struct {
	const char *file;
	evg_format fmt;
} S_outputs[] = {
	{"events.csv", EVG_FORMAT_CSV},
	{"actors.csv", EVG_FORMAT_ACTORS_CSV},
	{"relations.csv", EVG_FORMAT_RELATIONS_CSV},
	{"timeline.ics", EVG_FORMAT_ICS},
};

static int S_write(evg_graph *g, const char *dir, char **in, size_t nin)
{
	size_t i;
	int rc = EXIT_OK;
	if (mkdir(dir, 0777) && errno != EEXIST)
		return cli_fail(EVG_EIO, "%s: %s", dir, strerror(errno));
	for (i = 0; i < sizeof S_outputs / sizeof *S_outputs; i++) {
		evg_render_opts o;
		char *tmp, *path = malloc(strlen(dir) + strlen(S_outputs[i].file) + 2);
		int r;
		if (!path)
			abort();
		sprintf(path, "%s/%s", dir, S_outputs[i].file);
		memset(&o, 0, sizeof o);
		o.view = EVG_VIEW_EVENTS;
		r = cli_render_file(g, S_outputs[i].fmt, &o, path, (const char *const *)in,
		                    nin, &tmp);
		if (r < 0)
			rc = cli_fail(r, "%s: %s", path, evg_graph_error(g));
		else if (r || (tmp && cli_commit(tmp, path)))
			rc = EXIT_INPUT;
		evg_free(tmp);
		free(path);
	}
	return rc;
}

static int S_stdout(evg_graph *g)
{
	evg_render_opts o;
	char *tmp; /* stays NULL: stdout is not a file to commit */
	int r;
	memset(&o, 0, sizeof o);
	r = cli_render_file(g, EVG_FORMAT_CSV, &o, "-", NULL, 0, &tmp);
	return r < 0 ? cli_fail(r, "events.csv: %s", evg_graph_error(g)) : r;
}

/* Rows are read a piece at a time, each ending at a record's end, so a
 * reducer's memory grows with the events it merges, not with its input. */
enum { S_PIECE = 4 << 20 };

/* Where a piece of input may be cut: the end of its last whole record,
 * and the newlines before that end, for the next piece's line numbers. */
typedef struct {
	size_t end;   /* just after the record's newline; 0 when there is none */
	size_t lines; /* newlines in [0, end), those inside quotes too */
} S_cut;

/* Newlines in [p, stop). */
static size_t S_count_lines(const char *p, const char *stop)
{
	size_t n = 0;
	while ((p = memchr(p, '\n', (size_t)(stop - p))) != NULL)
		n++, p++;
	return n;
}

/* The cut of buf[0, len), found with memchr rather than byte by byte:
 * outside quotes a newline ends a record; inside, only the next '"'
 * matters (a "" in a quoted cell closes it and opens it again). */
static S_cut S_find_cut(const char *buf, size_t len)
{
	const char *p = buf, *stop = buf + len, *quote, *nl, *close;
	size_t lines = 0;
	S_cut c = {0, 0};
	quote = memchr(p, '"', len);
	for (;;) {
		nl = memchr(p, '\n', (size_t)((quote ? quote : stop) - p));
		if (nl) {
			p = nl + 1;
			c.end = (size_t)(p - buf);
			c.lines = ++lines;
			continue;
		}
		if (!quote)
			return c;
		close = memchr(quote + 1, '"', (size_t)(stop - quote - 1));
		lines += S_count_lines(quote + 1, close ? close : stop);
		if (!close)
			return c; /* a quoted cell the next piece goes on with */
		p = close + 1;
		quote = memchr(p, '"', (size_t)(stop - p));
	}
}

static int S_read_one(evg_parser *p, const char *path)
{
	const char *name = strcmp(path, "-") ? path : "stdin";
	FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
	char *buf = NULL;
	size_t len = 0, cap = 0, line = 1;
	int rc = EXIT_OK, eof = 0;
	S_cut cut;
	if (!f)
		return cli_fail(EVG_EIO, "%s: %s", path, strerror(errno));
	while (!eof && !rc) {
		if (cap - len < S_PIECE) {
			cap = cap ? cap * 2 : S_PIECE * 2;
			if (!(buf = realloc(buf, cap)))
				abort();
		}
		len += fread(buf + len, 1, cap - len, f);
		eof = len < cap;
		if (eof && ferror(f)) {
			rc = cli_fail(EVG_EIO, "%s: %s", path, strerror(errno));
			break;
		}
		if (eof)
			cut.end = len, cut.lines = 0; /* no next piece to number */
		else
			cut = S_find_cut(buf, len);
		if (!cut.end)
			continue; /* one record longer than the buffer: read on */
		if (evg_parser_add_rows_at(p, name, line, buf, cut.end))
			rc = cli_fail(EVG_EINVALID, "%s", evg_parser_error(p));
		line += cut.lines;
		memmove(buf, buf + cut.end, len - cut.end);
		len -= cut.end;
	}
	free(buf);
	if (f != stdin)
		fclose(f);
	return rc;
}

static int S_read(evg_parser *p, char **in, size_t nin)
{
	size_t i;
	int rc = EXIT_OK;
	for (i = 0; i < nin && !rc; i++)
		rc = S_read_one(p, in[i]);
	return rc;
}

int cmd_merge(int argc, char **argv)
{
	char **in = calloc((size_t)argc + 1, sizeof *in), *dash = "-";
	const char *v, *dir = NULL;
	size_t nin = 0;
	int i, miss = 0, rc = -1;
	if (!in)
		abort();
	for (i = 1; i < argc && rc < 0; i++) {
		if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h"))
			rc = (fputs(S_help, stdout), EXIT_OK);
		else if ((v = cli_opt(argc, argv, &i, "--output", "-o", &miss)))
			dir = v;
		else if (miss)
			rc = cli_usage("merge", "%s needs a value", argv[i]);
		else if (argv[i][0] == '-' && argv[i][1])
			rc = cli_usage("merge", "unknown option '%s'", argv[i]);
		else
			in[nin++] = argv[i];
	}
	if (rc < 0 && !dir)
		rc = cli_usage("merge", "no output folder given (-o DIR)");
	if (rc < 0) {
		evg_parser *p = evg_parser_new();
		if (!nin)
			in[nin++] = dash;
		if (!(rc = S_read(p, in, nin))) {
			evg_graph *g = evg_parser_finish(p);
			rc = strcmp(dir, "-") ? S_write(g, dir, in, nin) : S_stdout(g);
			fprintf(stderr, "evgraph merge: %zu events, %zu actors, %zu relations -> %s\n",
			        evg_graph_event_count(g), evg_graph_actor_count(g),
			        evg_graph_edge_count(g), dir);
			evg_graph_free(g);
		}
		evg_parser_free(p);
	}
	free(in);
	return rc;
}
