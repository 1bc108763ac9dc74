#define _POSIX_C_SOURCE 200809L /* fileno, isatty, clock_gettime, flockfile */
/* docs.c: the documents of `evgraph build` and `evgraph extract`, read
 * one at a time so that only the one being extracted is in memory: whole
 * files, or JSON Lines (one document per line, as a crawler or a Hadoop
 * input split delivers them). A bad JSON line is reported as
 * name:line:column and skipped; the others are still read. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

void cli_docs_init(cli_docs *s, const cli_inputs *in, int jsonl,
                   const cli_file_id *watch, size_t nwatch)
{
	memset(s, 0, sizeof *s);
	cli_walk_init(&s->walk, in);
	s->walk.watch = watch, s->walk.nwatch = nwatch;
	s->jsonl = jsonl;
	s->max_doc = CLI_MAX_DOC;
	s->max_line = CLI_MAX_LINE;
	/* asked once, not once a document */
	s->progress = isatty(STDERR_FILENO);
	/* the time left needs the total: a second walk, only when shown */
	if (s->progress)
		s->bytes_total = cli_inputs_bytes(in);
}

void cli_doc_free(cli_doc *d)
{
	free(d->name);
	if (d->text_malloc)
		free(d->text);
	else
		evg_free(d->text);
	memset(d, 0, sizeof *d);
}

static char *S_strdup(const char *s, size_t n)
{
	char *p = malloc(n + 1);
	if (!p)
		abort();
	memcpy(p, s, n);
	p[n] = 0;
	return p;
}

/* The document of a JSON line: its id, name or url names it, else the
 * input and line; its date, when given, is the publication date. */
static void S_jdoc(const cli_jline *l, cli_doc *d, const cli_jdoc *j)
{
	size_t n, k;
	const char *v, *text = cli_jdoc_get(j, CLI_J_TEXT, &n);
	char name[64];
	if (!(d->text = malloc(n + 1)))
		abort();
	d->text_malloc = 1;
	d->text[n] = 0;
	memcpy(d->text, text, n);
	d->len = n;
	d->date.prec = EVG_PREC_UNKNOWN;
	/* "2016-10-07", or a timestamp starting with the day */
	if ((v = cli_jdoc_get(j, CLI_J_DATE, &n)) && evg_date_parse(&d->date, v, n) &&
	    (n < 10 || evg_date_parse(&d->date, v, 10))) {
		fprintf(stderr, "%s:%zu: date: not an ISO 8601 date; the text's own date is used\n",
		        l->source, l->line);
		d->date.prec = EVG_PREC_UNKNOWN;
	}
	for (k = CLI_J_ID; k <= CLI_J_URL; k++)
		if ((v = cli_jdoc_get(j, (cli_jfield)k, &n)) && n) {
			d->name = S_strdup(v, n);
			return;
		}
	snprintf(name, sizeof name, ":%zu", l->line);
	n = strlen(l->source);
	d->name = malloc(n + strlen(name) + 1);
	if (!d->name)
		abort();
	memcpy(d->name, l->source, n);
	strcpy(d->name + n, name);
}

/* Appends n bytes to s->lbuf, which keeps at most max + 1 of a line:
 * enough to tell a line over max from one at it, never the rest. */
static void S_keep(cli_docs *s, size_t *kept, const char *p, size_t n,
                   size_t max)
{
	if (*kept > max)
		return;
	if (n > max + 1 - *kept)
		n = max + 1 - *kept;
	if (*kept + n + 1 > s->lcap) {
		s->lcap = *kept + n + 1 > 2 * s->lcap ? *kept + n + 1 : 2 * s->lcap;
		if (!(s->lbuf = realloc(s->lbuf, s->lcap)))
			abort();
	}
	memcpy(s->lbuf + *kept, p, n);
	*kept += n;
}

/* Reads what the open input has, up to CLI_IO_BUFFER bytes, into
 * s->rbuf: as much as one read(2) gives, so that a line that has come
 * down a pipe is taken without waiting for more. 0 at the end or on a
 * read error (s->rerr). */
static size_t S_fill(cli_docs *s)
{
	ssize_t n;
	do
		n = read(fileno(s->cur), s->rbuf, CLI_IO_BUFFER);
	while (n < 0 && errno == EINTR);
	if (n < 0)
		s->rerr = 1;
	s->rpos = 0;
	s->rlen = n > 0 ? (size_t)n : 0;
	return s->rlen;
}

/* The next line of the open input, without its line feed, into s->lbuf
 * (its first max + 1 bytes at most) and *len (its whole length): 1, or 0
 * at the end of the input or on a read error. A line is read through
 * whatever its length, but never held whole when over max. */
static int S_read_line(cli_docs *s, size_t max, size_t *len)
{
	size_t kept = 0, n = 0;
	int any = 0;
	for (;;) {
		const char *p, *nl;
		size_t k;
		if (s->rpos == s->rlen && !S_fill(s))
			break;
		any = 1;
		p = s->rbuf + s->rpos;
		nl = memchr(p, '\n', s->rlen - s->rpos);
		k = nl ? (size_t)(nl - p) : s->rlen - s->rpos;
		S_keep(s, &kept, p, k, max);
		n += k;
		s->rpos += k + (nl != NULL);
		s->bytes_done += (double)(k + (nl != NULL));
		if (nl)
			break;
	}
	if (!any)
		return 0;
	S_keep(s, &kept, "", 0, max); /* room for the NUL */
	s->lbuf[kept] = '\0';
	*len = n;
	return 1;
}

/* The next line of the open JSON Lines input that is not empty, copied
 * into l (or, over --max-doc-bytes, only its place); 0 at its end. */
static int S_next_line(cli_docs *s, cli_jline *l)
{
	size_t max = s->max_doc, len;
	while (S_read_line(s, max, &len)) {
		s->line++;
		if (len <= max)
			while (len && s->lbuf[len - 1] == '\r')
				len--;
		if (!len)
			continue;
		memset(l, 0, sizeof *l);
		if (len > max)
			l->over = len;
		else
			l->text = S_strdup(s->lbuf, len), l->len = len;
		l->source = S_strdup(s->curname, strlen(s->curname));
		l->line = s->line;
		return 1;
	}
	return 0;
}

/* A FIFO, socket or device found in a folder: reported, its path freed,
 * never opened (opening a FIFO waits for a writer). The exit code. */
static int S_refuse_special(cli_file *f)
{
	int rc = cli_fail(EVG_EINVALID, "%s: not a regular file", f->path);
	free(f->path);
	f->path = NULL;
	return rc;
}

/* Opens path (taken over) as the JSON Lines input. */
static int S_open(cli_docs *s, char *path)
{
	free(s->curpath);
	s->curpath = path;
	s->curname = strcmp(path, "-") ? path : "stdin";
	s->line = 0;
	s->cur = strcmp(path, "-") ? fopen(path, "rb") : stdin;
	if (!s->cur)
		return cli_fail(EVG_EIO, "%s: cannot open", path);
	/* read with read(2), lines split here, never through stdio: see
	 * S_read_line */
	if (!s->rbuf && !(s->rbuf = malloc(CLI_IO_BUFFER)))
		abort();
	s->rpos = s->rlen = 0;
	s->rerr = 0;
	return EXIT_OK;
}

/* 1 and a line, 0 at the end, or minus an exit code. */
static int S_next_jsonl(cli_docs *s, cli_jline *l)
{
	int rc;
	cli_file f;
	for (;;) {
		if (s->cur && S_next_line(s, l))
			return 1;
		if (s->cur) {
			int bad = s->rerr;
			if (s->cur != stdin)
				fclose(s->cur);
			s->cur = NULL;
			if (bad)
				return -cli_fail(EVG_EIO, "%s: read error", s->curname);
		}
		if (!cli_walk_next(&s->walk, &f))
			return 0;
		if (f.special)
			return -S_refuse_special(&f);
		if ((rc = S_open(s, f.path)))
			return -rc;
	}
}

/* Reads file path (taken over) into d: 1, or 0 with *rc set after the
 * one-line report. Reads s only, so threads may call it at once. */
static int S_read_file(const cli_docs *s, cli_file *f, cli_doc *d, int *rc)
{
	char *path = f->path;
	const char *name = strcmp(path, "-") ? path : "stdin";
	size_t max = s->max_doc;
	char err[512];
	int r;
	if (f->special) {
		*rc = S_refuse_special(f);
		return 0;
	}
	r = evg_file_read(&d->text, &d->len, path, max, err, sizeof err);
	d->date = f->date;
	if (r == EVG_ELIMIT)
		*rc = cli_fail(r, "%s: over --max-doc-bytes %zu", name, max);
	else if (r)
		*rc = cli_fail(r, "%s", err);
	if (r) {
		free(path);
		return 0;
	}
	if (name == path)
		d->name = path;
	else
		d->name = S_strdup(name, strlen(name)), free(path);
	return 1;
}

/* An empty document, or what cli_check_text refuses: 0 when fine, else
 * the exit code after the one-line report. */
static int S_check(const cli_docs *s, const cli_doc *d)
{
	if (!d->len)
		return cli_fail(EVG_EINVALID, "%s:1:1: empty document", d->name);
	return cli_check_text(d->name, d->text, d->len, s->max_line);
}

int cli_docs_take_line(cli_docs *s, cli_jline *l, int *rc)
{
	int got = s->jsonl ? S_next_jsonl(s, l) : 0;
	*rc = got < 0 ? -got : EXIT_OK;
	return got > 0;
}

int cli_docs_parse_line(const cli_docs *s, cli_jline *l, cli_doc *d, int *rc)
{
	size_t max = s->max_doc;
	cli_jdoc j;
	memset(d, 0, sizeof *d);
	*rc = EXIT_OK;
	if (l->over) { /* its text, never longer than the line, would be too */
		*rc = cli_fail(EVG_ELIMIT, "%s:%zu: over --max-doc-bytes %zu", l->source,
		               l->line, max);
		return 0;
	}
	if (cli_jdoc_parse(&j, l->text, l->len)) {
		fprintf(stderr, "%s:%zu:%zu: %s\n", l->source, l->line, j.column, j.error);
		free(j.buf);
		l->bad = 1;
		return 0;
	}
	S_jdoc(l, d, &j);
	free(j.buf);
	if ((*rc = S_check(s, d)))
		cli_doc_free(d);
	return !*rc;
}

int cli_docs_count_line(cli_docs *s, const cli_jline *l, const cli_doc *d,
                        int got, int *rc)
{
	if (l->bad) {
		s->bad_lines++; /* reported; go on with the next line */
		return 1;
	}
	return cli_docs_count(s, d, got, rc);
}

void cli_jline_free(cli_jline *l)
{
	free(l->text);
	free(l->source);
	memset(l, 0, sizeof *l);
}

int cli_docs_claim(cli_docs *s, cli_file *f)
{
	return !s->jsonl && cli_walk_claim(&s->walk, f);
}

int cli_docs_read(const cli_docs *s, cli_file *f, cli_doc *d, int *rc)
{
	int got;
	memset(d, 0, sizeof *d);
	*rc = EXIT_OK;
	got = S_read_file(s, f, d, rc);
	if (got && (*rc = S_check(s, d)))
		cli_doc_free(d), got = 0;
	return got;
}

int cli_docs_count(cli_docs *s, const cli_doc *d, int got, int *rc)
{
	if (got) {
		s->ndocs++;
		if (!s->jsonl) /* a JSON Lines input counts its lines as read */
			s->bytes_done += (double)d->len;
		return 0;
	}
	if (*rc == EXIT_OK || s->strict)
		return 0;
	s->skipped++; /* reported; go on with the next document */
	*rc = EXIT_OK;
	return 1;
}

void cli_docs_close(cli_docs *s)
{
	if (s->cur && s->cur != stdin)
		fclose(s->cur);
	s->cur = NULL;
	free(s->curpath);
	s->curpath = NULL;
	free(s->lbuf);
	s->lbuf = NULL;
	free(s->rbuf);
	s->rbuf = NULL;
	cli_walk_free(&s->walk);
}

static double S_now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

void cli_progress(const cli_docs *s, int last)
{
	static double start, shown;
	double now = S_now(), mb = s->bytes_done / 1048576, rate;
	if (!s->progress)
		return;
	if (!start)
		start = shown = now;
	if (!last && now - shown < 0.5)
		return;
	shown = now;
	rate = now > start ? mb / (now - start) : 0;
	flockfile(stderr); /* one piece, whatever other threads report */
	fprintf(stderr, "\r%zu documents, %.1f MB, %.1f MB/s", s->ndocs, mb, rate);
	if (s->bytes_total > 0 && rate > 0 && !last)
		fprintf(stderr, ", %.0f s left ",
		        (s->bytes_total - s->bytes_done) / 1048576 / rate);
	fputs(last ? "          \n" : "   ", stderr);
	funlockfile(stderr);
}
