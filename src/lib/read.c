/* read.c: the read stage's library side: manifests (file,date[,source,
 * title,url]) read strictly through csvrows, so a bad cell is named by
 * file, line and column. Walking folders and reading files is the
 * caller's I/O. */
#include <assert.h>
#include <stdio.h>
#include <string.h>

#include "csvrows.h"
#include "evgraph.h"
#include "mem.h"
#include "text.h"

typedef struct S_doc {
	char *file, *source;
	evg_date date;
} S_doc;

struct evg_manifest {
	const evg_mem *mem;
	evg_arena arena;
	S_doc *docs;
	size_t n;
};

static const char *S_cell(const evg_csv_row *r, int col)
{
	return col >= 0 && (size_t)col < r->nfields ? r->fields[col] : "";
}

/* Fills m from the parsed table; 0 or EVG_EINVALID with err set. */
static int S_rows(evg_manifest *m, const evg_csv_table *t, const char *name,
                  char *err, size_t errlen)
{
	int cf = evg_csv_column(t, "file"), cd = evg_csv_column(t, "date");
	int cs = evg_csv_column(t, "source");
	size_t i;
	if (cf < 0) {
		snprintf(err, errlen, "%s:1:1: manifest needs a 'file' column", name);
		return EVG_EINVALID;
	}
	m->docs = evg_arena_array(&m->arena, t->nrows, sizeof *m->docs);
	for (i = 1; i < t->nrows; i++) {
		const evg_csv_row *r = &t->rows[i];
		const char *file = S_cell(r, cf), *date = S_cell(r, cd);
		S_doc *d = &m->docs[m->n];
		if (r->nfields != t->rows[0].nfields) {
			snprintf(err, errlen, "%s:%zu:1: row has %zu fields, the header %zu", name,
			         r->line, r->nfields, t->rows[0].nfields);
			return EVG_EINVALID;
		}
		if (!file[0]) {
			snprintf(err, errlen, "%s:%zu:%d: empty file name", name, r->line, cf + 1);
			return EVG_EINVALID;
		}
		if (evg_date_parse(&d->date, date, strlen(date))) {
			char shown[48];
			snprintf(err, errlen, "%s:%zu:%d: bad date '%s' (want 2016-10-07, 2016-10 or 2016)",
			         name, r->line, cd + 1, evg_shown(shown, sizeof shown, date));
			return EVG_EINVALID;
		}
		d->file = evg_arena_strdup(&m->arena, file);
		d->source = evg_arena_strdup(&m->arena, S_cell(r, cs));
		m->n++;
	}
	return 0;
}

int evg_manifest_parse(evg_manifest **out, const char *name, const char *data,
                       size_t len, char *errmsg, size_t errlen)
{
	const evg_mem *mem = evg_default_mem();
	evg_manifest *m = evg_calloc(mem, 1, sizeof *m);
	evg_csv_table t;
	char err[512];
	int rc;
	assert(out && name && (data || !len));
	*out = NULL;
	m->mem = mem;
	evg_arena_init(&m->arena, mem);
	rc = evg_csv_table_parse(&t, mem, name, data ? data : "", len, err, sizeof err);
	if (!rc)
		rc = S_rows(m, &t, name, err, sizeof err);
	evg_csv_table_free(&t);
	if (rc) {
		if (errmsg && errlen)
			snprintf(errmsg, errlen, "%s", err);
		evg_manifest_free(m);
		return rc;
	}
	*out = m;
	return 0;
}

void evg_manifest_free(evg_manifest *m)
{
	if (!m)
		return;
	evg_arena_release(&m->arena);
	m->mem->free(m);
}

size_t evg_manifest_count(const evg_manifest *m) { return m->n; }

const char *evg_manifest_file(const evg_manifest *m, size_t i)
{
	return i < m->n ? m->docs[i].file : NULL;
}

evg_date evg_manifest_date(const evg_manifest *m, size_t i)
{
	evg_date none = {0, 0, 0, EVG_PREC_UNKNOWN};
	return i < m->n ? m->docs[i].date : none;
}

const char *evg_manifest_source(const evg_manifest *m, size_t i)
{
	return i < m->n ? m->docs[i].source : "";
}
