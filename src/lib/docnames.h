/* docnames.h: the names of the documents a graph's events cite, each
 * kept once and compactly. A large corpus has hundreds of thousands of
 * documents and an event may be told in thousands of them; the names
 * and the citations grew with the corpus while the events did not. So a
 * name is kept as the number of its folder (the part up to its last
 * '/', kept once) and the rest, and a citation is a 32-bit reference
 * rather than a pointer. */
#ifndef EVG_DOCNAMES_H
#define EVG_DOCNAMES_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "buf.h"
#include "evgraph.h"
#include "map.h"

typedef struct evg_docnames {
	const evg_mem *mem;
	/* The names: one record per name, at a multiple of 4 bytes: its
	 * folder's number (uint32) and the rest of the name, NUL-terminated.
	 * A name's reference is its record's offset / 4. */
	unsigned char *bytes;
	size_t len, cap;
	const char **dirs; /* folder texts, in dir_text; dirs[0] is "" */
	size_t ndirs, capdirs;
	evg_arena dir_text;
	evg_map dir_index; /* folder text -> its number + 1 */
	uint32_t *slots;   /* the names' index: a reference + 1, 0 when empty;
	                      NULL once dropped */
	size_t nslots, count;
	size_t padded;     /* names that are empty or begin or end with
	                      white space */
} evg_docnames;

void evg_docnames_init(evg_docnames *d, const evg_mem *mem);
void evg_docnames_free(evg_docnames *d);
/* The reference of the name of len bytes at s (no NUL inside), which is
 * added when new. Aborts, as when out of memory, past 16 GiB of names. */
uint32_t evg_docnames_put(evg_docnames *d, const char *s, size_t len);
/* The name a reference stands for, in its two parts; borrowed until the
 * next evg_docnames_put, _seal, _move or _free. */
evg_doc_name evg_docnames_get(const evg_docnames *d, uint32_t ref);
/* Compares the names of two references as whole strings (strcmp's
 * order of the folder and the rest joined): "a/z" sorts after "a/b/c"
 * though its folder "a/" sorts before "a/b/". */
int evg_docnames_cmp(const evg_docnames *d, uint32_t a, uint32_t b);
/* Sets out to the whole name of a reference. */
void evg_docnames_join(const evg_docnames *d, uint32_t ref, evg_buf *out);
/* Moves the names of from into to, whose own names are freed; from is
 * left empty. References into from then stand for the same names in
 * to. */
void evg_docnames_move(evg_docnames *to, evg_docnames *from);
/* Frees the index, which only evg_docnames_put needs, and the records'
 * room to grow: once a merge is done the rendering has the room. The
 * next evg_docnames_put makes the index again. */
void evg_docnames_seal(evg_docnames *d);

#endif
