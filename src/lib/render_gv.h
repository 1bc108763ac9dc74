/* render_gv.h: what the Graphviz renderers share. The DOT renderer and
 * the gvc image renderer build the same cgraph graph for a view; only
 * what happens to it afterwards differs. Graphviz types stay inside
 * src/lib and inside one render call. */
#ifndef EVG_RENDER_GV_H
#define EVG_RENDER_GV_H

#include <stddef.h>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include "arena.h"
#include "buf.h"
#include "graph.h"
#include "map.h"

/* Above this many events the actors view draws one edge per actor pair
 * and type, with a count, instead of one edge per event. */
#define EVG_GV_AGGREGATE_ABOVE 150
/* Above this many events the actors and events views are laid out with
 * sfdp unless the caller chose an engine (see render_image.c). */
#define EVG_GV_SFDP_ABOVE 300
/* Above this many events the timeline view is not built unless the
 * caller chose an engine: dot would take minutes to lay it out, and
 * cgraph to write its thousands of rank subgraphs (evg_gv_check_size). */
#define EVG_GV_TIMELINE_MAX 1000
/* Above this many events the events view is not drawn unless the caller
 * chose an engine: sfdp takes minutes, and nobody reads the picture;
 * the briefing figure and the actors view summarise such a graph. */
#define EVG_GV_EVENTS_DRAW_MAX 5000
/* Above EVG_GV_AGGREGATE_ABOVE events, only this many of the heaviest
 * actor-view edges carry a label (the rest say it in a tooltip). */
#define EVG_GV_LABELS_MAX 60
/* Above this many events the events view names the actors in each
 * event's label instead of drawing actor nodes: a few busy actors tied
 * to events on every rank make dot take minutes (5 s at 100 random
 * events, 40 s at 150) and the picture a tangle. */
#define EVG_GV_ACTOR_NODES_MAX 60
/* Events side by side in one timeline row; more go on continuation
 * rows of the same month. */
#define EVG_GV_ROW_MAX 8

/* Label lengths, in characters, before a label is cut with an ellipsis;
 * the full text stays in the tooltip. */
#define EVG_GV_NAME_MAX 48
#define EVG_GV_SUMMARY_MAX 160
/* Width in characters at which event labels wrap. */
#define EVG_GV_WRAP 30

/* What a view builder works with: the output graph, the parsed template
 * (class nodes are looked up in it), and a scratch buffer. */
typedef struct evg_gv {
	evg_graph *g;
	Agraph_t *ag;  /* the output graph */
	Agraph_t *tpl; /* the template graph; never written */
	evg_buf tmp;
	evg_buf tmp2;
	void *ctx; /* a view's own state, for callbacks */
	const char *engine; /* the layout engine the graph is built for */
	evg_map classes; /* class name -> what evg_gv_apply_class sets, in keep */
	evg_map syms[2]; /* node, edge attribute name -> its Agsym_t in ag */
	evg_arena keep;
} evg_gv;

/* An empty gv for g; evg_gv_release frees it. */
void evg_gv_init(evg_gv *gv, evg_graph *g);
/* Frees what building needed (the template, buffers, the classes), not
 * the output graph gv->ag. */
void evg_gv_release(evg_gv *gv);

/* Builds the view `o->view` of g into *out: a cgraph graph whose I/O
 * discipline writes into an evg_buf (see evg_gv_write). Returns 0, or
 * EVG_EINVALID (bad template) / EVG_EUNSUPPORTED with g's error set.
 * The caller closes *out with agclose. */
int evg_gv_build(Agraph_t **out, evg_graph *g, const evg_render_opts *o);

/* 0 when the view of g is small enough to build (drawing: 1 for an
 * image, 0 for DOT) with the engine chosen, else EVG_ELIMIT with g's
 * error set. */
int evg_gv_check_size(evg_graph *g, const evg_render_opts *o, int drawing);

/* 0 when `engine` names a Graphviz layout engine evgraph offers (dot,
 * neato, fdp, sfdp, circo, twopi, osage, patchwork), else
 * EVG_EUNSUPPORTED with g's error set. */
int evg_gv_check_engine(evg_graph *g, const char *engine);

/* Parses a DOT template (src, len; need not be NUL-terminated) into *out,
 * which the caller closes with agclose. Returns 0, or EVG_EINVALID with
 * g's error set ("template: <what cgraph said>"). */
int evg_gv_template(Agraph_t **out, evg_graph *g, const char *src,
                    size_t len);
/* The template's graph, node and edge defaults become ag's. */
void evg_gv_copy_defaults(Agraph_t *ag, Agraph_t *tpl);

/* The layout engine used when the caller chose none ("dot", or "sfdp"
 * for the actors and events views of large graphs). */
const char *evg_gv_default_engine(const evg_graph *g, evg_view v);

/* The gvc context of the process, created on first use and freed at
 * exit (see render_gv.c for why not one per call). */
GVC_t *evg_gv_context(void);

/* Renders the laid-out ag as fmt ("svg", "png", "pdf") into b, which
 * may spill to its sink as it fills; a PDF is stamped with `stamp`
 * (evg_render_epoch) instead of the clock. Returns 0, or non-zero when
 * Graphviz failed (part of the drawing may be in b then). */
int evg_gv_render_into(Agraph_t *ag, const char *fmt, long long stamp,
                       evg_buf *b);

/* Writes ag as DOT into b through cgraph's agwrite. Returns 0 or
 * EVG_EBACKEND. */
int evg_gv_write(Agraph_t *ag, evg_buf *b);

/* Graphviz reports problems through agerr, which prints on stderr by
 * default; a library must not print. Between begin and end the messages
 * are caught instead; evg_gv_errors_end returns the last error (without
 * its newline), "" when none. Not reentrant, like Graphviz itself. */
void evg_gv_errors_begin(void);
const char *evg_gv_errors_end(void);

/* Template classes: copies the attributes that the template's class node
 * `cls` sets (those differing from the node default) onto obj, a node,
 * an edge or a subgraph of gv->ag. `skip_label` leaves "label" out. A
 * missing class does nothing. */
void evg_gv_apply_class(evg_gv *gv, void *obj, const char *cls,
                        int skip_label);
/* The value class node `cls` gives attribute `attr`, or NULL. */
const char *evg_gv_class_attr(evg_gv *gv, const char *cls, const char *attr);

/* Sets attribute name of obj to a string that Graphviz shows literally,
 * built by the evg_gv_text_* functions below. An attribute not declared
 * yet is declared with an empty default. */
void evg_gv_set(void *obj, const char *name, const char *value);
/* evg_gv_set for obj in gv->ag. A node's or an edge's attribute is
 * looked up once per build, not once per object: a view sets half a
 * dozen on each of thousands. */
void evg_gv_put(evg_gv *gv, void *obj, const char *name, const char *value);
/* The symbol of node (kind AGNODE) or edge (AGEDGE) attribute `name` in
 * gv->ag, declared with an empty default if it was not. Declaring costs
 * time in proportion to the nodes or edges there are already (each gets
 * room for the value): declare before building what sets it late. */
Agsym_t *evg_gv_declare(evg_gv *gv, int kind, const char *name);
/* evg_gv_declare of each attribute the template's class `cls` sets. */
void evg_gv_declare_class(evg_gv *gv, int kind, const char *cls);

/* Appends text to b as the value of a Graphviz escString (label,
 * tooltip), so that Graphviz shows it literally: backslashes doubled
 * (else "\N" would become the node name), '&' written as "&amp;" (else
 * an entity such as "&lt;" would be decoded), control characters and
 * invalid UTF-8 replaced. With `wrap` > 0, spaces become line breaks to
 * keep lines near `wrap` characters and other line breaks become spaces;
 * with wrap 0, a newline is kept as the "\n" escape. With `max` > 0 the
 * text is cut after `max` characters and ends with an ellipsis. */
void evg_gv_text(evg_buf *b, const char *s, size_t len, size_t wrap,
                 size_t max);
/* evg_gv_text of a NUL-terminated string into gv->tmp (cleared first);
 * returns the buffer's text. */
const char *evg_gv_label(evg_gv *gv, const char *s, size_t wrap, size_t max);

/* The node name of an object in the output: a prefix naming the role
 * ("a:" actor, "e:" event, "t:" time rank) and the object's id with
 * backslashes doubled (cgraph writes backslashes as they are, and an odd
 * run before a quote would break the written DOT). Written into b,
 * cleared first; returns b's text. */
const char *evg_gv_name(evg_buf *b, const char *prefix, const char *id);

/* The view builders. */
void evg_gv_actors_view(evg_gv *gv);
void evg_gv_events_view(evg_gv *gv);
void evg_gv_timeline_view(evg_gv *gv);

/* Shared by the views: an actor node (created once, styled by kind and
 * sized by activity) and an event node (styled by type and modality;
 * `with_actors` adds a "who -> whom" line where actors are not drawn). */
Agnode_t *evg_gv_actor_node(evg_gv *gv, Agraph_t *sub, const evg_actor *a);
Agnode_t *evg_gv_event_node(evg_gv *gv, Agraph_t *sub, const evg_event *e,
                            int with_actors);
/* Draws the event-to-event relations (responds_to, reports, follows),
 * styled by the template's rel_<kind> classes. `constraint` 0 keeps them
 * from pulling events out of their time rank. */
void evg_gv_relations(evg_gv *gv, int constraint);
/* Declares the attributes evg_gv_relations sets, when the graph has
 * relations: called before the first node, it spares cgraph giving
 * thousands of edges room for each of them (see evg_gv_declare). */
void evg_gv_relations_declare(evg_gv *gv);
/* Adds the legend node: one row per event type present, in the colour
 * its class gives, and one per relation kind present when `relations`. */
void evg_gv_legend(evg_gv *gv, int relations);

#endif
