/* cli.h: what the subcommands of the evgraph tool share. */
#ifndef EVG_CLI_H
#define EVG_CLI_H

#include <stdio.h>
#include <sys/stat.h>
#include <sys/types.h>

#include "evgraph.h"

/* Exit codes, documented in `evgraph --help` and the README. */
enum { EXIT_OK = 0, EXIT_INPUT = 1, EXIT_USAGE = 2 };

/* Maps a library status to an exit code: the one place that does. */
int cli_exit_code(int status);

/* Prints "evgraph: <msg>" on stderr and returns the exit code for it. */
int cli_fail(int status, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 3)))
#endif
	;
/* Prints a usage error and returns EXIT_USAGE. */
int cli_usage(const char *cmd, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 2, 3)))
#endif
	;

/* Reads a whole input file; prints the error itself. 0 or an exit code. */
int cli_read(char **out, size_t *len, const char *path);
/* Largest document and longest line (build's --max-doc-bytes and
 * --max-line-bytes defaults; timex's fixed limits). */
enum { CLI_MAX_DOC = 64 << 20, CLI_MAX_LINE = 1 << 20 };

/* Refuses binary data (more than one byte in eight of the first 4 KiB is
 * not text) and lines over max_line bytes, with one "name:line:col:"
 * line on stderr. 0, or the exit code. Used on every document read. */
int cli_check_text(const char *name, const char *s, size_t len, size_t max_line);
/* Writes an output atomically, never over one of inputs. */
int cli_write(const char *path, const char *data, size_t len,
              const char *const *inputs, size_t ninputs);
/* Renders g into a temporary file beside path as it is made
 * (evg_render_to, evg_file_open_temp), never holding the whole output;
 * the file's name goes to *tmp for cli_commit. "-" writes to stdout and
 * leaves *tmp NULL. Returns 0; a negative code of the renderer's (message
 * on g), for the caller to report; or an exit status, the file's failure
 * reported here. */
int cli_render_file(evg_graph *g, evg_format fmt, evg_render_opts *o,
                    const char *path, const char *const *inputs,
                    size_t ninputs, char **tmp);
/* Puts a temporary file from cli_render_file in place. */
int cli_commit(const char *tmp, const char *path);
/* Removes an earlier run's output at path that this run does not write;
 * never one of the inputs. Reports a failure; returns an exit status. */
int cli_remove_output(const char *path, const char *const *inputs,
                      size_t ninputs);

/* The value of an option at argv[*i] ("--opt VALUE" or "--opt=VALUE"),
 * advancing *i; NULL when argv[*i] is not that option. Sets *missing when
 * the option is there but its value is not. */
const char *cli_opt(int argc, char **argv, int *i, const char *name,
                    const char *alias, int *missing);

/* Bytes of a stdio buffer for the streams a run reads or writes
 * throughout (stdout of extract, a JSON Lines input). */
#define CLI_IO_BUFFER (64 * 1024)

/* One JSON Lines document: the string members text, date, id, name, url
 * of one line, decoded. */
typedef enum { CLI_J_TEXT, CLI_J_DATE, CLI_J_ID, CLI_J_NAME, CLI_J_URL } cli_jfield;
typedef struct cli_jdoc {
	char *buf;            /* the decoded strings; free() it */
	size_t field[5];      /* 1 + offset into buf; 0 when absent */
	size_t flen[5];
	const char *error;    /* static message when parsing failed */
	size_t column;        /* 1-based byte column of the error */
} cli_jdoc;

/* Parses one line; 0, or -1 with error and column set. Free d->buf
 * either way. */
int cli_jdoc_parse(cli_jdoc *d, const char *line, size_t len);
/* A member's decoded value, or NULL when absent. */
const char *cli_jdoc_get(const cli_jdoc *d, cli_jfield f, size_t *len);

/* The inputs as given: files, '-', folders, a manifest's entries (with
 * their publication dates; EVG_PREC_UNKNOWN for the others). */
typedef struct cli_inputs {
	char **paths; /* heap copies */
	evg_date *dates;
	size_t n, cap;
} cli_inputs;

void cli_inputs_add(cli_inputs *in, const char *path, size_t len, evg_date d);
void cli_inputs_free(cli_inputs *in);
/* Adds the documents of the manifest at path ('-' for stdin) with their
 * dates, their paths taken relative to the manifest's folder; a bad
 * manifest is reported (cli_fail) and its exit status returned. */
int cli_inputs_add_manifest(cli_inputs *in, const char *path);
/* The bytes of every file the inputs name (a second walk, quiet); 0 when
 * one is stdin. */
double cli_inputs_bytes(const cli_inputs *in);

/* A file to look out for among the inputs: an earlier run's output. */
typedef struct cli_file_id {
	dev_t dev;
	ino_t ino;
} cli_file_id;

/* A walk through the inputs' files: a folder's files in name order, its
 * folders in the same order among them; hidden files and a link back to
 * a folder the walk went through to reach it are passed over. */
typedef struct cli_walk {
	const cli_inputs *in;
	size_t next;                 /* the next given input */
	struct cli_walk_dir *dirs;   /* folders being read; one thread: outermost
	                                first, several: in any order */
	size_t ndirs, cap;
	int quiet;                   /* no warnings: a second walk */
	int sizes;                   /* add up the files' sizes in bytes */
	double bytes;
	const cli_file_id *watch;    /* borrowed */
	size_t nwatch;
	char **hits;                 /* inputs that are watched files */
	size_t nhits;
} cli_walk;

/* A file the walk found. */
typedef struct cli_file {
	char *path;    /* heap: the taker's to free */
	evg_date date; /* from a manifest, else EVG_PREC_UNKNOWN */
	int special;   /* found in a folder, not a regular file (a FIFO would
	                  block the run): reported, not read */
	int given;     /* named by an input, not found in a folder */
	int look;      /* still to be looked at: cli_file_look */
	struct stat st;
	cli_file_id *up; /* heap: the folders the walk went through to it,
	                    while it may be a folder still to list */
	size_t nup;
} cli_file;

void cli_walk_init(cli_walk *w, const cli_inputs *in);
/* 1 and the next file; 0 at the end. A path that cannot be looked at is
 * returned all the same, for reading it to report. */
int cli_walk_next(cli_walk *w, cli_file *f);
/* cli_walk_next in three steps, so that threads stat files at once
 * rather than one at a time under a lock: cli_walk_claim takes the next
 * path (1, or 0 at the end); cli_file_look, without the lock, stats it
 * when the walk needs to know what it is, and returns 1 when the walk
 * must take it back (a folder to list, a watched file to note, a size to
 * add); cli_walk_settle then does so, under the lock, and returns 1 when
 * f is to be read (a file, or a folder that cannot be opened, which
 * reading reports), 0 when it was a folder (listed, or passed over, its
 * path freed). Files come in the same order as from cli_walk_next when
 * one thread takes them. */
int cli_walk_claim(cli_walk *w, cli_file *f);
int cli_file_look(const cli_walk *w, cli_file *f);
int cli_walk_settle(cli_walk *w, cli_file *f);
void cli_walk_free(cli_walk *w);

/* Documents read one at a time from files, folders' files, stdin, or
 * JSON Lines (one document per line). The steps below say which need
 * the caller's lock. */
typedef struct cli_doc {
	char *name, *text; /* heap; cli_doc_free */
	size_t len;
	int text_malloc;   /* text from malloc, else from evg_file_read */
	evg_date date;     /* EVG_PREC_UNKNOWN: found in the text */
} cli_doc;

typedef struct cli_docs {
	cli_walk walk;          /* the files */
	int jsonl;              /* every input is JSON Lines */
	FILE *cur;              /* the JSON Lines input being read */
	char *rbuf;             /* what was read of it (CLI_IO_BUFFER bytes) */
	size_t rpos, rlen;      /* the bytes of rbuf not yet split into lines */
	int rerr;               /* reading it failed */
	char *curpath;
	const char *curname;
	size_t line;
	char *lbuf;             /* the line being read (at most max_doc + 1) */
	size_t lcap;
	int progress;           /* stderr is a terminal: progress is shown */
	double bytes_total;     /* of the files listed; 0 when unknown */
	double bytes_done;
	size_t ndocs;
	int bad_lines;          /* JSON Lines reported and skipped */
	/* Documents over a limit, empty or binary are reported on one line
	 * and skipped (counted here), or with `strict` stop the run. */
	size_t max_doc, max_line; /* cli_docs_init: CLI_MAX_DOC, CLI_MAX_LINE */
	int strict;
	size_t skipped;
} cli_docs;

/* Reads the files of in (borrowed); watch: files to note in
 * s->walk.hits when they are among them. */
void cli_docs_init(cli_docs *s, const cli_inputs *in, int jsonl,
                   const cli_file_id *watch, size_t nwatch);

/* One line of JSON Lines input, taken to be parsed without the lock. */
typedef struct cli_jline {
	char *text;   /* heap: the line, without its line break */
	size_t len;
	size_t over;  /* or, when over --max-doc-bytes, its length (no text) */
	char *source; /* heap: the name of the input it came from */
	size_t line;  /* its number there, from 1 */
	int bad;      /* not a JSON document: reported */
} cli_jline;

/* The documents of JSON Lines, in steps so that threads parse and check
 * lines at once: cli_docs_take_line, under the caller's lock, takes the
 * next line that is not empty once its line break is dropped (1; 0 at
 * the end, or when an input failed, reported, with its exit code in
 * *rc); cli_docs_parse_line, without the lock, makes the line's
 * document (1), or reports the line (not JSON) or the document (empty,
 * binary, over a limit, as a file would be) and returns 0;
 * cli_docs_count_line, under the lock, records the outcome as
 * cli_docs_count does, and counts a bad line as reported and skipped
 * (1: take the next). cli_jline_free frees the line. */
int cli_docs_take_line(cli_docs *s, cli_jline *l, int *rc);
int cli_docs_parse_line(const cli_docs *s, cli_jline *l, cli_doc *d, int *rc);
int cli_docs_count_line(cli_docs *s, const cli_jline *l, const cli_doc *d,
                        int got, int *rc);
void cli_jline_free(cli_jline *l);

/* The documents of files, in steps so that threads stat and read files
 * at once: cli_docs_claim takes the next file (0: none left, or the input
 * is JSON Lines, taken with cli_docs_take_line); cli_file_look and
 * cli_walk_settle on s->walk then look at it (a folder is listed, and
 * its files taken next); cli_docs_read reads and checks
 * it without touching s, and cli_docs_count records the outcome: 1 when
 * a bad document was reported and skipped and the caller should take
 * the next, else 0 (got says whether d holds a document; *rc is the exit
 * code when the run must stop). Claim, settle and count under the
 * caller's lock. */
int cli_docs_claim(cli_docs *s, cli_file *f);
/* Takes f->path (from cli_docs_claim) over. */
int cli_docs_read(const cli_docs *s, cli_file *f, cli_doc *d, int *rc);
int cli_docs_count(cli_docs *s, const cli_doc *d, int got, int *rc);
void cli_docs_close(cli_docs *s);
void cli_doc_free(cli_doc *d);

/* Progress on stderr when it is a terminal, at most twice a second:
 * documents, MB, MB/s and, when the total is known, the time left. */
void cli_progress(const cli_docs *s, int last);

/* What a worker does with one document, on its own parser: 0 or an exit
 * code, which stops the run. */
typedef int (*cli_doc_fn)(void *ctx, evg_parser *p, cli_doc *d);

/* Runs fn over every document of docs in `jobs` threads (into and jobs-1
 * more parsers from make(ctx)), then moves the other parsers' events into
 * `into`. Returns 0 or the first exit code. */
int cli_extract_docs(evg_parser *into, evg_parser *(*make)(void *ctx),
                     cli_docs *docs, unsigned jobs, cli_doc_fn fn, void *ctx);
/* The value of -j/--jobs: 1 to 256; 0 when it is not a number in range. */
unsigned cli_jobs(const char *v);
/* A count option's value into *out: digits only, not 0. Returns 0, or
 * cli_usage's code after naming cmd, opt and the value. */
int cli_size_opt(const char *cmd, size_t *out, const char *opt, const char *v);

/* Adds each lexicon CSV to p; 0, or an exit code after the one-line
 * report (a bad lexicon stops the run: it would change every document). */
int cli_add_lexicons(evg_parser *p, const char *const *paths, size_t n);

int cmd_build(int argc, char **argv);
int cmd_extract(int argc, char **argv);
int cmd_merge(int argc, char **argv);
int cmd_render(int argc, char **argv);
int cmd_timex(int argc, char **argv);

#endif
