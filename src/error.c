/* One place that fills a struct ml_error for the rendering side (load.c keeps its own, which
 * adds positions and JSON paths). */
#include "error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static void error_vset(struct ml_error *err, enum ml_error_code code, const char *fmt, va_list ap)
{
    memset(err, 0, sizeof *err);
    err->code = code;
    err->line = err->column = -1;
    vsnprintf(err->text, sizeof err->text, fmt, ap);
}

void error_set(struct ml_error *err, enum ml_error_code code, const char *fmt, ...)
{
    va_list ap;
    if (!err)
        return;
    va_start(ap, fmt);
    error_vset(err, code, fmt, ap);
    va_end(ap);
}

void error_first(struct ml_error *err, enum ml_error_code code, const char *fmt, ...)
{
    va_list ap;
    if (!err || err->code != ML_OK)
        return;
    va_start(ap, fmt);
    error_vset(err, code, fmt, ap);
    va_end(ap);
}
