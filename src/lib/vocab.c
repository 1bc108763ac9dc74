/* vocab.c: the closed vocabularies of the interchange format (event
 * types, modalities, relations, actor kinds, precisions) and ISO dates. */
#include <assert.h>
#include <libical/ical.h>
#include <stdio.h>
#include <string.h>

#include "ctype.h"
#include "evgraph.h"
#include "text.h"

static const char *const S_types[EVG_TYPE_COUNT] = {
	"ACCUSE", "DENY", "CYBERATTACK", "REPORT", "THREATEN", "CRITICIZE",
	"DEMAND", "PROPOSE", "INVESTIGATE", "SANCTION", "STATEMENT"};
static const char *const S_cameo[EVG_TYPE_COUNT] = {
	"112", "016", "176", "010", "138", "111", "100", "036", "090", "163",
	"010"};
static const char *const S_mods[EVG_MOD_COUNT] = {
	"asserted", "reported", "alleged", "denied", "planned"};
static const char *const S_rels[EVG_REL_COUNT] = {
	"responds_to", "reports", "follows"};
static const char *const S_kinds[EVG_ACTOR_KIND_COUNT] = {
	"unknown", "country", "org", "person", "media", "group", "company"};

/* Finds s in a table of names, case-insensitively. */
static int S_lookup(int *out, const char *const *names, int n, const char *s,
                    size_t len)
{
	int i;
	for (i = 0; i < n; i++) {
		if (strlen(names[i]) == len && evg_strncaseeq(names[i], s, len)) {
			*out = i;
			return 0;
		}
	}
	return EVG_EINVALID;
}

const char *evg_event_type_name(evg_event_type t)
{
	return (unsigned)t < EVG_TYPE_COUNT ? S_types[t] : NULL;
}

int evg_event_type_from_name(evg_event_type *out, const char *s, size_t len)
{
	int i;
	if (S_lookup(&i, S_types, EVG_TYPE_COUNT, s, len))
		return EVG_EINVALID;
	*out = (evg_event_type)i;
	return 0;
}

const char *evg_event_type_cameo(evg_event_type t)
{
	return (unsigned)t < EVG_TYPE_COUNT ? S_cameo[t] : "";
}

const char *evg_modality_name(evg_modality m)
{
	return (unsigned)m < EVG_MOD_COUNT ? S_mods[m] : NULL;
}

int evg_modality_from_name(evg_modality *out, const char *s, size_t len)
{
	int i;
	if (S_lookup(&i, S_mods, EVG_MOD_COUNT, s, len))
		return EVG_EINVALID;
	*out = (evg_modality)i;
	return 0;
}

const char *evg_relation_kind_name(evg_relation_kind k)
{
	return (unsigned)k < EVG_REL_COUNT ? S_rels[k] : NULL;
}

int evg_relation_kind_from_name(evg_relation_kind *out, const char *s,
                                size_t len)
{
	int i;
	if (S_lookup(&i, S_rels, EVG_REL_COUNT, s, len))
		return EVG_EINVALID;
	*out = (evg_relation_kind)i;
	return 0;
}

const char *evg_actor_kind_name(evg_actor_kind k)
{
	return (unsigned)k < EVG_ACTOR_KIND_COUNT ? S_kinds[k] : NULL;
}

int evg_actor_kind_from_name(evg_actor_kind *out, const char *s, size_t len)
{
	static const struct {
		const char *name;
		evg_actor_kind kind;
	} synonyms[] = {
		{"state", EVG_ACTOR_COUNTRY},     {"organisation", EVG_ACTOR_ORG},
		{"organization", EVG_ACTOR_ORG},  {"agency", EVG_ACTOR_ORG},
		{"persona", EVG_ACTOR_GROUP},     {"people", EVG_ACTOR_PERSON},
		{"outlet", EVG_ACTOR_MEDIA},      {"", EVG_ACTOR_UNKNOWN},
	};
	int i;
	size_t k;
	if (!S_lookup(&i, S_kinds, EVG_ACTOR_KIND_COUNT, s, len)) {
		*out = (evg_actor_kind)i;
		return 0;
	}
	for (k = 0; k < sizeof synonyms / sizeof *synonyms; k++) {
		if (strlen(synonyms[k].name) == len &&
		    evg_strncaseeq(synonyms[k].name, s, len)) {
			*out = synonyms[k].kind;
			return 0;
		}
	}
	return EVG_EINVALID;
}

const char *evg_precision_name(evg_precision p)
{
	switch (p) {
	case EVG_PREC_DAY: return "day";
	case EVG_PREC_MONTH: return "month";
	case EVG_PREC_YEAR: return "year";
	default: return "unknown";
	}
}

const char *evg_strerror(int code)
{
	switch (code) {
	case EVG_OK: return "ok";
	case EVG_EIO: return "input/output error";
	case EVG_EINVALID: return "invalid input";
	case EVG_EBACKEND: return "back-end library failure";
	case EVG_EUNSUPPORTED: return "unsupported";
	case EVG_ELIMIT: return "beyond a limit";
	default: return "unknown error";
	}
}

/* Reads exactly n digits at s; -1 when any is not a digit. */
static int S_digits(const char *s, size_t n)
{
	int v = 0;
	size_t i;
	for (i = 0; i < n; i++) {
		if (!evg_isdigit((unsigned char)s[i]))
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

int evg_days_in_month(int year, int month)
{
	if (month < 1 || month > 12)
		return 0;
	return icaltime_days_in_month(month, year);
}

int evg_date_parse(evg_date *out, const char *s, size_t len)
{
	evg_date d = {0, 0, 0, EVG_PREC_UNKNOWN};
	if (len == 0) {
		*out = d;
		return 0;
	}
	if (len != 4 && len != 7 && len != 10)
		return EVG_EINVALID;
	d.year = S_digits(s, 4);
	if (d.year < 1)
		return EVG_EINVALID;
	d.prec = EVG_PREC_YEAR;
	if (len >= 7) {
		if (s[4] != '-' || (d.month = S_digits(s + 5, 2)) < 1 ||
		    d.month > 12)
			return EVG_EINVALID;
		d.prec = EVG_PREC_MONTH;
	}
	if (len == 10) {
		if (s[7] != '-' || (d.day = S_digits(s + 8, 2)) < 1 ||
		    d.day > evg_days_in_month(d.year, d.month))
			return EVG_EINVALID;
		d.prec = EVG_PREC_DAY;
	}
	*out = d;
	return 0;
}

char *evg_date_format(const evg_date *d, char buf[11])
{
	size_t n = 0;
	if (d->prec >= EVG_PREC_YEAR) {
		evg_fmt_digits(buf, (unsigned)d->year, 4);
		n = 4;
	}
	if (d->prec >= EVG_PREC_MONTH) {
		buf[n] = '-';
		evg_fmt_digits(buf + n + 1, (unsigned)d->month, 2);
		n += 3;
	}
	if (d->prec >= EVG_PREC_DAY) {
		buf[n] = '-';
		evg_fmt_digits(buf + n + 1, (unsigned)d->day, 2);
		n += 3;
	}
	buf[n] = '\0';
	return buf;
}

int evg_date_cmp(const evg_date *a, const evg_date *b)
{
	int ka[3], kb[3], i;
	if ((a->prec == EVG_PREC_UNKNOWN) != (b->prec == EVG_PREC_UNKNOWN))
		return a->prec == EVG_PREC_UNKNOWN ? -1 : 1;
	/* Unknown parts are 0, so a coarse date sorts before the finer
	 * dates it contains. */
	ka[0] = a->year, ka[1] = a->month, ka[2] = a->day;
	kb[0] = b->year, kb[1] = b->month, kb[2] = b->day;
	for (i = 0; i < 3; i++)
		if (ka[i] != kb[i])
			return ka[i] < kb[i] ? -1 : 1;
	return 0;
}
