/* harness.h: a minimal test harness: CHECK records a failure and goes on,
 * so one run reports every broken expectation. */
#ifndef EVG_TEST_HARNESS_H
#define EVG_TEST_HARNESS_H

#include <stdio.h>
#include <string.h>

static int t_failed, t_passed;

#define CHECK(cond)                                                          \
	do {                                                                 \
		if (cond)                                                    \
			t_passed++;                                          \
		else {                                                       \
			t_failed++;                                          \
			fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__,  \
			        __LINE__, #cond);                            \
		}                                                            \
	} while (0)

#define CHECK_STR(got, want)                                                 \
	do {                                                                 \
		const char *g_ = (got), *w_ = (want);                        \
		if (g_ && w_ && !strcmp(g_, w_))                             \
			t_passed++;                                          \
		else {                                                       \
			t_failed++;                                          \
			fprintf(stderr, "%s:%d: got \"%s\", want \"%s\"\n",    \
			        __FILE__, __LINE__, g_ ? g_ : "(null)",      \
			        w_ ? w_ : "(null)");                         \
		}                                                            \
	} while (0)

/* The closing line CTest logs show: "N passed, M failed". */
#define T_REPORT()                                                           \
	(printf("%d passed, %d failed\n", t_passed, t_failed), t_failed != 0)

#endif
