/* render_gv_text.c: turning input text into Graphviz attribute values
 * that are shown literally, and node names that survive agwrite. Every
 * string from input reaches cgraph through these functions and
 * agsafeset/agxset/agnode, never through a printf into DOT. */
#include <string.h>

#include "render_gv.h"
#include "text.h"

/* Characters (not bytes) in the word starting at s. */
static size_t S_word_chars(const char *s, size_t len)
{
	size_t i, n = 0;
	for (i = 0; i < len && s[i] != ' ' && s[i] != '\n' && s[i] != '\t'; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80)
			n++;
	return n;
}

/* Appends one valid character (or a replacement for an invalid byte)
 * escaped; returns how many input bytes it used. */
static size_t S_put_char(evg_buf *b, const char *s, size_t len, int keep_nl)
{
	unsigned char c = (unsigned char)s[0];
	size_t n = evg_utf8_valid_len((const unsigned char *)s, len);
	if (n == 0) {
		evg_buf_puts(b, "\xEF\xBF\xBD"); /* U+FFFD */
		return 1;
	}
	if (c == '\\')
		evg_buf_puts(b, "\\\\");
	else if (c == '&')
		evg_buf_puts(b, "&amp;");
	else if (c == '\n' && keep_nl)
		evg_buf_puts(b, "\\n");
	else if (c == '\t' && keep_nl)
		evg_buf_putc(b, '\t');
	else if (c < 0x20 || c == 0x7f)
		evg_buf_putc(b, ' '); /* invalid in the SVG's XML */
	else
		evg_buf_put(b, s, n);
	return n;
}

static int S_is_break(char c) { return c == ' ' || c == '\n' || c == '\t'; }

/* How many bytes from s are copied as they are, a character each:
 * printable ASCII but the two S_put_char escapes and, when wrapping,
 * the space where a line may break. Most text is such runs, and a run
 * costs one copy where S_put_char costs one per character. */
static size_t S_plain_run(const char *s, size_t len, int wrap)
{
	size_t n = 0;
	while (n < len) {
		unsigned char c = (unsigned char)s[n];
		if (c < 0x20 || c >= 0x7f || c == '\\' || c == '&' || (wrap && c == ' '))
			break;
		n++;
	}
	return n;
}

void evg_gv_text(evg_buf *b, const char *s, size_t len, size_t wrap,
                 size_t max)
{
	size_t i = 0, col = 0, chars = 0, run;
	evg_buf_grow(b, len + 1);
	while (i < len) {
		if (max && chars == max) {
			evg_buf_puts(b, "\xE2\x80\xA6"); /* an ellipsis */
			return;
		}
		run = S_plain_run(s + i, len - i, wrap != 0);
		if (max && run > max - chars)
			run = max - chars;
		if (run) {
			evg_buf_put(b, s + i, run);
			i += run, col += run, chars += run;
			continue;
		}
		if (wrap && S_is_break(s[i]) && col > 0 &&
		    col + 1 + S_word_chars(s + i + 1, len - i - 1) > wrap) {
			evg_buf_puts(b, "\\n");
			col = 0;
			i++;
		} else {
			i += S_put_char(b, s + i, len - i, wrap == 0);
			col++;
		}
		chars++;
	}
}

const char *evg_gv_label(evg_gv *gv, const char *s, size_t wrap, size_t max)
{
	evg_buf_clear(&gv->tmp);
	evg_gv_text(&gv->tmp, s, strlen(s), wrap, max);
	return gv->tmp.len ? gv->tmp.ptr : "";
}

const char *evg_gv_name(evg_buf *b, const char *prefix, const char *id)
{
	evg_buf_clear(b);
	evg_buf_puts(b, prefix);
	for (; *id; id++)
		if (*id == '\\')
			evg_buf_puts(b, "\\\\");
		else
			evg_buf_putc(b, *id);
	return b->ptr;
}

void evg_gv_set(void *obj, const char *name, const char *value)
{
	/* cgraph's prototypes predate const; it copies both strings. */
	agsafeset(obj, (char *)name, (char *)value, "");
}

/* agsafeset looks the attribute up by name in a cdt dictionary on every
 * call. The symbol of a node or edge attribute is the same for every
 * node or edge of the root graph, so it is looked up once and kept,
 * under the name it points to (cgraph's copy, alive with the graph). */
Agsym_t *evg_gv_declare(evg_gv *gv, int kind, const char *name)
{
	evg_map *m = &gv->syms[kind == AGEDGE];
	size_t len = strlen(name);
	Agsym_t *sym = evg_map_get(m, name, len);
	if (sym)
		return sym;
	if (!(sym = agattr(gv->ag, kind, (char *)name, NULL)))
		sym = agattr(gv->ag, kind, (char *)name, "");
	evg_map_put(m, sym->name, len, sym);
	return sym;
}

void evg_gv_put(evg_gv *gv, void *obj, const char *name, const char *value)
{
	int kind = agobjkind(obj);
	/* A graph's own attributes may be local to a subgraph. */
	if (kind != AGNODE && kind != AGEDGE)
		evg_gv_set(obj, name, value);
	else
		agxset(obj, evg_gv_declare(gv, kind, name), (char *)value);
}
