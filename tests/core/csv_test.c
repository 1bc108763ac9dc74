/* csv_test.c: reading the interchange CSV: column order, unknown columns,
 * quoting, neutralised cells, list items holding ';', and every kind of malformed file getting a
 * one-line error with file, line and column while the graph stays as it
 * was. */
#include <stdlib.h>

#include "evgraph.h"
#include "harness.h"

static const char *S_hdr = "id,date,precision,type,cameo,source,target,"
                           "modality,summary,evidence,docs\n";

/* Reads `csv` into a fresh graph; returns the status, leaves the error in
 * err (or "") and the number of events in *n. */
static int S_read(const char *csv, size_t len, char *err, size_t *n)
{
	evg_graph *g = evg_graph_new();
	int rc = evg_graph_read_events_csv(g, "ev.csv", csv, len);
	snprintf(err, 512, "%s", evg_graph_error(g));
	*n = evg_graph_event_count(g);
	evg_graph_free(g);
	return rc;
}

static void expect_error(const char *csv, size_t len, const char *where)
{
	char err[512];
	size_t n;
	int rc = S_read(csv, len, err, &n);
	CHECK(rc == EVG_EINVALID);
	CHECK(n == 0); /* nothing half-read */
	CHECK(strchr(err, '\n') == NULL);
	if (!strstr(err, where)) {
		fprintf(stderr, "  error \"%s\" lacks \"%s\"\n", err, where);
		CHECK(!"error names the position");
	}
}

static char *S_cat(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	char *s = malloc(la + lb + 1);
	memcpy(s, a, la);
	memcpy(s + la, b, lb + 1);
	return s;
}

static void bad(const char *rows, const char *where)
{
	char *csv = S_cat(S_hdr, rows);
	expect_error(csv, strlen(csv), where);
	free(csv);
}

static void test_malformed(void)
{
	expect_error("", 0, "ev.csv:1:1: empty file");
	bad("a,2016-13-01,,ACCUSE,,US,RU,,,,d\n", "ev.csv:2:2: date");
	bad("a,2016-10-07,,ACCUSE,,US,RU,,,,d\nb,07/10/2016,,DENY,,RU,US,,,,d\n",
	    "ev.csv:3:2: date");
	bad("a,2016-10-07,,PRAISE,,US,RU,,,,d\n", "ev.csv:2:4: type");
	bad("a,2016-10-07,month,ACCUSE,,US,RU,,,,d\n", "ev.csv:2:3: precision");
	bad("a,2016-10-07,,ACCUSE,,US,RU,maybe,,,d\n", "ev.csv:2:8: modality");
	bad("a,2016-10-07,,ACCUSE,,US\n", "ev.csv:2:1: row has 6 fields");
	bad("a,2016-10-07,,ACCUSE,,US,RU,,\"unterminated,,d\n", "ev.csv:2");
	/* an unterminated quote is reported on the line its row starts */
	bad("a,2016-10-07,,ACCUSE,,US,RU,,,,d\nb,2016,,DENY,,RU,US,,\"open\nmore\nlines\n",
	    "ev.csv:3:1: malformed CSV: unterminated");
	bad("a,2016-10-07,,ACCUSE,,US,RU,,say \"x\" here,,d\n", "ev.csv:2");
	bad("a,2016-10-07,,ACCUSE,,US,RU,,\xff\xfe,,d\n", "ev.csv:2:30: invalid UTF-8");
	bad("a\x01" "b,2016-10-07,,ACCUSE,,US,RU,,,,d\n", "ev.csv:2:1: id");
	{
		static const char nul[] = "date,type\n2016,DE\0NY\n";
		expect_error(nul, sizeof nul - 1, "ev.csv:2:8: NUL byte");
	}
	expect_error("date,source\n2016,US\n", 20, "lacks the column 'type'");
	/* several problems: the first in the file is reported, whatever its kind */
	bad("a,2016-13-07,,ACCUSE,,US,RU,,,,d\nb,2016,,DENY,,RU,US,,x\"y,,d\n", "ev.csv:2:2: date");
	bad("a,2016-10-07,,ACCUSE,,US,RU,,,,d\nb,2016,,DENY\nc,2016,,DENY,,RU,US,,\"open\n",
	    "ev.csv:3:1: row has 4 fields");
}

/* Line ends and quotes where a record may be split without libcsv or
 * must be left to it: positions stay those libcsv gives. */
static void test_line_ends(void)
{
	bad("a,2016,,ACCUSE,,US,RU,,,,d\r\nb,2016-13-01,,DENY,,RU,US,,,,d\r\n",
	    "ev.csv:3:2: date");
	/* a quoted field over two lines, then a plain row */
	bad("a,2016,,ACCUSE,,US,RU,,\"two\r\nlines\",,d\r\nb,2016-13-01,,DENY,,RU,US,,,,d\r\n",
	    "ev.csv:4:2: date");
	/* a CR in mid-line ends a record */
	bad("a,2016,,ACCUSE,,US,RU,,,,d\rb,2016-13-01,,DENY,,RU,US,,,,d\n",
	    "ev.csv:2:2: date");
	bad("a,2016,,ACCUSE,,US,RU,,\"x\"\"y\"z,,d\r\n",
	    "ev.csv:2:30: malformed CSV");
	bad("a,2016,,ACCUSE,,US,RU,,\"x\",y\"z,d\r\n", "ev.csv:2:29: malformed CSV");
	/* blank lines are no records */
	bad("\r\n\r\na,2016,,ACCUSE,,US,RU,,,,d\r\n\nb,2016,,DENY,,RU,US,maybe,,,d\r\n",
	    "ev.csv:6:8: modality");
	/* CRs inside quotes, and a CR CR LF line end */
	bad("a,2016,,ACCUSE,,US,RU,,\"x\r\",,d\r\nb,2016,,DENY,,RU,US,,\"\r\r\n\",,d\r\r\n"
	    "c,2016,,SAY,,RU,US,,,,d\n",
	    "ev.csv:5:4: type");
	bad("a,2016,,ACCUSE,,US,RU,,,,d\r\nb,2016-13-01,,DENY,,RU,US,,,,d",
	    "ev.csv:3:2: date");
}

static void test_good(void)
{
	/* columns in any order, unknown columns ignored, CRLF, BOM, quoting */
	static const char csv[] =
		"\xEF\xBB\xBFnotes,type,date,source,target,summary,docs\r\n"
		"x,deny,2016-10-07,Peskov;  Kremlin ,US,\"says \"\"nonsense\"\", then\nleaves\",a.txt;b.txt\r\n"
		"y,ACCUSE,,US,Russia,\"'=HYPERLINK(\"\"x\"\")\",c.txt\r\n";
	evg_graph *g = evg_graph_new();
	const evg_event *e;
	CHECK(evg_graph_read_events_csv(g, "ok.csv", csv, sizeof csv - 1) == 0);
	if (evg_graph_event_count(g) != 2) {
		CHECK(!"two events read");
		evg_graph_free(g);
		return;
	}
	e = evg_graph_event(g, 0); /* undated first */
	CHECK_STR(evg_event_summary(e), "=HYPERLINK(\"x\")");
	e = evg_graph_event(g, 1);
	CHECK_STR(evg_event_summary(e), "says \"nonsense\", then\nleaves");
	CHECK(evg_event_source_count(e) == 2);
	CHECK_STR(evg_actor_name(evg_event_source(e, 1)), "Kremlin");
	CHECK(evg_event_doc_count(e) == 2);
	CHECK_STR(evg_event_cameo(e), "016");
	evg_graph_free(g);
}

/* Writing and reading back gives the same CSV, byte for byte, whatever
 * the cells hold. */
/* Writes g's events CSV into *out (free with evg_free), reads it into a
 * new graph, writes that again and checks both are the same bytes: the
 * new graph is returned. */
static evg_graph *S_reread(evg_graph *g, char **out, size_t *n)
{
	evg_graph *back = evg_graph_new();
	evg_render_opts o;
	char *again = NULL;
	size_t m = 0;
	memset(&o, 0, sizeof o);
	*out = NULL, *n = 0;
	CHECK(evg_render_csv(g, EVG_FORMAT_CSV, &o, out, n) == 0);
	CHECK(evg_graph_read_events_csv(back, "b.csv", *out ? *out : "", *n) == 0);
	CHECK(evg_render_csv(back, EVG_FORMAT_CSV, &o, &again, &m) == 0);
	CHECK(m == *n && *out && again && !memcmp(*out, again, m));
	evg_free(again);
	return back;
}

static void test_roundtrip(void)
{
	static const char csv[] =
		"id,date,type,source,target,modality,summary,evidence,docs\n"
		"e1,2016-10,DENY,\"A, B\",C,denied,=1+2,+cmd|' /C calc'!A0,d\n"
		"e2,2016,REPORT,''@x,-y,reported,''=already quoted,\"<b>&amp;{x}\n\",d\n"
		/* regression (fuzz): a cell needing both quoting and
		 * neutralising keeps its ' inside the quotes */
		"e4,2017,DENY,x,y,denied,\"-1, \"\"y\"\"\",,d\n"
		"e3,,STATEMENT,\xc3\x9c" "ber,\xe2\x80\x9cq\xe2\x80\x9d,asserted,\t tab,\\n\\,d\n";
	evg_graph *g1 = evg_graph_new(), *g2;
	char *out1;
	size_t n1;
	CHECK(evg_graph_read_events_csv(g1, "a.csv", csv, sizeof csv - 1) == 0);
	g2 = S_reread(g1, &out1, &n1);
	CHECK(out1 && strstr(out1, ",'=1+2,") != NULL);
	CHECK(out1 && strstr(out1, ",'+cmd|") != NULL);
	CHECK(out1 && strstr(out1, ",''@x,'-y,") != NULL);
	CHECK(out1 && strstr(out1, "''=already quoted") != NULL);
	CHECK(evg_graph_event_count(g2) == 4);
	CHECK(out1 && strstr(out1, ",\"'-1, \"\"y\"\"\",") != NULL);
	{
		const evg_event *e = evg_graph_find_event(g2, "e2");
		CHECK(e && !strcmp(evg_event_summary(e), "'=already quoted"));
		CHECK(e && !strcmp(evg_actor_name(evg_event_source(e, 0)), "'@x"));
		CHECK(e && !strcmp(evg_event_evidence(e), "<b>&amp;{x}\n"));
	}
	evg_free(out1);
	evg_graph_free(g1);
	evg_graph_free(g2);
}

/* A name holding the list separator stays one item: written "\;", a
 * backslash before ';', '\\' or the end doubled, others kept; read back,
 * the names and the counts are the same. */
static void test_lists(void)
{
	static const char *const docs[] = {"a;b.txt", "C:\\corpus\\x.txt",
	                                   "end\\", "mid\\;semi", "plain.txt"};
	static const char *const src[] = {"Smith; Jones"};
	static const char *const tgt[] = {"Acme\\", "Bravo"};
	evg_graph *g1 = evg_graph_new(), *g2;
	evg_event_desc d;
	const evg_event *e;
	char *out1;
	size_t n1, i;
	memset(&d, 0, sizeof d);
	d.id = "e1";
	d.type = EVG_TYPE_ACCUSE;
	d.sources = src, d.nsources = 1;
	d.targets = tgt, d.ntargets = 2;
	d.docs = docs, d.ndocs = 5;
	CHECK(evg_graph_add_event(g1, &d) != NULL);
	g2 = S_reread(g1, &out1, &n1);
	CHECK(out1 && strstr(out1, ",Smith\\; Jones,Acme\\\\;Bravo,") != NULL);
	CHECK(out1 && strstr(out1, "a\\;b.txt;C:\\corpus\\x.txt;end\\\\;"
	                           "mid\\\\\\;semi;plain.txt") != NULL);
	e = evg_graph_find_event(g2, "e1");
	CHECK(e && evg_event_source_count(e) == 1 && evg_event_target_count(e) == 2);
	CHECK(e && !strcmp(evg_actor_name(evg_event_source(e, 0)), "Smith; Jones"));
	CHECK(e && !strcmp(evg_actor_name(evg_event_target(e, 0)), "Acme\\"));
	CHECK(e && evg_event_doc_count(e) == 5);
	for (i = 0; e && i < evg_event_doc_count(e) && i < 5; i++) {
		evg_doc_name dn = evg_event_doc(e, i);
		char name[64];
		snprintf(name, sizeof name, "%s%s", dn.dir, dn.base);
		CHECK(!strcmp(name, docs[i]));
	}
	evg_free(out1);
	evg_graph_free(g1);
	evg_graph_free(g2);
}

/* An actor added with white space around its name (a hand-made row of
 * a reduce) is named without it, as the lists it is written in read
 * back: the table round-trips. */
static void test_trimmed_actor(void)
{
	static const char *const src[] = {"Bravo Bank"};
	static const char *const tgt[] = {"Acme"};
	evg_actor_desc a = {" Bravo Bank\t", EVG_ACTOR_ORG, "GB", NULL};
	evg_graph *g1 = evg_graph_new(), *g2;
	evg_event_desc d;
	char *out1;
	size_t n1;
	memset(&d, 0, sizeof d);
	CHECK(!strcmp(evg_actor_name(evg_graph_add_actor(g1, &a)), "Bravo Bank"));
	d.type = EVG_TYPE_ACCUSE;
	d.sources = src, d.nsources = 1;
	d.targets = tgt, d.ntargets = 1;
	CHECK(evg_graph_add_event(g1, &d) != NULL);
	CHECK(evg_graph_actor_count(g1) == 2);
	g2 = S_reread(g1, &out1, &n1);
	evg_free(out1);
	evg_graph_free(g1);
	evg_graph_free(g2);
}

static void test_actors_relations(void)
{
	static const char ev[] = "id,date,type,source,target\n"
	                         "a,2016-10-07,ACCUSE,United States,Russia\n"
	                         "b,2016-10-07,DENY,Peskov,United States\n";
	static const char ac[] = "canonical,kind,country,aliases\n"
	                         "Dmitry Peskov,person,RU,Peskov;Kremlin spokesman\n"
	                         "United States,state,US,US;Washington\n";
	static const char rel_bad[] = "from,relation,to\nb,responds_to,zz\n";
	static const char rel_kind[] = "from,relation,to\nb,answers,a\n";
	static const char rel[] = "from,relation,to\nb,responds_to,a\n";
	static const char ac_bad[] = "canonical,kind\nX,planet\n";
	evg_graph *g = evg_graph_new();
	const evg_event *b;
	CHECK(evg_graph_read_actors_csv(g, "ac.csv", ac, sizeof ac - 1) == 0);
	CHECK(evg_graph_read_events_csv(g, "ev.csv", ev, sizeof ev - 1) == 0);
	CHECK(evg_graph_actor_count(g) == 3);
	b = evg_graph_find_event(g, "b");
	CHECK(b && !strcmp(evg_actor_name(evg_event_source(b, 0)), "Dmitry Peskov"));
	CHECK(evg_graph_read_relations_csv(g, "r.csv", rel_bad, sizeof rel_bad - 1) ==
	      EVG_EINVALID);
	CHECK(strstr(evg_graph_error(g), "r.csv:2:3: to") != NULL);
	CHECK(evg_graph_read_relations_csv(g, "r.csv", rel_kind, sizeof rel_kind - 1) ==
	      EVG_EINVALID);
	CHECK(strstr(evg_graph_error(g), "r.csv:2:2: relation") != NULL);
	CHECK(evg_graph_edge_count(g) == 0);
	CHECK(evg_graph_read_relations_csv(g, "r.csv", rel, sizeof rel - 1) == 0);
	CHECK(evg_graph_edge_count(g) == 1);
	CHECK(evg_graph_read_actors_csv(g, "x.csv", ac_bad, sizeof ac_bad - 1) ==
	      EVG_EINVALID);
	CHECK(strstr(evg_graph_error(g), "x.csv:2:2: kind") != NULL);
	{
		/* a name of spaces would be kept as "", which no list can hold */
		static const char ac_blank[] = "id,name,kind\nx,  \t,org\n";
		CHECK(evg_graph_read_actors_csv(g, "b.csv", ac_blank, sizeof ac_blank - 1) ==
		      EVG_EINVALID);
		CHECK(strstr(evg_graph_error(g), "b.csv:2:2: name") != NULL);
	}
	evg_graph_free(g);
}

/* A bad row after good ones: the error names it, and nothing of the file
 * is added, for each of the three files (they are read a row at a time,
 * checked in full before the first row is added). */
static void test_late_errors(void)
{
	static const char ev[] = "id,date,type,source,target\n"
	                         "a,2016-10-07,ACCUSE,United States,Russia\n"
	                         "b,2016-10-08,DENY,Russia,United States\n";
	static const char ac[] = "name,kind\nFancy Bear,group\nCozy Bear,group\n"
	                         "Turla,group\nX,planet\n";
	static const char ac_noname[] = "kind,country\nperson,RU\n";
	static const char rel[] = "from,relation,to\nb,responds_to,a\na,follows,b\n"
	                          "a,follows\n";
	evg_graph *g = evg_graph_new();
	size_t nactors;
	CHECK(evg_graph_read_events_csv(g, "ev.csv", ev, sizeof ev - 1) == 0);
	nactors = evg_graph_actor_count(g);
	CHECK(evg_graph_read_actors_csv(g, "ac.csv", ac, sizeof ac - 1) == EVG_EINVALID);
	CHECK(strstr(evg_graph_error(g), "ac.csv:5:2: kind") != NULL);
	CHECK(evg_graph_actor_count(g) == nactors);
	CHECK(evg_graph_read_actors_csv(g, "n.csv", ac_noname, sizeof ac_noname - 1) ==
	      EVG_EINVALID);
	CHECK(strstr(evg_graph_error(g), "n.csv:1:1: header lacks the column 'name'") != NULL);
	CHECK(evg_graph_read_actors_csv(g, "e.csv", "", 0) == EVG_EINVALID);
	CHECK(strstr(evg_graph_error(g), "e.csv:1:1: empty file") != NULL);
	CHECK(evg_graph_read_relations_csv(g, "r.csv", rel, sizeof rel - 1) == EVG_EINVALID);
	CHECK(strstr(evg_graph_error(g), "r.csv:4:1: row has 2 fields") != NULL);
	CHECK(evg_graph_edge_count(g) == 0);
	/* of several problems, the first in the file is the one reported */
	CHECK(evg_graph_read_relations_csv(g, "o.csv",
	                                   "from,relation,to\nb,responds_to,zz\nc,reports\n",
	                                   44) == EVG_EINVALID);
	CHECK(strstr(evg_graph_error(g), "o.csv:2:3: to") != NULL);
	/* a header alone is a file with nothing to add */
	CHECK(evg_graph_read_relations_csv(g, "h.csv", "from,relation,to\n", 17) == 0);
	CHECK(evg_graph_edge_count(g) == 0);
	evg_graph_free(g);
}

/* Cells far larger than the reader's per-row room, between small rows:
 * each is read whole and the rows around it are untouched. */
static void test_big_cells(void)
{
	size_t big = 300000, i, len;
	char *csv = malloc(big + 512), *p = csv;
	evg_graph *g = evg_graph_new();
	const evg_event *e;
	p += sprintf(p, "id,date,type,source,target,summary\n"
	                "a,2016-10-07,ACCUSE,US,Russia,short\nb,2016-10-08,DENY,Russia,US,");
	for (i = 0; i < big; i++)
		*p++ = (char)('a' + i % 26);
	p += sprintf(p, "\nc,2016-10-09,REPORT,US,Russia,after\n");
	len = (size_t)(p - csv);
	CHECK(evg_graph_read_events_csv(g, "big.csv", csv, len) == 0);
	CHECK(evg_graph_event_count(g) == 3);
	e = evg_graph_find_event(g, "b");
	CHECK(e && strlen(evg_event_summary(e)) == big && evg_event_summary(e)[big - 1] ==
	                                                     (char)('a' + (big - 1) % 26));
	e = evg_graph_find_event(g, "c");
	CHECK(e && !strcmp(evg_event_summary(e), "after"));
	e = evg_graph_find_event(g, "a");
	CHECK(e && !strcmp(evg_event_summary(e), "short"));
	evg_graph_free(g);
	free(csv);
}

int main(void)
{
	test_malformed();
	test_line_ends();
	test_good();
	test_roundtrip();
	test_lists();
	test_trimmed_actor();
	test_actors_relations();
	test_late_errors();
	test_big_cells();
	return T_REPORT();
}
