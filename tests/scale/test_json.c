/* test_json.c: the JSON Lines reader of the CLI (src/cli/json.c), on
 * exact decoded strings and exact error columns. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static int S_failures;

/* A line that must parse, with its decoded "text" (and "id" when given). */
static void S_ok(const char *line, const char *text, size_t tlen, const char *id)
{
	cli_jdoc d;
	size_t n = 0;
	const char *v;
	if (cli_jdoc_parse(&d, line, strlen(line))) {
		printf("FAIL %s: %s at %zu\n", line, d.error, d.column);
		S_failures++;
	} else if (!(v = cli_jdoc_get(&d, CLI_J_TEXT, &n)) || n != tlen ||
	           memcmp(v, text, n)) {
		printf("FAIL %s: text decoded wrong (%zu bytes)\n", line, n);
		S_failures++;
	} else if (id && (!(v = cli_jdoc_get(&d, CLI_J_ID, &n)) || strcmp(v, id))) {
		printf("FAIL %s: id decoded wrong\n", line);
		S_failures++;
	}
	free(d.buf);
}

/* A line that must fail, with the message's start and the column. */
static void S_bad(const char *line, const char *msg, size_t col)
{
	cli_jdoc d;
	if (!cli_jdoc_parse(&d, line, strlen(line))) {
		printf("FAIL %s: accepted\n", line);
		S_failures++;
	} else if (strncmp(d.error, msg, strlen(msg)) || d.column != col) {
		printf("FAIL %s: got '%s' at %zu, want '%s' at %zu\n", line, d.error,
		       d.column, msg, col);
		S_failures++;
	}
	free(d.buf);
}

int main(void)
{
	S_ok("{\"text\":\"plain\"}", "plain", 5, NULL);
	S_ok(" { \"text\" : \"a\\\"b\\\\c\\/d\\n\\t\" , \"id\": \"x1\" } ", "a\"b\\c/d\n\t", 9, "x1");
	S_ok("{\"text\":\"\\u00e9\\u20ac\"}", "\xc3\xa9\xe2\x82\xac", 5, NULL);
	S_ok("{\"text\":\"\\ud83d\\ude00!\"}", "\xf0\x9f\x98\x80!", 5, NULL);
	S_ok("{\"text\":\"\\u0000\"}", "\0", 1, NULL);
	S_ok("{\"n\":[1,-2.5e+3,0.5,true,false,null,{\"a\":[]}],\"text\":\"t\",\"id\":7}", "t", 1, NULL);
	S_ok("{\"text\":\"first\",\"text\":\"second\"}", "second", 6, NULL);
	S_bad("{\"text\":\"\\ud800\"}", "a high surrogate", 10);
	S_bad("{\"text\":\"\\ud800\\u0041\"}", "a high surrogate", 10);
	S_bad("{\"text\":\"\\udc00\"}", "a low surrogate", 10);
	S_bad("{\"text\":\"\\u12G4\"}", "\\u needs four", 10);
	S_bad("{\"text\":\"\\x\"}", "unknown escape", 10);
	S_bad("{\"text\":\"a\tb\"}", "a control character", 11);
	S_bad("{\"text\":\"open", "unterminated string", 14);
	S_bad("{\"text\":\"t\",}", "expected a member name", 13);
	S_bad("{\"text\":\"t\" \"x\":1}", "expected ',' or '}'", 13);
	S_bad("{\"text\":\"t\",\"n\":01}", "expected ',' or '}'", 18);
	S_bad("{\"text\":\"t\",\"n\":-}", "a number needs digits", 18);
	S_bad("{\"text\":\"t\",\"n\":tru}", "not a JSON value", 17);
	S_bad("{\"text\":\"t\"} x", "text after the object", 14);
	S_bad("[\"text\"]", "a line must be a JSON object", 1);
	S_bad("{\"id\":\"x\"}", "no \"text\" member", 1);
	S_bad("{\"text\":5}", "expected a string", 9);
	S_bad("{\"text\":\"t\",\"n\":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}",
	      "nested too deeply", 81);
	if (S_failures)
		printf("%d failures\n", S_failures);
	else
		puts("json: all cases pass");
	return S_failures != 0;
}
