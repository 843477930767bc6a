/* The document schema: JSON documents -> model (public API in memberline.h). */
#ifndef ML_LOAD_H
#define ML_LOAD_H

/* Documented limits; exceeding one is an ML_ERROR_LIMIT. */
#define LOAD_MAX_BYTES ((size_t)64 << 20) /* input size */
#define LOAD_MAX_TEXT 10000               /* bytes in one text, id or source string */
#define LOAD_MAX_EVENTS 100000            /* also spans */
#define LOAD_MAX_KINDS 1000 /* categories, and statuses: legends and rank orders are quadratic */
#define LOAD_MAX_MEMBERS 10000
#define LOAD_MAX_PERIODS 1000 /* per member */

/* The version of jansson in use, as it reports itself ("2.14"). */
const char *load_jansson_version(void);

#endif
