/* escape_html.c: HTML/XML text escaping (see escape.h). */
#include "escape.h"

void evg_escape_html(evg_buf *b, const char *s, size_t len)
{
	size_t i, start = 0;
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		const char *ent = NULL;
		switch (c) {
		case '&': ent = "&amp;"; break;
		case '<': ent = "&lt;"; break;
		case '>': ent = "&gt;"; break;
		case '"': ent = "&quot;"; break;
		case '\'': ent = "&#39;"; break;
		default:
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
				ent = ""; /* not representable in XML 1.0 */
			else if (c == 0x7f)
				ent = "";
		}
		if (!ent)
			continue;
		evg_buf_put(b, s + start, i - start);
		evg_buf_puts(b, ent);
		start = i + 1;
	}
	evg_buf_put(b, s + start, len - start);
}
