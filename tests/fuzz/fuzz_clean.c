/* fuzz_clean.c: the read stage's library side and the clean stage on
 * arbitrary bytes. The first byte picks the stage.
 * Clean: the working copy has the input's length; a line break stays
 * exactly where it was and no new one appears (offsets and line numbers
 * found later are those of the input); every other byte is the input's,
 * a space, or the bad-byte mark where the input was not UTF-8; the copy
 * is valid UTF-8 without NUL bytes; every diagnostic names the file and
 * a line/column inside the input.
 * Manifest: a parse either succeeds with well-formed dates and non-empty
 * file names, or fails with one "name:line:col: message" line. */
#include <stdint.h>
#include <string.h>

#include "evgraph.h"
#include "extract.h"
#include "fuzz_common.h"
#include "text.h"

static size_t S_lines(const char *s, size_t n)
{
	size_t i, k = 1;
	for (i = 0; i < n; i++)
		k += s[i] == '\n';
	return k;
}

static void S_clean(const char *text, size_t len)
{
	evg_graph *g = evg_graph_new();
	char *work = evg_calloc(evg_default_mem(), len + 1, 1);
	size_t i, nlines = S_lines(text, len);
	evg_clean(work, text, len, g, "doc.txt");
	FUZZ_ASSERT(work[len] == 0);
	for (i = 0; i < len; i++) {
		char w = work[i], t = text[i];
		FUZZ_ASSERT((w == '\n') == (t == '\n'));
		FUZZ_ASSERT(w != 0);
		FUZZ_ASSERT(w == t || w == ' ' || w == (char)EVG_BAD_BYTE);
	}
	FUZZ_ASSERT(evg_utf8_check(work, len) == len);
	for (i = 0; i < evg_graph_diag_count(g); i++) {
		const evg_diag *d = evg_graph_diag(g, i);
		FUZZ_ASSERT(!strcmp(d->file, "doc.txt"));
		FUZZ_ASSERT(d->line >= 1 && d->line <= nlines && d->column >= 1);
		FUZZ_ASSERT(!strchr(d->message, '\n'));
	}
	evg_default_mem()->free(work);
	evg_graph_free(g);
}

static void S_manifest(const char *data, size_t len)
{
	evg_manifest *m = NULL;
	char err[512], buf[11];
	size_t i;
	int rc = evg_manifest_parse(&m, "m.csv", data, len, err, sizeof err);
	if (rc) {
		FUZZ_ASSERT(rc == EVG_EINVALID && m == NULL);
		FUZZ_ASSERT(!strncmp(err, "m.csv:", 6) && !strchr(err, '\n'));
		return;
	}
	for (i = 0; i < evg_manifest_count(m); i++) {
		evg_date d = evg_manifest_date(m, i), back;
		FUZZ_ASSERT(evg_manifest_file(m, i)[0] != 0);
		if (d.prec == EVG_PREC_UNKNOWN)
			continue;
		evg_date_format(&d, buf);
		FUZZ_ASSERT(evg_date_parse(&back, buf, strlen(buf)) == 0);
		FUZZ_ASSERT(evg_date_cmp(&back, &d) == 0);
	}
	evg_manifest_free(m);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	if (data[0] & 1)
		S_manifest((const char *)data + 1, size - 1);
	else
		S_clean((const char *)data + 1, size - 1);
	return 0;
}
