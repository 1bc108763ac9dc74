/* json.c: a small strict JSON reader for one line of JSON Lines input:
 * an object whose string members "text", "date", "id", "name" and "url"
 * describe a document. Other members may hold any JSON value and are
 * skipped, after being checked. Strings are decoded to UTF-8, \uXXXX
 * escapes included (a surrogate pair is one character; a lone surrogate
 * is an error). RFC 8259, without extensions. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

enum { S_MAX_DEPTH = 64 };

typedef struct S_json {
	const char *s;
	size_t len, i;
	const char *err;
	char *out; /* decoded strings are written here, one after another */
	size_t olen;
} S_json;

static int S_fail(S_json *j, const char *msg)
{
	if (!j->err)
		j->err = msg;
	return -1;
}

static void S_ws(S_json *j)
{
	while (j->i < j->len && (j->s[j->i] == ' ' || j->s[j->i] == '\t' ||
	                         j->s[j->i] == '\n' || j->s[j->i] == '\r'))
		j->i++;
}

static int S_hex4(S_json *j, unsigned *out)
{
	unsigned v = 0;
	size_t k;
	if (j->i + 4 > j->len)
		return S_fail(j, "\\u needs four hex digits");
	for (k = 0; k < 4; k++) {
		char c = j->s[j->i + k];
		v <<= 4;
		if (c >= '0' && c <= '9')
			v |= (unsigned)(c - '0');
		else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
			v |= (unsigned)((c | 0x20) - 'a' + 10);
		else
			return S_fail(j, "\\u needs four hex digits");
	}
	j->i += 4;
	*out = v;
	return 0;
}

static void S_put_utf8(S_json *j, unsigned c)
{
	char *o = j->out + j->olen;
	if (c < 0x80) {
		o[0] = (char)c, j->olen += 1;
	} else if (c < 0x800) {
		o[0] = (char)(0xc0 | c >> 6), o[1] = (char)(0x80 | (c & 0x3f));
		j->olen += 2;
	} else if (c < 0x10000) {
		o[0] = (char)(0xe0 | c >> 12), o[1] = (char)(0x80 | (c >> 6 & 0x3f));
		o[2] = (char)(0x80 | (c & 0x3f)), j->olen += 3;
	} else {
		o[0] = (char)(0xf0 | c >> 18), o[1] = (char)(0x80 | (c >> 12 & 0x3f));
		o[2] = (char)(0x80 | (c >> 6 & 0x3f)), o[3] = (char)(0x80 | (c & 0x3f));
		j->olen += 4;
	}
}

/* \uXXXX after the "\u": one code point, a surrogate pair joined. */
static int S_uescape(S_json *j, unsigned *c)
{
	unsigned lo;
	if (S_hex4(j, c))
		return -1;
	if (*c >= 0xdc00 && *c <= 0xdfff)
		return S_fail(j, "a low surrogate without a high one");
	if (*c < 0xd800 || *c > 0xdbff)
		return 0;
	if (j->i + 2 > j->len || j->s[j->i] != '\\' || j->s[j->i + 1] != 'u')
		return S_fail(j, "a high surrogate without a low one");
	j->i += 2;
	if (S_hex4(j, &lo))
		return -1;
	if (lo < 0xdc00 || lo > 0xdfff)
		return S_fail(j, "a high surrogate without a low one");
	*c = 0x10000 + ((*c - 0xd800) << 10) + (lo - 0xdc00);
	return 0;
}

static int S_escape(S_json *j)
{
	static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
	const char *p;
	unsigned c;
	size_t e0 = j->i - 1; /* a bad escape is reported at its backslash */
	if (j->i >= j->len)
		return S_fail(j, "unterminated string");
	if (j->s[j->i] == 'u') {
		j->i++;
		if (S_uescape(j, &c))
			return j->i = e0, -1;
		S_put_utf8(j, c);
		return 0;
	}
	if (!(p = strchr(from, j->s[j->i])) || !*p)
		return j->i = e0, S_fail(j, "unknown escape");
	j->out[j->olen++] = to[p - from];
	j->i++;
	return 0;
}

/* A string at j->i (the opening quote), decoded into j->out; *start and
 * *n give where. Raw bytes are copied (UTF-8 is checked by the caller). */
static int S_string(S_json *j, size_t *start, size_t *n)
{
	*start = j->olen;
	j->i++;
	for (;;) {
		unsigned char c;
		if (j->i >= j->len)
			return S_fail(j, "unterminated string");
		c = (unsigned char)j->s[j->i];
		if (c == '"')
			break;
		if (c < 0x20)
			return S_fail(j, "a control character in a string");
		j->i++;
		if (c == '\\') {
			if (S_escape(j))
				return -1;
		} else {
			j->out[j->olen++] = (char)c;
		}
	}
	j->i++;
	*n = j->olen - *start;
	j->out[j->olen++] = 0;
	return 0;
}

static int S_value(S_json *j, int depth);

static int S_digits(S_json *j)
{
	size_t i0 = j->i;
	while (j->i < j->len && j->s[j->i] >= '0' && j->s[j->i] <= '9')
		j->i++;
	return j->i > i0 ? 0 : S_fail(j, "a number needs digits");
}

static int S_number(S_json *j)
{
	if (j->s[j->i] == '-')
		j->i++;
	if (j->i < j->len && j->s[j->i] == '0')
		j->i++;
	else if (S_digits(j))
		return -1;
	if (j->i < j->len && j->s[j->i] == '.') {
		j->i++;
		if (S_digits(j))
			return -1;
	}
	if (j->i < j->len && (j->s[j->i] | 0x20) == 'e') {
		j->i++;
		if (j->i < j->len && (j->s[j->i] == '+' || j->s[j->i] == '-'))
			j->i++;
		if (S_digits(j))
			return -1;
	}
	return 0;
}

static int S_word(S_json *j, const char *w)
{
	size_t n = strlen(w);
	if (j->len - j->i < n || memcmp(j->s + j->i, w, n))
		return S_fail(j, "not a JSON value");
	j->i += n;
	return 0;
}

/* A member's name and its ':' (the name at j->out + *a, *n bytes). */
static int S_name(S_json *j, size_t *a, size_t *n)
{
	if (j->i >= j->len || j->s[j->i] != '"')
		return S_fail(j, "expected a member name");
	if (S_string(j, a, n))
		return -1;
	S_ws(j);
	if (j->i >= j->len || j->s[j->i++] != ':')
		return S_fail(j, "expected ':'");
	return 0;
}

/* Members or elements of a container opened at j->i, up to `close`. */
static int S_items(S_json *j, int depth, char close)
{
	size_t o = j->olen, a, n;
	j->i++;
	S_ws(j);
	if (j->i < j->len && j->s[j->i] == close)
		return j->i++, 0;
	for (;;) {
		S_ws(j);
		if (close == '}' && S_name(j, &a, &n))
			return -1;
		if (S_value(j, depth + 1))
			return -1;
		j->olen = o; /* skipped values leave nothing behind */
		S_ws(j);
		if (j->i < j->len && j->s[j->i] == ',') {
			j->i++;
			continue;
		}
		if (j->i < j->len && j->s[j->i] == close)
			return j->i++, 0;
		return S_fail(j, close == '}' ? "expected ',' or '}'" : "expected ',' or ']'");
	}
}

static int S_value(S_json *j, int depth)
{
	size_t a, n;
	S_ws(j);
	if (depth > S_MAX_DEPTH)
		return S_fail(j, "nested too deeply");
	if (j->i >= j->len)
		return S_fail(j, "expected a value");
	switch (j->s[j->i]) {
	case '{':
		return S_items(j, depth, '}');
	case '[':
		return S_items(j, depth, ']');
	case '"':
		return S_string(j, &a, &n);
	case 't':
		return S_word(j, "true");
	case 'f':
		return S_word(j, "false");
	case 'n':
		return S_word(j, "null");
	default:
		if (j->s[j->i] == '-' || (j->s[j->i] >= '0' && j->s[j->i] <= '9'))
			return S_number(j);
		return S_fail(j, "not a JSON value");
	}
}

static const char *const S_keys[] = {"text", "date", "id", "name", "url"};

/* One member of the document object: known string members are kept. */
static int S_member(S_json *j, cli_jdoc *d)
{
	size_t a, n, k, v0, vn;
	if (S_name(j, &a, &n))
		return -1;
	S_ws(j);
	for (k = 0; k < sizeof S_keys / sizeof *S_keys; k++)
		if (n == strlen(S_keys[k]) && !memcmp(j->out + a, S_keys[k], n))
			break;
	if (k == sizeof S_keys / sizeof *S_keys)
		return S_value(j, 1);
	if (j->i >= j->len || j->s[j->i] != '"')
		return k == 2 && j->i < j->len && j->s[j->i] != '{' && j->s[j->i] != '['
		               ? S_value(j, 1) /* a numeric id is skipped */
		               : S_fail(j, "expected a string");
	if (S_string(j, &v0, &vn))
		return -1;
	d->field[k] = v0 + 1, d->flen[k] = vn; /* 0 means absent */
	return 0;
}

static int S_object(S_json *j, cli_jdoc *d)
{
	S_ws(j);
	if (j->i >= j->len || j->s[j->i] != '{')
		return S_fail(j, "a line must be a JSON object");
	j->i++;
	S_ws(j);
	if (j->i < j->len && j->s[j->i] == '}')
		return j->i++, 0;
	for (;;) {
		S_ws(j);
		if (S_member(j, d))
			return -1;
		S_ws(j);
		if (j->i < j->len && j->s[j->i] == ',') {
			j->i++;
			continue;
		}
		if (j->i < j->len && j->s[j->i] == '}')
			return j->i++, 0;
		return S_fail(j, "expected ',' or '}'");
	}
}

int cli_jdoc_parse(cli_jdoc *d, const char *line, size_t len)
{
	S_json j;
	memset(d, 0, sizeof *d);
	memset(&j, 0, sizeof j);
	j.s = line, j.len = len;
	/* decoded strings are never longer than their JSON form */
	if (!(j.out = d->buf = malloc(len + 1)))
		abort();
	if (!S_object(&j, d)) {
		S_ws(&j);
		if (j.i < j.len)
			S_fail(&j, "text after the object");
	}
	if (!j.err && !d->field[0])
		j.err = "no \"text\" member", j.i = 0;
	d->error = j.err;
	d->column = j.i + 1;
	return j.err ? -1 : 0;
}

const char *cli_jdoc_get(const cli_jdoc *d, cli_jfield f, size_t *len)
{
	if (!d->field[f])
		return NULL;
	*len = d->flen[f];
	return d->buf + d->field[f] - 1;
}
