/* render_dot.c: DOT through cgraph. The view is built as a cgraph graph
 * (see render_gv.h) and written with agwrite, so every name and label is
 * quoted by cgraph itself, never by a printf into DOT. */
#include <assert.h>
#include <string.h>

#include "render.h"
#include "render_gv.h"

int evg_put_dot(evg_graph *g, evg_format fmt, evg_render_opts *o, evg_buf *b)
{
	Agraph_t *ag;
	int rc;
	assert(g && o && b);
	(void)fmt;
	if ((rc = evg_gv_check_size(g, o, 0)) ||
	    (o->layout_engine && (rc = evg_gv_check_engine(g, o->layout_engine))) ||
	    (rc = evg_gv_build(&ag, g, o)))
		return rc;
	/* An engine chosen for DOT, or the one a large graph needs, is kept
	 * for whoever lays the file out. */
	if (o->layout_engine)
		evg_gv_set(ag, "layout", o->layout_engine);
	else if (strcmp(evg_gv_default_engine(g, o->view), "dot"))
		evg_gv_set(ag, "layout", evg_gv_default_engine(g, o->view));
	evg_gv_errors_begin();
	rc = evg_gv_write(ag, b);
	agclose(ag);
	if (rc) {
		const char *msg = evg_gv_errors_end();
		return evg_graph_fail(g, rc, "dot: cgraph could not write the graph%s%s",
		                      *msg ? ": " : "", msg);
	}
	(void)evg_gv_errors_end();
	return 0;
}

int evg_render_dot(evg_graph *g, evg_render_opts *o, char **out, size_t *n)
{
	return evg_render_collect(g, EVG_FORMAT_DOT, o, evg_put_dot, out, n);
}
