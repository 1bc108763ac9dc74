/* headline.h: a one-line title for an event, shared by the calendar, the
 * briefing page and the TimelineJS export so all three read the same. */
#ifndef EVG_HEADLINE_H
#define EVG_HEADLINE_H

#include "buf.h"
#include "evgraph.h"

/* Appends the event's headline: its summary when it has one, else a
 * sentence built from source, type and target ("Dmitry Peskov denies an
 * accusation by the United States"). */
void evg_event_headline(evg_buf *b, const evg_event *e);
/* Appends the ';'-free list "A and B", "A, B and C" of an event's sources
 * (targets = 0) or targets (targets = 1); "someone" when there are none. */
void evg_event_actor_phrase(evg_buf *b, const evg_event *e, int targets);

#endif
