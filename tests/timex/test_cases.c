/* test_cases.c: table-driven tests of the temporal tagger and the
 * publication-date finder.
 *
 *   test_cases timex CASES.tsv   lines: DCT <TAB> sentence <TAB> TYPE:value ...
 *       The sentence marks each expected expression in [brackets]; the
 *       tagger must find exactly those spans, in order, with those types
 *       and values, and nothing else. DCT "-" means none.
 *   test_cases dct CASES.tsv     lines: text <TAB> date <TAB> rule <TAB> stamp
 *       "\n" in the text is a line break; date "-" means undated.
 *   test_cases fuzz              random bytes: spans inside the text, in
 *       order, not overlapping, values NUL-terminated.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "evgraph.h"

static int S_fail;

static void S_bad(const char *file, int line, const char *fmt, const char *a,
                  const char *b)
{
	fprintf(stderr, "%s:%d: ", file, line);
	fprintf(stderr, fmt, a, b);
	fputc('\n', stderr);
	S_fail++;
}

/* Splits line at tabs in place; returns the number of fields. */
static int S_split(char *line, char **f, int max)
{
	int n = 0;
	char *p = line;
	while (n < max) {
		f[n++] = p;
		if (!(p = strchr(p, '\t')))
			break;
		*p++ = '\0';
	}
	return n;
}

typedef struct {
	size_t off, len;
} S_span;

/* Removes the [ ] markers from s, recording the spans they enclosed. */
static size_t S_unmark(char *s, S_span *spans, size_t max)
{
	size_t n = 0, o = 0, i;
	for (i = 0; s[i]; i++) {
		if (s[i] == '[' && n < max) {
			spans[n].off = o;
		} else if (s[i] == ']' && n < max) {
			spans[n].len = o - spans[n].off;
			n++;
		} else {
			s[o++] = s[i];
		}
	}
	s[o] = '\0';
	return n;
}

static void S_timex_line(const char *file, int ln, char **f, int nf)
{
	S_span spans[8];
	evg_dct dct, *dp = NULL;
	evg_timex *xs;
	size_t n, ns, i;
	char want[64], got[160];
	memset(&dct, 0, sizeof dct);
	if (strcmp(f[0], "-")) {
		if (evg_date_parse(&dct.date, f[0], strlen(f[0]))) {
			S_bad(file, ln, "bad DCT '%s'%s", f[0], "");
			return;
		}
		dp = &dct;
	}
	ns = S_unmark(f[1], spans, 8);
	if ((int)ns != nf - 2) {
		S_bad(file, ln, "%s: marks and expectations differ%s", f[1], "");
		return;
	}
	evg_timex_find(&xs, &n, f[1], strlen(f[1]), dp);
	for (i = 0; i < n || i < ns; i++) {
		if (i < n)
			snprintf(got, sizeof got, "[%.*s] %s:%s", (int)xs[i].length,
			         f[1] + xs[i].offset, evg_timex_type_name(xs[i].type),
			         xs[i].value);
		else
			snprintf(got, sizeof got, "nothing");
		if (i >= ns) {
			S_bad(file, ln, "unexpected %s in: %s", got, f[1]);
			continue;
		}
		snprintf(want, sizeof want, "[%.*s] %s", (int)spans[i].len,
		         f[1] + spans[i].off, f[2 + i]);
		if (i >= n || strcmp(want, got))
			S_bad(file, ln, "want %s, got %s", want, got);
	}
	evg_free(xs);
}

/* Turns the two characters "\n" into a line break, in place. */
static void S_unescape(char *s)
{
	char *o = s;
	for (; *s; s++) {
		if (s[0] == '\\' && s[1] == 'n') {
			*o++ = '\n';
			s++;
		} else {
			*o++ = *s;
		}
	}
	*o = '\0';
}

static void S_dct_line(const char *file, int ln, char **f, int nf)
{
	evg_dct d;
	char buf[11], got[200];
	int rc;
	if (nf != 4) {
		S_bad(file, ln, "want 4 fields%s%s", "", "");
		return;
	}
	S_unescape(f[0]);
	rc = evg_dct_detect(&d, f[0], strlen(f[0]));
	if (!strcmp(f[1], "-")) {
		if (rc != EVG_EINVALID || d.date.prec != EVG_PREC_UNKNOWN)
			S_bad(file, ln, "want undated, got %s (%s)",
			      evg_date_format(&d.date, buf), d.rule ? d.rule : "");
		return;
	}
	snprintf(got, sizeof got, "%s %s [%.*s]", evg_date_format(&d.date, buf),
	         d.rule ? d.rule : "-", (int)d.length, f[0] + d.offset);
	{
		char want[200];
		snprintf(want, sizeof want, "%s %s [%s]", f[1], f[2], f[3]);
		if (rc || strcmp(want, got))
			S_bad(file, ln, "want %s, got %s", want, got);
	}
}

static int S_run_file(const char *mode, const char *file)
{
	FILE *fp = fopen(file, "r");
	char line[4096], *f[12];
	int ln = 0, cases = 0;
	if (!fp)
		return perror(file), 1;
	while (fgets(line, sizeof line, fp)) {
		int nf;
		ln++;
		line[strcspn(line, "\r\n")] = '\0';
		if (!line[0] || line[0] == '#')
			continue;
		nf = S_split(line, f, 12);
		if (nf < 2) {
			S_bad(file, ln, "too few fields%s%s", "", "");
			continue;
		}
		cases++;
		if (!strcmp(mode, "timex"))
			S_timex_line(file, ln, f, nf);
		else
			S_dct_line(file, ln, f, nf);
	}
	fclose(fp);
	printf("%s: %d cases, %d failed\n", file, cases, S_fail);
	return S_fail != 0;
}

/* Random bytes, biased towards the characters dates are made of. */
static int S_fuzz(void)
{
	static const char alpha[] = "0123456789 -/:,.'\nMayJuneTuesday last"
	                            "next week ago the 2016 years\xE2\x80\x99\xC3";
	unsigned seed = 12345;
	int round;
	for (round = 0; round < 2000; round++) {
		char text[300];
		size_t len = (size_t)(round % 300), i, n;
		evg_timex *xs;
		evg_dct d;
		memset(&d, 0, sizeof d);
		d.date.year = 2016, d.date.month = 2, d.date.day = 29;
		d.date.prec = EVG_PREC_DAY;
		for (i = 0; i < len; i++) {
			seed = seed * 1103515245u + 12345u;
			text[i] = alpha[(seed >> 16) % (sizeof alpha - 1)];
		}
		evg_timex_find(&xs, &n, text, len, round % 2 ? &d : NULL);
		for (i = 0; i < n; i++) {
			if (xs[i].offset + xs[i].length > len || !xs[i].length ||
			    (i && xs[i].offset < xs[i - 1].offset + xs[i - 1].length) ||
			    !memchr(xs[i].value, '\0', sizeof xs[i].value) ||
			    !xs[i].value[0])
				S_bad("fuzz", round, "bad span%s%s", "", "");
		}
		evg_free(xs);
		evg_dct_detect(&d, text, len);
	}
	printf("fuzz: 2000 inputs, %d failed\n", S_fail);
	return S_fail != 0;
}

int main(int argc, char **argv)
{
	if (argc == 2 && !strcmp(argv[1], "fuzz"))
		return S_fuzz();
	if (argc != 3 || (strcmp(argv[1], "timex") && strcmp(argv[1], "dct"))) {
		fputs("usage: test_cases timex|dct FILE | fuzz\n", stderr);
		return 2;
	}
	return S_run_file(argv[1], argv[2]);
}
