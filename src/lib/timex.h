/* timex.h: internals of the temporal tagger (timex.c, timex_lex.c,
 * timex_cal.c) and the publication-date finder (dct.c).
 *
 * The tagger tokenises a line once into a small array, looks every word up
 * in one hash table, and runs a few matchers on the token sequence at each
 * token that can start an expression; there is no per-position regex and
 * no backtracking beyond the handful of tokens a matcher reads. */
#ifndef EVG_TIMEX_H
#define EVG_TIMEX_H

#include <stddef.h>

#include "evgraph.h"

/* ---- lexicon (timex_lex.c) ---- */

/* What a known word is. */
enum {
	EVG_TC_NONE = 0,
	EVG_TC_MONTH,     /* val 1..12; flag ABBR for "Oct" */
	EVG_TC_WDAY,      /* val 1..7, Sunday = 1 as in libical; ABBR */
	EVG_TC_UNIT,      /* val EVG_TU_*; flag PLURAL */
	EVG_TC_NUMWORD,   /* val 1..; 0 for the vague few/several/some */
	EVG_TC_ORDINAL,   /* first .. fourth: val 1..4 */
	EVG_TC_SEASON,    /* val 0 SP, 1 SU, 2 FA, 3 WI */
	EVG_TC_REL,       /* val -1 yesterday, 0 today, 1 tomorrow, 2 tonight */
	EVG_TC_VAGUE,     /* val EVG_TV_* */
	EVG_TC_SETADV,    /* daily, weekly...: val EVG_TU_* */
	EVG_TC_TOD,       /* morning..night: val EVG_TD_* */
	EVG_TC_OTHER      /* a function word the matchers name by id */
};

enum { EVG_TF_ABBR = 1, EVG_TF_PLURAL = 2, EVG_TF_PAST = 4, EVG_TF_FUT = 8 };

/* Units, in the letters TIMEX3 uses for them. */
enum {
	EVG_TU_SECOND = 0, EVG_TU_MINUTE, EVG_TU_HOUR, EVG_TU_DAY,
	EVG_TU_WEEK, EVG_TU_WEEKEND, EVG_TU_FORTNIGHT, EVG_TU_MONTH,
	EVG_TU_QUARTER, EVG_TU_YEAR, EVG_TU_DECADE, EVG_TU_CENTURY
};

enum { EVG_TV_PRESENT = 0, EVG_TV_PAST, EVG_TV_FUTURE, EVG_TV_EARLIER };

enum { EVG_TD_MO = 0, EVG_TD_AF, EVG_TD_EV, EVG_TD_NI, EVG_TD_NOON,
       EVG_TD_MIDNIGHT };

/* Function words, by id (EVG_TC_OTHER entries). */
enum {
	EVG_TW_NONE = 0,
	EVG_TW_THE, EVG_TW_A, EVG_TW_OF, EVG_TW_IN, EVG_TW_ON, EVG_TW_AT,
	EVG_TW_BY, EVG_TW_SINCE, EVG_TW_UNTIL, EVG_TW_BEFORE, EVG_TW_AFTER,
	EVG_TW_DURING, EVG_TW_FROM, EVG_TW_TO, EVG_TW_THROUGH, EVG_TW_BETWEEN,
	EVG_TW_AND, EVG_TW_OR, EVG_TW_FOR, EVG_TW_WITHIN, EVG_TW_OVER,
	EVG_TW_AGO, EVG_TW_LAST, EVG_TW_NEXT, EVG_TW_THIS, EVG_TW_PAST,
	EVG_TW_PREVIOUS, EVG_TW_COMING, EVG_TW_FOLLOWING, EVG_TW_EARLY,
	EVG_TW_LATE, EVG_TW_MID, EVG_TW_LATER, EVG_TW_END, EVG_TW_BEGINNING,
	EVG_TW_START, EVG_TW_MIDDLE, EVG_TW_EVERY, EVG_TW_EACH, EVG_TW_PER,
	EVG_TW_JUST, EVG_TW_ONLY, EVG_TW_MERE, EVG_TW_BACK, EVG_TW_ELECTION,
	EVG_TW_FUTURE, EVG_TW_THESE, EVG_TW_THAN, EVG_TW_COUPLE, EVG_TW_ONCE,
	EVG_TW_TWICE, EVG_TW_AM, EVG_TW_PM, EVG_TW_TZ, EVG_TW_Q,
	EVG_TW_ITS, EVG_TW_THEIR, EVG_TW_HIS, EVG_TW_HER, EVG_TW_OUR,
	EVG_TW_AROUND, EVG_TW_CIRCA, EVG_TW_FISCAL, EVG_TW_S, EVG_TW_TH,
	EVG_TW_SAME, EVG_TW_COUNT_NOUN, EVG_TW_ABOUT, EVG_TW_NEARLY,
	EVG_TW_ALMOST, EVG_TW_LEAST, EVG_TW_MORE, EVG_TW_LESS, EVG_TW_T,
	EVG_TW_YEAR_END, EVG_TW_DAY_WORD, EVG_TW_RECENT, EVG_TW_TIMES,
	EVG_TW_IT, EVG_TW_IS, EVG_TW_PAST_VERB, EVG_TW_FUT_VERB,
	EVG_TW_WOULD, EVG_TW_GOING, EVG_TW_BE, EVG_TW_XMAS, EVG_TW_HALF,
	EVG_TW_COUNT /* not a word: how many ids there are */
};

typedef struct evg_tlex {
	unsigned char cls;   /* EVG_TC_* */
	unsigned char flags; /* EVG_TF_* */
	short val;           /* class value, or EVG_TW_* for EVG_TC_OTHER */
} evg_tlex;

/* Builds the word table once; every lookup path calls it. */
void evg_tlex_init(void);

/* ---- tokens (timex_lex.c) ---- */

enum { EVG_TK_WORD = 1, EVG_TK_NUM, EVG_TK_PUNCT };

typedef struct evg_ttok {
	size_t off;            /* byte offset in the text */
	unsigned len;          /* bytes */
	unsigned char kind;    /* EVG_TK_* */
	unsigned char ch;      /* punctuation: the ASCII equivalent */
	unsigned char sp;      /* 1 when whitespace precedes the token */
	unsigned char caps;    /* 1 first letter upper, 2 all upper */
	int num;               /* number value (capped at 99999) */
	const evg_tlex *lex;   /* NULL when not a known word */
} evg_ttok;

/* Tokenises text[from..to) into toks (at most cap); returns how many
 * were written and sets *end to where it stopped (to, or earlier when cap
 * was reached: always at a token boundary). */
size_t evg_ttok_run(evg_ttok *toks, size_t cap, const char *text,
                    size_t from, size_t to, size_t *end);

/* ---- calendar (timex_cal.c), computed with libical ---- */

typedef struct evg_ymd {
	int y, m, d;
} evg_ymd;

/* Day of week, 1 = Sunday .. 7 = Saturday. */
int evg_cal_wday(evg_ymd t);
/* t moved by n days. */
evg_ymd evg_cal_add_days(evg_ymd t, int n);
/* ISO 8601 week of t: *wy the week-numbering year, return the week. */
int evg_cal_iso_week(evg_ymd t, int *wy);
/* Days from a to b (b - a). */
long evg_cal_diff(evg_ymd a, evg_ymd b);

/* Tense of the sentence around tokens [i, j) of toks[0..n): 1 past,
 * 2 future, 0 unknown. */
int evg_tense(const evg_ttok *toks, size_t n, size_t i, size_t j,
              const char *text);

#endif
