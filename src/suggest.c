/* Quoting found values and suggesting near names for messages. */
#include "suggest.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>

/* s in double quotes, escaped, cut after QUOTE_MAX bytes at a character boundary. */
void quote(char *buf, size_t size, const char *s)
{
    size_t o = 0, i = 0;
    if (size < 8) {
        if (size)
            buf[0] = '\0';
        return;
    }
    buf[o++] = '"';
    for (; s[i]; i++) {
        unsigned char ch = (unsigned char)s[i];
        /* cut at a character boundary; the hard stop guards against bytes that are not UTF-8 */
        if (((i >= QUOTE_MAX || o + 12 >= size) && (ch & 0xc0) != 0x80) || o + 11 >= size) {
            memcpy(buf + o, "...", 3); /* room: o + 11 < size before every byte */
            o += 3;
            break;
        }
        if (ch == '"' || ch == '\\') {
            buf[o++] = '\\';
            buf[o++] = (char)ch;
        } else if (ch == '\n') {
            memcpy(buf + o, "\\n", 2);
            o += 2;
        } else if (ch == '\t') {
            memcpy(buf + o, "\\t", 2);
            o += 2;
        } else if (ch < 0x20 || ch == 0x7f) {
            o += (size_t)snprintf(buf + o, size - o, "\\u%04x", ch);
        } else {
            buf[o++] = (char)ch;
        }
    }
    buf[o++] = '"';
    buf[o] = '\0';
}

#define DISTANCE_MAX_LEN 64

/* Optimal string alignment distance (Levenshtein plus adjacent transpositions); a large value
 * for long strings. */
static int distance(const char *a, const char *b)
{
    int rows[3][DISTANCE_MAX_LEN + 1];
    int *pp = rows[0], *p = rows[1], *cur = rows[2];
    size_t la = strlen(a), lb = strlen(b);
    if (la > DISTANCE_MAX_LEN || lb > DISTANCE_MAX_LEN)
        return INT_MAX;
    for (size_t j = 0; j <= lb; j++)
        p[j] = (int)j;
    for (size_t i = 1; i <= la; i++) {
        cur[0] = (int)i;
        for (size_t j = 1; j <= lb; j++) {
            int cost = a[i - 1] != b[j - 1];
            int best = p[j - 1] + cost;
            if (p[j] + 1 < best)
                best = p[j] + 1;
            if (cur[j - 1] + 1 < best)
                best = cur[j - 1] + 1;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
                pp[j - 2] + 1 < best)
                best = pp[j - 2] + 1;
            cur[j] = best;
        }
        int *t = pp;
        pp = p;
        p = cur;
        cur = t;
    }
    return p[lb];
}

/* Is candidate close enough to word to suggest it? Distance at most 2, and less than the
 * length of the word (so "to" does not suggest "id"). */
int closeness(const char *word, const char *candidate)
{
    int d = distance(word, candidate);
    if (d > 2 || (size_t)d >= strlen(word))
        return INT_MAX;
    return d;
}

/* Set " (did you mean "x"?)" to buf when one of the candidates is close. */
void suggest(char *buf, size_t size, const char *word, const char *const *cands, size_t n)
{
    const char *best = NULL;
    int best_d = INT_MAX;
    char q[QUOTE_MAX * 2 + 8];
    for (size_t i = 0; i < n; i++) {
        int d = closeness(word, cands[i]);
        if (d < best_d) {
            best_d = d;
            best = cands[i];
        }
    }
    buf[0] = '\0';
    if (best) {
        quote(q, sizeof q, best);
        snprintf(buf, size, " (did you mean %s?)", q);
    }
}
