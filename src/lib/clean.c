/* clean.c: the clean stage. The working copy has the length of the input
 * so that offsets found later point into the original: bad bytes become
 * one marker byte each, and page furniture is blanked with spaces rather
 * than cut out.
 *
 * Furniture is found the way a reader skips it, by shape, never by a
 * site's wording: menu and section rows are short lines without sentence
 * punctuation; icon rows are long lines with no capital and no
 * punctuation; template placeholders carry "{{"; credits carry a
 * copyright sign; embedded posts end in "— Name (@handle) date";
 * promotions talk to "you" and give an address or a number to call. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "bytes8.h"
#include "ctype.h"
#include "extract.h"
#include "text.h"

/* Below this many words a line without final punctuation is a heading,
 * a menu item or a list of links, not body text. */
enum { S_MIN_BARE_WORDS = 20, S_MAX_BAD_DIAGS = 20 };

void evg_line_col(const char *text, size_t off, size_t *line, size_t *col)
{
	size_t i, l = 1, c = 1;
	for (i = 0; i < off; i++) {
		if (text[i] == '\n')
			l++, c = 1;
		else if (((unsigned char)text[i] & 0xc0) != 0x80)
			c++;
	}
	*line = l;
	*col = c;
}

static void S_diag(evg_graph *g, const char *name, const char *text,
                   size_t off, const char *code, const char *msg)
{
	size_t line, col;
	evg_line_col(text, off, &line, &col);
	evg_graph_add_diag(g, name, line, col, code, msg);
}

/* Replaces invalid UTF-8 and NUL bytes; reports the first few. */
static void S_fix_bytes(char *work, const char *text, size_t len,
                        evg_graph *g, const char *name)
{
	size_t i = 0, nbad = 0, n;
	memcpy(work, text, len);
	while (i < len) {
		unsigned char c = (unsigned char)text[i];
		uint64_t w;
		if (len - i >= 8 && (w = evg_b8_load(text + i), evg_b8_ascii(w)) &&
		    evg_b8_ge(w, 0x20) == EVG_B8_HIGH) {
			i += 8; /* eight printable ASCII bytes: copied already */
			continue;
		}
		if (c >= 0x20 && c < 0x80) {
			i++;
			continue;
		}
		if (c == 0 || (c >= 0x80 &&
		               !(n = evg_utf8_valid_len((const unsigned char *)text + i, len - i)))) {
			work[i] = c ? (char)EVG_BAD_BYTE : ' ';
			if (g && nbad++ < S_MAX_BAD_DIAGS)
				S_diag(g, name, text, i, c ? "bad-utf8" : "nul-byte",
				       c ? "invalid UTF-8 byte replaced by U+FFFD"
				         : "NUL byte replaced by a space");
			i++;
			continue;
		}
		n = c < 0x80 ? 1 : n;
		if (c == '\r' || c == '\t' || c == '\f' || c == '\v')
			work[i] = ' ';
		i += n;
	}
	if (g && nbad > S_MAX_BAD_DIAGS) {
		char msg[80];
		snprintf(msg, sizeof msg, "%zu more bad bytes not reported",
		         nbad - S_MAX_BAD_DIAGS);
		S_diag(g, name, text, len, "bad-utf8", msg);
	}
}

typedef struct S_line {
	const char *p;
	size_t len;      /* trimmed */
	size_t words;    /* counted at least up to S_MIN_BARE_WORDS: no test asks more */
	int upper;       /* has a capital letter (A to Z) */
	int terminal;    /* ends like a sentence */
} S_line;

/* 1 when s[0..len) ends with . ! ? or such followed by closing quotes. */
static int S_ends_terminal(const char *s, size_t len)
{
	while (len) {
		unsigned char c = (unsigned char)s[len - 1];
		if (c == '"' || c == '\'' || c == ')' || c == ']')
			len--;
		else if (len >= 3 && (unsigned char)s[len - 3] == 0xe2 &&
		         (unsigned char)s[len - 2] == 0x80 &&
		         (c == 0x9d || c == 0x99 || c == 0xa6))
			len -= 3; /* ” ’ … */
		else
			return c == '.' || c == '!' || c == '?' || c == ':' || c == ';';
	}
	return 0;
}

/* Counts the words (a word starts at a non-space byte after a space)
 * and looks for a capital. It counts instead every change between
 * space and non-space: the line starts as after a space, so the changes
 * alternate and the words are half of them, rounded up. Changes inside
 * a word of eight bytes are the same whatever the machine's byte order,
 * and a body paragraph is done with after its first twenty words. */
static void S_measure(S_line *l)
{
	const unsigned char *p = (const unsigned char *)l->p;
	size_t i = 0, n = l->len, changes = 0;
	unsigned prev = 1, space; /* 1 after a space */
	uint64_t w, sp, caps = 0;
	while (i < n && (changes < 2 * S_MIN_BARE_WORDS - 1 || !caps)) {
		if (n - i >= 8 && (w = evg_b8_load(p + i), evg_b8_ascii(w))) {
			/* the spaces of evg_isspace: ' ' and '\t' to '\r' */
			sp = evg_b8_eq(w, ' ') | (evg_b8_ge(w, '\t') & ~evg_b8_ge(w, '\r' + 1));
			changes += (prev ^ (unsigned)evg_isspace(p[i])) +
			           evg_b8_count((sp ^ sp << 8) & EVG_B8_HIGH << 8);
			caps |= evg_b8_ge(w, 'A') & ~evg_b8_ge(w, 'Z' + 1);
			prev = (unsigned)evg_isspace(p[i + 7]);
			i += 8;
		} else {
			space = (unsigned)evg_isspace(p[i]);
			changes += prev ^ space;
			prev = space;
			caps |= (uint64_t)evg_isupper(p[i++]);
		}
	}
	l->words = (changes + 1) / 2;
	l->upper = caps != 0;
	l->terminal = S_ends_terminal(l->p, l->len);
}

/* 1 when the line has any of . , ; ! ? */
static int S_has_punct(const S_line *l)
{
	size_t i;
	for (i = 0; i < l->len; i++)
		switch (l->p[i]) {
		case '.': case ',': case ';': case '!': case '?':
			return 1;
		}
	return 0;
}

static int S_contains(const char *p, size_t len, const char *needle)
{
	size_t n = strlen(needle);
	const char *end = p + len;
	while ((size_t)(end - p) >= n &&
	       (p = memchr(p, needle[0], (size_t)(end - p) - n + 1))) {
		if (!memcmp(p, needle, n))
			return 1;
		p++;
	}
	return 0;
}

/* 1 when w[0, n) is one of the '|'-separated forms, in any case. */
static int S_is_form(const char *w, size_t n, const char *forms)
{
	while (*forms) {
		size_t k = strcspn(forms, "|");
		if (k == n && evg_strncaseeq(w, forms, n))
			return 1;
		forms += k + (forms[k] == '|');
	}
	return 0;
}

/* 1 when p[0, len) has one of `forms` ('|'-separated, lower case, all
 * with the same first letter) as a whole word, in any case: "you|your"
 * finds "Your" but not "youth". Found by memchr on the first letter; a
 * hit inside a word ("they") is passed over without a comparison. */
static int S_has_word(const char *p, size_t len, const char *forms)
{
	const char *end = p + len, *q, *e;
	int pass;
	for (pass = 0; pass < 2; pass++) {
		char first = pass ? (char)evg_toupper(forms[0]) : forms[0];
		for (q = p; q < end && (q = memchr(q, first, (size_t)(end - q))); q = e) {
			e = q + 1;
			if (q > p && evg_isalpha((unsigned char)q[-1]))
				continue;
			while (e < end && evg_isalpha((unsigned char)*e))
				e++;
			if (S_is_form(q, (size_t)(e - q), forms))
				return 1;
		}
	}
	return 0;
}

/* A line that asks the reader to write, call or join. */
static int S_promotional(const S_line *l)
{
	return S_has_word(l->p, l->len, "you|your") &&
	       (S_contains(l->p, l->len, "[email") || S_contains(l->p, l->len, "http") ||
	        S_has_word(l->p, l->len, "call") || S_has_word(l->p, l->len, "subscribe"));
}

/* An embedded post: "... — Name (@handle) Month d, yyyy". */
static int S_embedded_post(const S_line *l)
{
	return S_contains(l->p, l->len, "(@") &&
	       (S_contains(l->p, l->len, "\xe2\x80\x94") ||
	        S_contains(l->p, l->len, " - ") ||
	        S_contains(l->p, l->len, "pic.twitter"));
}

/* The tests that need no search of the line come first: they decide
 * headings and menus, and a body paragraph passes them all. */
static int S_furniture(const S_line *l)
{
	if (!l->len)
		return 0;
	if (l->words < 3)
		return 1; /* "Share.", "sections.": no sentence is that short */
	if (!l->terminal && l->words < S_MIN_BARE_WORDS)
		return 1;
	if (l->words >= 8 && !l->upper && !S_has_punct(l))
		return 1; /* a row of icon names */
	if (S_contains(l->p, l->len, "{{") || S_contains(l->p, l->len, "}}"))
		return 1;
	if (l->words < S_MIN_BARE_WORDS && S_contains(l->p, l->len, "\xc2\xa9"))
		return 1; /* © photo credit */
	return S_embedded_post(l) || S_promotional(l);
}

static const char *const S_joiners[] = {
	"the", "a", "an", "of", "to", "in", "on", "and", "for", "with",
	"that", "by", "at", "from", "as", "or", "but", NULL};

/* 1 when the line after `prev` carries on the same sentence, as in text
 * wrapped at a fixed width. */
int evg_line_continues(const char *prev, size_t plen, const char *next)
{
	size_t i, w;
	while (plen && evg_isspace((unsigned char)prev[plen - 1]))
		plen--;
	if (plen < 50 || S_ends_terminal(prev, plen))
		return 0;
	while (*next == ' ')
		next++;
	if (evg_islower((unsigned char)*next))
		return 1;
	if (prev[plen - 1] == ',')
		return 1;
	for (w = plen; w && evg_isalpha((unsigned char)prev[w - 1]); w--)
		;
	for (i = 0; S_joiners[i]; i++)
		if (plen - w == strlen(S_joiners[i]) &&
		    evg_strncaseeq(prev + w, S_joiners[i], plen - w))
			return 1;
	return 0;
}

/* Blanks a leading "key 2016-11-07" metadata header on a line. */
static void S_blank_header(char *p, size_t len)
{
	size_t i = 0, k;
	while (i < len && p[i] == ' ')
		i++;
	k = i;
	while (i < len && evg_islower((unsigned char)p[i]) && i - k < 12)
		i++;
	if (i == k || i + 11 > len || p[i] != ' ')
		return;
	i++;
	if (evg_isdigit((unsigned char)p[i]) && evg_isdigit((unsigned char)p[i + 3]) &&
	    p[i + 4] == '-' && p[i + 7] == '-' && evg_isdigit((unsigned char)p[i + 9]))
		memset(p + k, ' ', i + 10 - k);
}

/* Blanks a dateline that opens a paragraph: "WASHINGTON (Reuters) - ",
 * "GENEVA — ". The city there places the story; it does not act in it. */
static void S_blank_dateline(char *p, size_t len)
{
	size_t i = 0, caps = 0;
	while (i < len && p[i] == ' ')
		i++;
	while (i < len && (evg_isupper((unsigned char)p[i]) || p[i] == ' ' || p[i] == '.'))
		caps += evg_isupper((unsigned char)p[i++]);
	if (caps < 3 || i >= len)
		return;
	if (p[i] == '(') {
		const char *close = memchr(p + i, ')', len - i);
		if (!close || close - (p + i) > 40)
			return;
		i = (size_t)(close - p) + 1;
	}
	while (i < len && p[i] == ' ')
		i++;
	if (i + 1 < len && p[i] == '-' && p[i + 1] == ' ')
		i += 2;
	else if (i + 3 < len && (unsigned char)p[i] == 0xe2 && (unsigned char)p[i + 1] == 0x80 &&
	         ((unsigned char)p[i + 2] == 0x94 || (unsigned char)p[i + 2] == 0x93))
		i += 3;
	else
		return;
	memset(p, ' ', i);
}

static void S_blank(char *p, size_t len)
{
	size_t i;
	for (i = 0; i < len; i++)
		if (p[i] != '\n')
			p[i] = ' ';
}

/* Classifies a block of wrapped lines [s, e) as a whole. */
static size_t S_clean_block(char *s, char *e)
{
	S_line l;
	l.p = s;
	l.len = (size_t)(e - s);
	while (l.len && evg_isspace((unsigned char)*l.p))
		l.p++, l.len--;
	while (l.len && evg_isspace((unsigned char)l.p[l.len - 1]))
		l.len--;
	S_measure(&l);
	if (!S_furniture(&l))
		return 0;
	S_blank(s, (size_t)(e - s));
	return 1;
}

size_t evg_clean(char *work, const char *text, size_t len, evg_graph *g,
                 const char *name)
{
	char *p = work, *end = work + len, *bs = work;
	size_t blanked = 0;
	S_fix_bytes(work, text, len, g, name);
	while (p < end) {
		char *nl = memchr(p, '\n', (size_t)(end - p));
		char *le = nl ? nl : end;
		S_blank_header(p, (size_t)(le - p));
		if (p == bs)
			S_blank_dateline(p, (size_t)(le - p));
		if (!nl || !evg_line_continues(p, (size_t)(le - p), nl + 1) ||
		    nl + 1 >= end || nl[1] == '\n') {
			blanked += S_clean_block(bs, le);
			bs = nl ? nl + 1 : end;
		}
		p = nl ? nl + 1 : end;
	}
	return blanked;
}
