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

/* Expands a template: each {{name}} is replaced by what lookup(ctx,
 * name, len, out) appends (already escaped for the target format); a name
 * lookup does not know is kept as it stands. */
void evg_template_expand(evg_buf *out, const char *tpl, size_t len,
                         int (*lookup)(void *ctx, const char *name,
                                       size_t nlen, evg_buf *out),
                         void *ctx);

/* Hands a finished buffer to the caller of evg_render_*. */
int evg_render_detach(evg_buf *b, char **out, size_t *out_len);


#endif
