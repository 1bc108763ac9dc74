/* fuzz_timex.c: publication-date detection and the temporal tagger on
 * arbitrary bytes. Invariants: spans lie inside the text, in order and
 * without overlap; every value is a well-formed TIMEX3 value of its type
 * (calendar dates valid: no 2016-02-30); at most one span is the header
 * stamp; a detected publication date is a valid date. The first byte, if
 * it is a digit, picks an anchor date from a small table so relative
 * expressions are resolved too. */
#include <stdint.h>
#include <string.h>

#include "ctype.h"
#include "evgraph.h"
#include "fuzz_common.h"

/* n digits at s, or -1. */
static int S_num(const char *s, int n)
{
	int v = 0, i;
	for (i = 0; i < n; i++) {
		if (!evg_isdigit((unsigned char)s[i]))
			return -1;
		v = v * 10 + s[i] - '0';
	}
	return v;
}

/* YYYY, YYYY-MM, YYYY-MM-DD (X for unknown digits), then an optional
 * suffix: -Www[-d|-WE], -Qn, -Hn, -SU|-SP|-FA|-WI, THH:MM or TMO|AF|EV|NI. */
static int S_date_value(const char *v)
{
	size_t n = strlen(v);
	evg_date d;
	if (n >= 4 && S_num(v, 4) >= 0 && (n == 4 || v[4] != '-' || evg_isdigit((unsigned char)v[5]))) {
		size_t k = n > 10 && v[10] == 'T' ? 10 : n;
		if (k == 4 || k == 7 || k == 10)
			return evg_date_parse(&d, v, k) == 0;
	}
	if (n == 2 || n == 3) /* centuries, decades */
		return S_num(v, (int)n) >= 0;
	return !strncmp(v, "XXXX", 4) || (n > 5 && S_num(v, 4) >= 0 && v[4] == '-');
}

static int S_value_ok(const evg_timex *t)
{
	const char *v = t->value;
	if (!v[0] || strlen(v) >= sizeof t->value)
		return 0;
	if (!strcmp(v, "PRESENT_REF") || !strcmp(v, "PAST_REF") || !strcmp(v, "FUTURE_REF"))
		return t->type == EVG_TIMEX_DATE;
	if (v[0] == 'P')
		return t->type == EVG_TIMEX_DURATION || t->type == EVG_TIMEX_SET;
	return S_date_value(v);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const anchors[] = {"2016-10-07", "2017-06-06", "2021-03-09",
	                                      "2000-02-29", "1999-12-31"};
	const char *text = (const char *)data;
	evg_timex *tx = NULL;
	evg_dct dct;
	size_t n = 0, i, headers = 0;
	memset(&dct, 0, sizeof dct);
	if (size && evg_isdigit(data[0]) && data[0] - '0' < 5) {
		evg_date_parse(&dct.date, anchors[data[0] - '0'], 10);
		dct.hour = dct.minute = -1;
	} else if (evg_dct_detect(&dct, text, size) == 0) {
		char buf[11];
		evg_date back;
		FUZZ_ASSERT(dct.date.prec != EVG_PREC_UNKNOWN);
		evg_date_format(&dct.date, buf);
		FUZZ_ASSERT(evg_date_parse(&back, buf, strlen(buf)) == 0);
		FUZZ_ASSERT(dct.offset + dct.length <= size && dct.rule);
	}
	FUZZ_ASSERT(evg_timex_find(&tx, &n, text, size, &dct) == 0);
	for (i = 0; i < n; i++) {
		FUZZ_ASSERT(tx[i].length > 0 && tx[i].offset + tx[i].length <= size);
		FUZZ_ASSERT(i == 0 || tx[i].offset >= tx[i - 1].offset + tx[i - 1].length);
		if (!S_value_ok(&tx[i])) {
			fprintf(stderr, "bad value '%s' for '%.*s'\n", tx[i].value,
			        (int)tx[i].length, text + tx[i].offset);
			FUZZ_ASSERT(!"well-formed TIMEX3 value");
		}
		headers += tx[i].header != 0;
	}
	FUZZ_ASSERT(headers <= 1);
	evg_free(tx);
	return 0;
}
