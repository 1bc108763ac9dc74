/* render.c: the format table, dispatch to each renderer, and the output
 * layer they share (CSV framing). */
#include <assert.h>
#include <csv.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "csvrows.h"
#include "ctype.h"
#include "render.h"
#include "text.h"

static const char *const S_formats[EVG_FORMAT_COUNT] = {
	"dot", "svg", "png", "pdf", "ics", "csv", "actors-csv", "relations-csv",
	"timelinejs", "html"};
static const char *const S_views[EVG_VIEW_COUNT] = {"actors", "events",
                                                    "timeline", "briefing"};

const char *evg_format_name(evg_format f)
{
	return (unsigned)f < EVG_FORMAT_COUNT ? S_formats[f] : NULL;
}

int evg_format_from_name(evg_format *out, const char *s)
{
	int i;
	for (i = 0; i < EVG_FORMAT_COUNT; i++)
		if (evg_strcaseeq(S_formats[i], s)) {
			*out = (evg_format)i;
			return 0;
		}
	if (evg_strcaseeq(s, "ical") || evg_strcaseeq(s, "icalendar")) {
		*out = EVG_FORMAT_ICS;
		return 0;
	}
	if (evg_strcaseeq(s, "gv")) {
		*out = EVG_FORMAT_DOT;
		return 0;
	}
	return EVG_EUNSUPPORTED;
}

const char *evg_view_name(evg_view v)
{
	return (unsigned)v < EVG_VIEW_COUNT ? S_views[v] : NULL;
}

int evg_view_from_name(evg_view *out, const char *s)
{
	int i;
	for (i = 0; i < EVG_VIEW_COUNT; i++)
		if (evg_strcaseeq(S_views[i], s)) {
			*out = (evg_view)i;
			return 0;
		}
	return EVG_EUNSUPPORTED;
}

/* 3000-12-31T23:59:59Z: libical 3.0 refuses times after the year 3000
 * (icaltime_is_valid_time) and would write 00000000T000000 instead. */
#define S_MAX_EPOCH 32535215999LL
/* 2000-01-01T00:00:00Z, the stamp when nothing else is given. */
#define S_DEFAULT_EPOCH 946684800LL

/* SOURCE_DATE_EPOCH as the reproducible-builds convention defines it:
 * decimal seconds since 1970; anything else is an error, not ignored.
 * Returns 1 when it is not set. */
static int S_env_epoch(evg_graph *g, const char *what, long long *out)
{
	const char *s = getenv("SOURCE_DATE_EPOCH");
	char *end, shown[48];
	if (!s || !*s)
		return 1;
	errno = 0;
	*out = strtoll(s, &end, 10);
	if (!evg_isdigit((unsigned char)*s) || *end || errno ||
	    *out > S_MAX_EPOCH)
		return evg_graph_fail(g, EVG_EINVALID,
		                      "%s: SOURCE_DATE_EPOCH must be seconds since "
		                      "1970 up to %lld, not '%s'", what,
		                      (long long)S_MAX_EPOCH, evg_shown(shown, sizeof shown, s));
	return 0;
}

int evg_render_epoch(evg_graph *g, const evg_render_opts *o, const char *what,
                     long long *out)
{
	long long t = (long long)o->timestamp;
	int rc;
	if (t < 0 || t > S_MAX_EPOCH)
		return evg_graph_fail(g, EVG_EINVALID,
		                      "%s: timestamp %lld is outside 1970..3000", what, t);
	if (!t && (rc = S_env_epoch(g, what, &t)) != 0) {
		if (rc < 0)
			return rc;
		t = S_DEFAULT_EPOCH;
	}
	*out = t;
	return 0;
}

/* The renderer for fmt in a view. */
static evg_put_fn S_renderer(evg_format fmt, evg_view view)
{
	if (view == EVG_VIEW_BRIEFING && fmt <= EVG_FORMAT_PDF)
		return evg_put_briefing;
	switch (fmt) {
	case EVG_FORMAT_DOT:
		return evg_put_dot;
	case EVG_FORMAT_SVG:
	case EVG_FORMAT_PNG:
	case EVG_FORMAT_PDF:
		return evg_put_image;
	case EVG_FORMAT_ICS:
		return evg_put_ics;
	case EVG_FORMAT_CSV:
	case EVG_FORMAT_ACTORS_CSV:
	case EVG_FORMAT_RELATIONS_CSV:
		return evg_put_csv;
	case EVG_FORMAT_HTML:
		return evg_put_html;
	case EVG_FORMAT_TIMELINEJS:
		return evg_put_timelinejs;
	default:
		return NULL;
	}
}

int evg_format_uses_graphviz(evg_format fmt)
{
	/* the briefing page carries the figure and the graph as inline SVG */
	return fmt == EVG_FORMAT_DOT || fmt == EVG_FORMAT_SVG ||
	       fmt == EVG_FORMAT_PNG || fmt == EVG_FORMAT_PDF ||
	       fmt == EVG_FORMAT_HTML;
}

int evg_render(evg_graph *g, evg_format fmt, evg_render_opts *opts, char **out,
               size_t *out_len)
{
	evg_put_fn put;
	assert(g && opts && out && out_len);
	*out = NULL;
	*out_len = 0;
	if (!(put = S_renderer(fmt, opts->view)))
		return evg_graph_fail(g, EVG_EUNSUPPORTED, "unknown output format");
	return evg_render_collect(g, fmt, opts, put, out, out_len);
}

int evg_render_to(evg_graph *g, evg_format fmt, evg_render_opts *opts,
                  evg_write_fn write, void *ctx)
{
	evg_buf b = EVG_BUF_INIT(evg_default_mem());
	evg_put_fn put;
	int rc;
	assert(g && opts && write);
	if (!(put = S_renderer(fmt, opts->view)))
		return evg_graph_fail(g, EVG_EUNSUPPORTED, "unknown output format");
	b.sink = write;
	b.sink_ctx = ctx;
	/* A renderer goes on to its end past a failed write (the buffer
	 * drops what follows), so a failure is known only here. */
	if ((rc = put(g, fmt, opts, &b)) == 0 && evg_buf_drain(&b))
		rc = evg_graph_fail(g, EVG_EIO, "%s: the output could not be written",
		                    evg_format_name(fmt));
	evg_buf_free(&b);
	return rc;
}

int evg_render_collect(evg_graph *g, evg_format fmt, evg_render_opts *opts,
                       evg_put_fn put, char **out, size_t *out_len)
{
	evg_buf b = EVG_BUF_INIT(evg_default_mem()); /* freed by evg_free */
	int rc;
	assert(g && opts && out && out_len);
	*out = NULL;
	*out_len = 0;
	if ((rc = put(g, fmt, opts, &b)) != 0) {
		evg_buf_free(&b);
		return rc;
	}
	*out = evg_buf_detach(&b, out_len);
	return 0;
}

/* Invalid UTF-8 becomes U+FFFD: the reader refuses it, and a table must
 * read back. */
static void S_put_utf8(evg_buf *out, const char *s, size_t len)
{
	size_t i = 0, k;
	while (i < len) {
		k = (unsigned char)s[i] < 0x80
		        ? 1 : evg_utf8_valid_len((const unsigned char *)s + i, len - i);
		if (k)
			evg_buf_put(out, s + i, k);
		else
			evg_buf_put(out, "\xEF\xBF\xBD", 3); /* U+FFFD */
		i += k ? k : 1;
	}
}

/* 1 for a byte a cell may hold and go out as it is: printable ASCII but
 * ',' and '"'. */
static int S_plain_byte(unsigned char c)
{
	return c >= 0x20 && c < 0x7f && c != ',' && c != '"';
}

/* 1 when s[0, len) is short and goes out as it is under the rules of
 * evg_csv_put_cell: S_plain_byte only, opening with a letter or digit.
 * Most cells (numbers, names, kinds, dates) are such, and one short loop
 * tells; a long cell is left to memchr. */
static int S_plain_cell(const char *s, size_t len)
{
	size_t i;
	if (len > 64 || (len && !evg_isalnum((unsigned char)s[0])))
		return 0;
	for (i = 0; i < len; i++)
		if (!S_plain_byte((unsigned char)s[i]))
			return 0;
	return 1;
}

/* Appends the comma unless first, then the cell: s[0, len) after the
 * neutralising quote when lead, all in CSV quotes when quote. */
static void S_put_framed(evg_buf *b, const char *s, size_t len, int first,
                         int lead, int quote)
{
	char *o;
	evg_buf_grow(b, len + 4);
	o = b->ptr + b->len;
	if (!first)
		*o++ = ',';
	if (quote)
		*o++ = '"';
	if (lead)
		*o++ = '\'';
	memcpy(o, s, len);
	o += len;
	if (quote)
		*o++ = '"';
	*o = '\0';
	b->len = (size_t)(o - b->ptr);
}

/* The same for a cell with a '"' in it, which libcsv quotes and doubles. */
static void S_put_escaped(evg_buf *b, const char *s, size_t len, int first,
                          int lead)
{
	evg_buf cell = EVG_BUF_INIT(b->mem);
	size_t need;
	if (lead) {
		evg_buf_putc(&cell, '\'');
		evg_buf_put(&cell, s, len);
		s = cell.ptr;
		len = cell.len;
	}
	need = evg_size_mul(len, 2) + 2;
	evg_buf_grow(b, need + 1);
	if (!first)
		b->ptr[b->len++] = ',';
	b->len += csv_write(b->ptr + b->len, need, s, len);
	b->ptr[b->len] = '\0';
	evg_buf_free(&cell);
}

void evg_csv_put_cell(evg_buf *b, const char *s, size_t len, int first)
{
	evg_buf fixed = EVG_BUF_INIT(b->mem);
	int lead, quote;
	if (S_plain_cell(s, len)) {
		S_put_framed(b, s, len, first, 0, 0);
		return;
	}
	if (evg_utf8_check(s, len) != len) {
		S_put_utf8(&fixed, s, len);
		s = fixed.ptr;
		len = fixed.len;
	}
	/* The neutralising quote is part of the cell's content, so it goes
	 * inside the CSV quotes. Without a '"' to double, csv_write would only
	 * add the quotes: S_put_framed does that without its byte-by-byte
	 * copy. */
	lead = evg_csv_needs_neutralising(s, len);
	if (memchr(s, '"', len)) {
		S_put_escaped(b, s, len, first, lead);
	} else {
		quote = memchr(s, ',', len) || memchr(s, '\n', len) || memchr(s, '\r', len);
		S_put_framed(b, s, len, first, lead, quote);
	}
	evg_buf_free(&fixed);
}

void evg_list_put_item(evg_buf *b, const char *s, size_t len)
{
	size_t i, from = 0;
	for (i = 0; i < len; i++) {
		int next_special = i + 1 == len || s[i + 1] == ';' || s[i + 1] == '\\';
		if (s[i] != ';' && (s[i] != '\\' || !next_special))
			continue;
		evg_buf_put(b, s + from, i - from);
		evg_buf_putc(b, '\\');
		from = i; /* the byte itself starts the next run */
	}
	evg_buf_put(b, s + from, len - from);
}

void evg_csv_end_record(evg_buf *b)
{
	evg_buf_put(b, "\r\n", 2);
	(void)evg_buf_spill(b); /* a failure is reported at the end */
}

void evg_template_expand(evg_buf *out, const char *tpl, size_t len,
                         int (*lookup)(void *ctx, const char *name,
                                       size_t nlen, evg_buf *out),
                         void *ctx)
{
	size_t i = 0;
	while (i < len) {
		const char *open = memchr(tpl + i, '{', len - i), *close;
		size_t at;
		if (!open) {
			evg_buf_put(out, tpl + i, len - i);
			return;
		}
		at = (size_t)(open - tpl);
		close = at + 1 < len && tpl[at + 1] == '{'
		                ? memchr(tpl + at + 2, '}', len - at - 2)
		                : NULL;
		evg_buf_put(out, tpl + i, at - i);
		if (at + 1 < len && tpl[at + 1] == '{' && !close) {
			/* no "}" anywhere after: nothing later can close either */
			evg_buf_put(out, tpl + at, len - at);
			return;
		}
		if (close && (size_t)(close - tpl) + 1 < len && close[1] == '}' &&
		    lookup(ctx, tpl + at + 2, (size_t)(close - tpl) - at - 2, out) == 0) {
			i = (size_t)(close - tpl) + 2;
		} else {
			evg_buf_putc(out, '{');
			i = at + 1;
		}
	}
}

