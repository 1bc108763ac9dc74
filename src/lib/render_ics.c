/* render_ics.c: the event graph as an iCalendar timeline through libical.
 *
 * One VEVENT per dated event, all-day and as long as the date is coarse (a
 * day, a month, a year). libical escapes TEXT values and folds lines; this
 * file only makes sure what it hands over is valid UTF-8 without control
 * characters, and that everything in the output comes from the graph or
 * the options, never from the clock, so a re-render is byte-identical and
 * a re-import updates events instead of duplicating them. */
#include <assert.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <libical/ical.h>

#include "bytes8.h"
#include "ctype.h"
#include "headline.h"
#include "render.h"
#include "text.h"

typedef struct {
	evg_graph *g;
	int rc; /* the first libical failure: the render stops there */
	struct icaltimetype stamp;
	evg_buf text; /* scratch: one value being built */
	evg_buf clean; /* scratch: that value made safe for iCalendar */
	size_t nevents;
	size_t undated, beyond; /* left out: no date, or one libical refuses */
	evg_date first, last;
	/* Property lines many events share, as libical wrote them once. */
	evg_buf stamp_line, transp_line;
	evg_buf type_lines[EVG_TYPE_COUNT], mod_lines[EVG_MOD_COUNT];
	evg_buf dates_lines; /* DTSTART and DTEND (or DURATION) of dates_of */
	evg_date dates_of;
	/* Properties kept from event to event, only their value replaced:
	 * RELATED-TO, one per relation kind, keeps its parameters too. */
	icalproperty *uid, *summary, *description;
	icalproperty *related[EVG_REL_COUNT];
} S_state;

/* ---- text ---- */

/* How many bytes at the start of s iCalendar TEXT carries as they are:
 * printable ASCII (eight bytes at a time), LF, tab and valid UTF-8. */
static size_t S_clean_prefix(const unsigned char *s, size_t n)
{
	size_t i = 0, k;
	uint64_t w;
	while (i < n) {
		if (n - i >= 8 && (w = evg_b8_load(s + i), evg_b8_printable(w)))
			i += 8;
		else if ((s[i] >= 0x20 && s[i] < 0x7f) || s[i] == '\n' || s[i] == '\t')
			i++;
		else if (s[i] >= 0x80 && (k = evg_utf8_valid_len(s + i, n - i)))
			i += k;
		else
			break;
	}
	return i;
}

/* s (NUL-terminated at n) as something iCalendar TEXT can carry: CRLF
 * and lone CR become LF (libical writes LF as "\n"), other control
 * characters and invalid UTF-8 become U+FFFD. The graph may hold any
 * bytes when it was built through the API rather than read from a
 * checked CSV. Nearly every text needs no change and is returned as it
 * is; the others are copied, fixed, into st->clean. */
static const char *S_clean(S_state *st, const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	evg_buf *b = &st->clean;
	size_t i = S_clean_prefix(u, n), k;
	if (i == n)
		return s;
	evg_buf_clear(b);
	evg_buf_put(b, s, i);
	while (i < n) {
		if (u[i] == '\r') {
			evg_buf_putc(b, '\n');
			i += (i + 1 < n && u[i + 1] == '\n') ? 2 : 1;
		} else { /* another control character, DEL or invalid UTF-8 */
			evg_buf_puts(b, "\xEF\xBF\xBD");
			i++;
		}
		k = S_clean_prefix(u + i, n - i);
		evg_buf_put(b, s + i, k);
		i += k;
	}
	return b->ptr;
}

/* The scratch text, cleaned. */
static const char *S_text(S_state *st)
{
	return S_clean(st, st->text.ptr ? st->text.ptr : "", st->text.len);
}

static int S_uid_safe(const char *id)
{
	size_t i;
	for (i = 0; id[i]; i++)
		if (!evg_isalnum((unsigned char)id[i]) && id[i] != '-' &&
		    id[i] != '.' && id[i] != '_')
			return 0;
	return i > 0;
}

/* The UID of an event: "<id>@evgraph" when the id is plain ASCII words,
 * else "evg+<FNV-1a of the id>@evgraph". Ids are stable, so the UID is;
 * '+' never occurs in a plain id, so the two forms cannot collide. */
static const char *S_uid(S_state *st, const char *id)
{
	evg_buf_clear(&st->text);
	if (S_uid_safe(id)) {
		evg_buf_puts(&st->text, id);
		evg_buf_puts(&st->text, "@evgraph");
	} else
		evg_buf_printf(&st->text, "evg+%016llx@evgraph",
		               (unsigned long long)evg_hash64(EVG_HASH64_INIT, id,
		                                              strlen(id)));
	return S_text(st);
}

/* ---- what the event says ---- */

/* The SUMMARY: the headline the briefing page and TimelineJS show too. */
static const char *S_summary(S_state *st, const evg_event *e)
{
	evg_buf_clear(&st->text);
	evg_event_headline(&st->text, e);
	return S_text(st);
}

/* "Label: a; b; c" from a list of borrowed strings, then a newline. */
static void S_list_line(evg_buf *b, const char *label, const evg_event *e,
                        int what)
{
	size_t i, n = what == 0 ? evg_event_source_count(e)
	            : what == 1 ? evg_event_target_count(e)
	                        : evg_event_sources_shown(e);
	if (!n)
		return;
	evg_buf_puts(b, label);
	evg_buf_puts(b, ": ");
	for (i = 0; i < n; i++) {
		if (i)
			evg_buf_puts(b, "; ");
		if (what == 2) {
			evg_doc_name d = evg_event_doc(e, i);
			evg_buf_puts(b, d.dir);
			evg_buf_puts(b, d.base);
		} else {
			evg_buf_puts(b, evg_actor_name(what == 0 ? evg_event_source(e, i)
			                                         : evg_event_target(e, i)));
		}
	}
	if (what == 2 && n < evg_event_doc_count(e))
		evg_buf_printf(b, " and %zu more", evg_event_doc_count(e) - n);
	evg_buf_putc(b, '\n');
}

/* Everything a reader of the calendar needs to judge the event: what
 * happened, the quoted evidence, who, how firmly, and where it was read. */
static const char *S_description(S_state *st, const evg_event *e)
{
	evg_buf *b = &st->text;
	evg_buf_clear(b);
	evg_buf_put(b, "", 0);
	if (evg_event_summary(e)[0]) {
		evg_buf_puts(b, evg_event_summary(e));
		evg_buf_puts(b, "\n\n");
	}
	if (evg_event_evidence(e)[0]) {
		evg_buf_putc(b, '"');
		evg_buf_puts(b, evg_event_evidence(e));
		evg_buf_puts(b, "\"\n\n");
	}
	S_list_line(b, "Actor", e, 0);
	S_list_line(b, "Target", e, 1);
	/* Pieces appended as they are: printf would cost more than they do. */
	evg_buf_puts(b, "Modality: ");
	evg_buf_puts(b, evg_modality_name(evg_event_modality(e)));
	evg_buf_puts(b, "\nType: ");
	evg_buf_puts(b, evg_event_type_name(evg_event_type_of(e)));
	evg_buf_puts(b, " (CAMEO ");
	evg_buf_puts(b, evg_event_cameo(e));
	evg_buf_puts(b, ")\n");
	S_list_line(b, "Sources", e, 2);
	evg_buf_puts(b, "Event id: ");
	evg_buf_puts(b, evg_event_id(e));
	return S_text(st);
}

/* ---- dates ---- */

static struct icaltimetype S_ical_date(int y, int m, int d)
{
	struct icaltimetype t = icaltime_null_date();
	t.year = y;
	t.month = m;
	t.day = d;
	return t;
}

/* The days an all-day event covers: the day, the whole month or the whole
 * year the date names. */
static int S_span_days(const evg_date *d)
{
	int m, n = 0;
	if (d->prec == EVG_PREC_DAY)
		return 1;
	if (d->prec == EVG_PREC_MONTH)
		return evg_days_in_month(d->year, d->month);
	for (m = 1; m <= 12; m++)
		n += evg_days_in_month(d->year, m);
	return n;
}

/* The first day of the span a date names. */
static struct icaltimetype S_start(const evg_date *d)
{
	return S_ical_date(d->year, d->prec >= EVG_PREC_MONTH ? d->month : 1,
	                   d->prec == EVG_PREC_DAY ? d->day : 1);
}

/* 1 when the event goes into the calendar: it has a date, and one libical
 * can write (years up to 3000 in libical 3.0). */
static int S_placeable(const evg_event *e)
{
	evg_date d = evg_event_date(e);
	return d.prec != EVG_PREC_UNKNOWN && icaltime_is_valid_time(S_start(&d));
}

/* ---- properties ---- */

/* Appends what libical writes for p (folded, ending in CRLF). After a
 * failure it writes nothing more. */
static void S_put_kept(S_state *st, evg_buf *b, icalproperty *p)
{
	char *s = st->rc ? NULL : icalproperty_as_ical_string_r(p);
	if (s) {
		evg_buf_puts(b, s);
		icalmemory_free_buffer(s);
	} else if (!st->rc) {
		st->rc = evg_graph_fail(st->g, EVG_EBACKEND,
		                        "ics: libical could not serialise a property: %s",
		                        icalerror_strerror(icalerrno));
	}
}

/* S_put_kept, then frees p. */
static void S_put_prop(S_state *st, evg_buf *b, icalproperty *p)
{
	S_put_kept(st, b, p);
	icalproperty_free(p);
}

static void S_put_line(evg_buf *b, const evg_buf *line)
{
	evg_buf_put(b, line->ptr, line->len);
}

/* DTSTART and the exclusive DTEND of an all-day event. When the day after
 * the span is past what libical can write, the span is a DURATION. */
static void S_put_dates_of(S_state *st, evg_buf *b, const evg_date *d)
{
	struct icaltimetype start = S_start(d);
	int ey = start.year, em = start.month, ed = start.day;
	S_put_prop(st, b, icalproperty_new_dtstart(start));
	if (d->prec == EVG_PREC_DAY && ++ed > evg_days_in_month(ey, em))
		ed = 1, em++;
	if (d->prec == EVG_PREC_MONTH)
		em++;
	if (d->prec == EVG_PREC_YEAR)
		ey++;
	if (em > 12)
		em = 1, ey++;
	if (icaltime_is_valid_time(S_ical_date(ey, em, ed))) {
		S_put_prop(st, b, icalproperty_new_dtend(S_ical_date(ey, em, ed)));
	} else {
		struct icaldurationtype dur = icaldurationtype_null_duration();
		dur.days = (unsigned int)S_span_days(d);
		S_put_prop(st, b, icalproperty_new_duration(dur));
	}
}

static int S_same_date(const evg_date *a, const evg_date *b)
{
	return a->prec == b->prec && a->year == b->year && a->month == b->month &&
	       a->day == b->day;
}

/* The dates of an event. Events come sorted by date, so the lines of a
 * date are made once and copied while it lasts. */
static void S_put_dates(S_state *st, evg_buf *b, const evg_date *d)
{
	if (!st->dates_lines.len || !S_same_date(d, &st->dates_of)) {
		evg_buf_clear(&st->dates_lines);
		S_put_dates_of(st, &st->dates_lines, d);
		st->dates_of = *d;
	}
	S_put_line(b, &st->dates_lines);
}

/* Widens the calendar's date range by d. */
static void S_note_range(S_state *st, const evg_date *d)
{
	if (!st->nevents || evg_date_cmp(d, &st->first) < 0)
		st->first = *d;
	if (!st->nevents || evg_date_cmp(d, &st->last) > 0)
		st->last = *d;
	st->nevents++;
}

/* ---- components ---- */

/* An X- property with a TEXT value. libical 3.0 escapes backslashes and
 * newlines there but not commas and semicolons; only the calendar's name
 * and description use it, and the clients read those back whole. */
static icalproperty *S_x_text(S_state *st, const char *name, const char *v)
{
	icalproperty *p = icalproperty_new(ICAL_X_PROPERTY);
	icalproperty_set_x_name(p, name);
	icalproperty_set_value(p, icalvalue_new_text(S_clean(st, v, strlen(v))));
	return p;
}

/* RELATED-TO the event an edge points at. RFC 5545 knows PARENT, CHILD
 * and SIBLING: a response or report hangs under what it answers or
 * describes (PARENT), a later step of a story is its SIBLING. RFC 9253's
 * task-dependency types (FINISHTOSTART, ...) say more than a news event
 * means and libical 3.0 does not know them. The exact kind rides along in
 * X-EVG-RELATION for clients that want it. Only outgoing edges are
 * written; the other end can find them by UID. */
static icalproperty *S_related_kind(evg_relation_kind k)
{
	icalproperty *p = icalproperty_new(ICAL_RELATEDTO_PROPERTY);
	icalparameter *x = icalparameter_new_x(evg_relation_kind_name(k));
	icalproperty_add_parameter(
		p, icalparameter_new_reltype(k == EVG_REL_FOLLOWS ? ICAL_RELTYPE_SIBLING
		                                                  : ICAL_RELTYPE_PARENT));
	icalparameter_set_xname(x, "X-EVG-RELATION");
	icalproperty_add_parameter(p, x);
	return p;
}

static void S_put_related(S_state *st, evg_buf *b, const evg_edge *r)
{
	const evg_event *to = evg_edge_to(r);
	evg_relation_kind k = evg_edge_kind(r);
	if (!S_placeable(to))
		return; /* not in the calendar: nothing to point at */
	if (!st->related[k])
		st->related[k] = S_related_kind(k);
	icalproperty_set_relatedto(st->related[k], S_uid(st, evg_event_id(to)));
	S_put_kept(st, b, st->related[k]);
}

static void S_put_category(S_state *st, evg_buf *b, const char *v)
{
	S_put_prop(st, b, icalproperty_new_categories(S_clean(st, v, strlen(v))));
}

/* The lines every event has or shares with many: DTSTAMP, TRANSP and
 * the CATEGORIES of each type and modality, written by libical once. */
static void S_shared_lines(S_state *st)
{
	int i;
	S_put_prop(st, &st->stamp_line, icalproperty_new_dtstamp(st->stamp));
	/* Informational entries: they must not make anyone look busy. */
	S_put_prop(st, &st->transp_line, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
	for (i = 0; i < EVG_TYPE_COUNT; i++)
		S_put_category(st, &st->type_lines[i], evg_event_type_name((evg_event_type)i));
	for (i = 0; i < EVG_MOD_COUNT; i++)
		S_put_category(st, &st->mod_lines[i], evg_modality_name((evg_modality)i));
}

/* A VEVENT's frame, as icalcomponent_as_ical_string_r writes it. */
static const char S_begin_vevent[] = "BEGIN:VEVENT\r\n";
static const char S_end_vevent[] = "END:VEVENT\r\n";

/* A VEVENT up to its RELATED-TO lines, which the edges that follow add
 * before S_end_vevent ends it. */
static void S_put_event(S_state *st, evg_buf *b, const evg_event *e)
{
	evg_date d = evg_event_date(e);
	evg_buf_put(b, S_begin_vevent, sizeof S_begin_vevent - 1);
	icalproperty_set_uid(st->uid, S_uid(st, evg_event_id(e)));
	S_put_kept(st, b, st->uid);
	S_put_line(b, &st->stamp_line);
	S_put_dates(st, b, &d);
	icalproperty_set_summary(st->summary, S_summary(st, e));
	S_put_kept(st, b, st->summary);
	icalproperty_set_description(st->description, S_description(st, e));
	S_put_kept(st, b, st->description);
	S_put_line(b, &st->type_lines[evg_event_type_of(e)]);
	S_put_line(b, &st->mod_lines[evg_event_modality(e)]);
	S_put_line(b, &st->transp_line);
}

/* ---- the calendar ---- */

/* The DTSTAMP of every event: the caller's, SOURCE_DATE_EPOCH, or a fixed
 * date. Never the clock: the same graph must give the same bytes. */
static int S_stamp(S_state *st, const evg_render_opts *o)
{
	long long t;
	int rc = evg_render_epoch(st->g, o, "ics", &t);
	if (rc)
		return rc;
	st->stamp = icaltime_from_timet_with_zone((time_t)t, 0,
	                                          icaltimezone_get_utc_timezone());
	return 0;
}

static void S_add_header(S_state *st, icalcomponent *cal,
                         const evg_render_opts *o)
{
	const char *name = o->calendar_name && o->calendar_name[0]
	                   ? o->calendar_name : "evgraph timeline";
	icalcomponent_add_property(
		cal, icalproperty_new_prodid("-//evgraph//evgraph " EVGRAPH_VERSION "//EN"));
	icalcomponent_add_property(cal, icalproperty_new_version("2.0"));
	icalcomponent_add_property(cal, icalproperty_new_calscale("GREGORIAN"));
	icalcomponent_add_property(cal, icalproperty_new_method(ICAL_METHOD_PUBLISH));
	icalcomponent_add_property(cal, S_x_text(st, "X-WR-CALNAME", name));
}

/* X-WR-CALDESC: what the calendar holds ("17 events from 2016-06 to
 * 2021-03-09"). */
static void S_add_caldesc(S_state *st, icalcomponent *cal)
{
	char a[11], b[11];
	evg_buf desc = EVG_BUF_INIT(st->text.mem);
	if (st->nevents)
		evg_buf_printf(&desc, "%zu event%s from %s to %s", st->nevents,
		               st->nevents == 1 ? "" : "s",
		               evg_date_format(&st->first, a),
		               evg_date_format(&st->last, b));
	else
		evg_buf_puts(&desc, "No dated events");
	/* Parentheses, not ';': libical leaves ';' unescaped in X- text. */
	if (st->undated || st->beyond)
		evg_buf_puts(&desc, " (");
	if (st->undated)
		evg_buf_printf(&desc, "%zu undated event%s%s", st->undated,
		               st->undated == 1 ? "" : "s", st->beyond ? " and " : "");
	if (st->beyond)
		evg_buf_printf(&desc, "%zu event%s after the year 3000", st->beyond,
		               st->beyond == 1 ? "" : "s");
	if (st->undated || st->beyond)
		evg_buf_puts(&desc, " left out)");
	icalcomponent_add_property(cal, S_x_text(st, "X-WR-CALDESC", desc.ptr));
	evg_buf_free(&desc);
}

/* Counts what the calendar will hold, for X-WR-CALDESC, which comes
 * before the events. */
static void S_scan(S_state *st)
{
	evg_iter *it = evg_iter_new(st->g);
	evg_iter_step step;
	while ((step = evg_iter_next(it)) != EVG_ITER_DONE) {
		const evg_event *e = evg_iter_event(it);
		evg_date d;
		if (step != EVG_ITER_EVENT)
			continue;
		d = evg_event_date(e);
		if (d.prec == EVG_PREC_UNKNOWN)
			st->undated++;
		else if (!S_placeable(e))
			st->beyond++;
		else
			S_note_range(st, &d);
	}
	evg_iter_free(it);
}

/* Appends what libical writes for c; frees c. */
static int S_put(S_state *st, evg_buf *b, icalcomponent *c)
{
	char *s = icalcomponent_as_ical_string_r(c);
	icalcomponent_free(c);
	if (!s)
		return evg_graph_fail(st->g, EVG_EBACKEND,
		                      "ics: libical could not serialise a component: %s",
		                      icalerror_strerror(icalerrno));
	evg_buf_puts(b, s);
	icalmemory_free_buffer(s);
	return 0;
}

/* The VEVENTs, written as icalcomponent_as_ical_string_r writes a
 * component (BEGIN, each property as libical serialises it, END) but a
 * property at a time: building and freeing a tree per event, and
 * serialising the same DTSTAMP, dates and categories again and again,
 * cost more than the rest of the render. */
static int S_put_events(S_state *st, evg_buf *b)
{
	evg_iter *it = evg_iter_new(st->g);
	evg_iter_step step;
	int open = 0;
	S_shared_lines(st);
	while (!st->rc && (step = evg_iter_next(it)) != EVG_ITER_DONE) {
		if (step == EVG_ITER_EDGE) {
			if (open)
				S_put_related(st, b, evg_iter_edge(it));
			continue;
		}
		if (open) {
			evg_buf_put(b, S_end_vevent, sizeof S_end_vevent - 1);
			(void)evg_buf_spill(b); /* a failure is reported at the end */
		}
		open = step == EVG_ITER_EVENT && S_placeable(evg_iter_event(it));
		if (open)
			S_put_event(st, b, evg_iter_event(it));
	}
	evg_iter_free(it);
	return st->rc;
}

/* The calendar: libical writes the VCALENDAR with its properties; the
 * events go in before its closing line. */
static int S_put_calendar(S_state *st, const evg_render_opts *o, evg_buf *b)
{
	static const char end[] = "END:VCALENDAR\r\n";
	size_t n = sizeof end - 1;
	icalcomponent *cal = icalcomponent_new_vcalendar();
	int rc;
	S_add_header(st, cal, o);
	S_add_caldesc(st, cal);
	if ((rc = S_put(st, b, cal)) != 0)
		return rc;
	if (b->len < n || memcmp(b->ptr + b->len - n, end, n))
		return evg_graph_fail(st->g, EVG_EBACKEND,
		                      "ics: libical ended the calendar unexpectedly");
	b->len -= n;
	if ((rc = S_put_events(st, b)) == 0)
		evg_buf_put(b, end, n);
	return rc;
}

static void S_state_init(S_state *st, evg_graph *g)
{
	const evg_mem *mem = evg_default_mem();
	evg_buf empty = EVG_BUF_INIT(mem);
	size_t i;
	memset(st, 0, sizeof *st);
	st->g = g;
	st->text = st->clean = st->stamp_line = st->transp_line = empty;
	st->dates_lines = empty;
	for (i = 0; i < EVG_TYPE_COUNT; i++)
		st->type_lines[i] = empty;
	for (i = 0; i < EVG_MOD_COUNT; i++)
		st->mod_lines[i] = empty;
	st->uid = icalproperty_new(ICAL_UID_PROPERTY);
	st->summary = icalproperty_new(ICAL_SUMMARY_PROPERTY);
	st->description = icalproperty_new(ICAL_DESCRIPTION_PROPERTY);
}

static void S_state_free(S_state *st)
{
	size_t i;
	evg_buf_free(&st->text);
	evg_buf_free(&st->clean);
	evg_buf_free(&st->stamp_line);
	evg_buf_free(&st->transp_line);
	evg_buf_free(&st->dates_lines);
	for (i = 0; i < EVG_TYPE_COUNT; i++)
		evg_buf_free(&st->type_lines[i]);
	for (i = 0; i < EVG_MOD_COUNT; i++)
		evg_buf_free(&st->mod_lines[i]);
	icalproperty_free(st->uid);
	icalproperty_free(st->summary);
	icalproperty_free(st->description);
	for (i = 0; i < EVG_REL_COUNT; i++)
		if (st->related[i])
			icalproperty_free(st->related[i]);
}

int evg_put_ics(evg_graph *g, evg_format fmt, evg_render_opts *opts, evg_buf *b)
{
	S_state st;
	int rc;
	assert(g && opts && b);
	(void)fmt;
	S_state_init(&st, g);
	opts->skipped = 0;
	if ((rc = S_stamp(&st, opts)) == 0) {
		S_scan(&st);
		opts->skipped = st.undated + st.beyond;
		rc = S_put_calendar(&st, opts, b);
	}
	S_state_free(&st);
	return rc;
}

int evg_render_ics(evg_graph *g, evg_render_opts *opts, char **out,
                   size_t *out_len)
{
	return evg_render_collect(g, EVG_FORMAT_ICS, opts, evg_put_ics, out, out_len);
}
