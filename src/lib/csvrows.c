/* csvrows.c: strict CSV parsing with libcsv (see csvrows.h). */
#include <csv.h>
#include <stdio.h>
#include <string.h>

#include "csvrows.h"
#include "ctype.h"
#include "text.h"

typedef struct {
	evg_csv_table *t;
	const evg_mem *mem;
	size_t line;       /* line of the byte being fed */
	size_t line0;      /* the line the data starts on, less one */
	size_t row_line;   /* line where the current row started */
	size_t next_line;  /* line where the next row starts: an unterminated
	                      quote is reported where its row began */
	char **fields;     /* fields of the row being built (heap) */
	size_t *lens;
	size_t nfields, capfields;
	/* evg_csv_each: each row goes to fn and is then forgotten */
	int (*fn)(void *ctx, const evg_csv_row *row);
	void *fn_ctx;
	int fn_rc;         /* fn's first non-zero return: stops the parse */
} S_ctx;

static void S_field(void *s, size_t len, void *vctx)
{
	S_ctx *c = vctx;
	if (c->nfields == 0)
		c->row_line = c->line;
	if (c->nfields == c->capfields) {
		c->capfields = c->capfields ? evg_size_mul(c->capfields, 2) : 16;
		c->fields = evg_realloc(c->mem, c->fields, c->capfields, sizeof *c->fields);
		c->lens = evg_realloc(c->mem, c->lens, c->capfields, sizeof *c->lens);
	}
	c->fields[c->nfields] = evg_arena_strndup(&c->t->arena, s ? s : "", len);
	c->lens[c->nfields++] = len;
}

static void S_row(int term, void *vctx)
{
	S_ctx *c = vctx;
	evg_csv_table *t = c->t;
	evg_csv_row *r;
	(void)term;
	if (t->nrows == t->caprows) {
		t->caprows = t->caprows ? evg_size_mul(t->caprows, 2) : 64;
		t->rows = evg_realloc(c->mem, t->rows, t->caprows, sizeof *t->rows);
	}
	r = &t->rows[t->nrows++];
	r->line = c->row_line ? c->row_line : c->line;
	r->nfields = c->nfields;
	r->fields = evg_arena_array(&t->arena, c->nfields, sizeof *r->fields);
	r->lens = evg_arena_array(&t->arena, c->nfields, sizeof *r->lens);
	memcpy(r->fields, c->fields, c->nfields * sizeof *r->fields);
	memcpy(r->lens, c->lens, c->nfields * sizeof *r->lens);
	c->nfields = 0;
	c->row_line = 0;
	c->next_line = c->line + 1; /* the row ended with this line's newline */
	if (c->fn) {
		if (!c->fn_rc)
			c->fn_rc = c->fn(c->fn_ctx, r);
		t->nrows = 0;
		evg_arena_reset(&t->arena);
	}
}

/* libcsv trims spaces and tabs around fields by default; we keep every
 * byte of a cell, as RFC 4180 does. */
static int S_no_space(unsigned char c)
{
	(void)c;
	return 0;
}

/* Line and column (1-based, in bytes) of offset `off` in data. */
static void S_position(const char *data, size_t off, size_t *line, size_t *col)
{
	size_t i, l = 1, start = 0;
	for (i = 0; i < off; i++)
		if (data[i] == '\n')
			l++, start = i + 1;
	*line = l;
	*col = off - start + 1;
}

/* NUL bytes and invalid UTF-8 are refused before libcsv sees them.
 * line0: the line data starts on, less one. */
static int S_check_bytes(const char *name, size_t line0, const char *data,
                         size_t len, char *err, size_t errlen)
{
	size_t bad = evg_utf8_check(data, len), nul, line, col;
	const char *z = memchr(data, '\0', len);
	nul = z ? (size_t)(z - data) : len;
	if (nul < bad) {
		S_position(data, nul, &line, &col);
		snprintf(err, errlen, "%s:%zu:%zu: NUL byte in CSV", name, line0 + line, col);
		return EVG_EINVALID;
	}
	if (bad < len) {
		S_position(data, bad, &line, &col);
		snprintf(err, errlen, "%s:%zu:%zu: invalid UTF-8 (byte 0x%02X)", name,
		         line0 + line, col, (unsigned char)data[bad]);
		return EVG_EINVALID;
	}
	return 0;
}

/* Feeds libcsv one line at a time so S_field knows the line number. */
static int S_feed(struct csv_parser *p, S_ctx *c, const char *name,
                  const char *data, size_t len, char *err, size_t errlen)
{
	size_t off = 0, line, col;
	while (off < len) {
		const char *nl = memchr(data + off, '\n', len - off);
		size_t n = nl ? (size_t)(nl - (data + off)) + 1 : len - off;
		size_t done = csv_parse(p, data + off, n, S_field, S_row, c);
		if (done != n) {
			S_position(data, off + done, &line, &col);
			snprintf(err, errlen, "%s:%zu:%zu: malformed CSV: %s", name,
			         c->line0 + line, col, csv_strerror(csv_error(p)));
			return EVG_EINVALID;
		}
		off += n;
		c->line++;
		if (c->fn_rc)
			return c->fn_rc; /* fn has said why */
	}
	return 0;
}

static int S_parse(evg_csv_table *t, const evg_mem *mem, const char *name,
                   size_t first_line, const char *data, size_t len, char *err,
                   size_t errlen, int (*fn)(void *, const evg_csv_row *),
                   void *fn_ctx)
{
	struct csv_parser p;
	S_ctx c;
	int rc;
	memset(t, 0, sizeof *t);
	evg_arena_init(&t->arena, mem);
	if ((rc = S_check_bytes(name, first_line - 1, data, len, err, errlen)))
		return rc;
	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0) {
		snprintf(err, errlen, "%s: cannot start the CSV parser", name);
		return EVG_EBACKEND;
	}
	csv_set_space_func(&p, S_no_space);
	memset(&c, 0, sizeof c);
	c.t = t;
	c.mem = mem;
	c.line = first_line;
	c.line0 = first_line - 1;
	c.next_line = first_line;
	c.fn = fn, c.fn_ctx = fn_ctx;
	rc = S_feed(&p, &c, name, data, len, err, errlen);
	if (!rc && csv_fini(&p, S_field, S_row, &c) != 0 && !c.fn_rc) {
		size_t line, col;
		S_position(data, len, &line, &col);
		snprintf(err, errlen, "%s:%zu:%zu: malformed CSV: %s", name,
		         c.row_line ? c.row_line : c.next_line ? c.next_line : c.line0 + line,
		         (size_t)1,
		         "unterminated quoted field");
		rc = EVG_EINVALID;
	}
	csv_free(&p);
	if (c.fields)
		mem->free(c.fields);
	if (c.lens)
		mem->free(c.lens);
	if (!rc)
		rc = c.fn_rc;
	if (!rc && !fn && t->nrows == 0) {
		snprintf(err, errlen, "%s:1:1: empty file: expected a header row", name);
		rc = EVG_EINVALID;
	}
	return rc;
}

int evg_csv_table_parse(evg_csv_table *t, const evg_mem *mem, const char *name,
                        const char *data, size_t len, char *err, size_t errlen)
{
	return S_parse(t, mem, name, 1, data, len, err, errlen, NULL, NULL);
}

int evg_csv_each(const evg_mem *mem, const char *name, size_t first_line,
                 const char *data, size_t len,
                 int (*fn)(void *ctx, const evg_csv_row *row), void *ctx,
                 char *err, size_t errlen)
{
	evg_csv_table t;
	int rc = S_parse(&t, mem, name, first_line, data, len, err, errlen, fn, ctx);
	evg_csv_table_free(&t);
	return rc;
}

void evg_csv_table_free(evg_csv_table *t)
{
	if (t->rows)
		t->arena.mem->free(t->rows);
	evg_arena_release(&t->arena);
	t->rows = NULL;
	t->nrows = t->caprows = 0;
}

int evg_csv_column(const evg_csv_table *t, const char *name)
{
	return evg_csv_row_column(&t->rows[0], name);
}

int evg_csv_row_column(const evg_csv_row *h, const char *name)
{
	size_t i, n = strlen(name);
	for (i = 0; i < h->nfields; i++) {
		const char *f = h->fields[i];
		size_t len = h->lens[i];
		if (i == 0 && len >= 3 && !memcmp(f, "\xEF\xBB\xBF", 3))
			f += 3, len -= 3; /* a spreadsheet's byte order mark */
		while (len && evg_isspace((unsigned char)*f))
			f++, len--;
		while (len && evg_isspace((unsigned char)f[len - 1]))
			len--;
		if (len == n && evg_strncaseeq(f, name, n))
			return (int)i;
	}
	return -1;
}

static int S_formula_start(char c)
{
	return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' ||
	       c == '\r';
}

int evg_csv_needs_neutralising(const char *cell, size_t len)
{
	size_t i = 0;
	/* "'=x" must gain a quote too, or the reader would strip its own. */
	while (i < len && cell[i] == '\'')
		i++;
	return i < len && S_formula_start(cell[i]);
}

void evg_csv_unneutralise(char *cell, size_t *len)
{
	if (*len >= 2 && cell[0] == '\'' &&
	    evg_csv_needs_neutralising(cell + 1, *len - 1)) {
		memmove(cell, cell + 1, *len); /* moves the NUL too */
		(*len)--;
	}
}
