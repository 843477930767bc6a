/* The one place that fills a struct ml_error, and its formatting for people. */
#include "error.h"

#include <stdio.h>
#include <string.h>

void error_vat(struct ml_error *err, enum ml_error_code code, const char *source, int line,
               int column, const char *path, const char *fmt, va_list ap)
{
    if (!err)
        return;
    memset(err, 0, sizeof *err);
    err->code = code;
    err->line = line;
    err->column = column;
    snprintf(err->source, sizeof err->source, "%s", source ? source : "");
    snprintf(err->path, sizeof err->path, "%s", path ? path : "");
    vsnprintf(err->text, sizeof err->text, fmt, ap);
}

void error_at(struct ml_error *err, enum ml_error_code code, const char *source, int line,
              int column, const char *path, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    error_vat(err, code, source, line, column, path, fmt, ap);
    va_end(ap);
}

void error_set(struct ml_error *err, enum ml_error_code code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    error_vat(err, code, NULL, -1, -1, NULL, fmt, ap);
    va_end(ap);
}

void error_first(struct ml_error *err, enum ml_error_code code, const char *fmt, ...)
{
    va_list ap;
    if (!err || err->code != ML_OK)
        return;
    va_start(ap, fmt);
    error_vat(err, code, NULL, -1, -1, NULL, fmt, ap);
    va_end(ap);
}

void ml_error_format(const struct ml_error *err, char *buf, size_t size)
{
    const char *src, *kind;
    if (!buf || size == 0)
        return;
    if (!err) {
        snprintf(buf, size, "error: (no details)");
        return;
    }
    src = err->source[0] ? err->source : "memberline";
    kind = err->code == ML_WARNING ? "warning" : "error";
    if (err->line > 0 && err->column > 0)
        snprintf(buf, size, "%s:%d:%d: %s: %s", src, err->line, err->column, kind, err->text);
    else if (err->line > 0)
        snprintf(buf, size, "%s:%d: %s: %s", src, err->line, kind, err->text);
    else if (err->path[0])
        snprintf(buf, size, "%s: %s: %s: %s", src, err->path, kind, err->text);
    else
        snprintf(buf, size, "%s: %s: %s", src, kind, err->text);
}
