/* The JSON machinery: error collection (a sink), the JSON path built while walking, typed
 * field readers that report what they found against what was expected, id indexes for
 * references, and reading a file or standard input. Used by the document schema (load.c), the
 * theme schema (theme_file.c) and the tool's batch manifests (batch.c); only these and
 * jread.c include <jansson.h>, and no json_t leaves them.
 *
 * Every reader takes the walk's context and the object the field belongs to; the path is at
 * the object. A missing field is reported only when required. After out of memory the walk
 * ends: stopped() tells. */
#ifndef ML_JREAD_H
#define ML_JREAD_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "load.h" /* the limits */
#include "memberline.h"
#include "suggest.h"

struct date;

/* Where errors go: the first one (load mode), or up to ML_DIAG_MAX (check mode). */
struct sink {
    bool all;                     /* check mode: go on after an error */
    struct ml_error *first;       /* load mode: the first error lands here (or NULL) */
    struct ml_diagnostics *diags; /* check mode: every error (or NULL: only count) */
    size_t n;                     /* errors reported */
    bool nomem;
};

struct id_entry {
    const char *id; /* borrowed from the JSON tree */
    size_t pos;     /* array position */
};

/* The ids of one section ("members"), sorted, to resolve references before the walk. */
struct id_index {
    const char *section; /* "members" */
    struct id_entry *v;
    size_t n;
    bool usable;     /* false when the section is not an array: skip reference checks */
    bool incomplete; /* some element has no string id: an unknown reference may mean it */
};

/* A walk's context. The first four fields are the machinery's; the rest is the document
 * schema's state (load.c), left zero by the other schemas. */
struct ctx {
    struct sink sink;
    const char *source;
    char path[sizeof(((struct ml_error *)0)->path)];
    size_t plen;
    struct ml_doc *doc;
    bool langs_bad; /* "languages" is wrong: do not judge language keys */
    struct id_index categories, statuses, events, spans, members;
};

/* ---- errors */
void sink_first(struct sink *s, struct ml_error *err, struct ml_error *local, const char *source);
void sink_all(struct sink *s, struct ml_diagnostics *diags);
void sink_error(struct sink *s, const char *source, enum ml_error_code code, const char *text);
/* Would another error be kept? Expensive suggestions are computed only then. */
bool sink_wants(const struct sink *s);
/* Out of memory, or the first error in load mode: the walk ends. */
bool stopped(const struct ctx *c);
/* An error at the current path. */
void report(struct ctx *c, enum ml_error_code code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void report_nomem(struct ctx *c);
/* A warning at the current path (check mode only; not an error). */
void notice(struct ctx *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void report_type(struct ctx *c, const char *expected, const json_t *found);
void report_missing(struct ctx *c, const char *key);
/* "a number (42)", "a string ("x")", "an array" ... */
void describe(const json_t *v, char *buf, size_t size);

/* ---- allocation (NULL reported as out of memory) */
void *mem_calloc(size_t n, size_t size);
void *xcalloc(struct ctx *c, size_t n, size_t size);
char *xstrdup(struct ctx *c, const char *s);
/* For tests: make the n-th allocation from now on, in the readers and in jansson, on this
 * thread fail; 0 turns failures off. Other threads are not affected. */
void jread_fail_alloc_at(long n);

/* ---- the JSON path: push returns a mark to pop back to */
size_t path_key(struct ctx *c, const char *key);
size_t path_index(struct ctx *c, size_t i);
/* Append [i] and, when the element has a non-blank string id, ' (id "x")': a person finds
 * events[2] (id "asuncion-treaty").date without counting. */
size_t path_element(struct ctx *c, size_t i, const json_t *element);
void path_pop(struct ctx *c, size_t mark);

/* ---- objects and fields */
void check_keys(struct ctx *c, json_t *obj, const char *const *allowed);
bool want_object(struct ctx *c, json_t *v);
bool blank(const char *s);
/* A string within the text limit and free of control characters (path at the value). */
const char *string_value(struct ctx *c, json_t *v);
const char *string_field(struct ctx *c, json_t *obj, const char *key, bool required);
bool date_value(struct ctx *c, json_t *v, struct date *out);
/* null counts as absent when null_ok. */
bool date_field(struct ctx *c, json_t *obj, const char *key, bool required, bool null_ok,
                struct date *out);
/* "ends before it starts" when to starts before from (both already valid). */
void check_order(struct ctx *c, const char *to_key, const struct date *to, const char *from_key,
                 const struct date *from);
/* An integer in [lo, hi]; hint says what is expected when out of range. */
/* An integer, or a number with no fraction (2.0), as JSON Schema's "integer" accepts. */
bool whole_number(const json_t *v);
bool int_field(struct ctx *c, json_t *obj, const char *key, bool required, json_int_t lo,
               json_int_t hi, const char *hint, int *out);
bool color_value(struct ctx *c, json_t *v, uint32_t *out);
bool color_field(struct ctx *c, json_t *obj, const char *key, uint32_t *out);
/* An array of strings, copied. */
void strings_field(struct ctx *c, json_t *obj, const char *key, bool required, char ***out,
                   size_t *n_out);
/* root[key] as an array of at most limit elements; NULL when absent or wrong. */
json_t *section(struct ctx *c, json_t *root, const char *key, size_t limit);

/* ---- ids and references */
void index_build(struct ctx *c, struct id_index *ix, json_t *root, const char *section);
long index_find(const struct id_index *ix, const char *id);
void index_suggest(const struct id_index *ix, const char *id, char *buf, size_t size);
void index_free(struct id_index *ix);
/* obj["id"]: a non-blank string, unique within its section (element pos); a copy. */
char *id_field(struct ctx *c, json_t *obj, const struct id_index *ix, size_t pos);
/* An id referring to an element of ix; -1 when absent or unknown. */
int ref_value(struct ctx *c, json_t *v, const struct id_index *ix, const char *what);
int ref_field(struct ctx *c, json_t *obj, const char *key, bool required, const struct id_index *ix,
              const char *what);

/* ---- reading */
/* "<stdin>" for "-", else path. */
const char *source_of(const char *path);
/* A file, or standard input for "-", whole (at most LOAD_MAX_BYTES); false with the sink
 * filled. */
bool read_path(const char *path, struct sink *s, char **out, size_t *len);
/* JSON text to a tree (duplicate keys rejected); NULL with the sink filled. */
json_t *parse(const char *text, size_t len, const char *source, struct sink *s);

#endif
