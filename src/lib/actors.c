/* actors.c: the actors stage. Names are found by the longest lexicon
 * match over tokens (hash lookups, going on while the phrase so far
 * starts some name), then
 * adjacent names, titles and capitalised words are read as one group
 * whose head is the actor: the person when one is named, else the
 * organisation, else the state ("Russian Foreign Ministry spokesperson
 * Maria Zakharova" is Zakharova; "US military hackers" is the United
 * States). Unknown people are recognised by shape: capitalised words
 * after a title or before "said". */
#include <stdio.h>
#include <string.h>

#include "csvrows.h"
#include "ctype.h"
#include "extract.h"
#include "text.h"

enum { S_MAX_KEY = 160 };

void evg_lexicon_init(evg_lexicon *lx, const evg_mem *mem)
{
	memset(lx, 0, sizeof *lx);
	lx->mem = mem;
	evg_arena_init(&lx->arena, mem);
	evg_map_init(&lx->keys, mem);
	evg_map_init(&lx->by_country, mem);
}

void evg_lexicon_free(evg_lexicon *lx)
{
	evg_map_free(&lx->keys);
	evg_map_free(&lx->by_country);
	evg_arena_release(&lx->arena);
}

const char *evg_lex_side(const evg_lex_entry *e)
{
	return e ? e->country : "";
}

/* The lookup key of a phrase: its tokens' lower forms joined by spaces,
 * a leading "the" dropped. Returns the key length (0: unusable). */
static size_t S_phrase_key(char *key, const evg_mem *mem, const char *s,
                           size_t len, int *ntok, int *allcaps)
{
	evg_tok *t = NULL;
	size_t cap = 0, n = evg_tokenise(&t, &cap, mem, s, 0, len), i, k = 0;
	size_t first = 0;
	*allcaps = 1;
	if (n > 1 && evg_streq(t[0].low, "the"))
		first = 1;
	for (i = first; i < n; i++) {
		size_t l = t[i].nlow;
		if (k + l + 1 >= S_MAX_KEY) {
			k = 0;
			break;
		}
		if (k)
			key[k++] = ' ';
		memcpy(key + k, t[i].low, l);
		k += l;
		if ((t[i].flags & EVG_TOK_WORD) && !(t[i].flags & (EVG_TOK_ALLCAP | EVG_TOK_NUM)))
			*allcaps = 0;
	}
	key[k] = 0;
	*ntok = (int)(n - first);
	if (t)
		mem->free(t);
	return k;
}

/* The slot of the phrase key[0, k) in lx->keys, made without an entry
 * when new. The map keeps the pointer: key is in the arena. */
static evg_lex_key *S_slot(evg_lexicon *lx, const char *key, size_t k)
{
	evg_lex_key *lk = evg_map_get(&lx->keys, key, k);
	if (!lk) {
		lk = evg_arena_alloc(&lx->arena, sizeof *lk);
		evg_map_put(&lx->keys, key, k, lk);
	}
	return lk;
}

/* Marks each proper prefix of the key that ends at a token as going on,
 * so a match stops as soon as no name starts with the phrase read. */
static void S_add_prefixes(evg_lexicon *lx, const char *key, size_t k)
{
	size_t i;
	for (i = 1; i < k; i++)
		if (key[i] == ' ')
			S_slot(lx, key, i)->longer = 1;
}

static void S_add_key(evg_lexicon *lx, evg_lex_entry *e, const char *s,
                      size_t len)
{
	char key[S_MAX_KEY];
	int ntok, allcaps;
	size_t k = S_phrase_key(key, lx->mem, s, len, &ntok, &allcaps);
	evg_lex_key *lk;
	if (!k)
		return;
	lk = evg_map_get(&lx->keys, key, k);
	if (lk && lk->entry) {
		if (lk->gen != lx->gen) { /* a later file (the user's) takes the name over */
			lk->entry = e;
			lk->gen = lx->gen;
		}
		return; /* inside one file the first entry to claim a name keeps it */
	}
	if (!lk) { /* else a longer name's prefix, its own prefixes marked */
		const char *own = evg_arena_strndup(&lx->arena, key, k);
		lk = S_slot(lx, own, k);
		S_add_prefixes(lx, own, k);
	}
	lk->gen = lx->gen;
	lk->entry = e;
	lk->exact_case = allcaps && len <= 6;
	lk->ntok = ntok;
	if (ntok > lx->maxtok)
		lx->maxtok = ntok;
}

static evg_lex_entry *S_entry(evg_lexicon *lx, const evg_csv_row *r,
                              const int col[4])
{
	evg_lex_entry *e = evg_arena_alloc(&lx->arena, sizeof *e);
	const char *kind = col[1] >= 0 && (size_t)col[1] < r->nfields ? r->fields[col[1]] : "";
	e->name = evg_arena_strdup(&lx->arena, r->fields[col[0]]);
	if (evg_actor_kind_from_name(&e->kind, kind, strlen(kind)))
		e->kind = EVG_ACTOR_UNKNOWN;
	e->country = evg_arena_strdup(&lx->arena, col[2] >= 0 && (size_t)col[2] < r->nfields
	                                              ? r->fields[col[2]] : "");
	e->aliases = evg_arena_strdup(&lx->arena, col[3] >= 0 && (size_t)col[3] < r->nfields
	                                              ? r->fields[col[3]] : "");
	return e;
}

static void S_add_entry(evg_lexicon *lx, evg_lex_entry *e)
{
	const char *p = e->aliases;
	S_add_key(lx, e, e->name, strlen(e->name));
	while (*p) {
		const char *semi = strchr(p, ';');
		size_t n = semi ? (size_t)(semi - p) : strlen(p);
		if (n)
			S_add_key(lx, e, p, n);
		p += n + (semi ? 1 : 0);
	}
	if (e->kind == EVG_ACTOR_COUNTRY && e->country[0] &&
	    !evg_map_get(&lx->by_country, e->country, strlen(e->country)))
		evg_map_put(&lx->by_country, e->country, strlen(e->country), e);
}

/* A row as wide as the header, and a kind that is a kind: a typo there
 * would otherwise quietly make the actor unknown. */
static int S_check_row(const evg_csv_table *t, const evg_csv_row *r, int kcol,
                       const char *name, char *err, size_t errlen)
{
	evg_actor_kind k;
	const char *kind;
	if (r->nfields != t->rows[0].nfields) {
		snprintf(err, errlen, "%s:%zu:1: row has %zu fields, the header %zu", name,
		         r->line, r->nfields, t->rows[0].nfields);
		return EVG_EINVALID;
	}
	kind = kcol >= 0 ? r->fields[kcol] : "";
	if (kind[0] && evg_actor_kind_from_name(&k, kind, strlen(kind))) {
		char shown[48];
		snprintf(err, errlen, "%s:%zu:%d: unknown actor kind '%s'", name, r->line,
		         kcol + 1, evg_shown(shown, sizeof shown, kind));
		return EVG_EINVALID;
	}
	return 0;
}

int evg_lexicon_add_csv(evg_lexicon *lx, const char *name, const char *data,
                        size_t len, char *err, size_t errlen)
{
	evg_csv_table t;
	int col[4], rc;
	size_t i;
	rc = evg_csv_table_parse(&t, lx->mem, name, data, len, err, errlen);
	if (rc)
		goto cleanup;
	lx->gen++;
	col[0] = evg_csv_column(&t, "canonical");
	if (col[0] < 0)
		col[0] = evg_csv_column(&t, "name");
	col[1] = evg_csv_column(&t, "kind");
	col[2] = evg_csv_column(&t, "country");
	col[3] = evg_csv_column(&t, "aliases");
	if (col[0] < 0) {
		snprintf(err, errlen, "%s:1:1: lexicon needs a 'canonical' column", name);
		rc = EVG_EINVALID;
		goto cleanup;
	}
	for (i = 1; i < t.nrows; i++) {
		const evg_csv_row *r = &t.rows[i];
		if ((size_t)col[0] >= r->nfields || !r->fields[col[0]][0]) {
			snprintf(err, errlen, "%s:%zu:1: lexicon row without a name", name, r->line);
			rc = EVG_EINVALID;
			goto cleanup;
		}
		if ((rc = S_check_row(&t, r, col[1], name, err, errlen)))
			goto cleanup;
		S_add_entry(lx, S_entry(lx, r, col));
	}
cleanup:
	evg_csv_table_free(&t);
	return rc;
}

/* ---- finding mentions ---- */





static int S_is_title(const evg_tok *t)
{
	return (t->flags & EVG_TOK_WORD) && (t->wc & EVG_W_TITLE);
}

/* A capitalised word that may be part of an unknown name. */
static int S_is_cap_name(const evg_tok *t)
{
	return (t->flags & EVG_TOK_CAP) && !(t->flags & EVG_TOK_NUM) &&
	       !(t->flags & EVG_TOK_ALLCAP && t->len > 1 && t->len < 3) &&
	       !(t->wc & EVG_W_STOP) && !S_is_title(t);
}

/* 1 when a group may start at t: every group opens with a name (a
 * capitalised word or a number), or a title. Most tokens are neither,
 * and this is cheaper than reading a group to learn it is empty. */
static int S_may_open_group(const evg_tok *t)
{
	return (t->flags & (EVG_TOK_CAP | EVG_TOK_NUM)) || S_is_title(t);
}

/* 1 when every word of tokens [a, b) is in capitals or a number: what
 * an all-capitals alias asks ("US" is not "us"). */
static int S_all_caps(const evg_tok *t, size_t a, size_t b)
{
	for (; a < b; a++)
		if ((t[a].flags & EVG_TOK_WORD) && !(t[a].flags & (EVG_TOK_ALLCAP | EVG_TOK_NUM)))
			return 0;
	return 1;
}

/* The entry of the phrase of tokens [a, b), found as lk, when it names
 * one there. */
static evg_lex_entry *S_name(const evg_lex_key *lk, const evg_tok *t, size_t a,
                             size_t b)
{
	return lk->entry && (!lk->exact_case || S_all_caps(t, a, b)) ? lk->entry : NULL;
}

/* S_match past token i, a phrase longer names start with: the tokens
 * are joined into one key as they are read. */
static size_t S_match_on(const evg_lexicon *lx, const evg_tok *t, size_t i,
                         size_t nt, size_t best, evg_lex_entry **out)
{
	char key[S_MAX_KEY];
	size_t k = t[i].nlow, j;
	uint64_t h = t[i].h;
	memcpy(key, t[i].low, k);
	for (j = i + 1; j < nt && j - i < (size_t)lx->maxtok; j++) {
		size_t l = t[j].nlow;
		const evg_lex_key *lk;
		evg_lex_entry *e;
		if (k + l + 1 >= sizeof key)
			break;
		key[k++] = ' ';
		h = evg_hash64(evg_hash64_byte(h, ' '), t[j].low, l);
		memcpy(key + k, t[j].low, l);
		k += l;
		if (!(lk = evg_map_get_hashed(&lx->keys, key, k, h)))
			break; /* no name is, or starts with, the phrase */
		if ((e = S_name(lk, t, i, j + 1)))
			best = j + 1 - i, *out = e;
		if (!lk->longer)
			break;
	}
	return best;
}

/* Longest lexicon match starting at token i; returns its token count.
 * One lookup a phrase says both whether it is a name and whether longer
 * names start with it; most capitalised words are neither, and the
 * first is looked up as the token holds it. */
static size_t S_match(const evg_lexicon *lx, const evg_tok *t, size_t i,
                      size_t nt, evg_lex_entry **out)
{
	const evg_lex_key *lk;
	evg_lex_entry *e;
	size_t best = 0;
	if (!(t[i].flags & EVG_TOK_WORD) || !(t[i].flags & (EVG_TOK_CAP | EVG_TOK_NUM)) ||
	    !(lk = evg_map_get_hashed(&lx->keys, t[i].low, t[i].nlow, t[i].h)))
		return 0;
	if ((e = S_name(lk, t, i, i + 1)))
		best = 1, *out = e;
	return lk->longer ? S_match_on(lx, t, i, nt, best, out) : best;
}

/* What one group holds while it is read. */
typedef struct S_group {
	evg_lex_entry *person, *org, *country;
	size_t run0, runlen; /* the last run of capitalised unknown words */
	size_t title_tok;    /* last title word + 1, or 0 */
	size_t person_end;   /* token after the last named person */
	int nnames;
	int owned;           /* a name after "<country>'s" ("Russia's Sandworm") */
} S_group;

static void S_take(S_group *g, evg_lex_entry *e)
{
	g->nnames++;
	if (e->kind == EVG_ACTOR_PERSON)
		g->person = e;
	else if (e->kind == EVG_ACTOR_COUNTRY)
		g->country = g->country ? g->country : e;
	else
		g->org = e;
}

/* 1 when a speech verb follows the group ending at token j, directly or
 * after an apposition (", owner of the company, told"). */
static int S_speech_follows(const evg_tok *t, size_t j, size_t nt)
{
	size_t k;
	if (j < nt && (t[j].wc & EVG_W_SAID))
		return 1;
	if (j >= nt || !evg_streq(t[j].low, ","))
		return 0;
	for (k = j + 1; k < nt && k < j + 12; k++)
		if (evg_streq(t[k].low, ","))
			return k + 1 < nt && (t[k + 1].wc & EVG_W_SAID);
	return 0;
}

/* Reads one group from token i; returns its end (i when none). */
static size_t S_read_group(const evg_lexicon *lx, const evg_tok *t, size_t i,
                           size_t nt, S_group *g)
{
	size_t j = i, m;
	evg_lex_entry *e;
	memset(g, 0, sizeof *g);
	while (j < nt) {
		if ((m = S_match(lx, t, j, nt, &e))) {
			S_take(g, e);
			j += m;
			if (e->kind == EVG_ACTOR_PERSON)
				g->person_end = j;
		} else if (S_is_title(&t[j])) {
			g->title_tok = ++j;
		} else if (S_is_cap_name(&t[j])) {
			if (!g->runlen || g->run0 + g->runlen != j)
				g->run0 = j, g->runlen = 0;
			g->runlen++;
			j++;
		} else if (j > i && g->title_tok == j && evg_streq(t[j].low, "of") &&
		           j + 1 < nt && (t[j + 1].flags & EVG_TOK_CAP)) {
			j++; /* "Secretary of State" */
		} else if (j > i && g->country && !g->org && !g->person && !g->runlen &&
		           j + 1 < nt && evg_streq(t[j].low, "'s") &&
		           (m = S_match(lx, t, j + 1, nt, &e)) && e->kind != EVG_ACTOR_COUNTRY &&
		           (!e->country[0] || evg_streq(e->country, g->country->country))) {
			/* "Russia's GRU", "China's Wang Yi": the state's own; not
			 * "Russia's SolarWinds hack", which was done to a US firm */
			S_take(g, e);
			g->owned = 1;
			j += m + 1;
			if (e->kind == EVG_ACTOR_PERSON)
				g->person_end = j;
		} else if (j > i && evg_streq(t[j].low, "(") && j + 2 < nt &&
		           (m = S_match(lx, t, j + 1, nt, &e)) && j + 1 + m < nt &&
		           !strcmp(t[j + 1 + m].low, ")")) {
			S_take(g, e); /* "Main Intelligence Directorate (GRU)" */
			j += m + 2;
		} else {
			break;
		}
	}
	return j;
}

static void S_register(evg_doc_actors *da, const char *key, evg_lex_entry *e)
{
	size_t n = strlen(key);
	if (n)
		evg_map_put(&da->refs, evg_arena_strndup(da->doc_arena, key, n), n, e);
}

/* The entry of an actor known only by shape: one per name and document
 * (the first reading of a name in a document holds there; the merge
 * gives each name one entry across documents), kept once for all the
 * documents that read a name the same way, so what the parser keeps
 * grows with the actors a corpus names, not with its documents. */
static evg_lex_entry *S_unknown(evg_doc_actors *da, const char *text,
                                const evg_tok *t, size_t a, size_t b,
                                evg_actor_kind kind, const evg_lex_entry *c)
{
	size_t off = t[a].off, len = t[b - 1].off + t[b - 1].len - off, klen;
	const char *country = c ? c->country : "";
	evg_lex_entry *e = evg_map_get(da->unknown, text + off, len);
	evg_buf key = EVG_BUF_INIT(evg_default_mem());
	if (e)
		return e;
	/* kind, country, name: one key, NUL-separated */
	evg_buf_putc(&key, (char)('A' + (int)kind));
	evg_buf_put(&key, country, strlen(country) + 1);
	evg_buf_put(&key, text + off, len);
	klen = key.len;
	if (!(e = evg_map_get(da->shared, key.ptr, klen))) {
		e = evg_arena_alloc(da->keep_arena, sizeof *e);
		e->name = evg_arena_strndup(da->keep_arena, text + off, len);
		e->kind = kind;
		e->country = evg_arena_strdup(da->keep_arena, country);
		e->aliases = evg_arena_strdup(da->keep_arena, "");
		evg_map_put(da->shared, evg_arena_strndup(da->keep_arena, key.ptr, klen), klen, e);
	}
	evg_buf_free(&key);
	evg_map_put(da->unknown, e->name, len, e);
	return e;
}

static int S_run_has_orgword(const evg_tok *t, size_t a, size_t n)
{
	size_t k;
	for (k = a; k < a + n; k++)
		if ((t[k].wc & EVG_W_ORGWORD))
			return 1;
	return 0;
}

/* The state whose body a group at token i belongs to: "Iran's foreign
 * ministry spokesman Nasser Kanaani" (a country mention, 's, and a few
 * lower-case words of title or body before the group), or NULL. */
static const evg_lex_entry *S_possessor(const evg_mention *m, size_t n,
                                        const evg_tok *t, size_t i)
{
	size_t k;
	if (!n || m[n - 1].actor->kind != EVG_ACTOR_COUNTRY || m[n - 1].t1 >= i ||
	    !evg_streq(t[m[n - 1].t1].low, "'s") || i - m[n - 1].t1 > 5)
		return NULL;
	for (k = m[n - 1].t1 + 1; k < i; k++)
		if (!(t[k].flags & EVG_TOK_WORD) || (t[k].flags & EVG_TOK_CAP) ||
		    !(t[k].wc & (EVG_W_TITLE | EVG_W_ORGWORD)))
			return NULL; /* "Russia's longtime critic Bill Browder" is not Russia's */
	return m[n - 1].actor;
}

/* Chooses the actor a group stands for (see the file comment); an
 * unknown person or body is of the group's country, else of `poss`. */
static evg_lex_entry *S_head(evg_doc_actors *da, const char *text,
                             const evg_tok *t, size_t j, size_t nt,
                             const S_group *g, const evg_lex_entry *poss)
{
	evg_lex_entry *e;
	int speaks = S_speech_follows(t, j, nt);
	if (g->person && !(g->runlen >= 2 && g->run0 >= g->person_end))
		return g->person;
	if (g->runlen >= 2 && g->runlen <= 3 && (g->title_tok || speaks)) {
		int org = S_run_has_orgword(t, g->run0, g->runlen);
		return S_unknown(da, text, t, g->run0, g->run0 + g->runlen,
		                 org ? EVG_ACTOR_ORG : EVG_ACTOR_PERSON,
		                 g->country ? g->country : poss);
	}
	if (g->runlen == 1 && (e = evg_map_get(&da->refs, t[g->run0].low,
	                                       t[g->run0].nlow)))
		return e;
	if (g->org)
		return g->org;
	if (g->country)
		return g->country;
	if (g->title_tok && !g->runlen &&
	    (e = evg_map_get(&da->refs, t[g->title_tok - 1].low,
	                     t[g->title_tok - 1].nlow)))
		return e;
	return NULL;
}

/* Remembers a person's surname and titles for later references. */
static void S_remember(evg_doc_actors *da, const evg_tok *t, size_t i,
                       size_t j, evg_lex_entry *e, int *first)
{
	const char *sp = strrchr(e->name, ' ');
	char low[32];
	size_t k, n;
	if (e->kind != EVG_ACTOR_PERSON)
		return;
	if (!*first)
		da->last_person = e; /* "he" and "she" mean a sentence's subject */
	*first = 1;
	if (sp && strlen(sp + 1) < sizeof low) {
		for (n = 0; sp[n + 1]; n++)
			low[n] = (char)evg_tolower((unsigned char)sp[n + 1]);
		low[n] = 0;
		S_register(da, low, e);
	}
	for (k = i; k < j; k++)
		if (S_is_title(&t[k]) && !evg_streq(t[k].low, "former") &&
		    !evg_streq(t[k].low, "senior") && !evg_streq(t[k].low, "top"))
			S_register(da, t[k].low, e);
}

/* The kind of actor a noun says a name is: "company", "group", "daily". */
static evg_actor_kind S_noun_kind(const evg_tok *t)
{
	uint32_t w = t->wc;
	return w & EVG_W_COMPANY_NOUN ? EVG_ACTOR_COMPANY
	     : w & EVG_W_ORG_NOUN     ? EVG_ACTOR_ORG
	     : w & EVG_W_MEDIA_NOUN   ? EVG_ACTOR_MEDIA
	                              : EVG_ACTOR_UNKNOWN;
}

/* "the software company Kaseya", "the newspaper Kommersant": a name
 * introduced by what it is. */
static evg_lex_entry *S_named_by_noun(evg_doc_actors *da, const char *text,
                                      const evg_tok *t, size_t i,
                                      const S_group *g)
{
	evg_actor_kind k = S_noun_kind(&t[i - 1]);
	if (k == EVG_ACTOR_UNKNOWN || g->runlen > 3)
		return NULL;
	return S_unknown(da, text, t, g->run0, g->run0 + g->runlen, k, NULL);
}

/* "DarkSide, a criminal group based in Russia, ...": a name that an
 * apposition right after it says what it is, the noun within four
 * words of "a", "an" or "the" ("a Moscow daily"). The apposition must
 * close with a comma ("Instead, the company accused" has none), and a
 * person's ("John Smith, a spokesman for the company,") says what the
 * person does, not what the person is: it stops at a title, 's and the
 * prepositions that lead to an employer. */
static evg_lex_entry *S_named_by_apposition(evg_doc_actors *da, const char *text,
                                            const evg_tok *t, size_t i, size_t j,
                                            size_t nt, const S_group *g)
{
	size_t k;
	if (g->title_tok || g->runlen > 3 || j != i + g->runlen || j + 2 >= nt ||
	    !evg_streq(t[j].low, ",") || !evg_form(t[j + 1].low, "a|an|the"))
		return NULL;
	for (k = j + 2; k < nt && k < j + 14 && !evg_streq(t[k].low, ","); k++)
		;
	if (k >= nt || !evg_streq(t[k].low, ","))
		return NULL;
	for (k = j + 2; k < nt && k < j + 6 && (t[k].flags & EVG_TOK_WORD); k++) {
		if ((t[k].wc & EVG_W_TITLE) || evg_form(t[k].low, "'s|for|of|at|in|with"))
			return NULL;
		if (S_noun_kind(&t[k]) != EVG_ACTOR_UNKNOWN)
			return k + 1 < nt && evg_streq(t[k + 1].low, "'s")
			       ? NULL /* "the group's leader" */
			       : S_unknown(da, text, t, i, j, S_noun_kind(&t[k]), NULL);
	}
	return NULL;
}

/* 1 when the name at token i is the object of a verb of attack:
 * "breached [the] X", "breached the computer networks of X". Not after
 * a noun ("condemned the attacks Hamas launched"), and "attacked" or
 * "targeted" only in a sentence about intrusions. */
static int S_attack_object(const evg_tok *t, size_t i, size_t nt)
{
	size_t v = i, k;
	int computing = 0;
	if (v >= 2 && evg_streq(t[v - 1].low, "of")) {
		v--;
		for (k = 0; k < 3 && v >= 2 && (t[v - 1].flags & EVG_TOK_WORD) &&
		            !(t[v - 1].flags & EVG_TOK_CAP) && !evg_streq(t[v - 1].low, "the") &&
		            !(t[v - 1].wc & EVG_W_ATTACK_VERB); k++)
			computing |= (t[--v].wc & EVG_W_COMPUTING) != 0;
		if (!computing)
			return 0; /* "attacked the policies of X": not X attacked */
	}
	if (v >= 2 && evg_streq(t[v - 1].low, "the"))
		v--;
	if (v < 1 || !(t[v - 1].wc & EVG_W_ATTACK_VERB) ||
	    (v >= 2 && (t[v - 2].wc & EVG_W_DETERMINER)))
		return 0;
	if (!strncmp(t[v - 1].low, "attack", 6) || !strncmp(t[v - 1].low, "target", 6)) {
		for (k = 0; k < nt && !(t[k].wc & EVG_W_INTRUSION); k++)
			;
		return k < nt; /* "attacked Nvidia over its data practices" */
	}
	return 1;
}

/* 1 when the name ending before token end is followed by the noun it
 * describes ("Windows computers"), directly or after "and" and another
 * name ("Gmail and Yahoo accounts"). */
static int S_describes(const evg_tok *t, size_t end, size_t nt)
{
	if (end + 1 < nt && evg_form(t[end].low, "and|or") && S_is_cap_name(&t[end + 1])) {
		for (end++; end < nt && S_is_cap_name(&t[end]); end++)
			;
	}
	return end < nt && (t[end].flags & EVG_TOK_WORD) && !(t[end].flags & EVG_TOK_CAP) &&
	       !evg_form(t[end].low, "and|or|'s|in|on|at|from|with|last|this|over|during|"
	                             "since|as|before|after|earlier|for|by|to|into|through|"
	                             "early|late|until");
}

/* "hackers breached Sony Pictures": a name no lexicon knows, the object
 * of a verb of attack, is the one attacked, whatever kind of actor it
 * is. Only a bare run of capitalised words, which goes on through "of"
 * ("the Office of Personnel Management"): with a title or a known name
 * the group says more. Sets *j past the name. */
static evg_lex_entry *S_named_by_attack(evg_doc_actors *da, const char *text,
                                        const evg_tok *t, size_t i, size_t *j,
                                        size_t nt, const S_group *g)
{
	size_t end = *j, k;
	if (g->title_tok || *j != i + g->runlen || !S_attack_object(t, i, nt))
		return NULL;
	while (end + 1 < nt && evg_streq(t[end].low, "of") && S_is_cap_name(&t[end + 1])) {
		for (k = end + 1; k < nt && S_is_cap_name(&t[k]); k++)
			;
		end = k;
	}
	if (end - i > 6)
		return NULL; /* a list, or a title's worth of words */
	if (S_describes(t, end, nt))
		return NULL; /* "Windows computers", "Gulf shipping companies":
		                the name describes what was attacked */
	*j = end;
	return S_unknown(da, text, t, i, end, EVG_ACTOR_UNKNOWN, NULL);
}

/* "he" or "she": tested on every token, so by length first. */
static int S_is_he_or_she(const evg_tok *t)
{
	return (t->nlow == 2 && evg_streq(t->low, "he")) ||
	       (t->nlow == 3 && evg_streq(t->low, "she"));
}

static evg_mention *S_push(evg_mention **out, size_t *cap, size_t n,
                           const evg_mem *mem)
{
	if (n == *cap) {
		*cap = *cap ? evg_size_mul(*cap, 2) : 16;
		*out = evg_realloc(mem, *out, *cap, sizeof **out);
	}
	memset(&(*out)[n], 0, sizeof **out);
	return &(*out)[n];
}

size_t evg_actors_find(evg_mention **out, size_t *cap, const evg_mem *mem,
                       const evg_lexicon *lx, evg_doc_actors *da,
                       const char *text, const evg_tok *t, size_t nt)
{
	size_t i = 0, n = 0, j;
	int first = 0;
	S_group g;
	while (i < nt) {
		evg_mention *m;
		evg_lex_entry *e;
		if (S_is_he_or_she(&t[i]) && da->last_person) {
			m = S_push(out, cap, n++, mem);
			m->t0 = i, m->t1 = i + 1;
			m->actor = da->last_person;
			m->pronoun = 1;
			first = 1;
			i++;
			continue;
		}
		if (!S_may_open_group(&t[i]) ||
		    (j = S_read_group(lx, t, i, nt, &g)) == i) {
			i++;
			continue;
		}
		if (!g.nnames && g.runlen && g.run0 == i &&
		    ((i > 0 && (e = S_named_by_noun(da, text, t, i, &g))) ||
		     (e = S_named_by_apposition(da, text, t, i, j, nt, &g)) ||
		     (i > 0 && (e = S_named_by_attack(da, text, t, i, &j, nt, &g))))) {
			m = S_push(out, cap, n++, mem);
			m->t0 = i, m->t1 = j;
			m->actor = e;
			i = j;
			continue;
		}
		if ((e = S_head(da, text, t, j, nt, &g, S_possessor(*out, n, t, i)))) {
			m = S_push(out, cap, n++, mem);
			m->t0 = i, m->t1 = j;
			m->actor = e;
			m->bare = g.nnames == 1 + g.owned && !g.runlen && !g.title_tok;
			S_remember(da, t, i, j, e, &first);
		}
		i = j;
	}
	return n;
}
