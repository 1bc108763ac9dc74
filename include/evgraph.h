/*
 * evgraph.h: the public API of libevgraph.
 *
 * libevgraph turns news articles into a dated event graph (who did what to
 * whom, when, according to whom) and renders that graph as DOT, SVG, PNG,
 * PDF, iCalendar and CSV.
 *
 * Conventions, the same everywhere:
 *  - Results of *_new, *_finish and evg_render_* belong to the caller, who
 *    releases them with the matching evg_*_free or evg_free, never free().
 *  - Getters return borrowed pointers, valid until evg_graph_free.
 *  - *_free(NULL) does nothing.
 *  - Functions that can really fail return int: 0 on success, a negative
 *    EVG_E* code on failure, with a one-line message kept on the object
 *    (evg_graph_error, evg_parser_error).
 *  - Passing NULL where an object is required is a programming error and
 *    trips an assert.
 */
#ifndef EVGRAPH_H
#define EVGRAPH_H

#include <stddef.h>
#include <stdint.h>

#include "evgraph_export.h"
#include "evgraph_version.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------ */
/* Errors                                                              */
/* ------------------------------------------------------------------ */

/** Status codes returned by functions that can fail. */
enum {
	EVG_OK = 0,
	EVG_EIO = -1,          /**< reading or writing a file failed */
	EVG_EINVALID = -2,     /**< malformed input or an invalid option */
	EVG_EBACKEND = -3,     /**< graphviz, libical or libcsv refused */
	EVG_EUNSUPPORTED = -4, /**< a format or view that is not available */
	EVG_ELIMIT = -5        /**< input beyond a documented limit */
};

/** A short English name for a status code ("invalid input"). Static. */
EVG_EXPORT const char *evg_strerror(int code);

/* ------------------------------------------------------------------ */
/* Memory                                                              */
/* ------------------------------------------------------------------ */

/**
 * An allocator. The default one aborts the process when memory runs out,
 * so no function of the library has an out-of-memory error path.
 */
typedef struct evg_mem {
	void *(*calloc)(size_t nmemb, size_t size);
	void *(*realloc)(void *ptr, size_t size);
	void (*free)(void *ptr);
} evg_mem;

/** The default allocator: calloc/realloc/free that abort on NULL. */
EVG_EXPORT const evg_mem *evg_default_mem(void);

/** Frees a buffer handed out by the library (evg_render_*, evg_timex_find). */
EVG_EXPORT void evg_free(void *ptr);

/* ------------------------------------------------------------------ */
/* Dates                                                               */
/* ------------------------------------------------------------------ */

/** How much of a date is known. */
typedef enum evg_precision {
	EVG_PREC_UNKNOWN = 0,
	EVG_PREC_YEAR,
	EVG_PREC_MONTH,
	EVG_PREC_DAY
} evg_precision;

/** A calendar date known to some precision; unknown parts are 0. */
typedef struct evg_date {
	int year;  /**< 1..9999, or 0 when unknown */
	int month; /**< 1..12, or 0 */
	int day;   /**< 1..31, or 0 */
	evg_precision prec;
} evg_date;

/**
 * Parses an ISO 8601 calendar date at day, month or year precision
 * ("2016-10-07", "2016-10", "2016"); the empty string is an unknown date.
 * Returns 0, or EVG_EINVALID for anything else (including 2016-02-30).
 */
EVG_EXPORT int evg_date_parse(evg_date *out, const char *s, size_t len);

/**
 * Writes the ISO form of `d` at its precision into buf (at least 11
 * bytes); an unknown date is "". Returns buf.
 */
EVG_EXPORT char *evg_date_format(const evg_date *d, char buf[11]);

/** The name of a precision: "day", "month", "year", "unknown". Static. */
EVG_EXPORT const char *evg_precision_name(evg_precision p);

/** Orders dates: unknown first, then by year, month, day; a coarser date
 *  sorts before the finer dates inside it. Returns <0, 0 or >0. */
EVG_EXPORT int evg_date_cmp(const evg_date *a, const evg_date *b);

/* ------------------------------------------------------------------ */
/* Vocabulary                                                          */
/* ------------------------------------------------------------------ */

/** Event types, with their default CAMEO codes. */
typedef enum evg_event_type {
	EVG_TYPE_ACCUSE = 0, /**< 112 */
	EVG_TYPE_DENY,       /**< 016 */
	EVG_TYPE_CYBERATTACK,/**< 176 */
	EVG_TYPE_REPORT,     /**< 010 */
	EVG_TYPE_THREATEN,   /**< 138 */
	EVG_TYPE_CRITICIZE,  /**< 111 */
	EVG_TYPE_DEMAND,     /**< 100 */
	EVG_TYPE_PROPOSE,    /**< 036 */
	EVG_TYPE_INVESTIGATE,/**< 090 */
	EVG_TYPE_SANCTION,   /**< 163 */
	EVG_TYPE_STATEMENT,  /**< 010 */
	EVG_TYPE_COUNT
} evg_event_type;

/** "ACCUSE" .. "STATEMENT". Static; NULL for an out-of-range value. */
EVG_EXPORT const char *evg_event_type_name(evg_event_type t);
/** Case-insensitive lookup of a type name; returns 0 or EVG_EINVALID. */
EVG_EXPORT int evg_event_type_from_name(evg_event_type *out, const char *s,
                                        size_t len);
/** The default CAMEO code of a type ("112"). Static. */
EVG_EXPORT const char *evg_event_type_cameo(evg_event_type t);

/** How firmly the source states the event. */
typedef enum evg_modality {
	EVG_MOD_ASSERTED = 0,
	EVG_MOD_REPORTED,
	EVG_MOD_ALLEGED,
	EVG_MOD_DENIED,
	EVG_MOD_PLANNED,
	EVG_MOD_COUNT
} evg_modality;

EVG_EXPORT const char *evg_modality_name(evg_modality m);
EVG_EXPORT int evg_modality_from_name(evg_modality *out, const char *s,
                                      size_t len);

/** Links between events. */
typedef enum evg_relation_kind {
	EVG_REL_RESPONDS_TO = 0, /**< a denial or criticism answering an event */
	EVG_REL_REPORTS,         /**< a report describing another event */
	EVG_REL_FOLLOWS,         /**< a later step of the same story */
	EVG_REL_COUNT
} evg_relation_kind;

EVG_EXPORT const char *evg_relation_kind_name(evg_relation_kind k);
EVG_EXPORT int evg_relation_kind_from_name(evg_relation_kind *out,
                                           const char *s, size_t len);

/** Kinds of actor. */
typedef enum evg_actor_kind {
	EVG_ACTOR_UNKNOWN = 0,
	EVG_ACTOR_COUNTRY,
	EVG_ACTOR_ORG,
	EVG_ACTOR_PERSON,
	EVG_ACTOR_MEDIA,
	EVG_ACTOR_GROUP, /**< hacker groups and online personas */
	EVG_ACTOR_COMPANY,
	EVG_ACTOR_KIND_COUNT
} evg_actor_kind;

EVG_EXPORT const char *evg_actor_kind_name(evg_actor_kind k);
/** Accepts the names above plus common synonyms ("state", "persona"). */
EVG_EXPORT int evg_actor_kind_from_name(evg_actor_kind *out, const char *s,
                                        size_t len);

/* ------------------------------------------------------------------ */
/* The graph                                                           */
/* ------------------------------------------------------------------ */

typedef struct evg_graph evg_graph;
typedef struct evg_event evg_event;
typedef struct evg_actor evg_actor;
typedef struct evg_edge evg_edge;

/** A new empty graph with the default allocator; free with evg_graph_free. */
EVG_EXPORT evg_graph *evg_graph_new(void);
/** A new empty graph whose arena and tables use `mem`. */
EVG_EXPORT evg_graph *evg_graph_new_with_mem(const evg_mem *mem);
/** Frees the graph and everything borrowed from it. NULL is a no-op. */
EVG_EXPORT void evg_graph_free(evg_graph *g);

/** The message of the last failure on `g`, or "" when none. Borrowed. */
EVG_EXPORT const char *evg_graph_error(const evg_graph *g);

/**
 * What a caller knows about an actor. Strings are copied; NULL means
 * empty. `aliases` is ';'-separated.
 */
typedef struct evg_actor_desc {
	const char *name;
	evg_actor_kind kind;
	const char *country; /**< ISO 3166 alpha-2 ("US"), or NULL */
	const char *aliases;
} evg_actor_desc;

/**
 * Finds the actor whose name or alias equals desc->name (case-insensitive,
 * white space around it left out) or adds it under that trimmed name.
 * Known fields of an existing actor are kept; empty ones are filled from
 * desc and aliases are merged. Returns a borrowed pointer.
 */
EVG_EXPORT evg_actor *evg_graph_add_actor(evg_graph *g,
                                          const evg_actor_desc *desc);

/** The actor named `name` (or aliased so), or NULL. */
EVG_EXPORT evg_actor *evg_graph_find_actor(const evg_graph *g,
                                           const char *name, size_t len);

/**
 * What a caller knows about an event. Strings are copied; NULL means
 * empty. Actor names are resolved through evg_graph_add_actor.
 */
typedef struct evg_event_desc {
	const char *id; /**< NULL or "": a stable id derived from the content */
	evg_date date;
	evg_event_type type;
	const char *cameo; /**< NULL: the type's default */
	const char *const *sources;
	size_t nsources;
	const char *const *targets;
	size_t ntargets;
	evg_modality modality;
	const char *summary;
	const char *evidence;
	const char *const *docs;
	size_t ndocs;
	size_t evidence_offset; /**< byte offset of the evidence in docs[0] */
	size_t evidence_length; /**< 0: not known */
} evg_event_desc;

/**
 * Adds an event. When an event with the same id exists already, the two
 * are merged (sources, targets and docs united, the more precise date
 * kept) and that event is returned. Returns a borrowed pointer, or NULL
 * with evg_graph_error set when the id is malformed.
 */
EVG_EXPORT evg_event *evg_graph_add_event(evg_graph *g,
                                          const evg_event_desc *desc);

/** The event with this id, or NULL. */
EVG_EXPORT evg_event *evg_graph_find_event(const evg_graph *g, const char *id);

/**
 * Links two events. Duplicate links are ignored. Returns 0, or
 * EVG_EINVALID when either id is unknown or from == to.
 */
EVG_EXPORT int evg_graph_add_relation(evg_graph *g, const char *from_id,
                                      evg_relation_kind kind,
                                      const char *to_id);

EVG_EXPORT size_t evg_graph_event_count(const evg_graph *g);
EVG_EXPORT size_t evg_graph_actor_count(const evg_graph *g);
EVG_EXPORT size_t evg_graph_edge_count(const evg_graph *g);

/** The i-th event in iteration order (date, then id). Borrowed. */
EVG_EXPORT const evg_event *evg_graph_event(const evg_graph *g, size_t i);
/** The i-th actor, ordered by name. Borrowed. */
EVG_EXPORT const evg_actor *evg_graph_actor(const evg_graph *g, size_t i);

/* Event accessors. Strings are never NULL ("" when empty). */
EVG_EXPORT const char *evg_event_id(const evg_event *e);
EVG_EXPORT evg_date evg_event_date(const evg_event *e);
EVG_EXPORT evg_event_type evg_event_type_of(const evg_event *e);
EVG_EXPORT const char *evg_event_cameo(const evg_event *e);
EVG_EXPORT evg_modality evg_event_modality(const evg_event *e);
EVG_EXPORT const char *evg_event_summary(const evg_event *e);
EVG_EXPORT const char *evg_event_evidence(const evg_event *e);
EVG_EXPORT size_t evg_event_source_count(const evg_event *e);
EVG_EXPORT const evg_actor *evg_event_source(const evg_event *e, size_t i);
EVG_EXPORT size_t evg_event_target_count(const evg_event *e);
EVG_EXPORT const evg_actor *evg_event_target(const evg_event *e, size_t i);
EVG_EXPORT size_t evg_event_doc_count(const evg_event *e);
/**
 * A document's name, in two parts: the folder (up to and with the
 * name's last '/', "" when it has none) and the rest; the name is the
 * one followed by the other. A graph keeps each folder once, since a
 * large corpus has a few folders and hundreds of thousands of names.
 */
typedef struct evg_doc_name {
	const char *dir;
	const char *base;
} evg_doc_name;
/** Document i of e, in the order the event was given them (the merge
 * gives the evidence's first, then the others in name order); both parts
 * borrowed from the graph until it changes, NULL when i is out of range. */
EVG_EXPORT evg_doc_name evg_event_doc(const evg_event *e, size_t i);
EVG_EXPORT size_t evg_event_evidence_offset(const evg_event *e);
EVG_EXPORT size_t evg_event_evidence_length(const evg_event *e);
/** Outgoing edges of the event, ordered by (target id, kind). */
EVG_EXPORT size_t evg_event_edge_count(const evg_event *e);
EVG_EXPORT const evg_edge *evg_event_edge(const evg_event *e, size_t i);

/* Actor accessors. */
EVG_EXPORT const char *evg_actor_id(const evg_actor *a);
EVG_EXPORT const char *evg_actor_name(const evg_actor *a);
EVG_EXPORT evg_actor_kind evg_actor_kind_of(const evg_actor *a);
EVG_EXPORT const char *evg_actor_country(const evg_actor *a);
/** ';'-separated aliases, "" when none. */
EVG_EXPORT const char *evg_actor_aliases(const evg_actor *a);
/** How many events name the actor as source or target. */
EVG_EXPORT size_t evg_actor_event_count(const evg_actor *a);

/* Edge accessors. */
EVG_EXPORT const evg_event *evg_edge_from(const evg_edge *r);
EVG_EXPORT const evg_event *evg_edge_to(const evg_edge *r);
EVG_EXPORT evg_relation_kind evg_edge_kind(const evg_edge *r);

/* ------------------------------------------------------------------ */
/* Diagnostics: problems found in input that did not stop it           */
/* ------------------------------------------------------------------ */

typedef struct evg_diag {
	const char *file; /**< the input name as given */
	size_t line;      /**< 1-based, 0 when not applicable */
	size_t column;    /**< 1-based, 0 when not applicable */
	const char *code; /**< a short stable code, e.g. "bad-date" */
	const char *message;
} evg_diag;

EVG_EXPORT size_t evg_graph_diag_count(const evg_graph *g);
/** The i-th diagnostic, in the order found. Borrowed. */
EVG_EXPORT const evg_diag *evg_graph_diag(const evg_graph *g, size_t i);
/** Records a diagnostic (strings copied). */
EVG_EXPORT void evg_graph_add_diag(evg_graph *g, const char *file,
                                   size_t line, size_t column,
                                   const char *code, const char *message);

/* ------------------------------------------------------------------ */
/* Iteration: the one way renderers see the graph                      */
/* ------------------------------------------------------------------ */

typedef struct evg_iter evg_iter;

typedef enum evg_iter_step {
	EVG_ITER_DONE = 0,
	EVG_ITER_ENTER_GRAPH,
	EVG_ITER_EVENT, /**< an event; its edges follow */
	EVG_ITER_EDGE,  /**< an outgoing edge of the last event */
	EVG_ITER_EXIT_GRAPH
} evg_iter_step;

/** A new iterator over g; free with evg_iter_free. */
EVG_EXPORT evg_iter *evg_iter_new(const evg_graph *g);
EVG_EXPORT void evg_iter_free(evg_iter *it);
/** Advances: graph ENTER, then each event (date, id order) followed by
 *  its edges (target, kind order), then graph EXIT, then DONE. */
EVG_EXPORT evg_iter_step evg_iter_next(evg_iter *it);
/** The current event (for EVENT and EDGE steps), else NULL. */
EVG_EXPORT const evg_event *evg_iter_event(const evg_iter *it);
/** The current edge (for EDGE steps), else NULL. */
EVG_EXPORT const evg_edge *evg_iter_edge(const evg_iter *it);
/** Restarts from the beginning. */
EVG_EXPORT void evg_iter_reset(evg_iter *it);

/* ------------------------------------------------------------------ */
/* Reading the interchange CSV                                         */
/* ------------------------------------------------------------------ */

/**
 * Reads an events CSV (header row; columns in any order; unknown columns
 * ignored) into g. `name` labels errors ("events.csv:3:5: ..."). Cells
 * neutralised against spreadsheet evaluation by evg_render_csv are
 * restored. Returns 0, or EVG_EINVALID with evg_graph_error naming the
 * file, line and column; on failure g is unchanged.
 */
EVG_EXPORT int evg_graph_read_events_csv(evg_graph *g, const char *name,
                                         const char *data, size_t len);
/** Reads actors.csv (id,name,kind,country,aliases; or the lexicon form
 *  canonical,kind,country,aliases). Same contract as above. */
EVG_EXPORT int evg_graph_read_actors_csv(evg_graph *g, const char *name,
                                         const char *data, size_t len);
/** Reads relations.csv (from,relation,to). Ids must name events already
 *  in g. Same contract as above. */
EVG_EXPORT int evg_graph_read_relations_csv(evg_graph *g, const char *name,
                                            const char *data, size_t len);

/* ------------------------------------------------------------------ */
/* Rendering                                                           */
/* ------------------------------------------------------------------ */

typedef enum evg_format {
	EVG_FORMAT_DOT = 0,
	EVG_FORMAT_SVG,
	EVG_FORMAT_PNG,
	EVG_FORMAT_PDF,
	EVG_FORMAT_ICS,
	EVG_FORMAT_CSV,           /**< events.csv */
	EVG_FORMAT_ACTORS_CSV,    /**< actors.csv */
	EVG_FORMAT_RELATIONS_CSV, /**< relations.csv */
	EVG_FORMAT_TIMELINEJS,    /**< TimelineJS 3 JSON */
	EVG_FORMAT_HTML,          /**< the self-contained briefing page */
	EVG_FORMAT_COUNT
} evg_format;

typedef enum evg_view {
	EVG_VIEW_ACTORS = 0, /**< actors as nodes, what they did as edges */
	EVG_VIEW_EVENTS,     /**< events as nodes, actors attached */
	EVG_VIEW_TIMELINE,   /**< events ranked by month along one axis */
	EVG_VIEW_BRIEFING,   /**< a true time axis with one lane per principal
	                          actor, for slides and print */
	EVG_VIEW_COUNT
} evg_view;

/** "dot", "svg", ... Static. */
EVG_EXPORT const char *evg_format_name(evg_format f);
/** Looks a format up by name; returns 0 or EVG_EUNSUPPORTED. */
EVG_EXPORT int evg_format_from_name(evg_format *out, const char *s);
EVG_EXPORT const char *evg_view_name(evg_view v);
EVG_EXPORT int evg_view_from_name(evg_view *out, const char *s);

/** Options shared by every renderer. Zero-initialise, then set. */
typedef struct evg_render_opts {
	evg_view view;
	/** A DOT template replacing the built-in one for the view; NULL for
	 *  the default. Its graph, node and edge attributes and its
	 *  per-type "class" nodes set the look. */
	const char *dot_template;
	size_t dot_template_len;
	/** The Graphviz layout engine. NULL: "dot", except "sfdp" for the
	 *  actors and events views of graphs over 300 events, which dot would
	 *  take minutes to lay out. */
	const char *layout_engine;
	/** An HTML page template replacing templates/briefing.html; NULL for
	 *  the default. */
	const char *html_template;
	size_t html_template_len;
	/** DTSTAMP for iCalendar, seconds since the epoch; 0: use
	 *  SOURCE_DATE_EPOCH, else 2000-01-01T00:00:00Z. */
	int64_t timestamp;
	const char *calendar_name; /**< X-WR-CALNAME; NULL for a default */
	/** Out: how many events a renderer left out (undated ones in ICS). */
	size_t skipped;
} evg_render_opts;

/**
 * Renders g in format `fmt`. On success *out holds `*out_len` bytes (also
 * NUL-terminated) that the caller frees with evg_free. Returns 0, or a
 * negative code with evg_graph_error(g) set; *out is NULL then.
 */
EVG_EXPORT int evg_render(evg_graph *g, evg_format fmt,
                          evg_render_opts *opts, char **out,
                          size_t *out_len);

/** Where evg_render_to sends its bytes, in order, a piece at a time;
 *  returns 0, or non-zero when it can take no more. */
typedef int (*evg_write_fn)(void *ctx, const char *data, size_t len);

/**
 * Renders g as evg_render does, handing the bytes to write(ctx, ...) as
 * they are made rather than keeping the whole output in memory: the CSV,
 * DOT, iCalendar and TimelineJS outputs of a large graph pass through a
 * 64 KiB buffer. The bytes are the same as evg_render's. Returns 0, or a
 * negative code with evg_graph_error(g) set: EVG_EIO when write failed
 * (the caller knows why, and drops what it was given). On any failure
 * part of the output may have been written already.
 */
EVG_EXPORT int evg_render_to(evg_graph *g, evg_format fmt,
                             evg_render_opts *opts, evg_write_fn write,
                             void *ctx);

/**
 * Rendering in two threads. Graphviz is not thread-safe: the formats it
 * makes (DOT, SVG, PNG, PDF, and the HTML page, whose figures are SVG;
 * evg_format_uses_graphviz says 1) are rendered one at a time in a
 * process. The other formats use none of it, so another thread may
 * render them meanwhile. Each thread renders through a handle of its
 * own: one through g, any other through a reader of g.
 */
EVG_EXPORT int evg_format_uses_graphviz(evg_format fmt);
/**
 * A handle on g for rendering it in another thread: it reads g's events,
 * actors, relations and diagnostics, and has an error message of its
 * own. g is sorted here and must not change while the reader lives; the
 * reader is never changed (evg_graph_add_* on it is a programming error).
 * Free it with evg_graph_free, before g, which it leaves as it was.
 */
EVG_EXPORT evg_graph *evg_graph_reader(evg_graph *g);

EVG_EXPORT int evg_render_dot(evg_graph *g, evg_render_opts *opts, char **out,
                              size_t *out_len);
/** SVG, PNG or PDF through gvc in process, laid out by opts->layout_engine. */
EVG_EXPORT int evg_render_image(evg_graph *g, evg_format fmt,
                                evg_render_opts *opts, char **out,
                                size_t *out_len);
/**
 * iCalendar (RFC 5545) through libical: one VCALENDAR (METHOD PUBLISH,
 * X-WR-CALNAME from opts->calendar_name) with one all-day VEVENT per dated
 * event, spanning its day, month or year. Undated events, and events after
 * the year 3000 (the last libical 3.0 writes), are left out and counted in
 * opts->skipped. UIDs derive from event ids ("<id>@evgraph", or
 * "evg+<hash>@evgraph" for ids beyond [A-Za-z0-9._-]), DTSTAMP from
 * opts->timestamp, else SOURCE_DATE_EPOCH, else 2000-01-01T00:00:00Z, so
 * the same graph gives the same bytes. Text that iCalendar cannot carry
 * (CR, control characters, invalid UTF-8) is replaced. Returns 0, or
 * EVG_EINVALID for a timestamp or SOURCE_DATE_EPOCH that is not seconds
 * from 1970 to the end of 3000, EVG_EBACKEND when libical fails.
 */
EVG_EXPORT int evg_render_ics(evg_graph *g, evg_render_opts *opts, char **out,
                              size_t *out_len);
EVG_EXPORT int evg_render_csv(evg_graph *g, evg_format fmt,
                              evg_render_opts *opts, char **out,
                              size_t *out_len);
/**
 * The briefing figure (dot, svg, png or pdf): a time axis across with empty
 * stretches folded, one lane per principal actor, type-coded markers,
 * arrows from each response to what it answers, and a legend; 1280x720 px.
 * Its look comes from templates/briefing.dot or opts->dot_template; the
 * layout is evgraph's own (opts->layout_engine is not used).
 */
EVG_EXPORT int evg_render_briefing(evg_graph *g, evg_format fmt,
                                   evg_render_opts *opts, char **out,
                                   size_t *out_len);
/**
 * The briefing page: one self-contained HTML file (inline SVG and CSS, no
 * network) with the title, the date range, the briefing figure, the
 * relationship graph and a table of every event with its evidence and
 * sources.
 */
EVG_EXPORT int evg_render_html(evg_graph *g, evg_render_opts *opts,
                               char **out, size_t *out_len);
/** TimelineJS 3 JSON: one slide per dated event, grouped by type. */
EVG_EXPORT int evg_render_timelinejs(evg_graph *g, evg_render_opts *opts,
                                     char **out, size_t *out_len);

/** The built-in DOT template of a view, NUL-terminated. Static. */
EVG_EXPORT const char *evg_default_template(evg_view v);

/* ------------------------------------------------------------------ */
/* Temporal expressions (the timex stage)                              */
/* ------------------------------------------------------------------ */

typedef enum evg_timex_type {
	EVG_TIMEX_DATE = 0,
	EVG_TIMEX_TIME,
	EVG_TIMEX_DURATION,
	EVG_TIMEX_SET
} evg_timex_type;

/** "DATE", "TIME", "DURATION", "SET". Static. */
EVG_EXPORT const char *evg_timex_type_name(evg_timex_type t);

/** One temporal expression found in a text. */
typedef struct evg_timex {
	size_t offset;       /**< byte offset of the span in the text */
	size_t length;       /**< span length in bytes */
	evg_timex_type type;
	char value[32];      /**< TIMEX3 value: 2016-10-07, 2016-W40, P3W,
	                          PRESENT_REF, 2021-03-09T15:49 */
	char mod[8];         /**< TIMEX3 mod (START, END, APPROX) or "" */
	int anchored;        /**< 1 when the value came from the anchor date */
	int header;          /**< 1 when the span is the document's own
	                          publication stamp (the DCT) */
} evg_timex;

/** The publication date (document creation time) of a text. */
typedef struct evg_dct {
	evg_date date;     /**< EVG_PREC_UNKNOWN when none was found */
	int hour, minute;  /**< -1 when no time of day */
	size_t offset;     /**< where the stamp is in the text */
	size_t length;     /**< 0 when it came from outside the text */
	const char *rule;  /**< which rule found it ("header-iso", "byline",
	                        "dateline", "rfc2822", "given"). Static. */
} evg_dct;

/**
 * Finds the publication date of a document in its first lines: header
 * lines (" date 2016-11-07"), byline stamps ("7 Oct, 2016 19:40",
 * "Tuesday, 09 March 2021 3:49 PM", "June 06, 13:24 UTC+3" with the year
 * taken from elsewhere in the text), datelines ("MOSCOW, June 6. /TASS/"),
 * ISO 8601 and RFC 2822 forms. Returns 0 when one was found, EVG_EINVALID
 * when the text carries none (out->date is unknown then).
 */
EVG_EXPORT int evg_dct_detect(evg_dct *out, const char *text, size_t len);

/**
 * Finds and normalises the temporal expressions of `text`, anchoring
 * relative ones on `dct` (may be NULL or unknown: relative expressions then
 * keep an unanchored value such as PAST_REF or are left out). On success
 * *out is an array of *n expressions in text order that the caller frees
 * with evg_free (NULL when n is 0). Never fails on odd input; returns 0.
 */
EVG_EXPORT int evg_timex_find(evg_timex **out, size_t *n, const char *text,
                              size_t len, const evg_dct *dct);

/** What evg_timex_render writes. */
typedef enum evg_timex_format {
	EVG_TIMEX_FORMAT_TIMEML = 0, /**< a TimeML document (TempEval-3) */
	EVG_TIMEX_FORMAT_CSV         /**< file,offset,length,text,type,value */
} evg_timex_format;

/** "timeml" or "csv" to a format; returns 0 or EVG_EUNSUPPORTED. */
EVG_EXPORT int evg_timex_format_from_name(evg_timex_format *out,
                                          const char *s);

/**
 * Tags one document and writes the result. `text` is plain text, or a
 * TimeML document (TempEval-3 input: <DCT><TIMEX3 value=.../></DCT> and a
 * raw <TEXT>): then only the TEXT is tagged, its DCT is the anchor, and
 * the output is the input with TIMEX3 elements inserted in the TEXT, every
 * other byte kept. Plain text becomes a TimeML document with the text
 * XML-escaped and the DCT as t0 (functionInDocument="CREATION_TIME").
 * The anchor is `dct` when given (not NULL and known), else the TimeML
 * DCT, else evg_dct_detect. `name` is the file name written in CSV rows
 * and as DOCID. For CSV, `csv_header` asks for the header row. On
 * success *out (NUL-terminated, *out_len bytes) is freed by the caller
 * with evg_free. Returns 0, or EVG_EINVALID for a TimeML document without
 * a TEXT element, with a one-line message naming `name` in err.
 */
EVG_EXPORT int evg_timex_render(char **out, size_t *out_len, const char *name,
                                const char *text, size_t len,
                                const evg_date *dct, evg_timex_format fmt,
                                int csv_header, char *err, size_t errlen);


/* ------------------------------------------------------------------ */
/* Extraction: articles in, a merged event graph out                   */
/* ------------------------------------------------------------------ */

typedef struct evg_parser evg_parser;

/** A new parser with the built-in actor lexicon; free with
 *  evg_parser_free. */
EVG_EXPORT evg_parser *evg_parser_new(void);
EVG_EXPORT evg_parser *evg_parser_new_with_mem(const evg_mem *mem);
EVG_EXPORT void evg_parser_free(evg_parser *p);
/** The message of the parser's last failure, "" when none. Borrowed. */
EVG_EXPORT const char *evg_parser_error(const evg_parser *p);

/**
 * Extends the lexicon from a CSV (canonical,kind,country,aliases). Returns
 * 0, or EVG_EINVALID with evg_parser_error naming file, line and column.
 */
EVG_EXPORT int evg_parser_add_lexicon(evg_parser *p, const char *name,
                                      const char *data, size_t len);

/**
 * Starts a document. `name` is kept as the event's doc; `dct` (may be
 * NULL) overrides the publication date found in the text.
 */
EVG_EXPORT int evg_parser_begin(evg_parser *p, const char *name,
                                const evg_date *dct);
/** Feeds the next bytes of the current document. Any bytes are accepted;
 *  invalid UTF-8 is replaced and reported as a diagnostic. */
EVG_EXPORT int evg_parser_feed(evg_parser *p, const char *data, size_t len);
/** Ends the current document: extracts its events into the graph being
 *  built and releases the text. */
EVG_EXPORT int evg_parser_end(evg_parser *p);

/**
 * Merges the same event across documents, links responses and reports,
 * and hands the graph over (the caller frees it with evg_graph_free).
 * The parser can then start a new graph.
 */
EVG_EXPORT evg_graph *evg_parser_finish(evg_parser *p);

/** One-shot helper: begin, feed, end for one whole document. */
EVG_EXPORT int evg_parser_parse_document(evg_parser *p, const char *name,
                                         const char *text, size_t len,
                                         const evg_date *dct);

/*
 * Scale: a document's events depend only on its text and the lexicon, and
 * the merge in evg_parser_finish does not depend on the order of events or
 * documents. So documents can be extracted apart (threads, processes,
 * machines) and their events gathered into one parser before the finish,
 * with the same graph as one parser reading them all.
 */

/**
 * Moves the extracted, not yet merged events of `from` (and its
 * diagnostics) into `into`. `from` must have no open document; it stays
 * usable and empty. Each parser is used by one thread at a time; two
 * parsers may run in two threads. Returns 0, or EVG_EINVALID.
 */
EVG_EXPORT int evg_parser_absorb(evg_parser *into, evg_parser *from);

/**
 * Event rows, the map/reduce interchange: hands over the extracted, not
 * yet merged events as CSV (one line per event, no header; columns doc,
 * offset, length, sentence, type, cameo, date, from_text, modality,
 * media, doc_undated, source, source_kind, source_country, source_aliases,
 * target, target_kind, target_country, target_aliases, evidence) and
 * forgets them. *out (NUL-terminated, "" when none) is freed with evg_free.
 * Returns 0.
 */
EVG_EXPORT int evg_parser_take_rows(evg_parser *p, char **out, size_t *out_len);

/**
 * Adds event rows written by evg_parser_take_rows (in any order, from any
 * number of parsers; a header row naming the columns and blank lines are
 * skipped) as extracted events to be merged by evg_parser_finish.
 * Returns 0, or EVG_EINVALID with evg_parser_error naming `name`, line and
 * column; rows before the bad one are kept.
 */
EVG_EXPORT int evg_parser_add_rows(evg_parser *p, const char *name,
                                   const char *data, size_t len);
/**
 * evg_parser_add_rows for a piece of a larger file of rows, so a reducer
 * reads its input a piece at a time: data starts on line first_line
 * (1-based) of `name` and ends at the end of a record. Messages name the
 * file's own lines.
 */
EVG_EXPORT int evg_parser_add_rows_at(evg_parser *p, const char *name,
                                      size_t first_line, const char *data,
                                      size_t len);

/**
 * The graph holding the diagnostics (invalid bytes, furniture) of the
 * documents read since the last evg_parser_finish; borrowed, read it with
 * evg_graph_diag_count and evg_graph_diag only.
 */
EVG_EXPORT const evg_graph *evg_parser_diagnostics(const evg_parser *p);

/**
 * A manifest: a CSV naming the documents of a corpus with their
 * publication dates. Columns (header row, any order): file, date, and
 * optionally source, title, url. An empty date means "find it in the
 * text".
 */
typedef struct evg_manifest evg_manifest;

/**
 * Parses a manifest. On success *out belongs to the caller (free with
 * evg_manifest_free). Returns 0, or EVG_EINVALID with a one-line
 * "name:line:column: message" in errmsg (may be NULL).
 */
EVG_EXPORT int evg_manifest_parse(evg_manifest **out, const char *name,
                                  const char *data, size_t len, char *errmsg,
                                  size_t errlen);
EVG_EXPORT void evg_manifest_free(evg_manifest *m);
/** How many documents the manifest lists. */
EVG_EXPORT size_t evg_manifest_count(const evg_manifest *m);
/** The i-th file as written in the manifest. Borrowed. */
EVG_EXPORT const char *evg_manifest_file(const evg_manifest *m, size_t i);
/** The i-th publication date (unknown when the cell was empty). */
EVG_EXPORT evg_date evg_manifest_date(const evg_manifest *m, size_t i);
/** The i-th source column, "" when absent. Borrowed. */
EVG_EXPORT const char *evg_manifest_source(const evg_manifest *m, size_t i);

/* ------------------------------------------------------------------ */
/* Files                                                               */
/* ------------------------------------------------------------------ */

/**
 * Reads a whole file ("-" is stdin) into a NUL-terminated buffer the caller
 * frees with evg_free. Refuses files over max_bytes (0: no limit) with
 * EVG_ELIMIT. Returns 0 or a negative code; errmsg (may be NULL) receives
 * a one-line message naming the file.
 */
EVG_EXPORT int evg_file_read(char **out, size_t *out_len, const char *path,
                             size_t max_bytes, char *errmsg, size_t errlen);

/**
 * Writes data to path atomically: a temporary file in the same directory,
 * fsync, rename. "-" writes to stdout. Refuses to replace any of the
 * `inputs` (compared by device and inode). Returns 0 or a negative code
 * with a one-line message in errmsg.
 */
EVG_EXPORT int evg_file_write_atomic(const char *path, const char *data,
                                     size_t len, const char *const *inputs,
                                     size_t ninputs, char *errmsg,
                                     size_t errlen);

/**
 * The two halves of evg_file_write_atomic, for a program that writes
 * several outputs: it writes each to a temporary file beside its path
 * ("<path>.tmp-XXXXXX", fsynced; the name goes to *tmp_path, freed with
 * evg_free), then commits them all, so an interruption before the
 * commits leaves every earlier output as it was. evg_file_write_temp
 * refuses a path that is one of the `inputs`; evg_file_commit renames the
 * temporary file into place, or removes it on failure. Each returns 0 or
 * a negative code with a one-line message in errmsg.
 */
EVG_EXPORT int evg_file_write_temp(const char *path, const char *data,
                                   size_t len, const char *const *inputs,
                                   size_t ninputs, char **tmp_path,
                                   char *errmsg, size_t errlen);
EVG_EXPORT int evg_file_commit(const char *tmp_path, const char *path,
                               char *errmsg, size_t errlen);

/**
 * evg_file_write_temp a piece at a time, for an output too large to hold
 * in memory (see evg_render_to). evg_file_open_temp makes the temporary
 * file (refusing one of the `inputs` as evg_file_write_temp does);
 * evg_file_out_write, an evg_write_fn, appends to it; evg_file_close_temp
 * fsyncs and closes it, reports the first failed write if there was one
 * (and then removes the file), and on success hands its name to
 * *tmp_path for evg_file_commit. evg_file_discard_temp removes the file
 * unfinished. Close or discard frees `out`. The open and the close return
 * 0 or a negative code with a one-line message naming path in errmsg.
 */
typedef struct evg_file_out evg_file_out;
EVG_EXPORT int evg_file_open_temp(evg_file_out **out, const char *path,
                                  const char *const *inputs, size_t ninputs,
                                  char *errmsg, size_t errlen);
EVG_EXPORT int evg_file_out_write(void *out, const char *data, size_t len);
EVG_EXPORT int evg_file_close_temp(evg_file_out *out, char **tmp_path,
                                   char *errmsg, size_t errlen);
EVG_EXPORT void evg_file_discard_temp(evg_file_out *out);

/**
 * Removes the output at path, left by an earlier run, when this run does
 * not write it, so a folder never mixes outputs of two runs. A missing
 * file is fine; one of the `inputs` is never removed (EVG_EINVALID).
 * Returns 0 or a negative code with a one-line message in errmsg.
 */
EVG_EXPORT int evg_file_remove_output(const char *path,
                                      const char *const *inputs,
                                      size_t ninputs, char *errmsg,
                                      size_t errlen);

#ifdef __cplusplus
}
#endif

#endif
