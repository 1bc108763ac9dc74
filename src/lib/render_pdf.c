#define _POSIX_C_SOURCE 200809L /* gmtime_r */
/* render_pdf.c: the creation date of a PDF drawn by cairo, set to the
 * render's stamp (see evg_pdf_stamp in render.h). */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "ctype.h"
#include "render.h"

/* Reads the decimal number at p (at most 10 digits); its digits end at
 * *end. -1 when there is none. */
static long long S_pdf_num(const char *p, const char *lim, const char **end)
{
	long long v = 0;
	const char *q = p;
	while (q < lim && q - p < 10 && evg_isdigit((unsigned char)*q))
		v = v * 10 + (*q++ - '0');
	*end = q;
	return q > p ? v : -1;
}

/* Checks the entries of the classic cross-reference table at x and,
 * unless delta is 0, moves those that point past `at` by delta.
 * Returns 0, or -1 when the table is not the one cairo writes. */
static int S_pdf_xref(char *p, size_t len, size_t x, size_t at, long delta)
{
	const char *lim = p + len, *q;
	char *e = p + x + 4;
	long long n, off;
	if (x + 5 > len || memcmp(p + x, "xref", 4))
		return -1;
	while (e < lim && (*e == '\r' || *e == '\n'))
		e++;
	while (e < lim && evg_isdigit((unsigned char)*e)) { /* "first count" */
		if (S_pdf_num(e, lim, &q) < 0 || q >= lim || *q != ' ' ||
		    (n = S_pdf_num(q + 1, lim, &q)) < 0)
			return -1;
		while (q < lim && (*q == '\r' || *q == '\n' || *q == ' '))
			q++;
		for (e = (char *)q; n > 0; n--, e += 20) {
			if (e + 20 > lim || (off = S_pdf_num(e, lim, &q)) < 0 || q != e + 10 ||
			    e[10] != ' ' || (e[17] != 'n' && e[17] != 'f'))
				return -1;
			if (delta && e[17] == 'n' && (size_t)off > at) {
				char num[24];
				snprintf(num, sizeof num, "%010lld", off + delta);
				memcpy(e, num, 10);
			}
		}
	}
	return e + 7 <= lim && !memcmp(e, "trailer", 7) ? 0 : -1;
}

/* Removes n bytes at `at` from a PDF, moving the cross-reference
 * table's offsets and startxref to match. Returns 0, or -1, changing
 * nothing, when the file does not end as cairo's do. */
static int S_pdf_cut(evg_buf *pdf, size_t at, size_t n)
{
	static const char sx[] = "startxref";
	const size_t sl = sizeof sx - 1;
	char *p = pdf->ptr, *s = NULL, *ds;
	const char *de;
	char num[24];
	long long x;
	size_t i, tail;
	int w;
	for (i = pdf->len >= sl ? pdf->len - sl + 1 : 0; i-- > 0;)
		if (!memcmp(p + i, sx, sl)) {
			s = p + i;
			break;
		}
	if (!s || at + n > (size_t)(s - p))
		return -1;
	for (ds = s + sl; ds < p + pdf->len && (*ds == '\r' || *ds == '\n' || *ds == ' '); ds++)
		;
	if ((x = S_pdf_num(ds, p + pdf->len, &de)) < 0 || (size_t)x <= at ||
	    S_pdf_xref(p, pdf->len, (size_t)x, at, 0) ||
	    S_pdf_xref(p, pdf->len, (size_t)x, at, -(long)n))
		return -1;
	w = snprintf(num, sizeof num, "%lld", x - (long long)n);
	/* the new startxref is no longer than the old: it only shrinks */
	tail = pdf->len - (size_t)(de - p);
	memcpy(ds, num, (size_t)w);
	memmove(ds + w, de, tail);
	pdf->len = (size_t)(ds - p) + (size_t)w + tail;
	memmove(p + at, p + at + n, pdf->len - at - n);
	pdf->len -= n;
	p[pdf->len] = '\0';
	return 0;
}

/* cairo (1.16) stamps a PDF with the local time of the run, as
 * "/CreationDate (D:YYYYMMDDHHMMSS" and then "Z" in UTC or an offset
 * "+hh'mm". The stamp becomes `stamp`, in UTC ("Z"), so that the same
 * graph gives the same PDF in any time zone; the offsets of the file's
 * cross-reference table follow. A file whose end is not the table cairo
 * writes keeps cairo's form, "+00'00", with the same bytes' count. */
void evg_pdf_stamp(evg_buf *pdf, long long stamp)
{
	static const char key[] = "/CreationDate (D:";
	const size_t klen = sizeof key - 1;
	char digits[16];
	time_t t = (time_t)stamp;
	struct tm tm;
	size_t i, k;
	if (!gmtime_r(&t, &tm) || strftime(digits, sizeof digits, "%Y%m%d%H%M%S", &tm) != 14)
		return;
	for (i = 0; i + klen + 15 <= pdf->len; i++) {
		char *d = pdf->ptr + i + klen;
		if (memcmp(pdf->ptr + i, key, klen))
			continue;
		for (k = 0; k < 14 && evg_isdigit((unsigned char)d[k]); k++)
			;
		if (k < 14)
			continue;
		memcpy(d, digits, 14);
		if (i + klen + 20 <= pdf->len && (d[14] == '+' || d[14] == '-') &&
		    d[17] == '\'') {
			if (S_pdf_cut(pdf, (size_t)(d + 15 - pdf->ptr), 5) == 0)
				pdf->ptr[i + klen + 14] = 'Z';
			else
				memcpy(d + 14, "+00'00", 6);
		}
		return;
	}
}
