/* events.c: the events stage. One sentence gives at most one primary
 * event, chosen by trigger strength, plus what a speech frame adds:
 * a media outlet's report of an act ("The Times reported that X did Y")
 * yields the act and the outlet's report of it; an official's claim that
 * the other side did something hostile is an accusation by the official.
 *
 * Roles come from shallow syntax over actor mentions: the speaker of a
 * speech frame ("X said", "said X", "according to X"), the nearest actor
 * before the trigger in its clause (the doer), "by X" after a passive,
 * and the first actor of the other side after the trigger (the one acted
 * upon). A denial's target is the accuser: named ("the US accusations"),
 * else the last actor in the document that accused the denier's side.
 *
 * The date is the time expression that governs the clause; otherwise the
 * document's publication date. */
#include <assert.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "ctype.h"
#include "extract.h"
#include "text.h"

typedef enum S_class {
	S_COMM,    /* a verb of saying something about someone: subject acts */
	S_NOMINAL, /* "cybercrime", "war crimes": the speaker accuses */
	S_DENYCHAR,/* accusations called nonsense: a denial */
	S_NEG,     /* "we never hacked": a denial by the speaker */
	S_ACT,     /* an act with a doer and a target */
	S_BLAME    /* "X was behind it", said by someone: the speaker accuses X */
} S_class;

typedef struct S_trigger {
	const char *forms; /* '|'-separated word forms */
	const char *next;  /* NULL, or forms one of which must follow */
	int gap;           /* within this many tokens */
	evg_event_type type;
	int prio;
	S_class cls;
	const char *cameo;
	const char *prev;  /* NULL, or forms one of which must come just before */
	int cyber;         /* 1: only in a sentence about computers */
} S_trigger;

static const S_trigger S_triggers[] = {
	{"indict|indicted|indicts|indicting|attributed|attributes|attribute|attributing",
	 NULL, 0, EVG_TYPE_ACCUSE, 9, S_COMM, NULL, NULL, 0},
	{"attack|attacks|attacked|attacking|target|targets|targeted|targeting|infiltrated|"
	 "infected|stole|stolen|spied", NULL, 0, EVG_TYPE_CYBERATTACK, 3, S_ACT, NULL, NULL, 1},
	{"behind|responsible|culpable", NULL, 0, EVG_TYPE_ACCUSE, 8, S_BLAME, NULL,
	 "was|were|is|are|be|been|probably|likely|almost|most|certainly|definitely|"
	 "clearly|highly", 0},
	{"tied|linked|connected", "to", 0, EVG_TYPE_ACCUSE, 8, S_BLAME, NULL,
	 "was|were|is|are|be|been|probably|likely|almost|most|certainly|definitely|"
	 "clearly|highly|closely|directly", 0},
	{"respond|retaliate|hit", NULL, 0, EVG_TYPE_THREATEN, 6, S_ACT, NULL, "would|will|could|to", 0},
	{"vow|vows|vowed|vowing|promise|promises|promised", "revenge|retaliation|retribution",
	 3, EVG_TYPE_THREATEN, 7, S_ACT, NULL, NULL, 0},
	{"accuse|accused|accuses|accusing|blame|blamed|blames|blaming|allege|alleges|alleging",
	 NULL, 0, EVG_TYPE_ACCUSE, 9, S_COMM, NULL, NULL, 0},
	{"hold|holds|held|holding", "responsible|accountable|culpable", 3, EVG_TYPE_ACCUSE, 9,
	 S_COMM, NULL, NULL, 0},
	{"point|points|pointed|pointing", "finger", 2, EVG_TYPE_ACCUSE, 9, S_COMM, NULL, NULL, 0},
	{"deny|denied|denies|denying|reject|rejected|rejects|rejecting|dismiss|dismissed|"
	 "dismisses|dismissing|refute|refuted|refutes|refuting|rebuff|rebuffed",
	 NULL, 0, EVG_TYPE_DENY, 9, S_COMM, NULL, NULL, 0},
	{"written|wrote|writes|writing", "off", 1, EVG_TYPE_DENY, 9, S_COMM, NULL, NULL, 0},
	{"charge|charged|charges|charging", NULL, 0, EVG_TYPE_ACCUSE, 6, S_COMM, NULL, NULL, 0},
	{"war", "crime|crimes", 1, EVG_TYPE_ACCUSE, 8, S_NOMINAL, "1124", NULL, 0},
	{"criticize|criticized|criticizes|criticizing|criticise|criticised|criticises|"
	 "condemn|condemned|condemns|condemning|denounce|denounced|denounces|slammed|"
	 "lambasted|castigated", NULL, 0, EVG_TYPE_CRITICIZE, 7, S_COMM, NULL, NULL, 0},
	{"lash|lashes|lashed|lashing", "out", 0, EVG_TYPE_CRITICIZE, 7, S_COMM, NULL, NULL, 0},
	{"summon|summons|summoned|summoning", "ambassador|ambassadors|envoy|envoys|"
	 "diplomat|diplomats|charge", 3, EVG_TYPE_CRITICIZE, 7, S_COMM, NULL, NULL, 0},
	{"demand|demanded|demands|demanding|urge|urged|urges|urging", NULL, 0,
	 EVG_TYPE_DEMAND, 7, S_COMM, NULL, NULL, 0},
	{"call|called|calls|calling|propose|proposed|proposes|proposing|offer|offered|"
	 "offers|suggested|suggests", "agreement|talks|dialogue|consultations|cooperation|"
	 "negotiations|treaty|deal|ceasefire|summit|pact|truce", 5, EVG_TYPE_PROPOSE, 7,
	 S_COMM, NULL, NULL, 0},
	{"threaten|threatened|threatens|threatening|retaliate|retaliated|retaliates|"
	 "retaliating|retaliation", NULL, 0, EVG_TYPE_THREATEN, 7, S_ACT, NULL, NULL, 0},
	{"preparing|prepared|prepares|ready|plans|planned|planning", "action|actions|retaliation|"
	 "retaliate|strike|strikes|response|countermeasures|measures", 4, EVG_TYPE_THREATEN,
	 7, S_ACT, NULL, NULL, 0},
	{"take|taking|took", "action|actions", 4, EVG_TYPE_THREATEN, 7, S_ACT, NULL, NULL, 0},
	{"warn|warns|warned|warning", "consequences|costs|cost|price|retaliation|"
	 "response|sanctions|countermeasures", 8, EVG_TYPE_THREATEN, 5, S_ACT, NULL, NULL, 0},
	{"hit|strike", "back", 1, EVG_TYPE_THREATEN, 4, S_ACT, NULL, NULL, 0},
	{"sanction|sanctioned|sanctions|sanctioning|expel|expelled|expels|expelling|"
	 "expulsion|expulsions", NULL, 0, EVG_TYPE_SANCTION, 5, S_ACT, NULL, NULL, 0},
	{"cut|cuts|cutting|sever|severs|severed|severing|break|breaks|broke|breaking|"
	 "suspend|suspends|suspended|suspending|downgrade|downgrades|downgraded",
	 "ties|relations", 2, EVG_TYPE_SANCTION, 5, S_ACT, NULL, NULL, 0},
	{"recall|recalls|recalled|recalling", "ambassador|ambassadors|envoy|envoys", 2,
	 EVG_TYPE_SANCTION, 5, S_ACT, NULL, NULL, 0},
	{"declare|declares|declared|declaring", "persona", 6, EVG_TYPE_SANCTION, 5,
	 S_ACT, NULL, NULL, 0},
	{"investigate|investigated|investigates|investigating", NULL, 0,
	 EVG_TYPE_INVESTIGATE, 5, S_ACT, NULL, NULL, 0},
	{"investigation|investigations|probe|probes|probing", "into", 1,
	 EVG_TYPE_INVESTIGATE, 5, S_ACT, NULL, NULL, 0},
	{"hack|hacked|hacks|hacking|cyberattack|cyberattacks|cyber-attack|cyber-attacks|"
	 "phishing|intrusion|intrusions|malware|cyberwarfare|cyberwar|cyberespionage|"
	 "ransomware|cyberattacked", NULL, 0, EVG_TYPE_CYBERATTACK, 4, S_ACT, NULL, NULL, 0},
	/* as "attacked": cyber only in a sentence about computers ("breached
	 * the Minsk agreements", "breached Russian defences" are not) */
	{"penetrate|penetrated|penetrates|penetrating|breach|breached|breaches|"
	 "compromises|compromised", NULL, 0, EVG_TYPE_CYBERATTACK, 4, S_ACT, NULL, NULL, 1},
	{"cyber", "attack|attacks|warfare|espionage|operations|operation|offensive", 1,
	 EVG_TYPE_CYBERATTACK, 4, S_ACT, NULL, NULL, 0},
	{"break|broke|broken|breaking", "into", 1, EVG_TYPE_CYBERATTACK, 4, S_ACT, NULL, NULL, 0},
	{"meddle|meddled|meddles|meddling|interfere|interfered|interferes|interfering|"
	 "interference|intervene|intervened|intervenes|intervening", NULL, 0, EVG_TYPE_CYBERATTACK, 3, S_ACT, "accuse-only", NULL, 0},
	{"cybercrime|cybercrimes|cyberterrorism|cyber-terrorism", NULL, 0,
	 EVG_TYPE_ACCUSE, 3, S_NOMINAL, NULL, NULL, 0},
	{"international|state", "crime|cybercrime|terrorism|cyberterrorism", 1,
	 EVG_TYPE_ACCUSE, 3, S_NOMINAL, NULL, NULL, 0},
};


/* One sentence being read. */
typedef struct S_sent {
	const evg_doc_ctx *doc;
	const evg_span *span;
	const evg_tok *t;
	size_t nt;
	const evg_mention *m;
	size_t nm;
	int speaker;      /* mention index, or -1 */
	long verb;        /* speech verb token, or -1 */
	size_t comp0;     /* first token of the reported complement */
	int continued;    /* "... he added": carries on the last sentence */
	size_t tx0, tx1;  /* the time expressions inside the sentence */
	uint32_t classes; /* the word classes of all its tokens, ORed: the
	                     rules that look for a class anywhere in the
	                     sentence give up at once when it has none */
} S_sent;

enum { S_NTRIGGERS = sizeof S_triggers / sizeof *S_triggers };
/* the trigger index keeps a word's rows as the bits of a uint64_t */
_Static_assert(S_NTRIGGERS <= 64, "more trigger rows than bits in the index");

/* 1 when the sentence is about computers, so "attacked" or "targeted"
 * at token k means a cyber operation, not troops or sanctions: a word of
 * intrusion anywhere, a computing word with no weapon or armed force
 * beside it, or a hacking group as the verb's subject. */
static int S_about_computers(const S_sent *s, size_t k)
{
	size_t i;
	if (s->classes & EVG_W_INTRUSION)
		return 1; /* "hackers", "malware": beyond doubt */
	if ((s->classes & EVG_W_COMPUTING) && !(s->classes & EVG_W_MILITARY))
		return 1; /* "network" or "data" beside "troops" or "missiles" is
		             a target or a source, not the means */
	for (i = 0; i < s->nm; i++)
		if (s->m[i].actor->kind == EVG_ACTOR_GROUP && s->m[i].bare &&
		    (s->m[i].t1 == k || (s->m[i].t1 + 1 == k && (s->t[s->m[i].t1].wc & EVG_W_AUX))))
			return 1; /* "APT28 attacked", "Sandworm had attacked": a hacking
			             group acting; not "Snake Island", "Giuseppe Conti",
			             "Snake bites infected villagers" */
	return 0;
}

/* The trigger index: every word form of the table -> the bit set of the
 * rows it triggers, so a token costs one lookup; and the same for the
 * words a row wants just before its trigger (prev) or after it (next),
 * so a row's context is a lookup per token, not a walk of its list.
 * Built once (under pthread_once, so concurrent parsers are safe) and
 * only read after. */
static evg_map S_trig, S_prevs, S_nexts;
static uint64_t *S_row_sets; /* the bit sets, one per word of a map */
static evg_bloom S_trig_filter;
static pthread_once_t S_trig_once = PTHREAD_ONCE_INIT;

/* The number of words in '|'-separated forms (NULL: none). */
static size_t S_nforms(const char *forms)
{
	size_t n = 1;
	if (!forms)
		return 0;
	for (; (forms = strchr(forms, '|')); forms++)
		n++;
	return n;
}

/* Sets bit r of the row set of each word of forms (NULL: none) in m,
 * taking new sets from S_row_sets[*used]; adds the words to filter when
 * it is not NULL. */
static void S_index_forms(evg_map *m, evg_bloom *filter, const char *forms,
                          size_t r, size_t *used)
{
	while (forms && *forms) {
		const char *bar = strchr(forms, '|');
		size_t n = bar ? (size_t)(bar - forms) : strlen(forms);
		uint64_t *rows = evg_map_get(m, forms, n);
		if (!rows) {
			rows = &S_row_sets[(*used)++];
			evg_map_put(m, forms, n, rows);
		}
		*rows |= UINT64_C(1) << r;
		if (filter)
			evg_bloom_add(filter, evg_hash64(EVG_HASH64_INIT, forms, n));
		forms += n + (bar ? 1 : 0);
	}
}

static void S_trigger_index(void)
{
	size_t r, n = 0, used = 0;
	/* the word classes the rules test before a word */
	assert(evg_word_class("according", 9) & EVG_W_REPORTED);
	assert(evg_word_class("ran", 3) & EVG_W_SPEECH_VERB);
	assert(evg_word_class("if", 2) & evg_word_class("unless", 6) &
	       evg_word_class("whether", 7) & EVG_W_BARRIER);
	assert(evg_word_class("which", 5) & evg_word_class("who", 3) & EVG_W_AUX);
	assert(evg_word_class("not", 3) & evg_word_class("no", 2) &
	       evg_word_class("never", 5) & EVG_W_NEGATION);
	for (r = 0; r < S_NTRIGGERS; r++)
		n += S_nforms(S_triggers[r].forms) + S_nforms(S_triggers[r].prev) +
		     S_nforms(S_triggers[r].next);
	S_row_sets = evg_calloc(evg_default_mem(), n, sizeof *S_row_sets);
	evg_map_init(&S_trig, evg_default_mem());
	evg_map_init(&S_prevs, evg_default_mem());
	evg_map_init(&S_nexts, evg_default_mem());
	for (r = 0; r < S_NTRIGGERS; r++) {
		S_index_forms(&S_trig, &S_trig_filter, S_triggers[r].forms, r, &used);
		S_index_forms(&S_prevs, NULL, S_triggers[r].prev, r, &used);
		S_index_forms(&S_nexts, NULL, S_triggers[r].next, r, &used);
	}
}

/* The rows a token triggers (0: none). */
static inline uint64_t S_trigger_rows(const evg_tok *t)
{
	const uint64_t *rows;
	if (!evg_bloom_may(&S_trig_filter, t->h))
		return 0;
	rows = evg_map_get_hashed(&S_trig, t->low, t->nlow, t->h);
	return rows ? *rows : 0;
}

/* 1 when token t is one of row r's words in m (S_prevs, S_nexts). */
static int S_row_word(const evg_map *m, const evg_tok *t, size_t r)
{
	const uint64_t *rows = evg_map_get_hashed(m, t->low, t->nlow, t->h);
	return rows && ((*rows >> r) & 1);
}

/* 1 when token t is "which" or "who". Both are auxiliary words
 * (EVG_W_AUX, asserted in S_trigger_index): a bit test passes over the
 * other tokens of the clause S_aside walks. */
static int S_which_who(const evg_tok *t)
{
	return (t->wc & EVG_W_AUX) && evg_form(t->low, "which|who");
}

/* 1 when token i is inside ", which|who ... ," and a trigger follows the
 * closing comma: the main clause tells the event, the aside does not. */
static int S_aside(const S_sent *s, size_t i)
{
	size_t j = i, e;
	while (j >= 2 && !evg_streq(s->t[j - 1].low, ",")) {
		if (S_which_who(&s->t[j - 1]) && evg_streq(s->t[j - 2].low, ","))
			break;
		j--;
	}
	if (j < 2 || !S_which_who(&s->t[j - 1]) || !evg_streq(s->t[j - 2].low, ","))
		return 0;
	for (e = i + 1; e < s->nt && !evg_streq(s->t[e].low, ","); e++)
		;
	for (e++; e < s->nt; e++)
		if (S_trigger_rows(&s->t[e]))
			return 1;
	return 0;
}

/* 1 when row r's context words are around token i: the word before
 * ("cyber" before "attack"), one of the next few ("of" after "accused"),
 * computers for a cyber row. */
static int S_row_fits(const S_sent *s, size_t i, size_t r)
{
	const S_trigger *tr = &S_triggers[r];
	size_t k;
	if (tr->cyber && !S_about_computers(s, i))
		return 0;
	if (tr->prev && !(i > 0 && S_row_word(&S_prevs, &s->t[i - 1], r)))
		return 0;
	if (!tr->next)
		return 1;
	for (k = i + 1; k < s->nt && k <= i + (size_t)tr->gap + 1; k++)
		if (S_row_word(&S_nexts, &s->t[k], r))
			return 1;
	return 0;
}

/* 1 when token i, though a trigger's word, does not tell this
 * sentence's event. */
static int S_not_trigger(const S_sent *s, size_t i)
{
	if (i && evg_streq(s->t[i - 1].low, "in") &&
	    evg_form(s->t[i].low, "retaliation|response"))
		return 1; /* "in retaliation for": the reason for another act */
	if (S_aside(s, i))
		return 1; /* "Moscow, which denies the charges, accused": an aside */
	if (i + 2 < s->nt && (s->t[i + 1].wc & EVG_W_NEGATION) &&
	    evg_form(s->t[i + 1].low, "not|no|never") &&
	    evg_form(s->t[i].low, "vow|vows|vowed|vowing|promise|promises|promised"))
		return 1; /* "promised not to seek revenge" (the rare negation
		             first: it spares the list of vows) */
	return i + 1 < s->nt && evg_streq(s->t[i].low, "hacking") &&
	       evg_form(s->t[i + 1].low, "group|groups|unit|units|team|teams|collective|"
	                                 "outfit|crew|gang|gangs|ring|rings");
	/* "the hacking group APT28 targeted": a name, not the act */
}

/* The strongest trigger of the sentence before token `before`: its
 * token and table row, or -1. The first row of the highest priority
 * wins. A row is tested only when it would beat the best so far, and a
 * token's reasons not to count only when one of its rows would: most
 * trigger words lose to a stronger one, and the tests read around them. */
static int S_find_trigger(const S_sent *s, size_t *tok, size_t before)
{
	size_t i, r;
	int best = -1;
	for (i = 0; i < s->nt && i < before; i++) {
		uint64_t mask = S_trigger_rows(&s->t[i]);
		int win = -1;
		for (r = 0; r < S_NTRIGGERS && mask >> r; r++) {
			int bar = win >= 0 ? win : best;
			if ((mask >> r) & 1 && (bar < 0 || S_triggers[r].prio > S_triggers[bar].prio) &&
			    S_row_fits(s, i, r))
				win = (int)r;
		}
		if (win >= 0 && !S_not_trigger(s, i)) {
			best = win;
			*tok = i;
		}
	}
	return best;
}

/* Words allowed between a speaker and its verb: "has also said", "in a
 * statement confirmed", "news agency reported". */
static int S_filler(const evg_tok *t)
{
	if (evg_streq(t->low, "'s"))
		return 1; /* "the Kremlin's spokesman said" */
	return (t->flags & EVG_TOK_WORD) && !(t->flags & EVG_TOK_CAP) &&
	       !(t->wc & EVG_W_SPEECH_VERB) && !evg_streq(t->low, "that") &&
	       !evg_form(t->low, "after|before|when|while|because|since|as|until|if|"
	                         "unless|though|although"); /* "expelled diplomats after
	                                                       investigators concluded" */
}

/* The first mention starting within a few tokens after a speech verb
 * that follows a quote or comma: ", said a spokesman for the Kremlin". */
static int S_mention_after(const S_sent *s, size_t v)
{
	size_t i;
	for (i = 0; i < s->nm; i++)
		if (s->m[i].t0 > v && s->m[i].t0 <= v + 6)
			return (int)i;
	return -1;
}

static int S_mention_at_end(const S_sent *s, size_t tok)
{
	size_t i;
	for (i = 0; i < s->nm; i++)
		if (s->m[i].t1 == tok)
			return (int)i;
	return -1;
}

/* The mention ending just before token v (fillers and one comma
 * allowed), or -1. */
static int S_mention_before(const S_sent *s, size_t v)
{
	int i;
	if (v > 0 && evg_streq(s->t[v - 1].low, "'s"))
		return -1; /* "Trump's claim": a noun, not a verb */
	if (v >= 2 && evg_streq(s->t[v - 1].low, ",")) {
		size_t c = v - 1;
		while (c > 0 && c + 14 > v && !evg_streq(s->t[c - 1].low, ","))
			c--;
		/* "Ivan Petrov, a researcher at an institute, said" */
		if (c > 0 && c + 14 > v && (i = S_mention_at_end(s, c - 1)) >= 0)
			return i;
	}
	for (i = (int)s->nm - 1; i >= 0; i--) {
		size_t k = s->m[i].t1, fill = 0;
		if (k > v)
			continue;
		for (; k < v; k++) {
			if (evg_streq(s->t[k].low, ",") && fill == 0 && k + 1 == v)
				continue;
			if (!S_filler(&s->t[k]) || ++fill > 4)
				return -1;
		}
		return i;
	}
	return -1;
}

static int S_mention_at(const S_sent *s, size_t tok)
{
	size_t i;
	for (i = 0; i < s->nm; i++)
		if (s->m[i].t0 == tok)
			return (int)i;
	return -1;
}

/* 1 when no verb stands between token t and the start of its clause
 * (the sentence start or a comma): the claim is the clause's subject,
 * not the object of "rejected". */
static int S_clause_start(const S_sent *s, size_t t)
{
	while (t > 0 && !evg_form(s->t[t - 1].low, ",|;|:")) {
		const evg_tok *p = &s->t[--t];
		const char *w = p->low;
		size_t n = strlen(w);
		if ((n > 3 && evg_streq(w + n - 2, "ed")) ||
		    S_trigger_rows(p) || (p->wc & EVG_W_SPEECH_VERB))
			return 0;
	}
	return 1;
}

/* "Clinton's allegations that ...", "claims by X that ...": a claim
 * frames what follows it as the claimant's words. */
static void S_claim_frame(S_sent *s)
{
	size_t v;
	if (!(s->classes & EVG_W_ACCUSATION))
		return;
	for (v = 0; v + 1 < s->nt; v++) {
		int m;
		if (!(s->t[v].wc & EVG_W_ACCUSATION) ||
		    !evg_streq(s->t[v + 1].low, "that"))
			continue;
		m = v >= 1 ? S_mention_at_end(s, v - 1) : -1; /* "Clinton 's" */
		if (m >= 0 && !evg_streq(s->t[v - 1].low, "'s"))
			m = -1;
		if (m < 0)
			m = S_mention_at_end(s, v); /* "the US accusations" */
		if (!S_clause_start(s, m >= 0 ? s->m[m].t0 : v))
			continue; /* "rejected Trump's claim that": an object */
		s->verb = (long)v;
		s->speaker = m;
		return;
	}
}

/* Finds "X said", "said X" and "according to X"; sets the speaker, the
 * verb and where the reported words start. */
static void S_speech_frame(S_sent *s)
{
	size_t v, k;
	s->speaker = -1;
	s->verb = -1;
	s->comp0 = 0;
	for (v = 0; v < s->nt; v++) {
		const char *w = s->t[v].low;
		int sp = -1;
		if (!(s->t[v].wc & (EVG_W_REPORTED | EVG_W_SPEECH_VERB)))
			continue; /* "according" is a word of report, "ran" a
			             speech verb (S_trigger_index checks): one bit
			             test passes over the other tokens */
		if (evg_streq(w, "according") && v + 1 < s->nt && evg_streq(s->t[v + 1].low, "to"))
			sp = S_mention_at(s, v + 2);
		else if (evg_streq(w, "ran") && !(v + 2 < s->nt &&
		         evg_form(s->t[v + 2].low, "story|report|article|piece")))
			continue;
		else if (s->t[v].wc & EVG_W_SPEECH_VERB) {
			sp = S_mention_before(s, v);
			if (sp < 0 && v > 0 && (s->t[v - 1].flags & (EVG_TOK_QCLOSE | EVG_TOK_PUNCT)))
				sp = S_mention_after(s, v); /* ", said Peskov" */
			if (sp < 0 && v > 0 && s->speaker < 0 && s->verb < 0 &&
			    (evg_streq(s->t[v - 1].low, "report") || evg_streq(s->t[v - 1].low, "statement")))
				s->verb = (long)v; /* "the report claimed": nobody we know */
		}
		if (sp < 0 || s->speaker >= 0)
			continue;
		s->speaker = sp;
		s->verb = (long)v;
		s->continued = evg_streq(w, "added") || evg_streq(w, "adds");
	}
	if (s->verb < 0)
		S_claim_frame(s);
	if (s->verb < 0)
		return;
	s->comp0 = (size_t)s->verb + 1;
	for (k = s->comp0; k < s->nt && k < s->comp0 + 20; k++)
		if (evg_streq(s->t[k].low, "that")) {
			s->comp0 = k + 1;
			break;
		}
}

/* ---- roles ---- */

static const char *S_side(const evg_lex_entry *e)
{
	return e ? e->country : "";
}

static int S_same_side(const evg_lex_entry *a, const evg_lex_entry *b)
{
	if (!a || !b)
		return 0;
	if (a == b)
		return 1;
	return S_side(a)[0] && evg_streq(S_side(a), S_side(b));
}

static int S_other_side(const evg_lex_entry *a, const evg_lex_entry *b)
{
	return a && b && a != b && !S_same_side(a, b);
}

/* Words between an actor and its verb that name who acts: "Russia's
 * hackers attacked", "a Chinese hacking group breached". */
static const char S_doer_nouns[] =
	"'s|hackers|hacker|hacking|group|groups|unit|units|team|teams|gang|gangs|"
	"spies|agents|operatives|attackers|officials|forces|troops|military|"
	"intelligence|government|state|cyber|criminals|authorities|actors|actor";

static const char S_attackers[] =
	"hackers|hacker|attackers|attacker|group|groups|gang|actors|actor|"
	"perpetrators|culprits|malware";

static const char S_act_nouns[] =
	"hack|hacks|breach|breaches|attack|attacks|cyberattack|cyberattacks|"
	"intrusion|intrusions|compromise|hacking|ransomware|phishing";

/* 1 when mention i is the one an act was done to: "condemned the attack
 * on Albania" does not condemn Albania. */
static int S_act_victim(const S_sent *s, size_t i)
{
	size_t b = s->m[i].t0;
	while (b > 0 && evg_streq(s->t[b - 1].low, "the"))
		b--;
	return b >= 2 && evg_form(s->t[b - 1].low, "on|against") &&
	       evg_form(s->t[b - 2].low, S_act_nouns);
}

/* 1 when mention i places mention i - 1: "the Chinese embassy in
 * Washington". */
static int S_placing(const S_sent *s, int i)
{
	size_t in;
	if (i <= 0 || s->m[i].t0 < 1)
		return 0;
	in = s->m[i].t0 - 1;
	if (s->m[i - 1].t0 > 0 && evg_form(s->t[s->m[i - 1].t0 - 1].low, "of|against|on|about|with"))
		return 0; /* "critics of China in Britain": Britain is where they are */
	return evg_streq(s->t[in].low, "in") && s->m[i - 1].t1 <= in &&
	       in - s->m[i - 1].t1 <= 2;
}

/* 1 when mention i is inside an apposition to mention i - 1 that closes
 * before token k: "DarkSide, a criminal group based in Russia, was". */
static int S_apposed(const S_sent *s, int i, size_t k)
{
	size_t x, open;
	if (i <= 0)
		return 0;
	open = s->m[i - 1].t1;
	if (open + 1 >= s->m[i].t0 || !evg_streq(s->t[open].low, ","))
		return 0; /* "Speaking in Moscow, Putin, flanked by aides,": a list */
	for (x = open + 1; x < s->m[i].t0; x++)
		if (evg_streq(s->t[x].low, ","))
			return 0;
	for (x = s->m[i].t1; x < k; x++)
		if (evg_streq(s->t[x].low, ","))
			return 1;
	return 0;
}

/* The nearest mention ending at or before token k and starting at or
 * after `from`, skipping the speaker, the victim of an act ("condemned
 * the attack on Albania and blamed"), and giving way to the mention
 * before it when it places that one ("the Chinese embassy in
 * Washington") or is inside an apposition to it; -1 when none. */
static int S_subject(const S_sent *s, size_t k, size_t from)
{
	int i;
	for (i = (int)s->nm - 1; i >= 0; i--) {
		if (s->m[i].t1 > k || s->m[i].t0 < from || i == s->speaker ||
		    S_act_victim(s, (size_t)i))
			continue;
		if ((S_placing(s, i) || S_apposed(s, i, k)) && s->m[i - 1].t0 >= from &&
		    i - 1 != s->speaker)
			return i - 1;
		return i;
	}
	return -1;
}

/* "by X" or "by the X" within a few tokens after the trigger, in its
 * clause ("was blamed for the attack by the United States"). */
static int S_agent(const S_sent *s, size_t k)
{
	size_t j;
	for (j = k + 1; j < s->nt && j <= k + 5 && !evg_streq(s->t[j].low, ","); j++)
		if (evg_streq(s->t[j].low, "by")) {
			int m = S_mention_at(s, j + 1);
			return m >= 0 || j + 2 >= s->nt || !evg_streq(s->t[j + 1].low, "the")
			       ? m : S_mention_at(s, j + 2);
		}
	return -1;
}

/* 1 when mention i is who was told ("told RT", "told reporters"). */
static int S_listener(const S_sent *s, size_t i)
{
	size_t t0 = s->m[i].t0;
	return t0 > 0 && (evg_streq(s->t[t0 - 1].low, "told") ||
	                  evg_streq(s->t[t0 - 1].low, "tells"));
}

/* The first mention after token k whose actor is not on src's side;
 * with `said`, not the victim of an act either (S_act_victim): what is
 * said about an attack on X is not said about X. */
static evg_lex_entry *S_target_after(const S_sent *s, size_t k,
                                     const evg_lex_entry *src, int said)
{
	size_t i;
	for (i = 0; i < s->nm; i++)
		if (s->m[i].t0 > k && (int)i != s->speaker && !S_listener(s, i) &&
		    S_other_side(s->m[i].actor, src) && !(said && S_act_victim(s, i)))
			return s->m[i].actor;
	return NULL;
}

/* Any mention of the other side, nearest to token k. */
static evg_lex_entry *S_target_any(const S_sent *s, size_t k,
                                   const evg_lex_entry *src)
{
	size_t i, bestd = (size_t)-1;
	evg_lex_entry *best = NULL;
	for (i = 0; i < s->nm; i++) {
		size_t d = s->m[i].t0 > k ? s->m[i].t0 - k : k - s->m[i].t0, t0 = s->m[i].t0;
		size_t p = t0 > 0 && evg_streq(s->t[t0 - 1].low, "the") ? t0 - 1 : t0;
		if (((int)i == s->speaker && !S_side(s->m[i].actor)[0]) ||
		    (s->verb >= 0 && t0 > (size_t)s->verb && p > 0 && evg_form(s->t[p - 1].low, "in|at")))
			continue; /* "Kanaani said": a spokesperson of no known side
			             speaks for someone; "said in (the) Qatar": a place */
		if (S_other_side(s->m[i].actor, src) && d < bestd)
			best = s->m[i].actor, bestd = d;
	}
	return best;
}

/* ---- dates and modality ---- */

/* Day of the week, 0 = Sunday (Sakamoto's method). */
static int S_weekday(int y, int m, int d)
{
	static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
	if (m < 3)
		y--;
	return (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;
}

/* An ISO week ("2019-W46") as the month holding its Thursday. */
static int S_week_month(const char *v, evg_date *d)
{
	int y, w, jan4, doy, m = 1;
	if (strlen(v) != 8 || v[4] != '-' || v[5] != 'W' ||
	    evg_date_parse(d, v, 4) || !evg_isdigit((unsigned char)v[6]) ||
	    !evg_isdigit((unsigned char)v[7]))
		return 0;
	y = d->year;
	w = (v[6] - '0') * 10 + (v[7] - '0');
	jan4 = (S_weekday(y, 1, 4) + 6) % 7; /* 0 = Monday */
	doy = 4 - jan4 + (w - 1) * 7 + 3;    /* the week's Thursday */
	if (w < 1 || w > 53 || doy < 1 || doy > 365)
		return 0;
	while (doy > evg_days_in_month(y, m))
		doy -= evg_days_in_month(y, m++);
	d->month = m;
	d->prec = EVG_PREC_MONTH;
	return 1;
}

/* The date of a time expression, when it names one. */
static int S_tx_date(const evg_timex *x, evg_date *d)
{
	size_t n = strlen(x->value);
	if (x->type != EVG_TIMEX_DATE && x->type != EVG_TIMEX_TIME)
		return 0;
	if (x->header)
		return 0;
	if (S_week_month(x->value, d))
		return 1;
	if (n > 10)
		n = 10;
	return evg_date_parse(d, x->value, n) == 0 && d->prec != EVG_PREC_UNKNOWN;
}

/* 1 when a bare year modifies a noun ("the 2016 election"): it names
 * the thing, not the time of the event. */
static int S_year_modifier(const S_sent *s, const evg_timex *x)
{
	size_t i;
	if (strlen(x->value) != 4 || x->length != 4)
		return 0;
	for (i = 1; i < s->nt; i++)
		if (s->t[i].off == x->offset)
			return evg_form(s->t[i - 1].low, "the|its|their|his|her|this|that|a|'s|our");
	return 0;
}


/* The time expression nearest to token k among those inside tokens
 * [a, b) of the sentence. */
static int S_date_in(const S_sent *s, size_t a, size_t b, size_t k,
                     evg_date *out)
{
	size_t i, lo, hi, at, bestd = (size_t)-1;
	int found = 0;
	if (a >= b || b > s->nt || s->tx0 == s->tx1)
		return 0; /* most sentences have no time expression to look for */
	for (i = k + 1; i < b; i++)
		if ((s->t[i].wc & EVG_W_BARRIER)) {
			b = i; /* "... should they attack on election day" */
			break;
		}
	if (a >= b)
		return 0;
	lo = s->t[a].off;
	hi = s->t[b - 1].off + s->t[b - 1].len;
	at = s->t[k < s->nt ? k : s->nt - 1].off;
	for (i = s->tx0; i < s->tx1; i++) {
		const evg_timex *x = &s->doc->tx[i];
		evg_date d;
		size_t dist;
		if (x->offset < lo || x->offset >= hi || !S_tx_date(x, &d) ||
		    S_year_modifier(s, x))
			continue;
		dist = x->offset > at ? x->offset - at : at - x->offset;
		if (dist < bestd)
			bestd = dist, *out = d, found = 1;
	}
	return found;
}

/* 1 when a token in [a, b) is in one of the word classes cls. */
static int S_word_near(const S_sent *s, size_t a, size_t b, uint32_t cls)
{
	size_t i;
	for (i = a; i < b && i < s->nt; i++)
		if (s->t[i].wc & cls)
			return 1;
	return 0;
}

static evg_modality S_modality(const S_sent *s, size_t k)
{
	size_t a = k > 5 ? k - 5 : 0;
	for (; a <= k && a < s->nt; a++)
		if (!(s->t[a].flags & EVG_TOK_CAP) && (s->t[a].wc & EVG_W_PLANNED))
			return EVG_MOD_PLANNED; /* "may", not "May" */
	a = k > 5 ? k - 5 : 0;
	if (S_word_near(s, a, k + 3, EVG_W_ALLEGED))
		return EVG_MOD_ALLEGED;
	if (s->classes & EVG_W_REPORTED)
		return EVG_MOD_REPORTED;
	return EVG_MOD_ASSERTED;
}

/* ---- what the document remembers ---- */

enum { S_MAX_ACCUSERS = 16 };

typedef struct S_ctx {
	evg_raw_events *out;
	const evg_mem *mem;
	const evg_lexicon *lx;
	const evg_doc_ctx *doc;
	size_t sentence;
	/* who accused which side last, for denials that name no accuser */
	const char *acc_side[S_MAX_ACCUSERS];
	evg_lex_entry *accuser[S_MAX_ACCUSERS];
	size_t naccusers;
	/* which outlet last accused which side: a denial may answer a report */
	const char *med_side[S_MAX_ACCUSERS];
	evg_lex_entry *media[S_MAX_ACCUSERS];
	size_t nmedia;
	/* who last acted against which side, for threats that name no one */
	const char *hos_side[S_MAX_ACCUSERS];
	evg_lex_entry *hostile[S_MAX_ACCUSERS];
	size_t nhostile;
	evg_date prev_date; /* the last sentence's own date, for "he added" */
	int have_prev_date;
	size_t emitted; /* events emitted so far */
	uint32_t doc_ref; /* the document's name in out, from the first event */
} S_ctx;

/* Remembers that src acted against tgt's side, in a small table. */
static void S_note(const char **sides, evg_lex_entry **who, size_t *n,
                   evg_lex_entry *src, evg_lex_entry *tgt)
{
	size_t i;
	if (!S_side(tgt)[0])
		return;
	for (i = 0; i < *n; i++)
		if (evg_streq(sides[i], S_side(tgt))) {
			who[i] = src;
			return;
		}
	if (*n < S_MAX_ACCUSERS) {
		sides[*n] = S_side(tgt);
		who[(*n)++] = src;
	}
}

static evg_lex_entry *S_recall(const char *const *sides, evg_lex_entry *const *who,
                               size_t n, const evg_lex_entry *e)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (evg_streq(sides[i], S_side(e)) && who[i] != e)
			return who[i];
	return NULL;
}

/* The state the doer's side last acted against in the document. */
static evg_lex_entry *S_victim_of(const S_ctx *c, const evg_lex_entry *doer)
{
	size_t i = c->nhostile;
	while (i--)
		if (S_same_side(c->hostile[i], doer))
			return evg_map_get(&c->lx->by_country, c->hos_side[i],
			                   strlen(c->hos_side[i]));
	return NULL;
}

static evg_lex_entry *S_accuser_of(const S_ctx *c, const evg_lex_entry *e)
{
	return S_recall(c->acc_side, c->accuser, c->naccusers, e);
}

/* The state an organisation speaks for ("DHS" -> the United States). */
static evg_lex_entry *S_state_of(const S_ctx *c, evg_lex_entry *e,
                                 int people_too)
{
	evg_lex_entry *st;
	if (!e || (e->kind == EVG_ACTOR_PERSON && !people_too) ||
	    e->kind == EVG_ACTOR_COUNTRY || !e->country[0])
		return e;
	st = evg_map_get(&c->lx->by_country, e->country, strlen(e->country));
	return st ? st : e;
}

char *evg_evidence_text(const evg_mem *mem, const char *w, size_t off,
                        size_t len)
{
	/* At most three bytes out for each in (the mark becomes U+FFFD). */
	char *out = evg_realloc(mem, NULL, evg_size_mul(len, 3) + 1, 1), *o = out;
	size_t i;
	int space = 0;
	for (i = off; i < off + len; i++) {
		unsigned char ch = (unsigned char)w[i];
		if (evg_isspace(ch)) {
			space = o > out;
			continue;
		}
		if (space)
			*o++ = ' ';
		space = 0;
		if (ch == EVG_BAD_BYTE) {
			memcpy(o, "\xef\xbf\xbd", 3);
			o += 3;
		} else {
			*o++ = (char)ch;
		}
	}
	*o = '\0';
	/* evidence lives until the merge: give back what the worst case took */
	return evg_realloc(mem, out, (size_t)(o - out) + 1, 1);
}

typedef struct S_emit_args {
	evg_event_type type;
	const char *cameo;
	evg_lex_entry *src, *tgt;
	evg_date date;
	int from_text;
	evg_modality mod;
	int media;
} S_emit_args;

static void S_emit(S_ctx *c, const S_sent *s, const S_emit_args *a)
{
	evg_raw_event r;
	if (!a->src || !a->tgt || a->src == a->tgt)
		return;
	/* a document without events leaves no name behind */
	if (!c->emitted++)
		c->doc_ref = evg_docnames_put(&c->out->names, c->doc->name, strlen(c->doc->name));
	memset(&r, 0, sizeof r);
	r.type = a->type;
	r.cameo = a->cameo;
	r.source = a->src;
	r.target = a->tgt;
	r.date = a->date;
	r.date_from_text = a->from_text;
	r.modality = a->mod;
	r.media_report = a->media;
	r.doc_undated = c->doc->dct.prec == EVG_PREC_UNKNOWN;
	r.offset = s->span->off;
	r.length = s->span->len;
	r.evidence = evg_evidence_text(c->mem, c->doc->work, s->span->off, s->span->len);
	r.doc = c->doc_ref;
	r.sentence = c->sentence;
	evg_raw_add(c->out, c->mem, &r);
	if (a->type == EVG_TYPE_ACCUSE && a->src->kind == EVG_ACTOR_MEDIA)
		S_note(c->med_side, c->media, &c->nmedia, a->src, a->tgt);
	else if (a->type == EVG_TYPE_ACCUSE)
		S_note(c->acc_side, c->accuser, &c->naccusers, a->src, a->tgt);
	if (a->type != EVG_TYPE_DENY && a->type != EVG_TYPE_PROPOSE)
		S_note(c->hos_side, c->hostile, &c->nhostile, a->src, a->tgt);
}

/* ---- roles per kind of trigger ---- */

/* Where the reported words are, and where the frame around them is. */
static void S_regions(const S_sent *s, size_t k, size_t r[4])
{
	if (s->verb < 0) {
		r[0] = 0, r[1] = s->nt, r[2] = r[3] = 0;
	} else if (k > (size_t)s->verb) {
		/* after "that" when the trigger is; "said X did Y and vowed
		 * that ..." keeps X in the words reported */
		size_t c0 = k >= s->comp0 ? s->comp0 : (size_t)s->verb + 1;
		r[0] = c0, r[1] = s->nt, r[2] = 0, r[3] = c0;
	} else {
		r[0] = 0, r[1] = (size_t)s->verb, r[2] = (size_t)s->verb, r[3] = s->nt;
	}
}

/* The frame's date (the report) and the clause's date (the act). */
static void S_dates(const S_ctx *c, const S_sent *s, size_t k,
                    S_emit_args *report, S_emit_args *act)
{
	size_t r[4];
	S_regions(s, k, r);
	report->from_text = S_date_in(s, r[2], r[3], k, &report->date);
	if (!report->from_text && s->continued && c->have_prev_date) {
		report->date = c->prev_date;
		report->from_text = 1;
	}
	if (!report->from_text)
		report->date = c->doc->dct;
	act->from_text = S_date_in(s, r[0], r[1], k, &act->date);
	if (!act->from_text) {
		act->date = report->date;
		act->from_text = report->from_text;
	}
}

/* The accuser a denial names: "the US accusations", "Kerry's words",
 * "accusations by Washington"; -1 when none. */
static int S_named_accuser(const S_sent *s, size_t k)
{
	size_t j, i;
	for (j = k; j < s->nt && j <= k + 6; j++) {
		if (!(s->t[j].wc & EVG_W_ACCUSATION))
			continue;
		for (i = 0; i < s->nm; i++) {
			size_t t1 = s->m[i].t1;
			if ((int)i != s->speaker && (t1 == j || (t1 + 1 == j &&
			     evg_streq(s->t[t1].low, "'s"))))
				return (int)i;
		}
		if (j + 2 < s->nt && (evg_streq(s->t[j + 1].low, "by") ||
		                      evg_streq(s->t[j + 1].low, "from")))
			return S_mention_at(s, j + 2);
		return -1;
	}
	return -1;
}

/* The first actor of the other side in tokens [a, b). */
static evg_lex_entry *S_other_in(const S_sent *s, size_t a, size_t b,
                                 const evg_lex_entry *src)
{
	size_t i;
	for (i = 0; i < s->nm; i++)
		if (s->m[i].t0 >= a && s->m[i].t1 <= b && (int)i != s->speaker &&
		    S_other_side(s->m[i].actor, src))
			return s->m[i].actor;
	return NULL;
}

/* A different person or organisation after k, for quarrels inside one
 * country ("Clinton accused Trump"). */
static evg_lex_entry *S_any_after(const S_sent *s, size_t k,
                                  const evg_lex_entry *src)
{
	size_t i;
	for (i = 0; i < s->nm; i++)
		if (s->m[i].t0 > k && (int)i != s->speaker && s->m[i].actor != src &&
		    s->m[i].actor->kind != EVG_ACTOR_COUNTRY && !S_act_victim(s, i))
			return s->m[i].actor;
	return NULL;
}

/* 1 when the clause of token k is in the past perfect ("officials had
 * said", "had previously claimed"): it happened before the article's
 * own day. */
static int S_past_perfect(const S_sent *s, size_t k)
{
	size_t i, v = s->verb >= 0 ? (size_t)s->verb : k; /* the saying, if any */
	for (i = v > 4 ? v - 4 : 0; i < v; i++)
		if (evg_streq(s->t[i].low, "had"))
			return 1;
	return 0;
}

/* Who says it: the subject of the trigger, or the speaker when the
 * words are the speaker's own (a quoted accusation, "we never..."), or
 * an official speaking for the state named as subject. */
static evg_lex_entry *S_comm_source(const S_sent *s, size_t k, int acc,
                                    size_t from, S_class cls)
{
	evg_lex_entry *spk = s->speaker >= 0 ? s->m[s->speaker].actor : NULL, *src;
	int sub = S_subject(s, acc >= 0 && s->m[acc].t0 < k ? s->m[acc].t0 : k, from);
	src = sub >= 0 ? s->m[sub].actor : spk;
	if ((cls == S_NOMINAL || cls == S_NEG) && spk && spk->kind != EVG_ACTOR_MEDIA)
		return spk;
	if (cls == S_DENYCHAR && spk && spk->kind != EVG_ACTOR_MEDIA && src != spk &&
	    S_other_side(src, spk))
		return spk; /* "'the US leveled groundless accusations,' Antonov said" */
	if (spk && src != spk && spk->kind == EVG_ACTOR_PERSON &&
	    src->kind != EVG_ACTOR_PERSON && S_same_side(spk, src))
		return spk;
	return src;
}

/* "summoned Russia's ambassador", "summoned the Russian envoy", "the
 * ambassador of Poland": the state whose envoy it is, named between the
 * verb and the envoy or after "of"; not
 * "the US ambassador to Ukraine" summoned by Congress, nor "its
 * ambassador" called home. */
static evg_lex_entry *S_summoned(const S_sent *s, size_t k, const evg_lex_entry *src)
{
	size_t i, e;
	for (e = k + 1; e < s->nt && e <= k + 5 &&
	                !evg_form(s->t[e].low, "ambassador|ambassadors|envoy|envoys|diplomat|"
	                                      "diplomats|charge"); e++)
		;
	if (e >= s->nt || e > k + 5 || evg_streq(s->t[e - 1].low, "former"))
		return NULL;
	for (i = e + 1; i < s->nt && i <= e + 4; i++)
		if (evg_form(s->t[i].low, "testify|appear|hearing|questioning|brief|explain"))
			return NULL; /* summoned to testify: a hearing, not a protest */
	for (i = 0; i < s->nm; i++) /* "ambassador of Poland" is one mention, from e */
		if (s->m[i].t0 > k && s->m[i].t0 <= e && S_other_side(s->m[i].actor, src))
			return s->m[i].actor;
	return NULL;
}

/* "held Russia responsible": the one between the verb and
 * "responsible"; not "held Shell responsible for spills in Nigeria". */
static evg_lex_entry *S_held(const S_sent *s, size_t k, const evg_lex_entry *src)
{
	size_t e;
	for (e = k + 1; e < s->nt && e <= k + 5 &&
	                !evg_form(s->t[e].low, "responsible|accountable|culpable"); e++)
		;
	return S_other_in(s, k + 1, e, src);
}

/* Who it is said about: for a denial the accuser (named, else the last
 * one in the document, as a state); for a quoted charge the other side
 * in the quote; otherwise the first actor of the other side after it. */
static evg_lex_entry *S_comm_target(const S_ctx *c, const S_sent *s, size_t k,
                                    int acc, const size_t r[4],
                                    const evg_lex_entry *src,
                                    evg_event_type type, S_class cls)
{
	evg_lex_entry *t;
	if (evg_form(s->t[k].low, "summon|summons|summoned|summoning"))
		return S_summoned(s, k, src);
	if (evg_form(s->t[k].low, "hold|holds|held|holding"))
		return S_held(s, k, src);
	if (type == EVG_TYPE_DENY) {
		const evg_lex_entry *side = src;
		int sub = S_subject(s, k, r[0]);
		if (acc >= 0) /* named people stay; foreign bodies speak for a state */
			return S_same_side(s->m[acc].actor, src) ? s->m[acc].actor
			                                         : S_state_of(c, s->m[acc].actor, 0);
		/* "China rejected it, spokesman Wang Wenbin said": a speaker of
		 * no known side denies for the subject */
		if (!S_side(src)[0] && sub >= 0 && S_side(s->m[sub].actor)[0])
			side = s->m[sub].actor;
		/* the state behind the last accuser, else the other side named
		 * here (not the denier), else the outlet whose report is denied */
		t = S_accuser_of(c, side);
		if (!t && (t = S_target_any(s, k, side)) == src)
			t = NULL;
		if (t)
			return S_state_of(c, t, 1);
		t = S_recall(c->med_side, c->media, c->nmedia, side);
		if (t)
			return t;
		return S_state_of(c, S_recall(c->hos_side, c->hostile, c->nhostile, side), 1);
	}
	if (cls == S_NOMINAL) {
		t = s->verb < 0 ? S_target_after(s, k, src, 1) : S_other_in(s, r[0], r[1], src);
		if (!t)
			t = S_target_any(s, k, src);
		if (!t) /* "this is cybercrime": the one who last acted */
			t = S_state_of(c, S_recall(c->hos_side, c->hostile, c->nhostile, src), 1);
		return t;
	}
	t = S_target_after(s, k, src, 1);
	return t ? t : S_any_after(s, k, src);
}

static int S_same_kind_pair(const evg_lex_entry *a, const evg_lex_entry *b)
{
	return a != b && a->kind == b->kind;
}

/* The actor joined to the source by "and" just before it ("Britain and
 * the Netherlands accused"), when the source is the trigger's subject. */
static evg_lex_entry *S_coordinated(const S_sent *s, const evg_lex_entry *src,
                                    size_t k)
{
	size_t i, j;
	for (i = 0; i < s->nm; i++) {
		if (s->m[i].actor != src || s->m[i].t1 > k || (int)i == s->speaker)
			continue;
		j = s->m[i].t0;
		while (j > 0 && evg_form(s->t[j - 1].low, "the"))
			j--;
		if (j >= 2 && evg_streq(s->t[j - 1].low, "and") && i > 0 &&
		    s->m[i - 1].t1 == j - 1 && S_same_kind_pair(s->m[i - 1].actor, src))
			return s->m[i - 1].actor;
	}
	return NULL;
}

/* The voice of a statement's verb at k: 1 passive ("was accused by"),
 * -1 a participle describing the noun before it ("diplomats accused of
 * spying"), 0 active. */
static int S_voice(const S_sent *s, size_t k)
{
	size_t n = s->t[k].nlow;
	if (n < 3 || k == 0 ||
	    (!evg_streq(s->t[k].low + n - 2, "ed") && !evg_streq(s->t[k].low, "held")))
		return 0;
	if ((s->t[k - 1].wc & EVG_W_AUX) &&
	    !evg_form(s->t[k - 1].low, "have|has|had|having|that|who|which|and|not|never|also|"
	                               "reportedly|allegedly"))
		return 1;
	if (k >= 2 && evg_form(s->t[k - 2].low, "was|were|been|be|is|are|being") &&
	    ((s->t[k - 1].wc & EVG_W_AUX) ||
	     evg_form(s->t[k - 1].low, "again|long|once|already|previously|often") ||
	     (s->t[k - 1].nlow > 2 && evg_streq(s->t[k - 1].low + s->t[k - 1].nlow - 2, "ly"))))
		return 1; /* "was also accused", "has been repeatedly criticized" */
	if (k + 1 < s->nt && evg_streq(s->t[k + 1].low, "of") &&
	    (s->t[k - 1].flags & EVG_TOK_WORD) && !(s->t[k - 1].flags & EVG_TOK_CAP) &&
	    !(s->t[k - 1].wc & EVG_W_AUX) && S_mention_at_end(s, k) < 0)
		return -1;
	return 0;
}

/* Who says (*ag) and who is spoken of (*sub) in a passive statement at
 * k, as mention indices; 0 when either is not named.
 * "Russia was accused by Britain": Britain of Russia.
 * "Russia's claims were rejected by Ukraine": the subject is before the
 * claim noun (the sentence's speech verb), or is the claim's speaker.
 * "The attack was blamed on Russia[ by Washington], officials said": the
 * one after "on" is spoken of, by the agent or else the speaker. */
static int S_passive_roles(const S_sent *s, size_t k, size_t from, int *ag, int *sub)
{
	int on = k + 2 < s->nt && evg_streq(s->t[k + 1].low, "on") ? S_mention_at(s, k + 2) : -1;
	int claim = s->verb >= 0 && (size_t)s->verb < k;
	*ag = S_agent(s, k);
	*sub = S_subject(s, k, from);
	if (*sub < 0 && claim && (s->t[s->verb].wc & EVG_W_ACCUSATION))
		*sub = S_subject(s, (size_t)s->verb, 0);
	if (*sub < 0 && claim && s->speaker >= 0 && s->m[s->speaker].t1 <= k)
		*sub = s->speaker;
	if (*ag < 0 && s->speaker >= 0 && k + 2 < s->nt && evg_streq(s->t[k + 1].low, "on")) {
		if (on < 0 || on == s->speaker)
			return 0;
		*ag = s->speaker, *sub = on;
	} else if (*ag >= 0 && on >= 0) {
		*sub = on;
	}
	return *ag >= 0 && *sub >= 0 && *ag != *sub;
}

/* Saying things: accusations, denials, criticism, demands, proposals. */
static void S_comm(S_ctx *c, const S_sent *s, size_t k, evg_event_type type,
                   const char *cameo, S_class cls)
{
	evg_lex_entry *spk = s->speaker >= 0 ? s->m[s->speaker].actor : NULL;
	S_emit_args a, act;
	evg_lex_entry *co;
	size_t r[4];
	int acc = type == EVG_TYPE_DENY ? S_named_accuser(s, k) : -1, voice;
	memset(&a, 0, sizeof a);
	S_regions(s, k, r);
	voice = cls == S_COMM ? S_voice(s, k) : 0;
	if (voice < 0)
		return; /* "diplomats accused of spying were expelled": nobody named says it here */
	if (voice > 0) {
		int ag, sub;
		if (!S_passive_roles(s, k, r[0], &ag, &sub))
			return;
		a.src = s->m[ag].actor;
		a.tgt = s->m[sub].actor;
		if (!S_other_side(a.tgt, a.src))
			return;
	} else {
		a.src = S_comm_source(s, k, acc, r[0], cls);
		if (!a.src)
			return;
		a.tgt = S_comm_target(c, s, k, acc, r, a.src, type, cls);
	}
	if (a.tgt && a.tgt->kind == EVG_ACTOR_UNKNOWN)
		return; /* known only as the one attacked: not who accuses or is accused */
	co = S_coordinated(s, a.src, k);
	S_dates(c, s, k, &act, &a);
	if (!a.from_text && S_past_perfect(s, k))
		memset(&a.date, 0, sizeof a.date); /* "had said": before the article */
	a.type = type;
	a.cameo = cameo;
	a.mod = S_modality(s, k);
	if (type == EVG_TYPE_DENY && a.mod != EVG_MOD_PLANNED)
		a.mod = EVG_MOD_ASSERTED;
	else if (spk && spk != a.src && spk->kind == EVG_ACTOR_MEDIA)
		a.mod = EVG_MOD_REPORTED;
	S_emit(c, s, &a);
	if (co && co != a.tgt) { /* "Britain and the Netherlands accused" */
		a.src = co;
		S_emit(c, s, &a);
	}
}


/* 1 when a past-participle trigger modifies the noun before it ("emails
 * hacked from"), so the actor before it is not its doer. */
static int S_adjectival(const S_sent *s, size_t k)
{
	const evg_tok *p;
	size_t n = s->t[k].nlow, j;
	if (n < 3 || !evg_streq(s->t[k].low + n - 2, "ed") || k == 0)
		return 0;
	p = &s->t[k - 1];
	if (p->flags & (EVG_TOK_QOPEN | EVG_TOK_CAP) || (p->wc & EVG_W_AUX))
		return 0;
	if (p->nlow > 2 && evg_streq(p->low + p->nlow - 2, "ly"))
		return 0;
	/* an actor right before, or before a few lower-case words naming
	 * who acts: "Russian hackers attacked", "Russia's hackers attacked",
	 * "a Chinese hacking group breached" */
	if (S_mention_at_end(s, k) >= 0 || S_mention_at_end(s, k - 1) >= 0)
		return 0;
	for (j = k - 1; j > 0 && j + 3 >= k; j--) {
		if (!evg_form(s->t[j].low, S_doer_nouns))
			break;
		if (S_mention_at_end(s, j) >= 0)
			return 0;
	}
	return 1;
}


/* 1 when an actor after this token is an object: after a preposition,
 * a past tense verb or a number ("expelled 35 Russian diplomats"). */
static int S_object_position(const evg_tok *p)
{
	size_t n = p->nlow;
	if ((p->wc & EVG_W_OBJECT_CUE) || (p->flags & EVG_TOK_NUM))
		return 1;
	return (p->flags & EVG_TOK_WORD) && !(p->flags & EVG_TOK_CAP) && n > 3 &&
	       evg_streq(p->low + n - 2, "ed");
}

static const char S_sponsored[] =
	"working|linked|tied|backed|affiliated|connected|associated|loyal|"
	"sponsored|directed|controlled|paid";

/* 1 when an actor named right before an act's noun is its victim: a
 * company or institution ("the SolarWinds hack", "the DNC breach"); a
 * state or a group named there is the doer ("the Russian hack"). */
static int S_victim_modifier(const evg_lex_entry *e)
{
	return e->kind == EVG_ACTOR_COMPANY || e->kind == EVG_ACTOR_ORG ||
	       e->kind == EVG_ACTOR_MEDIA || e->kind == EVG_ACTOR_PERSON;
}

/* The doer of an act: the nearest actor before it that is not in object
 * position ("trying to harm the US through hacking" is not the US's). */
static int S_doer(const S_sent *s, size_t k, size_t from)
{
	int i;
	for (i = (int)s->nm - 1; i >= 0; i--) {
		size_t b;
		if (s->m[i].t1 > k || s->m[i].t0 < from || i == s->speaker)
			continue;
		b = s->m[i].t0;
		while (b > from && (evg_streq(s->t[b - 1].low, "the") ||
		                    evg_streq(s->t[b - 1].low, "a")))
			b--;
		if (b > from && S_object_position(&s->t[b - 1]) &&
		    !(b > from + 1 && evg_form(s->t[b - 2].low, S_sponsored)))
			continue; /* "hackers working for the SVR" are the SVR's */
		if (s->m[i].t1 == k && S_victim_modifier(s->m[i].actor) &&
		    evg_form(s->t[k].low, S_act_nouns))
			continue; /* "the SolarWinds hack" was done to SolarWinds */
		if (S_apposed(s, i, k) && s->m[i - 1].t0 >= from && i - 1 != s->speaker)
			return i - 1; /* "APT28, which the GRU controls, targeted" */
		return i;
	}
	return -1;
}

/* Doing things: attacks, threats, sanctions, investigations. A frame
 * around the act adds the speaker's report or accusation of it. */
/* 1 when the act at k is told in a past tense ("had breached", "carried
 * out an attack", "sent phishing emails"). */
static int S_past(const S_sent *s, size_t k)
{
	size_t i;
	for (i = k > 4 ? k - 4 : 0; i <= k && i < s->nt; i++) {
		size_t n = s->t[i].nlow;
		if ((n > 3 && evg_streq(s->t[i].low + n - 2, "ed")) ||
		    evg_form(s->t[i].low, "had|has|have|broke|broken|sent|stole|stolen|hit|ran|did"))
			return 1;
	}
	return 0;
}

/* What the speaker of a frame adds to an act: a media outlet reports it
 * (or accuses a foreign doer), an official of the doer's state announces
 * it, anyone else accuses the doer. Adjusts the act's source and modality
 * and emits the speaker's event. */
static void S_act_frame(S_ctx *c, const S_sent *s, S_emit_args *act,
                        S_emit_args *rep, evg_lex_entry *doer)
{
	evg_lex_entry *spk = s->speaker >= 0 ? s->m[s->speaker].actor : NULL;
	if (!spk || spk == doer) {
		if (s->verb >= 0 && act->mod == EVG_MOD_ASSERTED)
			act->mod = EVG_MOD_REPORTED; /* "the report claimed that ..." */
		return;
	}
	if (spk->kind != EVG_ACTOR_MEDIA && S_same_side(spk, doer)) {
		if (spk->kind == EVG_ACTOR_PERSON && act->type != EVG_TYPE_CYBERATTACK &&
		    doer->kind == EVG_ACTOR_COUNTRY)
			act->src = spk; /* an official announcing the state's step */
		return;
	}
	rep->src = spk;
	rep->tgt = doer;
	rep->mod = EVG_MOD_ASSERTED;
	rep->media = spk->kind == EVG_ACTOR_MEDIA;
	rep->type = rep->media && S_same_side(spk, doer) ? EVG_TYPE_REPORT : EVG_TYPE_ACCUSE;
	if (act->mod == EVG_MOD_ASSERTED)
		act->mod = rep->media ? EVG_MOD_REPORTED : EVG_MOD_ALLEGED;
	S_emit(c, s, rep);
}

/* 1 when the sentence says there is no evidence or proof: what it
 * mentions is not asserted. */
static int S_no_evidence(const S_sent *s)
{
	size_t i;
	if (!(s->classes & EVG_W_LACKING))
		return 0;
	for (i = 0; i + 1 < s->nt; i++)
		if ((s->t[i].wc & EVG_W_LACKING) && (s->t[i + 1].wc & EVG_W_PROOF))
			return 1;
	return 0;
}

/* "X told Y that Y must act": a demand by X of Y, not Y's act. Emits it
 * and returns 1 when the act at k is so framed. */
static int S_demanded(S_ctx *c, const S_sent *s, size_t k)
{
	S_emit_args a, act;
	size_t i;
	int listener = -1;
	if (s->speaker < 0 || s->verb < 0 || (size_t)s->verb > k ||
	    !S_word_near(s, k > 3 ? k - 3 : 0, k, EVG_W_OBLIGATION))
		return 0;
	for (i = 0; i < s->nm; i++)
		if (S_listener(s, i))
			listener = (int)i;
	memset(&a, 0, sizeof a);
	a.src = s->m[s->speaker].actor;
	a.tgt = listener >= 0 ? s->m[listener].actor : NULL;
	if (!a.tgt)
		return 0;
	S_dates(c, s, k, &a, &act);
	a.type = EVG_TYPE_DEMAND;
	a.mod = EVG_MOD_ASSERTED;
	S_emit(c, s, &a);
	return 1;
}

/* 1 when "they", "we" or "it" is the subject just before token k, as in
 * "X said they had expelled": the speaker acts. */
static int S_self_subject(const S_sent *s, size_t k)
{
	size_t i;
	for (i = k > 3 ? k - 3 : 0; i < k; i++)
		if (evg_form(s->t[i].low, "they|we|it"))
			return 1;
	return 0;
}

/* 1 when the trigger at k does not name an act done here: a warning
 * that warns nobody ("warned that sanctions would raise costs") or of a
 * cost that threatens nobody ("warned Israel of the humanitarian
 * cost"); a hit by a thing ("the slowdown will hit exports"); an act
 * refused, failed, asked for or weighed ("refused to cut ties", "asked
 * Israel to cut ties", "considered breaking relations"). */
static int S_not_done(const S_sent *s, size_t k, const S_trigger *tr)
{
	size_t i;
	if (tr->type == EVG_TYPE_THREATEN && evg_form(s->t[k].low, "warn|warns|warned|warning")) {
		if (S_mention_at(s, k + 1) < 0 &&
		    !(k + 2 < s->nt && evg_streq(s->t[k + 1].low, "the") && S_mention_at(s, k + 2) >= 0))
			return 1;
		for (i = k + 1; tr->next && i < s->nt && i <= k + (size_t)tr->gap + 1; i++)
			if (S_row_word(&S_nexts, &s->t[i], (size_t)(tr - S_triggers)))
				return evg_form(s->t[i - 1].low, "humanitarian|political|economic|"
				                                 "financial|human|social|environmental") ||
				       (i + 1 < s->nt && evg_streq(s->t[i + 1].low, "of"));
	}
	if (evg_streq(s->t[k].low, "hit") && k >= 2 && (s->t[k - 2].flags & EVG_TOK_WORD) &&
	    !(s->t[k - 2].flags & EVG_TOK_CAP) && !evg_form(s->t[k - 2].low, "it|they|we") &&
	    S_mention_at_end(s, k - 1) < 0)
		return 1; /* "the slowdown will hit exports": a thing hits, no one threatens */
	if (k >= 2 && evg_streq(s->t[k - 1].low, "to"))
		for (i = k >= 5 ? k - 5 : 0; i + 1 < k; i++)
			if (evg_form(s->t[i].low, "refused|refuses|refusing|resisted|resists|declined|"
			                          "declines|failed|fails|pressure|calls|called|asked|"
			                          "asks|urged|urges|wants|want|wanted|pressed"))
				return 1;
	return k >= 1 && evg_form(s->t[k - 1].low, "considered|considering|weighing|mulling");
}

/* Doing things: attacks, threats, sanctions, investigations. */
static void S_act(S_ctx *c, const S_sent *s, size_t k, const S_trigger *tr)
{
	evg_lex_entry *doer;
	S_emit_args rep, act;
	size_t r[4];
	int ag = S_agent(s, k), sub;
	int telling = (long)k == s->verb; /* "Germany warned Russia of
	                                     consequences": the saying is the act */
	memset(&rep, 0, sizeof rep);
	memset(&act, 0, sizeof act);
	if (S_not_done(s, k, tr))
		return;
	if (S_adjectival(s, k) || (s->classes & EVG_W_DISMISSIVE) ||
	    S_no_evidence(s))
		return; /* "emails hacked from"; a claim called preposterous */
	S_regions(s, k, r);
	if (S_demanded(c, s, k))
		return; /* "told Putin that he must take action" */
	sub = S_doer(s, k, r[0]);
	doer = ag >= 0 ? s->m[ag].actor : sub >= 0 ? s->m[sub].actor : NULL;
	if (!doer && s->speaker >= 0 && (S_self_subject(s, k) || telling))
		doer = s->m[s->speaker].actor; /* "officials said they had expelled" */
	if (!doer)
		return;
	if (tr->type == EVG_TYPE_SANCTION && tr->next &&
	    (S_mention_at_end(s, k) < 0 || doer->kind == EVG_ACTOR_COMPANY ||
	     doer->kind == EVG_ACTOR_MEDIA || doer->kind == EVG_ACTOR_GROUP))
		return; /* the sanctions a phrase names (cutting ties, recalling
		           an envoy, persona non grata) are a state's, named right
		           before the verb: not "Germany's Siemens", "the
		           Ukrainian church", "Russia's invasion" */
	S_dates(c, s, k, &rep, &act);
	if (!rep.from_text && S_past_perfect(s, k))
		memset(&rep.date, 0, sizeof rep.date); /* "officials had said" */
	act.type = tr->type;
	act.src = doer;
	act.tgt = S_target_after(s, k, doer, 0);
	if (act.tgt && act.tgt->kind == EVG_ACTOR_UNKNOWN && act.type != EVG_TYPE_CYBERATTACK)
		act.tgt = NULL; /* known only as what an attack verb took: "after a
		                   ship breached Scarborough Shoal waters" */
	if (ag >= 0 && sub >= 0 && sub != ag && S_other_side(s->m[sub].actor, doer))
		act.tgt = s->m[sub].actor; /* "X was hacked by Y" */
	if (!act.tgt && (tr->type == EVG_TYPE_THREATEN || tr->type == EVG_TYPE_SANCTION))
		act.tgt = S_state_of(c, S_recall(c->hos_side, c->hostile, c->nhostile, doer), 1);
	if (!act.tgt && (tr->type == EVG_TYPE_THREATEN || tr->type == EVG_TYPE_SANCTION))
		act.tgt = S_victim_of(c, doer); /* "we will take action" after an accusation */
	act.mod = S_modality(s, k);
	if (!telling)
		S_act_frame(c, s, &act, &rep, doer);
	if (!telling && !act.from_text && s->verb >= 0 && act.src == doer &&
	    act.mod != EVG_MOD_PLANNED && S_past(s, k)) {
		/* an act someone tells of, with no date of its own: the day of
		 * the telling is not the day of the act */
		memset(&act.date, 0, sizeof act.date);
	}
	if (!(tr->cameo && evg_streq(tr->cameo, "accuse-only")))
		S_emit(c, s, &act);
}

/* "X said Y was behind the attack", "X said the attackers were tied to
 * Y": the speaker accuses Y. Without a speaker nobody is known to say
 * it, so nothing is emitted. */
static void S_blame(S_ctx *c, const S_sent *s, size_t k)
{
	S_emit_args a, act;
	size_t r[4];
	int sub;
	if (s->speaker < 0 || S_no_evidence(s) || (s->classes & EVG_W_DISMISSIVE))
		return;
	memset(&a, 0, sizeof a);
	S_regions(s, k, r);
	a.src = s->m[s->speaker].actor;
	if (k + 1 < s->nt && evg_streq(s->t[k + 1].low, "to")) {
		/* "the attackers were tied to X"; not "its power grid was
		 * connected to Russia": the subject must be an attack or those
		 * behind one */
		size_t b = k > 4 ? k - 4 : 0, h = k + 2, after;
		int m;
		while (b < k && !evg_form(s->t[b].low, S_attackers) && !evg_form(s->t[b].low, S_act_nouns))
			b++;
		while (h < s->nt && evg_form(s->t[h].low, "the|a|an"))
			h++;
		if (b == k || (m = S_mention_at(s, h)) < 0)
			return;
		/* X itself, not "the war in Ukraine" nor "NATO exercises" */
		after = s->m[m].t1;
		if (after < s->nt && (s->t[after].flags & EVG_TOK_WORD) &&
		    !(s->t[after].flags & EVG_TOK_CAP) &&
		    !evg_form(s->t[after].low, "and|in|on|for|over|by|last|this|'s|since|"
		                               "intelligence|military|government|hackers|spies"))
			return;
		a.tgt = s->m[m].actor;
		if (!S_other_side(a.tgt, a.src))
			return;
	} else {
		if (k + 2 < s->nt && evg_streq(s->t[k + 1].low, "for") &&
		    ((evg_form(s->t[k + 2].low, "its|their|his|her|our") && k + 3 < s->nt &&
		      evg_streq(s->t[k + 3].low, "own")) ||
		     evg_form(s->t[k + 2].low, "protecting|ensuring|providing|"
		                              "maintaining|managing|keeping|defending|overseeing")))
			return; /* "responsible for its own security": a duty, not a blame */
		sub = S_subject(s, k, r[0]); /* "X was behind" */
		a.tgt = sub >= 0 ? s->m[sub].actor : NULL;
	}
	if (!a.tgt)
		return;
	S_dates(c, s, k, &a, &act);
	a.type = EVG_TYPE_ACCUSE;
	a.mod = EVG_MOD_ASSERTED;
	S_emit(c, s, &a);
}

/* ---- sentences ---- */

/* "the accusations ... nonsense": a denial found by its words, at the
 * accusation noun. */
static int S_find_denychar(const S_sent *s, size_t *tok)
{
	size_t i;
	if (!(s->classes & EVG_W_DISMISSIVE) || !(s->classes & EVG_W_ACCUSATION))
		return 0;
	for (i = 0; !(s->t[i].wc & EVG_W_ACCUSATION); i++)
		;
	*tok = i;
	return 1;
}

static const char S_not_denials[] =
	"information|comment|knowledge|details|idea|data|word|answer|reply|"
	"confirmation|immediate|official";

/* "we never hacked", "Moscow had nothing to do with": a denial by the
 * one who speaks. */
static int S_find_neg(const S_sent *s, size_t *tok)
{
	size_t i, j;
	if (!(s->classes & EVG_W_NEGATION))
		return 0;
	for (i = 0; i < s->nt; i++) {
		int subj = 0;
		if (!(s->t[i].wc & EVG_W_NEGATION))
			continue;
		for (j = i > 3 ? i - 3 : 0; j < i; j++)
			subj |= evg_streq(s->t[j].low, "we") || evg_streq(s->t[j].low, "i");
		if (!subj) {
			int m = S_subject(s, i, i > 3 ? i - 3 : 0);
			subj = m >= 0 && s->m[m].t1 + 2 >= i;
		}
		if (i + 1 < s->nt && evg_form(s->t[i + 1].low, S_not_denials))
			continue; /* "had no information about the attacks" */
		if (subj && S_word_near(s, i + 1, i + 7, EVG_W_NEG_OBJECT)) {
			*tok = i;
			return 1;
		}
	}
	return 0;
}

/* Reads the event of trigger row r at token k. */
static void S_read_trigger(S_ctx *c, const S_sent *s, size_t k, int r)
{
	if (S_triggers[r].cls == S_ACT)
		S_act(c, s, k, &S_triggers[r]);
	else if (S_triggers[r].cls == S_BLAME)
		S_blame(c, s, k);
	else
		S_comm(c, s, k, S_triggers[r].type,
		       S_triggers[r].cameo, S_triggers[r].cls);
}

/* 1 when token t ends the clause before it, going back: a comma, a
 * colon or semicolon, "but" or "and". By length first: rules walk back
 * over every token of a clause with it. */
static int S_clause_break(const evg_tok *t)
{
	if (t->nlow == 1)
		return evg_form(t->low, ",|;|:");
	return t->nlow == 3 && evg_form(t->low, "but|and");
}

/* 1 when token k is in a clause opened by "if", "unless" or "whether"
 * (back to the sentence start, a comma, a colon or semicolon, "but" or
 * "and"), or in a sentence that opens "Had [the] X ..." ("Had China
 * breached the networks, Japan would"). */
static int S_conditional(const S_sent *s, size_t k)
{
	size_t i = k;
	while (i > 0 && !S_clause_break(&s->t[i - 1])) {
		i--;
		/* the barrier words hold these three: a bit test spares the
		 * list for nearly every token */
		if ((s->t[i].wc & EVG_W_BARRIER) && evg_form(s->t[i].low, "if|unless|whether"))
			return 1;
	}
	return i == 0 && k > 0 && evg_streq(s->t[0].low, "had") &&
	       (S_mention_at(s, 1) >= 0 ||
	        (s->nt > 2 && evg_streq(s->t[1].low, "the") && S_mention_at(s, 2) >= 0));
}

/* 1 when the clause of token k is the question the sentence ends with:
 * not "Britain accused Russia of the attack, but can it prove it?". */
static int S_question(const S_sent *s, size_t k)
{
	size_t j;
	if (!s->nt || !evg_streq(s->t[s->nt - 1].low, "?"))
		return 0;
	for (j = s->nt - 1; j > k && !evg_form(s->t[j - 1].low, ",|:|;|--|but|and"); j--)
		;
	return j <= k;
}

/* Triggers read per sentence at most: the strongest, and when it gives
 * no event the strongest before it ("Albania cut ties with Iran after
 * investigators concluded Iran was behind the attack": a blame with
 * nobody saying it, then the sanction). Only before: what follows a
 * claim nobody makes ("if Iran was behind the attack") is part of it. */
enum { S_MAX_TRIES = 3 };

static void S_read_sentence(S_ctx *c, S_sent *s)
{
	size_t k = 0, k2 = 0, n;
	int r = S_find_trigger(s, &k, s->nt), prio = r >= 0 ? S_triggers[r].prio : 0;
	if (r >= 0 && S_question(s, k))
		return; /* "Will Iran retaliate against Israel?" asks, tells nothing */
	if (S_find_denychar(s, &k2)) {
		S_comm(c, s, k2, EVG_TYPE_DENY, NULL, S_DENYCHAR);
		return;
	}
	if (prio < 8 && S_find_neg(s, &k2)) {
		S_comm(c, s, k2, EVG_TYPE_DENY, NULL, S_NEG);
		return;
	}
	for (n = 0; r >= 0 && n < S_MAX_TRIES; n++) {
		size_t before = c->emitted;
		if (S_word_near(s, k > 3 ? k - 3 : 0, k, EVG_W_VERB_NEGATION))
			return; /* "we do not blame": no event */
		if (S_conditional(s, k))
			return; /* "If Russia attacked NATO networks, the alliance would";
			           "It is not clear whether Russia targeted" */
		S_read_trigger(c, s, k, r);
		if (c->emitted != before)
			return;
		r = S_find_trigger(s, &k, k);
	}
}

/* Reusable per-document buffers. */
typedef struct S_bufs {
	evg_tok *toks;
	size_t tokcap;
	evg_mention *ms;
	size_t mcap;
} S_bufs;

/* Sentences longer than this many tokens are lists or run-ons, not
 * statements of one event. */
enum { S_MAX_TOKENS = 160 };

/* Reads sentence i: its tokens, actors, time expressions and events. */
static void S_one_sentence(S_ctx *c, S_bufs *b, evg_doc_actors *da,
                           const evg_span *sp, size_t *tx)
{
	const evg_doc_ctx *doc = c->doc;
	S_sent s;
	evg_date d;
	size_t i;
	memset(&s, 0, sizeof s);
	s.doc = doc;
	s.span = sp;
	/* time expressions come in text order: one pass over them all */
	while (*tx < doc->ntx && doc->tx[*tx].offset < sp->off)
		(*tx)++;
	s.tx0 = s.tx1 = *tx;
	while (s.tx1 < doc->ntx && doc->tx[s.tx1].offset < sp->off + sp->len)
		s.tx1++;
	s.nt = evg_tokenise(&b->toks, &b->tokcap, c->mem, doc->work, sp->off, sp->len);
	s.t = b->toks;
	s.nm = evg_actors_find(&b->ms, &b->mcap, c->mem, c->lx, da, doc->work, b->toks, s.nt);
	s.m = b->ms;
	for (i = 0; i < s.nt; i++)
		s.classes |= s.t[i].wc;
	S_speech_frame(&s);
	if (s.nt <= S_MAX_TOKENS && s.nm)
		S_read_sentence(c, &s);
	c->have_prev_date = s.nt && S_date_in(&s, 0, s.nt, 0, &d);
	if (c->have_prev_date)
		c->prev_date = d;
}

void evg_events_extract(evg_raw_events *out, const evg_mem *mem,
                        const evg_lexicon *lx, evg_doc_actors *da,
                        const evg_doc_ctx *doc, const evg_span *sents,
                        size_t nsents)
{
	S_ctx c;
	S_bufs b;
	size_t i, tx = 0;
	memset(&c, 0, sizeof c);
	memset(&b, 0, sizeof b);
	pthread_once(&S_trig_once, S_trigger_index);
	c.out = out, c.mem = mem, c.lx = lx, c.doc = doc;
	for (i = 0; i < nsents; i++) {
		c.sentence = i;
		S_one_sentence(&c, &b, da, &sents[i], &tx);
	}
	if (b.toks)
		mem->free(b.toks);
	if (b.ms)
		mem->free(b.ms);
}
