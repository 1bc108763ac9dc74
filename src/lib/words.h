/* words.h: the closed classes of words the extraction rules test tokens
 * against (titles, speech verbs, negations, ...). A token carries the set
 * of classes its lower-cased form belongs to, found by one hash lookup
 * when it is made, so a rule's test is a bit test, not a list scan. */
#ifndef EVG_WORDS_H
#define EVG_WORDS_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

enum {
	/* words of a title or office, read as part of a name group */
	EVG_W_TITLE = 1u << 0,
	/* capitalised words that start sentences or name times, not actors */
	EVG_W_STOP = 1u << 1,
	/* words that make an unknown name an organisation */
	EVG_W_ORGWORD = 1u << 2,
	/* speech verbs after a name group: the group is a speaker */
	EVG_W_SAID = 1u << 3,
	/* nouns that name an accusation */
	EVG_W_ACCUSATION = 1u << 4,
	/* words that call an accusation false */
	EVG_W_DISMISSIVE = 1u << 5,
	/* negations of a clause */
	EVG_W_NEGATION = 1u << 6,
	/* negations of the verb that follows */
	EVG_W_VERB_NEGATION = 1u << 7,
	/* what "we never ..." denies */
	EVG_W_NEG_OBJECT = 1u << 8,
	/* verbs of a speech frame ("X said") */
	EVG_W_SPEECH_VERB = 1u << 9,
	/* words that open a conditional clause: its dates are not the act's */
	EVG_W_BARRIER = 1u << 10,
	/* auxiliaries and fillers before a verb */
	EVG_W_AUX = 1u << 11,
	/* words after which an actor is an object, not a doer */
	EVG_W_OBJECT_CUE = 1u << 12,
	/* words that make an act planned, not done */
	EVG_W_PLANNED = 1u << 13,
	/* words that make an act alleged */
	EVG_W_ALLEGED = 1u << 14,
	/* words that make an act reported */
	EVG_W_REPORTED = 1u << 15,
	/* nouns that introduce a company: "the software company Kaseya" */
	EVG_W_COMPANY_NOUN = 1u << 16,
	/* nouns that introduce an organisation */
	EVG_W_ORG_NOUN = 1u << 17,
	/* nouns that introduce a media outlet: "the newspaper Kommersant" */
	EVG_W_MEDIA_NOUN = 1u << 18,
	/* words of obligation: "Russia must stop" */
	EVG_W_OBLIGATION = 1u << 19,
	/* abbreviations whose full stop ends no sentence: "Gen.", "Dec." */
	EVG_W_ABBREV = 1u << 20,
	/* words about computers: "attacked" then means a cyber operation */
	EVG_W_COMPUTING = 1u << 21,
	/* "no", "without" ... and "evidence", "proof": "no evidence" */
	EVG_W_LACKING = 1u << 22,
	EVG_W_PROOF = 1u << 23,
	/* verbs of attack whose object is the one attacked: "breached" */
	EVG_W_ATTACK_VERB = 1u << 24,
	/* words that put beyond doubt a sentence is about intrusions:
	 * "hackers", "malware"; "data" alone does not */
	EVG_W_INTRUSION = 1u << 25,
	/* determiners: "the attacks Hamas launched" is a noun, not a verb */
	EVG_W_DETERMINER = 1u << 26,
	/* weapons and armed forces: beside them a computing word ("network")
	 * is a target, not the means, of the attack */
	EVG_W_MILITARY = 1u << 27,
};

/* The classes of the lower-cased word w[0, n), 0 when it is in none.
 * Safe to call from any thread. */
uint32_t evg_word_class(const char *w, size_t n);
/* Builds the table once; safe to call from any thread, and cheap after
 * the first call. */
void evg_words_init(void);
/* Longer words are in no class. */
enum { EVG_WORD_PAD = 24 };

/* The table of the classes: a word and its classes per slot, the word
 * kept NUL-padded in whole 8-byte blocks, so a probe compares three
 * integers where a string compare would call memcmp. Open addressing at
 * most half full. Built once by evg_words_init and never changed after,
 * so threads read it without a lock. It is in the header for the
 * tokeniser, which looks up every token: a call cost as much as the
 * probe. */
typedef struct evg_word_entry {
	uint64_t key[EVG_WORD_PAD / 8]; /* key[0] == 0: the slot is empty */
	uint32_t len;
	uint32_t cls;
} evg_word_entry;
enum { EVG_WORD_SLOTS = 2048 };
extern evg_word_entry evg_words_table[EVG_WORD_SLOTS];

/* The slot of the word w of n bytes, NUL-padded to EVG_WORD_PAD, with
 * hash h; or the empty slot where it would go. */
static inline evg_word_entry *evg_word_slot(const char *w, size_t n, uint64_t h)
{
	size_t i = (size_t)h & (EVG_WORD_SLOTS - 1);
	uint64_t k0, k1, k2;
	memcpy(&k0, w, 8);
	memcpy(&k1, w + 8, 8);
	memcpy(&k2, w + 16, 8);
	while (evg_words_table[i].key[0] &&
	       (evg_words_table[i].key[0] != k0 || evg_words_table[i].key[1] != k1 ||
	        evg_words_table[i].key[2] != k2 || evg_words_table[i].len != n))
		i = (i + 1) & (EVG_WORD_SLOTS - 1);
	return &evg_words_table[i];
}

/* evg_word_class given h = evg_hash64(EVG_HASH64_INIT, w, n), for the
 * tokeniser, which hashes as it lowers; evg_words_init must have run.
 * w must have EVG_WORD_PAD bytes, NUL from w[n] on: the lookup compares
 * whole blocks of them. */
static inline uint32_t evg_word_class_hashed(const char *w, size_t n, uint64_t h)
{
	if (n == 0 || n > EVG_WORD_PAD)
		return 0;
	return evg_word_slot(w, n, h)->cls;
}

#endif
