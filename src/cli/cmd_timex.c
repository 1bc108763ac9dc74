/* cmd_timex.c: `evgraph timex`: the temporal expressions of articles, as
 * TimeML (TempEval-3) or CSV. */
#define _POSIX_C_SOURCE 200809L
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

static const char S_help[] =
	"usage: evgraph timex FILE... [--dct DATE] [--manifest F]\n"
	"                     [--format timeml|csv] [-o FILE] [--outdir DIR]\n"
	"Finds the temporal expressions of each FILE (plain text, or TimeML with a\n"
	"raw <TEXT>) and normalises them in TIMEX3 style, anchored on the\n"
	"publication date: --dct DATE, else the FILE's row of the manifest CSV\n"
	"(file,date), else the TimeML <DCT>, else the date found in the text.\n"
	"CSV (file,offset,length,text,type,value) goes to -o or stdout; TimeML\n"
	"of one FILE too, of several FILEs into --outdir as NAME.tml.\n";

typedef struct {
	const char **files;
	int nfiles;
	const char *manifest, *out, *outdir;
	evg_manifest *man; /* parsed once, looked up per file */
	evg_date dct;
	evg_timex_format fmt;
} S_args;

static int S_option(S_args *a, int argc, char **argv, int *i)
{
	int miss = 0;
	const char *v;
	if ((v = cli_opt(argc, argv, i, "--format", "-f", &miss))) {
		if (evg_timex_format_from_name(&a->fmt, v))
			return cli_usage("timex", "unknown format '%s'", v), -1;
	} else if (!miss && (v = cli_opt(argc, argv, i, "--dct", NULL, &miss))) {
		if (evg_date_parse(&a->dct, v, strlen(v)) ||
		    a->dct.prec == EVG_PREC_UNKNOWN)
			return cli_usage("timex", "--dct wants an ISO date, not '%s'", v), -1;
	} else if (!miss && (v = cli_opt(argc, argv, i, "--manifest", NULL, &miss))) {
		a->manifest = v;
	} else if (!miss && (v = cli_opt(argc, argv, i, "--output", "-o", &miss))) {
		a->out = v;
	} else if (!miss && (v = cli_opt(argc, argv, i, "--outdir", NULL, &miss))) {
		a->outdir = v;
	} else {
		if (miss)
			return cli_usage("timex", "%s needs a value", argv[*i]), -1;
		return 0;
	}
	return 1;
}

static int S_parse(S_args *a, int argc, char **argv)
{
	int i, r;
	memset(a, 0, sizeof *a);
	a->out = "-";
	a->files = calloc((size_t)argc, sizeof *a->files);
	if (!a->files)
		return cli_fail(EVG_EIO, "out of memory");
	for (i = 1; i < argc; i++) {
		if ((r = S_option(a, argc, argv, &i)) < 0)
			return EXIT_USAGE;
		if (r)
			continue;
		if (argv[i][0] == '-' && argv[i][1])
			return cli_usage("timex", "unknown option '%s'", argv[i]);
		a->files[a->nfiles++] = argv[i];
	}
	if (!a->nfiles)
		return cli_usage("timex", "no input file given");
	if (a->fmt == EVG_TIMEX_FORMAT_TIMEML && a->nfiles > 1 && !a->outdir)
		return cli_usage("timex", "several files as TimeML need --outdir");
	return EXIT_OK;
}

/* The last path component of p. */
static const char *S_base(const char *p)
{
	const char *slash = strrchr(p, '/');
	return slash ? slash + 1 : p;
}

/* The anchor of one file: --dct, else the manifest row naming it (as
 * given, or by its last path component), else none (the library then
 * reads the document). */
static void S_file_dct(const S_args *a, const char *file, evg_date *out)
{
	size_t i, n = a->man ? evg_manifest_count(a->man) : 0;
	*out = a->dct;
	if (a->dct.prec != EVG_PREC_UNKNOWN)
		return;
	for (i = 0; i < n; i++) {
		const char *f = evg_manifest_file(a->man, i);
		if (!strcmp(f, file) || !strcmp(S_base(f), S_base(file)))
			*out = evg_manifest_date(a->man, i);
	}
}

/* Reads and parses --manifest, once for every file. */
static int S_manifest(S_args *a)
{
	char *data, err[512];
	size_t len;
	int rc = cli_read(&data, &len, a->manifest);
	if (rc)
		return rc;
	rc = evg_manifest_parse(&a->man, a->manifest, data, len, err, sizeof err);
	evg_free(data);
	return rc ? cli_fail(rc, "%s", err) : EXIT_OK;
}

/* A regular file is mapped rather than read: the tagger reads it once,
 * front to back, and a copy of a large corpus would cost more than the
 * tagging (fresh pages must be zeroed). NULL when it cannot be mapped;
 * the caller then reads the file the ordinary way. */
static void *S_map(const char *path, size_t *len)
{
	struct stat st;
	void *p;
	int fd;
	if (!strcmp(path, "-") || (fd = open(path, O_RDONLY)) < 0)
		return NULL;
	p = NULL;
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
		p = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
		if (p == MAP_FAILED)
			p = NULL;
		else
			posix_madvise(p, (size_t)st.st_size, POSIX_MADV_SEQUENTIAL);
		*len = (size_t)st.st_size;
	}
	close(fd);
	return p;
}

static int S_tag(S_args *a, const char *file, int first, char **out,
                 size_t *len)
{
	char *data = NULL, err[512];
	void *map;
	size_t dlen = 0;
	evg_date dct;
	int rc;
	S_file_dct(a, file, &dct);
	if (!(map = S_map(file, &dlen)) && (rc = cli_read(&data, &dlen, file)))
		return rc;
	if (dlen > CLI_MAX_DOC) {
		rc = cli_fail(EVG_ELIMIT, "%s: over the size limit of %d bytes", file,
		              CLI_MAX_DOC);
		goto cleanup;
	}
	if ((rc = cli_check_text(file, map ? map : data, dlen, CLI_MAX_LINE)))
		goto cleanup;
	rc = evg_timex_render(out, len, file, map ? map : data, dlen, &dct, a->fmt,
	                      first, err, sizeof err);
	if (rc)
		rc = cli_fail(rc, "%s", err);
cleanup:
	if (map)
		munmap(map, dlen);
	evg_free(data);
	return rc;
}

static char *S_outpath(const char *dir, const char *file)
{
	const char *base = strrchr(file, '/');
	size_t n;
	char *p;
	base = base ? base + 1 : file;
	n = strlen(dir) + strlen(base) + 6;
	if (!(p = malloc(n)))
		return NULL;
	snprintf(p, n, "%s/%s%s", dir, base,
	         strlen(base) > 4 && !strcmp(base + strlen(base) - 4, ".tml") ? ""
	                                                                      : ".tml");
	return p;
}

static int S_run(S_args *a)
{
	char *all = NULL, *one, *path;
	size_t alen = 0, len;
	int i, rc = EXIT_OK;
	for (i = 0; i < a->nfiles && !rc; i++) {
		if ((rc = S_tag(a, a->files[i], i == 0, &one, &len)))
			break;
		if (a->nfiles == 1 && !a->outdir) {
			rc = cli_write(a->out, one, len, a->files, 1); /* no copy */
		} else if (a->outdir && a->fmt == EVG_TIMEX_FORMAT_TIMEML) {
			if (!(path = S_outpath(a->outdir, a->files[i])))
				rc = cli_fail(EVG_EIO, "out of memory");
			else
				rc = cli_write(path, one, len, a->files, (size_t)a->nfiles);
			free(path);
		} else if (!(all = realloc(all, alen + len + 1))) {
			rc = cli_fail(EVG_EIO, "out of memory");
		} else {
			memcpy(all + alen, one, len);
			alen += len;
		}
		evg_free(one);
	}
	if (!rc && all)
		rc = cli_write(a->out, all, alen, a->files, (size_t)a->nfiles);
	free(all);
	return rc;
}

int cmd_timex(int argc, char **argv)
{
	S_args a;
	int rc, i;
	for (i = 1; i < argc; i++)
		if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h"))
			return fputs(S_help, stdout), EXIT_OK;
	if ((rc = S_parse(&a, argc, argv)) == EXIT_OK &&
	    (!a.manifest || (rc = S_manifest(&a)) == EXIT_OK))
		rc = S_run(&a);
	evg_manifest_free(a.man);
	free(a.files);
	return rc;
}
