/* render_dot.c: pending; the DOT views through cgraph land here. */
#include "render.h"

int evg_render_dot(evg_graph *g, evg_render_opts *o, char **out, size_t *n)
{
	(void)o, (void)out, (void)n;
	return evg_graph_fail(g, EVG_EUNSUPPORTED, "dot: not implemented yet");
}

const char *evg_default_template(evg_view v)
{
	(void)v;
	return "";
}
