/* JSON -> model. The only file that includes <jansson.h>.
 *
 * One validator serves both modes: errors go to a sink that either keeps the first and stops
 * the walk (ml_doc_load_*) or collects up to ML_DIAG_MAX of them (ml_doc_check_*). The walk
 * builds the JSON path as it goes ("members[2].periods[1].to") because jansson values carry no
 * positions. Every value is copied into the model; the root is released before returning.
 *
 * Order of messages: within an object, unknown keys (in document order) come first, then the
 * fields in the order the format lists them; sections in the order memberline, languages,
 * title, subtitle, source, as_of, categories, statuses, events, spans, members. References
 * (category, status, participant ids) resolve through id indexes built from the JSON before the
 * walk, so the order of sections in the file does not matter; an index position equals the
 * array position, which is also the model index.
 */
#include "load.h"

#include <errno.h>
#include <jansson.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "date.h"
#include "iso3.h"
#include "model.h"
#include "strbuf.h"
#include "textcheck.h"
#include "theme.h"
#include "url.h"

#define DATE_FORM "expected YYYY, YYYY-MM or YYYY-MM-DD"
#define QUOTE_MAX 40 /* bytes of a found string quoted in a message */

/* ---------------------------------------------------------------- errors and the sink */

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

struct id_index {
    const char *section; /* "members" */
    struct id_entry *v;
    size_t n;
    bool usable;     /* false when the section is not an array: skip reference checks */
    bool incomplete; /* some element has no string id: an unknown reference may mean it */
};

struct ctx {
    struct sink sink;
    const char *source;
    char path[sizeof(((struct ml_error *)0)->path)];
    size_t plen;
    struct ml_doc *doc;
    bool langs_bad; /* "languages" is wrong: do not judge language keys */
    struct id_index categories, statuses, events, spans, members;
};

static void error_init(struct ml_error *e, enum ml_error_code code, const char *source)
{
    memset(e, 0, sizeof *e);
    e->code = code;
    e->line = e->column = -1;
    snprintf(e->source, sizeof e->source, "%s", source ? source : "");
}

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
static bool sink_wants(const struct sink *s)
{
    if (s->all)
        return s->diags && s->diags->count < ML_DIAG_MAX;
    return s->first && s->n == 0;
}

static bool stopped(const struct ctx *c)
{
    return c->sink.nomem || (!c->sink.all && c->sink.n > 0);
}

static void vreport(struct ctx *c, enum ml_error_code code, const char *fmt, va_list ap)
{
    struct ml_error e;
    if (c->sink.nomem && code != ML_ERROR_NOMEM)
        return; /* out of memory ends the walk; what follows may be its consequence */
    error_init(&e, code, c->source);
    snprintf(e.path, sizeof e.path, "%s", c->path);
    vsnprintf(e.text, sizeof e.text, fmt, ap);
    sink_add(&c->sink, &e);
}

#if defined(__GNUC__)
__attribute__((format(printf, 3, 4)))
#endif
static void
report(struct ctx *c, enum ml_error_code code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vreport(c, code, fmt, ap);
    va_end(ap);
}

static void report_nomem(struct ctx *c)
{
    if (c->sink.nomem)
        return;
    c->sink.nomem = true;
    report(c, ML_ERROR_NOMEM, "out of memory");
}

/* ---------------------------------------------------------------- allocation */

/* Fault injection for tests: when fail_at > 0, the fail_at-th allocation from then on fails
 * (the loader's own and jansson's). */
static long fail_at, alloc_count;
static bool alloc_failed; /* an injected failure happened */

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

static void *mem_calloc(size_t n, size_t size)
{
    return alloc_fails() ? NULL : calloc(n, size);
}

static void *mem_realloc(void *p, size_t size)
{
    return alloc_fails() ? NULL : realloc(p, size);
}

void load_fail_alloc_at(long n)
{
    fail_at = n;
    alloc_count = 0;
    alloc_failed = false;
    if (n > 0)
        json_set_alloc_funcs(mem_malloc, free);
    else
        json_set_alloc_funcs(malloc, free);
}

static void *xcalloc(struct ctx *c, size_t n, size_t size)
{
    void *p;
    if (n == 0)
        return NULL;
    p = mem_calloc(n, size);
    if (!p)
        report_nomem(c);
    return p;
}

static char *xstrdup(struct ctx *c, const char *s)
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

static void quote(char *buf, size_t size, const char *s);

/* Append .key (or ["key"] for keys that are not plain); returns the mark to pop back to. */
static size_t path_key(struct ctx *c, const char *key)
{
    char q[QUOTE_MAX * 2 + 8];
    if (plain_key(key))
        return path_add(c, c->plen ? ".%s" : "%s", key, 0);
    quote(q, sizeof q, key);
    return path_add(c, "[%s]", q, 0);
}

static size_t path_index(struct ctx *c, size_t i)
{
    return path_add(c, "[%zu]", NULL, i);
}

static void path_pop(struct ctx *c, size_t mark)
{
    c->plen = mark;
    c->path[mark] = '\0';
}

/* ---------------------------------------------------------------- describing values */

/* s in double quotes, escaped, cut after QUOTE_MAX bytes at a character boundary. */
static void quote(char *buf, size_t size, const char *s)
{
    size_t o = 0, i = 0;
    if (size < 8) {
        if (size)
            buf[0] = '\0';
        return;
    }
    buf[o++] = '"';
    for (; s[i]; i++) {
        unsigned char ch = (unsigned char)s[i];
        /* cut at a character boundary; the hard stop guards against bytes that are not UTF-8 */
        if (((i >= QUOTE_MAX || o + 12 >= size) && (ch & 0xc0) != 0x80) || o + 11 >= size) {
            memcpy(buf + o, "...", 3); /* room: o + 11 < size before every byte */
            o += 3;
            break;
        }
        if (ch == '"' || ch == '\\') {
            buf[o++] = '\\';
            buf[o++] = (char)ch;
        } else if (ch == '\n') {
            memcpy(buf + o, "\\n", 2);
            o += 2;
        } else if (ch == '\t') {
            memcpy(buf + o, "\\t", 2);
            o += 2;
        } else if (ch < 0x20 || ch == 0x7f) {
            o += (size_t)snprintf(buf + o, size - o, "\\u%04x", ch);
        } else {
            buf[o++] = (char)ch;
        }
    }
    buf[o++] = '"';
    buf[o] = '\0';
}

/* "a number (42)", "a string ("x")", "an array" ... */
static void describe(const json_t *v, char *buf, size_t size)
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

static void report_type(struct ctx *c, const char *expected, const json_t *found)
{
    char d[QUOTE_MAX * 2 + 24];
    describe(found, d, sizeof d);
    report(c, ML_ERROR_SCHEMA, "expected %s, found %s", expected, d);
}

/* ---------------------------------------------------------------- suggestions */

#define DISTANCE_MAX_LEN 64

/* Optimal string alignment distance (Levenshtein plus adjacent transpositions); a large value
 * for long strings. */
static int distance(const char *a, const char *b)
{
    int rows[3][DISTANCE_MAX_LEN + 1];
    int *pp = rows[0], *p = rows[1], *cur = rows[2];
    size_t la = strlen(a), lb = strlen(b);
    if (la > DISTANCE_MAX_LEN || lb > DISTANCE_MAX_LEN)
        return INT_MAX;
    for (size_t j = 0; j <= lb; j++)
        p[j] = (int)j;
    for (size_t i = 1; i <= la; i++) {
        cur[0] = (int)i;
        for (size_t j = 1; j <= lb; j++) {
            int cost = a[i - 1] != b[j - 1];
            int best = p[j - 1] + cost;
            if (p[j] + 1 < best)
                best = p[j] + 1;
            if (cur[j - 1] + 1 < best)
                best = cur[j - 1] + 1;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
                pp[j - 2] + 1 < best)
                best = pp[j - 2] + 1;
            cur[j] = best;
        }
        int *t = pp;
        pp = p;
        p = cur;
        cur = t;
    }
    return p[lb];
}

/* Is candidate close enough to word to suggest it? Distance at most 2, and less than the
 * length of the word (so "to" does not suggest "id"). */
static int closeness(const char *word, const char *candidate)
{
    int d = distance(word, candidate);
    if (d > 2 || (size_t)d >= strlen(word))
        return INT_MAX;
    return d;
}

/* Append " (did you mean "x"?)" to buf when one of the candidates is close. */
static void suggest(char *buf, size_t size, const char *word, const char *const *cands, size_t n)
{
    const char *best = NULL;
    int best_d = INT_MAX;
    char q[QUOTE_MAX * 2 + 8];
    for (size_t i = 0; i < n; i++) {
        int d = closeness(word, cands[i]);
        if (d < best_d) {
            best_d = d;
            best = cands[i];
        }
    }
    buf[0] = '\0';
    if (best) {
        quote(q, sizeof q, best);
        snprintf(buf, size, " (did you mean %s?)", q);
    }
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

static void index_build(struct ctx *c, struct id_index *ix, json_t *root, const char *section)
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
static long index_find(const struct id_index *ix, const char *id)
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

static void index_suggest(const struct id_index *ix, const char *id, char *buf, size_t size)
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

static void index_free(struct id_index *ix)
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

static void check_keys(struct ctx *c, json_t *obj, const char *const *allowed)
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
        if (i < n || !sink_wants(&c->sink)) {
            if (i == n)
                report(c, ML_ERROR_SCHEMA, "unknown key");
            continue;
        }
        quote(q, sizeof q, key);
        suggest(hint, sizeof hint, key, allowed, n);
        if (hint[0]) {
            report(c, ML_ERROR_SCHEMA, "unknown key %s%s", q, hint);
            continue;
        }
        list[0] = '\0';
        for (i = 0; i < n && o < sizeof list; i++) {
            int k = snprintf(list + o, sizeof list - o, "%s%s", i ? ", " : "", allowed[i]);
            o += k > 0 ? (size_t)k : 0;
        }
        report(c, ML_ERROR_SCHEMA, "unknown key %s (expected one of: %s)", q, list);
    }
}

static bool want_object(struct ctx *c, json_t *v)
{
    if (json_is_object(v))
        return true;
    report_type(c, "an object", v);
    return false;
}

static void report_missing(struct ctx *c, const char *key)
{
    report(c, ML_ERROR_SCHEMA, "missing \"%s\"", key);
}

/* ---------------------------------------------------------------- scalar fields */

static bool blank(const char *s)
{
    for (; *s; s++)
        if (!(*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r'))
            return false;
    return true;
}

/* A string within the text limit (path already at the value). */
static const char *string_value(struct ctx *c, json_t *v)
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
static const char *string_field(struct ctx *c, json_t *obj, const char *key, bool required)
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
static bool date_value(struct ctx *c, json_t *v, struct date *out)
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
static bool date_field(struct ctx *c, json_t *obj, const char *key, bool required, bool null_ok,
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
static void check_order(struct ctx *c, const char *to_key, const struct date *to,
                        const char *from_key, const struct date *from)
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
static bool int_field(struct ctx *c, json_t *obj, const char *key, bool required, json_int_t lo,
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
    if (!json_is_integer(v)) {
        report_type(c, "an integer", v);
    } else if (json_integer_value(v) < lo || json_integer_value(v) > hi) {
        report(c, ML_ERROR_VALUE, "%" JSON_INTEGER_FORMAT " is out of range (expected %s)",
               json_integer_value(v), hint);
    } else {
        *out = (int)json_integer_value(v);
        ok = true;
    }
    path_pop(c, mark);
    return ok;
}

static bool color_value(struct ctx *c, json_t *v, uint32_t *out)
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

static bool color_field(struct ctx *c, json_t *obj, const char *key, uint32_t *out)
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
static void strings_field(struct ctx *c, json_t *obj, const char *key, bool required, char ***out,
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

/* obj["sources"]: URLs and citations; a URL's scheme must be one a link may have. */
static void sources_field(struct ctx *c, json_t *obj, bool required, char ***out, size_t *n)
{
    char why[200];
    strings_field(c, obj, "sources", required, out, n);
    for (size_t i = 0; i < *n; i++)
        if ((*out)[i] && !url_check((*out)[i], why, sizeof why)) {
            size_t mark = path_key(c, "sources"), m = path_index(c, i);
            report(c, ML_ERROR_VALUE, "%s", why);
            path_pop(c, m);
            path_pop(c, mark);
        }
}

/* ---------------------------------------------------------------- texts in several languages */

/* Store s as language lang unless it is blank (so that fallbacks work). Returns whether it
 * counts as text. */
static bool text_store(struct ctx *c, struct mtext *t, int lang, const char *s)
{
    if (blank(s))
        return false;
    free(t->v[lang]);
    t->v[lang] = xstrdup(c, s);
    return true;
}

static void langs_list(const struct ml_doc *doc, char *buf, size_t size)
{
    size_t o = 0;
    buf[0] = '\0';
    for (int i = 0; i < doc->n_langs && o < size; i++) {
        int k = snprintf(buf + o, size - o, "%s%s", i ? ", " : "", doc->langs[i]);
        o += k > 0 ? (size_t)k : 0;
    }
}

/* One entry "code": "text" of a text object (path at the object). */
static bool text_entry(struct ctx *c, const char *code, json_t *v, struct mtext *t)
{
    size_t mark = path_key(c, code);
    int lang = model_lang_index(c->doc, code);
    const char *s = string_value(c, v);
    bool got = false;
    if (lang < 0 && !c->langs_bad) {
        char q[QUOTE_MAX * 2 + 8], list[128], hint[QUOTE_MAX * 2 + 32];
        quote(q, sizeof q, code);
        langs_list(c->doc, list, sizeof list);
        suggest(hint, sizeof hint, code, (const char *const *)c->doc->langs,
                (size_t)c->doc->n_langs);
        report(c, ML_ERROR_VALUE, "language %s is not in \"languages\": %s%s", q, list, hint);
    } else if (s && lang >= 0) {
        got = text_store(c, t, lang, s);
    } else if (s) {
        got = !blank(s);
    }
    path_pop(c, mark);
    return got;
}

/* obj[key]: a string (the first language) or an object of language code -> string. A required
 * text must have some non-blank entry. */
static void text_field(struct ctx *c, json_t *obj, const char *key, bool required,
                       struct mtext *out)
{
    json_t *v = json_object_get(obj, key), *e;
    const char *code, *s;
    size_t mark, errors = c->sink.n;
    bool got = false;
    if (!v) {
        if (required)
            report_missing(c, key);
        return;
    }
    mark = path_key(c, key);
    if (json_is_string(v)) {
        if ((s = string_value(c, v)))
            got = out->every = text_store(c, out, 0, s);
    } else if (json_is_object(v)) {
        json_object_foreach(v, code, e)
        {
            got |= text_entry(c, code, e, out);
        }
    } else {
        report_type(c, "a string or an object of language codes", v);
    }
    if (required && !got && c->sink.n == errors) {
        if (json_is_string(v) && json_string_length(v) > 0)
            report(c, ML_ERROR_VALUE, "empty %s (only white space)", key);
        else
            report(c, ML_ERROR_VALUE, "empty %s", key);
    }
    path_pop(c, mark);
}

/* ---------------------------------------------------------------- ids and references */

/* obj["id"]: a non-blank string, unique within its section (element pos). */
static char *id_field(struct ctx *c, json_t *obj, const struct id_index *ix, size_t pos)
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
static int ref_value(struct ctx *c, json_t *v, const struct id_index *ix, const char *what)
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

static int ref_field(struct ctx *c, json_t *obj, const char *key, bool required,
                     const struct id_index *ix, const char *what)
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
static json_t *section(struct ctx *c, json_t *root, const char *key, size_t limit)
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

static const char *const category_keys[] = {"id", "label", "color", NULL};
static const char *const status_keys[] = {"id", "label", "color", "rank", "tone", NULL};

static const char *const tone_names[] = {"positive", "neutral", "negative", "pending", NULL};

/* obj["tone"]: one of tone_names; TONE_NONE when absent or wrong. */
static enum tone tone_field(struct ctx *c, json_t *obj)
{
    const char *s = string_field(c, obj, "tone", false);
    char q[QUOTE_MAX * 2 + 8], hint[QUOTE_MAX * 2 + 32];
    size_t mark;
    if (!s)
        return TONE_NONE;
    for (int i = 0; tone_names[i]; i++)
        if (strcmp(s, tone_names[i]) == 0)
            return (enum tone)(TONE_POSITIVE + i);
    mark = path_key(c, "tone");
    quote(q, sizeof q, s);
    suggest(hint, sizeof hint, s, tone_names, count_keys(tone_names));
    report(c, ML_ERROR_VALUE,
           "%s is not a tone (expected positive, neutral, negative or pending)%s", q, hint);
    path_pop(c, mark);
    return TONE_NONE;
}

static void walk_category(struct ctx *c, json_t *v, size_t i, struct category *cat)
{
    if (!want_object(c, v))
        return;
    check_keys(c, v, category_keys);
    cat->id = id_field(c, v, &c->categories, i);
    text_field(c, v, "label", true, &cat->label);
    cat->has_color = color_field(c, v, "color", &cat->color);
}

static void walk_status(struct ctx *c, json_t *v, size_t i, struct status *st)
{
    if (!want_object(c, v))
        return;
    check_keys(c, v, status_keys);
    st->id = id_field(c, v, &c->statuses, i);
    text_field(c, v, "label", true, &st->label);
    st->has_color = color_field(c, v, "color", &st->color);
    int_field(c, v, "rank", true, INT_MIN, INT_MAX, "a whole number", &st->rank);
    st->tone = tone_field(c, v);
}

static void walk_categories(struct ctx *c, json_t *root)
{
    json_t *a = section(c, root, "categories", LOAD_MAX_KINDS), *v;
    size_t i, mark = path_key(c, "categories");
    if (a && (c->doc->categories = xcalloc(c, json_array_size(a), sizeof *c->doc->categories)))
        c->doc->n_categories = json_array_size(a);
    for (i = 0; i < c->doc->n_categories && !stopped(c); i++) {
        size_t m = path_index(c, i);
        v = json_array_get(a, i);
        walk_category(c, v, i, &c->doc->categories[i]);
        path_pop(c, m);
    }
    path_pop(c, mark);
}

static void walk_statuses(struct ctx *c, json_t *root)
{
    json_t *a = section(c, root, "statuses", LOAD_MAX_KINDS), *v;
    size_t i, mark = path_key(c, "statuses");
    if (a && (c->doc->statuses = xcalloc(c, json_array_size(a), sizeof *c->doc->statuses)))
        c->doc->n_statuses = json_array_size(a);
    for (i = 0; i < c->doc->n_statuses && !stopped(c); i++) {
        size_t m = path_index(c, i);
        v = json_array_get(a, i);
        walk_status(c, v, i, &c->doc->statuses[i]);
        path_pop(c, m);
    }
    path_pop(c, mark);
}

/* ---------------------------------------------------------------- events and spans */

static const char *const event_keys[] = {"id",           "date",        "end",      "title",
                                         "short",        "description", "category", "importance",
                                         "participants", "sources",     NULL};
static const char *const span_keys[] = {"id", "from", "to", "title", "category", NULL};

static void walk_participants(struct ctx *c, json_t *obj, struct event *e)
{
    json_t *arr = json_object_get(obj, "participants"), *v;
    size_t i, mark;
    if (!arr)
        return;
    mark = path_key(c, "participants");
    if (!json_is_array(arr)) {
        report_type(c, "an array of member ids", arr);
    } else if (json_array_size(arr) > 0 &&
               (e->participants = xcalloc(c, json_array_size(arr), sizeof *e->participants))) {
        e->n_participants = json_array_size(arr);
        json_array_foreach(arr, i, v)
        {
            size_t m = path_index(c, i);
            e->participants[i] = ref_value(c, v, &c->members, "member");
            path_pop(c, m);
        }
    }
    path_pop(c, mark);
}

static void walk_event(struct ctx *c, json_t *v, size_t i, struct event *e)
{
    bool has_date;
    if (!want_object(c, v))
        return;
    check_keys(c, v, event_keys);
    e->id = id_field(c, v, &c->events, i);
    has_date = date_field(c, v, "date", true, false, &e->date);
    e->has_end = date_field(c, v, "end", false, false, &e->end);
    if (has_date && e->has_end)
        check_order(c, "end", &e->end, "date", &e->date);
    text_field(c, v, "title", true, &e->title);
    text_field(c, v, "short", false, &e->short_title);
    text_field(c, v, "description", false, &e->description);
    e->category = ref_field(c, v, "category", true, &c->categories, "category");
    e->importance = 2;
    int_field(c, v, "importance", false, 1, 3, "1 for key, 2 for normal or 3 for minor events",
              &e->importance);
    walk_participants(c, v, e);
    sources_field(c, v, true, &e->sources, &e->n_sources);
}

static void walk_span(struct ctx *c, json_t *v, size_t i, struct span *s)
{
    bool has_from, has_to;
    if (!want_object(c, v))
        return;
    check_keys(c, v, span_keys);
    s->id = id_field(c, v, &c->spans, i);
    has_from = date_field(c, v, "from", true, false, &s->from);
    has_to = date_field(c, v, "to", true, false, &s->to);
    if (has_from && has_to)
        check_order(c, "to", &s->to, "from", &s->from);
    text_field(c, v, "title", true, &s->title);
    s->category = ref_field(c, v, "category", false, &c->categories, "category");
}

static void walk_events(struct ctx *c, json_t *root)
{
    json_t *a = section(c, root, "events", LOAD_MAX_EVENTS);
    size_t i, mark = path_key(c, "events");
    if (a && (c->doc->events = xcalloc(c, json_array_size(a), sizeof *c->doc->events)))
        c->doc->n_events = json_array_size(a);
    for (i = 0; i < c->doc->n_events && !stopped(c); i++) {
        size_t m = path_index(c, i);
        walk_event(c, json_array_get(a, i), i, &c->doc->events[i]);
        path_pop(c, m);
    }
    path_pop(c, mark);
}

static void walk_spans(struct ctx *c, json_t *root)
{
    json_t *a = section(c, root, "spans", LOAD_MAX_EVENTS);
    size_t i, mark = path_key(c, "spans");
    if (a && (c->doc->spans = xcalloc(c, json_array_size(a), sizeof *c->doc->spans)))
        c->doc->n_spans = json_array_size(a);
    for (i = 0; i < c->doc->n_spans && !stopped(c); i++) {
        size_t m = path_index(c, i);
        c->doc->spans[i].category = -1;
        walk_span(c, json_array_get(a, i), i, &c->doc->spans[i]);
        path_pop(c, m);
    }
    path_pop(c, mark);
}

/* ---------------------------------------------------------------- members and periods */

static const char *const member_keys[] = {"id",    "iso3",         "map",     "name",
                                          "names", "successor_of", "periods", NULL};
static const char *const period_keys[] = {"status",  "from",      "to", "note",
                                          "sources", "suspended", NULL};
static const char *const suspension_keys[] = {"from", "to", "note", "sources", NULL};
static const char *const name_keys[] = {"name", "from", "to", NULL};

static void walk_suspensions(struct ctx *c, json_t *obj, struct period *p, bool dates_ok);

/* Returns whether from and to are valid, so that the period can be ordered and compared. */
static bool walk_period(struct ctx *c, json_t *v, struct period *p)
{
    bool has_from, bad_to, ok;
    json_t *to;
    if (!want_object(c, v))
        return false;
    check_keys(c, v, period_keys);
    p->status = ref_field(c, v, "status", true, &c->statuses, "status");
    has_from = date_field(c, v, "from", true, false, &p->from);
    to = json_object_get(v, "to");
    p->open = !to || json_is_null(to);
    bad_to = !p->open && !date_field(c, v, "to", false, true, &p->to);
    if (has_from && !p->open && !bad_to)
        check_order(c, "to", &p->to, "from", &p->from);
    text_field(c, v, "note", false, &p->note);
    sources_field(c, v, false, &p->sources, &p->n_sources);
    ok = has_from && !bad_to && (p->open || date_start(&p->to) >= date_start(&p->from));
    walk_suspensions(c, v, p, ok);
    return ok;
}

/* qsort has no context argument: sort (from, position) pairs instead. */
struct period_key {
    double from;
    int precision;
    size_t pos;
};

static int period_key_cmp(const void *a, const void *b)
{
    const struct period_key *x = a, *y = b;
    if (x->from != y->from)
        return x->from < y->from ? -1 : 1;
    if (x->precision != y->precision)
        return x->precision < y->precision ? -1 : 1;
    return x->pos < y->pos ? -1 : x->pos > y->pos;
}

static void period_range(const struct period *p, char *buf, size_t size)
{
    char a[32], b[32];
    date_format_iso(&p->from, a, sizeof a);
    if (p->open) {
        snprintf(buf, size, "%s, still open", a);
    } else {
        date_format_iso(&p->to, b, sizeof b);
        snprintf(buf, size, "%s to %s", a, b);
    }
}

/* Report every period that starts before the furthest-reaching earlier one ends (keys sorted,
 * only periods with valid dates). Touching (to == next from) is fine. */
static void check_overlaps(struct ctx *c, const struct period *ps, const struct period_key *k,
                           size_t n)
{
    const struct period *reach = NULL;
    size_t reach_pos = 0;
    for (size_t i = 0; i < n; i++) {
        const struct period *p = &ps[k[i].pos];
        if (reach && (reach->open || date_start(&p->from) < date_start(&reach->to))) {
            char range[80];
            size_t m = path_key(c, "periods");
            path_index(c, k[i].pos);
            period_range(reach, range, sizeof range);
            report(c, ML_ERROR_VALUE, "overlaps periods[%zu] (%s)", reach_pos, range);
            path_pop(c, m);
        }
        if (!reach || p->open || (!reach->open && date_start(&p->to) > date_start(&reach->to))) {
            reach = p;
            reach_pos = k[i].pos;
        }
    }
}

/* Sort keys for m's periods: by from, coarser first, then by position (stable). */
static void period_keys_fill(const struct member *m, struct period_key *k)
{
    for (size_t i = 0; i < m->n_periods; i++) {
        k[i].from = date_start(&m->periods[i].from);
        k[i].precision = (int)date_precision(&m->periods[i].from);
        k[i].pos = i;
    }
    qsort(k, m->n_periods, sizeof *k, period_key_cmp);
}

/* Check the periods with valid dates for overlaps (path at the member), then put all of them
 * in order of from. */
static void order_periods(struct ctx *c, struct member *m, const bool *valid)
{
    size_t n = m->n_periods, n_valid = 0;
    struct period_key *k = xcalloc(c, n, sizeof *k);
    struct period *sorted = xcalloc(c, n, sizeof *sorted);
    if (k && sorted) {
        period_keys_fill(m, k);
        for (size_t i = 0; i < n; i++)
            sorted[i] = m->periods[k[i].pos];
        for (size_t i = 0; i < n; i++)
            if (valid[k[i].pos])
                k[n_valid++] = k[i];
        check_overlaps(c, m->periods, k, n_valid);
        free(m->periods);
        m->periods = sorted;
        sorted = NULL;
    }
    free(k);
    free(sorted);
}

static void walk_periods(struct ctx *c, json_t *obj, struct member *m)
{
    json_t *arr = json_object_get(obj, "periods");
    bool *valid = NULL;
    size_t i, n, mark;
    if (!arr) {
        report_missing(c, "periods");
        return;
    }
    mark = path_key(c, "periods");
    n = json_is_array(arr) ? json_array_size(arr) : 0;
    if (!json_is_array(arr))
        report_type(c, "an array", arr);
    else if (n > LOAD_MAX_PERIODS)
        report(c, ML_ERROR_LIMIT, "too many periods: %zu (the limit is %d)", n, LOAD_MAX_PERIODS);
    else if (n && (valid = xcalloc(c, n, sizeof *valid)) &&
             (m->periods = xcalloc(c, n, sizeof *m->periods)))
        m->n_periods = n;
    for (i = 0; valid && i < m->n_periods && !stopped(c); i++) {
        size_t pm = path_index(c, i);
        valid[i] = walk_period(c, json_array_get(arr, i), &m->periods[i]);
        path_pop(c, pm);
    }
    path_pop(c, mark);
    if (valid && m->n_periods && !stopped(c))
        order_periods(c, m, valid);
    free(valid);
}

/* ---------------------------------------------------------------- suspensions */

/* One suspension of period p (path at it); returns whether its dates are valid. */
static bool walk_suspension(struct ctx *c, json_t *v, const struct period *p, bool last,
                            struct suspension *s)
{
    bool has_from, bad_to;
    json_t *to;
    if (!want_object(c, v))
        return false;
    check_keys(c, v, suspension_keys);
    has_from = date_field(c, v, "from", true, false, &s->from);
    to = json_object_get(v, "to");
    s->open = !to || json_is_null(to);
    bad_to = !s->open && !date_field(c, v, "to", false, true, &s->to);
    if (has_from && !s->open && !bad_to)
        check_order(c, "to", &s->to, "from", &s->from);
    if (s->open && !p->open)
        report(c, ML_ERROR_SCHEMA,
               "missing \"to\" (only a suspension in an open period may stay open)");
    else if (s->open && !last)
        report(c, ML_ERROR_VALUE, "no \"to\", but only the last suspension may stay open");
    text_field(c, v, "note", false, &s->note);
    sources_field(c, v, false, &s->sources, &s->n_sources);
    if (s->open)
        return has_from && p->open && last;
    return has_from && !bad_to && date_start(&s->to) >= date_start(&s->from);
}

/* Suspension s (valid dates, path at it) must lie inside period p (valid dates). */
static void check_inside(struct ctx *c, const struct period *p, const struct suspension *s)
{
    char d[80];
    size_t mark;
    if (date_start(&s->from) < date_start(&p->from) ||
        (!p->open && date_start(&s->from) >= date_start(&p->to))) {
        mark = path_key(c, "from");
        period_range(p, d, sizeof d);
        report(c, ML_ERROR_VALUE, "the suspension starts outside its period (%s)", d);
        path_pop(c, mark);
    } else if (!p->open && !s->open && date_start(&s->to) > date_start(&p->to)) {
        mark = path_key(c, "to");
        date_format_iso(&p->to, d, sizeof d);
        report(c, ML_ERROR_VALUE, "the suspension ends after its period (which ends %s)", d);
        path_pop(c, mark);
    }
}

/* obj["suspended"]: the times inside period p when the member was suspended, in order and not
 * overlapping. dates_ok: p's own dates are valid, so that the suspensions can be placed. */
static void walk_suspensions(struct ctx *c, json_t *obj, struct period *p, bool dates_ok)
{
    json_t *arr = json_object_get(obj, "suspended");
    const struct suspension *prev = NULL;
    size_t mark, prev_pos = 0, n;
    if (!arr)
        return;
    mark = path_key(c, "suspended");
    n = json_is_array(arr) ? json_array_size(arr) : 0;
    if (!json_is_array(arr))
        report_type(c, "an array of suspensions", arr);
    else if (n > LOAD_MAX_PERIODS)
        report(c, ML_ERROR_LIMIT, "too many suspensions: %zu (the limit is %d)", n,
               LOAD_MAX_PERIODS);
    else if (n && (p->suspended = xcalloc(c, n, sizeof *p->suspended)))
        p->n_suspended = n;
    for (size_t i = 0; i < p->n_suspended && !stopped(c); i++) {
        struct suspension *s = &p->suspended[i];
        size_t m = path_index(c, i);
        if (walk_suspension(c, json_array_get(arr, i), p, i + 1 == n, s) && dates_ok) {
            check_inside(c, p, s);
            if (prev && date_start(&s->from) < model_suspension_end(p, prev))
                report(c, ML_ERROR_VALUE,
                       "starts before suspended[%zu] ends (list suspensions in order of date, "
                       "without overlaps)",
                       prev_pos);
            prev = s;
            prev_pos = i;
        }
        path_pop(c, m);
    }
    path_pop(c, mark);
}

/* ---------------------------------------------------------------- names over time */

/* One entry of "names" (path at it): returns whether its dates are valid. Only the first entry
 * may leave out "from" (the name held since ever). */
static bool walk_name(struct ctx *c, json_t *v, size_t k, struct member_name *nm)
{
    if (!want_object(c, v))
        return false;
    check_keys(c, v, name_keys);
    text_field(c, v, "name", true, &nm->name);
    nm->has_from = date_field(c, v, "from", false, false, &nm->from);
    if (k > 0 && !json_object_get(v, "from"))
        report(c, ML_ERROR_SCHEMA, "missing \"from\" (only the first name may leave it out)");
    nm->has_to = date_field(c, v, "to", false, true, &nm->to);
    if (nm->has_from && nm->has_to)
        check_order(c, "to", &nm->to, "from", &nm->from);
    if (json_object_get(v, "from") && !nm->has_from)
        return false;
    if (json_object_get(v, "to") && !json_is_null(json_object_get(v, "to")) && !nm->has_to)
        return false;
    return !(nm->has_from && nm->has_to && date_start(&nm->to) < date_start(&nm->from));
}

/* The first day name entry prev no longer holds, as far as the next entry can tell: its "to",
 * else its "from" (it ends where the next begins, which must not be earlier). */
static double name_limit(const struct member_name *prev)
{
    if (prev->has_to)
        return date_start(&prev->to);
    return prev->has_from ? date_start(&prev->from) : -INFINITY;
}

static void copy_text(struct ctx *c, struct mtext *dst, const struct mtext *src)
{
    for (int l = 0; l < ML_MAX_LANGS; l++)
        if (src->v[l])
            dst->v[l] = xstrdup(c, src->v[l]);
}

/* obj["names"]: the member's names over time, in order. Without "name", the last of them is
 * the row label. */
static void walk_names(struct ctx *c, json_t *obj, struct member *m)
{
    json_t *arr = json_object_get(obj, "names");
    const struct member_name *prev = NULL;
    size_t mark, n, prev_pos = 0;
    if (!arr)
        return;
    mark = path_key(c, "names");
    n = json_is_array(arr) ? json_array_size(arr) : 0;
    if (!json_is_array(arr))
        report_type(c, "an array of names", arr);
    else if (n == 0)
        report(c, ML_ERROR_VALUE,
               "no names (expected at least one {\"name\": ..., \"from\": ...})");
    else if (n > LOAD_MAX_PERIODS)
        report(c, ML_ERROR_LIMIT, "too many names: %zu (the limit is %d)", n, LOAD_MAX_PERIODS);
    else if ((m->names = xcalloc(c, n, sizeof *m->names)))
        m->n_names = n;
    for (size_t k = 0; k < m->n_names && !stopped(c); k++) {
        struct member_name *nm = &m->names[k];
        size_t pm = path_index(c, k);
        if (walk_name(c, json_array_get(arr, k), k, nm) && nm->has_from) {
            if (prev && date_start(&nm->from) < name_limit(prev)) {
                size_t fm = path_key(c, "from");
                report(c, ML_ERROR_VALUE,
                       "starts before names[%zu] ends (list names in order of date, without "
                       "overlaps)",
                       prev_pos);
                path_pop(c, fm);
            }
        }
        if (nm->has_from || k == 0) {
            prev = nm;
            prev_pos = k;
        }
        path_pop(c, pm);
    }
    path_pop(c, mark);
    if (m->n_names && !json_object_get(obj, "name"))
        copy_text(c, &m->name, &m->names[m->n_names - 1].name);
}

/* ---------------------------------------------------------------- shapes and successions */

static bool iso3_ok(const char *s)
{
    for (int i = 0; i < 3; i++)
        if (s[i] < 'A' || s[i] > 'Z')
            return false;
    return s[3] == '\0';
}

/* obj["map"]: false for a member with no shape of its own. */
static void walk_map(struct ctx *c, json_t *obj, struct member *m)
{
    json_t *v = json_object_get(obj, "map");
    size_t mark;
    if (!v)
        return;
    mark = path_key(c, "map");
    if (!json_is_boolean(v))
        report_type(c, "true or false", v);
    else
        m->unmapped = json_is_false(v);
    path_pop(c, mark);
}

/* One alpha-3 code (path at it); NULL when wrong. A mapped member's codes must have a shape. */
static const char *iso3_value(struct ctx *c, json_t *v, bool mapped)
{
    const char *s = string_value(c, v);
    char q[QUOTE_MAX * 2 + 8];
    if (!s)
        return NULL;
    quote(q, sizeof q, s);
    if (!iso3_ok(s)) {
        report(c, ML_ERROR_VALUE,
               "%s is not an ISO 3166 alpha-3 code (expected three capital letters)", q);
        return NULL;
    }
    if (mapped && !iso3_known(s)) {
        report(c, ML_ERROR_VALUE,
               "%s is not a country of the bundled world map (give \"map\": false for a member "
               "with no shape)",
               q);
        return NULL;
    }
    return s;
}

static void iso3_add(struct ctx *c, struct member *m, const char *s)
{
    char *dup = xstrdup(c, s);
    if (dup)
        m->iso3s[m->n_iso3s++] = dup;
}

/* obj["iso3"]: one code or a list of them (a member that covers several shapes). */
static void walk_iso3(struct ctx *c, json_t *obj, struct member *m)
{
    json_t *v = json_object_get(obj, "iso3"), *e;
    const char *s;
    size_t mark, i, n;
    if (!v)
        return;
    mark = path_key(c, "iso3");
    n = json_is_array(v) ? json_array_size(v) : 1;
    if (!json_is_array(v) && !json_is_string(v))
        report_type(c, "a string or an array of strings", v);
    else if (n == 0)
        report(c, ML_ERROR_VALUE, "no codes (expected a code such as \"CHN\" or a list of them)");
    else if (n > LOAD_MAX_KINDS)
        report(c, ML_ERROR_LIMIT, "too many codes: %zu (the limit is %d)", n, LOAD_MAX_KINDS);
    else if ((m->iso3s = xcalloc(c, n, sizeof *m->iso3s)) && json_is_string(v) &&
             (s = iso3_value(c, v, !m->unmapped)))
        iso3_add(c, m, s);
    else if (m->iso3s && json_is_array(v))
        json_array_foreach(v, i, e)
        {
            size_t em = path_index(c, i);
            if ((s = iso3_value(c, e, !m->unmapped)))
                iso3_add(c, m, s);
            path_pop(c, em);
        }
    path_pop(c, mark);
    m->iso3 = m->n_iso3s ? m->iso3s[0] : NULL;
}

/* One predecessor id of member i (path at it); -1 when unknown or i itself. */
static int successor_ref(struct ctx *c, json_t *v, size_t i)
{
    int r = ref_value(c, v, &c->members, "member");
    if (r >= 0 && (size_t)r == i) {
        report(c, ML_ERROR_VALUE, "a member cannot be its own successor");
        return -1;
    }
    return r;
}

/* obj["successor_of"]: the id, or ids, of the members this one succeeded. Unknown ones are
 * kept as -1 until the doc is dropped for the error, so that indexes match the JSON. */
static void walk_successor_of(struct ctx *c, json_t *obj, size_t i, struct member *m)
{
    json_t *v = json_object_get(obj, "successor_of");
    size_t mark, n;
    if (!v)
        return;
    mark = path_key(c, "successor_of");
    n = json_is_array(v) ? json_array_size(v) : 1;
    if (!json_is_array(v) && !json_is_string(v))
        report_type(c, "a member id or an array of member ids", v);
    else if (n == 0)
        report(c, ML_ERROR_VALUE, "no members (expected a member id or a list of them)");
    else if (n > LOAD_MAX_MEMBERS)
        report(c, ML_ERROR_LIMIT, "too many members: %zu (the limit is %d)", n, LOAD_MAX_MEMBERS);
    else if ((m->successor_of = xcalloc(c, n, sizeof *m->successor_of)))
        m->n_successor_of = n;
    for (size_t j = 0; j < m->n_successor_of; j++) {
        size_t em = json_is_array(v) ? path_index(c, j) : c->plen;
        m->successor_of[j] = successor_ref(c, json_is_array(v) ? json_array_get(v, j) : v, i);
        path_pop(c, em);
    }
    path_pop(c, mark);
}

/* The first day member m holds no status any more (INFINITY while it still does). */
static double last_end(const struct member *m)
{
    double end = -INFINITY;
    for (size_t i = 0; i < m->n_periods; i++) {
        const struct period *p = &m->periods[i];
        end = fmax(end, p->open ? INFINITY : date_start(&p->to));
    }
    return end;
}

/* Path to members[i].successor_of[j] (.successor_of when it is one string); returns the mark. */
static size_t path_successor(struct ctx *c, json_t *members, size_t i, size_t j)
{
    size_t mark = path_key(c, "members");
    path_index(c, i);
    path_key(c, "successor_of");
    if (json_is_array(json_object_get(json_array_get(members, i), "successor_of")))
        path_index(c, j);
    return mark;
}

/* A state and its successor are never counted on the same day: the successor's first period
 * starts when the predecessor's last one has ended (touching is fine). Periods with bad dates
 * would give false alarms, so this runs only on an otherwise valid document. */
static void check_succession_dates(struct ctx *c, json_t *members)
{
    const struct ml_doc *doc = c->doc;
    for (size_t i = 0; i < doc->n_members; i++) {
        const struct member *s = &doc->members[i];
        for (size_t j = 0; j < s->n_successor_of && s->n_periods; j++) {
            const struct member *p = &doc->members[s->successor_of[j]];
            char q[QUOTE_MAX * 2 + 8], d[32];
            size_t mark;
            if (!p->n_periods || date_start(&s->periods[0].from) >= last_end(p))
                continue;
            mark = path_successor(c, members, i, j);
            quote(q, sizeof q, p->id);
            date_format_iso(&s->periods[0].from, d, sizeof d);
            report(c, ML_ERROR_VALUE,
                   "%s still holds a status on %s, when this member's first period starts (a "
                   "successor starts on or after the day its predecessor's last period ends)",
                   q, d);
            path_pop(c, mark);
        }
    }
}

/* Kahn's algorithm on "successor_of" edges: take away members none of whose predecessors is
 * left; what stays is on a cycle or leads into one. left[i]: predecessors of i not taken away;
 * by[first[p] .. first[p + 1]): the members that list p. */
struct succ_graph {
    size_t *left, *first, *by, *queue;
};

static bool graph_build(struct ctx *c, struct succ_graph *g)
{
    const struct ml_doc *doc = c->doc;
    size_t n = doc->n_members, edges = 0;
    for (size_t i = 0; i < n; i++)
        edges += doc->members[i].n_successor_of;
    if (edges == 0 || !(g->left = xcalloc(c, n, sizeof *g->left)) ||
        !(g->first = xcalloc(c, n + 1, sizeof *g->first)) ||
        !(g->by = xcalloc(c, edges, sizeof *g->by)) ||
        !(g->queue = xcalloc(c, n, sizeof *g->queue)))
        return false;
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < doc->members[i].n_successor_of; j++)
            if (doc->members[i].successor_of[j] >= 0) {
                g->first[doc->members[i].successor_of[j] + 1]++;
                g->left[i]++;
            }
    for (size_t p = 0; p < n; p++)
        g->first[p + 1] += g->first[p];
    for (size_t i = 0; i < n; i++) /* fill by[], using queue[] as the fill count per p */
        for (size_t j = 0; j < doc->members[i].n_successor_of; j++) {
            int p = doc->members[i].successor_of[j];
            if (p >= 0)
                g->by[g->first[p] + g->queue[p]++] = i;
        }
    return true;
}

static void graph_reduce(struct succ_graph *g, size_t n)
{
    size_t head = 0, tail = 0;
    for (size_t i = 0; i < n; i++)
        if (g->left[i] == 0)
            g->queue[tail++] = i;
    while (head < tail) {
        size_t p = g->queue[head++];
        for (size_t k = g->first[p]; k < g->first[p + 1]; k++)
            if (--g->left[g->by[k]] == 0)
                g->queue[tail++] = g->by[k];
    }
}

/* From member i (left over), the edge j to a left-over predecessor. */
static size_t next_edge(const struct succ_graph *g, const struct member *m)
{
    size_t j = 0;
    while (m->successor_of[j] < 0 || g->left[m->successor_of[j]] == 0)
        j++;
    return j;
}

/* Report the cycle through member h at members[h].successor_of: its first members, and how
 * many there are when it is long (a message holds about 250 bytes). */
static void report_cycle(struct ctx *c, json_t *members, const struct succ_graph *g, size_t h)
{
    const struct ml_doc *doc = c->doc;
    struct strbuf b = {0};
    size_t x = h, mark, len = 0;
    do {
        if (len < 4)
            strbuf_add(&b, "\"%.30s\" -> ", doc->members[x].id);
        len++;
        x = (size_t)doc->members[x].successor_of[next_edge(g, &doc->members[x])];
    } while (x != h);
    if (len > 4)
        strbuf_add(&b, "... -> ");
    strbuf_add(&b, "\"%.30s\"", doc->members[h].id);
    if (len > 4)
        strbuf_add(&b, " (%zu members)", len);
    mark = path_successor(c, members, h, next_edge(g, &doc->members[h]));
    report(c, ML_ERROR_VALUE, "successor_of goes round in a cycle: %s", b.s ? b.s : "?");
    path_pop(c, mark);
    strbuf_finish(&b);
}

/* Walk from each left-over member along left-over predecessors until a member repeats: a
 * cycle, reported once; a walk that runs into an earlier walk's members stops there. */
static void find_cycles(struct ctx *c, json_t *members, struct succ_graph *g)
{
    const struct ml_doc *doc = c->doc;
    size_t n = doc->n_members;
    size_t *walk = g->queue; /* reused: walk id + 1 per member, 0 when not visited */
    memset(walk, 0, n * sizeof *walk);
    for (size_t start = 0; start < n && !stopped(c); start++) {
        size_t x = start;
        if (g->left[start] == 0 || walk[start])
            continue;
        while (!walk[x]) {
            walk[x] = start + 1;
            x = (size_t)doc->members[x].successor_of[next_edge(g, &doc->members[x])];
        }
        if (walk[x] == start + 1)
            report_cycle(c, members, g, x);
    }
}

static void check_successions(struct ctx *c, json_t *members)
{
    struct succ_graph g = {0};
    if (graph_build(c, &g)) {
        graph_reduce(&g, c->doc->n_members);
        find_cycles(c, members, &g);
    }
    free(g.left);
    free(g.first);
    free(g.by);
    free(g.queue);
    if (c->sink.n == 0)
        check_succession_dates(c, members);
}
static void walk_member(struct ctx *c, json_t *v, size_t i, struct member *m)
{
    if (!want_object(c, v))
        return;
    check_keys(c, v, member_keys);
    m->id = id_field(c, v, &c->members, i);
    walk_map(c, v, m);
    walk_iso3(c, v, m);
    text_field(c, v, "name", !json_object_get(v, "names"), &m->name);
    walk_names(c, v, m);
    walk_successor_of(c, v, i, m);
    walk_periods(c, v, m);
}

static void walk_members(struct ctx *c, json_t *root)
{
    json_t *a = section(c, root, "members", LOAD_MAX_MEMBERS);
    size_t i, mark = path_key(c, "members");
    if (a && (c->doc->members = xcalloc(c, json_array_size(a), sizeof *c->doc->members)))
        c->doc->n_members = json_array_size(a);
    for (i = 0; i < c->doc->n_members && !stopped(c); i++) {
        size_t m = path_index(c, i);
        walk_member(c, json_array_get(a, i), i, &c->doc->members[i]);
        path_pop(c, m);
    }
    path_pop(c, mark);
    if (a && !stopped(c))
        check_successions(c, a);
}

/* ---------------------------------------------------------------- the top level */

static const char *const top_keys[] = {"memberline", "title",     "subtitle",   "source",
                                       "as_of",      "languages", "categories", "statuses",
                                       "events",     "spans",     "members",    NULL};

/* false when the version rules out reading the rest. */
static bool walk_version(struct ctx *c, json_t *root)
{
    json_t *v = json_object_get(root, "memberline");
    size_t mark;
    bool ok = true;
    if (!v) {
        report(c, ML_ERROR_SCHEMA,
               "missing \"memberline\" (the format version; this memberline reads version %d)",
               ML_FORMAT_VERSION);
        return true;
    }
    mark = path_key(c, "memberline");
    if (!json_is_integer(v)) {
        report_type(c, "the integer 1", v);
    } else if (json_integer_value(v) != ML_FORMAT_VERSION) {
        report(c, ML_ERROR_VALUE,
               "unsupported format version %" JSON_INTEGER_FORMAT
               " (this memberline reads version %d)",
               json_integer_value(v), ML_FORMAT_VERSION);
        ok = false;
    } else {
        c->doc->version = ML_FORMAT_VERSION;
    }
    path_pop(c, mark);
    return ok;
}

static bool lang_add(struct ctx *c, const char *code)
{
    char *s = xstrdup(c, code);
    if (!s)
        return false;
    c->doc->langs[c->doc->n_langs++] = s;
    return true;
}

static void lang_entry(struct ctx *c, json_t *v, size_t i)
{
    size_t mark = path_index(c, i);
    const char *s = string_value(c, v);
    char q[QUOTE_MAX * 2 + 8];
    int first;
    if (!s) {
        c->langs_bad = true;
    } else if (blank(s)) {
        report(c, ML_ERROR_VALUE, "empty language code");
    } else if ((first = model_lang_index(c->doc, s)) >= 0) {
        quote(q, sizeof q, s);
        report(c, ML_ERROR_VALUE, "duplicate language %s (first at languages[%d])", q, first);
    } else {
        lang_add(c, s);
    }
    path_pop(c, mark);
}

static void walk_languages(struct ctx *c, json_t *root)
{
    json_t *a = json_object_get(root, "languages"), *v;
    size_t i, mark;
    if (!a) {
        lang_add(c, "en");
        return;
    }
    mark = path_key(c, "languages");
    if (!json_is_array(a)) {
        report_type(c, "an array of language codes", a);
    } else if (json_array_size(a) == 0) {
        report(c, ML_ERROR_VALUE, "no languages (expected at least one code such as \"en\")");
    } else if (json_array_size(a) > ML_MAX_LANGS) {
        report(c, ML_ERROR_LIMIT, "too many languages: %zu (the limit is %d)", json_array_size(a),
               ML_MAX_LANGS);
    } else {
        json_array_foreach(a, i, v)
        {
            lang_entry(c, v, i);
        }
    }
    if (c->doc->n_langs < (int)json_array_size(a) || c->doc->n_langs == 0)
        c->langs_bad = true;
    if (c->doc->n_langs == 0)
        lang_add(c, "en");
    path_pop(c, mark);
}

static void walk_doc(struct ctx *c, json_t *root)
{
    struct ml_doc *doc = c->doc;
    if (!json_is_object(root)) {
        char d[QUOTE_MAX * 2 + 24];
        describe(root, d, sizeof d);
        report(c, ML_ERROR_SCHEMA, "expected an object at the top of the document, found %s", d);
        return;
    }
    check_keys(c, root, top_keys);
    if (!walk_version(c, root) || stopped(c))
        return;
    walk_languages(c, root);
    text_field(c, root, "title", true, &doc->title);
    text_field(c, root, "subtitle", false, &doc->subtitle);
    text_field(c, root, "source", false, &doc->source);
    doc->has_as_of = date_field(c, root, "as_of", false, false, &doc->as_of);
    index_build(c, &c->categories, root, "categories");
    index_build(c, &c->statuses, root, "statuses");
    index_build(c, &c->events, root, "events");
    index_build(c, &c->spans, root, "spans");
    index_build(c, &c->members, root, "members");
    if (!stopped(c))
        walk_categories(c, root);
    if (!stopped(c))
        walk_statuses(c, root);
    if (!stopped(c))
        walk_events(c, root);
    if (!stopped(c))
        walk_spans(c, root);
    if (!stopped(c))
        walk_members(c, root);
}

/* ---------------------------------------------------------------- reading */

static void sink_error(struct sink *s, const char *source, enum ml_error_code code,
                       const char *text)
{
    struct ml_error e;
    error_init(&e, code, source);
    snprintf(e.text, sizeof e.text, "%s", text);
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
    error_init(&e, nomem ? ML_ERROR_NOMEM : ML_ERROR_SYNTAX, source);
    e.line = jerr->line;
    e.column = jerr->column;
    if (nomem)
        snprintf(e.text, sizeof e.text, "out of memory");
    else if (jc == json_error_null_character)
        snprintf(e.text, sizeof e.text, "\\u0000 (a NUL character) is not allowed in strings");
    else
        snprintf(e.text, sizeof e.text, "%s", jerr->text);
    if (e.code == ML_ERROR_NOMEM)
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

static const char *source_of(const char *path)
{
    return strcmp(path, "-") == 0 ? "<stdin>" : path;
}

/* Read a file, or standard input for "-". */
static bool read_path(const char *path, struct sink *s, char **out, size_t *len)
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
static json_t *parse(const char *text, size_t len, const char *source, struct sink *s)
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

/* Parse text and walk it into a new doc; NULL when the sink got any error. */
static struct ml_doc *load(const char *text, size_t len, const char *source, struct sink *s)
{
    struct ctx c;
    json_t *root = parse(text, len, source, s);
    struct ml_doc *doc;
    if (!root)
        return NULL;
    memset(&c, 0, sizeof c);
    c.sink = *s;
    c.source = source;
    doc = c.doc = mem_calloc(1, sizeof *doc);
    if (!doc || !(doc->source_name = xstrdup(&c, source))) {
        if (!doc)
            report_nomem(&c);
    } else {
        walk_doc(&c, root);
    }
    json_decref(root);
    index_free(&c.categories);
    index_free(&c.statuses);
    index_free(&c.events);
    index_free(&c.spans);
    index_free(&c.members);
    *s = c.sink;
    if (s->n > 0) {
        model_free(doc);
        return NULL;
    }
    return doc;
}

static struct ml_doc *load_path(const char *path, struct sink *s)
{
    char *text = NULL;
    size_t len = 0;
    struct ml_doc *doc;
    if (!read_path(path, s, &text, &len))
        return NULL;
    doc = load(text, len, source_of(path), s);
    free(text);
    return doc;
}

/* ---------------------------------------------------------------- the public API */

static void sink_first(struct sink *s, struct ml_error *err, struct ml_error *local,
                       const char *source)
{
    memset(s, 0, sizeof *s);
    s->first = err ? err : local;
    error_init(s->first, ML_OK, source);
}

static void sink_all(struct sink *s, struct ml_diagnostics *diags)
{
    memset(s, 0, sizeof *s);
    s->all = true;
    s->diags = diags;
    if (diags) {
        diags->count = 0;
        diags->dropped = 0;
    }
}

struct ml_doc *ml_doc_load_file(const char *path, struct ml_error *err)
{
    struct ml_error local;
    struct sink s;
    sink_first(&s, err, &local, path ? source_of(path) : "");
    return load_path(path, &s);
}

struct ml_doc *ml_doc_load_string(const char *text, size_t len, const char *source,
                                  struct ml_error *err)
{
    struct ml_error local;
    struct sink s;
    source = source ? source : "<string>";
    sink_first(&s, err, &local, source);
    return load(text, len, source, &s);
}

struct ml_doc *ml_doc_check_file(const char *path, struct ml_diagnostics *diags)
{
    struct sink s;
    sink_all(&s, diags);
    return load_path(path, &s);
}

struct ml_doc *ml_doc_check_string(const char *text, size_t len, const char *source,
                                   struct ml_diagnostics *diags)
{
    struct sink s;
    sink_all(&s, diags);
    return load(text, len, source ? source : "<string>", &s);
}

void ml_error_format(const struct ml_error *err, char *buf, size_t size)
{
    const char *src;
    if (!buf || size == 0)
        return;
    if (!err) {
        snprintf(buf, size, "error: (no details)");
        return;
    }
    src = err->source[0] ? err->source : "memberline";
    if (err->line > 0 && err->column > 0)
        snprintf(buf, size, "%s:%d:%d: error: %s", src, err->line, err->column, err->text);
    else if (err->line > 0)
        snprintf(buf, size, "%s:%d: error: %s", src, err->line, err->text);
    else if (err->path[0])
        snprintf(buf, size, "%s: %s: error: %s", src, err->path, err->text);
    else
        snprintf(buf, size, "%s: error: %s", src, err->text);
}

static const char *plural(size_t n, const char *one, const char *many)
{
    return n == 1 ? one : many;
}

/* " (2 suspensions of 1 member)" when any member was ever suspended; "" otherwise. */
static void suspensions_note(const struct ml_doc *doc, char *buf, size_t size)
{
    size_t n = 0, members = 0;
    for (size_t i = 0; i < doc->n_members; i++) {
        size_t before = n;
        for (size_t j = 0; j < doc->members[i].n_periods; j++)
            n += doc->members[i].periods[j].n_suspended;
        members += n > before;
    }
    buf[0] = '\0';
    if (n)
        snprintf(buf, size, " (%zu %s of %zu %s)", n, plural(n, "suspension", "suspensions"),
                 members, plural(members, "member", "members"));
}

void ml_doc_summary(const struct ml_doc *doc, char *buf, size_t size)
{
    char range[80] = "", suspensions[96];
    if (!buf || size == 0)
        return;
    if (!doc) {
        snprintf(buf, size, "(no document)");
        return;
    }
    if (doc->n_events > 0) {
        const struct date *lo = &doc->events[0].date, *hi = lo;
        char a[32], b[32];
        for (size_t i = 0; i < doc->n_events; i++) {
            const struct event *e = &doc->events[i];
            const struct date *last = e->has_end ? &e->end : &e->date;
            if (date_cmp(&e->date, lo) < 0)
                lo = &e->date;
            if (date_cmp(last, hi) > 0)
                hi = last;
        }
        date_format_iso(lo, a, sizeof a);
        date_format_iso(hi, b, sizeof b);
        snprintf(range, sizeof range, " (%s to %s)", a, b);
    }
    suspensions_note(doc, suspensions, sizeof suspensions);
    snprintf(buf, size, "%s: %zu %s%s, %zu %s%s, %zu %s, %d %s", doc->source_name, doc->n_events,
             plural(doc->n_events, "event", "events"), range, doc->n_members,
             plural(doc->n_members, "member", "members"), suspensions, doc->n_statuses,
             plural(doc->n_statuses, "status", "statuses"), doc->n_langs,
             plural((size_t)doc->n_langs, "language", "languages"));
}

int ml_doc_count_status(const struct ml_doc *doc, const char *status_id, const char *date,
                        struct ml_error *err)
{
    // cppcheck-suppress uninitvar ; error_init below fills local before any read
    struct ml_error local, *e = err ? err : &local;
    struct date d;
    const char *why = NULL;
    char q[QUOTE_MAX * 2 + 8];
    int s;
    error_init(e, ML_OK, doc ? doc->source_name : "");
    e->code = ML_ERROR_USAGE;
    if (!doc || !status_id || !date) {
        snprintf(e->text, sizeof e->text, "count_status: missing argument");
        return -1;
    }
    if ((s = model_find_status(doc, status_id)) < 0) {
        const char *ids[64];
        size_t n = 0;
        char hint[QUOTE_MAX * 2 + 32];
        for (size_t i = 0; i < doc->n_statuses && n < 64; i++)
            ids[n++] = doc->statuses[i].id;
        quote(q, sizeof q, status_id);
        suggest(hint, sizeof hint, status_id, ids, n);
        snprintf(e->text, sizeof e->text, "unknown status %s%s", q, hint);
        return -1;
    }
    if (!date_parse(date, &d, &why)) {
        quote(q, sizeof q, date);
        snprintf(e->text, sizeof e->text, "%s is not a date (%s)", q, why ? why : DATE_FORM);
        return -1;
    }
    e->code = ML_OK;
    return model_count_status(doc, s, date_start(&d));
}

int ml_doc_count_suspended(const struct ml_doc *doc, const char *status_id, const char *date,
                           struct ml_error *err)
{
    struct date d;
    /* The same arguments and messages as ml_doc_count_status, which checks them. */
    if (ml_doc_count_status(doc, status_id, date, err) < 0 || !date_parse(date, &d, NULL))
        return -1;
    return model_count_suspended(doc, model_find_status(doc, status_id), date_start(&d));
}

/* ---------------------------------------------------------------- theme files */

static const char *const theme_keys[] = {"name", "background", "text",   "muted",   "axis",
                                         "grid", "band",       "accent", "palette", "patterns",
                                         "font", "type_scale", NULL};

/* obj[key], if there, as a non-blank string copied into buf[size]. */
static void theme_string(struct ctx *c, json_t *obj, const char *key, char *buf, size_t size)
{
    const char *s = string_field(c, obj, key, false);
    size_t mark;
    if (!s)
        return;
    mark = path_key(c, key);
    if (blank(s))
        report(c, ML_ERROR_VALUE, "empty %s", key);
    else if (strlen(s) >= size)
        report(c, ML_ERROR_LIMIT, "too long: %zu bytes (the limit is %zu)", strlen(s), size - 1);
    else
        snprintf(buf, size, "%s", s);
    path_pop(c, mark);
}

static void theme_palette(struct ctx *c, json_t *obj, struct theme *t)
{
    json_t *a = json_object_get(obj, "palette"), *v;
    size_t i, mark;
    if (!a)
        return;
    mark = path_key(c, "palette");
    if (!json_is_array(a)) {
        report_type(c, "an array of colours", a);
    } else if (json_array_size(a) == 0) {
        report(c, ML_ERROR_VALUE, "empty palette (expected 1 to %d colours)", THEME_PALETTE_MAX);
    } else if (json_array_size(a) > THEME_PALETTE_MAX) {
        report(c, ML_ERROR_LIMIT, "too many colours: %zu (the limit is %d)", json_array_size(a),
               THEME_PALETTE_MAX);
    } else {
        json_array_foreach(a, i, v)
        {
            size_t m = path_index(c, i);
            color_value(c, v, &t->palette[i]);
            path_pop(c, m);
        }
        t->n_palette = json_array_size(a);
    }
    path_pop(c, mark);
}

static void theme_scale(struct ctx *c, json_t *obj, struct theme *t)
{
    json_t *v = json_object_get(obj, "type_scale");
    size_t mark;
    if (!v)
        return;
    mark = path_key(c, "type_scale");
    if (!json_is_number(v))
        report_type(c, "a number", v);
    else if (json_number_value(v) < 0.25 || json_number_value(v) > 4)
        report(c, ML_ERROR_VALUE, "%g is out of range (expected 0.25 to 4)", json_number_value(v));
    else
        t->type_scale = json_number_value(v);
    path_pop(c, mark);
}

static void walk_theme(struct ctx *c, json_t *root, struct theme *t)
{
    json_t *v;
    if (!json_is_object(root)) {
        char d[QUOTE_MAX * 2 + 24];
        describe(root, d, sizeof d);
        report(c, ML_ERROR_SCHEMA, "expected an object at the top of the theme, found %s", d);
        return;
    }
    check_keys(c, root, theme_keys);
    theme_string(c, root, "name", t->name, sizeof t->name);
    color_field(c, root, "background", &t->background);
    color_field(c, root, "text", &t->text);
    color_field(c, root, "muted", &t->muted);
    color_field(c, root, "axis", &t->axis);
    color_field(c, root, "grid", &t->grid);
    color_field(c, root, "band", &t->band);
    color_field(c, root, "accent", &t->accent);
    theme_palette(c, root, t);
    if ((v = json_object_get(root, "patterns"))) {
        size_t mark = path_key(c, "patterns");
        if (json_is_boolean(v))
            t->patterns = json_is_true(v);
        else
            report_type(c, "a boolean", v);
        path_pop(c, mark);
    }
    theme_string(c, root, "font", t->font_family, sizeof t->font_family);
    theme_scale(c, root, t);
}

bool load_theme_file(const char *path, struct theme *t, struct ml_error *err)
{
    struct ml_error local;
    struct ctx c;
    struct theme copy;
    json_t *root;
    char *text = NULL;
    size_t len = 0;
    memset(&c, 0, sizeof c);
    c.source = path ? source_of(path) : "";
    sink_first(&c.sink, err, &local, c.source);
    if (!t) {
        sink_error(&c.sink, c.source, ML_ERROR_USAGE, "no theme to fill");
        return false;
    }
    if (!read_path(path, &c.sink, &text, &len))
        return false;
    root = parse(text, len, c.source, &c.sink);
    free(text);
    if (!root)
        return false;
    copy = *t;
    walk_theme(&c, root, &copy);
    json_decref(root);
    if (c.sink.n > 0)
        return false;
    *t = copy;
    return true;
}

/* ---------------------------------------------------------------- batch manifests */

/* A job becomes the argv of one `memberline render`, one argv per output file; relative paths
 * are resolved against the manifest's folder so that a manifest runs from anywhere. */

static const char *const manifest_keys[] = {"memberline_batch", "defaults", "jobs", NULL};
static const char *const job_keys[] = {"name",    "data",        "chart",    "options", "output",
                                       "outputs", "layout_json", "alt_text", NULL};

struct argv_buf {
    char **v;
    int n, cap;
};

static void argv_push(struct ctx *c, struct argv_buf *a, const char *s)
{
    if (stopped(c))
        return;
    if (a->n + 2 > a->cap) {
        int cap = a->cap ? a->cap * 2 : 16;
        char **v = realloc(a->v, (size_t)cap * sizeof *v);
        if (!v) {
            report_nomem(c);
            return;
        }
        a->v = v;
        a->cap = cap;
    }
    if ((a->v[a->n] = xstrdup(c, s)) != NULL)
        a->v[++a->n] = NULL;
}

static void argv_push_path(struct ctx *c, struct argv_buf *a, const char *dir, const char *rel)
{
    char buf[4096];
    if (rel[0] == '/' || strcmp(rel, "-") == 0 || !*dir)
        snprintf(buf, sizeof buf, "%s", rel);
    else
        snprintf(buf, sizeof buf, "%s/%s", dir, rel);
    argv_push(c, a, buf);
}

/* One "options" entry: true -> --key; false/null -> nothing; string or number -> --key value. */
static void manifest_option(struct ctx *c, struct argv_buf *a, const char *dir, const char *key,
                            json_t *v)
{
    char opt[128], num[64];
    size_t mark = path_key(c, key);
    snprintf(opt, sizeof opt, "--%s", key);
    if (json_is_true(v)) {
        argv_push(c, a, opt);
    } else if (json_is_string(v)) {
        const char *s = json_string_value(v);
        bool file = strcmp(key, "theme") == 0 && strstr(s, ".json");
        argv_push(c, a, opt);
        if (file || strcmp(key, "layout-json") == 0 || strcmp(key, "alt-text") == 0)
            argv_push_path(c, a, dir, s);
        else
            argv_push(c, a, s);
    } else if (json_is_number(v)) {
        snprintf(num, sizeof num, "%.10g", json_number_value(v));
        argv_push(c, a, opt);
        argv_push(c, a, num);
    } else if (!json_is_false(v) && !json_is_null(v)) {
        report_type(c, "a string, a number or true/false", v);
    }
    path_pop(c, mark);
}

static void manifest_options(struct ctx *c, struct argv_buf *a, const char *dir, json_t *opts)
{
    const char *key;
    json_t *v;
    if (!opts)
        return;
    size_t mark = path_key(c, "options");
    if (want_object(c, opts))
        json_object_foreach(opts, key, v) manifest_option(c, a, dir, key, v);
    path_pop(c, mark);
}

/* A job's field, else the defaults' field. */
static json_t *job_get(json_t *job, json_t *defaults, const char *key)
{
    json_t *v = json_object_get(job, key);
    return v || !defaults ? v : json_object_get(defaults, key);
}

static void job_argv(struct ctx *c, json_t *job, json_t *defaults, const char *dir,
                     const char *output, bool first, struct argv_buf *a)
{
    const char *chart =
        string_field(c, json_object_get(job, "chart") ? job : defaults, "chart", false);
    argv_push(c, a, "render");
    if (chart) {
        argv_push(c, a, "--chart");
        argv_push(c, a, chart);
    }
    manifest_options(c, a, dir, defaults ? json_object_get(defaults, "options") : NULL);
    manifest_options(c, a, dir, json_object_get(job, "options"));
    argv_push(c, a, "-o");
    argv_push_path(c, a, dir, output);
    static const char *const extras[][2] = {{"layout_json", "--layout-json"},
                                            {"alt_text", "--alt-text"}};
    for (size_t i = 0; first && i < 2; i++) {
        const char *p = string_field(c, job, extras[i][0], false);
        if (p) {
            argv_push(c, a, extras[i][1]);
            argv_push_path(c, a, dir, p);
        }
    }
    json_t *data = job_get(job, defaults, "data");
    if (data && json_is_string(data))
        argv_push_path(c, a, dir, json_string_value(data));
}

static void manifest_add(struct ctx *c, struct ml_manifest *m, const char *name, struct argv_buf *a)
{
    struct ml_job *jobs = realloc(m->jobs, (m->n_jobs + 1) * sizeof *jobs);
    if (!jobs || stopped(c)) {
        if (!jobs)
            report_nomem(c);
        for (int i = 0; i < a->n; i++)
            free(a->v[i]);
        free(a->v);
        m->jobs = jobs ? jobs : m->jobs;
        return;
    }
    m->jobs = jobs;
    struct ml_job *j = &m->jobs[m->n_jobs];
    j->name = xstrdup(c, name);
    j->argc = a->n;
    j->argv = a->v;
    m->n_jobs++;
}

static void walk_job(struct ctx *c, struct ml_manifest *m, json_t *job, json_t *defaults, size_t i,
                     const char *dir)
{
    char name[160];
    size_t mark = path_index(c, i);
    if (!want_object(c, job)) {
        path_pop(c, mark);
        return;
    }
    check_keys(c, job, job_keys);
    const char *given = string_field(c, job, "name", false);
    snprintf(name, sizeof name, "%s", given ? given : c->path);
    json_t *one = json_object_get(job, "output"), *many = json_object_get(job, "outputs");
    if (!one && !many)
        report(c, ML_ERROR_SCHEMA, "missing \"output\" or \"outputs\"");
    if (one && string_field(c, job, "output", true)) {
        struct argv_buf a = {0};
        job_argv(c, job, defaults, dir, json_string_value(one), true, &a);
        manifest_add(c, m, name, &a);
    }
    for (size_t k = 0; json_is_array(many) && k < json_array_size(many); k++) {
        size_t mk = path_key(c, "outputs"), mi = path_index(c, k);
        const char *out = string_value(c, json_array_get(many, k));
        path_pop(c, mi);
        path_pop(c, mk);
        struct argv_buf a = {0};
        if (out) {
            job_argv(c, job, defaults, dir, out, k == 0 && !one, &a);
            manifest_add(c, m, name, &a);
        }
    }
    path_pop(c, mark);
}

static void walk_manifest(struct ctx *c, struct ml_manifest *m, json_t *root, const char *dir)
{
    if (!want_object(c, root))
        return;
    check_keys(c, root, manifest_keys);
    json_t *defaults = json_object_get(root, "defaults"), *jobs = json_object_get(root, "jobs");
    if (defaults) {
        size_t mark = path_key(c, "defaults");
        if (want_object(c, defaults))
            check_keys(c, defaults, job_keys);
        path_pop(c, mark);
    }
    if (!jobs) {
        report_missing(c, "jobs");
        return;
    }
    size_t mark = path_key(c, "jobs");
    if (!json_is_array(jobs))
        report_type(c, "an array", jobs);
    for (size_t i = 0; json_is_array(jobs) && i < json_array_size(jobs) && !stopped(c); i++)
        walk_job(c, m, json_array_get(jobs, i), json_is_object(defaults) ? defaults : NULL, i, dir);
    path_pop(c, mark);
}

void ml_manifest_destroy(struct ml_manifest *m)
{
    if (!m)
        return;
    for (size_t i = 0; i < m->n_jobs; i++) {
        for (int k = 0; k < m->jobs[i].argc; k++)
            free(m->jobs[i].argv[k]);
        free(m->jobs[i].argv);
        free(m->jobs[i].name);
    }
    free(m->jobs);
    free(m);
}

struct ml_manifest *ml_manifest_load(const char *path, struct ml_error *err)
{
    struct ml_error local;
    struct ctx c;
    json_error_t jerr;
    char dir[4096];
    memset(&c, 0, sizeof c);
    sink_first(&c.sink, err, &local, path);
    c.source = path;
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) { /* jansson reads a folder as empty */
        sink_error(&c.sink, path, ML_ERROR_INPUT, "is a directory");
        return NULL;
    }
    json_t *root = json_load_file(path, JSON_REJECT_DUPLICATES, &jerr);
    if (!root) {
        bool unreadable = json_error_code(&jerr) == json_error_cannot_open_file;
        if (unreadable)
            sink_error(&c.sink, path, ML_ERROR_INPUT, jerr.text);
        else
            sink_json_error(&c.sink, path, &jerr);
        return NULL;
    }
    snprintf(dir, sizeof dir, "%s", path);
    char *slash = strrchr(dir, '/');
    if (slash)
        *slash = '\0';
    else
        dir[0] = '\0';
    struct ml_manifest *m = calloc(1, sizeof *m);
    if (!m)
        report_nomem(&c);
    else
        walk_manifest(&c, m, root, dir);
    json_decref(root);
    if (c.sink.n > 0) {
        ml_manifest_destroy(m);
        return NULL;
    }
    return m;
}

const char *load_jansson_version(void)
{
    return jansson_version_str();
}
