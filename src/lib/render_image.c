/* render_image.c: SVG, PNG and PDF through gvc, in process. The view is
 * built as for DOT, laid out by the chosen engine and rendered into
 * memory; the graph, its layout and the rendered bytes live and die
 * inside the one call (the gvc context outlives it: see S_context). */
#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include <graphviz/gvc.h>

#include "render.h"
#include "render_gv.h"

/* Lays ag out and renders it; the caller has begun catching messages. */
static int S_render(evg_graph *g, Agraph_t *ag, const char *engine,
                    const char *fmt, long long stamp, evg_buf *b)
{
	GVC_t *gvc = evg_gv_context();
	int rc = 0;
	if (gvLayout(gvc, ag, engine) != 0) {
		rc = evg_graph_fail(g, EVG_EBACKEND, "%s: layout with %s failed: %s",
		                    fmt, engine, evg_gv_errors_end());
		evg_gv_errors_begin();
		return rc;
	}
	if (evg_gv_render_into(ag, fmt, stamp, b) != 0) {
		rc = evg_graph_fail(g, EVG_EBACKEND, "%s: rendering failed: %s",
		                    fmt, evg_gv_errors_end());
		evg_gv_errors_begin();
	}
	gvFreeLayout(gvc, ag);
	return rc;
}

int evg_put_image(evg_graph *g, evg_format fmt, evg_render_opts *o, evg_buf *b)
{
	const char *engine = o->layout_engine ? o->layout_engine : evg_gv_default_engine(g, o->view);
	Agraph_t *ag;
	long long stamp = 0;
	int rc;
	assert(g && o && b);
	if (fmt != EVG_FORMAT_SVG && fmt != EVG_FORMAT_PNG && fmt != EVG_FORMAT_PDF)
		return evg_graph_fail(g, EVG_EUNSUPPORTED, "not an image format");
	if ((rc = evg_gv_check_size(g, o, 1)) || (rc = evg_gv_check_engine(g, engine)) ||
	    (fmt == EVG_FORMAT_PDF && (rc = evg_render_epoch(g, o, "pdf", &stamp))) ||
	    (rc = evg_gv_build(&ag, g, o)))
		return rc;
	evg_gv_errors_begin();
	rc = S_render(g, ag, engine, evg_format_name(fmt), stamp, b);
	(void)evg_gv_errors_end();
	agclose(ag);
	return rc;
}

int evg_render_image(evg_graph *g, evg_format fmt, evg_render_opts *o,
                     char **out, size_t *n)
{
	return evg_render_collect(g, fmt, o, evg_put_image, out, n);
}
