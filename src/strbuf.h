/* A growing string (a chart's alt text) or byte buffer (a rendered file in memory). */
#ifndef ML_STRBUF_H
#define ML_STRBUF_H

#include <stdbool.h>
#include <stddef.h>

struct strbuf {
    char *s; /* NUL-terminated (bytes may hold NULs too); owned; NULL until something is added */
    size_t len, cap;
    bool nomem; /* an allocation failed: s holds what fitted before */
};

/* Append printf-style. */
void strbuf_add(struct strbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Append n bytes. */
void strbuf_append(struct strbuf *b, const void *data, size_t n);
/* Hand the string over (the caller frees it); the buffer is empty afterwards. */
char *strbuf_take(struct strbuf *b);
void strbuf_finish(struct strbuf *b);

#endif
