/* csvrows.c: strict CSV parsing with libcsv (see csvrows.h), plain lines
 * split here the way libcsv would split them. */
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
	size_t row_line;   /* line where the current row's first field ended */
	size_t next_line;  /* line where the next row starts: an unterminated
	                      quote is reported where its row began */
	size_t nrows_seen; /* rows ended so far */
	int at_record;     /* libcsv is known to be between records */
	char **fields;     /* fields of the row being built (heap) */
	size_t *lens;
	size_t nfields, capfields;
	/* evg_csv_each: each row goes to fn and is then forgotten */
	int (*fn)(void *ctx, const evg_csv_row *row);
	void *fn_ctx;
	int fn_rc;         /* fn's first non-zero return: stops the parse */
} S_ctx;

/* Adds a field, NUL-terminated and arena-owned, to the row being built. */
static void S_push(S_ctx *c, char *s, size_t len)
{
	if (c->nfields == 0)
		c->row_line = c->line;
	if (c->nfields == c->capfields) {
		c->capfields = c->capfields ? evg_size_mul(c->capfields, 2) : 16;
		c->fields = evg_realloc(c->mem, c->fields, c->capfields, sizeof *c->fields);
		c->lens = evg_realloc(c->mem, c->lens, c->capfields, sizeof *c->lens);
	}
	c->fields[c->nfields] = s;
	c->lens[c->nfields++] = len;
}

/* libcsv's field callback: its buffer is reused, so the field is copied. */
static void S_field(void *s, size_t len, void *vctx)
{
	S_ctx *c = vctx;
	S_push(c, evg_arena_strndup(&c->t->arena, s ? s : "", len), len);
}

/* A table keeps every row, its arrays copied out of the reused ones. */
static void S_keep(evg_csv_table *t, const evg_mem *mem, const evg_csv_row *row)
{
	evg_csv_row *r;
	if (t->nrows == t->caprows) {
		t->caprows = t->caprows ? evg_size_mul(t->caprows, 2) : 64;
		t->rows = evg_realloc(mem, t->rows, t->caprows, sizeof *t->rows);
	}
	r = &t->rows[t->nrows++];
	*r = *row;
	r->fields = evg_arena_array(&t->arena, row->nfields, sizeof *r->fields);
	r->lens = evg_arena_array(&t->arena, row->nfields, sizeof *r->lens);
	memcpy(r->fields, row->fields, row->nfields * sizeof *r->fields);
	memcpy(r->lens, row->lens, row->nfields * sizeof *r->lens);
}

/* libcsv's row callback, and the fast path's. */
static void S_row(int term, void *vctx)
{
	S_ctx *c = vctx;
	evg_csv_row row;
	(void)term;
	row.line = c->row_line ? c->row_line : c->line;
	row.nfields = c->nfields;
	row.fields = c->fields;
	row.lens = c->lens;
	c->nfields = 0;
	c->row_line = 0;
	c->next_line = c->line + 1; /* the row ended with this line's newline */
	c->nrows_seen++;
	if (!c->fn) {
		S_keep(c->t, c->mem, &row);
		return;
	}
	/* fn sees the reused arrays: nothing of the row outlives the call */
	if (!c->fn_rc)
		c->fn_rc = c->fn(c->fn_ctx, &row);
	evg_arena_reset(&c->t->arena);
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

/* ---- The fast path ----
 * A line that starts a record and holds exactly one record is split
 * here, as libcsv would split it with the options S_parse sets; any
 * other line goes to libcsv, which stays the authority. Those options
 * make the rules short: no byte is a space (S_no_space), so nothing is
 * trimmed; a field is either unquoted, with no '"', or quoted, with ""
 * for a quote inside; CR and LF end a record, and an empty line is no
 * record. The fast path takes a line only when its record ends at the
 * line's end, followed by nothing or one CR: a quoted field that goes on
 * past the line, a CR in mid-line, and every malformed byte are left to
 * libcsv, so its messages (and their positions) are unchanged. */

/* The end of an unquoted field: its first ',', '"' or CR, or the NUL
 * that ends the line's copy (the data has no NUL: S_check_bytes). */
static char *S_unquoted_end(char *p)
{
	return p + strcspn(p, ",\"\r");
}

/* Unescapes, in place, a quoted field whose content starts at p (just
 * after its opening quote). Returns its closing quote, with the
 * content's end in *out, or NULL when it does not close before end. */
static char *S_unquote(char *p, const char *end, char **out)
{
	char *w = p;
	for (;;) {
		char *q = memchr(p, '"', (size_t)(end - p));
		if (!q)
			return NULL;
		if (w != p)
			memmove(w, p, (size_t)(q - p));
		w += q - p;
		if (q + 1 == end || q[1] != '"') {
			*out = w;
			return q;
		}
		*w++ = '"'; /* "" is one quote */
		p = q + 2;
	}
}

/* Splits the line s[0, n) (its LF left out) into one record. Returns 0,
 * having added nothing, when the line is for libcsv. */
static int S_fast_line(S_ctx *c, const char *s, size_t n)
{
	char *d, *p, *end;
	if (n && s[n - 1] == '\r')
		n--; /* ends the record; libcsv skips the LF after it */
	if (n == 0)
		return 1; /* an empty line: no record */
	d = evg_arena_strndup(&c->t->arena, s, n);
	for (p = d, end = d + n;; p++) {
		char *f = p, *fend;
		if (*p == '"') {
			f = p + 1;
			if (!(p = S_unquote(f, end, &fend)))
				break; /* goes on past the line */
			p++;       /* past the closing quote */
		} else
			p = fend = S_unquoted_end(p);
		if (p < end && *p != ',')
			break; /* a quote or CR where libcsv has its say */
		*fend = '\0';
		S_push(c, f, (size_t)(fend - f));
		if (p == end) {
			S_row('\n', c);
			return 1;
		}
	}
	c->nfields = 0; /* forget the fields pushed: libcsv starts over */
	c->row_line = 0;
	return 0;
}

static int S_parse_error(struct csv_parser *p, S_ctx *c, const char *name,
                         const char *data, size_t off, char *err,
                         size_t errlen)
{
	size_t line, col;
	S_position(data, off, &line, &col);
	snprintf(err, errlen, "%s:%zu:%zu: malformed CSV: %s", name,
	         c->line0 + line, col, csv_strerror(csv_error(p)));
	return EVG_EINVALID;
}

/* Feeds libcsv the line data[off, off + n). Its line end (LF or CR LF)
 * goes in alone: a record ended there, and nowhere else, leaves libcsv
 * between records, ready for the fast path. */
static int S_slow_line(struct csv_parser *p, S_ctx *c, const char *name,
                       const char *data, size_t off, size_t n, char *err,
                       size_t errlen)
{
	size_t term = 0, body, done, rows;
	if (data[off + n - 1] == '\n')
		term = n >= 2 && data[off + n - 2] == '\r' ? 2 : 1;
	body = n - term;
	if ((done = csv_parse(p, data + off, body, S_field, S_row, c)) != body)
		return S_parse_error(p, c, name, data, off + done, err, errlen);
	rows = c->nrows_seen;
	done = csv_parse(p, data + off + body, term, S_field, S_row, c);
	if (done != term)
		return S_parse_error(p, c, name, data, off + body + done, err, errlen);
	c->at_record = term && c->nrows_seen != rows;
	return 0;
}

/* Feeds the data a line at a time so S_field knows the line number. */
static int S_feed(struct csv_parser *p, S_ctx *c, const char *name,
                  const char *data, size_t len, char *err, size_t errlen)
{
	size_t off = 0;
	c->at_record = 1;
	while (off < len) {
		const char *nl = memchr(data + off, '\n', len - off);
		size_t n = nl ? (size_t)(nl - (data + off)) + 1 : len - off;
		/* a last line without LF goes to libcsv, whose csv_fini ends it */
		if (!(c->at_record && nl && S_fast_line(c, data + off, n - 1))) {
			int rc = S_slow_line(p, c, name, data, off, n, err, errlen);
			if (rc)
				return rc;
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
