/* sort.c: a stable merge sort with a context (see sort.h). */
#include <string.h>

#include "sort.h"

typedef struct S_sort {
	size_t size;
	evg_cmp_fn cmp;
	void *ctx;
	char *tmp; /* room for the left half of the largest merge */
} S_sort;

/* Sorts the n items at a: each half, then the left half, moved aside,
 * merged with the right one back into place. On a tie the left item
 * goes first, which keeps equal items in order. */
static void S_msort(const S_sort *s, char *a, size_t n)
{
	size_t h = n / 2, i = 0, j = h, k = 0, z = s->size;
	if (n < 2)
		return;
	S_msort(s, a, h);
	S_msort(s, a + h * z, n - h);
	if (s->cmp(a + (h - 1) * z, a + h * z, s->ctx) <= 0)
		return; /* already in order */
	memcpy(s->tmp, a, h * z);
	while (i < h && j < n) {
		if (s->cmp(a + j * z, s->tmp + i * z, s->ctx) < 0)
			memcpy(a + k++ * z, a + j++ * z, z);
		else
			memcpy(a + k++ * z, s->tmp + i++ * z, z);
	}
	memcpy(a + k * z, s->tmp + i * z, (h - i) * z);
}

void evg_sort(const evg_mem *mem, void *base, size_t n, size_t size,
              evg_cmp_fn cmp, void *ctx)
{
	S_sort s;
	if (n < 2 || !size)
		return;
	s.size = size, s.cmp = cmp, s.ctx = ctx;
	s.tmp = evg_calloc(mem, n / 2, size);
	S_msort(&s, base, n);
	mem->free(s.tmp);
}
