/* cli.h: what the subcommands of the evgraph tool share. */
#ifndef EVG_CLI_H
#define EVG_CLI_H

#include <stdio.h>

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

/* The value of an option at argv[*i] ("--opt VALUE" or "--opt=VALUE"),
 * advancing *i; NULL when argv[*i] is not that option. Sets *missing when
 * the option is there but its value is not. */
const char *cli_opt(int argc, char **argv, int *i, const char *name,
                    const char *alias, int *missing);

int cmd_build(int argc, char **argv);
int cmd_render(int argc, char **argv);
int cmd_timex(int argc, char **argv);

#endif
