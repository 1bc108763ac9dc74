/* render.h: the output layer shared by the renderers. */
#ifndef EVG_RENDER_H
#define EVG_RENDER_H

#include <stddef.h>

#include "buf.h"
#include "graph.h"

/* Appends one CSV cell (RFC 4180 through libcsv, quoted only when the
 * cell needs it), neutralised against spreadsheet formula evaluation, and
 * the separator before it unless it is the first of its record. */
void evg_csv_put_cell(evg_buf *b, const char *s, size_t len, int first);
/* Ends a CSV record with CRLF, as RFC 4180 asks. */
void evg_csv_end_record(evg_buf *b);
/* Appends one item of a ';'-list cell (events.csv's source, target and
 * docs): a ';' in it is written "\;", and a backslash before a ';', a
 * backslash or the item's end is doubled, so "a;b.txt" stays one item.
 * Other backslashes ("C:\corpus\a.txt") are written as they are. */
void evg_list_put_item(evg_buf *b, const char *s, size_t len);

/* Expands a template: each {{name}} is replaced by what lookup(ctx,
 * name, len, out) appends (already escaped for the target format); a name
 * lookup does not know is kept as it stands. */
void evg_template_expand(evg_buf *out, const char *tpl, size_t len,
                         int (*lookup)(void *ctx, const char *name,
                                       size_t nlen, evg_buf *out),
                         void *ctx);

/* The time an output is stamped with (an iCalendar DTSTAMP, a PDF's
 * creation date), in seconds since 1970: opts->timestamp, else
 * SOURCE_DATE_EPOCH, else 2000-01-01. Never the clock: the same graph
 * must give the same bytes. Returns 0, or EVG_EINVALID with g's error
 * set ("what: ...") for a time outside 1970..3000 or a malformed
 * SOURCE_DATE_EPOCH. */
int evg_render_epoch(evg_graph *g, const evg_render_opts *opts,
                     const char *what, long long *out);

/* Sets the creation date of a PDF drawn by cairo to `stamp` (seconds
 * since 1970, in UTC), so that the same graph gives the same PDF, at any
 * time and in any time zone. */
void evg_pdf_stamp(evg_buf *pdf, long long stamp);

/* A renderer: appends g in format fmt to b, calling evg_buf_spill
 * where nothing written so far will be looked at again, so that
 * evg_render_to can stream. Returns 0, or a code with the graph's error
 * set (b then holds a partial output, which the caller drops). */
typedef int (*evg_put_fn)(evg_graph *g, evg_format fmt, evg_render_opts *opts,
                          evg_buf *b);

int evg_put_dot(evg_graph *g, evg_format fmt, evg_render_opts *o, evg_buf *b);
int evg_put_image(evg_graph *g, evg_format fmt, evg_render_opts *o, evg_buf *b);
int evg_put_ics(evg_graph *g, evg_format fmt, evg_render_opts *o, evg_buf *b);
int evg_put_csv(evg_graph *g, evg_format fmt, evg_render_opts *o, evg_buf *b);
int evg_put_html(evg_graph *g, evg_format fmt, evg_render_opts *o, evg_buf *b);
int evg_put_timelinejs(evg_graph *g, evg_format fmt, evg_render_opts *o,
                       evg_buf *b);
int evg_put_briefing(evg_graph *g, evg_format fmt, evg_render_opts *o,
                     evg_buf *b);

/* Runs a renderer into memory, for evg_render and the evg_render_*
 * functions of one format. */
int evg_render_collect(evg_graph *g, evg_format fmt, evg_render_opts *opts,
                       evg_put_fn put, char **out, size_t *out_len);


#endif
