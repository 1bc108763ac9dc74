/* escape_json.c: JSON string escaping (see escape.h). */
#include "escape.h"

void evg_escape_json(evg_buf *b, const char *s, size_t len)
{
	size_t i;
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '"' || c == '\\') {
			evg_buf_putc(b, '\\');
			evg_buf_putc(b, (char)c);
		} else if (c == '\n') {
			evg_buf_puts(b, "\\n");
		} else if (c == '\r') {
			evg_buf_puts(b, "\\r");
		} else if (c == '\t') {
			evg_buf_puts(b, "\\t");
		} else if (c < 0x20 || c == 0x7f) {
			evg_buf_printf(b, "\\u%04x", c);
		} else if (c == '/' && i > 0 && s[i - 1] == '<') {
			evg_buf_puts(b, "\\/");
		} else if (c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
		           ((unsigned char)s[i + 2] == 0xA8 ||
		            (unsigned char)s[i + 2] == 0xA9)) {
			evg_buf_printf(b, "\\u%04x", 0x2000 + (unsigned char)s[i + 2] - 0x80);
			i += 2;
		} else {
			evg_buf_putc(b, (char)c);
		}
	}
}
