/* extract.h: what the extraction stages (clean, sentence, actors, events,
 * merge) share inside the library. Data flows one way: a document's
 * bytes are cleaned into a working copy of the same length, so every
 * byte offset found later is an offset into the original text. */
#ifndef EVG_EXTRACT_H
#define EVG_EXTRACT_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "buf.h"
#include "docnames.h"
#include "graph.h"
#include "map.h"
#include "words.h"

/* Replacement byte for invalid UTF-8 in the working copy; evidence turns
 * it back into U+FFFD. One byte, so offsets stay those of the input. */
#define EVG_BAD_BYTE 0x1a

/* ---- clean ---- */

/* Copies text into work (same length): invalid UTF-8 and NUL bytes
 * replaced and reported on g, page furniture lines blanked with spaces.
 * Returns how many lines were blanked. */
size_t evg_clean(char *work, const char *text, size_t len, evg_graph *g,
                 const char *name);
/* 1 when the line after prev carries on its sentence (wrapped text). */
int evg_line_continues(const char *prev, size_t plen, const char *next);
/* 1-based line and column of a byte offset. */
void evg_line_col(const char *text, size_t off, size_t *line, size_t *col);

/* ---- sentences ---- */

typedef struct evg_span {
	size_t off, len;
} evg_span;

/* Splits the cleaned text into sentences; *out is heap memory from mem.
 * Returns the count. */
size_t evg_sentences(evg_span **out, const evg_mem *mem, const char *work,
                     size_t len);

/* ---- tokens ---- */

enum {
	EVG_TOK_WORD = 1,
	EVG_TOK_CAP = 2,     /* first letter upper case */
	EVG_TOK_ALLCAP = 4,  /* every letter upper case */
	EVG_TOK_QOPEN = 8,   /* an opening quote */
	EVG_TOK_QCLOSE = 16, /* a closing quote */
	EVG_TOK_PUNCT = 32,
	EVG_TOK_NUM = 64
};

typedef struct evg_tok {
	size_t off, len; /* into the document */
	unsigned flags;
	char low[32];    /* lower-cased, dots dropped, ’ as ' ; truncated */
	size_t nlow;     /* strlen(low) */
	uint32_t wc;     /* the word classes of low (words.h) */
	uint64_t h;      /* evg_hash64 of low, for map lookups */
	int inquote;     /* 1 inside a quotation */
} evg_tok;

/* Tokenises text[off, off+len) into *toks (heap, grown). Returns count. */
size_t evg_tokenise(evg_tok **toks, size_t *cap, const evg_mem *mem,
                    const char *text, size_t off, size_t len);

/* ---- actors ---- */

typedef struct evg_lex_entry {
	char *name;    /* canonical */
	evg_actor_kind kind;
	char *country; /* ISO alpha-2 or "" */
	char *aliases; /* ';'-separated, as given */
} evg_lex_entry;

typedef struct evg_lex_key {
	evg_lex_entry *entry; /* NULL: only the start of longer names */
	int exact_case; /* an all-capitals alias: "US" is not "us" */
	int ntok;
	int gen;        /* which lexicon file claimed it */
	int longer;     /* a longer name starts with this phrase */
} evg_lex_key;

typedef struct evg_lexicon {
	const evg_mem *mem;
	evg_arena arena;
	evg_map keys;      /* normalised phrase -> evg_lex_key, for names and
	                      the shorter phrases they start with ("vladimir") */
	evg_map by_country; /* "RU" -> the country's entry */
	int maxtok;
	int gen;            /* lexicon files read so far; later ones win */
} evg_lexicon;

void evg_lexicon_init(evg_lexicon *lx, const evg_mem *mem);
void evg_lexicon_free(evg_lexicon *lx);
/* Adds entries from CSV (canonical,kind,country,aliases); 0 or
 * EVG_EINVALID with a "name:line:col: message" in err. */
int evg_lexicon_add_csv(evg_lexicon *lx, const char *name, const char *data,
                        size_t len, char *err, size_t errlen);
/* The side of an entry: its country code ("" when none). */
const char *evg_lex_side(const evg_lex_entry *e);

/* A mention group: adjacent names, titles and adjectives read as one
 * actor ("Russian Foreign Ministry spokesperson Maria Zakharova"). */
typedef struct evg_mention {
	size_t t0, t1;         /* token range [t0, t1) */
	evg_lex_entry *actor;  /* the head */
	int pronoun;           /* he/she/we, resolved by the caller */
	int bare;              /* one lexicon name and nothing else ("APT28",
	                          not "Snake Island" or "Giuseppe Conti") */
} evg_mention;

/* What a document remembers between sentences: surnames and titles that
 * refer back to a full name, the last person named. Actors found by their
 * shape alone live as long as the parser (keep, unknown). */
typedef struct evg_doc_actors {
	evg_map refs;          /* lower-cased surname/title -> entry */
	evg_arena *doc_arena;  /* keys of refs; released with the document */
	evg_arena *keep_arena; /* unknown entries; live until finish */
	evg_map *unknown;      /* name -> entry, within the document */
	evg_map *shared;       /* (kind, country, name) -> entry, across the
	                          documents (keys in keep_arena) */
	evg_lex_entry *last_person;
} evg_doc_actors;

/* Finds the actor mentions of one sentence's tokens. Returns the count;
 * *out grows on the heap. */
size_t evg_actors_find(evg_mention **out, size_t *cap, const evg_mem *mem,
                       const evg_lexicon *lx, evg_doc_actors *da,
                       const char *text, const evg_tok *t, size_t nt);

/* ---- events ---- */

/* Where an event was told: document, the sentence's bytes and index.
 * A place is kept for every row of a large corpus, so it is kept small:
 * 12 bytes, the document by its reference in the store's names. */
typedef struct evg_raw_place {
	uint32_t doc;
	uint32_t offset;
	uint16_t length;
	uint16_t sentence;
} evg_raw_place;

/* A place as evg_raw_place_of gives it, at full width. */
typedef struct evg_raw_at {
	uint32_t doc;
	size_t offset, length, sentence;
} evg_raw_at;

/* An extracted event before the cross-document merge. Fields are ordered
 * to pack: a large corpus keeps hundreds of thousands. */
typedef struct evg_raw_event {
	evg_lex_entry *source, *target;
	const char *cameo;  /* static or NULL */
	char *evidence;     /* one copy per text in the store (evg_raw_add) */
	size_t offset, length;
	size_t sentence;    /* index within its document */
	evg_raw_place *also; /* heap: the same event told elsewhere in the
	                        same words (see evg_raw_add) */
	evg_date date;
	evg_event_type type;
	evg_modality modality;
	uint32_t nalso, calso;
	uint32_t doc;       /* a reference into the store's names */
	unsigned char date_from_text; /* 1: a time expression dated it, 0: the DCT */
	unsigned char media_report;   /* a media outlet's report or accusation */
	unsigned char doc_undated;    /* its document has no publication date */
} evg_raw_event;

typedef struct evg_doc_ctx {
	const char *name;  /* kept in the store's names with its first event */
	const char *text;  /* the original bytes */
	const char *work;  /* the cleaned copy */
	size_t len;
	evg_date dct;
	const evg_timex *tx;
	size_t ntx;
} evg_doc_ctx;

typedef struct evg_raw_events {
	evg_raw_event *items;
	size_t len, cap;
	size_t *slots;      /* the fold index: item index + 1, 0 when empty */
	size_t nslots;      /* a power of two, or 0 */
	evg_map texts;      /* evidence -> itself: one copy of each sentence,
	                       however many events (dates, actors) it gives */
	evg_docnames names; /* the documents of the events added, each once:
	                       equal names are equal references */
} evg_raw_events;

/* ---- the raw event store (raw.c) ---- */

/* Makes ev an empty store. */
void evg_raw_init(evg_raw_events *ev, const evg_mem *mem);

/* Adds r to ev, which takes its evidence (freed, or kept once for all
 * the events with that evidence). A dated event told again in
 * the same words (same type, actors, date, modality, flags and evidence:
 * a syndicated story, a repeated paragraph) is not added
 * again: the event there gains r's place, so memory grows with what a
 * corpus says rather than how often. Of its places, the first in
 * (document, offset) order is the event's own, whichever came first. */
void evg_raw_add(evg_raw_events *ev, const evg_mem *mem, const evg_raw_event *r);
/* How many places tell r. */
size_t evg_raw_places(const evg_raw_event *r);
/* Place i of r: 0 is its own, then r->also. */
evg_raw_at evg_raw_place_of(const evg_raw_event *r, size_t i);
/* Frees r's places other than its own. */
void evg_raw_drop_places(evg_raw_event *r, const evg_mem *mem);
/* Frees the fold index, which only adding needs, and the array's room
 * to grow: the merge holds ev and the graph at once. A later evg_raw_add
 * builds the index again. */
void evg_raw_seal(evg_raw_events *ev, const evg_mem *mem);
/* Frees what ev holds and leaves it empty, ready for use again. */
void evg_raw_free(evg_raw_events *ev, const evg_mem *mem);

/* Extracts the events of one cleaned document into out. */
void evg_events_extract(evg_raw_events *out, const evg_mem *mem,
                        const evg_lexicon *lx, evg_doc_actors *da,
                        const evg_doc_ctx *doc, const evg_span *sents,
                        size_t nsents);

/* ---- merge ---- */

/* Merges raw events into g (cross-document), then links responses and
 * reports. Order of `ev` does not matter. Frees the events' other places
 * (evg_raw_drop_places) as it goes; ev is to be freed after. */
void evg_merge_into_graph(evg_graph *g, evg_raw_events *ev);

/* Gives every actor name one entry across ev: where documents read apart
 * made different entries for a name (an unknown name read as a person in
 * one, an organisation in another), the mention first in document-name
 * order decides. Order-free, like the merge. */
void evg_canon_actors(const evg_mem *mem, evg_raw_events *ev);

/* Evidence text: the bytes of [off, off+len) with the invalid-byte mark
 * turned into U+FFFD and runs of white space folded. Heap (mem). */
char *evg_evidence_text(const evg_mem *mem, const char *work, size_t off,
                        size_t len);

/* ---- rows: raw events as CSV, the extract/merge interchange ---- */

/* Appends one CSV line per place of each raw event (no header). */
void evg_rows_write(evg_buf *b, const evg_raw_events *ev);
/* Appends the rows of data, which starts on line first_line of `name`,
 * to ev: actors and cameo codes are allocated in keep, evidence on the
 * heap. Returns 0, or EVG_EINVALID with "name:line:col: message" in err
 * (rows read before the bad one stay in ev). */
int evg_rows_read(evg_raw_events *ev, const evg_mem *mem, evg_arena *keep,
                  const char *name, size_t first_line, const char *data,
                  size_t len, char *err, size_t errlen);

#endif
