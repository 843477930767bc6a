/* Loading JSON: documents (public API in memberline.h) and theme files. load.c is the only
 * file that includes <jansson.h>; nothing from jansson escapes it. */
#ifndef ML_LOAD_H
#define ML_LOAD_H

#include <stdbool.h>

#include "memberline.h"

struct theme;

/* Documented limits; exceeding one is an ML_ERROR_LIMIT. */
#define LOAD_MAX_BYTES ((size_t)64 << 20) /* input size */
#define LOAD_MAX_EVENTS 100000            /* also spans */
#define LOAD_MAX_KINDS 1000 /* categories, and statuses: legends and rank orders are quadratic */
#define LOAD_MAX_MEMBERS 10000
#define LOAD_MAX_PERIODS 1000 /* per member */
#define LOAD_MAX_TEXT 10000   /* bytes in one text, id or source string */

/* Override the fields of an already filled theme with those a JSON theme file gives:
 * name, background, text, muted, axis, grid, band, accent ("#RRGGBB[AA]"), palette (array of
 * up to THEME_PALETTE_MAX colours), patterns (bool), font (family), type_scale (0.25 to 4).
 * On any error t is left untouched, err is filled and false returned. */
bool load_theme_file(const char *path, struct theme *t, struct ml_error *err);

/* The version of jansson in use, as it reports itself ("2.14"). */
const char *load_jansson_version(void);

/* For tests: make the n-th allocation from now on, in the loader and in jansson, fail;
 * 0 turns failures off. Not thread-safe; changes jansson's allocator while on. */
void load_fail_alloc_at(long n);

#endif
