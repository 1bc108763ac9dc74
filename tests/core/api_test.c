/* api_test.c: the data model, iterator, dates, vocabularies and the
 * interchange CSV, through the public API. */
#include <stdio.h>
#include <stdlib.h>

#include "evgraph.h"
#include "harness.h"

static void test_dates(void)
{
	evg_date d;
	char buf[11];
	CHECK(evg_date_parse(&d, "2016-10-07", 10) == 0 && d.prec == EVG_PREC_DAY);
	CHECK_STR(evg_date_format(&d, buf), "2016-10-07");
	CHECK(evg_date_parse(&d, "2016-10", 7) == 0 && d.prec == EVG_PREC_MONTH);
	CHECK_STR(evg_date_format(&d, buf), "2016-10");
	CHECK(evg_date_parse(&d, "2016", 4) == 0 && d.prec == EVG_PREC_YEAR);
	CHECK(evg_date_parse(&d, "", 0) == 0 && d.prec == EVG_PREC_UNKNOWN);
	CHECK_STR(evg_date_format(&d, buf), "");
	CHECK(evg_date_parse(&d, "2016-02-30", 10) == EVG_EINVALID);
	CHECK(evg_date_parse(&d, "2016-02-29", 10) == 0);
	CHECK(evg_date_parse(&d, "2015-02-29", 10) == EVG_EINVALID);
	CHECK(evg_date_parse(&d, "2016-13", 7) == EVG_EINVALID);
	CHECK(evg_date_parse(&d, "07/10/2016", 10) == EVG_EINVALID);
	CHECK(evg_date_parse(&d, "2016-1-07", 9) == EVG_EINVALID);
	CHECK(evg_date_parse(&d, "0000", 4) == EVG_EINVALID);
	{
		evg_date y, m, dd, u = {0, 0, 0, EVG_PREC_UNKNOWN};
		evg_date_parse(&y, "2016", 4);
		evg_date_parse(&m, "2016-10", 7);
		evg_date_parse(&dd, "2016-10-07", 10);
		CHECK(evg_date_cmp(&u, &y) < 0);
		CHECK(evg_date_cmp(&y, &m) < 0);
		CHECK(evg_date_cmp(&m, &dd) < 0);
		CHECK(evg_date_cmp(&dd, &dd) == 0);
	}
}

static void test_vocab(void)
{
	evg_event_type t;
	evg_modality m;
	evg_actor_kind k;
	evg_format f;
	CHECK(evg_event_type_from_name(&t, "deny", 4) == 0 && t == EVG_TYPE_DENY);
	CHECK_STR(evg_event_type_cameo(EVG_TYPE_DENY), "016");
	CHECK_STR(evg_event_type_cameo(EVG_TYPE_CYBERATTACK), "176");
	CHECK(evg_event_type_from_name(&t, "DENYX", 5) == EVG_EINVALID);
	CHECK(evg_modality_from_name(&m, "planned", 7) == 0 && m == EVG_MOD_PLANNED);
	CHECK(evg_actor_kind_from_name(&k, "persona", 7) == 0 && k == EVG_ACTOR_GROUP);
	CHECK(evg_format_from_name(&f, "ics") == 0 && f == EVG_FORMAT_ICS);
	CHECK(evg_format_from_name(&f, "docx") == EVG_EUNSUPPORTED);
	CHECK(evg_event_type_name(EVG_TYPE_COUNT) == NULL);
}

static evg_event *add(evg_graph *g, const char *id, const char *date,
                      evg_event_type type, const char *src, const char *tgt,
                      const char *doc)
{
	evg_event_desc d;
	memset(&d, 0, sizeof d);
	d.id = id;
	evg_date_parse(&d.date, date, strlen(date));
	d.type = type;
	d.sources = &src;
	d.nsources = src ? 1 : 0;
	d.targets = &tgt;
	d.ntargets = tgt ? 1 : 0;
	d.docs = &doc;
	d.ndocs = doc ? 1 : 0;
	return evg_graph_add_event(g, &d);
}

static void test_graph_order(void)
{
	evg_graph *g = evg_graph_new();
	evg_iter *it;
	const char *order[8];
	int n = 0, edges = 0, enter = 0, exitg = 0;
	evg_iter_step s;
	add(g, "b", "2016-10-07", EVG_TYPE_DENY, "Peskov", "United States", "x");
	add(g, "a", "2016-10-07", EVG_TYPE_ACCUSE, "United States", "Russia", "y");
	add(g, "c", "2016-10", EVG_TYPE_REPORT, "NBC", "Russia", "z");
	add(g, "d", "", EVG_TYPE_STATEMENT, "Russia", NULL, "z");
	CHECK(evg_graph_add_relation(g, "b", EVG_REL_RESPONDS_TO, "a") == 0);
	CHECK(evg_graph_add_relation(g, "b", EVG_REL_RESPONDS_TO, "a") == 0);
	CHECK(evg_graph_add_relation(g, "b", EVG_REL_FOLLOWS, "c") == 0);
	CHECK(evg_graph_add_relation(g, "b", EVG_REL_FOLLOWS, "zz") == EVG_EINVALID);
	CHECK(strstr(evg_graph_error(g), "zz") != NULL);
	CHECK(evg_graph_add_relation(g, "a", EVG_REL_FOLLOWS, "a") == EVG_EINVALID);
	CHECK(evg_graph_edge_count(g) == 2);
	it = evg_iter_new(g);
	while ((s = evg_iter_next(it)) != EVG_ITER_DONE) {
		if (s == EVG_ITER_ENTER_GRAPH)
			enter++;
		else if (s == EVG_ITER_EXIT_GRAPH)
			exitg++;
		else if (s == EVG_ITER_EVENT && n < 8)
			order[n++] = evg_event_id(evg_iter_event(it));
		else if (s == EVG_ITER_EDGE) {
			const evg_edge *r = evg_iter_edge(it);
			CHECK_STR(evg_event_id(evg_edge_from(r)), "b");
			/* edges of an event come sorted by target id */
			CHECK_STR(evg_event_id(evg_edge_to(r)), edges == 0 ? "a" : "c");
			edges++;
		}
	}
	CHECK(enter == 1 && exitg == 1 && edges == 2 && n == 4);
	/* undated first, then coarse before fine, then by id */
	CHECK(n == 4 && !strcmp(order[0], "d") && !strcmp(order[1], "c") &&
	      !strcmp(order[2], "a") && !strcmp(order[3], "b"));
	CHECK(evg_iter_next(it) == EVG_ITER_DONE);
	evg_iter_reset(it);
	CHECK(evg_iter_next(it) == EVG_ITER_ENTER_GRAPH);
	evg_iter_free(it);
	evg_graph_free(g);
}

static void test_actors_and_merge(void)
{
	evg_graph *g = evg_graph_new();
	evg_actor_desc d = {"United States", EVG_ACTOR_COUNTRY, "US", "US;Washington"};
	evg_actor *us = evg_graph_add_actor(g, &d), *again;
	evg_event *e1, *e2;
	CHECK(evg_graph_find_actor(g, "washington", 10) == us);
	CHECK(evg_graph_find_actor(g, "  The United States ", 20) == us);
	d.name = "Washington";
	d.kind = EVG_ACTOR_UNKNOWN;
	d.aliases = "USA";
	again = evg_graph_add_actor(g, &d);
	CHECK(again == us && evg_graph_actor_count(g) == 1);
	CHECK_STR(evg_actor_aliases(us), "US;Washington;USA");
	CHECK_STR(evg_actor_id(us), "united-states");
	/* the same id twice merges: docs united, the finer date kept */
	e1 = add(g, "k", "2016-10", EVG_TYPE_ACCUSE, "US", "Russia", "001.txt");
	e2 = add(g, "k", "2016-10-07", EVG_TYPE_ACCUSE, "Washington", "Russia", "003.txt");
	CHECK(e1 == e2 && evg_graph_event_count(g) == 1);
	CHECK(evg_event_doc_count(e1) == 2);
	CHECK(evg_event_date(e1).prec == EVG_PREC_DAY);
	CHECK(evg_event_source_count(e1) == 1);
	CHECK_STR(evg_actor_name(evg_event_source(e1, 0)), "United States");
	CHECK(evg_actor_event_count(us) == 1);
	evg_graph_free(g);
}

/* The name of document i of e, its two parts joined, in buf. */
static const char *doc_name(char *buf, size_t size, const evg_event *e, size_t i)
{
	evg_doc_name d = evg_event_doc(e, i);
	snprintf(buf, size, "%s%s", d.dir, d.base);
	return buf;
}

/* A graph keeps a document's name as its folder and the rest: the parts
 * join to the name given, whatever its shape, and one name is one
 * document however many events cite it. */
static void test_doc_names(void)
{
	static const char *const shapes[] = {
		"a/b/001.txt", "a/c/001.txt", "001.txt", "a/b/001.txt",
		"https://example.com/news/", "/abs/x", " a/b/002.txt ", "a//b", "/"};
	static const char *const want[] = {"a/b/001.txt", "a/c/001.txt", "001.txt",
	                                   "https://example.com/news/", "/abs/x",
	                                   "a/b/002.txt", "a//b", "/"};
	enum { MANY = 5000 };
	evg_graph *g = evg_graph_new();
	char buf[64], (*names)[32] = calloc(MANY, sizeof *names);
	const char **docs = calloc(MANY, sizeof *docs);
	evg_event_desc d;
	evg_event *e, *f;
	evg_doc_name part;
	size_t i;
	memset(&d, 0, sizeof d);
	d.id = "shapes";
	d.docs = (const char *const *)shapes;
	d.ndocs = sizeof shapes / sizeof *shapes;
	e = evg_graph_add_event(g, &d);
	CHECK(e && evg_event_doc_count(e) == sizeof want / sizeof *want);
	for (i = 0; e && i < evg_event_doc_count(e); i++)
		CHECK_STR(doc_name(buf, sizeof buf, e, i), want[i]);
	part = evg_event_doc(e, 0);
	CHECK_STR(part.dir, "a/b/");
	CHECK_STR(part.base, "001.txt");
	part = evg_event_doc(e, 2);
	CHECK_STR(part.dir, "");
	part = evg_event_doc(e, 3);
	CHECK_STR(part.base, "");
	part = evg_event_doc(e, 99);
	CHECK(part.dir == NULL && part.base == NULL);
	/* enough names, in a few folders, for the index to grow many times;
	 * a second event cites them again, then each once more */
	for (i = 0; i < MANY; i++) {
		snprintf(names[i], sizeof names[i], "f%zu/%05zu.txt", i % 3, i);
		docs[i] = names[i];
	}
	d.id = "many";
	d.docs = docs;
	d.ndocs = MANY;
	f = evg_graph_add_event(g, &d);
	d.ndocs = MANY / 2;
	CHECK(evg_graph_add_event(g, &d) == f);
	CHECK(f && evg_event_doc_count(f) == MANY);
	for (i = 0; f && i < MANY; i++)
		if (strcmp(doc_name(buf, sizeof buf, f, i), names[i]))
			break;
	CHECK(i == MANY);
	part = evg_event_doc(f, 7);
	CHECK_STR(part.dir, "f1/");
	/* the first event's names are still its own */
	CHECK_STR(doc_name(buf, sizeof buf, e, 1), "a/c/001.txt");
	free(names);
	free(docs);
	evg_graph_free(g);
}

static void test_stable_ids(void)
{
	evg_graph *g1 = evg_graph_new(), *g2 = evg_graph_new();
	evg_event *a = add(g1, NULL, "2016-10-07", EVG_TYPE_DENY, "Peskov", "US", "x");
	evg_event *b, *c;
	add(g2, NULL, "2020-01-01", EVG_TYPE_REPORT, "NBC", "US", "y");
	b = add(g2, NULL, "2016-10-07", EVG_TYPE_DENY, "Peskov", "US", "x");
	c = add(g2, NULL, "2016-10-08", EVG_TYPE_DENY, "Peskov", "US", "x");
	CHECK_STR(evg_event_id(a), evg_event_id(b));
	CHECK(strcmp(evg_event_id(b), evg_event_id(c)) != 0);
	CHECK(!strncmp(evg_event_id(a), "ev-", 3));
	evg_graph_free(g1);
	evg_graph_free(g2);
}

/* An id is written verbatim and must read back as itself, so one the
 * writers would have to repair is refused when it is added. */
static void test_bad_ids(void)
{
	evg_graph *g = evg_graph_new();
	char longid[202];
	memset(longid, 'x', 201);
	longid[201] = '\0';
	CHECK(add(g, "caf\xc3\xa9", "2016", EVG_TYPE_DENY, "A", NULL, NULL) != NULL);
	CHECK(add(g, "e\xb6\xb6", "2016", EVG_TYPE_DENY, "A", NULL, NULL) == NULL);
	CHECK(strstr(evg_graph_error(g), "not valid UTF-8") != NULL);
	CHECK(add(g, "a\tb", "2016", EVG_TYPE_DENY, "A", NULL, NULL) == NULL);
	CHECK(strstr(evg_graph_error(g), "control character") != NULL);
	CHECK(add(g, longid, "2016", EVG_TYPE_DENY, "A", NULL, NULL) == NULL);
	CHECK(add(g, longid + 1, "2016", EVG_TYPE_DENY, "A", NULL, NULL) != NULL);
	CHECK(evg_graph_event_count(g) == 2);
	evg_graph_free(g);
}

/* A sink that keeps what it is given, counting the pieces, and refuses
 * everything after `fail_after` pieces when that is not 0. */
typedef struct {
	char *data;
	size_t len, pieces, fail_after;
} t_sink;

static int t_sink_write(void *ctx, const char *data, size_t len)
{
	t_sink *k = ctx;
	if (k->fail_after && k->pieces >= k->fail_after)
		return -1;
	k->data = realloc(k->data, k->len + len + 1);
	memcpy(k->data + k->len, data, len);
	k->len += len;
	k->pieces++;
	return 0;
}

/* Enough events that the CSV, DOT, ICS and TimelineJS outputs pass the
 * 64 KiB at which a streaming render hands a piece on. */
static evg_graph *t_big_graph(size_t n)
{
	static const char *const who[] = {"United States", "Russia", "NATO",
	                                  "Peskov", "GRU"};
	evg_graph *g = evg_graph_new();
	char id[32], date[16], doc[32];
	size_t i;
	for (i = 0; i < n; i++) {
		snprintf(id, sizeof id, "ev-%05zu", i);
		snprintf(date, sizeof date, "%04zu-%02zu-%02zu", 2000 + i % 20,
		         1 + i % 12, 1 + i % 28);
		snprintf(doc, sizeof doc, "doc-%zu.txt", i % 97);
		add(g, id, i % 10 ? date : "", (evg_event_type)(i % EVG_TYPE_COUNT),
		    who[i % 5], who[(i + 2) % 5], doc);
	}
	return g;
}

/* evg_render_to gives evg_render's bytes, in pieces for a large output,
 * and a sink that fails makes it fail with EVG_EIO. */
static void test_render_to(void)
{
	static const struct { evg_format fmt; evg_view view; int pieces; } cases[] = {
		{EVG_FORMAT_CSV, EVG_VIEW_EVENTS, 1},
		{EVG_FORMAT_ACTORS_CSV, EVG_VIEW_EVENTS, 0},
		{EVG_FORMAT_RELATIONS_CSV, EVG_VIEW_EVENTS, 0},
		{EVG_FORMAT_ICS, EVG_VIEW_EVENTS, 1},
		{EVG_FORMAT_TIMELINEJS, EVG_VIEW_EVENTS, 1},
		{EVG_FORMAT_DOT, EVG_VIEW_EVENTS, 1},
		{EVG_FORMAT_DOT, EVG_VIEW_ACTORS, 0},
		{EVG_FORMAT_SVG, EVG_VIEW_ACTORS, 0},
		{EVG_FORMAT_SVG, EVG_VIEW_BRIEFING, 0},
		{EVG_FORMAT_HTML, EVG_VIEW_BRIEFING, 0},
	};
	evg_graph *g = t_big_graph(2000);
	size_t i;
	for (i = 0; i < sizeof cases / sizeof *cases; i++) {
		evg_render_opts o;
		t_sink k = {NULL, 0, 0, 0};
		char *whole = NULL;
		size_t n = 0;
		memset(&o, 0, sizeof o);
		o.view = cases[i].view;
		CHECK(evg_render(g, cases[i].fmt, &o, &whole, &n) == 0);
		CHECK(evg_render_to(g, cases[i].fmt, &o, t_sink_write, &k) == 0);
		CHECK(whole && k.data && k.len == n && !memcmp(k.data, whole, n));
		if (cases[i].pieces)
			CHECK(k.pieces > 1);
		free(k.data);
		evg_free(whole);
	}
	{
		evg_render_opts o;
		t_sink k = {NULL, 0, 0, 1};
		memset(&o, 0, sizeof o);
		CHECK(evg_render_to(g, EVG_FORMAT_ICS, &o, t_sink_write, &k) == EVG_EIO);
		CHECK(k.pieces == 1 && strstr(evg_graph_error(g), "could not be written"));
		free(k.data);
	}
	evg_graph_free(g);
}

/* One event told twice at one place with evidence of two lengths: the
 * merged event's evidence is the same whichever row comes first. */
static void test_fold_order(void)
{
	static const char a[] =
		"d.txt,10,40,0,ACCUSE,,2020-01-02,1,asserted,0,0,Acme Group,org,US,,"
		"Bravo Bank,org,GB,,\"Acme Group accused Bravo Bank of fraud.\"\r\n";
	static const char b[] =
		"d.txt,10,25,0,ACCUSE,,2020-01-02,1,asserted,0,0,Acme Group,org,US,,"
		"Bravo Bank,org,GB,,\"Acme Group accused Bravo Bank of fraud.\"\r\n";
	size_t len[2], k;
	for (k = 0; k < 2; k++) {
		evg_parser *p = evg_parser_new();
		evg_graph *g;
		CHECK(evg_parser_add_rows(p, "1.csv", k ? b : a, sizeof a - 1) == 0);
		CHECK(evg_parser_add_rows(p, "2.csv", k ? a : b, sizeof a - 1) == 0);
		g = evg_parser_finish(p);
		CHECK(evg_graph_event_count(g) == 1);
		len[k] = evg_graph_event_count(g) ? evg_event_evidence_length(evg_graph_event(g, 0)) : 0;
		evg_graph_free(g);
		evg_parser_free(p);
	}
	CHECK(len[0] == 25 && len[1] == 25);
}

int main(void)
{
	test_dates();
	test_vocab();
	test_graph_order();
	test_actors_and_merge();
	test_doc_names();
	test_stable_ids();
	test_bad_ids();
	test_render_to();
	test_fold_order();
	evg_graph_free(NULL);
	return T_REPORT();
}
