/* test_ics.c: the iCalendar renderer read back by libical's own parser.
 * Graphs are built through the public API; every assertion is about what
 * icalparser_parse_string finds in the output. */
#define _POSIX_C_SOURCE 200112L /* setenv */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libical/ical.h>

#include "evgraph.h"
#include "text.h" /* evg_utf8_check */

static int S_failures;

#define CHECK(cond)                                                         \
	do {                                                                \
		if (!(cond)) {                                              \
			fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__,  \
			        __LINE__, #cond);                           \
			S_failures++;                                       \
		}                                                           \
	} while (0)

#define CHECK_STR(got, want)                                                \
	do {                                                                \
		const char *g_ = (got), *w_ = (want);                       \
		if (!g_ || strcmp(g_, w_)) {                                \
			fprintf(stderr, "%s:%d: got '%s', want '%s'\n",         \
			        __FILE__, __LINE__, g_ ? g_ : "(null)", w_);    \
			S_failures++;                                       \
		}                                                           \
	} while (0)

static evg_event *S_add(evg_graph *g, const char *id, const char *date,
                        const char *src, const char *tgt, const char *summary)
{
	evg_event_desc d;
	memset(&d, 0, sizeof d);
	d.id = id;
	if (evg_date_parse(&d.date, date, strlen(date)))
		abort();
	d.type = EVG_TYPE_DENY;
	d.modality = EVG_MOD_DENIED;
	d.sources = &src;
	d.nsources = src ? 1 : 0;
	d.targets = &tgt;
	d.ntargets = tgt ? 1 : 0;
	d.summary = summary;
	return evg_graph_add_event(g, &d);
}

/* Renders g and parses the result back; frees the text. */
static icalcomponent *S_render(evg_graph *g, evg_render_opts *o, char **text)
{
	size_t len;
	int rc = evg_render_ics(g, o, text, &len);
	icalcomponent *c;
	if (rc) {
		fprintf(stderr, "render failed: %s\n", evg_graph_error(g));
		exit(1);
	}
	CHECK(strlen(*text) == len);
	c = icalparser_parse_string(*text);
	CHECK(c != NULL);
	return c;
}

static icalcomponent *S_find(icalcomponent *cal, const char *uid)
{
	icalcomponent *e;
	for (e = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); e;
	     e = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT))
		if (!strcmp(icalcomponent_get_uid(e), uid))
			return e;
	fprintf(stderr, "no VEVENT with UID %s\n", uid);
	exit(1);
}

static const char *S_date(icalcomponent *e, icalproperty_kind k)
{
	icalproperty *p = icalcomponent_get_first_property(e, k);
	struct icaltimetype t;
	static char buf[2][16];
	static int n;
	if (!p)
		return "(none)";
	t = k == ICAL_DTSTART_PROPERTY ? icalproperty_get_dtstart(p)
	                               : icalproperty_get_dtend(p);
	CHECK(t.is_date);
	n = !n;
	snprintf(buf[n], sizeof buf[n], "%04d-%02d-%02d", t.year, t.month, t.day);
	return buf[n];
}

/* libical's RFC 5545/5546 restriction check. It wants an ORGANIZER in
 * every VEVENT of a PUBLISH calendar; evgraph has no calendar user to name
 * and does not invent one (Outlook's exports do the same), so that one
 * complaint is allowed and any other fails. */
static int S_restriction_errors(icalcomponent *cal)
{
	icalcomponent *e;
	icalproperty *p;
	int n = 0;
	icalrestriction_check(cal);
	for (e = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); e;
	     e = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT)) {
		/* Not icalcomponent_get_uid() in the loop: it moves the
		 * component's one property cursor. */
		for (p = icalcomponent_get_first_property(e, ICAL_XLICERROR_PROPERTY); p;
		     p = icalcomponent_get_next_property(e, ICAL_XLICERROR_PROPERTY))
			if (!strstr(icalproperty_get_xlicerror(p), "ORGANIZER")) {
				fprintf(stderr, "VEVENT: %s\n", icalproperty_get_xlicerror(p));
				n++;
			}
	}
	for (p = icalcomponent_get_first_property(cal, ICAL_XLICERROR_PROPERTY); p;
	     p = icalcomponent_get_next_property(cal, ICAL_XLICERROR_PROPERTY), n++)
		fprintf(stderr, "VCALENDAR: %s\n", icalproperty_get_xlicerror(p));
	return n;
}

static int S_count_events(icalcomponent *cal)
{
	return icalcomponent_count_components(cal, ICAL_VEVENT_COMPONENT);
}

static const char *S_text_prop(icalcomponent *e, const char *xname)
{
	icalproperty *p;
	for (p = icalcomponent_get_first_property(e, ICAL_X_PROPERTY); p;
	     p = icalcomponent_get_next_property(e, ICAL_X_PROPERTY))
		if (!strcmp(icalproperty_get_x_name(p), xname)) {
			icalvalue *v = icalproperty_get_value(p);
			/* VALUE=TEXT makes libical parse the value as TEXT. */
			return icalvalue_isa(v) == ICAL_TEXT_VALUE ? icalvalue_get_text(v)
			                                           : icalproperty_get_x(p);
		}
	return "(none)";
}

/* Day, month and year precision, with leap days and year ends. */
static void test_spans(void)
{
	evg_graph *g = evg_graph_new();
	evg_render_opts o;
	icalcomponent *cal, *e;
	char *text;
	memset(&o, 0, sizeof o);
	S_add(g, "leap-day", "2016-02-29", "A", "B", "s");
	S_add(g, "new-year-eve", "2016-12-31", "A", "B", "s");
	S_add(g, "leap-month", "2016-02", "A", "B", "s");
	S_add(g, "december", "2016-12", "A", "B", "s");
	S_add(g, "whole-year", "2016", "A", "B", "s");
	S_add(g, "last-day", "3000-12-31", "A", "B", "s");
	S_add(g, "last-month", "3000-12", "A", "B", "s");
	S_add(g, "last-year", "3000", "A", "B", "s");
	S_add(g, "beyond", "3001-01-01", "A", "B", "s");
	S_add(g, "undated-1", "", "A", "B", "s");
	S_add(g, "undated-2", "", "A", "B", "s");
	CHECK(evg_graph_add_relation(g, "leap-day", EVG_REL_FOLLOWS, "beyond") == 0);
	cal = S_render(g, &o, &text);
	CHECK(S_count_events(cal) == 8);
	CHECK(o.skipped == 3);
	CHECK(S_restriction_errors(cal) == 0);
	/* No RELATED-TO pointing at an event that is not there. */
	CHECK(!icalcomponent_get_first_property(S_find(cal, "leap-day@evgraph"),
	                                        ICAL_RELATEDTO_PROPERTY));
	e = S_find(cal, "leap-day@evgraph");
	CHECK_STR(S_date(e, ICAL_DTSTART_PROPERTY), "2016-02-29");
	CHECK_STR(S_date(e, ICAL_DTEND_PROPERTY), "2016-03-01");
	e = S_find(cal, "new-year-eve@evgraph");
	CHECK_STR(S_date(e, ICAL_DTEND_PROPERTY), "2017-01-01");
	e = S_find(cal, "leap-month@evgraph");
	CHECK_STR(S_date(e, ICAL_DTSTART_PROPERTY), "2016-02-01");
	CHECK_STR(S_date(e, ICAL_DTEND_PROPERTY), "2016-03-01");
	e = S_find(cal, "december@evgraph");
	CHECK_STR(S_date(e, ICAL_DTSTART_PROPERTY), "2016-12-01");
	CHECK_STR(S_date(e, ICAL_DTEND_PROPERTY), "2017-01-01");
	e = S_find(cal, "whole-year@evgraph");
	CHECK_STR(S_date(e, ICAL_DTSTART_PROPERTY), "2016-01-01");
	CHECK_STR(S_date(e, ICAL_DTEND_PROPERTY), "2017-01-01");
	/* libical 3.0 writes no year after 3000: an end there becomes a
	 * DURATION, a start there leaves the event out. */
	e = S_find(cal, "last-day@evgraph");
	CHECK_STR(S_date(e, ICAL_DTSTART_PROPERTY), "3000-12-31");
	CHECK_STR(S_date(e, ICAL_DTEND_PROPERTY), "(none)");
	CHECK(icaldurationtype_as_int(icalcomponent_get_duration(e)) == 86400);
	e = S_find(cal, "last-month@evgraph");
	CHECK_STR(S_date(e, ICAL_DTSTART_PROPERTY), "3000-12-01");
	CHECK(icaldurationtype_as_int(icalcomponent_get_duration(e)) == 31 * 86400);
	e = S_find(cal, "last-year@evgraph");
	CHECK_STR(S_date(e, ICAL_DTSTART_PROPERTY), "3000-01-01");
	CHECK(icaldurationtype_as_int(icalcomponent_get_duration(e)) == 365 * 86400);
	CHECK_STR(S_text_prop(cal, "X-WR-CALDESC"),
	          "8 events from 2016 to 3000-12-31 (2 undated events and 1 event "
	          "after the year 3000 left out)");
	icalcomponent_free(cal);
	evg_free(text);
	evg_graph_free(g);
}

static const char *S_dtstamp(evg_graph *g, evg_render_opts *o, int *rc)
{
	static char buf[32];
	char *text = NULL, *p;
	size_t len;
	*rc = evg_render_ics(g, o, &text, &len);
	if (*rc)
		return "(failed)";
	p = strstr(text, "DTSTAMP:");
	snprintf(buf, sizeof buf, "%.16s", p ? p + 8 : "(none)");
	evg_free(text);
	return buf;
}

/* DTSTAMP: the option, else SOURCE_DATE_EPOCH (checked), else 2000. */
static void test_dtstamp(void)
{
	evg_graph *g = evg_graph_new();
	evg_render_opts o;
	int rc;
	memset(&o, 0, sizeof o);
	S_add(g, "x", "2016-10-07", "A", "B", "s");
	unsetenv("SOURCE_DATE_EPOCH");
	CHECK_STR(S_dtstamp(g, &o, &rc), "20000101T000000Z");
	setenv("SOURCE_DATE_EPOCH", "1475798400", 1);
	CHECK_STR(S_dtstamp(g, &o, &rc), "20161007T000000Z");
	o.timestamp = 1;
	CHECK_STR(S_dtstamp(g, &o, &rc), "19700101T000001Z");
	o.timestamp = 32535215999LL; /* 3000-12-31T23:59:59Z, libical's last */
	CHECK_STR(S_dtstamp(g, &o, &rc), "30001231T235959Z");
	o.timestamp = 32535216000LL;
	S_dtstamp(g, &o, &rc);
	CHECK(rc == EVG_EINVALID);
	o.timestamp = -5;
	S_dtstamp(g, &o, &rc);
	CHECK(rc == EVG_EINVALID);
	o.timestamp = 0;
	setenv("SOURCE_DATE_EPOCH", "12abc", 1);
	S_dtstamp(g, &o, &rc);
	CHECK(rc == EVG_EINVALID);
	CHECK(strstr(evg_graph_error(g), "SOURCE_DATE_EPOCH") != NULL);
	CHECK(strstr(evg_graph_error(g), "12abc") != NULL);
	setenv("SOURCE_DATE_EPOCH", "-1", 1);
	S_dtstamp(g, &o, &rc);
	CHECK(rc == EVG_EINVALID);
	setenv("SOURCE_DATE_EPOCH", "32535216000", 1);
	S_dtstamp(g, &o, &rc);
	CHECK(rc == EVG_EINVALID);
	setenv("SOURCE_DATE_EPOCH", "99999999999999999999", 1);
	S_dtstamp(g, &o, &rc);
	CHECK(rc == EVG_EINVALID);
	unsetenv("SOURCE_DATE_EPOCH");
	evg_graph_free(g);
}

/* Hostile ids hash into a plain UID; the raw id comes back in X-EVG-ID,
 * and hostile text comes back exactly, wherever it is put. */
static void test_hostile(void)
{
	static const char hostile[] =
		"\"quoted\" back\\slash <b>&amp; {x} a,b;c =1+2 @me -3\n"
		"second line \xC3\xA9t\xC3\xA9 \xE6\x97\xA5\xE6\x9C\xAC \xF0\x9F\x98\x80";
	static const char calname[] = "\"name\" back\\slash\nline \xC3\xA9";
	const char *id = "id with spaces, commas; \"quotes\" & <\xC3\xA9>";
	evg_graph *g = evg_graph_new();
	evg_render_opts o;
	icalcomponent *cal, *e;
	evg_event_desc d;
	char *text, *big = malloc(10001);
	const char *docs[2] = {"doc, one <1>", "doc \"two\""};
	memset(big, 'x', 10000);
	memcpy(big + 5000, "\\;,\n", 4);
	big[10000] = '\0';
	memset(&o, 0, sizeof o);
	memset(&d, 0, sizeof d);
	o.calendar_name = calname;
	d.id = id;
	evg_date_parse(&d.date, "2016-10-07", 10);
	d.summary = hostile;
	d.evidence = big;
	d.docs = docs;
	d.ndocs = 2;
	evg_graph_add_event(g, &d);
	cal = S_render(g, &o, &text);
	e = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT);
	CHECK(e != NULL);
	CHECK(strncmp(icalcomponent_get_uid(e), "evg+", 4) == 0);
	CHECK(strlen(icalcomponent_get_uid(e)) == 4 + 16 + 8);
	CHECK(strstr(icalcomponent_get_description(e), id) != NULL);
	CHECK_STR(icalcomponent_get_summary(e), hostile);
	CHECK(strstr(icalcomponent_get_description(e), big) != NULL);
	CHECK(strstr(icalcomponent_get_description(e), hostile) != NULL);
	CHECK(strstr(icalcomponent_get_description(e), "Sources: doc, one <1>; doc \"two\"") != NULL);
	/* libical writes commas in X- properties unescaped and its own parser
	 * splits them there; ical.js and python-icalendar read them whole
	 * (the client tests), so only the rest is checked here. */
	CHECK_STR(S_text_prop(cal, "X-WR-CALNAME"), calname);
	icalcomponent_free(cal);
	evg_free(text);
	free(big);
	evg_graph_free(g);
}

/* Bytes iCalendar cannot carry: CR, other controls, invalid UTF-8. */
static void test_unclean(void)
{
	evg_graph *g = evg_graph_new();
	evg_render_opts o;
	icalcomponent *cal, *e;
	char *text;
	memset(&o, 0, sizeof o);
	S_add(g, "u", "2016", "A", "B", "a\r\nb\rc\x01" "d\xFF" "e\xC3");
	cal = S_render(g, &o, &text);
	e = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT);
	CHECK_STR(icalcomponent_get_summary(e),
	          "a\nb\nc\xEF\xBF\xBD" "d\xEF\xBF\xBD" "e\xEF\xBF\xBD");
	icalcomponent_free(cal);
	evg_free(text);
	evg_graph_free(g);
}

/* Without a summary the headline says who did what to whom. */
static void test_headline(void)
{
	evg_graph *g = evg_graph_new();
	evg_render_opts o;
	icalcomponent *cal;
	char *text;
	const char *s;
	memset(&o, 0, sizeof o);
	S_add(g, "h1", "2016-10-07", "Dmitry Peskov", "United States", NULL);
	S_add(g, "h2", "2016-10-07", NULL, NULL, "");
	cal = S_render(g, &o, &text);
	s = icalcomponent_get_summary(S_find(cal, "h1@evgraph"));
	CHECK(strncmp(s, "Dmitry Peskov denies", 20) == 0);
	CHECK(strlen(s) > strlen("United States") &&
	      !strcmp(s + strlen(s) - strlen("United States"), "United States"));
	/* No actors at all still reads as a sentence, never an empty title. */
	s = icalcomponent_get_summary(S_find(cal, "h2@evgraph"));
	CHECK(strlen(s) > strlen("denies"));
	CHECK(strstr(s, "denies") != NULL);
	icalcomponent_free(cal);
	evg_free(text);
	evg_graph_free(g);
}

/* The RELATED-TO properties of e as "RELTYPE X-EVG-RELATION uid" lines. */
static void S_related(icalcomponent *e, char *buf, size_t cap)
{
	icalproperty *p;
	size_t n = 0;
	buf[0] = '\0';
	for (p = icalcomponent_get_first_property(e, ICAL_RELATEDTO_PROPERTY); p;
	     p = icalcomponent_get_next_property(e, ICAL_RELATEDTO_PROPERTY)) {
		icalparameter *rt = icalproperty_get_first_parameter(p, ICAL_RELTYPE_PARAMETER);
		icalparameter *x = icalproperty_get_first_parameter(p, ICAL_X_PARAMETER);
		n += (size_t)snprintf(buf + n, cap - n, "%s %s %s\n",
		                      rt ? icalparameter_enum_to_string(icalparameter_get_reltype(rt)) : "-",
		                      x ? icalparameter_get_x(x) : "-",
		                      icalproperty_get_relatedto(p));
	}
}

static void test_relations(void)
{
	evg_graph *g = evg_graph_new();
	evg_render_opts o;
	icalcomponent *cal;
	char *text, rel[512];
	memset(&o, 0, sizeof o);
	S_add(g, "accusation", "2016-10-07", "A", "B", "s");
	S_add(g, "denial", "2016-10-08", "B", "A", "s");
	S_add(g, "report", "2016-10-09", "C", "A", "s");
	S_add(g, "odd id!", "2016-10-10", "C", "A", "s");
	S_add(g, "undated", "", "C", "A", "s");
	CHECK(evg_graph_add_relation(g, "denial", EVG_REL_RESPONDS_TO, "accusation") == 0);
	CHECK(evg_graph_add_relation(g, "report", EVG_REL_REPORTS, "accusation") == 0);
	CHECK(evg_graph_add_relation(g, "report", EVG_REL_FOLLOWS, "odd id!") == 0);
	CHECK(evg_graph_add_relation(g, "report", EVG_REL_REPORTS, "undated") == 0);
	cal = S_render(g, &o, &text);
	CHECK(S_restriction_errors(cal) == 0);
	S_related(S_find(cal, "denial@evgraph"), rel, sizeof rel);
	CHECK_STR(rel, "PARENT responds_to accusation@evgraph\n");
	S_related(S_find(cal, "report@evgraph"), rel, sizeof rel);
	/* Edges come in (target id, kind) order; the undated one is left out. */
	CHECK(strstr(rel, "PARENT reports accusation@evgraph\n") == rel);
	CHECK(strstr(rel, "SIBLING follows evg+") != NULL);
	CHECK(strstr(rel, "undated") == NULL);
	S_related(S_find(cal, "accusation@evgraph"), rel, sizeof rel);
	CHECK_STR(rel, "");
	icalcomponent_free(cal);
	evg_free(text);
	evg_graph_free(g);
}

/* Byte-identical output, CRLF everywhere, no line over 75 octets, and
 * the calendar header RFC 5545 and the clients expect. */
static void test_shape(void)
{
	evg_graph *g = evg_graph_new();
	evg_render_opts o;
	char *a, *b, *p, *nl;
	size_t la, lb;
	icalcomponent *cal, *e;
	icalproperty *c;
	memset(&o, 0, sizeof o);
	S_add(g, "one", "2016-10-07", "A", "B",
	      "a summary long enough to need folding at least once, probably twice "
	      "by the time it ends \xE2\x80\x94 with a dash in the middle of it");
	CHECK(evg_render_ics(g, &o, &a, &la) == 0);
	CHECK(evg_render_ics(g, &o, &b, &lb) == 0);
	CHECK(la == lb && memcmp(a, b, la) == 0);
	for (p = a; *p; p = nl + 1) {
		nl = strchr(p, '\n');
		CHECK(nl && nl > p && nl[-1] == '\r');
		if (!nl)
			break;
		CHECK(nl - 1 - p <= 75);
	}
	CHECK(strstr(a, "PRODID:-//evgraph//evgraph " EVGRAPH_VERSION "//EN\r\n") != NULL);
	CHECK(strstr(a, "\r\nMETHOD:PUBLISH\r\n") != NULL);
	CHECK(strstr(a, "\r\nCALSCALE:GREGORIAN\r\n") != NULL);
	CHECK(strstr(a, "X-WR-CALNAME;VALUE=TEXT:evgraph timeline\r\n") != NULL);
	cal = icalparser_parse_string(a);
	e = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT);
	c = icalcomponent_get_first_property(e, ICAL_CATEGORIES_PROPERTY);
	CHECK_STR(icalproperty_get_categories(c), "DENY");
	c = icalcomponent_get_next_property(e, ICAL_CATEGORIES_PROPERTY);
	CHECK_STR(icalproperty_get_categories(c), "denied");
	CHECK(strstr(icalcomponent_get_description(e), "Modality: denied") != NULL);
	icalcomponent_free(cal);
	evg_free(a);
	evg_free(b);
	evg_graph_free(g);
}

static uint32_t S_rand(uint32_t *x)
{
	*x ^= *x << 13;
	*x ^= *x >> 17;
	*x ^= *x << 5;
	return *x;
}

/* Random bytes, biased towards what breaks writers: controls, quotes,
 * escapes, separators, high bytes (often invalid UTF-8). */
static void S_random_text(uint32_t *x, char *buf, size_t cap)
{
	static const char pick[] = "\r\n\t\\;,:\"'<>&{}= aZ9\x01\x7f\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\xFF\xC0";
	size_t i, n = S_rand(x) % (cap - 1);
	for (i = 0; i < n; i++)
		buf[i] = S_rand(x) % 4 ? pick[S_rand(x) % (sizeof pick - 1)]
		                       : (char)(1 + S_rand(x) % 255);
	buf[n] = '\0';
}

/* Whatever bytes the graph holds, the output is valid UTF-8 with CRLF
 * lines of at most 75 octets and no other control characters but TAB,
 * and libical finds every dated event in it. */
static void test_random(void)
{
	evg_graph *g = evg_graph_new();
	evg_render_opts o;
	icalcomponent *cal;
	uint32_t x = 2463534242u;
	char sum[300], ev[300], src[40], id[24], *text, *p;
	const char *srcp = src;
	size_t len, i, dated = 0;
	memset(&o, 0, sizeof o);
	for (i = 0; i < 300; i++) {
		evg_event_desc d;
		memset(&d, 0, sizeof d);
		S_random_text(&x, sum, sizeof sum);
		S_random_text(&x, ev, sizeof ev);
		S_random_text(&x, src, sizeof src);
		snprintf(id, sizeof id, "r%zu%s", i, i % 3 ? "" : " odd");
		d.id = id;
		d.date.prec = (evg_precision)(S_rand(&x) % 4);
		d.date.year = d.date.prec ? 1 + (int)(S_rand(&x) % 9999) : 0;
		d.date.month = d.date.prec >= EVG_PREC_MONTH ? 1 + (int)(S_rand(&x) % 12) : 0;
		d.date.day = d.date.prec == EVG_PREC_DAY ? 1 + (int)(S_rand(&x) % 28) : 0;
		d.type = (evg_event_type)(S_rand(&x) % EVG_TYPE_COUNT);
		d.summary = sum;
		d.evidence = ev;
		d.sources = &srcp;
		d.nsources = src[0] ? 1 : 0;
		/* libical 3.0 writes no year after 3000: left out like undated */
		dated += d.date.prec != EVG_PREC_UNKNOWN && d.date.year <= 3000;
		CHECK(evg_graph_add_event(g, &d) != NULL);
	}
	CHECK(evg_render_ics(g, &o, &text, &len) == 0);
	CHECK(evg_utf8_check(text, len) == len);
	for (p = text; p < text + len; p++)
		if ((unsigned char)*p < 0x20 && *p != '\t' && *p != '\r' && *p != '\n')
			CHECK(!"control character in the output");
	for (p = text; *p; p = strchr(p, '\n') + 1) {
		CHECK(strchr(p, '\n') && strchr(p, '\n')[-1] == '\r');
		CHECK(strchr(p, '\n') - 1 - p <= 75);
		CHECK(!memchr(p, '\r', (size_t)(strchr(p, '\n') - 1 - p)));
	}
	cal = icalparser_parse_string(text);
	CHECK(S_count_events(cal) == (int)dated);
	CHECK(S_restriction_errors(cal) == 0);
	CHECK(o.skipped == 300 - dated);
	icalcomponent_free(cal);
	evg_free(text);
	evg_graph_free(g);
}

int main(void)
{
	test_spans();
	test_dtstamp();
	test_hostile();
	test_unclean();
	test_headline();
	test_relations();
	test_shape();
	test_random();
	if (S_failures)
		fprintf(stderr, "%d check(s) failed\n", S_failures);
	return S_failures ? 1 : 0;
}
