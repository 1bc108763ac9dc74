/* render_gv.c: what the Graphviz views share: the template (its default
 * attributes and class nodes), catching Graphviz's messages, object ids
 * in creation order, writing DOT into a buffer through a cgraph I/O
 * discipline, drawing through a stream into a buffer, and building a
 * view. The pieces views are made of are in
 * render_gv_nodes.c and render_gv_legend.c. */
#define _GNU_SOURCE /* fopencookie: see evg_gv_render_into */
#include <assert.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "render.h"
#include "render_gv.h"
#include "text.h"

/* ---- Graphviz's messages ------------------------------------------ */

/* agerr hands a user function the level word ("Error"/"Warning"), then
 * ": ", then the message, in separate calls. */
static char S_err[512];
static int S_err_state; /* 0 outside a message, 1 in an error, 2 ignored */
static agusererrf S_prev_errf;

static int S_catch(char *m)
{
	size_t have = strlen(S_err), n = strlen(m);
	if (!strcmp(m, "Error") || !strcmp(m, "Warning")) {
		S_err_state = m[0] == 'E' ? 1 : 2;
		if (S_err_state == 1)
			S_err[0] = '\0';
		return 0;
	}
	if (S_err_state != 1 || (have == 0 && !strcmp(m, ": ")))
		return 0;
	if (n > sizeof S_err - 1 - have)
		n = sizeof S_err - 1 - have;
	memcpy(S_err + have, m, n);
	S_err[have + n] = '\0';
	return 0;
}

void evg_gv_errors_begin(void)
{
	S_err[0] = '\0';
	S_err_state = 0;
	S_prev_errf = agseterrf(S_catch);
}

const char *evg_gv_errors_end(void)
{
	size_t n = strlen(S_err), i;
	agseterrf(S_prev_errf);
	/* One line: Graphviz ends messages with a newline and sometimes
	 * continues them on the next. */
	while (n && (S_err[n - 1] == '\n' || S_err[n - 1] == ' '))
		S_err[--n] = '\0';
	for (i = 0; i < n; i++)
		if (S_err[i] == '\n' || S_err[i] == '\r')
			S_err[i] = ' ';
	return S_err;
}

/* ---- Writing DOT into a buffer ------------------------------------ */

static int S_io_read(void *chan, char *buf, int bufsize)
{
	(void)chan, (void)buf, (void)bufsize;
	return 0; /* the output graph is never read back through this */
}

static int S_io_put(void *chan, const char *s)
{
	evg_buf_puts(chan, s);
	/* agwrite never looks back; a sink's failure shows at the end. */
	(void)evg_buf_spill(chan);
	return 0;
}

static int S_io_flush(void *chan)
{
	(void)chan;
	return 0;
}

static Agiodisc_t S_io = {S_io_read, S_io_put, S_io_flush};

/* ---- Object ids in creation order --------------------------------- */

/* cgraph's default id discipline uses the address of a name's string as
 * its id, and agwrite orders subgraphs by id: the output would follow
 * the heap. Here a name's id is its creation number, so the same graph
 * is written the same way every time. Named ids are even, anonymous
 * ones odd, as in the default discipline. The names are cgraph strings
 * (agstrdup): agwrite asks them whether they are HTML-like. */
typedef struct S_ids {
	Agraph_t *g;
	evg_map by_name; /* name -> index + 1 */
	char **names;
	size_t len, cap;
	IDTYPE anon;
} S_ids;

static void *S_id_open(Agraph_t *g, Agdisc_t *disc)
{
	S_ids *s = evg_calloc(evg_default_mem(), 1, sizeof *s);
	(void)disc;
	s->g = g;
	evg_map_init(&s->by_name, evg_default_mem());
	s->anon = 1;
	return s;
}

static long S_id_map(void *state, int objtype, char *str, IDTYPE *id,
                     int create)
{
	S_ids *s = state;
	size_t len, k;
	(void)objtype;
	if (!str) {
		*id = s->anon;
		s->anon += 2;
		return 1;
	}
	len = strlen(str);
	if ((k = (uintptr_t)evg_map_get(&s->by_name, str, len)) != 0) {
		*id = 2 * (IDTYPE)k;
		return 1;
	}
	if (!create)
		return 0;
	if (s->len == s->cap) {
		s->cap = s->cap ? 2 * s->cap : 64;
		s->names = evg_realloc(evg_default_mem(), s->names, s->cap, sizeof *s->names);
	}
	s->names[s->len++] = agstrdup(s->g, str);
	evg_map_put(&s->by_name, s->names[s->len - 1], len, (void *)(uintptr_t)s->len);
	*id = 2 * (IDTYPE)s->len;
	return 1;
}

static long S_id_alloc(void *state, int objtype, IDTYPE id)
{
	(void)state, (void)objtype, (void)id;
	return 0; /* no caller-chosen ids */
}

static void S_id_free(void *state, int objtype, IDTYPE id)
{
	(void)state, (void)objtype, (void)id; /* names live until close */
}

static char *S_id_print(void *state, int objtype, IDTYPE id)
{
	S_ids *s = state;
	(void)objtype;
	return id % 2 == 0 && id / 2 >= 1 && id / 2 <= s->len ? s->names[id / 2 - 1] : NULL;
}

static void S_id_close(void *state)
{
	S_ids *s = state;
	/* The names go with the graph's string pool, closed right after. */
	evg_default_mem()->free(s->names);
	evg_map_free(&s->by_name);
	evg_default_mem()->free(s);
}

static void S_id_register(void *state, int objtype, void *obj)
{
	(void)state, (void)objtype, (void)obj;
}

static Agiddisc_t S_ids_disc = {S_id_open, S_id_map, S_id_alloc, S_id_free,
                                S_id_print, S_id_close, S_id_register};
static Agdisc_t S_disc = {&AgMemDisc, &S_ids_disc, &S_io};

int evg_gv_write(Agraph_t *ag, evg_buf *b)
{
	return agwrite(ag, b) == 0 ? 0 : EVG_EBACKEND;
}

/* ---- The template ------------------------------------------------- */

/* Sets an attribute to a value taken from the template, keeping an
 * HTML-like label HTML-like: agxset copies through agstrdup, which finds
 * the HTML string made here by its text. */
static void S_set_tpl(evg_gv *gv, void *obj, const char *name, const char *v)
{
	char *h;
	if (!aghtmlstr((char *)v)) {
		evg_gv_put(gv, obj, name, v);
		return;
	}
	h = agstrdup_html(gv->ag, (char *)v);
	evg_gv_put(gv, obj, name, h);
	agstrfree(gv->ag, h);
}

static void S_declare_tpl(Agraph_t *ag, int kind, const char *name,
                          const char *v)
{
	char *h = aghtmlstr((char *)v) ? agstrdup_html(ag, (char *)v) : NULL;
	agattr(ag, kind, (char *)name, h ? h : (char *)v);
	if (h)
		agstrfree(ag, h);
}

/* gvContext declares a node label of "\N" (the node's name, Graphviz's
 * own default) for every graph opened after it, which agwrite then
 * writes out: a view's DOT, and the size of a node without a label,
 * would depend on whether anything was laid out before in the process.
 * The default is emptied, which agwrite leaves out. Every node a view
 * or the briefing shows has a label of its own; the briefing's
 * invisible corner and key nodes have none, and so are never sized by
 * their names. A template may declare any label but "\N". */
static void S_forget_proto_label(Agraph_t *ag)
{
	if (agattr(ag, AGNODE, "label", NULL))
		agattr(ag, AGNODE, "label", "");
}

/* 1 for the node label default that gvContext gives every graph opened
 * after it, the template's too (see S_forget_proto_label). */
static int S_proto_label(int kind, const char *name, const char *v)
{
	return kind == AGNODE && !strcmp(name, "label") && !strcmp(v, "\\N");
}

void evg_gv_copy_defaults(Agraph_t *ag, Agraph_t *tpl)
{
	static const int kinds[] = {AGRAPH, AGNODE, AGEDGE};
	Agsym_t *sym;
	size_t k;
	S_forget_proto_label(ag);
	for (k = 0; k < sizeof kinds / sizeof *kinds; k++)
		for (sym = agnxtattr(tpl, kinds[k], NULL); sym;
		     sym = agnxtattr(tpl, kinds[k], sym)) {
			const char *v = kinds[k] == AGRAPH ? agxget(tpl, sym) : sym->defval;
			/* Attributes only class nodes set have an empty default;
			 * declaring them would just clutter the output. Nor is a
			 * node label of "\N" copied: see S_forget_proto_label. */
			if (*v && !S_proto_label(kinds[k], sym->name, v))
				S_declare_tpl(ag, kinds[k], sym->name, v);
		}
}

int evg_gv_template(Agraph_t **out, evg_graph *g, const char *src,
                    size_t len)
{
	char *text;
	const char *msg;
	if (memchr(src, '\0', len))
		return evg_graph_fail(g, EVG_EINVALID,
		                      "template: contains a NUL byte");
	text = evg_strndup(g->mem, src, len);
	evg_gv_errors_begin();
	*out = agmemread(text);
	msg = evg_gv_errors_end();
	g->mem->free(text);
	if (*out)
		return 0;
	return evg_graph_fail(g, EVG_EINVALID, "template: %s",
	                      *msg ? msg : "no DOT graph in it");
}

const char *evg_gv_class_attr(evg_gv *gv, const char *cls, const char *attr)
{
	Agnode_t *n = agnode(gv->tpl, (char *)cls, 0);
	Agsym_t *sym = agattr(gv->tpl, AGNODE, (char *)attr, NULL);
	const char *v;
	if (!n || !sym)
		return NULL;
	v = agxget(n, sym);
	return strcmp(v, sym->defval) ? v : NULL;
}

/* A class's attributes that differ from the template's defaults: name,
 * value pairs, the template's strings. */
typedef struct S_class {
	const char **kv;
	size_t n;
} S_class;

/* cls's attributes, looked up in the template once per build: a view
 * applies a class to each of thousands of nodes and edges. */
static const S_class *S_class_of(evg_gv *gv, const char *cls)
{
	size_t len = strlen(cls), n = 0;
	S_class *c = evg_map_get(&gv->classes, cls, len);
	Agnode_t *node;
	Agsym_t *sym;
	if (c)
		return c;
	c = evg_arena_alloc(&gv->keep, sizeof *c);
	evg_map_put(&gv->classes, evg_arena_strndup(&gv->keep, cls, len), len, c);
	if (!(node = agnode(gv->tpl, (char *)cls, 0)))
		return c;
	for (sym = agnxtattr(gv->tpl, AGNODE, NULL); sym;
	     sym = agnxtattr(gv->tpl, AGNODE, sym))
		n += strcmp(agxget(node, sym), sym->defval) != 0;
	c->kv = evg_arena_array(&gv->keep, 2 * n + 1, sizeof *c->kv);
	for (sym = agnxtattr(gv->tpl, AGNODE, NULL); sym;
	     sym = agnxtattr(gv->tpl, AGNODE, sym))
		if (strcmp(agxget(node, sym), sym->defval)) {
			c->kv[2 * c->n] = sym->name;
			c->kv[2 * c->n++ + 1] = agxget(node, sym);
		}
	return c;
}

void evg_gv_declare_class(evg_gv *gv, int kind, const char *cls)
{
	const S_class *c = S_class_of(gv, cls);
	size_t i;
	for (i = 0; i < c->n; i++)
		(void)evg_gv_declare(gv, kind, c->kv[2 * i]);
}

void evg_gv_apply_class(evg_gv *gv, void *obj, const char *cls,
                        int skip_label)
{
	const S_class *c = S_class_of(gv, cls);
	size_t i;
	for (i = 0; i < c->n; i++)
		if (!skip_label || strcmp(c->kv[2 * i], "label"))
			S_set_tpl(gv, obj, c->kv[2 * i], c->kv[2 * i + 1]);
}

/* ---- Layout engines ----------------------------------------------- */

/* The layout engines a caller may ask for. Checked here, before gvc,
 * so a typo is a clear usage error rather than a Graphviz message. */
static const char *const S_engines[] = {
	"dot", "neato", "fdp", "sfdp", "circo", "twopi", "osage", "patchwork",
	NULL};

int evg_gv_check_engine(evg_graph *g, const char *engine)
{
	size_t i;
	char shown[72];
	for (i = 0; S_engines[i]; i++)
		if (!strcmp(engine, S_engines[i]))
			return 0;
	return evg_graph_fail(g, EVG_EUNSUPPORTED,
	                      "unknown layout engine '%s' (dot, neato, fdp, "
	                      "sfdp, circo, twopi, osage, patchwork)",
	                      evg_shown(shown, sizeof shown, engine));
}

int evg_gv_check_size(evg_graph *g, const evg_render_opts *o, int drawing)
{
	size_t n = evg_graph_event_count(g);
	if (o->layout_engine)
		return 0; /* the caller's informed choice */
	if (o->view == EVG_VIEW_TIMELINE && n > EVG_GV_TIMELINE_MAX)
		return evg_graph_fail(g, EVG_ELIMIT,
		                      "timeline: %zu events are more than the timeline view "
		                      "lays out in reasonable time (%d); the briefing figure "
		                      "shows them on a time axis, or choose --engine",
		                      n, EVG_GV_TIMELINE_MAX);
	if (drawing && o->view == EVG_VIEW_EVENTS && n > EVG_GV_EVENTS_DRAW_MAX)
		return evg_graph_fail(g, EVG_ELIMIT,
		                      "events: %zu events are more than the events view "
		                      "draws in reasonable time (%d); the briefing figure and "
		                      "the actors view summarise them, or choose --engine",
		                      n, EVG_GV_EVENTS_DRAW_MAX);
	return 0;
}

/* The engine when the caller chose none: dot draws the clearest pictures
 * but its layout grows much faster than the graph (minutes for the actors
 * or events view of 2,000 events), so large graphs get sfdp, which lays
 * them out in seconds. The timeline's ranks need dot. */
const char *evg_gv_default_engine(const evg_graph *g, evg_view v)
{
	if (v != EVG_VIEW_TIMELINE && evg_graph_event_count(g) > EVG_GV_SFDP_ABOVE)
		return "sfdp";
	return "dot";
}

/* ---- Context ---- */

/* One gvc context for the process, not one per call: the pango plugin
 * of Graphviz 2.43 keeps a pointer to the last font name it measured,
 * which the context owns, so the first text measured in a second
 * context reads freed memory. Layouts and render data are still freed
 * within each call; the context goes at exit. Graphviz is not
 * thread-safe, and neither are the renderers that use it. */
static GVC_t *S_gvc;

static void S_gvc_free(void)
{
	gvFreeContext(S_gvc);
	S_gvc = NULL;
}

GVC_t *evg_gv_context(void)
{
	if (!S_gvc) {
		S_gvc = gvContext();
		atexit(S_gvc_free);
	}
	return S_gvc;
}

/* ---- Drawing ------------------------------------------------------ */

#ifdef __GLIBC__
/* Where Graphviz's stream goes, and how much went. */
typedef struct S_stream {
	evg_buf *b;
	size_t written;
} S_stream;

static ssize_t S_stream_write(void *cookie, const char *data, size_t len)
{
	S_stream *st = cookie;
	evg_buf_put(st->b, data, len);
	st->written += len;
	(void)evg_buf_spill(st->b); /* a failed sink is reported at the drain */
	return (ssize_t)len;
}
#endif

/* gvRenderData would hold the whole drawing in a buffer that grows a
 * page at a time: a copy and a fresh page for each 4 KiB, a third of the
 * time of drawing 10,000 events. Graphviz writes to a stdio stream
 * instead, and on glibc that stream passes each piece on into b (and
 * through b's spill to the output). Elsewhere a memory stream, which
 * doubles, stands in. */
static int S_render_stream(Agraph_t *ag, const char *fmt, evg_buf *b)
{
	GVC_t *gvc = evg_gv_context();
	FILE *f;
	int rc;
#ifdef __GLIBC__
	cookie_io_functions_t io = {NULL, S_stream_write, NULL, NULL};
	S_stream st = {b, 0};
	if (!(f = fopencookie(&st, "w", io)))
		return -1;
	rc = gvRender(gvc, ag, fmt, f);
	if (fclose(f) != 0)
		rc = -1;
	if (!st.written)
		rc = -1; /* no drawing at all is a failure too */
#else
	char *data = NULL;
	size_t len = 0;
	if (!(f = open_memstream(&data, &len)))
		return -1;
	rc = gvRender(gvc, ag, fmt, f);
	if (fclose(f) != 0)
		rc = -1;
	if (rc == 0 && len)
		evg_buf_put(b, data, len);
	else
		rc = -1;
	free(data);
#endif
	return rc;
}

int evg_gv_render_into(Agraph_t *ag, const char *fmt, long long stamp,
                       evg_buf *b)
{
	evg_buf pdf = EVG_BUF_INIT(b->mem);
	int rc;
	if (strcmp(fmt, "pdf"))
		return S_render_stream(ag, fmt, b);
	/* a PDF, a small file, is kept whole until its stamp is set */
	if ((rc = S_render_stream(ag, fmt, &pdf)) == 0) {
		evg_pdf_stamp(&pdf, stamp);
		evg_buf_put(b, pdf.ptr, pdf.len);
		(void)evg_buf_spill(b);
	}
	evg_buf_free(&pdf);
	return rc;
}

/* ---- Building ----------------------------------------------------- */

extern const char evg_tpl_actors_dot[], evg_tpl_events_dot[],
	evg_tpl_timeline_dot[];

const char *evg_default_template(evg_view v)
{
	switch (v) {
	case EVG_VIEW_ACTORS: return evg_tpl_actors_dot;
	case EVG_VIEW_EVENTS: return evg_tpl_events_dot;
	case EVG_VIEW_TIMELINE: return evg_tpl_timeline_dot;
	default: return NULL;
	}
}

static void S_build_view(evg_gv *gv, evg_view v)
{
	switch (v) {
	case EVG_VIEW_ACTORS: evg_gv_actors_view(gv); break;
	case EVG_VIEW_EVENTS: evg_gv_events_view(gv); break;
	default: evg_gv_timeline_view(gv); break;
	}
}

/* The template's graph name; cgraph names an anonymous graph "%N". */
static char *S_graph_name(Agraph_t *tpl)
{
	char *name = agnameof(tpl);
	return name && name[0] && name[0] != '%' ? name : "evgraph";
}

void evg_gv_init(evg_gv *gv, evg_graph *g)
{
	memset(gv, 0, sizeof *gv);
	gv->g = g;
	gv->tmp.mem = gv->tmp2.mem = g->mem;
	evg_map_init(&gv->classes, g->mem);
	evg_map_init(&gv->syms[0], g->mem);
	evg_map_init(&gv->syms[1], g->mem);
	evg_arena_init(&gv->keep, g->mem);
}

void evg_gv_release(evg_gv *gv)
{
	evg_map_free(&gv->classes);
	evg_map_free(&gv->syms[0]);
	evg_map_free(&gv->syms[1]);
	evg_arena_release(&gv->keep);
	if (gv->tpl)
		agclose(gv->tpl);
	gv->tpl = NULL;
	evg_buf_free(&gv->tmp);
	evg_buf_free(&gv->tmp2);
}

int evg_gv_build(Agraph_t **out, evg_graph *g, const evg_render_opts *o)
{
	evg_gv gv;
	const char *src = o->dot_template;
	size_t len = o->dot_template_len;
	int rc;
	*out = NULL;
	if ((unsigned)o->view >= EVG_VIEW_COUNT)
		return evg_graph_fail(g, EVG_EUNSUPPORTED, "unknown view");
	if (!src) {
		src = evg_default_template(o->view);
		len = strlen(src);
	}
	evg_gv_init(&gv, g);
	gv.engine = o->layout_engine ? o->layout_engine : evg_gv_default_engine(g, o->view);
	if ((rc = evg_gv_template(&gv.tpl, g, src, len))) {
		evg_gv_release(&gv);
		return rc;
	}
	evg_gv_errors_begin();
	gv.ag = agopen(S_graph_name(gv.tpl), Agdirected, &S_disc);
	evg_gv_copy_defaults(gv.ag, gv.tpl);
	S_build_view(&gv, o->view);
	(void)evg_gv_errors_end(); /* building only warns */
	evg_gv_release(&gv);
	*out = gv.ag;
	return 0;
}
