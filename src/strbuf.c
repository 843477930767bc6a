/* A growing string or byte buffer: vec_grow's doubling, vsnprintf a second time only when the
 * first did not fit. */
#include "strbuf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vec.h"

/* Room for n more bytes and the NUL. */
static bool reserve(struct strbuf *b, size_t n)
{
    if (b->nomem)
        return false;
    if (n >= (size_t)-1 - b->len || !vec_grow((void **)&b->s, &b->cap, b->len + n + 1, 1)) {
        b->nomem = true;
        return false;
    }
    return true;
}

void strbuf_add(struct strbuf *b, const char *fmt, ...)
{
    if (b->nomem)
        return;
    /* Format into the spare room first: most additions fit, and then one vsnprintf does. */
    size_t room = b->s ? b->cap - b->len : 0;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(room ? b->s + b->len : NULL, room, fmt, ap);
    va_end(ap);
    if (n >= 0 && (size_t)n < room) {
        b->len += (size_t)n;
        return;
    }
    if (room)
        b->s[b->len] = '\0'; /* a cut-off attempt is not part of the string */
    if (n < 0 || !reserve(b, (size_t)n))
        return;
    va_start(ap, fmt);
    vsnprintf(b->s + b->len, b->cap - b->len, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

void strbuf_append(struct strbuf *b, const void *data, size_t n)
{
    if (n == 0 || !reserve(b, n))
        return;
    memcpy(b->s + b->len, data, n);
    b->len += n;
    b->s[b->len] = '\0';
}

char *strbuf_take(struct strbuf *b)
{
    char *s = b->s;
    *b = (struct strbuf){0};
    return s;
}

void strbuf_finish(struct strbuf *b)
{
    free(b->s);
    *b = (struct strbuf){0};
}
