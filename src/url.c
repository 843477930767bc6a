/* Source URLs: the scheme check (the loader) and the encoding of link targets (PDF, SVG). */
#include "url.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "strbuf.h"

static const char *const allowed[] = {"http", "https", "mailto", "doi"};

static bool alpha(unsigned char ch)
{
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

static bool digit(unsigned char ch)
{
    return ch >= '0' && ch <= '9';
}

/* The length of s's scheme (RFC 3986: ALPHA *(ALPHA / DIGIT / "+" / "-" / ".") before ':'),
 * or 0 when s does not start with one. A colon followed by white space ("Interview: 2003")
 * is prose, not a scheme. */
static size_t scheme_len(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t n = 0;
    if (!alpha(p[0]))
        return 0;
    while (alpha(p[n]) || digit(p[n]) || p[n] == '+' || p[n] == '-' || p[n] == '.')
        n++;
    if (p[n] != ':' || p[n + 1] == ' ' || p[n + 1] == '\t' || p[n + 1] == '\n' || !p[n + 1])
        return 0;
    return n;
}

/* The index in allowed of s's scheme; -1 for none or another. */
static int scheme_index(const char *s, size_t n)
{
    for (size_t i = 0; i < sizeof allowed / sizeof *allowed; i++)
        if (strlen(allowed[i]) == n && strncasecmp(s, allowed[i], n) == 0)
            return (int)i;
    return -1;
}

bool url_check(const char *s, char *why, size_t size)
{
    size_t n = scheme_len(s);
    int k = n ? scheme_index(s, n) : -1;
    if (k == 0 || k == 1) { /* http and https need a host: "//" and something not "/" */
        const char *h = s + n + 1;
        if (strncmp(h, "//", 2) == 0 && h[2] && !strchr("/?#", h[2]))
            return true;
        snprintf(why, size, "\"%.40s\" has no host (expected %.*s://host/...)", s, (int)n, s);
        return false;
    }
    if (n == 0 || k >= 0)
        return true;
    snprintf(why, size,
             "a source with the scheme \"%.*s:\" cannot be a link (expected http, https, mailto "
             "or doi; a citation without a scheme is kept as text)",
             n > 40 ? 40 : (int)n, s);
    return false;
}

static bool hex(unsigned char ch)
{
    return digit(ch) || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F');
}

/* Kept as they are: unreserved characters and every delimiter but the parentheses, which
 * would end a PDF string (RFC 3986 allows both forms). */
static bool keep(unsigned char ch)
{
    return alpha(ch) || digit(ch) || (ch && strchr("-._~:/?#[]@!$&'*+,;=", ch));
}

bool url_link(const char *s, char **out)
{
    size_t n = scheme_len(s);
    int k = n ? scheme_index(s, n) : -1;
    struct strbuf b = {0};
    *out = NULL;
    if (k < 0)
        return true;
    if (strcmp(allowed[k], "doi") == 0) {
        strbuf_add(&b, "https://doi.org/");
        s += n + 1;
    }
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (keep(*p) || (*p == '%' && hex(p[1]) && hex(p[2]))) {
            strbuf_append(&b, p, 1);
        } else {
            char esc[3] = {'%', "0123456789ABCDEF"[*p >> 4], "0123456789ABCDEF"[*p & 15]};
            strbuf_append(&b, esc, sizeof esc);
        }
    }
    if (b.nomem) {
        strbuf_finish(&b);
        return false;
    }
    *out = strbuf_take(&b);
    return true;
}
