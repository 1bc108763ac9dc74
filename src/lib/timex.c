/* timex.c: the temporal tagger. Finds temporal expressions and writes
 * their TIMEX3 values, anchoring relative ones on the publication date.
 *
 * The text is cut at line ends into segments; each is tokenised once and
 * every token that can start an expression is offered to the matchers
 * below. The longest match wins and the scan resumes after it, so each
 * token is looked at a bounded number of times. */
#include <string.h>

#include "buf.h"
#include "ctype.h"
#include "mem.h"
#include "text.h"
#include "timex.h"

/* Longest run of tokens handled as one segment: a line longer than this
 * is cut at a token boundary, which can split at most one expression. */
enum { S_SEG_TOKENS = 4096 };

typedef struct {
	const char *text;
	const evg_ttok *t;
	size_t n;
	int have_ref; /* the publication date is known to the day */
	evg_ymd ref;
} S_ctx;

typedef struct {
	size_t end;  /* token after the span */
	size_t skip; /* token after what was consumed (>= end) */
	evg_timex_type type;
	char value[32];
	char mod[8];
	int anchored;
} S_hit;

typedef int (*S_matcher)(const S_ctx *c, size_t i, S_hit *h);

static const char *const S_type_names[] = {"DATE", "TIME", "DURATION", "SET"};

const char *evg_timex_type_name(evg_timex_type t)
{
	if ((unsigned)t >= sizeof S_type_names / sizeof *S_type_names)
		return NULL;
	return S_type_names[t];
}

/* ---- token predicates ---- */

static const evg_tlex *S_lex(const S_ctx *c, size_t i, int cls)
{
	if (i >= c->n || !c->t[i].lex || c->t[i].lex->cls != cls)
		return NULL;
	return c->t[i].lex;
}

static int S_w(const S_ctx *c, size_t i, int id)
{
	const evg_tlex *l = S_lex(c, i, EVG_TC_OTHER);
	return l && l->val == id;
}

static int S_p(const S_ctx *c, size_t i, int ch)
{
	return i < c->n && c->t[i].kind == EVG_TK_PUNCT && c->t[i].ch == ch;
}

/* A number of minlen..maxlen digits. */
static int S_num(const S_ctx *c, size_t i, unsigned minlen, unsigned maxlen)
{
	return i < c->n && c->t[i].kind == EVG_TK_NUM && c->t[i].len >= minlen &&
	       c->t[i].len <= maxlen;
}

/* Token i touches the one before it (no space between). */
static int S_glued(const S_ctx *c, size_t i)
{
	return i < c->n && i > 0 && !c->t[i].sp;
}

/* ---- value formatting and calendar resolution ---- */

/* Values are written by hand: the matchers format one for each
 * candidate they try, and snprintf was a tenth of the tagger's time.
 * The writers below put a NUL after what they write and return where it
 * is; the longest value ("PT" and an int and a unit, or a day and a
 * time) is far below sizeof value. */

static char *S_put_str(char *p, const char *s)
{
	while (*s)
		*p++ = *s++;
	*p = '\0';
	return p;
}

/* v as "%0<width>d" prints it: zero-padded to width characters, the
 * minus sign counted. */
static char *S_put_int(char *p, int v, int width)
{
	char digits[12];
	int n = 0;
	unsigned u = v < 0 ? 0u - (unsigned)v : (unsigned)v;
	if (v < 0) {
		*p++ = '-';
		width--;
	}
	do
		digits[n++] = (char)('0' + u % 10);
	while (u /= 10);
	for (; width > n; width--)
		*p++ = '0';
	while (n)
		*p++ = digits[--n];
	*p = '\0';
	return p;
}

static void S_set(S_hit *h, evg_timex_type type, const char *value)
{
	h->type = type;
	S_put_str(h->value, value);
}

/* "2016-10-07", "XXXX-10" (y 0: year unknown), "2016". */
static char *S_put_year(char *p, int y)
{
	return y ? S_put_int(p, y, 4) : S_put_str(p, "XXXX");
}

static void S_fmt_day(S_hit *h, int y, int m, int d)
{
	char *p;
	h->type = EVG_TIMEX_DATE;
	/* "29 February" resolved into a common year names no real day; the
	 * year is then what is unknown, not the day. */
	if (y && d > evg_days_in_month(y, m))
		y = 0;
	p = S_put_int(S_put_str(S_put_year(h->value, y), "-"), m, 2);
	S_put_int(S_put_str(p, "-"), d, 2);
}

static void S_fmt_month(S_hit *h, int y, int m)
{
	h->type = EVG_TIMEX_DATE;
	S_put_int(S_put_str(S_put_year(h->value, y), "-"), m, 2);
}

static void S_fmt_year(S_hit *h, int y)
{
	h->type = EVG_TIMEX_DATE;
	S_put_int(h->value, y, 4);
}

static void S_fmt_week(S_hit *h, evg_ymd t, const char *suffix)
{
	int wy, w = evg_cal_iso_week(t, &wy);
	h->type = EVG_TIMEX_DATE;
	S_put_str(S_put_int(S_put_str(S_put_int(h->value, wy, 4), "-W"), w, 2),
	          suffix);
}

/* Appends "Thh:mm" (or "TMO" style when hh < 0) to a day value. */
static void S_add_time(S_hit *h, int hh, int mm, const char *tod)
{
	char *p = S_put_str(h->value + strlen(h->value), "T");
	if (tod)
		S_put_str(p, tod);
	else
		S_put_int(S_put_str(S_put_int(p, hh, 2), ":"), mm, 2);
	h->type = EVG_TIMEX_TIME;
}

/* "XXXX-WXX-3": every such weekday, Monday 1 as ISO has it. */
static void S_fmt_any_weekday(S_hit *h, int wday)
{
	S_put_int(S_put_str(h->value, "XXXX-WXX-"), (wday + 5) % 7 + 1, 1);
}

/* The year of a day and month printed without one: in a past sentence
 * the latest such day not more than a week after the anchor (a report
 * may mention a day just ahead), in a future one the first not before
 * it, otherwise the nearest. */
static int S_near_year(const S_ctx *c, int m, int d, int tense)
{
	int best = c->ref.y, y;
	long bestd = -1;
	for (y = c->ref.y - 1; y <= c->ref.y + 1; y++) {
		evg_ymd t = {y, m, d};
		long diff, dist;
		if (d > evg_days_in_month(y, m))
			continue;
		diff = evg_cal_diff(c->ref, t);
		if ((tense == 1 && diff > 7) || (tense == 2 && diff < 0))
			continue;
		dist = tense == 1 ? -diff : tense == 2 ? diff : diff < 0 ? -diff : diff;
		if (bestd < 0 || dist < bestd)
			bestd = dist, best = y;
	}
	return best;
}

/* The year of a bare month name: past tense reaches back to the latest
 * such month not after the anchor, future forward to the next one not
 * before it; without tense, the nearest one ("until the end of January"
 * in a December article is the coming January). */
static int S_month_year(const S_ctx *c, int m, int tense)
{
	if (tense == 1)
		return m <= c->ref.m ? c->ref.y : c->ref.y - 1;
	if (tense == 2)
		return m >= c->ref.m ? c->ref.y : c->ref.y + 1;
	if (m - c->ref.m > 6)
		return c->ref.y - 1;
	if (c->ref.m - m > 6)
		return c->ref.y + 1;
	return c->ref.y;
}

/* The day a bare weekday names: the nearest one (news reports the days
 * around publication), pushed a week back when the sentence is past and
 * the day lies more than a day ahead (a day's lag covers time zones and
 * late updates), or a week on when the sentence is future and the day
 * has passed. */
static evg_ymd S_weekday(const S_ctx *c, int wd, int tense, int dir)
{
	int diff = wd - evg_cal_wday(c->ref);
	if (diff > 3)
		diff -= 7;
	else if (diff < -3)
		diff += 7;
	if (dir < 0 && diff >= 0)
		diff -= 7;
	else if (dir > 0 && diff <= 0)
		diff += 7;
	else if (!dir && tense == 1 && diff > 1)
		diff -= 7;
	else if (!dir && tense == 2 && diff < 0)
		diff += 7;
	return evg_cal_add_days(c->ref, diff);
}

/* Moves (y, m) by k months. */
static void S_add_months(int *y, int *m, int k)
{
	int t = *y * 12 + (*m - 1) + k;
	*y = t / 12;
	*m = t % 12 + 1;
}

static int S_tense_at(const S_ctx *c, size_t i, size_t j)
{
	return evg_tense(c->t, c->n, i, j, c->text);
}

/* ---- small readers shared by the matchers ---- */

/* 1 when token i is the word s (any case), for the few words that are
 * not worth a lexicon entry. */
static int S_raw(const S_ctx *c, size_t i, const char *s)
{
	size_t k = strlen(s);
	return i < c->n && c->t[i].kind == EVG_TK_WORD && c->t[i].len == k &&
	       evg_strncaseeq(c->text + c->t[i].off, s, k);
}

/* A four-digit number in [lo, hi], or 0. */
static int S_year(const S_ctx *c, size_t i, int lo, int hi)
{
	if (!S_num(c, i, 4, 4) || c->t[i].num < lo || c->t[i].num > hi)
		return 0;
	if (S_glued(c, i + 1) && (c->t[i + 1].kind != EVG_TK_PUNCT ||
	                          c->t[i + 1].ch == ':' || c->t[i + 1].ch == '%'))
		return 0;
	return c->t[i].num;
}

/* am/pm after a clock: "PM", "pm", "p.m."; 1 am, 2 pm, 0 none. */
static int S_ampm(const S_ctx *c, size_t j, size_t *next)
{
	const evg_ttok *t = &c->t[j];
	int ap;
	if (j >= c->n)
		return 0;
	if (S_w(c, j, EVG_TW_AM) || S_w(c, j, EVG_TW_PM)) {
		*next = j + 1;
		return c->t[j].lex->val == EVG_TW_AM ? 1 : 2;
	}
	if (t->kind != EVG_TK_WORD || t->len != 1)
		return 0;
	ap = evg_tolower((unsigned char)c->text[t->off]);
	if ((ap != 'a' && ap != 'p') || !S_p(c, j + 1, '.') || !S_glued(c, j + 1) ||
	    !S_raw(c, j + 2, "m") || !S_glued(c, j + 2))
		return 0;
	*next = j + 3 + (S_p(c, j + 3, '.') && S_glued(c, j + 3));
	return ap == 'a' ? 1 : 2;
}

/* A time zone after a clock: "UTC", "UTC+3", "GMT-05:00", "+0300". */
static size_t S_zone(const S_ctx *c, size_t j)
{
	int sign = S_p(c, j, '+') || S_p(c, j, '-');
	if (sign && S_num(c, j + 1, 4, 4) && S_glued(c, j + 1))
		return j + 2;
	if (!S_w(c, j, EVG_TW_TZ))
		return j;
	j++;
	if ((S_p(c, j, '+') || S_p(c, j, '-')) && S_glued(c, j) &&
	    S_num(c, j + 1, 1, 4) && S_glued(c, j + 1)) {
		j += 2;
		if (S_p(c, j, ':') && S_glued(c, j) && S_num(c, j + 1, 2, 2))
			j += 2;
	}
	return j;
}

/* A clock time at j: "19:40", "3:49 PM", "3 p.m.", "13:24 UTC+3". */
static int S_clock(const S_ctx *c, size_t j, int *hh, int *mm, size_t *next)
{
	size_t k;
	int ap = 0;
	if (!S_num(c, j, 1, 2) || c->t[j].num > 24)
		return 0;
	*hh = c->t[j].num;
	*mm = 0;
	k = j + 1;
	if (S_p(c, k, ':') && S_glued(c, k) && S_num(c, k + 1, 2, 2) &&
	    S_glued(c, k + 1) && c->t[k + 1].num < 60) {
		*mm = c->t[k + 1].num;
		k += 2;
		if (S_p(c, k, ':') && S_glued(c, k) && S_num(c, k + 1, 2, 2))
			k += 2; /* seconds: kept in the span, not the value */
		ap = S_ampm(c, k, &k);
	} else if (!(ap = S_ampm(c, k, &k))) {
		return 0;
	}
	if (ap) {
		if (*hh == 0 || *hh > 12)
			return 0;
		*hh = (*hh % 12) + (ap == 2 ? 12 : 0);
	}
	*next = S_zone(c, k);
	return 1;
}

/* A month name at j, capitalised (the lowercase words "may" and "march"
 * are nearly always the verb); abbreviations take an optional period. */
static int S_month_at(const S_ctx *c, size_t j, int *abbr, size_t *next)
{
	const evg_tlex *l = S_lex(c, j, EVG_TC_MONTH);
	if (!l || !c->t[j].caps)
		return 0;
	*abbr = (l->flags & EVG_TF_ABBR) != 0;
	*next = j + 1;
	if (*abbr && S_p(c, j + 1, '.') && S_glued(c, j + 1))
		*next = j + 2;
	return l->val;
}

/* A day of the month at j (1..31, "6", "06", "6th"), not a clock. */
static int S_mday_at(const S_ctx *c, size_t j, size_t *next)
{
	if (!S_num(c, j, 1, 2) || c->t[j].num < 1 || c->t[j].num > 31)
		return 0;
	if (S_p(c, j + 1, ':') && S_glued(c, j + 1))
		return 0;
	*next = j + 1;
	if (S_w(c, j + 1, EVG_TW_TH) && S_glued(c, j + 1))
		*next = j + 2;
	return c->t[j].num;
}

static int S_daymonth(const S_ctx *c, size_t j, int *m, int *d, size_t *next)
{
	size_t k;
	int abbr;
	if (!(*d = S_mday_at(c, j, &k)))
		return 0;
	if (S_w(c, k, EVG_TW_OF))
		k++;
	return (*m = S_month_at(c, k, &abbr, next)) != 0;
}

static int S_monthday(const S_ctx *c, size_t j, int *m, int *d, size_t *next)
{
	size_t k;
	int abbr;
	if (!(*m = S_month_at(c, j, &abbr, &k)))
		return 0;
	return (*d = S_mday_at(c, k, next)) != 0;
}

static int S_unit_at(const S_ctx *c, size_t j, int *plural)
{
	const evg_tlex *l = S_lex(c, j, EVG_TC_UNIT);
	if (!l)
		return -1;
	*plural = (l->flags & EVG_TF_PLURAL) != 0;
	return l->val;
}

/* -1, 0, +1 for last/this/next and their synonyms; 2 when none. */
static int S_dir_at(const S_ctx *c, size_t j)
{
	const evg_tlex *l = S_lex(c, j, EVG_TC_OTHER);
	if (!l)
		return 2;
	switch (l->val) {
	case EVG_TW_LAST: case EVG_TW_PAST: case EVG_TW_PREVIOUS: return -1;
	case EVG_TW_NEXT: case EVG_TW_COMING: case EVG_TW_FOLLOWING: return 1;
	case EVG_TW_THIS: return 0;
	default: return 2;
	}
}

/* ---- explicit calendar dates ---- */

/* "7 Oct, 2016 19:40", "Tuesday, 09 March 2021 3:49 PM", "November 4,
 * 2016", "June 06, 13:24 UTC+3", "8 November", "June 6". */
static int S_m_date(const S_ctx *c, size_t i, S_hit *h)
{
	size_t j = i, k;
	int m, d, y = 0, hh = -1, mm = 0;
	if (S_lex(c, j, EVG_TC_WDAY) && c->t[j].caps) {
		j++;
		if (S_p(c, j, '.') && S_glued(c, j))
			j++;
		if (S_p(c, j, ','))
			j++;
	}
	if (!S_daymonth(c, j, &m, &d, &j) && !S_monthday(c, j, &m, &d, &j))
		return 0;
	k = j + S_p(c, j, ',');
	if ((y = S_year(c, k, 1000, 2999)) != 0)
		j = k + 1;
	k = j + (S_p(c, j, ',') || S_p(c, j, '-') || S_w(c, j, EVG_TW_AT));
	if (S_clock(c, k, &hh, &mm, &k))
		j = k;
	if (d > evg_days_in_month(y ? y : 2000, m))
		return 0;
	if (!y && c->have_ref) {
		y = S_near_year(c, m, d, S_tense_at(c, i, j));
		h->anchored = 1;
	}
	S_fmt_day(h, y, m, d);
	if (hh >= 0)
		S_add_time(h, hh, mm, NULL);
	h->end = j;
	return 1;
}

/* "2016-11-07", "2016-11-07T10:30", "11/07/2016", "07.11.2016". */
static int S_m_numeric(const S_ctx *c, size_t i, S_hit *h)
{
	int y, m, d, hh, mm, sep;
	size_t k;
	if (!S_num(c, i, 1, 4) || !(S_p(c, i + 1, '-') || S_p(c, i + 1, '/') ||
	                            S_p(c, i + 1, '.')))
		return 0;
	sep = c->t[i + 1].ch;
	if (!S_glued(c, i + 1) || !S_p(c, i + 3, sep) || !S_glued(c, i + 2) ||
	    !S_glued(c, i + 3) || !S_glued(c, i + 4) || !S_num(c, i + 2, 1, 2))
		return 0;
	if (c->t[i].len == 4 && S_num(c, i + 4, 2, 2) && sep != '.') {
		y = c->t[i].num, m = c->t[i + 2].num, d = c->t[i + 4].num;
	} else if (c->t[i].len <= 2 && S_num(c, i + 4, 4, 4) && sep != '-') {
		y = c->t[i + 4].num;
		m = sep == '/' ? c->t[i].num : c->t[i + 2].num;
		d = sep == '/' ? c->t[i + 2].num : c->t[i].num;
		if (m > 12 && d <= 12) {
			int day = m; /* day first after all */
			m = d;
			d = day;
		}
	} else {
		return 0;
	}
	if (y < 1000 || m < 1 || m > 12 || d < 1 || d > evg_days_in_month(y, m))
		return 0;
	S_fmt_day(h, y, m, d);
	h->end = i + 5;
	k = h->end;
	if (S_raw(c, k, "t") && S_glued(c, k))
		k++;
	if (S_clock(c, k, &hh, &mm, &k)) {
		if (S_raw(c, k, "z") && S_glued(c, k))
			k++;
		S_add_time(h, hh, mm, NULL);
		h->end = k;
	}
	return 1;
}

/* ---- years and decades ---- */

/* Words after which a plausible year number is read as a year. */
static int S_year_cue(const S_ctx *c, size_t i)
{
	const evg_tlex *l;
	int u, pl;
	if (i == 0)
		return c->n > 1 && c->t[1].lex &&
		       ((c->t[1].lex->flags & (EVG_TF_PAST | EVG_TF_FUT)) ||
		        S_w(c, 1, EVG_TW_IS));
	if ((l = S_lex(c, i - 1, EVG_TC_OTHER)) != NULL) {
		switch (l->val) {
		case EVG_TW_IN: case EVG_TW_SINCE: case EVG_TW_BY:
		case EVG_TW_UNTIL: case EVG_TW_BEFORE: case EVG_TW_AFTER:
		case EVG_TW_OF: case EVG_TW_FROM: case EVG_TW_DURING:
		case EVG_TW_THROUGH: case EVG_TW_THE: case EVG_TW_ITS:
		case EVG_TW_THEIR: case EVG_TW_HIS: case EVG_TW_HER:
		case EVG_TW_OUR: case EVG_TW_EARLY: case EVG_TW_LATE:
		case EVG_TW_MID: case EVG_TW_AROUND: case EVG_TW_CIRCA:
		case EVG_TW_FISCAL: case EVG_TW_THAN: case EVG_TW_BETWEEN:
		case EVG_TW_END: case EVG_TW_FOR: case EVG_TW_LEAST:
		case EVG_TW_A: /* "a 2019 interview": an article counts nothing */
			return 1;
		case EVG_TW_S: /* a possessive: "Russia's 2016 elections" */
			return i >= 2 && S_p(c, i - 2, '\'');
		case EVG_TW_AND: case EVG_TW_OR: case EVG_TW_TO:
			return i >= 2 && S_year(c, i - 2, 1900, 2099);
		default:
			return 0;
		}
	}
	if ((u = S_unit_at(c, i - 1, &pl)) == EVG_TU_YEAR && !pl)
		return 1; /* "the year 2016" */
	if (i + 1 < c->n && c->t[i + 1].lex &&
	    (c->t[i + 1].lex->flags & (EVG_TF_PAST | EVG_TF_FUT) ||
	     S_w(c, i + 1, EVG_TW_IS)) &&
	    (S_p(c, i - 1, '.') || S_p(c, i - 1, '"')))
		return 1; /* "... . 2016 was a hard year" */
	if (S_lex(c, i - 1, EVG_TC_SEASON))
		return 1;
	return S_p(c, i - 1, '(') && S_p(c, i + 1, ')');
}

/* A year standing alone: plausible (1900-2099), not part of a bigger
 * number, an amount or a name ("2,000", "$2020", "MAKS-2017"), not
 * counting something ("2016 people"), and cued by the word before it or
 * by a range ("2016-2020"). */
static int S_year_plain(const S_ctx *c, size_t i)
{
	int range = 0;
	if (!S_year(c, i, 1900, 2099))
		return 0;
	if (S_glued(c, i)) {
		const evg_ttok *p = &c->t[i - 1];
		if (p->kind != EVG_TK_PUNCT)
			return 0;
		if (p->ch == '-' && i >= 2 && S_year(c, i - 2, 1900, 2099))
			range = 1;
		else if (p->ch == '-' && i >= 2 && S_w(c, i - 2, EVG_TW_MID))
			range = 1;
		else if (p->ch != '(' && p->ch != '"' && p->ch != '\'')
			return 0;
	}
	if (S_glued(c, i + 1)) {
		const evg_ttok *nx = &c->t[i + 1];
		if ((nx->ch == '.' || nx->ch == ',' || nx->ch == '/') &&
		    S_num(c, i + 2, 1, 9) && S_glued(c, i + 2))
			return 0;
		if (nx->ch == '-' && S_year(c, i + 2, 1900, 2099) && S_glued(c, i + 2))
			return 1;
		if (nx->ch == '-' && S_num(c, i + 2, 1, 3) && S_glued(c, i + 2))
			return 0;
	}
	if (S_w(c, i + 1, EVG_TW_COUNT_NOUN))
		return 0;
	return range || S_year_cue(c, i);
}

/* "the 1990s", "1990s", "the 2000s" -> 199, 200. */
static int S_m_decade(const S_ctx *c, size_t i, S_hit *h)
{
	size_t j = i + S_w(c, i, EVG_TW_THE), k;
	if (!S_num(c, j, 4, 4) || c->t[j].num % 10 || c->t[j].num < 1000)
		return 0;
	k = j + 1;
	if (S_p(c, k, '\'') && S_glued(c, k))
		k++;
	if (!S_w(c, k, EVG_TW_S) || !S_glued(c, k))
		return 0;
	h->type = EVG_TIMEX_DATE;
	S_put_int(h->value, c->t[j].num / 10, 3);
	h->end = k + 1;
	return 1;
}

static int S_m_year(const S_ctx *c, size_t i, S_hit *h)
{
	if (S_m_decade(c, i, h))
		return 1;
	if (!S_year_plain(c, i))
		return 0;
	S_fmt_year(h, c->t[i].num);
	h->end = i + 1;
	return 1;
}

/* ---- months ---- */

/* "May" is a month only after a cue word or in a list of months, since
 * it is far more often the modal verb; the same goes for "March". */
static int S_month_cue(const S_ctx *c, size_t i)
{
	const evg_tlex *l = i ? S_lex(c, i - 1, EVG_TC_OTHER) : NULL;
	int abbr;
	size_t k;
	if (l) {
		switch (l->val) {
		case EVG_TW_IN: case EVG_TW_SINCE: case EVG_TW_UNTIL:
		case EVG_TW_BY: case EVG_TW_FROM: case EVG_TW_DURING:
		case EVG_TW_EARLY: case EVG_TW_LATE: case EVG_TW_MID:
		case EVG_TW_OF: case EVG_TW_THROUGH: case EVG_TW_BETWEEN:
		case EVG_TW_BEFORE: case EVG_TW_AFTER: case EVG_TW_TO:
		case EVG_TW_END: case EVG_TW_AND: case EVG_TW_OR:
			return 1;
		default:
			break;
		}
	}
	if (i >= 2 && S_p(c, i - 1, '-') && S_w(c, i - 2, EVG_TW_MID))
		return 1;
	return (S_w(c, i + 1, EVG_TW_AND) || S_w(c, i + 1, EVG_TW_OR) ||
	        S_w(c, i + 1, EVG_TW_TO) || S_p(c, i + 1, '-')) &&
	       S_month_at(c, i + 2, &abbr, &k);
}

/* "December last year", "September of last year", "June this year". */
static int S_month_rel_year(const S_ctx *c, size_t j, int *y, size_t *next)
{
	int dir, pl;
	if (S_w(c, j, EVG_TW_OF))
		j++;
	dir = S_dir_at(c, j);
	if (dir == 2 || !(S_w(c, j, EVG_TW_LAST) || S_w(c, j, EVG_TW_NEXT) ||
	                  S_w(c, j, EVG_TW_THIS)))
		return 0;
	if (S_unit_at(c, j + 1, &pl) != EVG_TU_YEAR || pl || !c->have_ref)
		return 0;
	*y = c->ref.y + dir;
	*next = j + 2;
	return 1;
}

static int S_m_month(const S_ctx *c, size_t i, S_hit *h)
{
	int abbr, m, y;
	size_t j, k;
	if (!(m = S_month_at(c, i, &abbr, &j)))
		return 0;
	k = j + S_p(c, j, ',');
	k += S_w(c, k, EVG_TW_OF);
	if ((y = S_year(c, k, 1000, 2999)) != 0) {
		S_fmt_month(h, y, m);
		h->end = k + 1;
		return 1;
	}
	if (S_month_rel_year(c, j, &y, &h->end)) {
		S_fmt_month(h, y, m);
		h->anchored = 1;
		return 1;
	}
	if (abbr || ((m == 3 || m == 5) && !S_month_cue(c, i)))
		return 0;
	/* "June Carter": a capitalised word right after, without a cue, is
	 * more likely a name. */
	if (i + 1 < c->n && c->t[i + 1].kind == EVG_TK_WORD && c->t[i + 1].caps &&
	    !S_month_cue(c, i))
		return 0;
	y = c->have_ref ? S_month_year(c, m, S_tense_at(c, i, i + 1)) : 0;
	h->anchored = c->have_ref;
	S_fmt_month(h, y, m);
	h->end = i + 1;
	return 1;
}

/* ---- anchored words: today, Friday, last month ---- */

static const char *const S_tod_codes[] = {"MO", "AF", "EV", "NI", "12:00",
                                          "24:00"};

static void S_day_tod(const S_ctx *c, S_hit *h, evg_ymd t, size_t j)
{
	const evg_tlex *l = S_lex(c, j, EVG_TC_TOD);
	S_fmt_day(h, t.y, t.m, t.d);
	h->anchored = 1;
	if (l) {
		S_add_time(h, 0, 0, S_tod_codes[l->val]);
		h->end = j + 1;
	}
}

static int S_m_rel(const S_ctx *c, size_t i, S_hit *h)
{
	const evg_tlex *l = S_lex(c, i, EVG_TC_REL);
	if (!l)
		return 0;
	h->end = i + 1;
	if (!c->have_ref) {
		if (l->val != 0)
			return 0;
		S_set(h, EVG_TIMEX_DATE, "PRESENT_REF");
		return 1;
	}
	if (l->val == 2) {
		S_fmt_day(h, c->ref.y, c->ref.m, c->ref.d);
		S_add_time(h, 0, 0, "NI");
		h->anchored = 1;
		return 1;
	}
	S_day_tod(c, h, evg_cal_add_days(c->ref, l->val), i + 1);
	return 1;
}

static int S_m_weekday(const S_ctx *c, size_t i, S_hit *h)
{
	const evg_tlex *l = S_lex(c, i, EVG_TC_WDAY);
	if (!l || (l->flags & EVG_TF_ABBR) || !c->t[i].caps)
		return 0;
	h->end = i + 1;
	if (!c->have_ref) {
		h->type = EVG_TIMEX_DATE;
		S_fmt_any_weekday(h, l->val);
		return 1;
	}
	S_day_tod(c, h, S_weekday(c, l->val, S_tense_at(c, i, i + 1), 0), i + 1);
	return 1;
}

static const char *const S_season_codes[] = {"SP", "SU", "FA", "WI"};

static void S_fmt_season(S_hit *h, int y, int s)
{
	S_put_str(S_put_str(S_put_int(h->value, y, 4), "-"), S_season_codes[s]);
}

/* The season of the anchor, and the year TIMEX3 gives it (a winter
 * belongs to the year it starts in). */
static int S_season_now(const S_ctx *c, int *y)
{
	int m = c->ref.m;
	*y = c->ref.y - (m <= 2);
	return m <= 2 || m == 12 ? 3 : (m - 3) / 3;
}

/* The year of season s: dir -1 last, +1 next, 0 this; tense for bare. */
static int S_season_year(const S_ctx *c, int s, int dir, int tense)
{
	int cy, cs = S_season_now(c, &cy);
	if (dir < 0)
		return s < cs ? cy : cy - 1;
	if (dir > 0)
		return s > cs ? cy : cy + 1;
	if (tense == 1)
		return s <= cs ? cy : cy - 1;
	if (tense == 2)
		return s >= cs ? cy : cy + 1;
	return cy;
}

/* this/last/next + week, month, year, weekend, quarter, decade. */
static int S_rel_unit_value(const S_ctx *c, int unit, int dir, S_hit *h)
{
	int y = c->ref.y, m = c->ref.m;
	h->type = EVG_TIMEX_DATE;
	switch (unit) {
	case EVG_TU_WEEK:
		S_fmt_week(h, evg_cal_add_days(c->ref, 7 * dir), "");
		return 1;
	case EVG_TU_WEEKEND:
		S_fmt_week(h, evg_cal_add_days(c->ref, 7 * dir), "-WE");
		return 1;
	case EVG_TU_MONTH:
		S_add_months(&y, &m, dir);
		S_fmt_month(h, y, m);
		return 1;
	case EVG_TU_QUARTER:
		S_add_months(&y, &m, 3 * dir);
		S_put_int(S_put_str(S_put_int(h->value, y, 4), "-Q"), (m - 1) / 3 + 1, 1);
		return 1;
	case EVG_TU_YEAR:
		S_fmt_year(h, y + dir);
		return 1;
	case EVG_TU_DECADE:
		S_put_int(h->value, y / 10 + dir, 3);
		return 1;
	case EVG_TU_CENTURY:
		S_put_int(h->value, y / 100 + dir, 2);
		return 1;
	default:
		return 0;
	}
}

/* What follows last/this/next at x: a unit, weekday, month, season or
 * part of the day. */
static int S_rel_target(const S_ctx *c, size_t i, size_t x, int dir, S_hit *h)
{
	const evg_tlex *l;
	int pl, u, abbr, m;
	size_t k;
	h->end = x + 1;
	h->anchored = 1;
	if ((u = S_unit_at(c, x, &pl)) >= 0)
		return !pl && S_rel_unit_value(c, u, dir, h);
	if ((l = S_lex(c, x, EVG_TC_WDAY)) && !(l->flags & EVG_TF_ABBR)) {
		S_day_tod(c, h, S_weekday(c, l->val, S_tense_at(c, i, x + 1),
		                          dir), x + 1);
		return 1;
	}
	if ((m = S_month_at(c, x, &abbr, &k)) && !abbr) {
		int y = c->ref.y;
		if (dir < 0)
			y -= m >= c->ref.m;
		else if (dir > 0)
			y += m <= c->ref.m;
		S_fmt_month(h, y, m);
		return 1;
	}
	if ((l = S_lex(c, x, EVG_TC_SEASON))) {
		h->type = EVG_TIMEX_DATE;
		S_fmt_season(h, S_season_year(c, l->val, dir, 0), l->val);
		return 1;
	}
	if ((l = S_lex(c, x, EVG_TC_TOD)) && l->val <= EVG_TD_NI &&
	    (dir == 0 || (dir < 0 && l->val == EVG_TD_NI))) {
		S_day_tod(c, h, evg_cal_add_days(c->ref, dir), x);
		return 1;
	}
	return 0;
}

/* "last month", "this week", "next Tuesday", "earlier this week",
 * "last November", "this morning". */
static int S_m_relunit(const S_ctx *c, size_t i, S_hit *h)
{
	const evg_tlex *v = S_lex(c, i, EVG_TC_VAGUE);
	size_t j = i;
	int dir;
	if (!c->have_ref)
		return 0;
	if (S_w(c, i, EVG_TW_THE)) {
		/* "the previous year", "the following week", "the current
		 * year": the article names the span with its determiner */
		j++;
		v = S_lex(c, j, EVG_TC_VAGUE);
		if (!S_w(c, j, EVG_TW_PREVIOUS) && !S_w(c, j, EVG_TW_FOLLOWING) &&
		    !(v && S_raw(c, j, "current")))
			return 0;
	}
	if ((v && v->val == EVG_TV_EARLIER) || S_w(c, i, EVG_TW_LATER)) {
		j++;
		if (!S_w(c, j, EVG_TW_THIS) && !S_w(c, j, EVG_TW_LAST) &&
		    !S_w(c, j, EVG_TW_NEXT))
			return 0;
	} else if (v && v->val == EVG_TV_PRESENT &&
	           S_raw(c, j, "current")) {
		int pl, u = S_unit_at(c, j + 1, &pl);
		h->end = j + 2;
		h->anchored = 1;
		return u >= 0 && !pl && S_rel_unit_value(c, u, 0, h);
	}
	if ((dir = S_dir_at(c, j)) == 2)
		return 0;
	return S_rel_target(c, i, j + 1, dir, h);
}

/* ---- durations ---- */

static const char *const S_unit_codes[] = {"S", "M", "H", "D", "W", "WE",
                                           "W", "M", "Q", "Y", "DE", "CE"};

/* n < 0 is a vague amount (X). */
static void S_fmt_dur(S_hit *h, int n, int unit)
{
	char *p;
	const char *t = unit <= EVG_TU_HOUR ? "T" : "";
	h->type = EVG_TIMEX_DURATION;
	if (unit == EVG_TU_FORTNIGHT && n > 0)
		n *= 2;
	p = S_put_str(S_put_str(h->value, "P"), t);
	p = n < 0 ? S_put_str(p, "X") : S_put_int(p, n, 1);
	S_put_str(p, S_unit_codes[unit]);
}

/* A quantity at j: a number, a number word, "a", "a few", "several",
 * "a couple of". Returns the index after it; *n is -1 when vague. */
static size_t S_quantity(const S_ctx *c, size_t j, int *n, int *article)
{
	const evg_tlex *l;
	*article = 0;
	if (S_num(c, j, 1, 3) && !(S_glued(c, j) && !S_p(c, j - 1, '(')) &&
	    !(S_glued(c, j + 1) && (S_p(c, j + 1, ':') || S_p(c, j + 1, '.') ||
	                            S_p(c, j + 1, ',')))) {
		*n = c->t[j].num;
		return *n > 0 ? j + 1 : j;
	}
	if (S_w(c, j, EVG_TW_A)) {
		*article = 1;
		j++;
	}
	if (S_w(c, j, EVG_TW_COUPLE)) {
		*n = 2;
		return j + 1 + S_w(c, j + 1, EVG_TW_OF);
	}
	if ((l = S_lex(c, j, EVG_TC_NUMWORD)) != NULL) {
		*n = l->val > 0 ? l->val : -1;
		if (*article && l->val > 0)
			return j - 1;
		return j + 1;
	}
	*n = 1;
	return j;
}

/* "for the next decade", "in the coming week": a stretch of time. */
static int S_span_cue(const S_ctx *c, size_t i)
{
	const evg_tlex *l = i ? S_lex(c, i - 1, EVG_TC_OTHER) : NULL;
	return l && (l->val == EVG_TW_FOR || l->val == EVG_TW_OVER ||
	             l->val == EVG_TW_WITHIN || l->val == EVG_TW_DURING ||
	             l->val == EVG_TW_IN || l->val == EVG_TW_THROUGH);
}

/* "two years ago", "a month ago": the anchor moved back. */
static void S_ago(const S_ctx *c, int n, int unit, S_hit *h)
{
	int y = c->ref.y, m = c->ref.m;
	h->anchored = 1;
	if (n < 0 || !c->have_ref || unit <= EVG_TU_HOUR) {
		S_set(h, EVG_TIMEX_DATE, "PAST_REF");
		return;
	}
	switch (unit) {
	case EVG_TU_DAY: case EVG_TU_FORTNIGHT: {
		evg_ymd t = evg_cal_add_days(c->ref, unit == EVG_TU_DAY ? -n : -14 * n);
		S_fmt_day(h, t.y, t.m, t.d);
		return;
	}
	case EVG_TU_MONTH: case EVG_TU_QUARTER:
		S_add_months(&y, &m, unit == EVG_TU_MONTH ? -n : -3 * n);
		S_fmt_month(h, y, m);
		return;
	case EVG_TU_YEAR: S_fmt_year(h, y - n); return;
	case EVG_TU_DECADE:
		h->type = EVG_TIMEX_DATE;
		S_put_int(h->value, (y - 10 * n) / 10, 3);
		return;
	default:
		if (!S_rel_unit_value(c, unit, -n, h))
			S_set(h, EVG_TIMEX_DATE, "PAST_REF");
	}
}

/* Words before a duration with an article that make it one: "for a
 * year", "within a week", "at least a month". */
static int S_article_cue(const S_ctx *c, size_t i, size_t end)
{
	const evg_tlex *l = i ? S_lex(c, i - 1, EVG_TC_OTHER) : NULL;
	const evg_tlex *v = S_lex(c, end, EVG_TC_VAGUE);
	if (S_w(c, end, EVG_TW_AGO) || S_w(c, end, EVG_TW_LATER) ||
	    S_w(c, end, EVG_TW_BEFORE) || S_w(c, end, EVG_TW_AFTER) ||
	    (v && v->val == EVG_TV_EARLIER))
		return 1;
	if (!l)
		return 0;
	switch (l->val) {
	case EVG_TW_FOR: case EVG_TW_WITHIN: case EVG_TW_OVER:
	case EVG_TW_ABOUT: case EVG_TW_NEARLY: case EVG_TW_ALMOST:
	case EVG_TW_LEAST: case EVG_TW_THAN: case EVG_TW_JUST:
	case EVG_TW_ONLY: case EVG_TW_MORE: case EVG_TW_LESS:
		return 1;
	default:
		return 0;
	}
}

/* Bare plural units read as vague durations only beside a cue: "just
 * hours after", "days before", "for years". */
static int S_bare_units(const S_ctx *c, size_t i, S_hit *h)
{
	int pl, u = S_unit_at(c, i, &pl);
	const evg_tlex *l = i ? S_lex(c, i - 1, EVG_TC_OTHER) : NULL;
	int cue = 0;
	if (u < 0 || !pl || u == EVG_TU_WEEKEND || u == EVG_TU_QUARTER)
		return 0;
	if (l && (l->val == EVG_TW_JUST || l->val == EVG_TW_ONLY ||
	          l->val == EVG_TW_MERE || l->val == EVG_TW_FOR ||
	          l->val == EVG_TW_WITHIN || l->val == EVG_TW_IN))
		cue = 1;
	if (S_w(c, i + 1, EVG_TW_BEFORE) || S_w(c, i + 1, EVG_TW_AFTER) ||
	    S_w(c, i + 1, EVG_TW_LATER) || S_w(c, i + 1, EVG_TW_AGO))
		cue = 1;
	if (!cue)
		return 0;
	h->end = i + 1;
	if (S_w(c, i + 1, EVG_TW_AGO)) {
		h->end = i + 2;
		S_set(h, EVG_TIMEX_DATE, "PAST_REF");
		return 1;
	}
	S_fmt_dur(h, -1, u);
	return 1;
}

/* "the next three weeks", "the last few months", "three weeks", "48
 * hours", "a two-year inquiry", "two years ago", "the past week". */
static int S_m_duration(const S_ctx *c, size_t i, S_hit *h)
{
	size_t j = i, k;
	int the = 0, dir = 2, n, art, u, pl;
	if (S_w(c, j, EVG_TW_THE))
		the = 1, j++;
	if ((dir = S_dir_at(c, j)) != 2 && dir != 0)
		j++;
	else if (the || dir == 0)
		return 0;
	else if (S_bare_units(c, i, h))
		return 1;
	k = S_quantity(c, j, &n, &art);
	if (k == j && !(dir != 2 && !art))
		return 0; /* no amount: only "the past week" style goes on */
	if (S_p(c, k, '-') && S_glued(c, k) && k > j)
		k++;
	if ((u = S_unit_at(c, k, &pl)) < 0)
		return 0;
	if (k == j && !pl && (!the || (dir > 0 && !S_span_cue(c, i)) ||
	                      S_w(c, j - 1, EVG_TW_PREVIOUS) ||
	                      S_w(c, j - 1, EVG_TW_FOLLOWING)))
		return 0; /* "last week", "the next week" are dates */
	if (k == j && pl)
		n = -1;
	if (dir == 2 && art && !S_article_cue(c, i, k + 1))
		return 0;
	h->end = k + 1;
	if (dir == 2 && S_w(c, k + 1, EVG_TW_AGO)) {
		h->end = k + 2;
		S_ago(c, n, u, h);
		return 1;
	}
	S_fmt_dur(h, n, u);
	if (dir == 2 && (S_w(c, k + 1, EVG_TW_LATER) ||
	                 S_article_cue(c, 0, k + 1)))
		h->skip = k + 2; /* "two days earlier": not a second PAST_REF */
	return 1;
}

/* ---- vague references ---- */

static int S_m_vague(const S_ctx *c, size_t i, S_hit *h)
{
	const evg_tlex *l = S_lex(c, i, EVG_TC_VAGUE);
	int pl, u;
	if (!l)
		return 0;
	h->end = i + 1;
	switch (l->val) {
	case EVG_TV_PRESENT:
		if (S_p(c, i + 1, '-') && S_glued(c, i + 1))
			return 0; /* "now-defunct" */
		S_set(h, EVG_TIMEX_DATE, "PRESENT_REF");
		return 1;
	case EVG_TV_PAST:
		u = S_unit_at(c, i + 1, &pl);
		if (u >= 0 && pl && S_raw(c, i, "recent")) {
			h->end = i + 2;
			S_fmt_dur(h, -1, u);
			return 1;
		}
		S_set(h, EVG_TIMEX_DATE, "PAST_REF");
		return 1;
	case EVG_TV_FUTURE:
		if (i && S_raw(c, i - 1, "as"))
			return 0; /* "as soon as" */
		S_set(h, EVG_TIMEX_DATE, "FUTURE_REF");
		return 1;
	default: /* earlier */
		if (S_w(c, i + 1, EVG_TW_THAN))
			return 0;
		S_set(h, EVG_TIMEX_DATE, "PAST_REF");
		return 1;
	}
}

/* ---- sets ---- */

static int S_sentence_start(const S_ctx *c, size_t i)
{
	const evg_ttok *p;
	if (i == 0)
		return 1;
	p = &c->t[i - 1];
	return p->kind == EVG_TK_PUNCT && p->ch != ',';
}

static int S_m_set(const S_ctx *c, size_t i, S_hit *h)
{
	const evg_tlex *l = S_lex(c, i, EVG_TC_SETADV);
	size_t j = i + 1, k;
	int n = 1, pl, u, art;
	if (l) {
		if (c->t[i].caps && !S_sentence_start(c, i))
			return 0; /* a title: "the Daily Mail" */
		S_fmt_dur(h, l->val == EVG_TU_QUARTER ? 3 : 1,
		          l->val == EVG_TU_QUARTER ? EVG_TU_MONTH : l->val);
		h->type = EVG_TIMEX_SET;
		h->end = j;
		return 1;
	}
	if (S_w(c, i, EVG_TW_EVERY) || S_w(c, i, EVG_TW_EACH)) {
		k = S_quantity(c, j, &n, &art);
		if (art || n < 0)
			return 0;
		j = k;
		if ((l = S_lex(c, j, EVG_TC_WDAY)) && !(l->flags & EVG_TF_ABBR)) {
			h->type = EVG_TIMEX_SET;
			S_fmt_any_weekday(h, l->val);
			h->end = j + 1;
			return 1;
		}
	} else if (S_w(c, i, EVG_TW_ONCE) || S_w(c, i, EVG_TW_TWICE)) {
		if (!S_w(c, j, EVG_TW_A) && !S_w(c, j, EVG_TW_PER))
			return 0;
		j++;
	} else if (!S_w(c, i, EVG_TW_PER)) {
		return 0;
	}
	if ((u = S_unit_at(c, j, &pl)) < 0 || (pl && n == 1))
		return 0;
	S_fmt_dur(h, n, u);
	h->type = EVG_TIMEX_SET;
	h->end = j + 1;
	return 1;
}

/* ---- clock times ---- */

/* A day named right after a clock time: "5 p.m. Friday", "10 a.m.
 * tomorrow", "9:30 on Monday". */
static int S_time_day(const S_ctx *c, S_hit *h, int hh, int mm)
{
	size_t k = h->end + S_w(c, h->end, EVG_TW_ON);
	S_hit d;
	memset(&d, 0, sizeof d);
	if (!c->have_ref || !((S_lex(c, k, EVG_TC_WDAY) && S_m_weekday(c, k, &d)) ||
	                      (S_lex(c, k, EVG_TC_REL) && S_m_rel(c, k, &d))) ||
	    d.type != EVG_TIMEX_DATE || strlen(d.value) != 10)
		return 0;
	memcpy(h->value, d.value, sizeof h->value);
	h->anchored = 1;
	h->end = d.end;
	S_add_time(h, hh, mm, NULL);
	return 1;
}

/* A bare "19:40" or "2:01:39" is a clock time only after a word that
 * asks for one ("at 19:40", "from 9:00 to 11:30") or on a line of its
 * own; race times and scores are not. With "p.m." or a zone it always is. */
static int S_clock_cue(const S_ctx *c, size_t i, size_t end)
{
	const evg_tlex *l = i ? S_lex(c, i - 1, EVG_TC_OTHER) : NULL;
	if (c->t[end - 1].kind != EVG_TK_NUM || (i == 0 && end == c->n))
		return 1;
	if (!l)
		return 0;
	switch (l->val) {
	case EVG_TW_AT: case EVG_TW_BY: case EVG_TW_UNTIL: case EVG_TW_BEFORE:
	case EVG_TW_AFTER: case EVG_TW_FROM: case EVG_TW_TO: case EVG_TW_AROUND:
	case EVG_TW_ABOUT: case EVG_TW_SINCE:
		return 1;
	default:
		return 0;
	}
}

static int S_m_time(const S_ctx *c, size_t i, S_hit *h)
{
	int hh, mm;
	const evg_tlex *l = S_lex(c, i, EVG_TC_TOD);
	if (l && (l->val == EVG_TD_NOON || l->val == EVG_TD_MIDNIGHT)) {
		hh = l->val == EVG_TD_NOON ? 12 : 24;
		mm = 0;
		h->end = i + 1;
	} else if (S_glued(c, i) && c->t[i - 1].kind != EVG_TK_PUNCT) {
		return 0;
	} else if (S_glued(c, i) && (c->t[i - 1].ch == ':' ||
	                             c->t[i - 1].ch == '.')) {
		return 0;
	} else if (!S_clock(c, i, &hh, &mm, &h->end) || !S_clock_cue(c, i, h->end)) {
		return 0;
	}
	if (S_time_day(c, h, hh, mm))
		return 1;
	if (c->have_ref) {
		S_fmt_day(h, c->ref.y, c->ref.m, c->ref.d);
		h->anchored = 1;
	} else {
		S_put_str(h->value, "XXXX-XX-XX");
	}
	S_add_time(h, hh, mm, NULL);
	return 1;
}

/* ---- named days, year-end, the past and the future ---- */

/* US Election Day: the Tuesday after the first Monday of November, in
 * even years. */
static int S_election_day(const S_ctx *c, size_t i, S_hit *h)
{
	int pl;
	evg_ymd t;
	if (!S_w(c, i, EVG_TW_ELECTION) ||
	    S_unit_at(c, i + 1, &pl) != EVG_TU_DAY || pl || !c->have_ref ||
	    c->ref.y % 2)
		return 0;
	t.y = c->ref.y, t.m = 11, t.d = 1;
	t.d += (2 - evg_cal_wday(t) + 7) % 7 + 1; /* Monday, then Tuesday */
	S_fmt_day(h, t.y, t.m, t.d);
	h->anchored = 1;
	h->end = i + 2;
	return 1;
}

/* "over the weekend": in a past sentence the last one (the weekend
 * closes its ISO week, so from Monday to Friday that is last week's),
 * otherwise the coming one. */
static int S_the_weekend(const S_ctx *c, size_t i, S_hit *h)
{
	int pl, wd;
	if (!S_w(c, i, EVG_TW_THE) || S_unit_at(c, i + 1, &pl) != EVG_TU_WEEKEND ||
	    pl || !c->have_ref)
		return 0;
	wd = evg_cal_wday(c->ref);
	S_fmt_week(h, evg_cal_add_days(c->ref, S_tense_at(c, i, i + 2) == 1 &&
	                                       wd >= 2 && wd <= 6 ? -7 : 0),
	           "-WE");
	h->anchored = 1;
	h->end = i + 2;
	return 1;
}

/* "Christmas", "Christmas Day", "Christmas Eve". */
static int S_christmas(const S_ctx *c, size_t i, S_hit *h)
{
	int d = 25, y = 0;
	if (!S_w(c, i, EVG_TW_XMAS) || !c->t[i].caps)
		return 0;
	h->end = i + 1;
	if (S_raw(c, i + 1, "eve"))
		d = 24, h->end = i + 2;
	else if (S_raw(c, i + 1, "day"))
		h->end = i + 2;
	if (c->have_ref) {
		y = S_near_year(c, 12, d, S_tense_at(c, i, h->end));
		h->anchored = 1;
	}
	S_fmt_day(h, y, 12, d);
	return 1;
}

/* "the 20th century" -> 19, "the 1st century" -> 00. */
static int S_century(const S_ctx *c, size_t i, S_hit *h)
{
	size_t j = i + S_w(c, i, EVG_TW_THE);
	int pl;
	if (!S_num(c, j, 1, 2) || c->t[j].num < 1 || !S_w(c, j + 1, EVG_TW_TH) ||
	    !S_glued(c, j + 1) || S_unit_at(c, j + 2, &pl) != EVG_TU_CENTURY || pl)
		return 0;
	h->type = EVG_TIMEX_DATE;
	S_put_int(h->value, c->t[j].num - 1, 2);
	h->end = j + 3;
	return 1;
}

static int S_m_special(const S_ctx *c, size_t i, S_hit *h)
{
	int pl, u;
	if (S_election_day(c, i, h) || S_the_weekend(c, i, h) ||
	    S_christmas(c, i, h) || S_century(c, i, h))
		return 1;
	u = S_unit_at(c, i, &pl);
	if ((u == EVG_TU_YEAR || u == EVG_TU_MONTH) && !pl && c->have_ref &&
	    S_p(c, i + 1, '-') && S_glued(c, i + 1) && S_w(c, i + 2, EVG_TW_END) &&
	    S_glued(c, i + 2)) {
		S_rel_unit_value(c, u, 0, h);
		S_put_str(h->mod, "END");
		h->anchored = 1;
		h->end = i + 3;
		return 1;
	}
	if (S_w(c, i, EVG_TW_THESE) && S_raw(c, i + 1, "days")) {
		S_set(h, EVG_TIMEX_DATE, "PRESENT_REF");
		h->end = i + 2;
		return 1;
	}
	if (!S_w(c, i, EVG_TW_THE) || i == 0 || !S_w(c, i - 1, EVG_TW_IN))
		return 0;
	h->end = i + 2;
	if (S_w(c, i + 1, EVG_TW_FUTURE)) {
		S_set(h, EVG_TIMEX_DATE, "FUTURE_REF");
		return 1;
	}
	if (S_w(c, i + 1, EVG_TW_PAST)) {
		S_set(h, EVG_TIMEX_DATE, "PAST_REF");
		return 1;
	}
	/* "back in the day(s)": the old days */
	if (i >= 2 && S_w(c, i - 2, EVG_TW_BACK) &&
	    S_unit_at(c, i + 1, &pl) == EVG_TU_DAY) {
		S_set(h, EVG_TIMEX_DATE, "PAST_REF");
		return 1;
	}
	return 0;
}

/* ---- seasons and quarters ---- */

static int S_m_season(const S_ctx *c, size_t i, S_hit *h)
{
	size_t j = i + S_w(c, i, EVG_TW_THE), k;
	const evg_tlex *l = S_lex(c, j, EVG_TC_SEASON);
	const evg_tlex *p = i ? S_lex(c, i - 1, EVG_TC_OTHER) : NULL;
	int y;
	if (!l)
		return 0;
	k = j + 1 + S_w(c, j + 1, EVG_TW_OF);
	h->type = EVG_TIMEX_DATE;
	if ((y = S_year(c, k, 1000, 2999)) != 0) {
		h->end = k + 1;
	} else {
		/* A bare season needs a preposition before it, or "the" and
		 * nothing more to the noun phrase ("the summer camp" is a
		 * camp); "fall" needs "the", being mostly the verb. */
		int cue = p && (p->val == EVG_TW_IN || p->val == EVG_TW_DURING ||
		                p->val == EVG_TW_SINCE || p->val == EVG_TW_UNTIL ||
		                p->val == EVG_TW_BY || p->val == EVG_TW_OVER ||
		                p->val == EVG_TW_THROUGH || p->val == EVG_TW_FOR ||
		                p->val == EVG_TW_AFTER || p->val == EVG_TW_BEFORE);
		if (!cue && j > i)
			cue = j + 1 >= c->n || c->t[j + 1].kind == EVG_TK_PUNCT;
		if (!cue || (S_raw(c, j, "fall") && j == i) || !c->have_ref)
			return 0;
		y = S_season_year(c, l->val, 0, S_tense_at(c, i, j + 1));
		h->anchored = 1;
		h->end = j + 1;
	}
	S_fmt_season(h, y, l->val);
	return 1;
}

/* "the third quarter of 2016", "the first quarter", "Q3 2016", "the
 * second half of 2015". */
static int S_m_quarter(const S_ctx *c, size_t i, S_hit *h)
{
	size_t j = i + S_w(c, i, EVG_TW_THE), k;
	const evg_tlex *l = S_lex(c, j, EVG_TC_ORDINAL);
	int q, pl, y;
	size_t u = j + 1 + (l && S_p(c, j + 1, '-') && S_glued(c, j + 1) &&
	                    S_glued(c, j + 2)); /* "fourth-quarter profit" */
	if (l && l->val <= 2 && S_w(c, u, EVG_TW_HALF)) {
		q = -l->val; /* a half: H1, H2 */
		k = u + 1 + S_w(c, u + 1, EVG_TW_OF);
	} else if (l && S_unit_at(c, u, &pl) == EVG_TU_QUARTER && !pl) {
		q = l->val;
		k = u + 1 + S_w(c, u + 1, EVG_TW_OF);
	} else if (S_w(c, i, EVG_TW_Q) && c->t[i].caps && S_num(c, i + 1, 1, 1) &&
	           S_glued(c, i + 1) && c->t[i + 1].num >= 1 &&
	           c->t[i + 1].num <= 4 && j == i) {
		q = c->t[i + 1].num;
		k = i + 2;
	} else {
		return 0;
	}
	h->type = EVG_TIMEX_DATE;
	if ((y = S_year(c, k, 1000, 2999)) != 0) {
		h->end = k + 1;
	} else if (c->have_ref) {
		y = c->ref.y;
		h->anchored = 1;
		h->end = k - S_w(c, k - 1, EVG_TW_OF);
	} else {
		return 0;
	}
	S_put_int(S_put_str(S_put_int(h->value, y, 4), q < 0 ? "-H" : "-Q"),
	          q < 0 ? -q : q, 1);
	return 1;
}

/* ---- early, late, mid; the end of ---- */

static int S_m_inner(const S_ctx *c, size_t j, S_hit *h)
{
	static const S_matcher inner[] = {S_m_date, S_m_year, S_m_month,
	                                  S_m_relunit, S_m_weekday, S_m_season,
	                                  S_m_quarter, S_m_rel};
	size_t k;
	int found = 0;
	for (k = 0; k < sizeof inner / sizeof *inner; k++) {
		S_hit x;
		memset(&x, 0, sizeof x);
		if (inner[k](c, j, &x) && (!found || x.end > h->end)) {
			*h = x;
			found = 1;
		}
	}
	return found && h->type != EVG_TIMEX_DURATION;
}

/* "the end of the year", "the end of 2016" */
static int S_edge_of(const S_ctx *c, size_t j, S_hit *h)
{
	int pl, u;
	if (!S_w(c, j, EVG_TW_OF))
		return 0;
	j++;
	if (S_w(c, j, EVG_TW_THE) && (u = S_unit_at(c, j + 1, &pl)) >= 0 && !pl &&
	    c->have_ref && u != EVG_TU_DAY) {
		h->end = j + 2;
		h->anchored = 1;
		return S_rel_unit_value(c, u, 0, h);
	}
	return S_m_inner(c, j, h);
}

static int S_m_edge(const S_ctx *c, size_t i, S_hit *h)
{
	size_t j = i + S_w(c, i, EVG_TW_THE);
	const char *mod;
	const evg_tlex *l = S_lex(c, j, EVG_TC_OTHER);
	int ok;
	if (!l)
		return 0;
	switch (l->val) {
	case EVG_TW_EARLY: case EVG_TW_BEGINNING: case EVG_TW_START:
		mod = "START"; break;
	case EVG_TW_LATE: case EVG_TW_END: mod = "END"; break;
	case EVG_TW_MID: case EVG_TW_MIDDLE: mod = "MID"; break;
	default: return 0;
	}
	if (l->val == EVG_TW_EARLY || l->val == EVG_TW_LATE ||
	    l->val == EVG_TW_MID) {
		if (j > i)
			return 0;
		j += 1 + (S_p(c, j + 1, '-') && S_glued(c, j + 1));
		ok = S_m_inner(c, j, h);
	} else {
		ok = S_edge_of(c, j + 1, h);
	}
	if (!ok)
		return 0;
	S_put_str(h->mod, mod);
	return 1;
}

/* ---- driver ---- */

static const S_matcher S_matchers[] = {
	S_m_date, S_m_numeric, S_m_year, S_m_month, S_m_rel, S_m_relunit,
	S_m_weekday, S_m_duration, S_m_vague, S_m_set, S_m_time, S_m_special,
	S_m_season, S_m_quarter, S_m_edge
};

/* A clock time right after a day: "Election Day at 8 pm", "February
 * 27, 2016 at midnight", "yesterday at 3:30 p.m.". */
static void S_attach_time(const S_ctx *c, S_hit *h)
{
	size_t k = h->end;
	int hh, mm;
	const evg_tlex *l;
	if (h->type != EVG_TIMEX_DATE || strlen(h->value) != 10 ||
	    !(S_w(c, k, EVG_TW_AT) || S_p(c, k, ',')))
		return;
	k++;
	if ((l = S_lex(c, k, EVG_TC_TOD)) &&
	    (l->val == EVG_TD_NOON || l->val == EVG_TD_MIDNIGHT)) {
		S_add_time(h, l->val == EVG_TD_NOON ? 12 : 24, 0, NULL);
		h->end = k + 1;
	} else if (S_clock(c, k, &hh, &mm, &k)) {
		S_add_time(h, hh, mm, NULL);
		h->end = k;
	}
}

/* Which matchers can start at a token, as bits of S_matchers: the
 * function words most known words are ("of", "said", "in") start none,
 * so they are turned away before any matcher runs. */
enum {
	M_DATE = 1 << 0, M_NUMERIC = 1 << 1, M_YEAR = 1 << 2, M_MONTH = 1 << 3,
	M_REL = 1 << 4, M_RELUNIT = 1 << 5, M_WEEKDAY = 1 << 6,
	M_DURATION = 1 << 7, M_VAGUE = 1 << 8, M_SET = 1 << 9, M_TIME = 1 << 10,
	M_SPECIAL = 1 << 11, M_SEASON = 1 << 12, M_QUARTER = 1 << 13,
	M_EDGE = 1 << 14
};

/* By class of word; function words (EVG_TC_OTHER) go by id instead. */
static const unsigned short S_plan_class[] = {
	[EVG_TC_MONTH] = M_DATE | M_MONTH,
	[EVG_TC_WDAY] = M_DATE | M_WEEKDAY,
	[EVG_TC_UNIT] = M_DURATION | M_SPECIAL,
	[EVG_TC_NUMWORD] = M_DURATION,
	[EVG_TC_ORDINAL] = M_QUARTER,
	[EVG_TC_SEASON] = M_SEASON,
	[EVG_TC_REL] = M_REL,
	[EVG_TC_VAGUE] = M_VAGUE | M_RELUNIT,
	[EVG_TC_SETADV] = M_SET,
	[EVG_TC_TOD] = M_TIME,
	[EVG_TC_OTHER] = 0,
};

static const unsigned short S_plan_word[EVG_TW_COUNT] = {
	[EVG_TW_THE] = M_YEAR | M_DURATION | M_SPECIAL | M_SEASON | M_QUARTER |
	               M_EDGE | M_RELUNIT,
	[EVG_TW_A] = M_DURATION, [EVG_TW_COUPLE] = M_DURATION,
	[EVG_TW_LAST] = M_RELUNIT | M_DURATION,
	[EVG_TW_NEXT] = M_RELUNIT | M_DURATION,
	[EVG_TW_PAST] = M_RELUNIT | M_DURATION,
	[EVG_TW_PREVIOUS] = M_RELUNIT | M_DURATION,
	[EVG_TW_COMING] = M_RELUNIT | M_DURATION,
	[EVG_TW_FOLLOWING] = M_RELUNIT | M_DURATION,
	[EVG_TW_THIS] = M_RELUNIT, [EVG_TW_LATER] = M_RELUNIT,
	[EVG_TW_EARLY] = M_EDGE, [EVG_TW_LATE] = M_EDGE, [EVG_TW_MID] = M_EDGE,
	[EVG_TW_END] = M_EDGE, [EVG_TW_BEGINNING] = M_EDGE,
	[EVG_TW_START] = M_EDGE, [EVG_TW_MIDDLE] = M_EDGE,
	[EVG_TW_EVERY] = M_SET, [EVG_TW_EACH] = M_SET, [EVG_TW_PER] = M_SET,
	[EVG_TW_ONCE] = M_SET, [EVG_TW_TWICE] = M_SET,
	[EVG_TW_ELECTION] = M_SPECIAL, [EVG_TW_THESE] = M_SPECIAL,
	[EVG_TW_XMAS] = M_SPECIAL,
	[EVG_TW_Q] = M_QUARTER,
};

static unsigned S_plan(const evg_ttok *t)
{
	const evg_tlex *l = t->lex;
	if (!l)
		return t->kind == EVG_TK_NUM ? M_DATE | M_NUMERIC | M_YEAR |
		                               M_DURATION | M_TIME | M_SPECIAL : 0;
	return l->cls == EVG_TC_OTHER ? S_plan_word[l->val] : S_plan_class[l->cls];
}

/* The longest match starting at token i; 0 when none. */
static int S_match_at(const S_ctx *c, size_t i, S_hit *best)
{
	size_t k;
	int found = 0;
	unsigned plan = S_plan(&c->t[i]);
	const evg_tlex *l = c->t[i].lex;
	if (!plan)
		return 0;
	/* "the" and "a" start something only before a known word or number */
	if (l && l->cls == EVG_TC_OTHER &&
	    (l->val == EVG_TW_THE || l->val == EVG_TW_A) &&
	    (i + 1 >= c->n || (!c->t[i + 1].lex && c->t[i + 1].kind != EVG_TK_NUM)))
		return 0;
	for (k = 0; plan; k++, plan >>= 1) {
		S_hit h;
		if (!(plan & 1))
			continue;
		memset(&h, 0, sizeof h);
		if (S_matchers[k](c, i, &h) && h.end > i &&
		    (!found || h.end > best->end)) {
			if (h.skip < h.end)
				h.skip = h.end;
			*best = h;
			found = 1;
		}
	}
	if (found)
		S_attach_time(c, best);
	return found;
}

static void S_emit(evg_buf *out, const S_ctx *c, size_t i, const S_hit *h,
                   const evg_dct *dct)
{
	evg_timex x;
	const evg_ttok *a = &c->t[i], *b = &c->t[h->end - 1];
	memset(&x, 0, sizeof x);
	x.offset = a->off;
	x.length = b->off + b->len - a->off;
	x.type = h->type;
	memcpy(x.value, h->value, sizeof x.value);
	memcpy(x.mod, h->mod, sizeof x.mod);
	x.anchored = h->anchored;
	if (dct && dct->length && x.offset < dct->offset + dct->length &&
	    dct->offset < x.offset + x.length)
		x.header = 1;
	evg_buf_put(out, (const char *)&x, sizeof x);
}

static void S_segment(evg_buf *out, S_ctx *c, const evg_dct *dct)
{
	size_t i = 0;
	while (i < c->n) {
		S_hit h;
		if (S_match_at(c, i, &h)) {
			S_emit(out, c, i, &h, dct);
			i = h.skip > h.end ? h.skip : h.end;
		} else {
			i++;
		}
	}
}

/* The end of the line starting at from, or to. */
static size_t S_line_end(const char *text, size_t from, size_t to)
{
	const char *nl = memchr(text + from, '\n', to - from);
	return nl ? (size_t)(nl - text) : to;
}

int evg_timex_find(evg_timex **out, size_t *n, const char *text, size_t len,
                   const evg_dct *dct)
{
	evg_buf buf = EVG_BUF_INIT(evg_default_mem());
	/* Not zeroed: the tokeniser sets every field it hands out, and most
	 * documents need a small part of a full segment. */
	size_t ntoks = len < S_SEG_TOKENS ? len + 1 : S_SEG_TOKENS;
	evg_ttok *toks = evg_realloc(evg_default_mem(), NULL, ntoks, sizeof *toks);
	S_ctx c;
	size_t pos = 0;
	memset(&c, 0, sizeof c);
	c.text = text;
	c.t = toks;
	if (dct && dct->date.prec == EVG_PREC_DAY) {
		c.have_ref = 1;
		c.ref.y = dct->date.year;
		c.ref.m = dct->date.month;
		c.ref.d = dct->date.day;
	}
	while (pos < len) {
		size_t eol = S_line_end(text, pos, len), stop = eol;
		/* a blank line (every other one, between paragraphs) has
		 * nothing to tokenise */
		if (eol > pos) {
			c.n = evg_ttok_run(toks, ntoks, text, pos, eol, &stop);
			S_segment(&buf, &c, dct);
		}
		pos = stop < eol ? stop : eol + 1;
	}
	evg_free(toks);
	*n = buf.len / sizeof(evg_timex);
	*out = *n ? (evg_timex *)(void *)evg_buf_detach(&buf, NULL) : NULL;
	evg_buf_free(&buf);
	return 0;
}
