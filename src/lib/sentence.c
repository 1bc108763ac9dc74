/* sentence.c: sentence splitting and tokens. A full stop ends a sentence
 * unless it closes an abbreviation (U.S., Gen., Dec., Mr., St.) or an
 * initial, or sits inside a quotation that goes on; paragraphs always
 * end one. Tokens keep their byte offsets. */
#include <stdint.h>
#include <string.h>

#include "ctype.h"
#include "extract.h"
#include "text.h"

/* Quotations longer than this are taken as unbalanced marks, so a stray
 * opening quote cannot glue a whole article into one sentence. */
enum { S_MAX_QUOTE = 600 };

/* 1 when the word ending just before text[dot] is an abbreviation or an
 * initial, so the dot does not end the sentence. */
static int S_abbreviation(const char *text, size_t start, size_t dot)
{
	size_t w = dot, i;
	char low[8];
	while (w > start && (evg_isalpha((unsigned char)text[w - 1]) ||
	                     text[w - 1] == '.'))
		w--;
	if (dot - w == 1 && evg_isupper((unsigned char)text[w]))
		return 1; /* an initial: "John F. Kennedy" */
	if (memchr(text + w, '.', dot - w))
		return 1; /* "U.S." */
	if (dot - w >= sizeof low || dot == w)
		return 0;
	for (i = 0; i < dot - w; i++)
		low[i] = (char)evg_tolower((unsigned char)text[w + i]);
	return (evg_word_class(low, dot - w) & EVG_W_ABBREV) != 0;
}

static int S_is3(const char *p, size_t left, unsigned char b3)
{
	return left >= 3 && (unsigned char)p[0] == 0xe2 &&
	       (unsigned char)p[1] == 0x80 && (unsigned char)p[2] == b3;
}

/* Skips closing quotes and brackets after a full stop. */
static size_t S_skip_closers(const char *t, size_t i, size_t len)
{
	for (;;) {
		if (i < len && (t[i] == '"' || t[i] == '\'' || t[i] == ')'))
			i++;
		else if (S_is3(t + i, len - i, 0x9d) || S_is3(t + i, len - i, 0x99))
			i += 3;
		else
			return i;
	}
}

/* 1 when a sentence may start at t[i]: a capital, a digit or a quote. */
static int S_starter(const char *t, size_t i, size_t len)
{
	unsigned char c;
	while (i < len && t[i] == ' ')
		i++;
	if (i >= len)
		return 1;
	c = (unsigned char)t[i];
	return evg_isupper(c) || evg_isdigit(c) || c == '"' || c == '\'' ||
	       c == '(' || c == '[' || c == '\n' || c >= 0x80;
}

typedef struct S_split {
	evg_span *v;
	size_t n, cap;
	const evg_mem *mem;
} S_split;

static void S_emit(S_split *s, const char *t, size_t a, size_t b)
{
	while (a < b && (evg_isspace((unsigned char)t[a])))
		a++;
	while (b > a && (evg_isspace((unsigned char)t[b - 1])))
		b--;
	if (b <= a)
		return;
	if (s->n == s->cap) {
		s->cap = s->cap ? evg_size_mul(s->cap, 2) : 32;
		s->v = evg_realloc(s->mem, s->v, s->cap, sizeof *s->v);
	}
	s->v[s->n].off = a;
	s->v[s->n++].len = b - a;
}

/* The end of the line starting at i, and whether the next line goes on
 * with the same sentence. */
static int S_newline_breaks(const char *t, size_t ls, size_t nl, size_t len)
{
	if (nl + 1 >= len || t[nl + 1] == '\n')
		return 1;
	return !evg_line_continues(t + ls, nl - ls, t + nl + 1);
}

/* Follows quotation marks at t[i]: curly ones open and close, a straight
 * one opens before a word and closes after one. */
static void S_track_quote(const char *t, size_t i, size_t len, int *depth,
                          size_t *qopen)
{
	if (S_is3(t + i, len - i, 0x9c)) {
		if (!(*depth)++)
			*qopen = i;
	} else if (S_is3(t + i, len - i, 0x9d)) {
		*depth = *depth ? *depth - 1 : 0;
	} else if (t[i] == '"') {
		if (*depth && i > 0 && t[i - 1] != ' ')
			(*depth)--;
		else if (i + 1 < len && t[i + 1] != ' ' && !(*depth)++)
			*qopen = i;
	}
}

/* Where the sentence ends if the stop at t[i] ends it, else 0. */
static size_t S_stop_end(const char *t, size_t i, size_t len, size_t start,
                         int depth, size_t qopen)
{
	unsigned char c = (unsigned char)t[i];
	size_t j;
	int quoted;
	if ((c != '.' && c != '!' && c != '?') || (c == '.' && S_abbreviation(t, start, i)))
		return 0;
	j = S_skip_closers(t, i + 1, len);
	quoted = depth > 0 && i - qopen < S_MAX_QUOTE && j == i + 1;
	if (j < len && (t[j] == ' ' || t[j] == '\n') && !quoted && S_starter(t, j, len))
		return j;
	return 0;
}

/* The bytes the splitter looks at: line ends, stops, quotes and the lead
 * byte of curly quotes. */
static const unsigned char S_special[256] = {
	['\n'] = 1, ['"'] = 1, ['.'] = 1, ['!'] = 1, ['?'] = 1, [0xe2] = 1};

/* The first byte from t[i] on that S_special marks, or len. Most bytes
 * are not, so eight are tested at a time with one branch. */
static size_t S_next_special(const char *t, size_t i, size_t len)
{
	const unsigned char *p = (const unsigned char *)t;
	while (len - i >= 8 &&
	       !(S_special[p[i]] | S_special[p[i + 1]] | S_special[p[i + 2]] |
	         S_special[p[i + 3]] | S_special[p[i + 4]] | S_special[p[i + 5]] |
	         S_special[p[i + 6]] | S_special[p[i + 7]]))
		i += 8;
	while (i < len && !S_special[p[i]])
		i++;
	return i;
}

size_t evg_sentences(evg_span **out, const evg_mem *mem, const char *t,
                     size_t len)
{
	S_split s = {NULL, 0, 0, mem};
	size_t i = 0, start = 0, ls = 0, qopen = 0, j;
	int depth = 0;
	while ((i = S_next_special(t, i, len)) < len) {
		unsigned char c = (unsigned char)t[i];
		if (c == '\n') {
			if (S_newline_breaks(t, ls, i, len)) {
				S_emit(&s, t, start, i);
				start = i + 1;
				depth = 0;
			}
			ls = ++i;
			continue;
		}
		S_track_quote(t, i, len, &depth, &qopen);
		if ((j = S_stop_end(t, i, len, start, depth, qopen))) {
			if (j > i + 1)
				depth = 0; /* the quote closed with the sentence */
			S_emit(&s, t, start, j);
			start = i = j;
			continue;
		}
		i++;
	}
	S_emit(&s, t, start, len);
	*out = s.v;
	return s.n;
}

/* ---- tokens ---- */

static int S_word_byte(const char *t, size_t i, size_t end)
{
	unsigned char c = (unsigned char)t[i];
	if (evg_isalnum(c))
		return 1;
	if (c < 0x80 || c == EVG_BAD_BYTE)
		return 0;
	if (c == 0xe2 && i + 2 < end && (unsigned char)t[i + 1] == 0x80)
		return 0; /* quotes, dashes, ellipsis */
	if (c == 0xc2 && i + 1 < end &&
	    ((unsigned char)t[i + 1] == 0xa0 || (unsigned char)t[i + 1] == 0xab ||
	     (unsigned char)t[i + 1] == 0xbb || (unsigned char)t[i + 1] == 0xa9))
		return 0; /* nbsp « » © */
	return 1;
}

/* Length of the word at t[i]: letters and digits, inner apostrophes
 * ("don't", not the possessive "'s"), dotted initials ("U.S."). */
static size_t S_word_len(const char *t, size_t i, size_t end)
{
	size_t j = i, segs = 0, seglen = 0;
	while (j < end && evg_isalnum((unsigned char)t[j]))
		j++; /* the common case, before the byte-by-byte rules */
	seglen = j - i;
	while (j < end) {
		if (S_word_byte(t, j, end)) {
			j++, seglen++;
			continue;
		}
		if (t[j] == '.' && seglen == 1 && j + 1 < end &&
		    (evg_isupper((unsigned char)t[j + 1]) || segs)) {
			j++, segs++, seglen = 0;
			continue;
		}
		if ((t[j] == '\'' || S_is3(t + j, end - j, 0x99))) {
			size_t k = j + (t[j] == '\'' ? 1 : 3);
			int poss = k < end && (t[k] == 's' || t[k] == 'S') &&
			           (k + 1 >= end || !evg_isalpha((unsigned char)t[k + 1]));
			if (!poss && k < end && evg_isalpha((unsigned char)t[k]) && j > i) {
				j = k;
				continue;
			}
		}
		break;
	}
	if (segs && j < end && t[j] == '.' && seglen == 0)
		j++;
	return j - i;
}

/* Sets k->low and, from it, the word classes k->wc. */
static void S_lower(evg_tok *k, const char *t)
{
	size_t i, n = 0;
	uint64_t h = EVG_HASH64_INIT;
	for (i = 0; i < k->len && n + 1 < sizeof k->low; i++) {
		unsigned char c = (unsigned char)t[k->off + i];
		if (c == '.' && k->len > 1)
			continue;
		if (c == 0xe2 && i + 2 < k->len && (unsigned char)t[k->off + i + 2] == 0x99) {
			c = '\'';
			i += 2;
		}
		c = (unsigned char)evg_tolower(c);
		k->low[n++] = (char)c;
		h = evg_hash64_byte(h, c);
	}
	k->low[n] = 0;
	k->nlow = n;
	k->h = h;
	k->wc = evg_word_class_hashed(k->low, n, h);
}

static void S_word_flags(evg_tok *k, const char *t)
{
	size_t i;
	unsigned seen = 0;
	for (i = 0; i < k->len; i++)
		seen |= evg_ctype[(unsigned char)t[k->off + i]];
	k->flags = EVG_TOK_WORD;
	if (evg_isupper((unsigned char)t[k->off]))
		k->flags |= EVG_TOK_CAP;
	if (evg_isdigit((unsigned char)t[k->off]))
		k->flags |= EVG_TOK_NUM;
	if ((seen & EVG_C_UPPER) && !(seen & EVG_C_LOWER))
		k->flags |= EVG_TOK_ALLCAP;
}

/* Length and quote flags of a punctuation token at t[i]. */
static size_t S_punct(const char *t, size_t i, size_t end, unsigned *flags,
                      int prev_space)
{
	*flags = EVG_TOK_PUNCT;
	if ((unsigned char)t[i] == 0xe2 && i + 2 < end) {
		unsigned char b = (unsigned char)t[i + 2];
		if (b == 0x9c)
			*flags |= EVG_TOK_QOPEN;
		else if (b == 0x9d)
			*flags |= EVG_TOK_QCLOSE;
		return 3;
	}
	if ((unsigned char)t[i] == 0xc2 && i + 1 < end)
		return 2;
	if (t[i] == '"')
		*flags |= prev_space ? EVG_TOK_QOPEN : EVG_TOK_QCLOSE;
	if ((unsigned char)t[i] >= 0x80) {
		size_t n = evg_utf8_valid_len((const unsigned char *)t + i, end - i);
		return n ? n : 1;
	}
	return 1;
}

/* Length of a possessive "'s" at t[i], or 0. */
static size_t S_possessive(const char *t, size_t i, size_t end)
{
	size_t k = i + (t[i] == '\'' ? 1 : S_is3(t + i, end - i, 0x99) ? 3 : 0);
	if (k == i || k >= end || (t[k] != 's' && t[k] != 'S'))
		return 0;
	if (k + 1 < end && evg_isalpha((unsigned char)t[k + 1]))
		return 0;
	return k + 1 - i;
}

/* The common token: ASCII letters and digits, ended by a byte that
 * cannot carry the word on: not an apostrophe or UTF-8, nor the '.' of
 * an initial ("U.S."). A full stop after two or more letters or digits
 * ends the word ("Moscow.", "Gen.", "2016."), as it does in S_word_len.
 * Sets what S_word_len, S_word_flags and S_lower would, in one pass; 0
 * when the word needs those rules. */
static size_t S_plain_word(evg_tok *k, const char *t, size_t i, size_t end)
{
	const unsigned alnum = EVG_C_UPPER | EVG_C_LOWER | EVG_C_DIGIT;
	const unsigned char *p = (const unsigned char *)t + i;
	/* low keeps the first bytes (it is cleared: no NUL to add); past
	 * them a byte only counts for the flags, so the copying loop needs
	 * no test of room */
	size_t max = end - i, n, len;
	size_t room = max < sizeof k->low - 1 ? max : sizeof k->low - 1;
	unsigned seen = 0, cl;
	uint64_t h = EVG_HASH64_INIT;
	for (n = 0; n < room && ((cl = evg_ctype[p[n]]) & alnum); n++) {
		/* ASCII digits and small letters have bit 0x20 set, capitals
		 * lack it: setting it lower-cases every byte of the class */
		unsigned char c = (unsigned char)(p[n] | 0x20);
		seen |= cl;
		k->low[n] = (char)c;
		h = evg_hash64_byte(h, c);
	}
	for (len = n; len < max && ((cl = evg_ctype[p[len]]) & alnum); len++)
		seen |= cl;
	if (len == 0 || (len < max && ((p[len] == '.' && len == 1) ||
	                               p[len] == '\'' || p[len] >= 0x80)))
		return 0;
	k->nlow = n;
	k->len = len;
	k->flags = EVG_TOK_WORD;
	if (evg_isupper(p[0]))
		k->flags |= EVG_TOK_CAP;
	if (evg_isdigit(p[0]))
		k->flags |= EVG_TOK_NUM;
	if ((seen & EVG_C_UPPER) && !(seen & EVG_C_LOWER))
		k->flags |= EVG_TOK_ALLCAP;
	k->h = h;
	k->wc = evg_word_class_hashed(k->low, n, h);
	return len;
}

_Static_assert(sizeof ((evg_tok *)0)->low >= EVG_WORD_PAD,
               "a token's low holds every word the classes have");

/* Room for token n. Not zeroed: evg_tokenise sets every field, and a
 * memset per token was a sixth of its time. */
static evg_tok *S_push(evg_tok **toks, size_t *cap, size_t n,
                       const evg_mem *mem)
{
	if (n == *cap) {
		*cap = *cap ? evg_size_mul(*cap, 2) : 64;
		*toks = evg_realloc(mem, *toks, *cap, sizeof **toks);
	}
	return &(*toks)[n];
}

size_t evg_tokenise(evg_tok **toks, size_t *cap, const evg_mem *mem,
                    const char *t, size_t off, size_t len)
{
	size_t i = off, end = off + len, n = 0;
	int depth = 0, prev_space = 1;
	evg_words_init();
	while (i < end) {
		evg_tok *k;
		size_t w;
		if (evg_isspace((unsigned char)t[i]) || t[i] == EVG_BAD_BYTE) {
			i++, prev_space = 1;
			continue;
		}
		k = S_push(toks, cap, n++, mem);
		k->off = i;
		/* the word classes compare low in whole blocks (words.h) */
		memset(k->low, 0, sizeof k->low);
		if ((w = S_plain_word(k, t, i, end))) {
			i += w; /* low, flags and classes set */
			k->inquote = depth;
			prev_space = 0;
			continue;
		}
		if (!prev_space && (w = S_possessive(t, i, end))) {
			k->len = w;
			k->flags = EVG_TOK_PUNCT;
		} else if ((w = S_word_len(t, i, end))) {
			k->len = w;
			S_word_flags(k, t);
		} else {
			k->len = S_punct(t, i, end, &k->flags, prev_space);
		}
		S_lower(k, t);
		if (k->flags & EVG_TOK_QOPEN)
			depth = 1;
		k->inquote = depth;
		if (k->flags & EVG_TOK_QCLOSE && depth)
			depth = 0;
		i += k->len;
		prev_space = 0;
	}
	return n;
}
