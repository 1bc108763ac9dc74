#define _POSIX_C_SOURCE 200809L /* isatty */
/* cmd_extract.c: `evgraph extract`, the map of a map/reduce run: each
 * document's events as CSV rows on stdout, written as soon as the
 * document is done, nothing kept between documents. `evgraph merge` is
 * the reduce. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

static const char S_help[] =
	"usage: evgraph extract INPUT... [--manifest F.csv] [--jsonl]\n"
	"                       [--lexicon F.csv]... [-j N]\n"
	"                       [--max-doc-bytes N] [--max-line-bytes N]\n"
	"Extracts the events of each document and writes them to stdout as CSV\n"
	"rows (one line per event, no header), for `evgraph merge`. An INPUT is\n"
	"a text file, a folder (its files, in name order) or '-' for stdin;\n"
	"with --jsonl every file is JSON Lines, one document a line ({\"text\",\n"
	"\"date\", \"id\"/\"name\"/\"url\"}). A manifest lists files with their\n"
	"publication dates (columns file,date[,source,title,url]; paths relative\n"
	"to it; '-' reads it from stdin). The rows of any split of the documents,\n"
	"in any order, merge into the graph that `evgraph build` makes of them\n"
	"all. -j N extracts in N threads (rows then come in no fixed order).\n"
	"A document that cannot be read, is empty, is binary, or is over a\n"
	"limit is reported on one line and skipped; the others' rows are still\n"
	"written and the exit status is 1. The limits are build's:\n"
	"--max-doc-bytes (default 64 MiB; with --jsonl, a longer line too) and\n"
	"--max-line-bytes (default 1 MiB, one line without a line break).\n";

typedef struct S_ctx {
	const char **lexicons;
	size_t nlex;
	size_t max_doc, max_line;
	pthread_mutex_t out; /* one document's rows stay together */
} S_ctx;

static int S_lexicons(const S_ctx *c, evg_parser *p)
{
	return cli_add_lexicons(p, c->lexicons, c->nlex);
}

static evg_parser *S_make(void *ctx)
{
	evg_parser *p = evg_parser_new();
	if (S_lexicons(ctx, p)) {
		evg_parser_free(p);
		return NULL;
	}
	return p;
}

/* Diagnostics of the document just read. */
static void S_diags(evg_parser *p)
{
	const evg_graph *g = evg_parser_diagnostics(p);
	size_t i, n = evg_graph_diag_count(g);
	for (i = 0; i < n; i++) {
		const evg_diag *d = evg_graph_diag(g, i);
		fprintf(stderr, "%s:%zu:%zu: %s\n", d->file, d->line, d->column, d->message);
	}
}

static int S_one(void *ctx, evg_parser *p, cli_doc *d)
{
	S_ctx *c = ctx;
	char *rows;
	size_t len;
	int rc = evg_parser_parse_document(p, d->name, d->text, d->len, &d->date);
	if (rc)
		return cli_fail(rc, "%s", evg_parser_error(p));
	evg_parser_take_rows(p, &rows, &len);
	pthread_mutex_lock(&c->out);
	if (fwrite(rows, 1, len, stdout) != len)
		rc = cli_fail(EVG_EIO, "stdout: write error");
	if (evg_graph_diag_count(evg_parser_diagnostics(p)))
		S_diags(p);
	pthread_mutex_unlock(&c->out);
	if (evg_graph_diag_count(evg_parser_diagnostics(p)))
		evg_graph_free(evg_parser_finish(p)); /* forgets them; no events left */
	evg_free(rows);
	return rc;
}

/* Rows go out a few KiB a document: stdout writes them in larger pieces
 * than stdio's 4 KiB (glibc takes a size only with a buffer). */
static char S_outbuf[CLI_IO_BUFFER];

static int S_run(S_ctx *c, const cli_inputs *in, int jsonl, unsigned jobs)
{
	cli_docs docs;
	evg_parser *p = S_make(c);
	int rc;
	if (!p)
		return EXIT_INPUT;
	if (!isatty(STDOUT_FILENO)) /* a terminal shows rows as they come */
		setvbuf(stdout, S_outbuf, _IOFBF, sizeof S_outbuf);
	cli_docs_init(&docs, in, jsonl, NULL, 0);
	docs.max_doc = c->max_doc;
	docs.max_line = c->max_line;
	rc = cli_extract_docs(p, S_make, &docs, jobs, S_one, c);
	if (!rc && (docs.bad_lines || docs.skipped))
		rc = EXIT_INPUT; /* reported; the others' rows are written */
	cli_docs_close(&docs);
	evg_parser_free(p);
	if (fflush(stdout) && !rc)
		rc = cli_fail(EVG_EIO, "stdout: write error");
	return rc;
}

int cmd_extract(int argc, char **argv)
{
	S_ctx c;
	cli_inputs in;
	evg_date none = {0, 0, 0, EVG_PREC_UNKNOWN};
	unsigned jobs = 1;
	int i, miss = 0, jsonl = 0, rc;
	const char *v, *manifest = NULL;
	memset(&c, 0, sizeof c);
	memset(&in, 0, sizeof in);
	c.max_doc = CLI_MAX_DOC;
	c.max_line = CLI_MAX_LINE;
	c.lexicons = calloc((size_t)argc, sizeof *c.lexicons);
	if (!c.lexicons)
		abort();
	for (i = 1, rc = -1; i < argc && rc < 0; i++) {
		if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h"))
			rc = (fputs(S_help, stdout), EXIT_OK);
		else if ((v = cli_opt(argc, argv, &i, "--lexicon", NULL, &miss)))
			c.lexicons[c.nlex++] = v;
		else if (!miss && (v = cli_opt(argc, argv, &i, "--manifest", NULL, &miss)))
			manifest = v;
		else if (!miss && (v = cli_opt(argc, argv, &i, "--jobs", "-j", &miss))) {
			if (!(jobs = cli_jobs(v)))
				rc = cli_usage("extract", "-j needs a number from 1 to 256");
		} else if (!miss && (v = cli_opt(argc, argv, &i, "--max-doc-bytes", NULL, &miss))) {
			if (cli_size_opt("extract", &c.max_doc, "--max-doc-bytes", v))
				rc = EXIT_USAGE;
		} else if (!miss && (v = cli_opt(argc, argv, &i, "--max-line-bytes", NULL, &miss))) {
			if (cli_size_opt("extract", &c.max_line, "--max-line-bytes", v))
				rc = EXIT_USAGE;
		} else if (miss)
			rc = cli_usage("extract", "%s needs a value", argv[i]);
		else if (!strcmp(argv[i], "--jsonl"))
			jsonl = 1;
		else if (argv[i][0] == '-' && argv[i][1])
			rc = cli_usage("extract", "unknown option '%s'", argv[i]);
		else
			cli_inputs_add(&in, argv[i], strlen(argv[i]), none);
	}
	if (rc < 0 && manifest) {
		int r = cli_inputs_add_manifest(&in, manifest);
		if (r)
			rc = r;
	}
	if (rc < 0 && !in.n)
		rc = cli_usage("extract", "no input given ('-' for stdin)");
	if (rc < 0) {
		pthread_mutex_init(&c.out, NULL);
		rc = S_run(&c, &in, jsonl, jobs);
		pthread_mutex_destroy(&c.out);
	}
	cli_inputs_free(&in);
	free(c.lexicons);
	return rc;
}
