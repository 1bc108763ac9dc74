#define _POSIX_C_SOURCE 200809L /* strdup */
#define _DEFAULT_SOURCE         /* struct dirent's d_type */
/* inputs.c: the documents given to `evgraph build` and `evgraph extract`:
 * files, '-', folders and a manifest's entries. A folder is listed when
 * the walk reaches it, one folder at a time, so that a corpus of half a
 * million files costs the names of the folders being read, not half a
 * million paths held for the whole run. */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"

void cli_inputs_add(cli_inputs *in, const char *path, size_t len, evg_date d)
{
	if (in->n == in->cap) {
		in->cap = in->cap ? in->cap * 2 : 16;
		in->paths = realloc(in->paths, in->cap * sizeof *in->paths);
		in->dates = realloc(in->dates, in->cap * sizeof *in->dates);
		if (!in->paths || !in->dates)
			abort();
	}
	if (!(in->paths[in->n] = malloc(len + 1)))
		abort();
	memcpy(in->paths[in->n], path, len);
	in->paths[in->n][len] = 0;
	in->dates[in->n++] = d;
}

void cli_inputs_free(cli_inputs *in)
{
	size_t i;
	for (i = 0; i < in->n; i++)
		free(in->paths[i]);
	free(in->paths);
	free(in->dates);
	memset(in, 0, sizeof *in);
}

int cli_inputs_add_manifest(cli_inputs *in, const char *path)
{
	char *data, err[512];
	size_t len, i;
	evg_manifest *m;
	const char *slash = strrchr(path, '/');
	size_t dirlen = slash ? (size_t)(slash - path) + 1 : 0;
	int rc = cli_read(&data, &len, path);
	if (rc)
		return rc;
	/* messages name standard input "stdin", as the JSON Lines reader's do */
	rc = evg_manifest_parse(&m, strcmp(path, "-") ? path : "stdin", data, len,
	                        err, sizeof err);
	evg_free(data);
	if (rc)
		return cli_fail(rc, "%s", err);
	for (i = 0; i < evg_manifest_count(m); i++) {
		const char *f = evg_manifest_file(m, i);
		size_t flen = strlen(f), at = f[0] == '/' ? 0 : dirlen;
		char *full = malloc(at + flen + 1);
		if (!full)
			abort();
		memcpy(full, path, at); /* the manifest's folder */
		memcpy(full + at, f, flen + 1);
		cli_inputs_add(in, full, at + flen, evg_manifest_date(m, i));
		free(full);
	}
	evg_manifest_free(m);
	return EXIT_OK;
}

/* One entry of a folder: its path and what readdir says it is. */
typedef struct S_entry {
	char *path;
	unsigned char type; /* DT_REG, DT_DIR, ...; DT_UNKNOWN: stat it */
} S_entry;

/* A folder being read: its entries in name order, the next to take. */
struct cli_walk_dir {
	S_entry *e;
	size_t n, next;
	cli_file_id *up; /* the folders from its input down to it, itself last */
	size_t nup;
	evg_date date;   /* its files are dated as the input it is in was */
};

void cli_walk_init(cli_walk *w, const cli_inputs *in)
{
	memset(w, 0, sizeof *w);
	w->in = in;
}

static void S_pop(cli_walk *w)
{
	struct cli_walk_dir *d = &w->dirs[--w->ndirs];
	while (d->next < d->n)
		free(d->e[d->next++].path);
	free(d->e);
	free(d->up);
}

void cli_walk_free(cli_walk *w)
{
	size_t i;
	while (w->ndirs)
		S_pop(w);
	free(w->dirs);
	for (i = 0; i < w->nhits; i++)
		free(w->hits[i]);
	free(w->hits);
	memset(w, 0, sizeof *w);
}

static int S_cmp_entry(const void *a, const void *b)
{
	return strcmp(((const S_entry *)a)->path, ((const S_entry *)b)->path);
}

/* Lists folder file->path (file->st its stat) onto the walk: 1, or 0
 * when it cannot be opened (the caller then reads it as a file, which
 * reports it), or -1 when it is one of the folders the walk went
 * through to reach it, reached again by a link: following it would read
 * the same files at every depth. Those folders are file's own (file->up),
 * not the walk's latest: with several threads, folders are listed in
 * any order. */
static int S_push(cli_walk *w, const cli_file *file)
{
	const char *dir = file->path;
	DIR *d;
	struct dirent *de;
	struct cli_walk_dir *f;
	size_t i, cap = 0, dlen = strlen(dir);
	for (i = 0; i < file->nup; i++)
		if (file->up[i].dev == file->st.st_dev && file->up[i].ino == file->st.st_ino) {
			if (!w->quiet)
				fprintf(stderr, "evgraph: warning: %s: a link back to a folder "
				        "being read, not followed\n", dir);
			return -1;
		}
	if (!(d = opendir(dir)))
		return 0;
	if (w->ndirs == w->cap &&
	    !(w->dirs = realloc(w->dirs, (w->cap = w->cap ? w->cap * 2 : 8) * sizeof *w->dirs)))
		abort();
	f = &w->dirs[w->ndirs++];
	memset(f, 0, sizeof *f);
	if (!(f->up = malloc((file->nup + 1) * sizeof *f->up)))
		abort();
	if (file->nup)
		memcpy(f->up, file->up, file->nup * sizeof *f->up);
	f->up[file->nup].dev = file->st.st_dev, f->up[file->nup].ino = file->st.st_ino;
	f->nup = file->nup + 1;
	f->date = file->date;
	while ((de = readdir(d))) {
		size_t len = dlen + strlen(de->d_name) + 2;
		if (de->d_name[0] == '.')
			continue; /* ., .. and hidden files */
		if (f->n == cap && !(f->e = realloc(f->e, (cap = cap ? cap * 2 : 32) * sizeof *f->e)))
			abort();
		if (!(f->e[f->n].path = malloc(len)))
			abort();
		snprintf(f->e[f->n].path, len, "%s/%s", dir, de->d_name);
		f->e[f->n++].type = de->d_type;
	}
	closedir(d);
	if (f->n)
		qsort(f->e, f->n, sizeof *f->e, S_cmp_entry);
	return 1;
}

/* Notes path as an input when it is one of the watched files. */
static void S_watch(cli_walk *w, const char *path, const struct stat *st)
{
	size_t i;
	for (i = 0; i < w->nwatch; i++)
		if (w->watch[i].dev == st->st_dev && w->watch[i].ino == st->st_ino) {
			if (!(w->hits = realloc(w->hits, (w->nhits + 1) * sizeof *w->hits)) ||
			    !(w->hits[w->nhits] = strdup(path)))
				abort();
			w->nhits++;
			return;
		}
}

/* Whether a file needs a stat before it is read: a plain file needs
 * none unless a watched file may be it, or its size is wanted. known:
 * the type readdir gave; DT_UNKNOWN for a path as given, which may be
 * anything readable (a pipe from the shell, say) or a folder. */
static int S_needs_look(const cli_walk *w, unsigned char known)
{
	return known != DT_REG || w->nwatch || w->sizes;
}

int cli_walk_claim(cli_walk *w, cli_file *f)
{
	memset(f, 0, sizeof *f);
	for (;;) {
		const char *p;
		if (w->ndirs) {
			struct cli_walk_dir *d = &w->dirs[w->ndirs - 1];
			S_entry e;
			if (d->next == d->n) {
				S_pop(w);
				continue;
			}
			e = d->e[d->next];
			d->e[d->next++].path = NULL;
			f->path = e.path, f->date = d->date;
			f->look = S_needs_look(w, e.type);
			if (e.type != DT_REG) { /* it may be a folder */
				if (!(f->up = malloc(d->nup * sizeof *f->up)))
					abort();
				memcpy(f->up, d->up, d->nup * sizeof *f->up);
				f->nup = d->nup;
			}
			return 1;
		}
		if (w->next == w->in->n)
			return 0;
		p = w->in->paths[w->next];
		f->date = w->in->dates[w->next++];
		f->given = 1;
		f->look = strcmp(p, "-") != 0;
		if (!(f->path = strdup(p)))
			abort();
		return 1;
	}
}

/* f is looked at: what the walk needs of it is known. */
static int S_looked(cli_file *f, int settle)
{
	f->look = settle;
	if (!settle) {
		free(f->up);
		f->up = NULL, f->nup = 0;
	}
	return settle;
}

/* Reads only what no one changes during the walk (the watched files,
 * whether sizes are wanted), so threads call it without a lock. */
int cli_file_look(const cli_walk *w, cli_file *f)
{
	size_t i;
	if (!f->look)
		return 0;
	if (stat(f->path, &f->st))
		return S_looked(f, 0); /* reading it reports why */
	if (S_ISDIR(f->st.st_mode) || w->sizes)
		return S_looked(f, 1);
	if (!f->given && !S_ISREG(f->st.st_mode)) {
		f->special = 1;
		return S_looked(f, 0);
	}
	for (i = 0; i < w->nwatch; i++)
		if (w->watch[i].dev == f->st.st_dev && w->watch[i].ino == f->st.st_ino)
			return S_looked(f, 1);
	return S_looked(f, 0);
}

int cli_walk_settle(cli_walk *w, cli_file *f)
{
	int listed;
	if (S_ISDIR(f->st.st_mode)) {
		listed = S_push(w, f);
		S_looked(f, 0);
		if (listed == 0)
			return 1; /* an unreadable folder: reading it reports it */
		free(f->path);
		f->path = NULL;
		return 0;
	}
	S_looked(f, 0);
	S_watch(w, f->path, &f->st);
	w->bytes += (double)f->st.st_size;
	return 1;
}

int cli_walk_next(cli_walk *w, cli_file *f)
{
	while (cli_walk_claim(w, f))
		if (!cli_file_look(w, f) || cli_walk_settle(w, f))
			return 1;
	return 0;
}

double cli_inputs_bytes(const cli_inputs *in)
{
	cli_walk w;
	cli_file f;
	double bytes;
	size_t i;
	for (i = 0; i < in->n; i++)
		if (!strcmp(in->paths[i], "-"))
			return 0; /* stdin: a size unknown */
	cli_walk_init(&w, in);
	w.quiet = w.sizes = 1;
	while (cli_walk_next(&w, &f))
		free(f.path);
	bytes = w.bytes;
	cli_walk_free(&w);
	return bytes;
}
