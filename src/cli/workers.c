/* workers.c: extraction in N threads. Each worker has its own parser and
 * takes the next file name or JSON line under a lock (S_take), so only
 * the walk through the inputs is serial and at most N documents are in
 * memory. After every few documents a worker
 * moves its events into the caller's parser (under another lock), so the
 * events the workers have in common are kept once, not once per worker;
 * since a document's events depend on nothing but its text, and the
 * merge on nothing but the events, the graph is the same for any N and
 * any scheduling. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

typedef struct S_shared {
	pthread_mutex_t lock;
	cli_docs *docs;
	cli_doc_fn fn;
	void *ctx;
	int rc;   /* the first failure; workers stop on it */
	evg_parser *into;          /* where the workers' events go */
	pthread_mutex_t into_lock;
} S_shared;

typedef struct S_worker {
	pthread_t thread;
	evg_parser *p;
	S_shared *sh;
	int rc;
} S_worker;

/* Under sh->lock: the next file into *f, or JSON line into *l: 1, or 0
 * when there is none or the run stops. A JSON Lines input that cannot
 * be opened or read is reported, and counted as skipped unless the run
 * is strict. */
static int S_claim(S_shared *sh, cli_file *f, cli_jline *l)
{
	int r;
	while (!sh->rc) {
		if (!sh->docs->jsonl)
			return cli_docs_claim(sh->docs, f);
		if (cli_docs_take_line(sh->docs, l, &r))
			return 1;
		if (r == EXIT_OK)
			return 0;
		if (!cli_docs_count(sh->docs, NULL, 0, &r))
			sh->rc = r;
	}
	return 0;
}

/* Takes the next document; 0 when there is none or a worker failed.
 * Only taking a file's name or a JSON line, and counting the outcome,
 * hold the lock: workers stat, read, parse and check their documents at
 * the same time, and a folder to list or a file the walk must note takes
 * the lock again. */
static int S_take(S_shared *sh, cli_doc *d, int rc)
{
	int jsonl = sh->docs->jsonl;
	for (;;) {
		int got, more, r;
		cli_file f;
		cli_jline l;
		pthread_mutex_lock(&sh->lock);
		if (rc && !sh->rc)
			sh->rc = rc;
		rc = 0;
		got = S_claim(sh, &f, &l);
		cli_progress(sh->docs, 0);
		pthread_mutex_unlock(&sh->lock);
		if (!got)
			return 0;
		if (jsonl) {
			got = cli_docs_parse_line(sh->docs, &l, d, &r);
		} else {
			if (cli_file_look(&sh->docs->walk, &f)) {
				pthread_mutex_lock(&sh->lock);
				got = cli_walk_settle(&sh->docs->walk, &f);
				pthread_mutex_unlock(&sh->lock);
				if (!got)
					continue; /* a folder, listed: its files come next */
			}
			got = cli_docs_read(sh->docs, &f, d, &r);
		}
		pthread_mutex_lock(&sh->lock);
		more = jsonl ? cli_docs_count_line(sh->docs, &l, d, got, &r)
		             : cli_docs_count(sh->docs, d, got, &r);
		if (r && !sh->rc)
			sh->rc = r;
		if (got && sh->rc) { /* another worker stopped the run meanwhile */
			cli_doc_free(d);
			got = 0;
		}
		cli_progress(sh->docs, 0);
		pthread_mutex_unlock(&sh->lock);
		if (jsonl)
			cli_jline_free(&l);
		if (!more)
			return got;
	}
}

/* Documents a worker reads before it hands their events over: few
 * enough that little is held twice, enough that the handing over (a
 * lock, copying the actors) costs little per document. */
enum { S_BATCH = 32 };

static void *S_run(void *arg)
{
	S_worker *w = arg;
	cli_doc d;
	int rc = 0;
	unsigned held = 0;
	while (S_take(w->sh, &d, rc)) {
		rc = w->sh->fn(w->sh->ctx, w->p, &d);
		cli_doc_free(&d);
		if (w->p != w->sh->into && ++held == S_BATCH) {
			held = 0;
			pthread_mutex_lock(&w->sh->into_lock);
			evg_parser_absorb(w->sh->into, w->p);
			pthread_mutex_unlock(&w->sh->into_lock);
		}
	}
	return NULL;
}

int cli_extract_docs(evg_parser *into, evg_parser *(*make)(void *ctx),
                     cli_docs *docs, unsigned jobs, cli_doc_fn fn, void *ctx)
{
	S_shared sh;
	S_worker *w;
	unsigned i, started = 0;
	memset(&sh, 0, sizeof sh);
	sh.docs = docs, sh.fn = fn, sh.ctx = ctx, sh.into = into;
	pthread_mutex_init(&sh.lock, NULL);
	pthread_mutex_init(&sh.into_lock, NULL);
	if (!(w = calloc(jobs, sizeof *w)))
		abort();
	for (i = 0; i < jobs; i++) {
		w[i].sh = &sh;
		/* one thread reads into the caller's parser; several each have
		 * their own */
		w[i].p = jobs > 1 ? make(ctx) : into;
		if (!w[i].p)
			break;
		if (i && pthread_create(&w[i].thread, NULL, S_run, &w[i]))
			break; /* fewer threads still do the work */
		started = i + 1;
	}
	if (w[0].p)
		S_run(&w[0]);
	else
		sh.rc = EXIT_INPUT; /* a worker's parser could not be made */
	for (i = 1; i < jobs && w[i].p; i++)
		if (i < started)
			pthread_join(w[i].thread, NULL);
	for (i = 0; i < jobs && w[i].p; i++)
		if (w[i].p != into) {
			evg_parser_absorb(into, w[i].p); /* the last batch */
			evg_parser_free(w[i].p);
		}
	cli_progress(docs, 1);
	pthread_mutex_destroy(&sh.into_lock);
	pthread_mutex_destroy(&sh.lock);
	free(w);
	return sh.rc;
}
