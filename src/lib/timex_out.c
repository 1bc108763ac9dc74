/* timex_out.c: what `evgraph timex` writes: TimeML that the TempEval-3
 * evaluation toolkit reads (TIMEX3 inline, the DCT as t0), or CSV rows;
 * and the publication-date manifest it can take the DCT from. */
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "csvrows.h"
#include "ctype.h"
#include "render.h"
#include "text.h"
#include "timex.h"

static const char S_timeml_head[] =
	"<?xml version=\"1.0\" ?>\n"
	"<TimeML xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
	"xsi:noNamespaceSchemaLocation="
	"\"http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd\">\n";

int evg_timex_format_from_name(evg_timex_format *out, const char *s)
{
	if (evg_strcaseeq(s, "timeml") || evg_strcaseeq(s, "tml")) {
		*out = EVG_TIMEX_FORMAT_TIMEML;
		return 0;
	}
	if (evg_strcaseeq(s, "csv")) {
		*out = EVG_TIMEX_FORMAT_CSV;
		return 0;
	}
	return EVG_EUNSUPPORTED;
}

/* XML text: the markup characters escaped, invalid UTF-8 and the control
 * characters XML 1.0 forbids replaced by U+FFFD, so any input gives a
 * well-formed document. */
static void S_xml_text(evg_buf *b, const char *s, size_t n)
{
	size_t i = 0, k;
	while (i < n) {
		unsigned char ch = (unsigned char)s[i];
		if (ch == '&' || ch == '<' || ch == '>') {
			evg_buf_puts(b, ch == '&' ? "&amp;" : ch == '<' ? "&lt;" : "&gt;");
			i++;
		} else if (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') {
			evg_buf_puts(b, "\xEF\xBF\xBD");
			i++;
		} else if (ch < 0x80) {
			evg_buf_putc(b, (char)ch);
			i++;
		} else if ((k = evg_utf8_valid_len((const unsigned char *)s + i,
		                                   n - i)) != 0) {
			evg_buf_put(b, s + i, k);
			i += k;
		} else {
			evg_buf_puts(b, "\xEF\xBF\xBD");
			i++;
		}
	}
}

static void S_open_tag(evg_buf *b, const evg_timex *x, size_t tid, int has_dct)
{
	evg_buf_printf(b, "<TIMEX3 tid=\"t%zu\" type=\"%s\" value=\"%s\"", tid,
	               evg_timex_type_name(x->type), x->value);
	if (x->mod[0])
		evg_buf_printf(b, " mod=\"%s\"", x->mod);
	if (x->anchored && has_dct)
		evg_buf_puts(b, " temporalFunction=\"true\" anchorTimeID=\"t0\"");
	else
		evg_buf_puts(b, " temporalFunction=\"false\"");
	evg_buf_putc(b, '>');
}

/* The text of [from, to) with the expressions of xs inline. `escape`
 * says whether the bytes are raw text or already TimeML content. */
static void S_inline(evg_buf *b, const char *text, size_t from, size_t to,
                     const evg_timex *xs, size_t n, int has_dct, int escape,
                     size_t *tid)
{
	size_t i, pos = from;
	for (i = 0; i < n; i++) {
		size_t s = from + xs[i].offset, e = s + xs[i].length;
		if (escape)
			S_xml_text(b, text + pos, s - pos);
		else
			evg_buf_put(b, text + pos, s - pos);
		S_open_tag(b, &xs[i], ++*tid, has_dct);
		if (escape)
			S_xml_text(b, text + s, e - s);
		else
			evg_buf_put(b, text + s, e - s);
		evg_buf_puts(b, "</TIMEX3>");
		pos = e;
	}
	if (escape)
		S_xml_text(b, text + pos, to - pos);
	else
		evg_buf_put(b, text + pos, to - pos);
}

static void S_dct_elem(evg_buf *b, const evg_dct *d)
{
	char v[11];
	evg_date_format(&d->date, v);
	evg_buf_printf(b, "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"%s\" "
	               "temporalFunction=\"false\" "
	               "functionInDocument=\"CREATION_TIME\">%s</TIMEX3></DCT>\n",
	               v, v);
}

static void S_timeml_start(evg_buf *b, const char *name, const evg_dct *d)
{
	evg_buf_puts(b, S_timeml_head);
	evg_buf_puts(b, "<DOCID>");
	S_xml_text(b, name, strlen(name));
	evg_buf_puts(b, "</DOCID>\n");
	if (d->date.prec != EVG_PREC_UNKNOWN)
		S_dct_elem(b, d);
	evg_buf_puts(b, "<TEXT>");
}

/* Decimal digits of v into buf (at least 21 bytes); returns the length.
 * The CSV of a large corpus has millions of offsets: no printf. */
static size_t S_utoa(char *buf, size_t v)
{
	char tmp[24];
	size_t n = 0, i;
	do {
		tmp[n++] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	for (i = 0; i < n; i++)
		buf[i] = tmp[n - 1 - i];
	return n;
}

static void S_csv_header(evg_buf *b)
{
	static const char *const cols[] = {"file", "offset", "length",
	                                   "text", "type", "value"};
	size_t i;
	for (i = 0; i < 6; i++)
		evg_csv_put_cell(b, cols[i], strlen(cols[i]), i == 0);
	evg_csv_end_record(b);
}

static void S_csv(evg_buf *b, const char *name, const char *text,
                  const evg_timex *xs, size_t n, size_t base)
{
	size_t i;
	char num[32];
	for (i = 0; i < n; i++) {
		const char *t = evg_timex_type_name(xs[i].type);
		evg_csv_put_cell(b, name, strlen(name), 1);
		evg_csv_put_cell(b, num, S_utoa(num, xs[i].offset + base), 0);
		evg_csv_put_cell(b, num, S_utoa(num, xs[i].length), 0);
		evg_csv_put_cell(b, text + base + xs[i].offset, xs[i].length, 0);
		evg_csv_put_cell(b, t, strlen(t), 0);
		evg_csv_put_cell(b, xs[i].value, strlen(xs[i].value), 0);
		evg_csv_end_record(b);
	}
}

/* ---- TimeML input ---- */

static const char *S_find(const char *s, size_t n, const char *what)
{
	size_t k = strlen(what), i;
	for (i = 0; i + k <= n; i++)
		if (s[i] == what[0] && !memcmp(s + i, what, k))
			return s + i;
	return NULL;
}

typedef struct {
	size_t text_from, text_to; /* the TEXT content */
	evg_date dct;
} S_tml;

/* 1 when the document is TimeML; fills the TEXT bounds and the DCT. */
static int S_tml_parse(S_tml *t, const char *s, size_t n)
{
	const char *p, *q, *v;
	size_t head = n < 1024 ? n : 1024;
	memset(t, 0, sizeof *t);
	if (!S_find(s, head, "<TimeML"))
		return 0;
	if ((p = S_find(s, n, "<DCT>")) && (q = S_find(p, n - (size_t)(p - s),
	                                               "</DCT>")) &&
	    (v = S_find(p, (size_t)(q - p), "value=\"")) && q - v > 17)
		evg_date_parse(&t->dct, v + 7, 10);
	p = S_find(s, n, "<TEXT>");
	q = p ? S_find(p, n - (size_t)(p - s), "</TEXT>") : NULL;
	t->text_from = p ? (size_t)(p - s) + 6 : 0;
	t->text_to = q ? (size_t)(q - s) : 0;
	return 1;
}

/* Tags the TEXT of a TimeML document. Markup already inside it is hidden
 * from the tagger (replaced by spaces, offsets kept) and expressions that
 * would cross it are dropped, so the output stays well-formed. */
static void S_tml_find(evg_timex **xs, size_t *n, const char *s,
                       const S_tml *t, const evg_dct *d)
{
	size_t len = t->text_to - t->text_from, i, k = 0;
	char *copy = evg_strndup(evg_default_mem(), s + t->text_from, len);
	int in_tag = 0;
	for (i = 0; i < len; i++) {
		if (copy[i] == '<')
			in_tag = 1;
		if (in_tag && copy[i] == '>')
			copy[i] = ' ', in_tag = 0;
		if (in_tag)
			copy[i] = ' ';
	}
	evg_timex_find(xs, n, copy, len, d);
	for (i = 0; i < *n; i++) {
		const evg_timex *x = &(*xs)[i];
		if (!memchr(s + t->text_from + x->offset, '<', x->length) &&
		    !memchr(s + t->text_from + x->offset, '>', x->length))
			(*xs)[k++] = *x;
	}
	*n = k;
	evg_free(copy);
}

/* The tagger works line by line, so a long text is tagged in slices cut
 * at line ends: the array of expressions stays small however large the
 * input is, and the result is that of one call. */
enum { S_SLICE = 1 << 20 };

static size_t S_slice_end(const char *text, size_t from, size_t len)
{
	const char *nl;
	if (len - from <= S_SLICE)
		return len;
	nl = memchr(text + from + S_SLICE, '\n', len - from - S_SLICE);
	return nl ? (size_t)(nl - text) + 1 : len;
}

static void S_find_slice(evg_timex **xs, size_t *n, const char *text,
                         size_t from, size_t to, const evg_dct *d)
{
	evg_dct local = *d;
	if (local.length && local.offset >= from && local.offset < to)
		local.offset -= from;
	else
		local.length = 0;
	evg_timex_find(xs, n, text + from, to - from, &local);
}

/* Plain text: CSV rows, or a TimeML document around the escaped text. */
static void S_plain(evg_buf *b, const char *name, const char *text,
                    size_t len, const evg_dct *d, evg_timex_format fmt)
{
	size_t from, to, n, tid = 0;
	evg_timex *xs;
	int has = d->date.prec != EVG_PREC_UNKNOWN;
	if (fmt == EVG_TIMEX_FORMAT_TIMEML)
		S_timeml_start(b, name, d);
	for (from = 0; from < len; from = to) {
		to = S_slice_end(text, from, len);
		S_find_slice(&xs, &n, text, from, to, d);
		if (fmt == EVG_TIMEX_FORMAT_CSV)
			S_csv(b, name, text, xs, n, from);
		else
			S_inline(b, text, from, to, xs, n, has, 1, &tid);
		evg_free(xs);
	}
	if (fmt == EVG_TIMEX_FORMAT_TIMEML)
		evg_buf_puts(b, "</TEXT>\n</TimeML>\n");
}

static void S_pick_dct(evg_dct *d, const char *text, size_t len,
                       const evg_date *given, const evg_date *doc)
{
	if (given && given->prec != EVG_PREC_UNKNOWN) {
		memset(d, 0, sizeof *d);
		d->date = *given;
		d->hour = d->minute = -1;
		d->rule = "given";
	} else if (doc && doc->prec != EVG_PREC_UNKNOWN) {
		memset(d, 0, sizeof *d);
		d->date = *doc;
		d->hour = d->minute = -1;
		d->rule = "timeml";
	} else {
		evg_dct_detect(d, text, len);
	}
}

int evg_timex_render(char **out, size_t *out_len, const char *name,
                     const char *text, size_t len, const evg_date *dct,
                     evg_timex_format fmt, int csv_header, char *err,
                     size_t errlen)
{
	evg_buf b = EVG_BUF_INIT(evg_default_mem());
	evg_timex *xs = NULL;
	size_t n, tid = 0;
	evg_dct d;
	S_tml t;
	*out = NULL;
	*out_len = 0;
	if (fmt == EVG_TIMEX_FORMAT_CSV && csv_header)
		S_csv_header(&b);
	if (!S_tml_parse(&t, text, len)) {
		S_pick_dct(&d, text, len, dct, NULL);
		S_plain(&b, name, text, len, &d, fmt);
	} else if (t.text_to <= t.text_from) {
		snprintf(err, errlen, "%s: TimeML document without a <TEXT> element",
		         name);
		evg_buf_free(&b);
		return EVG_EINVALID;
	} else {
		S_pick_dct(&d, text + t.text_from, t.text_to - t.text_from, dct,
		           &t.dct);
		S_tml_find(&xs, &n, text, &t, &d);
		if (fmt == EVG_TIMEX_FORMAT_CSV) {
			S_csv(&b, name, text, xs, n, t.text_from);
		} else {
			evg_buf_put(&b, text, t.text_from);
			S_inline(&b, text + t.text_from, 0, t.text_to - t.text_from, xs,
			         n, d.date.prec != EVG_PREC_UNKNOWN, 0, &tid);
			evg_buf_put(&b, text + t.text_to, len - t.text_to);
		}
	}
	evg_free(xs);
	*out = evg_buf_detach(&b, out_len);
	return 0;
}


