/* test_extract.c: the extraction stages, each with its own cases:
 *   test_extract clean | split | actors | merge | bytes
 *   test_extract events FILE.tsv
 * Every case asserts on real output; a failure prints the case. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"

extern const char evg_tpl_lexicon_csv[];
extern const size_t evg_tpl_lexicon_csv_len;

static int S_failures;

#define CHECK(cond, ...)                                                     \
	do {                                                                 \
		if (!(cond)) {                                               \
			fprintf(stderr, "FAIL %s:%d: ", __FILE__, __LINE__); \
			fprintf(stderr, __VA_ARGS__);                        \
			fputc('\n', stderr);                                 \
			S_failures++;                                        \
		}                                                            \
	} while (0)

/* ---- clean ---- */

static const struct {
	const char *in;
	const char *kept;    /* must survive at its own offset */
	const char *dropped; /* must be blanked */
} S_clean_cases[] = {
	{"Home | World | Politics | Sport\nThe minister resigned on Monday after a long dispute with the party.\n",
	 "The minister resigned on Monday", "Politics"},
	{"Read also\nMinister resigns\nParty splits over budget\n\nThe minister resigned on Monday after a long dispute with the party.\n",
	 "The minister resigned", "Party splits"},
	{"icon bookmark icon camera icon check icon chevron icon close icon edit icon mail\nThe court ruled on Friday that the law was void.\n",
	 "The court ruled", "icon camera"},
	{"{{item.group_date}}\nThe court ruled on Friday that the law was void.\n", "The court ruled", "group_date"},
	{"The court ruled on Friday that the law was void.\n\xc2\xa9 Jane Doe/Agency\n", "The court ruled", "Jane Doe"},
	{"The court ruled on Friday that the law was void.\nGreat day for justice https://t.co/abc \xe2\x80\x94 Sam Smith (@samsmith) May 4, 2019\n",
	 "The court ruled", "samsmith"},
	{"The court ruled on Friday that the law was void.\nDo you have a story? Email us at [email protected] or call 0207 000 0000\n",
	 "The court ruled", "Email us"},
	{"Most read\n1\nFloods hit the north\n2\nBank raises rates\n", NULL, "Floods hit"},
	{"Share.\nThe court ruled on Friday that the law was void.\n", "The court ruled", "Share."},
	{" date 2016-11-07 The minister resigned on Monday after a long dispute with the party.\n",
	 "The minister resigned", "2016-11-07"},
	/* text wrapped at a fixed width is one paragraph, not a run of short lines */
	{"The minister resigned on Monday after a long and bitter dispute with\nthe party leadership over the budget.\n",
	 "the party leadership over the budget.", NULL},
	{"WASHINGTON (Reuters) - Hackers attacked the grid on Monday, officials said in a statement.\n",
	 "Hackers attacked the grid", "WASHINGTON"},
	{"GENEVA \xe2\x80\x94 The talks ended on Monday without any agreement on the main points.\n",
	 "The talks ended", "GENEVA"},
	{"THE US has formally accused Russia of stealing emails from political groups.\n",
	 "THE US has formally", NULL},
	{"Officials are said to be very concerned that a breach could cause mass confusion and spread fake information on 8 November\n",
	 "Officials are said", NULL},
	/* a paragraph's only capital may come after its first twenty words,
	 * with a byte of UTF-8 among the first */
	{"a caf\xc3\xa9 one two three four five six seven eight nine ten eleven twelve "
	 "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twentyone Kyiv\n",
	 "twentyone Kyiv", NULL},
};

static void S_test_clean(void)
{
	size_t i;
	for (i = 0; i < sizeof S_clean_cases / sizeof *S_clean_cases; i++) {
		const char *in = S_clean_cases[i].in, *k = S_clean_cases[i].kept;
		const char *d = S_clean_cases[i].dropped, *at;
		size_t len = strlen(in);
		char *w = calloc(len + 1, 1);
		evg_clean(w, in, len, NULL, "t");
		CHECK(strlen(w) == len, "clean %zu: length changed", i);
		if (k) {
			at = strstr(in, k);
			CHECK(at && !memcmp(w + (at - in), k, strlen(k)),
			      "clean %zu: '%s' not kept in place: [%s]", i, k, w);
		}
		if (d)
			CHECK(!strstr(w, d), "clean %zu: '%s' not removed: [%s]", i, d, w);
		free(w);
	}
}

/* ---- sentences ---- */

static const struct {
	const char *in;
	size_t n;
	const char *second; /* how the second sentence starts */
} S_split_cases[] = {
	{"The U.S. Treasury sanctioned him. He denied it.", 2, "He denied"},
	{"Gen. Smith met Mr. Jones in St. Petersburg on Dec. 5. They talked.", 2, "They talked"},
	{"\"We deny it. It is false,\" he said. Then he left.", 2, "Then he left"},
	{"\xe2\x80\x9cWe deny it. It is false,\xe2\x80\x9d he said. Then he left.", 2, "Then he left"},
	{"MOSCOW, June 6. /TASS/. Kremlin Spokesman Dmitry Peskov rejected the claims.", 2, "Kremlin Spokesman"},
	{"Is it true? Nobody knows.", 2, "Nobody knows"},
	{"A headline without a stop\n\nThe body starts here.", 2, "The body"},
	{"It was 3.5 per cent. Prices rose.", 2, "Prices rose"},
	{"John F. Kennedy spoke. Crowds cheered.", 2, "Crowds cheered"},
	{"He said it was over.\nShe disagreed.", 2, "She disagreed"},
	{"He said the deal was done. and then it was not.", 1, NULL},
};

static void S_test_split(void)
{
	size_t i;
	for (i = 0; i < sizeof S_split_cases / sizeof *S_split_cases; i++) {
		const char *in = S_split_cases[i].in;
		evg_span *sp = NULL;
		size_t n = evg_sentences(&sp, evg_default_mem(), in, strlen(in));
		CHECK(n == S_split_cases[i].n, "split %zu: %zu sentences, want %zu", i, n,
		      S_split_cases[i].n);
		if (n >= 2 && S_split_cases[i].second)
			CHECK(!strncmp(in + sp[1].off, S_split_cases[i].second,
			               strlen(S_split_cases[i].second)),
			      "split %zu: second sentence starts '%.20s'", i, in + sp[1].off);
		free(sp);
	}
}

/* ---- actors ---- */

static const struct {
	const char *before; /* an earlier sentence of the same document, or NULL */
	const char *text;
	const char *heads;  /* the actors found, in order, ';'-joined */
} S_actor_cases[] = {
	{NULL, "Kremlin spokesman Dmitry Peskov spoke to TASS.", "Dmitry Peskov;TASS"},
	{NULL, "Russian Foreign Ministry spokesperson Maria Zakharova replied.", "Maria Zakharova"},
	{NULL, "The U.S. and the UK blamed the GRU.", "United States;United Kingdom;GRU"},
	{NULL, "US military hackers struck Moscow.", "United States;Russia"},
	{NULL, "The White House and the Kremlin disagreed.", "United States;Russia"},
	{NULL, "American officials met Chinese diplomats.", "United States;China"},
	{NULL, "Fancy Bear, also known as APT28, and Cozy Bear struck.", "Fancy Bear;Fancy Bear;Cozy Bear"},
	{NULL, "The Democratic National Committee and the DNC are one.",
	 "Democratic National Committee;Democratic National Committee"},
	{NULL, "Russian General Staff Main Intelligence Directorate (GRU) actors did it.", "GRU"},
	{NULL, "Secretary of State John Kerry spoke.", "John Kerry"},
	{NULL, "The New York Times and the Times are one paper.", "The New York Times;The New York Times"},
	{NULL, "Let us talk.", ""},
	{NULL, "Analyst Ivan Petrov said it was over.", "Ivan Petrov"},
	{NULL, "Olga Smirnova told reporters the talks failed.", "Olga Smirnova"},
	{NULL, "Security researcher Anna Berg, who studies malware, said so.", "Anna Berg"},
	{"Analyst Ivan Petrov said it was over.", "Petrov added that nothing changed.", "Ivan Petrov"},
	{"Kremlin spokesman Dmitry Peskov spoke.", "The spokesman added a warning.", "Dmitry Peskov"},
	{"Vladimir Putin spoke to reporters.", "He said nothing new.", "Vladimir Putin"},
	{NULL, "White House press secretary Sean Spicer answered.", "Sean Spicer"},
	{NULL, "Ukrainian Deputy Foreign Minister Olena Zerkal answered.", "Olena Zerkal"},
};

static void S_heads(evg_buf *b, const evg_lexicon *lx, evg_doc_actors *da,
                    const char *text)
{
	evg_tok *t = NULL;
	evg_mention *m = NULL;
	size_t tc = 0, mc = 0, nt, nm, i;
	nt = evg_tokenise(&t, &tc, evg_default_mem(), text, 0, strlen(text));
	nm = evg_actors_find(&m, &mc, evg_default_mem(), lx, da, text, t, nt);
	evg_buf_clear(b);
	evg_buf_puts(b, "");
	for (i = 0; i < nm; i++)
		evg_buf_printf(b, "%s%s", i ? ";" : "", m[i].actor->name);
	free(t);
	free(m);
}

static void S_test_actors(void)
{
	const evg_mem *mem = evg_default_mem();
	evg_lexicon lx;
	char err[256];
	size_t i;
	evg_lexicon_init(&lx, mem);
	CHECK(!evg_lexicon_add_csv(&lx, "lexicon.csv", evg_tpl_lexicon_csv,
	                           evg_tpl_lexicon_csv_len, err, sizeof err),
	      "built-in lexicon: %s", err);
	for (i = 0; i < sizeof S_actor_cases / sizeof *S_actor_cases; i++) {
		evg_arena doc, keep;
		evg_map unknown, shared;
		evg_doc_actors da;
		evg_buf b = EVG_BUF_INIT(mem);
		evg_arena_init(&doc, mem);
		evg_arena_init(&keep, mem);
		evg_map_init(&unknown, mem);
		evg_map_init(&shared, mem);
		memset(&da, 0, sizeof da);
		evg_map_init(&da.refs, mem);
		da.doc_arena = &doc, da.keep_arena = &keep, da.unknown = &unknown;
		da.shared = &shared;
		if (S_actor_cases[i].before)
			S_heads(&b, &lx, &da, S_actor_cases[i].before);
		S_heads(&b, &lx, &da, S_actor_cases[i].text);
		CHECK(!strcmp(b.ptr, S_actor_cases[i].heads), "actors %zu: '%s' gives [%s], want [%s]",
		      i, S_actor_cases[i].text, b.ptr, S_actor_cases[i].heads);
		evg_buf_free(&b);
		evg_map_free(&da.refs);
		evg_map_free(&unknown);
		evg_map_free(&shared);
		evg_arena_release(&doc);
		evg_arena_release(&keep);
	}
	/* a lexicon from the user takes over names the built-in one had */
	{
		static const char mine[] = "canonical,kind,country,aliases\n"
		                           "Kremlin Press Office,org,RU,Kremlin\n";
		evg_arena doc, keep;
		evg_map unknown, shared;
		evg_doc_actors da;
		evg_buf b = EVG_BUF_INIT(mem);
		CHECK(!evg_lexicon_add_csv(&lx, "mine.csv", mine, sizeof mine - 1, err, sizeof err),
		      "user lexicon: %s", err);
		evg_arena_init(&doc, mem);
		evg_arena_init(&keep, mem);
		evg_map_init(&unknown, mem);
		evg_map_init(&shared, mem);
		memset(&da, 0, sizeof da);
		evg_map_init(&da.refs, mem);
		da.doc_arena = &doc, da.keep_arena = &keep, da.unknown = &unknown;
		da.shared = &shared;
		S_heads(&b, &lx, &da, "The Kremlin and Moscow spoke.");
		CHECK(!strcmp(b.ptr, "Kremlin Press Office;Russia"), "user lexicon: [%s]", b.ptr);
		evg_buf_free(&b);
		evg_map_free(&da.refs);
		evg_map_free(&unknown);
		evg_map_free(&shared);
		evg_arena_release(&doc);
		evg_arena_release(&keep);
	}
	/* a lexicon from the user: bad rows are named by file and line */
	CHECK(evg_lexicon_add_csv(&lx, "mine.csv", "canonical,kind\n,org\n", 20, err, sizeof err)
	          == EVG_EINVALID && strstr(err, "mine.csv:2:"), "bad lexicon: %s", err);
	evg_lexicon_free(&lx);
}

/* ---- events ---- */

static int S_field_ok(const char *want, const char *got)
{
	return !strcmp(want, "*") || !strcmp(want, got);
}

/* 1 when some event of g matches "TYPE|source|target|date|modality". */
static int S_has_event(const evg_graph *g, char *expect)
{
	char *f[5], *p = expect;
	size_t i, k;
	for (k = 0; k < 5; k++) {
		f[k] = p;
		p = strchr(p, '|');
		if (p)
			*p++ = 0;
		else if (k < 4)
			return -1;
	}
	for (i = 0; i < evg_graph_event_count(g); i++) {
		const evg_event *e = evg_graph_event(g, i);
		evg_date d = evg_event_date(e);
		char ds[11];
		const char *src = evg_event_source_count(e) ? evg_actor_name(evg_event_source(e, 0)) : "";
		const char *tgt = evg_event_target_count(e) ? evg_actor_name(evg_event_target(e, 0)) : "";
		if (S_field_ok(f[0], evg_event_type_name(evg_event_type_of(e))) &&
		    S_field_ok(f[1], src) && S_field_ok(f[2], tgt) &&
		    S_field_ok(f[3], evg_date_format(&d, ds)) &&
		    S_field_ok(f[4], evg_modality_name(evg_event_modality(e))))
			return 1;
	}
	return 0;
}

static void S_dump(const evg_graph *g)
{
	size_t i;
	for (i = 0; i < evg_graph_event_count(g); i++) {
		const evg_event *e = evg_graph_event(g, i);
		evg_date d = evg_event_date(e);
		char ds[11];
		fprintf(stderr, "  got %s|%s|%s|%s|%s\n", evg_event_type_name(evg_event_type_of(e)),
		        evg_actor_name(evg_event_source(e, 0)), evg_actor_name(evg_event_target(e, 0)),
		        evg_date_format(&d, ds), evg_modality_name(evg_event_modality(e)));
	}
}

static void S_event_case(size_t line, char *dct, char *text, char *expect)
{
	evg_parser *p = evg_parser_new();
	evg_graph *g;
	evg_date d;
	char copy[256];
	int ok;
	CHECK(!evg_date_parse(&d, dct, strlen(dct)), "events:%zu: bad date", line);
	evg_parser_parse_document(p, "case.txt", text, strlen(text), &d);
	g = evg_parser_finish(p);
	snprintf(copy, sizeof copy, "%s", expect);
	if (!strcmp(expect, "NONE"))
		ok = evg_graph_event_count(g) == 0;
	else
		ok = S_has_event(g, copy) == 1;
	CHECK(ok, "events:%zu: %s\n  text: %s", line, expect, text);
	if (!ok)
		S_dump(g);
	evg_graph_free(g);
	evg_parser_free(p);
}

static void S_test_events(const char *path)
{
	FILE *f = fopen(path, "r");
	char line[2048];
	size_t n = 0, cases = 0;
	CHECK(f != NULL, "cannot open %s", path);
	if (!f)
		return;
	while (fgets(line, sizeof line, f)) {
		char *t1, *t2, *nl = strchr(line, '\n');
		n++;
		if (nl)
			*nl = 0;
		if (line[0] == '#' || !line[0])
			continue;
		t1 = strchr(line, '\t');
		t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
		CHECK(t1 && t2, "events:%zu: want three tab-separated fields", n);
		if (!t1 || !t2)
			continue;
		*t1++ = 0;
		*t2++ = 0;
		S_event_case(n, line, t1, t2);
		cases++;
	}
	fclose(f);
	CHECK(cases >= 60, "only %zu event cases", cases);
	printf("%zu event cases\n", cases);
}

/* ---- merge ---- */

static const char *const S_docs[][2] = {
	{"a.txt", "October 8, 2016\n\nThe United States on Friday formally accused Russia of hacking "
	          "American political organisations.\n\nKremlin spokesman Dmitry Peskov rejected the "
	          "accusations as nonsense on Saturday.\n"},
	{"b.txt", "October 9, 2016\n\nThe United States formally accused Russia on Friday of hacking "
	          "the emails of political groups.\n"},
	{"c.txt", "Washington has formally accused Russia of hacking political organisations in "
	          "an attempt to sway the election.\n"},
	{"d.txt", "June 6, 2017\n\nThe Intercept reported on Monday that Russian military intelligence "
	          "hacked a US voting software supplier in August 2016.\n\nKremlin spokesman Dmitry Peskov "
	          "on Tuesday rejected the accusations.\n"},
};

/* events.csv and relations.csv of the documents read in `order`. */
static char *S_run(const size_t *order, size_t n)
{
	evg_parser *p = evg_parser_new();
	evg_graph *g;
	evg_render_opts o;
	char *a = NULL, *b = NULL, *all;
	size_t la, lb, i;
	for (i = 0; i < n; i++)
		evg_parser_parse_document(p, S_docs[order[i]][0], S_docs[order[i]][1],
		                          strlen(S_docs[order[i]][1]), NULL);
	g = evg_parser_finish(p);
	memset(&o, 0, sizeof o);
	evg_render(g, EVG_FORMAT_CSV, &o, &a, &la);
	evg_render(g, EVG_FORMAT_RELATIONS_CSV, &o, &b, &lb);
	all = malloc(la + lb + 1);
	memcpy(all, a, la);
	memcpy(all + la, b, lb + 1);
	evg_free(a);
	evg_free(b);
	evg_graph_free(g);
	evg_parser_free(p);
	return all;
}

static void S_test_merge(void)
{
	static const size_t orders[][4] = {{0, 1, 2, 3}, {3, 2, 1, 0}, {2, 0, 3, 1}, {1, 3, 0, 2}};
	evg_parser *p = evg_parser_new();
	evg_graph *g;
	char *first = S_run(orders[0], 4);
	size_t i, accuse = 0;
	for (i = 1; i < 4; i++) {
		char *other = S_run(orders[i], 4);
		CHECK(!strcmp(first, other), "merge: order %zu changes the output:\n%s\n---\n%s", i,
		      first, other);
		free(other);
	}
	CHECK(strstr(first, "responds_to") != NULL, "merge: no response linked:\n%s", first);
	CHECK(strstr(first, ",reports,") != NULL, "merge: no report linked:\n%s", first);
	free(first);
	/* the same accusation in three articles is one event citing all three;
	 * the undated article takes the date of the event it joins */
	for (i = 0; i < 3; i++)
		evg_parser_parse_document(p, S_docs[i][0], S_docs[i][1], strlen(S_docs[i][1]), NULL);
	g = evg_parser_finish(p);
	for (i = 0; i < evg_graph_event_count(g); i++) {
		const evg_event *e = evg_graph_event(g, i);
		evg_date d = evg_event_date(e);
		char ds[11];
		if (evg_event_type_of(e) != EVG_TYPE_ACCUSE)
			continue;
		accuse++;
		CHECK(evg_event_doc_count(e) == 3, "merge: accusation cites %zu docs",
		      evg_event_doc_count(e));
		CHECK(!strcmp(evg_date_format(&d, ds), "2016-10-07"), "merge: dated %s", ds);
	}
	CHECK(accuse == 1, "merge: %zu accusation events, want 1", accuse);
	evg_graph_free(g);
	/* an article dated the next day, with no date of its own for the
	 * event, tells the same event late */
	{
		static const char late[] = "October 8, 2016\n\nThe United States has formally "
		                           "accused Russia of hacking American political "
		                           "organisations.\n";
		evg_parser_parse_document(p, S_docs[0][0], S_docs[0][1], strlen(S_docs[0][1]), NULL);
		evg_parser_parse_document(p, "late.txt", late, strlen(late), NULL);
		g = evg_parser_finish(p);
		for (i = 0, accuse = 0; i < evg_graph_event_count(g); i++) {
			const evg_event *e = evg_graph_event(g, i);
			if (evg_event_type_of(e) != EVG_TYPE_ACCUSE)
				continue;
			accuse++;
			CHECK(evg_event_doc_count(e) == 2, "merge: late report not joined");
		}
		CHECK(accuse == 1, "merge: %zu accusations with a late report, want 1", accuse);
		evg_graph_free(g);
	}
	evg_parser_free(p);
}

/* The one event of six documents telling it in the same words, parsed
 * in `way`: 0 in order, 1 in reverse, 2 shared between two parsers and
 * absorbed, 3 through rows (extract, then merge). */
static evg_graph *S_told_six(const char *const *names, size_t n, int way)
{
	evg_parser *p = evg_parser_new(), *q = evg_parser_new();
	evg_graph *g;
	size_t i;
	for (i = 0; i < n; i++) {
		size_t k = way == 1 ? n - 1 - i : i;
		evg_parser_parse_document(way == 2 && i % 2 ? q : p, names[k], S_docs[1][1],
		                          strlen(S_docs[1][1]), NULL);
	}
	if (way == 2)
		CHECK(evg_parser_absorb(p, q) == 0, "absorb: %s", evg_parser_error(p));
	if (way == 3) {
		char *rows;
		size_t len;
		evg_parser_take_rows(p, &rows, &len);
		CHECK(evg_parser_add_rows(q, "rows.csv", rows, len) == 0, "rows: %s",
		      evg_parser_error(q));
		evg_free(rows);
		g = evg_parser_finish(q);
	} else {
		g = evg_parser_finish(p);
	}
	evg_parser_free(p);
	evg_parser_free(q);
	return g;
}

/* An event cites its documents in the order of their whole names,
 * however the names are kept (by folder and the rest): "a/b/c.txt"
 * before "a/z.txt" though its folder "a/b/" sorts after "a/", "a-.txt"
 * before both and "a0.txt" after ('-' < '/' < '0'); the first is also
 * the one whose sentence is the evidence. */
static void S_test_name_order(void)
{
	static const char *const names[] = {"a/z.txt", "a0.txt", "a/b/c.txt",
	                                    "a-.txt", "a/b/", "b/a.txt"};
	static const char *const want[] = {"a-.txt", "a/b/", "a/b/c.txt",
	                                   "a/z.txt", "a0.txt", "b/a.txt"};
	enum { N = sizeof names / sizeof *names };
	int way;
	for (way = 0; way < 4; way++) {
		evg_graph *g = S_told_six(names, N, way);
		size_t i, k, accuse = 0;
		for (i = 0; i < evg_graph_event_count(g); i++) {
			const evg_event *e = evg_graph_event(g, i);
			if (evg_event_type_of(e) != EVG_TYPE_ACCUSE)
				continue;
			accuse++;
			CHECK(evg_event_doc_count(e) == N, "name order %d: %zu docs", way,
			      evg_event_doc_count(e));
			for (k = 0; k < N && k < evg_event_doc_count(e); k++) {
				evg_doc_name d = evg_event_doc(e, k);
				char name[32];
				snprintf(name, sizeof name, "%s%s", d.dir, d.base);
				CHECK(!strcmp(name, want[k]), "name order %d: doc %zu is %s, want %s",
				      way, k, name, want[k]);
			}
		}
		CHECK(accuse == 1, "name order %d: %zu accusations", way, accuse);
		evg_graph_free(g);
	}
}

/* A denial answers the nearest of the accusations it could answer, not
 * each one told in the weeks before: seven like claims, four days apart,
 * give it S_MAX_ANSWERS (4) answers, the four latest. */
static void S_test_answers(void)
{
	evg_parser *p = evg_parser_new();
	evg_graph *g;
	evg_buf b = EVG_BUF_INIT(evg_default_mem());
	size_t i, k, n = 0;
	static const char denial[] = "October 8, 2016\n\nKremlin spokesman Dmitry Peskov "
	                             "rejected the US accusations as nonsense on Saturday.\n";
	for (i = 0; i < 7; i++) {
		char name[16];
		snprintf(name, sizeof name, "claim%zu.txt", i);
		evg_buf_clear(&b);
		evg_buf_printf(&b, "September %zu, 2016\n\nThe United States formally accused "
		               "Russia of hacking American political organisations.\n", 1 + 4 * i);
		evg_parser_parse_document(p, name, b.ptr, b.len, NULL);
	}
	evg_parser_parse_document(p, "denial.txt", denial, strlen(denial), NULL);
	g = evg_parser_finish(p);
	for (i = 0; i < evg_graph_event_count(g); i++) {
		const evg_event *e = evg_graph_event(g, i);
		for (k = 0; k < evg_event_edge_count(e); k++) {
			const evg_edge *r = evg_event_edge(e, k);
			evg_date d = evg_event_date(evg_edge_to(r));
			if (evg_edge_kind(r) != EVG_REL_RESPONDS_TO)
				continue;
			n++;
			CHECK(d.month == 9 && d.day >= 13, "answers: the denial answers the claim "
			      "of %d-%02d-%02d over a later one", d.year, d.month, d.day);
		}
	}
	CHECK(n == 4, "answers: %zu answers, want 4", n);
	evg_buf_free(&b);
	evg_graph_free(g);
	evg_parser_free(p);
}

/* The same event told in three documents is stored once with three
 * places; in a document of over 65,536 sentences its place does not fit
 * the packed store and it is kept whole. Either way the rows give each
 * place at full width, and the graph has one event citing all three. */
static void S_test_places(void)
{
	static const char told[] = "The United States formally accused Russia of hacking "
	                           "American political organisations.\n";
	static const char day[] = "October 7, 2016\n\n";
	evg_buf big = EVG_BUF_INIT(evg_default_mem()), small = EVG_BUF_INIT(evg_default_mem());
	evg_parser *p;
	evg_graph *g;
	char *rows, want[64];
	size_t len, i, offset, accuse = 0;
	int pass;
	evg_buf_puts(&small, day);
	evg_buf_puts(&small, told);
	evg_buf_puts(&big, day);
	for (i = 0; i < 70000; i++)
		evg_buf_puts(&big, i % 10 == 9 ? "It rained.\n\n" : "It rained. ");
	offset = big.len;
	evg_buf_puts(&big, told);
	for (pass = 0; pass < 2; pass++) {
		p = evg_parser_new();
		evg_parser_parse_document(p, "a.txt", small.ptr, small.len, NULL);
		evg_parser_parse_document(p, "big.txt", big.ptr, big.len, NULL);
		evg_parser_parse_document(p, "z.txt", small.ptr, small.len, NULL);
		if (pass == 0) { /* the rows */
			evg_parser_take_rows(p, &rows, &len);
			snprintf(want, sizeof want, "\nbig.txt,%zu,%zu,70000,", offset,
			         sizeof told - 2);
			CHECK(strstr(rows, want) != NULL, "places: no row %s in:\n%.400s", want + 1,
			      rows);
			snprintf(want, sizeof want, "a.txt,%zu,", sizeof day - 1);
			CHECK(!strncmp(rows, want, strlen(want)), "places: no row %s in:\n%.400s",
			      want, rows);
			snprintf(want, sizeof want, "\nz.txt,%zu,", sizeof day - 1);
			CHECK(strstr(rows, want) != NULL, "places: no row %s in:\n%.400s", want + 1,
			      rows);
			evg_free(rows);
			evg_parser_free(p);
			continue;
		}
		g = evg_parser_finish(p); /* the graph */
		for (i = 0; i < evg_graph_event_count(g); i++) {
			const evg_event *e = evg_graph_event(g, i);
			if (evg_event_type_of(e) != EVG_TYPE_ACCUSE)
				continue;
			accuse++;
			CHECK(evg_event_doc_count(e) == 3, "places: the accusation cites %zu docs",
			      evg_event_doc_count(e));
		}
		CHECK(accuse == 1, "places: %zu accusations, want 1", accuse);
		{ /* after the merge the graph still knows its document names: an
		   * event told again by one of them cites it once */
			char name[] = "big.txt";
			const char *docs[] = {name, "new.txt"};
			evg_event_desc d;
			evg_event *e = NULL;
			for (i = 0; i < evg_graph_event_count(g) && !e; i++)
				if (evg_event_type_of(evg_graph_event(g, i)) == EVG_TYPE_ACCUSE)
					e = (evg_event *)evg_graph_event(g, i);
			memset(&d, 0, sizeof d);
			d.id = e ? evg_event_id(e) : "x";
			d.date = e ? evg_event_date(e) : d.date;
			d.type = EVG_TYPE_ACCUSE;
			d.docs = docs, d.ndocs = 2;
			e = evg_graph_add_event(g, &d);
			CHECK(e && evg_event_doc_count(e) == 4, "places: re-told, %zu docs, want 4",
			      e ? evg_event_doc_count(e) : 0);
		}
		evg_graph_free(g);
		evg_parser_free(p);
	}
	evg_buf_free(&small);
	evg_buf_free(&big);
}

/* ---- bad bytes ---- */

static void S_test_bytes(void)
{
	static const char text[] = "October 8, 2016\n\nThe United States \xff accused Russia "
	                           "of hacking on Friday.\nA NUL \0 here.\n";
	evg_parser *p = evg_parser_new();
	evg_graph *g;
	const evg_diag *d;
	const evg_event *e;
	/* fed in small pieces: the parser buffers until the end */
	size_t i, len = sizeof text - 1;
	evg_parser_begin(p, "bad.txt", NULL);
	for (i = 0; i < len; i += 7)
		evg_parser_feed(p, text + i, len - i < 7 ? len - i : 7);
	evg_parser_end(p);
	g = evg_parser_finish(p);
	CHECK(evg_graph_diag_count(g) == 2, "bytes: %zu diagnostics", evg_graph_diag_count(g));
	d = evg_graph_diag(g, 0);
	CHECK(d && d->line == 3 && d->column == 19 && !strcmp(d->file, "bad.txt"),
	      "bytes: first diagnostic at %zu:%zu", d ? d->line : 0, d ? d->column : 0);
	CHECK(evg_graph_event_count(g) == 1, "bytes: %zu events", evg_graph_event_count(g));
	e = evg_graph_event(g, 0);
	CHECK(e && strstr(evg_event_evidence(e), "\xef\xbf\xbd"), "bytes: no U+FFFD in evidence");
	CHECK(e && evg_event_evidence_offset(e) == 17, "bytes: evidence at %zu",
	      e ? evg_event_evidence_offset(e) : 0);
	evg_graph_free(g);
	evg_parser_free(p);
}

/* ---- pathological input: bounded time, never a crash ---- */

static void S_feed_all(const char *name, const char *text, size_t len)
{
	evg_parser *p = evg_parser_new();
	evg_graph *g;
	evg_parser_parse_document(p, name, text, len, NULL);
	g = evg_parser_finish(p);
	CHECK(evg_graph_diag_count(g) <= 21, "%s: %zu diagnostics, want a cap", name,
	      evg_graph_diag_count(g));
	evg_graph_free(g);
	evg_parser_free(p);
}

static void S_test_pathological(void)
{
	size_t n = 1 << 20, i;
	char *buf = malloc(n);
	unsigned x = 12345;
	for (i = 0; i < n; i++) /* random bytes */
		buf[i] = (char)((x = x * 1103515245u + 12345u) >> 16);
	S_feed_all("random", buf, n);
	for (i = 0; i + 2 <= n; i += 2) /* one endless line */
		memcpy(buf + i, "a ", 2);
	S_feed_all("line", buf, n);
	for (i = 0; i + 3 <= n; i += 3) /* quotes that never close */
		memcpy(buf + i, "\xe2\x80\x9c", 3);
	S_feed_all("quotes", buf, n - n % 3);
	for (i = 0; i + 4 <= n; i += 4) /* a name list the lexicon matches everywhere */
		memcpy(buf + i, "US. ", 4);
	S_feed_all("names", buf, n);
	{
		static const char s[] = "Russia accused the United States of hacking on Monday.\n";
		size_t l = sizeof s - 1, k;
		evg_parser *p = evg_parser_new();
		evg_graph *g;
		for (k = 0; k + l <= n; k += l)
			memcpy(buf + k, s, l);
		evg_parser_parse_document(p, "repeat", buf, n - n % l, NULL);
		g = evg_parser_finish(p);
		CHECK(evg_graph_event_count(g) == 1, "repeat: %zu events", evg_graph_event_count(g));
		evg_graph_free(g);
		evg_parser_free(p);
	}
	free(buf);
}

int main(int argc, char **argv)
{
	const char *mode = argc > 1 ? argv[1] : "";
	if (!strcmp(mode, "clean"))
		S_test_clean();
	else if (!strcmp(mode, "split"))
		S_test_split();
	else if (!strcmp(mode, "actors"))
		S_test_actors();
	else if (!strcmp(mode, "events") && argc > 2)
		S_test_events(argv[2]);
	else if (!strcmp(mode, "merge")) {
		S_test_merge();
		S_test_name_order();
		S_test_answers();
	}
	else if (!strcmp(mode, "places"))
		S_test_places();
	else if (!strcmp(mode, "bytes"))
		S_test_bytes();
	else if (!strcmp(mode, "pathological"))
		S_test_pathological();
	else
		return fprintf(stderr, "usage: test_extract clean|split|actors|merge|bytes|pathological|events F\n"), 2;
	if (S_failures)
		fprintf(stderr, "%d failure%s\n", S_failures, S_failures == 1 ? "" : "s");
	return S_failures ? 1 : 0;
}
