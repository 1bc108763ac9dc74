/* render_timelinejs.c: the TimelineJS 3 JSON format, so journalists can
 * publish the timeline with the tool they know. TimelineJS shows text and
 * headlines as HTML, so every string is HTML-escaped before it is
 * JSON-escaped. Undated events have no place on a timeline and are
 * counted in opts->skipped. */
#include <string.h>

#include "escape.h"
#include "headline.h"
#include "render.h"
#include "text.h"

/* Scratch buffers, kept from slide to slide so a slide costs no
 * allocation once they have grown. */
typedef struct {
	evg_buf *out;
	evg_buf html; /* a text HTML-escaped, before it is JSON-escaped */
	evg_buf body; /* the slide text */
	evg_buf line; /* the headline, or the actor phrases */
} S_state;

/* A date's part as "%d" writes it (they are never negative): the dates
 * are most of a slide's numbers, and printf costs far more than they do. */
static void S_put_int(evg_buf *b, int v)
{
	char d[20];
	evg_buf_put(b, d, evg_fmt_uint(d, (uint64_t)v));
}

/* "key": "<html-escaped, json-escaped text>" */
static void S_text(S_state *st, const char *key, const char *s, size_t len)
{
	evg_buf_clear(&st->html);
	evg_escape_html(&st->html, s, len);
	evg_buf_putc(st->out, '"');
	evg_buf_puts(st->out, key);
	evg_buf_puts(st->out, "\": \"");
	evg_escape_json(st->out, st->html.ptr, st->html.len);
	evg_buf_putc(st->out, '"');
}

static void S_date(evg_buf *b, const char *key, evg_date d)
{
	static const char *const months[12] = {
		"January", "February", "March", "April", "May", "June", "July",
		"August", "September", "October", "November", "December"};
	evg_buf_putc(b, '"');
	evg_buf_puts(b, key);
	evg_buf_puts(b, "\": {\"year\": ");
	S_put_int(b, d.year);
	if (d.prec >= EVG_PREC_MONTH) {
		evg_buf_puts(b, ", \"month\": ");
		S_put_int(b, d.month);
	}
	if (d.prec >= EVG_PREC_DAY) {
		evg_buf_puts(b, ", \"day\": ");
		S_put_int(b, d.day);
	}
	/* Without it TimelineJS would show a month-precision event as falling
	 * on the first of the month. */
	if (d.prec == EVG_PREC_MONTH || d.prec == EVG_PREC_YEAR) {
		evg_buf_puts(b, ", \"display_date\": \"");
		if (d.prec == EVG_PREC_MONTH) {
			evg_buf_puts(b, months[d.month - 1]);
			evg_buf_putc(b, ' ');
		}
		S_put_int(b, d.year);
		evg_buf_putc(b, '"');
	}
	evg_buf_putc(b, '}');
}

/* The slide text: evidence, who, and the documents it came from. */
static void S_body(S_state *st, const evg_event *e)
{
	evg_buf *t = &st->body, *h = &st->line;
	size_t i;
	evg_buf_clear(t);
	evg_buf_clear(h);
	if (evg_event_evidence(e)[0]) {
		evg_buf_puts(t, "<blockquote>");
		evg_escape_html(t, evg_event_evidence(e), strlen(evg_event_evidence(e)));
		evg_buf_puts(t, "</blockquote>");
	}
	evg_buf_puts(t, "<p>");
	evg_buf_puts(t, evg_event_type_name(evg_event_type_of(e)));
	evg_buf_puts(t, " (CAMEO ");
	evg_buf_puts(t, evg_event_cameo(e));
	evg_buf_puts(t, "), ");
	evg_buf_puts(t, evg_modality_name(evg_event_modality(e)));
	evg_buf_puts(t, ". ");
	evg_event_actor_phrase(h, e, 0);
	evg_buf_puts(h, " \xE2\x86\x92 ");
	evg_event_actor_phrase(h, e, 1);
	evg_escape_html(t, h->ptr, h->len);
	evg_buf_puts(t, "</p><p>Sources: ");
	for (i = 0; i < evg_event_sources_shown(e); i++) {
		evg_doc_name d = evg_event_doc(e, i);
		if (i)
			evg_buf_puts(t, "; ");
		evg_escape_html(t, d.dir, strlen(d.dir));
		evg_escape_html(t, d.base, strlen(d.base));
	}
	if (i < evg_event_doc_count(e))
		evg_buf_printf(t, " and %zu more", evg_event_doc_count(e) - i);
	evg_buf_puts(t, "</p>");
	evg_buf_puts(st->out, "\"text\": \"");
	evg_escape_json(st->out, t->ptr, t->len);
	evg_buf_putc(st->out, '"');
}

static void S_slide(S_state *st, const evg_event *e, int first)
{
	evg_buf *b = st->out;
	const char *type = evg_event_type_name(evg_event_type_of(e));
	evg_buf_puts(b, first ? "\n    {" : ",\n    {");
	S_date(b, "start_date", evg_event_date(e));
	evg_buf_puts(b, ",\n     \"text\": {");
	evg_buf_clear(&st->line);
	evg_event_headline(&st->line, e);
	S_text(st, "headline", st->line.ptr, st->line.len);
	evg_buf_puts(b, ", ");
	S_body(st, e);
	evg_buf_puts(b, "},\n     ");
	S_text(st, "group", type, strlen(type));
	evg_buf_puts(b, ", \"unique_id\": \"");
	evg_escape_json(b, evg_event_id(e), strlen(evg_event_id(e)));
	evg_buf_puts(b, "\", \"autolink\": false}");
}

int evg_put_timelinejs(evg_graph *g, evg_format fmt, evg_render_opts *opts,
                       evg_buf *b)
{
	const char *title = opts->calendar_name ? opts->calendar_name : "evgraph timeline";
	S_state st = {b, EVG_BUF_INIT(b->mem), EVG_BUF_INIT(b->mem),
	              EVG_BUF_INIT(b->mem)};
	size_t i, n = 0;
	(void)fmt;
	opts->skipped = 0;
	evg_buf_puts(b, "{\n  \"title\": {\"text\": {");
	S_text(&st, "headline", title, strlen(title));
	evg_buf_puts(b, "}},\n  \"events\": [");
	for (i = 0; i < evg_graph_event_count(g); i++) {
		const evg_event *e = evg_graph_event(g, i);
		if (evg_event_date(e).prec == EVG_PREC_UNKNOWN) {
			opts->skipped++;
			continue;
		}
		S_slide(&st, e, n++ == 0);
		(void)evg_buf_spill(b); /* a failure is reported at the end */
	}
	evg_buf_puts(b, "\n  ]\n}\n");
	evg_buf_free(&st.html);
	evg_buf_free(&st.body);
	evg_buf_free(&st.line);
	return 0;
}

int evg_render_timelinejs(evg_graph *g, evg_render_opts *opts, char **out,
                          size_t *out_len)
{
	return evg_render_collect(g, EVG_FORMAT_TIMELINEJS, opts, evg_put_timelinejs,
	                          out, out_len);
}
