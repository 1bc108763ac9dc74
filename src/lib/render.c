/* render.c: the format table, dispatch to each renderer, and the output
 * layer they share (CSV framing). */
#include <assert.h>
#include <csv.h>
#include <string.h>

#include "csvrows.h"
#include "render.h"
#include "text.h"

static const char *const S_formats[EVG_FORMAT_COUNT] = {
	"dot", "svg", "png", "pdf", "ics", "csv", "actors-csv", "relations-csv"};
static const char *const S_views[EVG_VIEW_COUNT] = {"actors", "events",
                                                    "timeline"};

const char *evg_format_name(evg_format f)
{
	return (unsigned)f < EVG_FORMAT_COUNT ? S_formats[f] : NULL;
}

int evg_format_from_name(evg_format *out, const char *s)
{
	int i;
	for (i = 0; i < EVG_FORMAT_COUNT; i++)
		if (evg_strcaseeq(S_formats[i], s)) {
			*out = (evg_format)i;
			return 0;
		}
	if (evg_strcaseeq(s, "ical") || evg_strcaseeq(s, "icalendar")) {
		*out = EVG_FORMAT_ICS;
		return 0;
	}
	if (evg_strcaseeq(s, "gv")) {
		*out = EVG_FORMAT_DOT;
		return 0;
	}
	return EVG_EUNSUPPORTED;
}

const char *evg_view_name(evg_view v)
{
	return (unsigned)v < EVG_VIEW_COUNT ? S_views[v] : NULL;
}

int evg_view_from_name(evg_view *out, const char *s)
{
	int i;
	for (i = 0; i < EVG_VIEW_COUNT; i++)
		if (evg_strcaseeq(S_views[i], s)) {
			*out = (evg_view)i;
			return 0;
		}
	return EVG_EUNSUPPORTED;
}

int evg_render(evg_graph *g, evg_format fmt, evg_render_opts *opts, char **out,
               size_t *out_len)
{
	assert(g && opts && out && out_len);
	*out = NULL;
	*out_len = 0;
	switch (fmt) {
	case EVG_FORMAT_DOT:
		return evg_render_dot(g, opts, out, out_len);
	case EVG_FORMAT_SVG:
	case EVG_FORMAT_PNG:
	case EVG_FORMAT_PDF:
		return evg_render_image(g, fmt, opts, out, out_len);
	case EVG_FORMAT_ICS:
		return evg_render_ics(g, opts, out, out_len);
	case EVG_FORMAT_CSV:
	case EVG_FORMAT_ACTORS_CSV:
	case EVG_FORMAT_RELATIONS_CSV:
		return evg_render_csv(g, fmt, opts, out, out_len);
	default:
		return evg_graph_fail(g, EVG_EUNSUPPORTED, "unknown output format");
	}
}

/* Writes s as one RFC 4180 field through libcsv's quoting. */
static void S_csv_field(evg_buf *b, const char *s, size_t len)
{
	size_t i, quote = 0, need;
	for (i = 0; i < len && !quote; i++)
		quote = s[i] == ',' || s[i] == '"' || s[i] == '\n' || s[i] == '\r';
	if (!quote) {
		evg_buf_put(b, s, len);
		return;
	}
	need = evg_size_mul(len, 2) + 2;
	evg_buf_grow(b, need);
	b->len += csv_write(b->ptr + b->len, need, s, len);
	b->ptr[b->len] = '\0';
}

void evg_csv_put_cell(evg_buf *b, const char *s, size_t len, int first)
{
	evg_buf t;
	if (!first)
		evg_buf_putc(b, ',');
	if (!evg_csv_needs_neutralising(s, len)) {
		S_csv_field(b, s, len);
		return;
	}
	/* The "'" belongs inside the field: outside a quoted one it would
	 * make the record invalid RFC 4180. */
	t = (evg_buf)EVG_BUF_INIT(b->mem);
	evg_buf_putc(&t, '\'');
	evg_buf_put(&t, s, len);
	S_csv_field(b, t.ptr, t.len);
	evg_buf_free(&t);
}

void evg_csv_end_record(evg_buf *b) { evg_buf_put(b, "\r\n", 2); }

int evg_render_detach(evg_buf *b, char **out, size_t *out_len)
{
	*out = evg_buf_detach(b, out_len);
	return 0;
}
