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

/* How many of an event's sources (documents) the views that describe one
 * event list, before "and N more": an event told by thousands of
 * articles would otherwise drown its tooltip or calendar entry.
 * events.csv always lists them all. */
enum { EVG_SOURCES_SHOWN = 10 };
/* How many of e's sources to list: at most EVG_SOURCES_SHOWN. */
size_t evg_event_sources_shown(const evg_event *e);

#endif
