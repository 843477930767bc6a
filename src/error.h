/* Filling a struct ml_error: fixed buffers, no allocation, callers may pass NULL. Every
 * struct ml_error in the library is filled by error_vat (through the wrappers below). */
#ifndef ML_ERROR_H
#define ML_ERROR_H

#include <stdarg.h>

#include "memberline.h"

/* Set err (when not NULL) to code, source (file or "<stdin>"; NULL: none), line and column
 * (-1: unknown), JSON path (NULL: none) and a printf-style text. */
void error_vat(struct ml_error *err, enum ml_error_code code, const char *source, int line,
               int column, const char *path, const char *fmt, va_list ap)
    __attribute__((format(printf, 7, 0)));
void error_at(struct ml_error *err, enum ml_error_code code, const char *source, int line,
              int column, const char *path, const char *fmt, ...)
    __attribute__((format(printf, 7, 8)));
/* Set err to code and a printf-style text, with no source, position or path. */
void error_set(struct ml_error *err, enum ml_error_code code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* The same, unless err already holds an error: the first error wins. */
void error_first(struct ml_error *err, enum ml_error_code code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#endif
