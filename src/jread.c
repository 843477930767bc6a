/* The JSON machinery (see jread.h): a sink for errors, the JSON path, typed readers, id
 * indexes, reading files. */
#include "jread.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "textcheck.h"
#include "theme.h"
#include "date.h"
#include "error.h"
#include "textcheck.h"

/* ---------------------------------------------------------------- errors and the sink */

static void sink_add(struct sink *s, const struct ml_error *e)
{
    if (s->all && s->diags) {
        if (s->diags->count < ML_DIAG_MAX)
            s->diags->items[s->diags->count++] = *e;
        else
            s->diags->dropped++;
    } else if (!s->all && s->n == 0 && s->first) {
        *s->first = *e;
    }
    s->n++;
}

/* Would another error be kept? Expensive suggestions are computed only then. */
bool sink_wants(const struct sink *s)
{
    if (s->all)
        return s->diags && s->diags->count < ML_DIAG_MAX;
    return s->first && s->n == 0;
}

bool stopped(const struct ctx *c)
{
    return c->sink.nomem || (!c->sink.all && c->sink.n > 0);
}

static void vreport(struct ctx *c, enum ml_error_code code, const char *fmt, va_list ap)
{
    struct ml_error e;
    if (c->sink.nomem && code != ML_ERROR_NOMEM)
        return; /* out of memory ends the walk; what follows may be its consequence */
    error_vat(&e, code, c->source, -1, -1, c->path, fmt, ap);
    sink_add(&c->sink, &e);
}

void report(struct ctx *c, enum ml_error_code code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vreport(c, code, fmt, ap);
    va_end(ap);
}

/* A warning at the current path: kept in check mode only, and not counted as an error (the
 * document stays valid; a render says the same when it matters to its chart). */
void notice(struct ctx *c, const char *fmt, ...)
{
    struct ml_error e;
    va_list ap;
    if (!c->sink.all || !c->sink.diags || c->sink.nomem)
        return;
    va_start(ap, fmt);
    error_vat(&e, ML_WARNING, c->source, -1, -1, c->path, fmt, ap);
    va_end(ap);
    if (c->sink.diags->count < ML_DIAG_MAX)
        c->sink.diags->items[c->sink.diags->count++] = e;
    else
        c->sink.diags->dropped++;
}

void report_nomem(struct ctx *c)
{
    if (c->sink.nomem)
        return;
    c->sink.nomem = true;
    report(c, ML_ERROR_NOMEM, "out of memory");
}

/* ---------------------------------------------------------------- allocation */

/* Fault injection for tests: when fail_at > 0, the fail_at-th allocation from then on fails
 * (the loader's own and jansson's). */
static _Thread_local long fail_at, alloc_count;
static _Thread_local bool alloc_failed; /* an injected failure happened */

static bool alloc_fails(void)
{
    if (fail_at > 0 && ++alloc_count >= fail_at)
        return alloc_failed = true;
    return false;
}

static void *mem_malloc(size_t size)
{
    return alloc_fails() ? NULL : malloc(size);
}

void *mem_calloc(size_t n, size_t size)
{
    return alloc_fails() ? NULL : calloc(n, size);
}

static void *mem_realloc(void *p, size_t size)
{
    return alloc_fails() ? NULL : realloc(p, size);
}

/* jansson's allocator is process-wide: the hook installs ours, which asks the calling
 * thread's counters and so leaves other threads' loads alone, and never takes it back (with
 * the counters off it is malloc). Only tests turn the hook on, before other threads load. */
void jread_fail_alloc_at(long n)
{
    fail_at = n;
    alloc_count = 0;
    alloc_failed = false;
    if (n > 0)
        json_set_alloc_funcs(mem_malloc, free);
}

void *xcalloc(struct ctx *c, size_t n, size_t size)
{
    void *p;
    if (n == 0)
        return NULL;
    p = mem_calloc(n, size);
    if (!p)
        report_nomem(c);
    return p;
}

char *xstrdup(struct ctx *c, const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = mem_malloc(n);
    if (!p) {
        report_nomem(c);
        return NULL;
    }
    return memcpy(p, s, n);
}

/* ---------------------------------------------------------------- the JSON path */

static size_t path_add(struct ctx *c, const char *fmt, const char *key, size_t index)
{
    size_t mark = c->plen, room = sizeof c->path - mark;
    int n;
    /* fmt takes key when there is one, else index: cppcheck checks both against each call. */
    if (key)
        n = snprintf(c->path + mark, room, fmt, key);
    else // cppcheck-suppress invalidPrintfArgType_s
        n = snprintf(c->path + mark, room, fmt, index);
    if (n > 0)
        c->plen = (size_t)n < room ? mark + (size_t)n : sizeof c->path - 1;
    return mark;
}

static bool plain_key(const char *k)
{
    if (!*k)
        return false;
    for (; *k; k++)
        if (!(*k == '_' || *k == '-' || (*k >= '0' && *k <= '9') || (*k >= 'a' && *k <= 'z') ||
              (*k >= 'A' && *k <= 'Z')))
            return false;
    return true;
}

/* Append .key (or ["key"] for keys that are not plain); returns the mark to pop back to. */
size_t path_key(struct ctx *c, const char *key)
{
    char q[QUOTE_MAX * 2 + 8];
    if (plain_key(key))
        return path_add(c, c->plen ? ".%s" : "%s", key, 0);
    quote(q, sizeof q, key);
    return path_add(c, "[%s]", q, 0);
}

size_t path_index(struct ctx *c, size_t i)
{
    return path_add(c, "[%zu]", NULL, i);
}

size_t path_element(struct ctx *c, size_t i, const json_t *element)
{
    const char *id = json_string_value(json_object_get(element, "id"));
    char q[QUOTE_MAX * 2 + 8];
    size_t mark = path_index(c, i);
    if (id && !blank(id)) {
        quote(q, sizeof q, id);
        path_add(c, " (id %s)", q, 0);
    }
    return mark;
}

void path_pop(struct ctx *c, size_t mark)
{
    c->plen = mark;
    c->path[mark] = '\0';
}

/* ---------------------------------------------------------------- describing values */

/* "a number (42)", "a string ("x")", "an array" ... */
void describe(const json_t *v, char *buf, size_t size)
{
    char q[QUOTE_MAX * 2 + 8];
    switch (v ? json_typeof(v) : JSON_NULL) { /* a missing value reads as null */
    case JSON_OBJECT:
        snprintf(buf, size, "an object");
        break;
    case JSON_ARRAY:
        snprintf(buf, size, "an array");
        break;
    case JSON_STRING:
        quote(q, sizeof q, json_string_value(v));
        snprintf(buf, size, "a string (%s)", q);
        break;
    case JSON_INTEGER:
        snprintf(buf, size, "a number (%" JSON_INTEGER_FORMAT ")", json_integer_value(v));
        break;
    case JSON_REAL:
        snprintf(buf, size, "a number (%.15g)", json_real_value(v));
        break;
    case JSON_TRUE:
        snprintf(buf, size, "a boolean (true)");
        break;
    case JSON_FALSE:
        snprintf(buf, size, "a boolean (false)");
        break;
    default:
        snprintf(buf, size, "null");
        break;
    }
}

void report_type(struct ctx *c, const char *expected, const json_t *found)
{
    char d[QUOTE_MAX * 2 + 24];
    describe(found, d, sizeof d);
    report(c, ML_ERROR_SCHEMA, "expected %s, found %s", expected, d);
}

/* ---------------------------------------------------------------- id indexes */

static int entry_cmp(const void *a, const void *b)
{
    const struct id_entry *x = a, *y = b;
    int r = strcmp(x->id, y->id);
    if (r)
        return r;
    return x->pos < y->pos ? -1 : x->pos > y->pos;
}

void index_build(struct ctx *c, struct id_index *ix, json_t *root, const char *section)
{
    json_t *arr = json_object_get(root, section), *v;
    size_t i;
    ix->section = section;
    ix->usable = !arr || json_is_array(arr);
    if (!arr || !json_is_array(arr) || json_array_size(arr) == 0)
        return;
    if (!(ix->v = xcalloc(c, json_array_size(arr), sizeof *ix->v)))
        return;
    json_array_foreach(arr, i, v)
    {
        const char *id = json_string_value(json_object_get(v, "id"));
        if (id) {
            ix->v[ix->n].id = id;
            ix->v[ix->n++].pos = i;
        } else {
            ix->incomplete = true;
        }
    }
    qsort(ix->v, ix->n, sizeof *ix->v, entry_cmp);
}

/* Position of the first element with this id, or -1. */
long index_find(const struct id_index *ix, const char *id)
{
    size_t lo = 0, hi = ix->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(ix->v[mid].id, id) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < ix->n && strcmp(ix->v[lo].id, id) == 0)
        return (long)ix->v[lo].pos;
    return -1;
}

void index_suggest(const struct id_index *ix, const char *id, char *buf, size_t size)
{
    const char *best = NULL;
    int best_d = INT_MAX;
    char q[QUOTE_MAX * 2 + 8];
    for (size_t i = 0; i < ix->n && best_d > 1; i++) {
        int d = closeness(id, ix->v[i].id);
        if (d < best_d) {
            best_d = d;
            best = ix->v[i].id;
        }
    }
    buf[0] = '\0';
    if (best) {
        quote(q, sizeof q, best);
        snprintf(buf, size, " (did you mean %s?)", q);
    }
}

void index_free(struct id_index *ix)
{
    free(ix->v);
    ix->v = NULL;
    ix->n = 0;
}

/* ---------------------------------------------------------------- objects and keys */

static size_t count_keys(const char *const *keys)
{
    size_t n = 0;
    while (keys[n])
        n++;
    return n;
}

void check_keys(struct ctx *c, json_t *obj, const char *const *allowed)
{
    const char *key;
    json_t *v;
    size_t n = count_keys(allowed);
    json_object_foreach(obj, key, v)
    {
        char q[QUOTE_MAX * 2 + 8], hint[QUOTE_MAX * 2 + 32], list[160];
        size_t i, o = 0;
        (void)v;
        for (i = 0; i < n && strcmp(key, allowed[i]) != 0; i++)
            ;
        if (i < n)
            continue;
        /* the path names the key itself, as every other message names its value */
        size_t mark = path_key(c, key);
        if (!sink_wants(&c->sink)) {
            report(c, ML_ERROR_SCHEMA, "unknown key");
            path_pop(c, mark);
            continue;
        }
        quote(q, sizeof q, key);
        suggest(hint, sizeof hint, key, allowed, n);
        if (hint[0]) {
            report(c, ML_ERROR_SCHEMA, "unknown key %s%s", q, hint);
            path_pop(c, mark);
            continue;
        }
        list[0] = '\0';
        for (i = 0; i < n && o < sizeof list; i++) {
            if (allowed[i][0] == '$')
                continue; /* "$schema" is for editors, not a key to suggest */
            int k = snprintf(list + o, sizeof list - o, "%s%s", o ? ", " : "", allowed[i]);
            o += k > 0 ? (size_t)k : 0;
        }
        report(c, ML_ERROR_SCHEMA, "unknown key %s (expected one of: %s)", q, list);
        path_pop(c, mark);
    }
}

bool want_object(struct ctx *c, json_t *v)
{
    if (json_is_object(v))
        return true;
    report_type(c, "an object", v);
    return false;
}

void report_missing(struct ctx *c, const char *key)
{
    report(c, ML_ERROR_SCHEMA, "missing \"%s\"", key);
}

/* ---------------------------------------------------------------- scalar fields */

/* Unicode's white space (the characters JSON Schema's "\S" does not match, as the schema's
 * validators read it): ASCII's, U+0085, no-break and the other spaces, line and paragraph
 * separators. */
static bool space_char(unsigned ch)
{
    return ch == ' ' || (ch >= '\t' && ch <= '\r') || ch == 0x85 || ch == 0xA0 || ch == 0x1680 ||
           (ch >= 0x2000 && ch <= 0x200A) || ch == 0x2028 || ch == 0x2029 || ch == 0x202F ||
           ch == 0x205F || ch == 0x3000;
}

bool blank(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        unsigned ch = textcheck_next(&p);
        if (ch == TEXTCHECK_NOT_UTF8 || !space_char(ch))
            return false;
    }
    return true;
}

/* A string within the text limit (path already at the value). */
const char *string_value(struct ctx *c, json_t *v)
{
    unsigned bad;
    char why[160];
    if (!json_is_string(v)) {
        report_type(c, "a string", v);
        return NULL;
    }
    if (json_string_length(v) > LOAD_MAX_TEXT) {
        report(c, ML_ERROR_LIMIT, "text is too long: %zu bytes (the limit is %d)",
               json_string_length(v), LOAD_MAX_TEXT);
        return NULL;
    }
    if ((bad = textcheck_bad_char(json_string_value(v))) != 0) {
        textcheck_why(bad, why, sizeof why);
        report(c, ML_ERROR_VALUE, "%s", why);
        return NULL;
    }
    return json_string_value(v);
}

/* obj[key] as a string; NULL when absent (reported when required) or wrong. */
const char *string_field(struct ctx *c, json_t *obj, const char *key, bool required)
{
    json_t *v = json_object_get(obj, key);
    const char *s;
    size_t mark;
    if (!v) {
        if (required)
            report_missing(c, key);
        return NULL;
    }
    mark = path_key(c, key);
    s = string_value(c, v);
    path_pop(c, mark);
    return s;
}

/* Parse a date string, reporting what is wrong with it (path at the value). */
bool date_value(struct ctx *c, json_t *v, struct date *out)
{
    const char *s = string_value(c, v), *why = NULL;
    char q[QUOTE_MAX * 2 + 8];
    if (!s)
        return false;
    if (date_parse(s, out, &why))
        return true;
    quote(q, sizeof q, s);
    if (!why || strcmp(why, DATE_FORM) == 0)
        report(c, ML_ERROR_VALUE, "%s is not a date (" DATE_FORM ")", q);
    else if (strchr(why, '('))
        report(c, ML_ERROR_VALUE, "%s is not a date: %s", q, why);
    else
        report(c, ML_ERROR_VALUE, "%s is not a date (%s; " DATE_FORM ")", q, why);
    return false;
}

/* obj[key] as a date; false when absent (reported when required) or wrong. null counts as
 * absent when null_ok. */
bool date_field(struct ctx *c, json_t *obj, const char *key, bool required, bool null_ok,
                struct date *out)
{
    json_t *v = json_object_get(obj, key);
    size_t mark;
    bool ok;
    if (!v || (null_ok && json_is_null(v))) {
        if (required)
            report_missing(c, key);
        return false;
    }
    mark = path_key(c, key);
    ok = date_value(c, v, out);
    path_pop(c, mark);
    return ok;
}

/* "ends before it starts" when to starts before from (both already valid). */
void check_order(struct ctx *c, const char *to_key, const struct date *to, const char *from_key,
                 const struct date *from)
{
    char a[32], b[32];
    size_t mark;
    if (date_start(to) >= date_start(from))
        return;
    date_format_iso(to, a, sizeof a);
    date_format_iso(from, b, sizeof b);
    mark = path_key(c, to_key);
    report(c, ML_ERROR_VALUE, "ends before it starts: \"%s\" is %s, \"%s\" is %s", to_key, a,
           from_key, b);
    path_pop(c, mark);
}

/* obj[key] as an integer in [lo, hi]; hint says what is expected when out of range. */
bool whole_number(const json_t *v)
{
    /* 2.0 is the integer 2, as JSON Schema's "integer" (and its "const": 1) says, so that the
     * schema and the loader agree */
    return json_is_integer(v) ||
           (json_is_real(v) && json_real_value(v) == floor(json_real_value(v)) &&
            fabs(json_real_value(v)) < 1e15);
}

bool int_field(struct ctx *c, json_t *obj, const char *key, bool required, json_int_t lo,
               json_int_t hi, const char *hint, int *out)
{
    json_t *v = json_object_get(obj, key);
    size_t mark;
    bool ok = false;
    if (!v) {
        if (required)
            report_missing(c, key);
        return false;
    }
    mark = path_key(c, key);
    if (!whole_number(v)) {
        report_type(c, "an integer", v);
    } else if (json_number_value(v) < (double)lo || json_number_value(v) > (double)hi) {
        report(c, ML_ERROR_VALUE, "%.15g is out of range (expected %s)", json_number_value(v),
               hint);
    } else {
        *out = (int)json_number_value(v);
        ok = true;
    }
    path_pop(c, mark);
    return ok;
}

bool color_value(struct ctx *c, json_t *v, uint32_t *out)
{
    const char *s = string_value(c, v);
    char q[QUOTE_MAX * 2 + 8];
    if (!s)
        return false;
    if (color_parse(s, out))
        return true;
    quote(q, sizeof q, s);
    report(c, ML_ERROR_VALUE, "%s is not a colour (expected \"#RRGGBB\" or \"#RRGGBBAA\")", q);
    return false;
}

bool color_field(struct ctx *c, json_t *obj, const char *key, uint32_t *out)
{
    json_t *v = json_object_get(obj, key);
    size_t mark;
    bool ok;
    if (!v)
        return false;
    mark = path_key(c, key);
    ok = color_value(c, v, out);
    path_pop(c, mark);
    return ok;
}

/* obj[key] as an array of strings, copied. */
void strings_field(struct ctx *c, json_t *obj, const char *key, bool required, char ***out,
                   size_t *n_out)
{
    json_t *arr = json_object_get(obj, key), *v;
    size_t mark, i;
    if (!arr) {
        if (required)
            report_missing(c, key);
        return;
    }
    mark = path_key(c, key);
    if (!json_is_array(arr)) {
        report_type(c, "an array of strings", arr);
    } else if (json_array_size(arr) > 0 &&
               (*out = xcalloc(c, json_array_size(arr), sizeof **out))) {
        *n_out = json_array_size(arr);
        json_array_foreach(arr, i, v)
        {
            size_t m = path_index(c, i);
            const char *s = string_value(c, v);
            if (s)
                (*out)[i] = xstrdup(c, s);
            path_pop(c, m);
            if (c->sink.nomem)
                break;
        }
    }
    path_pop(c, mark);
}
/* ---------------------------------------------------------------- ids and references */

/* obj["id"]: a non-blank string, unique within its section (element pos). */
char *id_field(struct ctx *c, json_t *obj, const struct id_index *ix, size_t pos)
{
    const char *s = string_field(c, obj, "id", true);
    size_t mark;
    long first;
    char q[QUOTE_MAX * 2 + 8];
    if (!s)
        return NULL;
    mark = path_key(c, "id");
    first = index_find(ix, s);
    quote(q, sizeof q, s);
    if (blank(s))
        report(c, ML_ERROR_VALUE, "empty id");
    else if (first >= 0 && (size_t)first != pos)
        report(c, ML_ERROR_VALUE, "duplicate id %s (first at %s[%ld])", q, ix->section, first);
    path_pop(c, mark);
    return xstrdup(c, s);
}

/* An id string referring to an element of ix (path at the value); -1 when unknown. */
int ref_value(struct ctx *c, json_t *v, const struct id_index *ix, const char *what)
{
    const char *s = string_value(c, v);
    char q[QUOTE_MAX * 2 + 8], hint[QUOTE_MAX * 2 + 32];
    long pos;
    if (!s || !ix->usable)
        return -1;
    pos = index_find(ix, s);
    if (pos >= 0)
        return (int)pos;
    if (ix->incomplete) /* that element is reported already; do not guess */
        return -1;
    if (sink_wants(&c->sink)) {
        quote(q, sizeof q, s);
        index_suggest(ix, s, hint, sizeof hint);
        report(c, ML_ERROR_VALUE, "unknown %s %s%s", what, q, hint);
    } else {
        report(c, ML_ERROR_VALUE, "unknown %s", what);
    }
    return -1;
}

int ref_field(struct ctx *c, json_t *obj, const char *key, bool required, const struct id_index *ix,
              const char *what)
{
    json_t *v = json_object_get(obj, key);
    size_t mark;
    int r;
    if (!v) {
        if (required)
            report_missing(c, key);
        return -1;
    }
    mark = path_key(c, key);
    r = ref_value(c, v, ix, what);
    path_pop(c, mark);
    return r;
}

/* ---------------------------------------------------------------- sections */

/* root[key] as an array of at most limit elements; NULL when absent or wrong. */
json_t *section(struct ctx *c, json_t *root, const char *key, size_t limit)
{
    json_t *a = json_object_get(root, key);
    size_t mark;
    if (!a)
        return NULL;
    mark = path_key(c, key);
    if (!json_is_array(a)) {
        report_type(c, "an array", a);
        a = NULL;
    } else if (json_array_size(a) > limit) {
        report(c, ML_ERROR_LIMIT, "too many %s: %zu (the limit is %zu)", key, json_array_size(a),
               limit);
        a = NULL;
    }
    path_pop(c, mark);
    return a;
}

/* ---------------------------------------------------------------- reading */

void sink_error(struct sink *s, const char *source, enum ml_error_code code, const char *text)
{
    struct ml_error e;
    error_at(&e, code, source, -1, -1, NULL, "%s", text);
    if (code == ML_ERROR_NOMEM)
        s->nomem = true;
    sink_add(s, &e);
}

/* jansson's parse error, with its position. jansson reports some allocation failures as
 * syntax errors ("string or '}' expected") or with no text at all: an empty text, or an
 * injected failure in tests, is taken as out of memory. */
static void sink_json_error(struct sink *s, const char *source, const json_error_t *jerr)
{
    struct ml_error e;
    enum json_error_code jc = json_error_code(jerr);
    bool nomem = jc == json_error_out_of_memory || jerr->text[0] == '\0' || alloc_failed;
    const char *text = nomem ? "out of memory"
                       : jc == json_error_null_character
                           ? "\\u0000 (a NUL character) is not allowed in strings"
                           : jerr->text;
    error_at(&e, nomem ? ML_ERROR_NOMEM : ML_ERROR_SYNTAX, source, jerr->line, jerr->column, NULL,
             "%s", text);
    if (nomem)
        s->nomem = true;
    sink_add(s, &e);
}

static void sink_errno(struct sink *s, const char *source)
{
    char msg[200];
    snprintf(msg, sizeof msg, "cannot read: %s", strerror(errno));
    sink_error(s, source, ML_ERROR_INPUT, msg);
}

static void sink_too_large(struct sink *s, const char *source)
{
    char msg[80];
    snprintf(msg, sizeof msg, "input is too large (the limit is %zu MiB)", LOAD_MAX_BYTES >> 20);
    sink_error(s, source, ML_ERROR_LIMIT, msg);
}

/* Refuse directories and regular files over the size limit before reading them. */
static bool stream_ok(FILE *f, struct sink *s, const char *source)
{
    struct stat st;
    if (fstat(fileno(f), &st) != 0)
        return true; /* reading will tell */
    if (S_ISDIR(st.st_mode)) {
        sink_error(s, source, ML_ERROR_INPUT, "is a directory");
        return false;
    }
    if (S_ISREG(st.st_mode) && (unsigned long long)st.st_size > LOAD_MAX_BYTES) {
        sink_too_large(s, source);
        return false;
    }
    return true;
}

/* Read all of f (at most LOAD_MAX_BYTES) into a fresh buffer; false with the sink filled. */
static bool read_stream(FILE *f, struct sink *s, const char *source, char **out, size_t *len)
{
    size_t cap = 1 << 16, n = 0, got;
    char *buf = NULL, *t;
    if (!stream_ok(f, s, source))
        return false;
    do {
        if (n == cap || !buf) {
            cap = !buf ? cap : cap * 2 > LOAD_MAX_BYTES + 1 ? LOAD_MAX_BYTES + 1 : cap * 2;
            if (!(t = mem_realloc(buf, cap))) {
                free(buf);
                sink_error(s, source, ML_ERROR_NOMEM, "out of memory");
                return false;
            }
            buf = t;
        }
        n += got = fread(buf + n, 1, cap - n, f);
    } while (got > 0 && n <= LOAD_MAX_BYTES);
    if (ferror(f) || n > LOAD_MAX_BYTES) {
        if (ferror(f))
            sink_errno(s, source);
        else
            sink_too_large(s, source);
        free(buf);
        return false;
    }
    *out = buf;
    *len = n;
    return true;
}

const char *source_of(const char *path)
{
    return strcmp(path, "-") == 0 ? "<stdin>" : path;
}

/* Read a file, or standard input for "-". */
bool read_path(const char *path, struct sink *s, char **out, size_t *len)
{
    const char *source = path ? source_of(path) : "";
    FILE *f;
    bool ok;
    if (!path) {
        sink_error(s, source, ML_ERROR_USAGE, "no input file given");
        return false;
    }
    if (!(f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb"))) {
        sink_errno(s, source);
        return false;
    }
    ok = read_stream(f, s, source, out, len);
    if (f != stdin)
        fclose(f);
    return ok;
}

/* JSON text to a tree; NULL with the sink filled. */
json_t *parse(const char *text, size_t len, const char *source, struct sink *s)
{
    json_error_t jerr;
    json_t *root;
    if (len > LOAD_MAX_BYTES) {
        sink_too_large(s, source);
        return NULL;
    }
    size_t i = 0;
    while (text && i < len && strchr(" \t\r\n", text[i]) && text[i])
        i++;
    if (i == len) {
        sink_error(s, source, ML_ERROR_SYNTAX, "the input is empty (expected a JSON document)");
        return NULL;
    }
    memset(&jerr, 0, sizeof jerr); /* jansson may leave the code byte unset */
    root = json_loadb(text ? text : "", text ? len : 0, JSON_REJECT_DUPLICATES, &jerr);
    if (!root)
        sink_json_error(s, source, &jerr);
    return root;
}

/* ---------------------------------------------------------------- the public API */

void sink_first(struct sink *s, struct ml_error *err, struct ml_error *local, const char *source)
{
    memset(s, 0, sizeof *s);
    s->first = err ? err : local;
    error_at(s->first, ML_OK, source, -1, -1, NULL, "%s", "");
}

void sink_all(struct sink *s, struct ml_diagnostics *diags)
{
    memset(s, 0, sizeof *s);
    s->all = true;
    s->diags = diags;
    if (diags) {
        diags->count = 0;
        diags->dropped = 0;
    }
}
