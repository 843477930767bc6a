/* The document schema: JSON -> model, through the machinery of jread.c.
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

#include <jansson.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "i18n.h"
#include "iso3.h"
#include "jread.h"
#include "model.h"
#include "strbuf.h"
#include "textcheck.h"
#include "theme.h"
#include "url.h"

/* ---------------------------------------------------------------- sources */

/* obj["sources"]: URLs and citations; a URL's scheme must be one a link may have. */
static void sources_field(struct ctx *c, json_t *obj, bool required, char ***out, size_t *n)
{
    char why[200];
    strings_field(c, obj, "sources", required, out, n);
    for (size_t i = 0; i < *n; i++)
        if ((*out)[i] && blank((*out)[i])) {
            size_t mark = path_key(c, "sources"), m = path_index(c, i);
            report(c, ML_ERROR_VALUE, "empty source (an event without sources has [])");
            path_pop(c, m);
            path_pop(c, mark);
        } else if ((*out)[i] && !url_check((*out)[i], why, sizeof why)) {
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
    } else if (json_is_object(v) && json_object_size(v) == 0) {
        if (!required) /* a required text gets "empty KEY" below */
            report(c, ML_ERROR_VALUE, "empty text object (give a string or a language's text)");
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
    suggest(hint, sizeof hint, s, tone_names, sizeof tone_names / sizeof *tone_names - 1);
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
    int_field(c, v, "rank", true, INT_MIN, INT_MAX, "a whole number from -2147483648 to 2147483647",
              &st->rank);
    st->tone = tone_field(c, v);
}

static void walk_categories(struct ctx *c, json_t *root)
{
    json_t *a = section(c, root, "categories", LOAD_MAX_KINDS), *v;
    size_t i, mark = path_key(c, "categories");
    if (a && (c->doc->categories = xcalloc(c, json_array_size(a), sizeof *c->doc->categories)))
        c->doc->n_categories = json_array_size(a);
    for (i = 0; i < c->doc->n_categories && !stopped(c); i++) {
        size_t m = path_element(c, i, json_array_get(a, i));
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
        size_t m = path_element(c, i, json_array_get(a, i));
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

/* arr[i] (path at it) names no member that an earlier element names: a member takes part once.
 * Quadratic, but a participant list is short next to LOAD_MAX_MEMBERS. */
static void participant_unique(struct ctx *c, json_t *arr, size_t i)
{
    const char *id = json_string_value(json_array_get(arr, i));
    char q[QUOTE_MAX * 2 + 8];
    for (size_t j = 0; id && j < i; j++)
        if (json_equal(json_array_get(arr, j), json_array_get(arr, i))) {
            quote(q, sizeof q, id);
            report(c, ML_ERROR_VALUE, "duplicate participant %s (also participants[%zu])", q, j);
            return;
        }
}

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
            participant_unique(c, arr, i);
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
        size_t m = path_element(c, i, json_array_get(a, i));
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
        size_t m = path_element(c, i, json_array_get(a, i));
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
        if (reach && reach->open) {
            /* one message for the rule, not an overlap for every later period */
            size_t m = path_key(c, "periods");
            char from[32];
            path_index(c, reach_pos);
            date_format_iso(&p->from, from, sizeof from);
            report(c, ML_ERROR_VALUE,
                   "only the period that starts last may be open (no \"to\"), but "
                   "periods[%zu] starts later (from %s)",
                   k[i].pos, from);
            path_pop(c, m);
            return;
        }
        if (reach && date_start(&p->from) < date_start(&reach->to)) {
            char range[80];
            size_t m = path_key(c, "periods");
            path_index(c, k[i].pos);
            period_range(reach, range, sizeof range);
            report(c, ML_ERROR_VALUE, "overlaps periods[%zu] (%s)", reach_pos, range);
            path_pop(c, m);
        }
        if (!reach || p->open || date_start(&p->to) > date_start(&reach->to)) {
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
    for (i = 0; valid && m->periods && i < m->n_periods && !stopped(c); i++) {
        size_t pm = path_index(c, i);
        valid[i] = walk_period(c, json_array_get(arr, i), &m->periods[i]);
        path_pop(c, pm);
    }
    path_pop(c, mark);
    if (valid && m->periods && m->n_periods && !stopped(c))
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
    for (size_t i = 0; p->suspended && i < p->n_suspended && !stopped(c); i++) {
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
    for (size_t k = 0; m->names && k < m->n_names && !stopped(c); k++) {
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
    if (m->names && m->n_names && !json_object_get(obj, "name"))
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

/* A code listed twice would colour one shape twice and count it twice in the map's note. */
static void iso3_add(struct ctx *c, struct member *m, const char *s)
{
    char *dup;
    for (size_t k = 0; k < m->n_iso3s; k++)
        if (strcmp(m->iso3s[k], s) == 0) {
            report(c, ML_ERROR_VALUE, "\"%s\" is listed twice (expected each code once)", s);
            return;
        }
    if ((dup = m->iso3s ? xstrdup(c, s) : NULL))
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
    m->iso3 = m->iso3s && m->n_iso3s ? m->iso3s[0] : NULL;
}

/* Whether the map can match member m to a shape: by its iso3 codes (checked when walked), or by
 * an id that is an alpha-2 code of the map; a member marked "map": false needs none. */
static bool shaped(const struct member *m)
{
    return m->unmapped || m->n_iso3s || !m->id || iso2_known(m->id);
}

/* Members the map cannot match are valid for the other charts, so a warning (which `check
 * --strict` and a strict map make an error): each named when they are few, else one line
 * that names the first, so a file made for timelines is not buried in warnings. */
static void warn_shapeless(struct ctx *c, json_t *a)
{
    enum { NAMED = 3 };
    const char *fix = "give \"iso3\" (an alpha-3 code such as \"CHN\"), an id that is an "
                      "alpha-2 code (\"CN\"), or \"map\": false for a member with no shape";
    size_t n = 0, first = 0;
    char q[QUOTE_MAX * 2 + 8];
    for (size_t i = c->doc->n_members; i-- > 0;)
        if (!shaped(&c->doc->members[i]))
            n++, first = i;
    for (size_t i = 0; n && n <= NAMED && i < c->doc->n_members; i++) {
        size_t m = path_element(c, i, json_array_get(a, i));
        quote(q, sizeof q, c->doc->members[i].id ? c->doc->members[i].id : "");
        if (!shaped(&c->doc->members[i]))
            notice(c, "the map has no shape for %s: %s", q, fix);
        path_pop(c, m);
    }
    if (n > NAMED) {
        quote(q, sizeof q, c->doc->members[first].id);
        notice(c, "the map has no shape for %zu members (the first is %s, members[%zu]): %s", n, q,
               first, fix);
    }
}

/* One predecessor id of member i (path at it); -1 when unknown, i itself, or one of the
 * first `before` ones again (it would be named twice in notes and alt text). */
static int successor_ref(struct ctx *c, json_t *v, size_t i, const int *before, size_t n_before)
{
    int r = ref_value(c, v, &c->members, "member");
    if (r >= 0 && (size_t)r == i) {
        report(c, ML_ERROR_VALUE, "a member cannot be its own successor");
        return -1;
    }
    for (size_t k = 0; r >= 0 && k < n_before; k++)
        if (before[k] == r) {
            report(c, ML_ERROR_VALUE, "\"%s\" is listed twice (expected each member once)",
                   c->doc->members[r].id ? c->doc->members[r].id : json_string_value(v));
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
    for (size_t j = 0; m->successor_of && j < m->n_successor_of; j++) {
        size_t em = json_is_array(v) ? path_index(c, j) : c->plen;
        m->successor_of[j] =
            successor_ref(c, json_is_array(v) ? json_array_get(v, j) : v, i, m->successor_of, j);
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
    path_element(c, i, json_array_get(members, i));
    path_key(c, "successor_of");
    if (json_is_array(json_object_get(json_array_get(members, i), "successor_of")))
        path_index(c, j);
    return mark;
}

/* An iso3 code both members are drawn with ("map": false members have none); NULL if none. */
static const char *shared_shape(const struct member *a, const struct member *b)
{
    for (size_t i = 0; !a->unmapped && !b->unmapped && i < a->n_iso3s; i++)
        for (size_t j = 0; j < b->n_iso3s; j++)
            if (strcmp(a->iso3s[i], b->iso3s[j]) == 0)
                return a->iso3s[i];
    return NULL;
}

/* members[i].successor_of[j] names p, which still holds a status when member i starts, and
 * i is no union that goes on past p's end (end: INFINITY while p's status still holds). */
static void succession_error(struct ctx *c, json_t *members, size_t i, size_t j,
                             const struct member *p, double end)
{
    const struct member *s = &c->doc->members[i];
    char q[QUOTE_MAX * 2 + 8], d[32], e[32];
    size_t mark = path_successor(c, members, i, j);
    quote(q, sizeof q, p->id);
    date_format_iso(&s->periods[0].from, d, sizeof d);
    if (isfinite(end))
        date_format_iso(&model_last_period(p)->to, e, sizeof e);
    if (!isfinite(end))
        report(c, ML_ERROR_VALUE,
               "%s still holds a status (its last period has no \"to\"): a predecessor's "
               "status ends when its successor takes over",
               q);
    else if (model_period_at(s, end))
        report(c, ML_ERROR_VALUE,
               "%s still holds a status on %s, when this member's first period starts, and both "
               "are drawn as \"%s\" (a union keeps shapes of its own; a successor by split "
               "starts on or after %s, when %s's last period ends)",
               q, d, shared_shape(p, s), e, q);
    else
        report(c, ML_ERROR_VALUE,
               "%s still holds a status on %s, when this member's first period starts, and this "
               "member holds none on %s, when %s's last period ends (a successor starts on or "
               "after that day, or, in a union, holds a status on it)",
               q, d, e, q);
    path_pop(c, mark);
}

/* A territory is never counted twice: a successor's first period starts when its predecessor's
 * last one has ended (a split; touching is fine), or the successor already held a status, still
 * holds one on the day the predecessor's last period ends, and has shapes of its own (a union:
 * the two Germanys were two members until the day they became one). Periods with bad dates would
 * give false alarms, so a pair is checked only when neither member had an error of its own
 * (clean[i]); an error elsewhere in the file does not hide this one. */
static void check_succession_dates(struct ctx *c, json_t *members, const bool *clean)
{
    const struct ml_doc *doc = c->doc;
    for (size_t i = 0; i < doc->n_members; i++) {
        const struct member *s = &doc->members[i];
        for (size_t j = 0; clean[i] && j < s->n_successor_of && s->n_periods; j++) {
            int k = s->successor_of[j];
            const struct member *p = k >= 0 ? &doc->members[k] : NULL;
            double end = p ? last_end(p) : -INFINITY;
            if (!p || !clean[k] || !p->n_periods || date_start(&s->periods[0].from) >= end ||
                (isfinite(end) && model_period_at(s, end) && !shared_shape(p, s)))
                continue;
            succession_error(c, members, i, j, p, end);
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

static void check_successions(struct ctx *c, json_t *members, const bool *clean)
{
    struct succ_graph g = {0};
    size_t errors = c->sink.n;
    if (graph_build(c, &g)) {
        graph_reduce(&g, c->doc->n_members);
        find_cycles(c, members, &g);
    }
    free(g.left);
    free(g.first);
    free(g.by);
    free(g.queue);
    if (clean && c->sink.n == errors) /* in a cycle every date is wrong: the cycle says it */
        check_succession_dates(c, members, clean);
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
    bool *clean = NULL; /* members[i] walked without an error of its own */
    if (a && (c->doc->members = xcalloc(c, json_array_size(a), sizeof *c->doc->members)))
        c->doc->n_members = json_array_size(a);
    if (c->doc->n_members)
        clean = xcalloc(c, c->doc->n_members, sizeof *clean);
    for (i = 0; i < c->doc->n_members && !stopped(c); i++) {
        size_t m = path_element(c, i, json_array_get(a, i)), before = c->sink.n;
        walk_member(c, json_array_get(a, i), i, &c->doc->members[i]);
        if (clean)
            clean[i] = c->sink.n == before;
        path_pop(c, m);
    }
    if (a && c->sink.n == 0) /* errors first: a bad iso3 is not also a missing one */
        warn_shapeless(c, a);
    path_pop(c, mark);
    if (a && !stopped(c))
        check_successions(c, a, clean);
    free(clean);
}

/* ---------------------------------------------------------------- the top level */

static const char *const top_keys[] = {"memberline", "title",      "subtitle", "source", "as_of",
                                       "languages",  "categories", "statuses", "events", "spans",
                                       "members",    "$schema",    NULL};

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
    if (!whole_number(v)) {
        report_type(c, "the integer 1", v);
    } else if (json_number_value(v) != ML_FORMAT_VERSION) {
        report(c, ML_ERROR_VALUE,
               "unsupported format version %.15g (this memberline reads version %d)",
               json_number_value(v), ML_FORMAT_VERSION);
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
    } else if (!i18n_tag_well_formed(s)) {
        quote(q, sizeof q, s);
        report(
            c, ML_ERROR_VALUE,
            "%s is not a BCP 47 language tag (expected a code such as \"en\", \"pt-BR\" or "
            "\"zh-Hant-TW\": letters and digits in subtags joined by \"-\", at most 64 characters)",
            q);
    } else if (!i18n_valid_tag(s)) {
        quote(q, sizeof q, s);
        report(c, ML_ERROR_VALUE,
               "%s is not a language tag ICU accepts (a repeated variant or extension, or "
               "\"und\"; expected a code such as \"en\" or \"pt-BR\")",
               q);
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
    string_field(c, root, "$schema", false); /* editors add it; only its type is checked */
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

/* ---------------------------------------------------------------- loading */

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

const char *load_jansson_version(void)
{
    return jansson_version_str();
}
