/* mem.h: the allocator every module uses; out of memory aborts. */
#ifndef EVG_MEM_H
#define EVG_MEM_H

#include <stddef.h>

#include "evgraph.h"

/* Multiplies with an overflow check; aborts on overflow like on OOM, since
 * a size that large can only come from a bug or hostile input that a
 * documented limit should have stopped earlier. */
size_t evg_size_mul(size_t a, size_t b);

void *evg_calloc(const evg_mem *mem, size_t n, size_t size);
void *evg_realloc(const evg_mem *mem, void *p, size_t n, size_t size);
char *evg_strndup(const evg_mem *mem, const char *s, size_t len);

#endif
