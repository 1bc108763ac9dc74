/* graph.h: the event graph's private layout. Only src/lib sees it;
 * renderers and the CLI use the accessors of evgraph.h. */
#ifndef EVG_GRAPH_H
#define EVG_GRAPH_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "docnames.h"
#include "evgraph.h"
#include "map.h"

struct evg_actor {
	char *id;
	char *name;
	evg_actor_kind kind;
	char *country;
	char *aliases; /* ';'-separated */
	size_t nevents;
};

struct evg_edge {
	evg_event *from;
	evg_event *to;
	evg_relation_kind kind;
};

/* A growable array of pointers whose storage is heap-owned by the graph. */
typedef struct evg_ptrvec {
	void **items;
	size_t len, cap;
} evg_ptrvec;

struct evg_event {
	char *id;
	evg_date date;
	evg_event_type type;
	char *cameo;
	evg_modality modality;
	char *summary;
	char *evidence;
	size_t evidence_offset, evidence_length;
	evg_ptrvec sources; /* evg_actor * */
	evg_ptrvec targets; /* evg_actor * */
	uint32_t *docs;     /* references into *names, heap-owned */
	uint32_t ndocs, capdocs;
	const evg_docnames *names; /* the graph's */
	evg_ptrvec edges;   /* evg_edge *, outgoing */
	int edges_sorted;
};

struct evg_graph {
	const evg_mem *mem;
	evg_arena arena;
	evg_ptrvec events; /* evg_event * */
	evg_ptrvec actors; /* evg_actor * */
	evg_ptrvec edges;  /* evg_edge * */
	evg_map event_by_id;
	evg_map actor_by_key;  /* lower-cased name or alias -> actor */
	evg_map actor_by_id;
	evg_docnames docs; /* each document name's one copy: a corpus's
	                      documents each report many events */
	int events_sorted, actors_sorted;
	int edges_unsorted; /* some event's edges need sorting */
	evg_diag *diags;
	size_t ndiags, capdiags;
	int reader; /* a handle of evg_graph_reader: the fields above are
	               another graph's, borrowed */
	char error[512];
};

void evg_ptrvec_push(const evg_mem *mem, evg_ptrvec *v, void *item);
/* Room for `more` items beyond len, exactly. */
void evg_ptrvec_reserve(const evg_mem *mem, evg_ptrvec *v, size_t more);
void evg_ptrvec_free(const evg_mem *mem, evg_ptrvec *v);

/* Sets g->error from a printf format; returns `code` for tail calls. */
int evg_graph_fail(evg_graph *g, int code, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 3, 4)))
#endif
	;
/* Frees the index of document names, which only adding events needs:
 * once a parser's merge is done, the rendering has the room. Adding an
 * event later makes it again. */
void evg_graph_drop_doc_index(evg_graph *g);
/* The names that references into `names` are to be read in from now
 * on: g's own, which take over `names` (left empty) when g has none
 * yet, as when a parser's merge makes a new graph, and none of them
 * needs trimming (docnames' `padded`); else `names`, whose names are
 * then added to g's one by one, trimmed. */
const evg_docnames *evg_graph_adopt_doc_names(evg_graph *g,
                                              evg_docnames *names);
/* Adds documents to e's list, as adding e again with them would: the
 * names of n references into `names`. */
void evg_graph_add_event_docs(evg_graph *g, evg_event *e,
                              const evg_docnames *names, const uint32_t *refs,
                              size_t n);
/* Room for n more events, when a reader knows how many are coming. */
void evg_graph_reserve_events(evg_graph *g, size_t n);
/* Sorts events (date, id), actors (name) and each event's edges. The
 * graph sorts itself lazily on first read; readers call this. */
void evg_graph_sort(const evg_graph *g);
/* What is wrong with an event id ("empty", "longer than 200 bytes", ...),
 * or NULL when it is a good one. Ids are written verbatim, so they must
 * be text that reads back as itself: valid UTF-8 without control
 * characters. */
const char *evg_id_problem(const char *id);
/* Debug-only invariant checker: aborts when the graph is inconsistent. */
void evg_graph_check(const evg_graph *g);

#endif
