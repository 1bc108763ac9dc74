/* render_ics.c: pending; iCalendar through libical lands here. */
#include "render.h"

int evg_render_ics(evg_graph *g, evg_render_opts *o, char **out, size_t *n)
{
	(void)o, (void)out, (void)n;
	return evg_graph_fail(g, EVG_EUNSUPPORTED, "ics: not implemented yet");
}
