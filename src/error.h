/* Filling a struct ml_error: fixed buffers, no allocation, callers may pass NULL. */
#ifndef ML_ERROR_H
#define ML_ERROR_H

#include "memberline.h"

/* Set err (when not NULL) to code and a printf-style text, with no position and no path. */
void error_set(struct ml_error *err, enum ml_error_code code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* The same, unless err already holds an error: the first error wins. */
void error_first(struct ml_error *err, enum ml_error_code code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#endif
