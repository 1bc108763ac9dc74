/* words.c: the closed word classes, looked up through one table built
 * on first use (under pthread_once, so concurrent first calls are safe).
 * A word in several classes has one entry holding all of them. */
#include <assert.h>
#include <pthread.h>
#include <string.h>

#include "text.h"
#include "words.h"

/* Words of a title or office, read as part of a name group. */
static const char *const S_titles[] = {
	"spokesman", "spokeswoman", "spokesperson", "president", "minister",
	"secretary", "senator", "sen", "director", "chief", "ambassador",
	"official", "lawmaker", "congressman", "congresswoman", "chairman",
	"chairwoman", "ceo", "founder", "owner", "writer", "investigator",
	"analyst", "expert", "leader", "head", "commander", "general",
	"attorney", "prosecutor", "judge", "representative", "rep",
	"governor", "mayor", "chancellor", "premier", "deputy", "press",
	"adviser", "advisor", "envoy", "diplomat", "candidate", "editor",
	"reporter", "journalist", "researcher", "professor", "speaker",
	"vice", "prime", "foreign", "defense", "defence", "special",
	"counsel", "agent", "colonel", "lieutenant", "admiral", "ex",
	"former", "acting", "senior", "top", NULL};
/* Capitalised words that start sentences or name times, not actors. */
static const char *const S_stop[] = {
	"the", "a", "an", "in", "on", "at", "this", "that", "these", "those",
	"it", "he", "she", "we", "they", "i", "but", "and", "however",
	"after", "before", "when", "while", "if", "as", "according", "since",
	"moreover", "anyway", "actually", "so", "meanwhile", "also", "last",
	"earlier", "later", "such", "many", "some", "several", "both",
	"other", "its", "his", "her", "their", "our", "my", "your", "there",
	"here", "what", "why", "how", "who", "no", "not", "yet", "still",
	"even", "for", "by", "with", "from", "to", "of", "or", "nor", "all",
	"any", "each", "one", "two", "three", "more", "most", "than", "then",
	"now", "today", "read", "monday", "tuesday", "wednesday", "thursday",
	"friday", "saturday", "sunday", "january", "february", "march",
	"april", "may", "june", "july", "august", "september", "october",
	"november", "december", "mr", "mrs", "ms", "dr", "does", "do", "did",
	"is", "are", "was", "were", "has", "have", "had", "will", "would",
	"could", "should", "can", "us", "email", "internet", "cyber", "tens",
	"thousands", "hundreds", "hackers", "democrat", "democrats",
	"republican", "republicans", "western", "eastern", "northern",
	"southern", NULL};
/* Words that make an unknown name an organisation. */
static const char *const S_orgwords[] = {
	"ministry", "agency", "committee", "department", "council", "party",
	"group", "institute", "university", "commission", "bureau", "office",
	"service", "corp", "inc", "company", "bank", "center", "centre",
	"foundation", "association", "union", "court", "army", "navy",
	"news", "times", "post", "journal", "tv", "channel", "radio",
	"press", NULL};
/* Speech verbs after a name group: the group is a speaker. */
static const char *const S_speech[] = {
	"said", "says", "told", "tells", "added", "adds", "wrote", "writes",
	"stated", "claimed", "noted", "stressed", "explained", "commented",
	"insisted", "argued", NULL};
/* Nouns that name an accusation. */
static const char *const S_accusation_nouns[] = {
	"accusation", "accusations", "allegation", "allegations", "claims",
	"claim", "charges", "accusing", "assessment", "findings",
	"conclusions", "report", "reports", NULL};
/* Words that call an accusation false. */
static const char *const S_dismissive[] = {
	"nonsense", "absurd", "groundless", "baseless", "unfounded", "false",
	"propaganda", "hysteria", "lies", "fabricated", "ridiculous",
	"slander", "fiction", "russophobia", "russophobic", "stupidity",
	"fantasy", "preposterous", "nonsensical", "unsubstantiated",
	"imagination", "fantasies", "paranoia", "mania", "slanderous",
	"insinuations", "disinformation", "fake", "provocation",
	"provocative", "hoax", "invented", "fabrication", "fabrications",
	"speculation", "rubbish", "garbage", "unproven", "smear", NULL};
/* Negations of a clause. */
static const char *const S_negations[] = {
	"not", "never", "don't", "doesn't", "didn't", "haven't", "hasn't",
	"wasn't", "weren't", "no", "nothing", "cannot", "can't", "won't", NULL};
/* Negations of the verb that follows. */
static const char *const S_verb_negations[] = {
	"not", "never", "don't", "doesn't", "didn't", "won't", "cannot",
	"can't", "wouldn't", "haven't", "hasn't", NULL};
/* What "we never ..." denies. */
static const char *const S_neg_objects[] = {
	"hack", "hacked", "hacking", "hacks", "attack", "attacks",
	"attacked", "cybercrimes", "cybercrime", "cyberterrorism", "meddle",
	"meddled", "meddling", "interfere", "interfered", "interference",
	"things", "anything", "involved", "operations", "offensive",
	"cyberattacks", "interfering", "intervening", "intervene",
	"espionage", "behind", "responsible", NULL};
/* Verbs of a speech frame ("X said"). */
static const char *const S_speech_verbs[] = {
	"said", "says", "say", "told", "tells", "added", "adds", "stated",
	"claimed", "claims", "claim", "wrote", "writes", "reported",
	"reports", "noted", "stressed", "confirmed", "announced",
	"explained", "insisted", "argued", "commented", "warned",
	"published", "ran", "concluded", "concludes", "assessed", "assesses",
	"determined", NULL};
/* Words that open a conditional clause: its dates are not the act's. */
static const char *const S_barriers[] = {
	"if", "unless", "should", "whether", "lest", NULL};
/* Auxiliaries and fillers before a verb. */
static const char *const S_aux[] = {
	"have", "has", "had", "was", "were", "been", "be", "is", "are",
	"being", "having", "not", "never", "also", "reportedly", "allegedly",
	"that", "who", "which", "and", NULL};
/* Words after which an actor is an object, not a doer. */
static const char *const S_object_cues[] = {
	"to", "into", "on", "against", "at", "from", "with", "for", "of",
	"harm", "hit", "target", "targeted", "targeting", "attack",
	"attacked", "blame", "blamed", "accuse", "accused", "about", "over",
	NULL};
/* Words that make an act planned, not done. */
static const char *const S_planned_only[] = {
	"could", "would", "will", "may", "might", "plans", "planned",
	"planning", "preparing", "intends", "ready", "going", "proposed",
	"vowed", NULL};
/* Words that make an act alleged. */
static const char *const S_alleged[] = {
	"allegedly", "alleged", "purportedly", "supposedly", "allegations",
	"allegation", "accusations", "claims", "claimed", NULL};
/* Words that make an act reported. */
static const char *const S_reported[] = {
	"reportedly", "according", NULL};
/* Nouns that introduce a company: "the software company Kaseya". */
static const char *const S_company[] = {
	"company", "firm", "contractor", "provider", "vendor", "maker",
	"manufacturer", "giant", "startup", NULL};
/* Nouns that introduce an organisation. */
static const char *const S_org[] = {
	"agency", "group", "gang", "organisation", "organization",
	"ministry", "party", "institute", NULL};
/* Nouns that introduce a media outlet: "the newspaper Kommersant". */
static const char *const S_media[] = {
	"outlet", "newspaper", "broadcaster", "website", "daily", "magazine",
	NULL};
/* Words of obligation: "Russia must stop". */
static const char *const S_obligation[] = {
	"must", "should", "needs", "ought", NULL};
/* Abbreviations whose full stop does not end a sentence ("Gen.",
 * "Dec."). */
static const char *const S_abbrev[] = {
	"mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "capt", "sgt",
	"maj", "adm", "cmdr", "sen", "rep", "gov", "pres", "st", "jr", "sr",
	"rev", "hon", "amb", "no", "vs", "etc", "inc", "corp", "ltd", "co",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
	"nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "fig",
	"approx", "dept", "est", "al", "op", "mt", "ft", NULL};
/* Words that put a sentence about computers, so "attacked" or
 * "targeted" means a cyber operation, not troops or sanctions. */
static const char *const S_computing[] = {
	"hackers", "hacker", "hacking", "hacked", "cyber", "cyberspace",
	"phishing", "malware", "ransomware", "networks", "network", "servers",
	"server", "computer", "computers", "email", "emails", "e-mails",
	"software", "accounts", "passwords", "data", "infrastructure", NULL};
/* Verbs of attack whose object is the one attacked: "hackers breached
 * Sony Pictures". Not "hit" or "struck", which take dates and places
 * as readily. */
static const char *const S_attack_verbs[] = {
	"attack", "attacks", "attacked", "attacking", "hack", "hacks", "hacked",
	"hacking", "breach", "breaches", "breached", "breaching", "target",
	"targets", "targeted", "targeting", "infiltrate", "infiltrates",
	"infiltrated", "infiltrating", "compromise", "compromises", "compromised",
	"compromising", "penetrate", "penetrates", "penetrated", "penetrating",
	"infect", "infects", "infected", "infecting", NULL};
/* Words that put beyond doubt that a sentence is about intrusions:
 * "attacked" and "targeted" beside them mean a cyber operation, where
 * "data" or "network" alone would not ("attacked Nvidia over its data
 * practices"). */
static const char *const S_intrusion[] = {
	"hackers", "hacker", "hacking", "hacked", "cyber", "cyberattack",
	"cyberattacks", "ransomware", "malware", "phishing", "spyware", NULL};
static const char *const S_determiners[] = {
	"the", "a", "an", "these", "those", "its", "their", "his", "her", "our",
	"such", "recent", "further", NULL};
/* Weapons and armed forces: "Russian troops attacked Ukrainian energy
 * infrastructure", "jets attacked Hezbollah's communications network". */
static const char *const S_military[] = {
	"troops", "soldiers", "forces", "jets", "warplanes", "missiles", "missile",
	"drones", "drone", "artillery", "shelling", "shells", "airstrikes",
	"airstrike", "bombs", "bombing", "bombers", "rockets", "tanks", "warships",
	"infantry", "militants", "militias", "fighters", "gunmen", NULL};
/* "no evidence", "without proof": the two halves. */
static const char *const S_lacking[] = {"no", "any", "little", "without", NULL};
static const char *const S_proof[] = {
	"evidence", "proof", "indication", "sign", NULL};

static const struct {
	uint32_t cls;
	const char *const *words;
} S_classes[] = {
	{EVG_W_TITLE, S_titles},
	{EVG_W_STOP, S_stop},
	{EVG_W_ORGWORD, S_orgwords},
	{EVG_W_SAID, S_speech},
	{EVG_W_ACCUSATION, S_accusation_nouns},
	{EVG_W_DISMISSIVE, S_dismissive},
	{EVG_W_NEGATION, S_negations},
	{EVG_W_VERB_NEGATION, S_verb_negations},
	{EVG_W_NEG_OBJECT, S_neg_objects},
	{EVG_W_SPEECH_VERB, S_speech_verbs},
	{EVG_W_BARRIER, S_barriers},
	{EVG_W_AUX, S_aux},
	{EVG_W_OBJECT_CUE, S_object_cues},
	{EVG_W_PLANNED, S_planned_only},
	{EVG_W_ALLEGED, S_alleged},
	{EVG_W_REPORTED, S_reported},
	{EVG_W_COMPANY_NOUN, S_company},
	{EVG_W_ORG_NOUN, S_org},
	{EVG_W_MEDIA_NOUN, S_media},
	{EVG_W_OBLIGATION, S_obligation},
	{EVG_W_ABBREV, S_abbrev},
	{EVG_W_COMPUTING, S_computing},
	{EVG_W_LACKING, S_lacking},
	{EVG_W_PROOF, S_proof},
	{EVG_W_ATTACK_VERB, S_attack_verbs},
	{EVG_W_INTRUSION, S_intrusion},
	{EVG_W_DETERMINER, S_determiners},
	{EVG_W_MILITARY, S_military},
};

evg_word_entry evg_words_table[EVG_WORD_SLOTS];
static pthread_once_t S_once = PTHREAD_ONCE_INIT;

static void S_build(void)
{
	size_t c, k, used = 0;
	for (c = 0; c < sizeof S_classes / sizeof *S_classes; c++)
		for (k = 0; S_classes[c].words[k]; k++) {
			const char *w = S_classes[c].words[k];
			size_t n = strlen(w);
			char key[EVG_WORD_PAD] = {0};
			evg_word_entry *e;
			assert(n > 0 && n <= EVG_WORD_PAD);
			memcpy(key, w, n);
			e = evg_word_slot(key, n, evg_hash64(EVG_HASH64_INIT, w, n));
			if (!e->key[0]) {
				memcpy(e->key, key, sizeof key);
				e->len = (uint32_t)n;
				used++;
				assert(used * 2 <= EVG_WORD_SLOTS);
			}
			e->cls |= S_classes[c].cls;
		}
}

void evg_words_init(void)
{
	pthread_once(&S_once, S_build);
}

uint32_t evg_word_class(const char *w, size_t n)
{
	char padded[EVG_WORD_PAD] = {0};
	if (n > EVG_WORD_PAD)
		return 0;
	memcpy(padded, w, n);
	evg_words_init();
	return evg_word_class_hashed(padded, n, evg_hash64(EVG_HASH64_INIT, w, n));
}
