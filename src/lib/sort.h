/* sort.h: a stable merge sort whose comparison takes the caller's
 * context: qsort has none, and qsort_r's arguments differ between C
 * libraries (glibc and POSIX.1-2024 against the BSDs and macOS). */
#ifndef EVG_SORT_H
#define EVG_SORT_H

#include <stddef.h>

#include "mem.h"

typedef int (*evg_cmp_fn)(const void *a, const void *b, void *ctx);

/* Sorts n items of size bytes at base, equal ones keeping their order.
 * Takes room for n / 2 items from mem while it runs, when that is over
 * 256 bytes (less is taken on the stack). */
void evg_sort(const evg_mem *mem, void *base, size_t n, size_t size,
              evg_cmp_fn cmp, void *ctx);

#endif
