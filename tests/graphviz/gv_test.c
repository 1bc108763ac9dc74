/* gv_test.c: the Graphviz renderers, checked by reading their DOT back
 * with cgraph's own parser (agmemread) and comparing it with the graph:
 * nodes, edges, labels, ranks; hostile strings; templates; engines;
 * the aggregated actors view; determinism.
 *
 * usage: gv_test EXAMPLES_DIR */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <graphviz/cgraph.h>

#include "evgraph.h"

static int S_failed, S_checks;

#define CHECK(cond, ...)                                                   \
	do {                                                               \
		S_checks++;                                                \
		if (!(cond)) {                                             \
			S_failed++;                                        \
			fprintf(stderr, "%s:%d: check failed: %s: ", __FILE__, \
			        __LINE__, #cond);                          \
			fprintf(stderr, __VA_ARGS__);                      \
			fputc('\n', stderr);                               \
		}                                                          \
	} while (0)

/* ---- helpers ------------------------------------------------------ */

/* An attribute's value, "" when it is not declared. */
static const char *S_get(void *obj, const char *attr)
{
	const char *v = agget(obj, (char *)attr);
	return v ? v : "";
}

static char *S_slurp(const char *dir, const char *file, size_t *len)
{
	char path[1024];
	FILE *f;
	char *buf;
	long n;
	snprintf(path, sizeof path, "%s/%s", dir, file);
	if (!(f = fopen(path, "rb")))
		return fprintf(stderr, "cannot open %s\n", path), exit(2), NULL;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	buf = malloc((size_t)n + 1);
	if (fread(buf, 1, (size_t)n, f) != (size_t)n)
		exit(2);
	buf[n] = '\0';
	fclose(f);
	*len = (size_t)n;
	return buf;
}

static evg_graph *S_examples(const char *dir)
{
	static const char *files[] = {"actors.csv", "events.csv", "relations.csv"};
	int (*readers[])(evg_graph *, const char *, const char *, size_t) = {
		evg_graph_read_actors_csv, evg_graph_read_events_csv,
		evg_graph_read_relations_csv};
	evg_graph *g = evg_graph_new();
	size_t i, len;
	for (i = 0; i < 3; i++) {
		char *data = S_slurp(dir, files[i], &len);
		if (readers[i](g, files[i], data, len))
			fprintf(stderr, "%s\n", evg_graph_error(g)), exit(2);
		free(data);
	}
	return g;
}

/* Renders view v as DOT and reads it back with cgraph. */
static Agraph_t *S_dot(evg_graph *g, evg_view v, const char *tpl, char **text)
{
	evg_render_opts o;
	char *out = NULL;
	size_t len = 0;
	Agraph_t *ag;
	memset(&o, 0, sizeof o);
	o.view = v;
	if (tpl) {
		o.dot_template = tpl;
		o.dot_template_len = strlen(tpl);
	}
	if (evg_render(g, EVG_FORMAT_DOT, &o, &out, &len)) {
		CHECK(0, "render %s: %s", evg_view_name(v), evg_graph_error(g));
		return NULL;
	}
	CHECK(strlen(out) == len, "NUL inside DOT output");
	ag = agmemread(out);
	CHECK(ag != NULL, "the %s DOT does not read back", evg_view_name(v));
	if (text)
		*text = out;
	else
		evg_free(out);
	return ag;
}

/* The node name of an id: prefix plus the id, backslashes doubled. */
static char *S_name(const char *prefix, const char *id)
{
	static char buf[4][512];
	static int k;
	char *b = buf[k++ % 4], *p = b;
	p += sprintf(p, "%s", prefix);
	for (; *id && p < b + 500; id++) {
		if (*id == '\\')
			*p++ = '\\';
		*p++ = *id;
	}
	*p = '\0';
	return b;
}

static Agnode_t *S_node(Agraph_t *ag, const char *prefix, const char *id)
{
	return agnode(ag, S_name(prefix, id), 0);
}

/* Undoes the escString escaping: "\\" -> '\', "\n" -> nl (or a space
 * for wrapped labels), "&amp;" -> '&'. */
static char *S_unescape(const char *s, char nl)
{
	char *out = malloc(strlen(s) + 1), *p = out;
	while (*s) {
		if (s[0] == '\\' && s[1] == '\\')
			*p++ = '\\', s += 2;
		else if (s[0] == '\\' && s[1] == 'n')
			*p++ = nl, s += 2;
		else if (!strncmp(s, "&amp;", 5))
			*p++ = '&', s += 5;
		else
			*p++ = *s++;
	}
	*p = '\0';
	return out;
}

static size_t S_count_nodes(Agraph_t *ag, const char *prefix)
{
	Agnode_t *n;
	size_t k = 0;
	for (n = agfstnode(ag); n; n = agnxtnode(ag, n))
		k += !strncmp(agnameof(n), prefix, strlen(prefix));
	return k;
}

/* ---- the example data, view by view ------------------------------- */

static const char *S_verb_of(evg_event_type t)
{
	static const char *const v[] = {"accused", "denied", "hacked",
		"reported on", "threatened", "criticized", "demanded", "proposed",
		"investigated", "sanctioned", "addressed"};
	return v[t];
}

static void S_check_actor_nodes(Agraph_t *ag, const evg_graph *g)
{
	size_t i, with_events = 0;
	for (i = 0; i < evg_graph_actor_count(g); i++) {
		const evg_actor *a = evg_graph_actor(g, i);
		Agnode_t *n = S_node(ag, "a:", evg_actor_id(a));
		if (!evg_actor_event_count(a))
			continue;
		with_events++;
		CHECK(n != NULL, "no node for actor %s", evg_actor_id(a));
		if (n)
			CHECK(!strcmp(S_get(n, "label"), evg_actor_name(a)),
			      "actor label '%s'", S_get(n, "label"));
	}
	CHECK(S_count_nodes(ag, "a:") == with_events, "%zu actor nodes, want %zu",
	      S_count_nodes(ag, "a:"), with_events);
}

static void S_test_actors_view(evg_graph *g)
{
	Agraph_t *ag = S_dot(g, EVG_VIEW_ACTORS, NULL, NULL);
	size_t i, j, k, pairs = 0;
	if (!ag)
		return;
	S_check_actor_nodes(ag, g);
	for (i = 0; i < evg_graph_event_count(g); i++) {
		const evg_event *e = evg_graph_event(g, i);
		evg_date d = evg_event_date(e);
		char want[96], date[11];
		snprintf(want, sizeof want, "%s \xC2\xB7 %s",
		         S_verb_of(evg_event_type_of(e)), evg_date_format(&d, date));
		for (j = 0; j < evg_event_source_count(e); j++)
			for (k = 0; k < evg_event_target_count(e); k++) {
				Agnode_t *s = S_node(ag, "a:", evg_actor_id(evg_event_source(e, j)));
				Agnode_t *t = S_node(ag, "a:", evg_actor_id(evg_event_target(e, k)));
				Agedge_t *ed = s && t ? agedge(ag, s, t, S_name("e:", evg_event_id(e)), 0) : NULL;
				pairs++;
				CHECK(ed != NULL, "no edge for event %s", evg_event_id(e));
				if (ed)
					CHECK(!strcmp(S_get(ed, "label"), want), "edge label '%s', want '%s'",
					      S_get(ed, "label"), want);
			}
	}
	CHECK((size_t)agnedges(ag) == pairs, "%d edges, want %zu", agnedges(ag), pairs);
	/* Two countries in the sample: one cluster each. */
	CHECK(agsubg(ag, "cluster_country_US", 0) && agsubg(ag, "cluster_country_RU", 0),
	      "country clusters missing");
	CHECK(agnode(ag, "evg:legend", 0) != NULL, "no legend");
	agclose(ag);
}

/* The event label: "DATE · TYPE" then the wrapped summary. */
static void S_check_event_label(Agnode_t *n, const evg_event *e)
{
	char want[512], date[11];
	evg_date d = evg_event_date(e);
	char *got = S_unescape(S_get(n, "label"), ' ');
	snprintf(want, sizeof want, "%s \xC2\xB7 %s %s", evg_date_format(&d, date),
	         evg_event_type_name(evg_event_type_of(e)), evg_event_summary(e));
	CHECK(!strncmp(got, want, strlen(want)), "event label '%s', want '%s'", got, want);
	free(got);
}

static size_t S_check_relations(Agraph_t *ag, const evg_event *e)
{
	size_t i;
	for (i = 0; i < evg_event_edge_count(e); i++) {
		const evg_edge *r = evg_event_edge(e, i);
		Agnode_t *f = S_node(ag, "e:", evg_event_id(evg_edge_from(r)));
		Agnode_t *t = S_node(ag, "e:", evg_event_id(evg_edge_to(r)));
		const char *kind = evg_relation_kind_name(evg_edge_kind(r));
		CHECK(f && t && agedge(ag, f, t, (char *)kind, 0), "no %s edge from %s",
		      kind, evg_event_id(e));
	}
	return i;
}

static void S_check_actor_edges(Agraph_t *ag, const evg_event *e, Agnode_t *en)
{
	size_t i;
	for (i = 0; i < evg_event_source_count(e); i++) {
		Agnode_t *a = S_node(ag, "a:", evg_actor_id(evg_event_source(e, i)));
		CHECK(a && agedge(ag, a, en, "source", 0), "no source edge for %s",
		      evg_event_id(e));
	}
	for (i = 0; i < evg_event_target_count(e); i++) {
		Agnode_t *a = S_node(ag, "a:", evg_actor_id(evg_event_target(e, i)));
		Agedge_t *ed = a ? agedge(ag, a, en, "target", 0) : NULL;
		CHECK(ed && !strcmp(S_get(ed, "dir"), "back"), "no target edge for %s",
		      evg_event_id(e));
	}
}

static void S_test_events_view(evg_graph *g)
{
	Agraph_t *ag = S_dot(g, EVG_VIEW_EVENTS, NULL, NULL);
	size_t i, rels = 0, actor_edges = 0, dates = 0;
	evg_date prev = {0, 0, 0, EVG_PREC_UNKNOWN};
	if (!ag)
		return;
	for (i = 0; i < evg_graph_event_count(g); i++) {
		const evg_event *e = evg_graph_event(g, i);
		evg_date d = evg_event_date(e);
		Agnode_t *n = S_node(ag, "e:", evg_event_id(e));
		char rank[32], date[11];
		CHECK(n != NULL, "no node for event %s", evg_event_id(e));
		if (!n)
			continue;
		S_check_event_label(n, e);
		S_check_actor_edges(ag, e, n);
		actor_edges += evg_event_source_count(e) + evg_event_target_count(e);
		rels += S_check_relations(ag, e);
		dates += i == 0 || evg_date_cmp(&prev, &d) != 0;
		prev = d;
		snprintf(rank, sizeof rank, "rank_%s", evg_date_format(&d, date));
		CHECK(agsubg(ag, rank, 0) && agsubnode(agsubg(ag, rank, 0), n, 0),
		      "%s not in %s", evg_event_id(e), rank);
	}
	CHECK(S_count_nodes(ag, "e:") == evg_graph_event_count(g), "event nodes");
	/* actor edges, relations, and a chain between consecutive dates */
	CHECK((size_t)agnedges(ag) == actor_edges + rels + dates - 1,
	      "%d edges, want %zu", agnedges(ag), actor_edges + rels + dates - 1);
	CHECK(rels == evg_graph_edge_count(g), "relations %zu", rels);
	agclose(ag);
}

static void S_test_timeline_view(evg_graph *g)
{
	Agraph_t *ag = S_dot(g, EVG_VIEW_TIMELINE, NULL, NULL);
	size_t i, ranks = 0;
	char prev[16] = "";
	if (!ag)
		return;
	for (i = 0; i < evg_graph_event_count(g); i++) {
		const evg_event *e = evg_graph_event(g, i);
		evg_date d = evg_event_date(e);
		Agnode_t *n = S_node(ag, "e:", evg_event_id(e));
		char key[11], rank[32], axis[32];
		Agraph_t *sub;
		d.day = 0;
		if (d.prec == EVG_PREC_DAY)
			d.prec = EVG_PREC_MONTH;
		evg_date_format(&d, key);
		snprintf(rank, sizeof rank, "rank_%s", key);
		snprintf(axis, sizeof axis, "t:%s", key);
		sub = agsubg(ag, rank, 0);
		CHECK(n && sub && agsubnode(sub, n, 0), "%s not in %s", evg_event_id(e), rank);
		CHECK(sub && !strcmp(S_get(sub, "rank"), "same"), "%s not rank=same", rank);
		CHECK(agnode(ag, axis, 0) && !strcmp(S_get(agnode(ag, axis, 0), "label"), key),
		      "axis node %s", axis);
		if (strcmp(prev, key)) {
			if (*prev) {
				char pa[32];
				snprintf(pa, sizeof pa, "t:%s", prev);
				CHECK(agedge(ag, agnode(ag, pa, 0), agnode(ag, axis, 0), "axis", 0),
				      "no axis edge %s -> %s", prev, key);
			}
			ranks++;
			snprintf(prev, sizeof prev, "%s", key);
		}
		if (n)
			S_check_relations(ag, e);
	}
	CHECK(S_count_nodes(ag, "t:") == ranks, "%zu axis nodes, want %zu",
	      S_count_nodes(ag, "t:"), ranks);
	agclose(ag);
}

/* Year-only events get a year rank, undated ones an "undated" rank
 * first; the axis says where time is skipped. */
static void S_test_timeline_precisions(void)
{
	static const struct { int y, m, d; const char *rank; } ev[] = {
		{0, 0, 0, "undated"}, {2016, 0, 0, "2016"}, {2016, 3, 5, "2016-03"},
		{2016, 3, 20, "2016-03"}, {2016, 9, 0, "2016-09"}, {2019, 0, 0, "2019"}};
	evg_graph *g = evg_graph_new();
	Agraph_t *ag;
	size_t i;
	for (i = 0; i < sizeof ev / sizeof *ev; i++) {
		evg_event_desc d;
		const char *who[1] = {"Someone"};
		char sum[32];
		memset(&d, 0, sizeof d);
		d.date.year = ev[i].y, d.date.month = ev[i].m, d.date.day = ev[i].d;
		d.date.prec = ev[i].d ? EVG_PREC_DAY : ev[i].m ? EVG_PREC_MONTH
		              : ev[i].y ? EVG_PREC_YEAR : EVG_PREC_UNKNOWN;
		snprintf(sum, sizeof sum, "event %zu", i);
		d.summary = sum, d.sources = who, d.nsources = 1;
		d.id = sum + 6;
		evg_graph_add_event(g, &d);
	}
	if ((ag = S_dot(g, EVG_VIEW_TIMELINE, NULL, NULL))) {
		static const char *const axis[] = {"undated", "2016", "2016-03", "2016-09", "2019"};
		static const char *const gaps[] = {"", "", "6 months", "", NULL};
		char a[32], b[32], r[32];
		for (i = 0; i < sizeof ev / sizeof *ev; i++) {
			snprintf(r, sizeof r, "rank_%s", ev[i].rank);
			CHECK(agsubg(ag, r, 0) && agsubnode(agsubg(ag, r, 0),
			      S_node(ag, "e:", evg_event_id(evg_graph_event(g, i))), 0),
			      "event %zu not in %s", i, r);
		}
		for (i = 0; i + 1 < 5; i++) {
			Agedge_t *e;
			snprintf(a, sizeof a, "t:%s", axis[i]);
			snprintf(b, sizeof b, "t:%s", axis[i + 1]);
			e = agedge(ag, agnode(ag, a, 0), agnode(ag, b, 0), "axis", 0);
			CHECK(e != NULL, "no axis %s -> %s", a, b);
			if (e && gaps[i])
				CHECK(!strcmp(S_get(e, "label") ? S_get(e, "label") : "", gaps[i]),
				      "axis %s -> %s label '%s'", a, b, S_get(e, "label"));
		}
		CHECK(S_count_nodes(ag, "t:") == 5, "%zu axis nodes", S_count_nodes(ag, "t:"));
		agclose(ag);
	}
	evg_graph_free(g);
}

/* ---- hostile strings ---------------------------------------------- */

static const char *const S_hostile[] = {
	"Quote \" in \"the\" name",
	"Back\\slash \\N \\G \\n \\l and a trailing one\\",
	"<b>x</b>",
	"AT&T &amp; &lt;tag&gt; & co",
	"{ braces } [ brackets ] -> edge; node=1",
	"line one\nline two",
	"comma, semi; colon: end",
	"=SUM(A1:A2)",
	"Pe\xC3\xB1" "a \xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 \xE5\x8C\x97\xE4\xBA\xAC \xF0\x9F\x98\x80",
	"odd\\\\\\\"quote",
	NULL};

static char *S_big(size_t n)
{
	char *s = malloc(n + 1);
	size_t i;
	for (i = 0; i < n; i++)
		s[i] = "abc \"\\<&{;,\n"[i % 12];
	s[n] = '\0';
	return s;
}

static evg_graph *S_hostile_graph(char *big)
{
	evg_graph *g = evg_graph_new();
	size_t i;
	for (i = 0; S_hostile[i]; i++) {
		evg_event_desc d;
		const char *src[1], *tgt[1];
		char id[64];
		memset(&d, 0, sizeof d);
		snprintf(id, sizeof id, "h%zu\\\"%s", i, i % 2 ? "\\" : "");
		d.id = id;
		d.date.year = 2016, d.date.month = 1 + (int)i, d.date.prec = EVG_PREC_MONTH;
		d.type = (evg_event_type)(i % EVG_TYPE_COUNT);
		src[0] = S_hostile[i];
		tgt[0] = S_hostile[(i + 1) % 10];
		d.sources = src, d.nsources = 1;
		d.targets = tgt, d.ntargets = 1;
		d.summary = S_hostile[i];
		d.evidence = i == 0 ? big : S_hostile[i];
		if (!evg_graph_add_event(g, &d))
			fprintf(stderr, "%s\n", evg_graph_error(g)), exit(2);
	}
	return g;
}

/* What evg_gv_text(wrap 0) leaves of a text once unescaped: other control
 * characters become spaces. */
static int S_same_text(const char *got, const char *want)
{
	for (; *want; want++, got++) {
		char w = *want == '\n' || *want == '\t' || (unsigned char)*want >= 0x20 ? *want : ' ';
		if (*got != w)
			return 0;
	}
	return *got == '\0';
}

static void S_test_hostile(void)
{
	char *big = S_big(10240), *text = NULL;
	evg_graph *g = S_hostile_graph(big);
	Agraph_t *ag = S_dot(g, EVG_VIEW_EVENTS, NULL, &text);
	size_t i;
	/* A label that looks like HTML stays a quoted string, not <...>. */
	CHECK(text && strstr(text, "label=\"<b>x</b>\"") && !strstr(text, "label=<<b>"),
	      "an HTML-looking label was not quoted");
	evg_free(text);
	if (ag) {
		for (i = 0; i < evg_graph_actor_count(g); i++) {
			const evg_actor *a = evg_graph_actor(g, i);
			Agnode_t *n = S_node(ag, "a:", evg_actor_id(a));
			char *label = n ? S_unescape(S_get(n, "label"), '\n') : NULL;
			CHECK(label && S_same_text(label, evg_actor_name(a)),
			      "actor label '%s' for '%s'", label ? label : "(none)", evg_actor_name(a));
			free(label);
		}
		for (i = 0; i < evg_graph_event_count(g); i++) {
			const evg_event *e = evg_graph_event(g, i);
			Agnode_t *n = S_node(ag, "e:", evg_event_id(e));
			char *tip = n ? S_unescape(S_get(n, "tooltip"), '\n') : NULL;
			char want[16000];
			snprintf(want, sizeof want, "%s\n\nevidence: %s", evg_event_summary(e),
			         evg_event_evidence(e));
			CHECK(tip && S_same_text(tip, want), "event %s tooltip '%.80s'",
			      evg_event_id(e), tip ? tip : "(none)");
			free(tip);
		}
		agclose(ag);
	}
	/* Every view and format must take them. */
	for (i = 0; i < EVG_VIEW_COUNT; i++) {
		evg_render_opts o;
		evg_format f;
		memset(&o, 0, sizeof o);
		o.view = (evg_view)i;
		for (f = EVG_FORMAT_DOT; f <= EVG_FORMAT_PDF; f++) {
			char *out = NULL;
			size_t len = 0;
			int rc = evg_render(g, f, &o, &out, &len);
			CHECK(rc == 0 && len > 100, "hostile %s %s: %s", evg_view_name(o.view),
			      evg_format_name(f), evg_graph_error(g));
			if (f == EVG_FORMAT_SVG && out)
				CHECK(strstr(out, ">Back\\slash \\N \\G") != NULL,
				      "\\N in a label was substituted in the %s SVG",
				      evg_view_name(o.view));
			evg_free(out);
		}
	}
	evg_graph_free(g);
	free(big);
}

/* ---- templates, engines, sizes ------------------------------------ */

static void S_test_bad_templates(evg_graph *g)
{
	static const char *const bad[] = {
		"digraph {\n node [shape=box]\n a -> ;\n}\n",
		"digraph { \"unterminated }\n",
		"not dot at all",
		"",
		"digraph { a [label=<unclosed] }",
		NULL};
	size_t i;
	for (i = 0; bad[i]; i++) {
		evg_render_opts o;
		char *out = (char *)1;
		size_t len;
		int rc;
		memset(&o, 0, sizeof o);
		o.dot_template = bad[i];
		o.dot_template_len = strlen(bad[i]);
		rc = evg_render(g, i % 2 ? EVG_FORMAT_SVG : EVG_FORMAT_DOT, &o, &out, &len);
		CHECK(rc == EVG_EINVALID, "bad template %zu: rc %d", i, rc);
		CHECK(out == NULL, "output after a bad template");
		CHECK(!strncmp(evg_graph_error(g), "template: ", 10) &&
		      !strchr(evg_graph_error(g), '\n'),
		      "message '%s'", evg_graph_error(g));
	}
	{
		evg_render_opts o;
		char *out;
		size_t len;
		memset(&o, 0, sizeof o);
		o.dot_template = bad[0];
		o.dot_template_len = strlen(bad[0]);
		evg_render(g, EVG_FORMAT_DOT, &o, &out, &len);
		CHECK(strstr(evg_graph_error(g), "line 3") != NULL, "no line in '%s'",
		      evg_graph_error(g));
	}
	/* The parser recovers: a good render right after works. */
	{
		Agraph_t *ag = S_dot(g, EVG_VIEW_ACTORS, NULL, NULL);
		if (ag)
			agclose(ag);
	}
}

static void S_test_custom_template(evg_graph *g)
{
	const char *tpl =
		"graph mine { graph [label=<<B>Mine</B>>, bgcolor=\"#fafafa\"]\n"
		" node [fontname=Courier]\n"
		" type_ACCUSE [color=\"#123456\", penwidth=4]\n"
		" kind_person [shape=octagon]\n}\n";
	char *text = NULL;
	Agraph_t *ag = S_dot(g, EVG_VIEW_ACTORS, tpl, &text);
	Agnode_t *n;
	Agedge_t *e;
	size_t accuse = 0;
	if (!ag)
		return;
	CHECK(!strcmp(agnameof(ag), "mine"), "graph name %s", agnameof(ag));
	CHECK(!strcmp(S_get(ag, "bgcolor"), "#fafafa"), "bgcolor");
	CHECK(strstr(text, "label=<<B>Mine</B>>") != NULL, "HTML graph label lost");
	for (n = agfstnode(ag); n; n = agnxtnode(ag, n))
		for (e = agfstout(ag, n); e; e = agnxtout(ag, e))
			if (!strcmp(S_get(e, "class"), "event ACCUSE")) {
				accuse++;
				CHECK(!strcmp(S_get(e, "color"), "#123456") &&
				      !strcmp(S_get(e, "penwidth"), "4"),
				      "ACCUSE edge colour %s", S_get(e, "color"));
			}
	CHECK(accuse > 0, "no ACCUSE edges");
	n = S_node(ag, "a:", "dmitry-peskov");
	CHECK(n && !strcmp(S_get(n, "shape"), "octagon"), "person shape");
	CHECK(!agnode(ag, "type_ACCUSE", 0), "a class node was drawn");
	evg_free(text);
	agclose(ag);
}

static void S_test_engines(evg_graph *g)
{
	static const char *const ok[] = {"dot", "sfdp", "neato", "circo", NULL};
	evg_render_opts o;
	char *out;
	size_t len, i;
	int rc;
	memset(&o, 0, sizeof o);
	for (i = 0; ok[i]; i++) {
		o.layout_engine = ok[i];
		rc = evg_render(g, EVG_FORMAT_SVG, &o, &out, &len);
		CHECK(rc == 0 && strstr(out, "</svg>"), "engine %s: %s", ok[i], evg_graph_error(g));
		evg_free(out);
	}
	o.layout_engine = "nosuch";
	rc = evg_render(g, EVG_FORMAT_PNG, &o, &out, &len);
	CHECK(rc == EVG_EUNSUPPORTED && out == NULL, "unknown engine rc %d", rc);
	CHECK(strstr(evg_graph_error(g), "nosuch") != NULL, "message %s", evg_graph_error(g));
}

static void S_test_formats(evg_graph *g)
{
	evg_render_opts o;
	char *out;
	size_t len;
	memset(&o, 0, sizeof o);
	o.view = EVG_VIEW_TIMELINE;
	CHECK(evg_render(g, EVG_FORMAT_PNG, &o, &out, &len) == 0 && len > 1000 &&
	      !memcmp(out, "\x89PNG\r\n\x1a\n", 8), "PNG");
	evg_free(out);
	CHECK(evg_render(g, EVG_FORMAT_PDF, &o, &out, &len) == 0 && !memcmp(out, "%PDF-", 5),
	      "PDF");
	evg_free(out);
}

/* More than 150 events: one edge per actor pair and type, with a count. */
static void S_test_aggregate(void)
{
	static const char *const names[] = {"Alpha", "Beta", "Gamma"};
	evg_graph *g = evg_graph_new();
	Agraph_t *ag;
	Agnode_t *a, *b;
	Agedge_t *e;
	int i;
	for (i = 0; i < 200; i++) {
		evg_event_desc d;
		const char *s[1], *t[1];
		char sum[32];
		memset(&d, 0, sizeof d);
		d.date.year = 2000 + i / 12, d.date.month = 1 + i % 12, d.date.prec = EVG_PREC_MONTH;
		d.type = i % 2 ? EVG_TYPE_DENY : EVG_TYPE_ACCUSE;
		s[0] = names[i % 3], t[0] = names[(i + 1) % 3];
		d.sources = s, d.nsources = 1, d.targets = t, d.ntargets = 1;
		snprintf(sum, sizeof sum, "event %d", i);
		d.summary = sum;
		evg_graph_add_event(g, &d);
	}
	ag = S_dot(g, EVG_VIEW_ACTORS, NULL, NULL);
	if (ag) {
		/* pairs (A,B) (B,G) (G,A) each with ACCUSE and DENY */
		CHECK(agnedges(ag) == 6, "%d edges", agnedges(ag));
		a = S_node(ag, "a:", "alpha"), b = S_node(ag, "a:", "beta");
		e = a && b ? agedge(ag, a, b, "ACCUSE", 0) : NULL;
		CHECK(e && !strcmp(S_get(e, "xlabel"), "accused \xC3\x97" "34 \xC2\xB7 2000-01 \xE2\x80\x93 2016-07") &&
		      !strcmp(S_get(e, "xlabel"), S_get(e, "tooltip")),
		      "xlabel %s", e ? S_get(e, "xlabel") : "(none)");
		agclose(ag);
	}
	evg_graph_free(g);
}

/* Country clusters: only around countries with two or more actors. */
static void S_test_clusters(void)
{
	static const char *const who[][2] = {
		{"Anne", "FR"}, {"Bernard", "FR"}, {"Carl", "US"}, {"Dora", "US"},
		{"Egor", "RU"}};
	evg_graph *g = evg_graph_new();
	Agraph_t *ag;
	size_t i;
	for (i = 0; i < 5; i++) {
		evg_actor_desc a;
		evg_event_desc d;
		const char *s[1], *t[1];
		memset(&a, 0, sizeof a);
		a.name = who[i][0], a.kind = EVG_ACTOR_PERSON, a.country = who[i][1];
		evg_graph_add_actor(g, &a);
		memset(&d, 0, sizeof d);
		s[0] = who[i][0], t[0] = who[(i + 1) % 5][0];
		d.sources = s, d.nsources = 1, d.targets = t, d.ntargets = 1;
		d.summary = who[i][0];
		evg_graph_add_event(g, &d);
	}
	if ((ag = S_dot(g, EVG_VIEW_ACTORS, NULL, NULL))) {
		Agraph_t *fr = agsubg(ag, "cluster_country_FR", 0);
		CHECK(fr && agnnodes(fr) == 2 && agsubg(ag, "cluster_country_US", 0),
		      "FR and US clusters");
		CHECK(!agsubg(ag, "cluster_country_RU", 0), "a cluster around one actor");
		CHECK(!strcmp(S_get(S_node(ag, "a:", "egor"), "label"), "Egor"), "Egor");
		agclose(ag);
	}
	evg_graph_free(g);
}

static evg_graph *S_many_pairs(void)
{
	evg_graph *g = evg_graph_new();
	int i;
	for (i = 0; i < 200; i++) {
		evg_event_desc d;
		const char *s[1], *t[1];
		char sum[32], src[32], tgt[32];
		memset(&d, 0, sizeof d);
		d.date.year = 2010, d.date.prec = EVG_PREC_YEAR;
		/* events 0..49 all Hub -> Target; the rest 150 distinct pairs */
		snprintf(src, sizeof src, i < 50 ? "Hub" : "Source %d", i);
		snprintf(tgt, sizeof tgt, i < 50 ? "Target" : "Other %d", i);
		s[0] = src, t[0] = tgt;
		d.sources = s, d.nsources = 1, d.targets = t, d.ntargets = 1;
		snprintf(sum, sizeof sum, "event %d", i);
		d.summary = sum;
		d.id = sum; /* else the 50 alike would merge into one */
		evg_graph_add_event(g, &d);
	}
	return g;
}

/* Large graphs: only the heaviest actor edges are labelled; the events
 * view names actors in its labels instead of drawing them. */
static void S_test_large(void)
{
	evg_graph *g = S_many_pairs();
	Agraph_t *ag = S_dot(g, EVG_VIEW_ACTORS, NULL, NULL);
	Agnode_t *n;
	Agedge_t *e;
	size_t xl = 0, tips = 0;
	if (ag) {
		for (n = agfstnode(ag); n; n = agnxtnode(ag, n))
			for (e = agfstout(ag, n); e; e = agnxtout(ag, e)) {
				xl += *S_get(e, "xlabel") != '\0';
				tips += strstr(S_get(e, "tooltip"), "accused \xC3\x97") != NULL;
			}
		CHECK(xl == 60 && tips == 151, "%zu xlabels, %zu tooltips", xl, tips);
		e = agedge(ag, S_node(ag, "a:", "hub"), S_node(ag, "a:", "target"), "ACCUSE", 0);
		CHECK(e && strstr(S_get(e, "xlabel"), "\xC3\x97" "50"), "heaviest edge unlabelled");
		agclose(ag);
	}
	if ((ag = S_dot(g, EVG_VIEW_EVENTS, NULL, NULL))) {
		CHECK(S_count_nodes(ag, "a:") == 0, "actor nodes in a large events view");
		n = S_node(ag, "e:", evg_event_id(evg_graph_event(g, 0)));
		CHECK(n && strstr(S_get(n, "label"), " \xE2\x86\x92 "), "no actors in label");
		agclose(ag);
	}
	/* 200 events of one year: 25 rows of 8 along the axis */
	if ((ag = S_dot(g, EVG_VIEW_TIMELINE, NULL, NULL))) {
		Agraph_t *row = agsubg(ag, "rank_2010+25", 0);
		CHECK(S_count_nodes(ag, "t:") == 25, "%zu timeline rows", S_count_nodes(ag, "t:"));
		CHECK(row && agnnodes(row) == 9, "last row has %d nodes", row ? agnnodes(row) : -1);
		CHECK(agedge(ag, agnode(ag, "t:2010+24", 0), agnode(ag, "t:2010+25", 0), "axis", 0),
		      "rows not chained");
		agclose(ag);
	}
	evg_graph_free(g);
}

/* The DOT of every view as written before anything was laid out in
 * this process: Graphviz's context, made for the first layout, changes
 * the defaults of every graph opened after it, and a DOT file must not
 * depend on what was drawn before it. */
static char *S_first_dot[EVG_VIEW_COUNT];
static size_t S_first_len[EVG_VIEW_COUNT];

static void S_keep_first_dots(evg_graph *g)
{
	evg_render_opts o;
	int v;
	for (v = 0; v < EVG_VIEW_COUNT; v++) {
		memset(&o, 0, sizeof o);
		o.view = (evg_view)v;
		evg_render(g, EVG_FORMAT_DOT, &o, &S_first_dot[v], &S_first_len[v]);
	}
}

static void S_test_deterministic(evg_graph *g)
{
	evg_render_opts o;
	int v;
	for (v = 0; v < EVG_VIEW_COUNT; v++) {
		char *a, *b;
		size_t la, lb;
		memset(&o, 0, sizeof o);
		o.view = (evg_view)v;
		evg_render(g, EVG_FORMAT_DOT, &o, &a, &la);
		evg_render(g, EVG_FORMAT_DOT, &o, &b, &lb);
		CHECK(la == lb && !memcmp(a, b, la), "%s DOT differs run to run", evg_view_name(o.view));
		CHECK(S_first_dot[v] && la == S_first_len[v] && !memcmp(a, S_first_dot[v], la),
		      "%s DOT differs after a layout from the DOT written before any:\n%s\n---\n%s",
		      evg_view_name(o.view), S_first_dot[v] ? S_first_dot[v] : "(none)", a);
		evg_free(a);
		evg_free(b);
		evg_free(S_first_dot[v]);
	}
}

/* ---- rendering in two threads (evg_graph_reader) ------------------ */

static const evg_format S_plain_formats[] = {
	EVG_FORMAT_CSV, EVG_FORMAT_ACTORS_CSV, EVG_FORMAT_RELATIONS_CSV,
	EVG_FORMAT_ICS, EVG_FORMAT_TIMELINEJS};
enum { S_NPLAIN = sizeof S_plain_formats / sizeof *S_plain_formats };

typedef struct S_plain {
	evg_graph *g; /* a reader */
	int rounds;
	char *out[S_NPLAIN];
	size_t len[S_NPLAIN];
	int rc;
} S_plain;

/* Renders the formats without Graphviz, `rounds` times, keeping the
 * last bytes of each. */
static void *S_render_plain(void *arg)
{
	S_plain *p = arg;
	int k;
	size_t i;
	for (k = 0; k < p->rounds; k++)
		for (i = 0; i < S_NPLAIN; i++) {
			evg_render_opts o;
			memset(&o, 0, sizeof o);
			o.view = EVG_VIEW_TIMELINE;
			evg_free(p->out[i]);
			p->out[i] = NULL;
			p->rc |= evg_render(p->g, S_plain_formats[i], &o, &p->out[i], &p->len[i]);
		}
	return NULL;
}

/* One thread renders Graphviz's formats through the graph while another
 * renders the tables, calendar and timeline through a reader: the bytes
 * are those of the same renders one after another, and each handle
 * keeps its own error. */
static void S_test_reader_threads(evg_graph *g)
{
	S_plain serial, other;
	evg_render_opts o;
	pthread_t t;
	char *want[EVG_VIEW_COUNT], *got, before[512];
	size_t wlen[EVG_VIEW_COUNT], glen, i;
	int v, k;
	for (i = 0; i < S_NPLAIN; i++)
		CHECK(!evg_format_uses_graphviz(S_plain_formats[i]), "format %zu", i);
	CHECK(evg_format_uses_graphviz(EVG_FORMAT_DOT) && evg_format_uses_graphviz(EVG_FORMAT_SVG) &&
	      evg_format_uses_graphviz(EVG_FORMAT_HTML), "Graphviz formats");
	memset(&serial, 0, sizeof serial);
	memset(&other, 0, sizeof other);
	serial.g = g, serial.rounds = 1;
	S_render_plain(&serial);
	CHECK(serial.rc == 0, "serial renders: %s", evg_graph_error(g));
	for (v = 0; v < EVG_VIEW_COUNT; v++) {
		memset(&o, 0, sizeof o);
		o.view = (evg_view)v;
		CHECK(evg_render(g, EVG_FORMAT_DOT, &o, &want[v], &wlen[v]) == 0, "serial DOT");
	}
	other.g = evg_graph_reader(g);
	other.rounds = 5;
	CHECK(pthread_create(&t, NULL, S_render_plain, &other) == 0, "thread");
	for (k = 0; k < 5; k++)
		for (v = 0; v < EVG_VIEW_COUNT; v++) {
			memset(&o, 0, sizeof o);
			o.view = (evg_view)v;
			CHECK(evg_render(g, EVG_FORMAT_DOT, &o, &got, &glen) == 0, "DOT");
			CHECK(glen == wlen[v] && !memcmp(got, want[v], glen),
			      "%s DOT differs beside a reader", evg_view_name(o.view));
			evg_free(got);
		}
	pthread_join(t, NULL);
	CHECK(other.rc == 0, "reader renders: %s", evg_graph_error(other.g));
	for (i = 0; i < S_NPLAIN; i++) {
		CHECK(other.len[i] == serial.len[i] && other.len[i] > 100 &&
		      !memcmp(other.out[i], serial.out[i], serial.len[i]),
		      "format %s differs through a reader", evg_format_name(S_plain_formats[i]));
		evg_free(other.out[i]);
		evg_free(serial.out[i]);
	}
	/* a failure on the reader is the reader's to tell */
	snprintf(before, sizeof before, "%s", evg_graph_error(g));
	memset(&o, 0, sizeof o);
	CHECK(evg_render(other.g, EVG_FORMAT_COUNT, &o, &got, &glen) < 0, "bad format");
	CHECK(strstr(evg_graph_error(other.g), "format") && !strcmp(evg_graph_error(g), before),
	      "errors shared: '%s'", evg_graph_error(g));
	CHECK(evg_graph_event_count(other.g) == evg_graph_event_count(g), "counts");
	evg_graph_free(other.g);
	/* the graph lives on after its reader */
	memset(&o, 0, sizeof o);
	CHECK(evg_render(g, EVG_FORMAT_DOT, &o, &got, &glen) == 0 && glen == wlen[0] &&
	      !memcmp(got, want[0], glen), "graph after its reader");
	evg_free(got);
	for (v = 0; v < EVG_VIEW_COUNT; v++)
		evg_free(want[v]);
}

static void S_test_empty(void)
{
	evg_graph *g = evg_graph_new();
	evg_render_opts o;
	int v;
	for (v = 0; v < EVG_VIEW_COUNT; v++) {
		char *out;
		size_t len;
		memset(&o, 0, sizeof o);
		o.view = (evg_view)v;
		CHECK(evg_render(g, EVG_FORMAT_SVG, &o, &out, &len) == 0, "empty %s", evg_view_name(o.view));
		evg_free(out);
	}
	CHECK(evg_default_template(EVG_VIEW_TIMELINE) &&
	      strstr(evg_default_template(EVG_VIEW_TIMELINE), "digraph"), "default template");
	evg_graph_free(g);
}

/* Every view, each as SVG, twice over, in one process: Graphviz keeps
 * state between layouts, and a bad combination crashes the second. */
static int S_views_in_one_process(const char *dir)
{
	evg_graph *g = S_examples(dir);
	int round, v;
	for (round = 0; round < 2; round++)
		for (v = 0; v < EVG_VIEW_COUNT; v++) {
			evg_render_opts o;
			char *out = NULL;
			size_t len = 0;
			memset(&o, 0, sizeof o);
			o.view = (evg_view)v;
			CHECK(evg_render(g, EVG_FORMAT_SVG, &o, &out, &len) == 0 && out &&
			      strstr(out, "</svg>"), "%s view in sequence", evg_view_name(o.view));
			evg_free(out);
		}
	evg_graph_free(g);
	printf("%d checks, %d failed\n", S_checks, S_failed);
	return S_failed ? 1 : 0;
}

int main(int argc, char **argv)
{
	evg_graph *g;
	if (argc == 3 && !strcmp(argv[1], "--views-in-one-process"))
		return S_views_in_one_process(argv[2]);
	if (argc != 2)
		return fprintf(stderr, "usage: gv_test EXAMPLES_DIR\n"), 2;
	g = S_examples(argv[1]);
	S_keep_first_dots(g);
	S_test_actors_view(g);
	S_test_events_view(g);
	S_test_timeline_view(g);
	S_test_bad_templates(g);
	S_test_custom_template(g);
	S_test_engines(g);
	S_test_formats(g);
	S_test_deterministic(g);
	S_test_reader_threads(g);
	evg_graph_free(g);
	S_test_hostile();
	S_test_aggregate();
	S_test_timeline_precisions();
	S_test_large();
	S_test_clusters();
	S_test_empty();
	printf("%d checks, %d failed\n", S_checks, S_failed);
	return S_failed ? 1 : 0;
}
