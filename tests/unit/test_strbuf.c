/* The string buffer (strbuf.c): additions that fit the spare room and additions that make it
 * grow give the same string as one snprintf of the whole. */
#include <stdlib.h>
#include <string.h>

#include "strbuf.h"
#include "test.h"

/* Pieces of every length from 0 to 300 bytes, so that some fit the room left by the last
 * growth exactly, some by one byte too few, and some need more than doubling. */
static void test_growth(void)
{
    struct strbuf b = {0};
    size_t cap = 64 * 1024, n = 0;
    char *want = calloc(cap, 1), piece[301];
    for (int len = 0; len <= 300 && want; len++) {
        memset(piece, 'a' + len % 26, (size_t)len);
        piece[len] = '\0';
        strbuf_add(&b, "%d:%s;", len, piece);
        n += (size_t)snprintf(want + n, cap - n, "%d:%s;", len, piece);
    }
    CHECK(want && b.s && !b.nomem, "the buffer holds its additions");
    CHECK(want && b.s && b.len == n && strlen(b.s) == n, "length %zu, expected %zu", b.len, n);
    CHECK(want && b.s && memcmp(b.s, want, n + 1) == 0, "the string is the pieces in order");
    strbuf_finish(&b);
    free(want);
}

/* An empty addition to an empty buffer, then appended bytes and a formatted addition after
 * them: the NUL always follows the last byte. */
static void test_mixed(void)
{
    struct strbuf b = {0};
    strbuf_add(&b, "%s", "");
    CHECK(b.len == 0, "an empty addition adds nothing (length %zu)", b.len);
    strbuf_append(&b, "xyz", 3);
    strbuf_add(&b, "%04X", 0x2013u);
    CHECK(b.s && strcmp(b.s, "xyz2013") == 0, "got \"%s\"", b.s ? b.s : "(null)");
    char *s = strbuf_take(&b);
    CHECK(s && !b.s && b.len == 0, "take empties the buffer");
    free(s);
}

int main(void)
{
    test_growth();
    test_mixed();
    return test_done();
}
