#define _POSIX_C_SOURCE 200809L /* flockfile */
/* util.c: error reporting and file I/O for the subcommands. */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* Library limit on one input file: beyond it a file is refused with a
 * message rather than read into memory. */
enum { CLI_MAX_INPUT = 512 * 1024 * 1024 };

int cli_exit_code(int status)
{
	switch (status) {
	case EVG_OK: return EXIT_OK;
	case EVG_EUNSUPPORTED: return EXIT_USAGE;
	default: return EXIT_INPUT;
	}
}

int cli_fail(int status, const char *fmt, ...)
{
	va_list ap;
	/* one line, whole, whatever other threads report meanwhile */
	flockfile(stderr);
	fputs("evgraph: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	funlockfile(stderr);
	return cli_exit_code(status);
}

int cli_usage(const char *cmd, const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "evgraph %s: ", cmd);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, " (see 'evgraph %s --help')\n", cmd);
	return EXIT_USAGE;
}

int cli_read(char **out, size_t *len, const char *path)
{
	char err[512];
	int rc = evg_file_read(out, len, path, CLI_MAX_INPUT, err, sizeof err);
	return rc ? cli_fail(rc, "%s", err) : EXIT_OK;
}

int cli_write(const char *path, const char *data, size_t len,
              const char *const *inputs, size_t ninputs)
{
	char err[512];
	int rc = evg_file_write_atomic(path, data, len, inputs, ninputs, err,
	                               sizeof err);
	return rc ? cli_fail(rc, "%s", err) : EXIT_OK;
}

static int S_stdout_write(void *ctx, const char *data, size_t len)
{
	return fwrite(data, 1, len, ctx) == len ? 0 : -1;
}

static int S_render_stdout(evg_graph *g, evg_format fmt, evg_render_opts *o)
{
	int r = evg_render_to(g, fmt, o, S_stdout_write, stdout);
	if (r == EVG_EIO || fflush(stdout))
		return cli_fail(EVG_EIO, "<stdout>: %s", strerror(errno));
	return r;
}

int cli_render_file(evg_graph *g, evg_format fmt, evg_render_opts *o,
                    const char *path, const char *const *inputs,
                    size_t ninputs, char **tmp)
{
	char err[512];
	evg_file_out *f;
	int r;
	*tmp = NULL;
	if (!strcmp(path, "-"))
		return S_render_stdout(g, fmt, o);
	if ((r = evg_file_open_temp(&f, path, inputs, ninputs, err, sizeof err)))
		return cli_fail(r, "%s", err);
	r = evg_render_to(g, fmt, o, evg_file_out_write, f);
	if (r && r != EVG_EIO) {
		evg_file_discard_temp(f);
		return r;
	}
	/* A failed write is the file's to tell: it knows the errno. */
	if ((r = evg_file_close_temp(f, tmp, err, sizeof err)))
		return cli_fail(r, "%s", err);
	return EXIT_OK;
}

int cli_commit(const char *tmp, const char *path)
{
	char err[512];
	int rc = evg_file_commit(tmp, path, err, sizeof err);
	return rc ? cli_fail(rc, "%s", err) : EXIT_OK;
}

int cli_remove_output(const char *path, const char *const *inputs,
                      size_t ninputs)
{
	char err[512];
	int rc = evg_file_remove_output(path, inputs, ninputs, err, sizeof err);
	return rc ? cli_fail(rc, "%s", err) : EXIT_OK;
}

const char *cli_opt(int argc, char **argv, int *i, const char *name,
                    const char *alias, int *missing)
{
	const char *a = argv[*i];
	size_t n = strlen(name);
	*missing = 0;
	if (!strncmp(a, name, n) && a[n] == '=')
		return a + n + 1;
	if (strcmp(a, name) && (!alias || strcmp(a, alias)))
		return NULL;
	if (*i + 1 >= argc) {
		*missing = 1;
		return NULL;
	}
	return argv[++*i];
}

unsigned cli_jobs(const char *v)
{
	unsigned n = 0;
	if (!*v)
		return 0;
	for (; *v; v++) {
		if (*v < '0' || *v > '9' || n > 256)
			return 0;
		n = n * 10 + (unsigned)(*v - '0');
	}
	return n <= 256 ? n : 0;
}

int cli_size_opt(const char *cmd, size_t *out, const char *opt, const char *v)
{
	char *end;
	unsigned long long n;
	if (v[0] < '0' || v[0] > '9')
		return cli_usage(cmd, "%s wants a positive number, not '%s'", opt, v);
	errno = 0;
	n = strtoull(v, &end, 10);
	if (*end || !n || errno || n > (size_t)-1 / 2)
		return cli_usage(cmd, "%s wants a positive number, not '%s'", opt, v);
	*out = (size_t)n;
	return EXIT_OK;
}

/* 1-based line and column of byte off, columns counted in bytes. */
static void S_pos(const char *s, size_t off, size_t *line, size_t *col)
{
	const char *nl;
	size_t start = 0;
	*line = 1;
	while ((nl = memchr(s + start, '\n', off - start)))
		start = (size_t)(nl - s) + 1, ++*line;
	*col = off - start + 1;
}

/* Length of the text character at s, 0 for a byte no text file has: NUL, C0 controls other than white space,
 * DEL, and bytes that do not start valid UTF-8. */
static size_t S_text_len(const unsigned char *s, size_t n)
{
	if (s[0] >= 0x20 && s[0] < 0x7f)
		return 1; /* most bytes */
	if (s[0] >= 0x80) {
		size_t k = 1;
		size_t need = s[0] >= 0xf0 ? 4 : s[0] >= 0xe0 ? 3 : s[0] >= 0xc2 ? 2 : 0;
		if (!need || need > 4 || s[0] > 0xf4 || n < need)
			return 0;
		while (k < need && (s[k] & 0xc0) == 0x80)
			k++;
		return k == need ? need : 0;
	}
	switch (s[0]) {
	case '\t': case '\n': case '\r': case '\f': case '\v': case '\033':
		return 1;
	default:
		return 0;
	}
}

/* 1 when the 8 bytes at s are all printable ASCII (0x20 to 0x7e) or
 * newlines, as most of a document is: tested a word at a time. Once no
 * byte has its high bit set, no byte's sum below carries into the next,
 * so each byte's answer is its own high bit. */
static int S_plain8(const char *s)
{
	const uint64_t hi = 0x8080808080808080ULL, ones = 0x0101010101010101ULL;
	uint64_t w, ctl, nl, del;
	memcpy(&w, s, 8);
	if (w & hi)
		return 0;
	ctl = ~(w + 0x60 * ones);                 /* below 0x20 */
	nl = ~((w ^ '\n' * ones) + 0x7f * ones);  /* newline */
	del = w + ones;                           /* 0x7f, as 0x80 */
	return !(((ctl & ~nl) | del) & hi);
}

/* Refuses what is not a document: binary (more than one byte in
 * eight of its first 4 KiB is not text), or a line over the limit. One
 * line, naming file and position; 0 when the document is fine. */
int cli_check_text(const char *name, const char *s, size_t len, size_t max_line)
{
	size_t i = 0, bad = 0, first = 0, win = len < 4096 ? len : 4096, line, col;
	const char *p = s, *end = s + len, *nl;
	while (i < win) {
		size_t k;
		if (win - i >= 8 && S_plain8(s + i)) {
			i += 8;
			continue;
		}
		k = S_text_len((const unsigned char *)s + i, len - i);
		if (!k && !bad++)
			first = i;
		i += k ? k : 1;
	}
	if (bad >= 8 && bad * 8 > win) {
		S_pos(s, first, &line, &col);
		return cli_fail(EVG_EINVALID, "%s:%zu:%zu: binary data (%zu of the first %zu "
		                "bytes are not text)", name, line, col, bad, win);
	}
	if (len <= max_line)
		return EXIT_OK; /* no line can be over */
	for (; p < end; p = nl + 1) {
		nl = memchr(p, '\n', (size_t)(end - p));
		nl = nl ? nl : end;
		if ((size_t)(nl - p) > max_line) {
			S_pos(s, (size_t)(p - s), &line, &col);
			return cli_fail(EVG_ELIMIT, "%s:%zu:1: line of %zu bytes is over "
			                "the limit of %zu", name, line,
			                (size_t)(nl - p), max_line);
		}
	}
	return EXIT_OK;
}

int cli_add_lexicons(evg_parser *p, const char *const *paths, size_t n)
{
	size_t i;
	int rc;
	for (i = 0; i < n; i++) {
		char *data;
		size_t len;
		if ((rc = cli_read(&data, &len, paths[i])))
			return rc;
		rc = evg_parser_add_lexicon(p, paths[i], data, len);
		evg_free(data);
		if (rc)
			return cli_fail(rc, "%s", evg_parser_error(p));
	}
	return EXIT_OK;
}
