/* util.c: error reporting and file I/O for the subcommands. */
#include <stdarg.h>
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
	fputs("evgraph: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
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
