/* dct.c: finds a document's publication date (its creation time, the
 * DCT of TimeML) in the first lines of the text, the way scraped news
 * pages carry it: a header line, a byline stamp, a dateline.
 *
 * The stamps are read by the tagger itself (evg_timex_find without an
 * anchor), so every date form it knows is also a stamp form; this file
 * only decides which expression is the stamp and fills a missing year. */
#include <string.h>

#include "ctype.h"
#include "text.h"
#include "timex.h"

/* How far into the text a stamp is looked for: page furniture (menus,
 * icon rows) comes first in scraped pages, so a few kilobytes. */
enum { S_HEAD_BYTES = 4096, S_HEAD_LINES = 60, S_BYLINE_WORDS = 2 };

/* Reads "YYYY-MM-DD[Thh:mm]" or "XXXX-MM-DD[Thh:mm]" from a TIMEX3
 * value; returns 1 when the value names a day. */
static int S_parse_value(const char *v, int *y, int *m, int *d, int *hh,
                         int *mm)
{
	size_t i;
	if (strlen(v) < 10 || v[4] != '-' || v[7] != '-')
		return 0;
	for (i = 5; i < 10; i++)
		if (i != 7 && !evg_isdigit((unsigned char)v[i]))
			return 0;
	*y = evg_isdigit((unsigned char)v[0]) ? (v[0] - '0') * 1000 +
	     (v[1] - '0') * 100 + (v[2] - '0') * 10 + (v[3] - '0') : 0;
	*m = (v[5] - '0') * 10 + (v[6] - '0');
	*d = (v[8] - '0') * 10 + (v[9] - '0');
	*hh = *mm = -1;
	if (v[10] == 'T' && evg_isdigit((unsigned char)v[11]) && v[13] == ':') {
		*hh = (v[11] - '0') * 10 + (v[12] - '0');
		*mm = (v[14] - '0') * 10 + (v[15] - '0');
	}
	return 1;
}

static void S_line(const char *text, size_t len, size_t at, size_t *b,
                   size_t *e)
{
	*b = at;
	while (*b > 0 && text[*b - 1] != '\n')
		(*b)--;
	*e = at;
	while (*e < len && text[*e] != '\n')
		(*e)++;
}

/* Lowercase words of s that a stamp line would not carry: a byline is
 * names, numbers, separators and a few words like "by" or "updated",
 * while a sentence that happens to hold a date has verbs and nouns. */
static size_t S_prose_words(const char *s, size_t n)
{
	static const char *const stamp[] = {"by", "at", "on", "ago", "am",
	                                    "pm", "updated", "published",
	                                    "posted", "min", "read", "and"};
	size_t i = 0, w = 0, k, b;
	while (i < n) {
		if (!evg_islower((unsigned char)s[i]) ||
		    (i > 0 && evg_isalpha((unsigned char)s[i - 1]))) {
			i++;
			continue;
		}
		for (b = i; i < n && evg_isalpha((unsigned char)s[i]); i++)
			;
		for (k = 0; k < sizeof stamp / sizeof *stamp; k++)
			if (strlen(stamp[k]) == i - b && evg_strncaseeq(s + b, stamp[k], i - b))
				break;
		w += k == sizeof stamp / sizeof *stamp;
	}
	return w;
}

/* The rest of the line around a candidate looks like a byline. */
static int S_byline(const char *line, size_t n, size_t from, size_t to)
{
	size_t prose = S_prose_words(line, from) +
	               S_prose_words(line + to, n - to);
	size_t e = n;
	while (e > to && evg_isspace((unsigned char)line[e - 1]))
		e--;
	if (prose > S_BYLINE_WORDS)
		return 0;
	return !(prose > 0 && e > to && line[e - 1] == '.');
}

/* A line starting with "Date:", "Published", "Posted", "Updated". */
static int S_header_line(const char *s, size_t n)
{
	static const char *const keys[] = {"date", "published", "posted",
	                                   "updated", "dated"};
	size_t k, i = 0;
	while (i < n && evg_isspace((unsigned char)s[i]))
		i++;
	for (k = 0; k < sizeof keys / sizeof *keys; k++) {
		size_t kl = strlen(keys[k]);
		if (n - i > kl && evg_strncaseeq(s + i, keys[k], kl) &&
		    !evg_isalpha((unsigned char)s[i + kl]))
			return 1;
	}
	return 0;
}

/* An all-capitals place and a comma before the date: "MOSCOW, June 6." */
static int S_dateline(const char *s, size_t n)
{
	size_t i = 0, caps = 0;
	while (i < n && evg_isspace((unsigned char)s[i]))
		i++;
	for (; i < n && s[i] != ','; i++) {
		if (evg_islower((unsigned char)s[i]))
			return 0;
		caps += evg_isupper((unsigned char)s[i]) != 0;
	}
	if (i >= n || caps < 2)
		return 0;
	for (i++; i < n; i++)
		if (!evg_isspace((unsigned char)s[i]))
			return 0;
	return 1;
}

/* "Fri, 07 Oct 2016 19:40:00 +0300": a weekday abbreviation, a comma,
 * day, month, year, clock and numeric zone. */
static int S_rfc2822(const char *s, size_t n)
{
	return n > 25 && evg_isalpha((unsigned char)s[0]) && s[3] == ',' &&
	       (s[n - 5] == '+' || s[n - 5] == '-') &&
	       evg_isdigit((unsigned char)s[n - 1]);
}

/* Names the rule a stamp candidate at x satisfies, or NULL. */
static const char *S_rule(const char *text, size_t len, const evg_timex *x)
{
	size_t b, e;
	const char *s = text + x->offset;
	S_line(text, len, x->offset, &b, &e);
	if (S_header_line(text + b, x->offset - b))
		return "header";
	if (S_rfc2822(s, x->length))
		return "rfc2822";
	if (S_dateline(text + b, x->offset - b))
		return "dateline";
	if (!S_byline(text + b, e - b, x->offset - b, x->offset + x->length - b))
		return NULL;
	if (evg_isdigit((unsigned char)s[0]) && x->length >= 10 && s[4] == '-')
		return "iso";
	return "byline";
}

/* " date 2016-11-07 ..." at the very start of the text. */
static int S_header_iso(evg_dct *out, const char *text, size_t len)
{
	size_t i = 0;
	while (i < len && evg_isspace((unsigned char)text[i]))
		i++;
	if (len - i < 15 || !evg_strncaseeq(text + i, "date", 4))
		return 0;
	i += 4;
	if (i < len && text[i] == ':')
		i++;
	if (i >= len || !evg_isspace((unsigned char)text[i]))
		return 0;
	while (i < len && evg_isspace((unsigned char)text[i]))
		i++;
	if (len - i < 10 || evg_date_parse(&out->date, text + i, 10) ||
	    out->date.prec != EVG_PREC_DAY)
		return 0;
	if (i + 10 < len && evg_isalnum((unsigned char)text[i + 10]))
		return 0;
	out->offset = i;
	out->length = 10;
	out->rule = "header-iso";
	return 1;
}

/* The year of a stamp printed without one ("June 06, 13:24"): the year
 * of the latest complete date in the text, moved on by one when the
 * stamp's day would fall before that date (a page cites what precedes
 * it). 0 when the text names no complete date. */
static int S_infer_year(const char *text, size_t len, int m, int d)
{
	evg_timex *xs;
	size_t n, i;
	int by = 0, bm = 0, bd = 0, y, mo, da, hh, mm;
	evg_timex_find(&xs, &n, text, len, NULL);
	for (i = 0; i < n; i++) {
		if (!S_parse_value(xs[i].value, &y, &mo, &da, &hh, &mm) || !y)
			continue;
		if (y * 400 + mo * 32 + da > by * 400 + bm * 32 + bd)
			by = y, bm = mo, bd = da;
	}
	evg_free(xs);
	if (!by)
		return 0;
	return m * 32 + d < bm * 32 + bd ? by + 1 : by;
}

static int S_fill(evg_dct *out, const char *text, size_t len,
                  const evg_timex *x, const char *rule)
{
	int y, m, d, hh, mm;
	if (!S_parse_value(x->value, &y, &m, &d, &hh, &mm))
		return 0;
	if (!y && !(y = S_infer_year(text, len, m, d)))
		return 0;
	if (d > evg_days_in_month(y, m))
		return 0; /* "29 February" in a year without one: no stamp */
	out->date.year = y;
	out->date.month = m;
	out->date.day = d;
	out->date.prec = EVG_PREC_DAY;
	out->hour = hh;
	out->minute = mm;
	out->offset = x->offset;
	out->length = x->length;
	out->rule = rule;
	return 1;
}

int evg_dct_detect(evg_dct *out, const char *text, size_t len)
{
	evg_timex *xs;
	size_t n, i, b, e, lines;
	int found = 0;
	memset(out, 0, sizeof *out);
	out->hour = out->minute = -1;
	if (S_header_iso(out, text, len))
		return 0;
	memset(&out->date, 0, sizeof out->date);
	/* Line by line, stopping at the first stamp: the tagger reads each
	 * line on its own anyway, and a stamp is usually near the top, so
	 * the lines are found as they are read. The head is the first
	 * S_HEAD_LINES lines, but no line starting past S_HEAD_BYTES. */
	for (b = 0, lines = 0; b < len && b <= S_HEAD_BYTES &&
	                       lines < S_HEAD_LINES && !found;
	     b = e + 1, lines++) {
		const char *nl = memchr(text + b, '\n', len - b);
		e = nl ? (size_t)(nl - text) : len;
		evg_timex_find(&xs, &n, text + b, e - b, NULL);
		for (i = 0; i < n && !found; i++) {
			const char *rule;
			xs[i].offset += b;
			rule = S_rule(text, len, &xs[i]);
			found = rule && S_fill(out, text, len, &xs[i], rule);
		}
		evg_free(xs);
	}
	if (!found) {
		memset(out, 0, sizeof *out);
		out->hour = out->minute = -1;
		return EVG_EINVALID;
	}
	return 0;
}
