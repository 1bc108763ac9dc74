/* render_image.c: pending; SVG, PNG and PDF through gvc land here. */
#include "render.h"

int evg_render_image(evg_graph *g, evg_format f, evg_render_opts *o,
                     char **out, size_t *n)
{
	(void)f, (void)o, (void)out, (void)n;
	return evg_graph_fail(g, EVG_EUNSUPPORTED, "images: not implemented yet");
}
