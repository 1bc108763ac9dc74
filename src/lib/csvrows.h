/* csvrows.h: a whole CSV file parsed by libcsv into rows of fields, each
 * row knowing the line it starts on, so later checks can name the file,
 * line and column of a bad cell. */
#ifndef EVG_CSVROWS_H
#define EVG_CSVROWS_H

#include <stddef.h>

#include "arena.h"

typedef struct evg_csv_row {
	size_t line;   /* 1-based line of the row's first byte, or of the
	                  end of its first field when that is quoted over
	                  several lines */
	size_t nfields;
	char **fields; /* NUL-terminated, arena-owned */
	size_t *lens;
} evg_csv_row;

typedef struct evg_csv_table {
	evg_arena arena;
	evg_csv_row *rows; /* rows[0] is the header */
	size_t nrows, caprows;
} evg_csv_table;

/* Parses data strictly (RFC 4180; NUL bytes, invalid UTF-8, stray and
 * unterminated quotes are errors). Returns 0, or EVG_EINVALID with a
 * "name:line:column: message" line in err. Free with evg_csv_table_free
 * either way. */
int evg_csv_table_parse(evg_csv_table *t, const evg_mem *mem, const char *name,
                        const char *data, size_t len, char *err, size_t errlen);
void evg_csv_table_free(evg_csv_table *t);
/* Parses data as evg_csv_table_parse does, but hands each row to fn as
 * it is read and then forgets it, so memory does not grow with the
 * input. data starts on line first_line of `name` (a piece of a larger
 * file; it must end at a record's end). A non-zero return from fn stops
 * the parse and is returned (fn writes its own message to err). An empty
 * input is not an error. */
int evg_csv_each(const evg_mem *mem, const char *name, size_t first_line,
                 const char *data, size_t len,
                 int (*fn)(void *ctx, const evg_csv_row *row), void *ctx,
                 char *err, size_t errlen);

/* Index of a header column (case-insensitive, trimmed), or -1: in the
 * table's first row, or in the header row h. */
int evg_csv_column(const evg_csv_table *t, const char *name);
int evg_csv_row_column(const evg_csv_row *h, const char *name);

/* Undoes the spreadsheet neutralisation of evg_render_csv in place: a cell
 * written as "'=..." reads back as "=...". */
void evg_csv_unneutralise(char *cell, size_t *len);
/* 1 when a spreadsheet would evaluate a cell with this content, so the
 * writer must prefix it with "'". Shared with the reader so both agree. */
int evg_csv_needs_neutralising(const char *cell, size_t len);

#endif
