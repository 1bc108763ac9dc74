/* timex_lex.c: the tagger's word table and tokeniser.
 *
 * Every word of the input is looked up once. The table is a fixed-size
 * open-addressing hash built on first use (under pthread_once, so
 * concurrent first calls are safe), keyed by the word's letters packed
 * into an integer: a lookup is one multiply and usually one probe. */
#include <assert.h>
#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include "ctype.h"
#include "text.h"
#include "timex.h"

typedef struct {
	const char *w;
	evg_tlex lex;
} S_entry;

#define MON(w, v, f) {w, {EVG_TC_MONTH, f, v}}
#define WDY(w, v, f) {w, {EVG_TC_WDAY, f, v}}
#define UNT(w, v, f) {w, {EVG_TC_UNIT, f, v}}
#define NUMW(w, v) {w, {EVG_TC_NUMWORD, 0, v}}
#define OTH(w, v) {w, {EVG_TC_OTHER, 0, v}}
#define OTHF(w, v, f) {w, {EVG_TC_OTHER, f, v}}

static const S_entry S_words[] = {
	MON("january", 1, 0), MON("february", 2, 0), MON("march", 3, 0),
	MON("april", 4, 0), MON("may", 5, 0), MON("june", 6, 0),
	MON("july", 7, 0), MON("august", 8, 0), MON("september", 9, 0),
	MON("october", 10, 0), MON("november", 11, 0), MON("december", 12, 0),
	MON("jan", 1, EVG_TF_ABBR), MON("feb", 2, EVG_TF_ABBR),
	MON("mar", 3, EVG_TF_ABBR), MON("apr", 4, EVG_TF_ABBR),
	MON("jun", 6, EVG_TF_ABBR), MON("jul", 7, EVG_TF_ABBR),
	MON("aug", 8, EVG_TF_ABBR), MON("sep", 9, EVG_TF_ABBR),
	MON("sept", 9, EVG_TF_ABBR), MON("oct", 10, EVG_TF_ABBR),
	MON("nov", 11, EVG_TF_ABBR), MON("dec", 12, EVG_TF_ABBR),
	WDY("sunday", 1, 0), WDY("monday", 2, 0), WDY("tuesday", 3, 0),
	WDY("wednesday", 4, 0), WDY("thursday", 5, 0), WDY("friday", 6, 0),
	WDY("saturday", 7, 0), WDY("sun", 1, EVG_TF_ABBR),
	WDY("mon", 2, EVG_TF_ABBR), WDY("tue", 3, EVG_TF_ABBR),
	WDY("tues", 3, EVG_TF_ABBR), WDY("wed", 4, EVG_TF_ABBR),
	WDY("thu", 5, EVG_TF_ABBR), WDY("thurs", 5, EVG_TF_ABBR),
	WDY("fri", 6, EVG_TF_ABBR), WDY("sat", 7, EVG_TF_ABBR),
	UNT("seconds", EVG_TU_SECOND, EVG_TF_PLURAL),
	UNT("minute", EVG_TU_MINUTE, 0), UNT("minutes", EVG_TU_MINUTE, EVG_TF_PLURAL),
	UNT("hour", EVG_TU_HOUR, 0), UNT("hours", EVG_TU_HOUR, EVG_TF_PLURAL),
	UNT("day", EVG_TU_DAY, 0), UNT("days", EVG_TU_DAY, EVG_TF_PLURAL),
	UNT("week", EVG_TU_WEEK, 0), UNT("weeks", EVG_TU_WEEK, EVG_TF_PLURAL),
	UNT("weekend", EVG_TU_WEEKEND, 0),
	UNT("weekends", EVG_TU_WEEKEND, EVG_TF_PLURAL),
	UNT("fortnight", EVG_TU_FORTNIGHT, 0),
	UNT("month", EVG_TU_MONTH, 0), UNT("months", EVG_TU_MONTH, EVG_TF_PLURAL),
	UNT("quarter", EVG_TU_QUARTER, 0),
	UNT("quarters", EVG_TU_QUARTER, EVG_TF_PLURAL),
	UNT("year", EVG_TU_YEAR, 0), UNT("years", EVG_TU_YEAR, EVG_TF_PLURAL),
	UNT("decade", EVG_TU_DECADE, 0),
	UNT("decades", EVG_TU_DECADE, EVG_TF_PLURAL),
	UNT("century", EVG_TU_CENTURY, 0),
	UNT("centuries", EVG_TU_CENTURY, EVG_TF_PLURAL),
	NUMW("one", 1), NUMW("two", 2), NUMW("three", 3), NUMW("four", 4),
	NUMW("five", 5), NUMW("six", 6), NUMW("seven", 7), NUMW("eight", 8),
	NUMW("nine", 9), NUMW("ten", 10), NUMW("eleven", 11),
	NUMW("twelve", 12), NUMW("fifteen", 15), NUMW("eighteen", 18),
	NUMW("twenty", 20), NUMW("thirty", 30), NUMW("forty", 40),
	NUMW("fifty", 50), NUMW("hundred", 100), NUMW("few", 0),
	NUMW("several", 0), NUMW("many", 0), NUMW("some", 0),
	{"first", {EVG_TC_ORDINAL, 0, 1}}, {"second", {EVG_TC_ORDINAL, 0, 2}},
	{"third", {EVG_TC_ORDINAL, 0, 3}}, {"fourth", {EVG_TC_ORDINAL, 0, 4}},
	{"spring", {EVG_TC_SEASON, 0, 0}}, {"summer", {EVG_TC_SEASON, 0, 1}},
	{"autumn", {EVG_TC_SEASON, 0, 2}}, {"fall", {EVG_TC_SEASON, 0, 2}},
	{"winter", {EVG_TC_SEASON, 0, 3}},
	{"yesterday", {EVG_TC_REL, 0, -1}}, {"today", {EVG_TC_REL, 0, 0}},
	{"tomorrow", {EVG_TC_REL, 0, 1}}, {"tonight", {EVG_TC_REL, 0, 2}},
	{"now", {EVG_TC_VAGUE, 0, EVG_TV_PRESENT}},
	{"currently", {EVG_TC_VAGUE, 0, EVG_TV_PRESENT}},
	{"current", {EVG_TC_VAGUE, 0, EVG_TV_PRESENT}},
	{"nowadays", {EVG_TC_VAGUE, 0, EVG_TV_PRESENT}},
	{"recently", {EVG_TC_VAGUE, 0, EVG_TV_PAST}},
	{"recent", {EVG_TC_VAGUE, 0, EVG_TV_PAST}},
	{"lately", {EVG_TC_VAGUE, 0, EVG_TV_PAST}},
	{"previously", {EVG_TC_VAGUE, 0, EVG_TV_PAST}},
	{"formerly", {EVG_TC_VAGUE, 0, EVG_TV_PAST}},
	{"earlier", {EVG_TC_VAGUE, 0, EVG_TV_EARLIER}},
	{"upcoming", {EVG_TC_VAGUE, 0, EVG_TV_FUTURE}},
	{"soon", {EVG_TC_VAGUE, 0, EVG_TV_FUTURE}},
	{"daily", {EVG_TC_SETADV, 0, EVG_TU_DAY}},
	{"nightly", {EVG_TC_SETADV, 0, EVG_TU_DAY}},
	{"weekly", {EVG_TC_SETADV, 0, EVG_TU_WEEK}},
	{"monthly", {EVG_TC_SETADV, 0, EVG_TU_MONTH}},
	{"quarterly", {EVG_TC_SETADV, 0, EVG_TU_QUARTER}},
	{"annually", {EVG_TC_SETADV, 0, EVG_TU_YEAR}},
	{"yearly", {EVG_TC_SETADV, 0, EVG_TU_YEAR}},
	{"hourly", {EVG_TC_SETADV, 0, EVG_TU_HOUR}},
	{"morning", {EVG_TC_TOD, 0, EVG_TD_MO}},
	{"afternoon", {EVG_TC_TOD, 0, EVG_TD_AF}},
	{"evening", {EVG_TC_TOD, 0, EVG_TD_EV}},
	{"night", {EVG_TC_TOD, 0, EVG_TD_NI}},
	{"noon", {EVG_TC_TOD, 0, EVG_TD_NOON}},
	{"midnight", {EVG_TC_TOD, 0, EVG_TD_MIDNIGHT}},
	OTH("the", EVG_TW_THE), OTH("a", EVG_TW_A), OTH("an", EVG_TW_A),
	OTH("of", EVG_TW_OF), OTH("in", EVG_TW_IN), OTH("on", EVG_TW_ON),
	OTH("at", EVG_TW_AT), OTH("by", EVG_TW_BY), OTH("since", EVG_TW_SINCE),
	OTH("until", EVG_TW_UNTIL), OTH("till", EVG_TW_UNTIL),
	OTH("before", EVG_TW_BEFORE), OTH("after", EVG_TW_AFTER),
	OTH("during", EVG_TW_DURING), OTH("from", EVG_TW_FROM),
	OTH("to", EVG_TW_TO), OTH("through", EVG_TW_THROUGH),
	OTH("between", EVG_TW_BETWEEN), OTH("and", EVG_TW_AND),
	OTH("or", EVG_TW_OR), OTH("for", EVG_TW_FOR), OTH("within", EVG_TW_WITHIN),
	OTH("over", EVG_TW_OVER), OTH("ago", EVG_TW_AGO), OTH("last", EVG_TW_LAST),
	OTH("next", EVG_TW_NEXT), OTH("this", EVG_TW_THIS), OTH("past", EVG_TW_PAST),
	OTH("previous", EVG_TW_PREVIOUS), OTH("coming", EVG_TW_COMING),
	OTH("following", EVG_TW_FOLLOWING), OTH("early", EVG_TW_EARLY),
	OTH("late", EVG_TW_LATE), OTH("mid", EVG_TW_MID), OTH("later", EVG_TW_LATER),
	OTH("end", EVG_TW_END), OTH("beginning", EVG_TW_BEGINNING),
	OTH("start", EVG_TW_START), OTH("middle", EVG_TW_MIDDLE),
	OTH("every", EVG_TW_EVERY), OTH("each", EVG_TW_EACH), OTH("per", EVG_TW_PER),
	OTH("just", EVG_TW_JUST), OTH("only", EVG_TW_ONLY), OTH("mere", EVG_TW_MERE),
	OTH("back", EVG_TW_BACK), OTH("election", EVG_TW_ELECTION),
	OTH("future", EVG_TW_FUTURE), OTH("these", EVG_TW_THESE),
	OTH("than", EVG_TW_THAN), OTH("couple", EVG_TW_COUPLE),
	OTH("once", EVG_TW_ONCE), OTH("twice", EVG_TW_TWICE),
	OTH("am", EVG_TW_AM), OTH("pm", EVG_TW_PM),
	OTH("utc", EVG_TW_TZ), OTH("gmt", EVG_TW_TZ), OTH("est", EVG_TW_TZ),
	OTH("edt", EVG_TW_TZ), OTH("pst", EVG_TW_TZ), OTH("pdt", EVG_TW_TZ),
	OTH("cet", EVG_TW_TZ), OTH("cest", EVG_TW_TZ), OTH("msk", EVG_TW_TZ),
	OTH("bst", EVG_TW_TZ), OTH("et", EVG_TW_TZ),
	OTH("q", EVG_TW_Q), OTH("its", EVG_TW_ITS), OTH("their", EVG_TW_THEIR),
	OTH("his", EVG_TW_HIS), OTH("her", EVG_TW_HER), OTH("our", EVG_TW_OUR),
	OTH("around", EVG_TW_AROUND), OTH("circa", EVG_TW_CIRCA),
	OTH("fiscal", EVG_TW_FISCAL), OTH("s", EVG_TW_S), OTH("th", EVG_TW_TH),
	OTH("st", EVG_TW_TH), OTH("nd", EVG_TW_TH), OTH("rd", EVG_TW_TH),
	OTH("same", EVG_TW_SAME), OTH("about", EVG_TW_ABOUT),
	OTH("nearly", EVG_TW_NEARLY), OTH("almost", EVG_TW_ALMOST),
	OTH("least", EVG_TW_LEAST), OTH("more", EVG_TW_MORE),
	OTH("less", EVG_TW_LESS), OTH("t", EVG_TW_T), OTH("times", EVG_TW_TIMES),
	OTH("it", EVG_TW_IT), OTH("would", EVG_TW_WOULD), OTH("going", EVG_TW_GOING),
	OTH("be", EVG_TW_BE), OTH("christmas", EVG_TW_XMAS),
	OTH("half", EVG_TW_HALF),
	OTH("is", EVG_TW_IS), OTH("are", EVG_TW_IS), OTH("says", EVG_TW_IS),
	/* Nouns a plausible year number would be counting instead. */
	OTH("people", EVG_TW_COUNT_NOUN), OTH("persons", EVG_TW_COUNT_NOUN),
	OTH("men", EVG_TW_COUNT_NOUN), OTH("women", EVG_TW_COUNT_NOUN),
	OTH("children", EVG_TW_COUNT_NOUN), OTH("votes", EVG_TW_COUNT_NOUN),
	OTH("voters", EVG_TW_COUNT_NOUN), OTH("soldiers", EVG_TW_COUNT_NOUN),
	OTH("troops", EVG_TW_COUNT_NOUN), OTH("cases", EVG_TW_COUNT_NOUN),
	OTH("deaths", EVG_TW_COUNT_NOUN), OTH("dollars", EVG_TW_COUNT_NOUN),
	OTH("euros", EVG_TW_COUNT_NOUN), OTH("members", EVG_TW_COUNT_NOUN),
	OTH("users", EVG_TW_COUNT_NOUN), OTH("residents", EVG_TW_COUNT_NOUN),
	OTH("pages", EVG_TW_COUNT_NOUN), OTH("accounts", EVG_TW_COUNT_NOUN),
	OTH("emails", EVG_TW_COUNT_NOUN), OTH("computers", EVG_TW_COUNT_NOUN),
	OTH("percent", EVG_TW_COUNT_NOUN), OTH("points", EVG_TW_COUNT_NOUN),
	OTH("km", EVG_TW_COUNT_NOUN), OTH("miles", EVG_TW_COUNT_NOUN),
	OTH("tons", EVG_TW_COUNT_NOUN), OTH("rubles", EVG_TW_COUNT_NOUN),
	OTH("attacks", EVG_TW_COUNT_NOUN), OTH("hackers", EVG_TW_COUNT_NOUN),
	OTH("officials", EVG_TW_COUNT_NOUN), OTH("companies", EVG_TW_COUNT_NOUN),
	/* Tense markers: auxiliaries and frequent irregular past forms. */
	OTHF("will", EVG_TW_FUT_VERB, EVG_TF_FUT),
	OTHF("shall", EVG_TW_FUT_VERB, EVG_TF_FUT),
	OTHF("ll", EVG_TW_FUT_VERB, EVG_TF_FUT),
	OTHF("plans", EVG_TW_FUT_VERB, EVG_TF_FUT),
	OTHF("expects", EVG_TW_FUT_VERB, EVG_TF_FUT),
	OTHF("scheduled", EVG_TW_FUT_VERB, EVG_TF_FUT),
	OTHF("expect", EVG_TW_FUT_VERB, EVG_TF_FUT),
	OTHF("expected", EVG_TW_FUT_VERB, EVG_TF_FUT),
	OTHF("plan", EVG_TW_FUT_VERB, EVG_TF_FUT),
	OTHF("planned", EVG_TW_FUT_VERB, EVG_TF_FUT),
	OTHF("intends", EVG_TW_FUT_VERB, EVG_TF_FUT),
	OTHF("intend", EVG_TW_FUT_VERB, EVG_TF_FUT),
	OTHF("was", EVG_TW_PAST_VERB, EVG_TF_PAST),
	OTHF("were", EVG_TW_PAST_VERB, EVG_TF_PAST),
	OTHF("had", EVG_TW_PAST_VERB, EVG_TF_PAST),
	OTHF("did", EVG_TW_PAST_VERB, EVG_TF_PAST),
	OTHF("said", EVG_TW_PAST_VERB, EVG_TF_PAST),
	OTHF("told", EVG_TW_PAST_VERB, EVG_TF_PAST),
	OTHF("met", EVG_TW_PAST_VERB, EVG_TF_PAST),
	OTHF("made", EVG_TW_PAST_VERB, EVG_TF_PAST),
	OTHF("took", EVG_TW_PAST_VERB, EVG_TF_PAST),
	OTHF("came", EVG_TW_PAST_VERB, EVG_TF_PAST),
	OTHF("went", EVG_TW_PAST_VERB, EVG_TF_PAST),
	OTHF("gave", EVG_TW_PAST_VERB, EVG_TF_PAST),
	OTHF("wrote", EVG_TW_PAST_VERB, EVG_TF_PAST),
	OTHF("held", EVG_TW_PAST_VERB, EVG_TF_PAST),
	OTHF("ran", EVG_TW_PAST_VERB, EVG_TF_PAST),
	OTHF("began", EVG_TW_PAST_VERB, EVG_TF_PAST),
	OTHF("won", EVG_TW_PAST_VERB, EVG_TF_PAST),
	OTHF("lost", EVG_TW_PAST_VERB, EVG_TF_PAST),
	OTHF("sent", EVG_TW_PAST_VERB, EVG_TF_PAST),
	OTHF("spoke", EVG_TW_PAST_VERB, EVG_TF_PAST),
	OTHF("broke", EVG_TW_PAST_VERB, EVG_TF_PAST),
	OTHF("saw", EVG_TW_PAST_VERB, EVG_TF_PAST),
	OTHF("found", EVG_TW_PAST_VERB, EVG_TF_PAST),
	OTHF("left", EVG_TW_PAST_VERB, EVG_TF_PAST),
	OTHF("stole", EVG_TW_PAST_VERB, EVG_TF_PAST),
	OTHF("became", EVG_TW_PAST_VERB, EVG_TF_PAST),
	OTHF("knew", EVG_TW_PAST_VERB, EVG_TF_PAST),
	OTHF("thought", EVG_TW_PAST_VERB, EVG_TF_PAST),
	OTHF("hit", EVG_TW_PAST_VERB, EVG_TF_PAST),
	OTHF("led", EVG_TW_PAST_VERB, EVG_TF_PAST),
	OTHF("paid", EVG_TW_PAST_VERB, EVG_TF_PAST),
	OTHF("brought", EVG_TW_PAST_VERB, EVG_TF_PAST),
	OTHF("put", EVG_TW_PAST_VERB, EVG_TF_PAST),
};

/* A word of up to S_MAXW letters packed five bits a letter, the first
 * letter highest. "& 31" maps both cases of an ASCII letter to the same
 * 1..26 and never to 0, so the key names the word and its length (12
 * letters fit in 64 bits), and one compare checks a whole word. */
typedef uint64_t S_key;

/* Power of two, at least three times the table above: a word not in the
 * table (most are not) then usually meets an empty slot at once. */
enum { S_BITS = 10, S_SLOTS = 1 << S_BITS };
enum { S_MAXW = 10 }; /* the longest word above */

typedef struct {
	S_key key; /* 0: empty */
	evg_tlex lex;
} S_slot;

static S_slot S_table[S_SLOTS];
static unsigned char S_class[256];
/* Byte classes for the tokeniser, filled by S_build. */
enum { S_B_OTHER = 0, S_B_SPACE, S_B_DIGIT, S_B_LOWER, S_B_UPPER };
/* A letter's five key bits, 0 for a byte that is not a letter: the word
 * loop tests and packs a letter with one load. */
static unsigned char S_letter[256];
static pthread_once_t S_once = PTHREAD_ONCE_INIT;

/* The key of n (<= S_MAXW) letters. */
static S_key S_key_of(const unsigned char *s, size_t n)
{
	S_key k = 0;
	size_t i;
	for (i = 0; i < n; i++)
		k = k << 5 | (s[i] & 31u);
	return k;
}

/* Fibonacci hashing: the multiply spreads the letters over the top
 * bits, which pick the slot. */
static size_t S_slot_of(S_key k)
{
	return (size_t)((k * 0x9E3779B97F4A7C15u) >> (64 - S_BITS));
}

static void S_build_classes(void)
{
	int c;
	for (c = 0; c < 256; c++)
		S_class[c] = evg_isspace(c) ? S_B_SPACE : evg_isdigit(c) ? S_B_DIGIT
		           : evg_islower(c) ? S_B_LOWER
		           : evg_isupper(c) ? S_B_UPPER : S_B_OTHER;
	for (c = 0; c < 256; c++)
		S_letter[c] = evg_isalpha(c) ? (unsigned char)(c & 31) : 0;
}

static void S_build(void)
{
	size_t i, n = sizeof S_words / sizeof *S_words;
	S_build_classes();
	for (i = 0; i < n; i++) {
		const char *w = S_words[i].w;
		S_key k;
		size_t h;
		assert(strlen(w) <= S_MAXW);
		k = S_key_of((const unsigned char *)w, strlen(w));
		for (h = S_slot_of(k); S_table[h].key; h = (h + 1) & (S_SLOTS - 1))
			;
		S_table[h].key = k;
		S_table[h].lex = S_words[i].lex;
	}
}

void evg_tlex_init(void)
{
	pthread_once(&S_once, S_build);
}

/* The entry of the word whose key is k; assumes evg_tlex_init ran. */
static const evg_tlex *S_find(S_key k)
{
	size_t h;
	for (h = S_slot_of(k); S_table[h].key; h = (h + 1) & (S_SLOTS - 1))
		if (S_table[h].key == k)
			return &S_table[h].lex;
	return NULL;
}

/* Multi-byte punctuation the matchers care about, mapped to ASCII:
 * curly apostrophes and quotes, en and em dashes. Returns the byte
 * length of the sequence at s, or 0. */
static size_t S_upunct(const unsigned char *s, size_t n, unsigned char *ch)
{
	if (n < 3 || s[0] != 0xE2 || s[1] != 0x80)
		return 0;
	switch (s[2]) {
	case 0x98: case 0x99: *ch = '\''; return 3;
	case 0x9C: case 0x9D: *ch = '"'; return 3;
	case 0x93: case 0x94: *ch = '-'; return 3;
	default: return 0;
	}
}

/* A run of digits; its value is capped at 99999. */
static size_t S_number(evg_ttok *t, const unsigned char *p, size_t n)
{
	size_t k = 0;
	long v = 0;
	while (k < n && S_class[p[k]] == S_B_DIGIT) {
		if (v < 99999)
			v = v * 10 + (p[k] - '0');
		k++;
	}
	t->kind = EVG_TK_NUM;
	t->num = v > 99999 ? 99999 : (int)v;
	return k;
}

/* A run of letters, the first of class b. Its key is gathered while
 * scanning, so a word is read once; past S_MAXW letters the key loses
 * its first letters, but such a word is not looked up. */
static size_t S_word(evg_ttok *t, const unsigned char *p, size_t n,
                     unsigned char b)
{
	size_t k = 0;
	S_key key = 0;
	unsigned v;
	while (k < n && (v = S_letter[p[k]]) != 0) {
		key = key << 5 | v;
		k++;
	}
	t->kind = EVG_TK_WORD;
	t->caps = b != S_B_UPPER ? 0
	          : k > 1 && S_class[p[1]] == S_B_UPPER ? 2 : 1;
	if (k <= S_MAXW)
		t->lex = S_find(key);
	return k;
}

/* One punctuation character, or one multi-byte sequence. */
static size_t S_punct(evg_ttok *t, const unsigned char *p, size_t n)
{
	size_t k;
	t->kind = EVG_TK_PUNCT;
	if ((k = S_upunct(p, n, &t->ch)))
		return k;
	/* Other non-ASCII sequences become one opaque punctuation token. */
	t->ch = p[0] < 0x80 ? p[0] : 0;
	k = 1;
	while (p[0] >= 0xC0 && k < n && (p[k] & 0xC0) == 0x80)
		k++;
	return k;
}

size_t evg_ttok_run(evg_ttok *toks, size_t cap, const char *text,
                    size_t from, size_t to, size_t *end)
{
	const unsigned char *s = (const unsigned char *)text;
	/* Where the last token ended: whitespace came between when the
	 * next one starts elsewhere, and no offset is -1 (the first token
	 * counts as preceded by whitespace). */
	size_t i = from, n, last = (size_t)-1;
	evg_tlex_init();
	for (n = 0; n < cap; n++) {
		evg_ttok *t = &toks[n];
		unsigned char b;
		while (i < to && S_class[s[i]] == S_B_SPACE)
			i++;
		if (i == to)
			break;
		memset(t, 0, sizeof *t);
		t->off = i;
		t->sp = i != last;
		b = S_class[s[i]];
		if (b == S_B_DIGIT)
			t->len = (unsigned)S_number(t, s + i, to - i);
		else if (b >= S_B_LOWER)
			t->len = (unsigned)S_word(t, s + i, to - i, b);
		else
			t->len = (unsigned)S_punct(t, s + i, to - i);
		last = i += t->len;
	}
	*end = i;
	return n;
}
