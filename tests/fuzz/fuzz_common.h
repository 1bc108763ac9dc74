/* fuzz_common.h: invariant checks shared by the fuzz targets. A broken
 * invariant aborts, which libFuzzer and the CTest replay both report. */
#ifndef EVG_FUZZ_COMMON_H
#define EVG_FUZZ_COMMON_H

#include <stdio.h>
#include <stdlib.h>

#define FUZZ_ASSERT(cond)                                                     \
	do {                                                                  \
		if (!(cond)) {                                                \
			fprintf(stderr, "%s:%d: invariant broken: %s\n",        \
			        __FILE__, __LINE__, #cond);                   \
			abort();                                              \
		}                                                             \
	} while (0)

#endif
