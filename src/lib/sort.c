/* sort.c: a stable merge sort with a context (see sort.h). */
#include <string.h>

#include "sort.h"

typedef struct S_sort {
	size_t size;
	evg_cmp_fn cmp;
	void *ctx;
	char *tmp; /* room for the left half of the largest merge */
} S_sort;

/* Copies one item: the sizes sorted most (references, pointers, keys)
 * get a copy of known size, which the compiler makes a move or two
 * rather than a call; the sort copies each item at each level. */
static void S_copy(char *to, const char *from, size_t z)
{
	switch (z) {
	case 4:
		memcpy(to, from, 4);
		break;
	case 8:
		memcpy(to, from, 8);
		break;
	case 16:
		memcpy(to, from, 16);
		break;
	default:
		memcpy(to, from, z);
	}
}

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
			S_copy(a + k++ * z, a + j++ * z, z);
		else
			S_copy(a + k++ * z, s->tmp + i++ * z, z);
	}
	memcpy(a + k * z, s->tmp + i * z, (h - i) * z);
}

void evg_sort(const evg_mem *mem, void *base, size_t n, size_t size,
              evg_cmp_fn cmp, void *ctx)
{
	S_sort s;
	/* room for a small sort's merges, which are most of them: the merge
	 * sorts each event's few documents */
	_Alignas(max_align_t) char small[256];
	if (n < 2 || !size)
		return;
	s.size = size, s.cmp = cmp, s.ctx = ctx;
	s.tmp = n / 2 <= sizeof small / size ? small : evg_calloc(mem, n / 2, size);
	S_msort(&s, base, n);
	if (s.tmp != small)
		mem->free(s.tmp);
}
