/* timex_cal.c: calendar arithmetic for the tagger, done by libical's
 * icaltime functions so leap years and month ends follow one tested
 * implementation, and the tense guess that picks past or future
 * readings of "on Friday" and "in June". */
#include <libical/ical.h>

#include "ctype.h"
#include "timex.h"

static struct icaltimetype S_ical(evg_ymd t)
{
	struct icaltimetype it = icaltime_null_date();
	it.year = t.y;
	it.month = t.m;
	it.day = t.d;
	it.is_date = 1;
	return it;
}

int evg_cal_wday(evg_ymd t)
{
	return icaltime_day_of_week(S_ical(t));
}

evg_ymd evg_cal_add_days(evg_ymd t, int n)
{
	struct icaltimetype it = S_ical(t);
	evg_ymd r;
	icaltime_adjust(&it, n, 0, 0, 0);
	r.y = it.year;
	r.m = it.month;
	r.d = it.day;
	return r;
}

/* ISO 8601: weeks start on Monday and week 1 holds the year's first
 * Thursday, so the week-numbering year is the year of the week's
 * Thursday. */
int evg_cal_iso_week(evg_ymd t, int *wy)
{
	int isowd = (evg_cal_wday(t) + 5) % 7 + 1; /* Monday 1 .. Sunday 7 */
	evg_ymd thu = evg_cal_add_days(t, 4 - isowd);
	*wy = thu.y;
	return (icaltime_day_of_year(S_ical(thu)) - 1) / 7 + 1;
}

long evg_cal_diff(evg_ymd a, evg_ymd b)
{
	struct icaltimetype x = S_ical(a), y = S_ical(b);
	return (long)((icaltime_as_timet(y) - icaltime_as_timet(x)) / 86400);
}

/* Tense markers: a flagged word, or a lowercase word of five letters or
 * more ending in -ed (regular past tense and participles, which in news
 * narrate the past). */
static int S_marker(const evg_ttok *t, const char *text)
{
	if (t->kind != EVG_TK_WORD)
		return 0;
	if (t->lex && (t->lex->flags & EVG_TF_FUT))
		return 2;
	if (t->lex && (t->lex->flags & EVG_TF_PAST))
		return 1;
	if (t->lex && t->lex->cls == EVG_TC_OTHER && t->lex->val == EVG_TW_WOULD)
		return 2;
	if (t->len >= 5 && !t->caps && text[t->off + t->len - 2] == 'e' &&
	    text[t->off + t->len - 1] == 'd')
		return 1;
	return 0;
}

/* A participle after a future auxiliary ("will be counted") is future. */
static int S_marker_at(const evg_ttok *toks, size_t p, const char *text)
{
	int m = S_marker(&toks[p], text), k;
	if (m != 1 || (toks[p].lex && (toks[p].lex->flags & EVG_TF_PAST)))
		return m;
	for (k = 1; k <= 3 && (size_t)k <= p; k++)
		if (S_marker(&toks[p - k], text) == 2)
			return 2;
	return m;
}

static int S_sentence_end(const evg_ttok *t)
{
	return t->kind == EVG_TK_PUNCT &&
	       (t->ch == '.' || t->ch == '!' || t->ch == '?' || t->ch == ';');
}

/* The marker nearest to the expression inside its sentence decides; the
 * scan stops at sentence punctuation on either side. */
int evg_tense(const evg_ttok *toks, size_t n, size_t i, size_t j,
              const char *text)
{
	size_t d;
	int lo_open = 1, hi_open = 1, m;
	for (d = 1; d <= 40 && (lo_open || hi_open); d++) {
		if (lo_open && d <= i) {
			const evg_ttok *t = &toks[i - d];
			if (S_sentence_end(t))
				lo_open = 0;
			else if ((m = S_marker_at(toks, i - d, text)))
				return m;
		} else {
			lo_open = 0;
		}
		if (hi_open && j + d - 1 < n) {
			const evg_ttok *t = &toks[j + d - 1];
			if (S_sentence_end(t))
				hi_open = 0;
			else if ((m = S_marker_at(toks, j + d - 1, text)))
				return m;
		} else {
			hi_open = 0;
		}
	}
	return 0;
}
