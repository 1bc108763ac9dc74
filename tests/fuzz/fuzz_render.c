/* fuzz_render.c: every renderer, fed a graph built from the fuzz input.
 * Lines are records, tab-separated: an event is
 *   id \t date \t type \t sources \t targets \t summary \t evidence \t docs
 * (lists ';'-separated; a bad date counts as unknown; the type is its
 * first byte modulo the number of types), and a line starting "R\t" is a
 * relation "R \t from \t kind \t to". Invariants: every renderer succeeds
 * or fails with a message; CSV reads back to the same bytes; DOT is read
 * back by cgraph; ICS is parsed by libical with one VEVENT per dated
 * event; SVG is a complete document. */
#include <cgraph.h>
#include <libical/ical.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "evgraph.h"
#include "fuzz_common.h"

enum { MAX_EVENTS = 12, MAX_FIELDS = 8 };

/* Splits s at c in place into at most max parts. */
static size_t S_split(char *s, char c, char **parts, size_t max)
{
	size_t n = 0;
	while (s && n < max) {
		char *end = strchr(s, c);
		parts[n++] = s;
		if (end)
			*end++ = '\0';
		s = end;
	}
	return n;
}

static void S_event(evg_graph *g, char *line)
{
	char *f[MAX_FIELDS] = {0}, *src[8], *tgt[8], *docs[8];
	evg_event_desc d;
	size_t n = S_split(line, '\t', f, MAX_FIELDS);
	memset(&d, 0, sizeof d);
	d.id = f[0];
	if (n > 1 && evg_date_parse(&d.date, f[1], strlen(f[1])))
		d.date.prec = EVG_PREC_UNKNOWN;
	d.type = n > 2 && f[2][0] ? (evg_event_type)((unsigned char)f[2][0] % EVG_TYPE_COUNT) : 0;
	d.nsources = n > 3 ? S_split(f[3], ';', src, 8) : 0;
	d.ntargets = n > 4 ? S_split(f[4], ';', tgt, 8) : 0;
	d.sources = (const char *const *)src;
	d.targets = (const char *const *)tgt;
	d.summary = n > 5 ? f[5] : NULL;
	d.evidence = n > 6 ? f[6] : NULL;
	d.ndocs = n > 7 ? S_split(f[7], ';', docs, 8) : 0;
	d.docs = (const char *const *)docs;
	evg_graph_add_event(g, &d); /* NULL for a bad id: that is allowed */
}

static evg_graph *S_build(const uint8_t *data, size_t size)
{
	evg_graph *g = evg_graph_new();
	char *text = malloc(size + 1), *lines[MAX_EVENTS * 2];
	size_t i, n;
	memcpy(text, data, size);
	text[size] = '\0';
	n = S_split(text, '\n', lines, MAX_EVENTS * 2);
	for (i = 0; i < n; i++) {
		if (!strncmp(lines[i], "R\t", 2)) {
			char *f[4] = {0};
			if (S_split(lines[i], '\t', f, 4) == 4)
				evg_graph_add_relation(g, f[1], (evg_relation_kind)((unsigned char)f[2][0] % EVG_REL_COUNT), f[3]);
		} else if (evg_graph_event_count(g) < MAX_EVENTS) {
			S_event(g, lines[i]);
		}
	}
	free(text);
	return g;
}

static char *S_render(evg_graph *g, evg_format fmt, evg_view view, size_t *len,
                      size_t *skipped)
{
	evg_render_opts o;
	char *out = NULL;
	memset(&o, 0, sizeof o);
	o.view = view;
	if (evg_render(g, fmt, &o, &out, len) != 0) {
		FUZZ_ASSERT(out == NULL && evg_graph_error(g)[0]);
		return NULL;
	}
	FUZZ_ASSERT(out && strlen(out) <= *len);
	if (skipped)
		*skipped = o.skipped;
	return out;
}

static void S_check_dot(evg_graph *g)
{
	evg_view v;
	for (v = 0; v < EVG_VIEW_COUNT; v++) {
		size_t len;
		char *dot = S_render(g, EVG_FORMAT_DOT, v, &len, NULL);
		Agraph_t *back;
		if (!dot)
			continue;
		back = agmemread(dot);
		FUZZ_ASSERT(back != NULL);
		agclose(back);
		evg_free(dot);
	}
}

static void S_check_ics(evg_graph *g)
{
	size_t len, skipped = 0, n = 0;
	char *ics = S_render(g, EVG_FORMAT_ICS, 0, &len, &skipped);
	icalcomponent *cal, *c;
	if (!ics)
		return;
	cal = icalparser_parse_string(ics);
	FUZZ_ASSERT(cal != NULL);
	for (c = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); c;
	     c = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT))
		n++;
	FUZZ_ASSERT(n + skipped == evg_graph_event_count(g));
	icalcomponent_free(cal);
	evg_free(ics);
}

static void S_check_images(evg_graph *g)
{
	size_t len;
	char *svg = S_render(g, EVG_FORMAT_SVG, EVG_VIEW_ACTORS, &len, NULL);
	if (svg)
		FUZZ_ASSERT(strstr(svg, "</svg>") != NULL);
	evg_free(svg);
	svg = S_render(g, EVG_FORMAT_SVG, EVG_VIEW_BRIEFING, &len, NULL);
	if (svg)
		FUZZ_ASSERT(strstr(svg, "</svg>") != NULL);
	evg_free(svg);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	evg_graph *g;
	size_t len;
	char *s;
	if (size > 4096)
		return 0; /* layouts grow with the graph; keep runs fast */
	g = S_build(data, size);
	fuzz_check_csv_roundtrip(g);
	S_check_dot(g);
	S_check_ics(g);
	S_check_images(g);
	s = S_render(g, EVG_FORMAT_TIMELINEJS, 0, &len, NULL);
	evg_free(s);
	s = S_render(g, EVG_FORMAT_HTML, 0, &len, NULL);
	evg_free(s);
	evg_graph_free(g);
	return 0;
}
