/* sort_test.c: evg_sort, the merge sort the merge orders documents and
 * events with: sorted, stable, the context passed through. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "harness.h"
#include "sort.h"

typedef struct item {
	int key;
	size_t seq; /* where it was before sorting */
} item;

/* By key, ascending or descending as *ctx says; seq is left out, so
 * equal keys are ties. */
static int by_key(const void *a, const void *b, void *ctx)
{
	const item *x = a, *y = b;
	int c = (x->key > y->key) - (x->key < y->key);
	return *(const int *)ctx * c;
}

static int by_u32(const void *a, const void *b, void *ctx)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	(void)ctx;
	return (x > y) - (x < y);
}

/* n items with keys in [0, range): sorted by key in `dir`, and items of
 * one key in their first order. */
static void check_sort(size_t n, int range, int dir)
{
	item *v = calloc(n ? n : 1, sizeof *v);
	size_t i, bad = 0;
	for (i = 0; i < n; i++)
		v[i].key = rand() % range, v[i].seq = i;
	evg_sort(evg_default_mem(), v, n, sizeof *v, by_key, &dir);
	for (i = 1; i < n; i++) {
		int c = dir * ((v[i - 1].key > v[i].key) - (v[i - 1].key < v[i].key));
		if (c > 0 || (c == 0 && v[i - 1].seq > v[i].seq))
			bad++;
	}
	CHECK(bad == 0);
	if (bad)
		fprintf(stderr, "  n %zu, range %d, dir %d: %zu out of order\n", n, range, dir, bad);
	free(v);
}

int main(void)
{
	static const size_t sizes[] = {0, 1, 2, 3, 7, 64, 1000, 4099};
	uint32_t u[] = {5, 3, 9, 1, 3, 0, 4294967295u, 7};
	size_t i;
	int asc = 1;
	srand(7);
	for (i = 0; i < sizeof sizes / sizeof *sizes; i++) {
		check_sort(sizes[i], 5, 1);     /* many ties */
		check_sort(sizes[i], 100000, 1);
		check_sort(sizes[i], 5, -1);
	}
	evg_sort(evg_default_mem(), u, sizeof u / sizeof *u, sizeof *u, by_u32, &asc);
	for (i = 1; i < sizeof u / sizeof *u; i++)
		CHECK(u[i - 1] <= u[i]);
	CHECK(u[0] == 0 && u[7] == 4294967295u);
	return T_REPORT();
}
