/* escape.h: escapers, one module per target syntax (escape_html.c,
 * escape_json.c), in the manner of cmark's houdini. */
#ifndef EVG_ESCAPE_H
#define EVG_ESCAPE_H

#include <stddef.h>

#include "buf.h"

/* Text for HTML and XML content and attribute values: & < > " ' become
 * entities; control characters other than tab, CR and LF are dropped,
 * since XML 1.0 cannot carry them at all. */
void evg_escape_html(evg_buf *b, const char *s, size_t len);
/* The body of a JSON string (without the quotes): RFC 8259 escapes, plus
 * \u2028 and \u2029 so the result is also safe inside a <script>, and
 * "</" written as "<\/" for the same reason. */
void evg_escape_json(evg_buf *b, const char *s, size_t len);

#endif
