/* headline.c: event titles (see headline.h). */
#include <string.h>

#include "headline.h"

void evg_event_actor_phrase(evg_buf *b, const evg_event *e, int targets)
{
	size_t i, n = targets ? evg_event_target_count(e) : evg_event_source_count(e);
	if (n == 0) {
		evg_buf_puts(b, targets ? "others" : "Someone");
		return;
	}
	for (i = 0; i < n; i++) {
		const evg_actor *a = targets ? evg_event_target(e, i) : evg_event_source(e, i);
		if (i)
			evg_buf_puts(b, i + 1 == n ? " and " : ", ");
		evg_buf_puts(b, evg_actor_name(a));
	}
}

/* How each type reads between the source and the target. */
static const char *const S_verbs[EVG_TYPE_COUNT] = {
	[EVG_TYPE_ACCUSE] = "accuses",
	[EVG_TYPE_DENY] = "denies an accusation by",
	[EVG_TYPE_CYBERATTACK] = "carries out a cyberattack on",
	[EVG_TYPE_REPORT] = "reports on",
	[EVG_TYPE_THREATEN] = "threatens",
	[EVG_TYPE_CRITICIZE] = "criticises",
	[EVG_TYPE_DEMAND] = "makes a demand of",
	[EVG_TYPE_PROPOSE] = "proposes talks to",
	[EVG_TYPE_INVESTIGATE] = "investigates",
	[EVG_TYPE_SANCTION] = "sanctions",
	[EVG_TYPE_STATEMENT] = "makes a statement on",
};

void evg_event_headline(evg_buf *b, const evg_event *e)
{
	const char *summary = evg_event_summary(e);
	evg_event_type t = evg_event_type_of(e);
	if (summary[0]) {
		evg_buf_puts(b, summary);
		return;
	}
	if (evg_event_modality(e) == EVG_MOD_ALLEGED)
		evg_buf_puts(b, "Alleged: ");
	else if (evg_event_modality(e) == EVG_MOD_PLANNED)
		evg_buf_puts(b, "Planned: ");
	evg_event_actor_phrase(b, e, 0);
	evg_buf_putc(b, ' ');
	evg_buf_puts(b, S_verbs[t]);
	if (evg_event_target_count(e) || t != EVG_TYPE_STATEMENT) {
		evg_buf_putc(b, ' ');
		evg_event_actor_phrase(b, e, 1);
	}
}

size_t evg_event_sources_shown(const evg_event *e)
{
	size_t n = evg_event_doc_count(e);
	return n < EVG_SOURCES_SHOWN ? n : EVG_SOURCES_SHOWN;
}
