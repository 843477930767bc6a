/* Model queries and ownership. */
#include "model.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "vec.h"

const char *mtext_get(const struct mtext *t, int lang, bool *fell_back)
{
    if (fell_back)
        *fell_back = false;
    if (t->every && t->v[0])
        return t->v[0];
    if (lang >= 0 && lang < ML_MAX_LANGS && t->v[lang])
        return t->v[lang];
    for (int i = 0; i < ML_MAX_LANGS; i++) {
        if (t->v[i]) {
            if (fell_back)
                *fell_back = true;
            return t->v[i];
        }
    }
    return "";
}

void mtext_free(struct mtext *t)
{
    for (int i = 0; i < ML_MAX_LANGS; i++) {
        free(t->v[i]);
        t->v[i] = NULL;
    }
}

int model_lang_index(const struct ml_doc *doc, const char *code)
{
    for (int i = 0; i < doc->n_langs; i++)
        if (strcmp(doc->langs[i], code) == 0)
            return i;
    return -1;
}

int model_find_status(const struct ml_doc *doc, const char *id)
{
    for (size_t i = 0; i < doc->n_statuses; i++)
        if (strcmp(doc->statuses[i].id, id) == 0)
            return (int)i;
    return -1;
}

int model_find_category(const struct ml_doc *doc, const char *id)
{
    for (size_t i = 0; i < doc->n_categories; i++)
        if (strcmp(doc->categories[i].id, id) == 0)
            return (int)i;
    return -1;
}

int model_find_member(const struct ml_doc *doc, const char *id)
{
    for (size_t i = 0; i < doc->n_members; i++)
        if (strcmp(doc->members[i].id, id) == 0)
            return (int)i;
    return -1;
}

int model_find_event(const struct ml_doc *doc, const char *id)
{
    for (size_t i = 0; i < doc->n_events; i++)
        if (strcmp(doc->events[i].id, id) == 0)
            return (int)i;
    return -1;
}

const struct period *model_period_at(const struct member *m, double day)
{
    for (size_t i = 0; i < m->n_periods; i++) {
        const struct period *p = &m->periods[i];
        if (day < date_start(&p->from))
            continue;
        if (p->open || day < date_start(&p->to))
            return p;
    }
    return NULL;
}

int model_count_status(const struct ml_doc *doc, int status, double day)
{
    int n = 0;
    for (size_t i = 0; i < doc->n_members; i++) {
        const struct period *p = model_period_at(&doc->members[i], day);
        if (p && p->status == status)
            n++;
    }
    return n;
}

int model_count_suspended(const struct ml_doc *doc, int status, double day)
{
    int n = 0;
    for (size_t i = 0; i < doc->n_members; i++) {
        const struct period *p = model_period_at(&doc->members[i], day);
        if (p && p->status == status && model_suspension_at(&doc->members[i], day))
            n++;
    }
    return n;
}

double model_suspension_end(const struct period *p, const struct suspension *s)
{
    if (!s->open)
        return date_start(&s->to);
    return p->open ? INFINITY : date_start(&p->to);
}

const struct suspension *model_suspension_at(const struct member *m, double day)
{
    const struct period *p = model_period_at(m, day);
    if (!p)
        return NULL;
    for (size_t i = 0; i < p->n_suspended; i++) {
        const struct suspension *s = &p->suspended[i];
        if (day >= date_start(&s->from) && day < model_suspension_end(p, s))
            return s;
    }
    return NULL;
}

bool model_suspended_at(const struct member *m, double day)
{
    return model_suspension_at(m, day) != NULL;
}

/* [from, to) of names entry i: an entry without "to" lasts until the next one's from. */
static void name_range(const struct member *m, size_t i, double *from, double *to)
{
    const struct member_name *nm = &m->names[i];
    *from = nm->has_from ? date_start(&nm->from) : -INFINITY;
    if (nm->has_to)
        *to = date_start(&nm->to);
    else if (i + 1 < m->n_names)
        *to = date_start(&m->names[i + 1].from);
    else
        *to = INFINITY;
}

const struct mtext *model_name_at(const struct member *m, double day)
{
    for (size_t i = 0; i < m->n_names; i++) {
        double from, to;
        name_range(m, i, &from, &to);
        if (day >= from && day < to)
            return &m->names[i].name;
    }
    return &m->name;
}

static bool run_add(struct name_run **out, size_t *n, size_t *cap, const struct mtext *name,
                    double from, double to)
{
    if (from >= to)
        return true;
    if (*n > 0 && (*out)[*n - 1].name == name && (*out)[*n - 1].to == from) {
        (*out)[*n - 1].to = to;
        return true;
    }
    if (!vec_grow((void **)out, cap, *n + 1, sizeof **out))
        return false;
    (*out)[(*n)++] = (struct name_run){name, from, to};
    return true;
}

bool model_name_runs(const struct member *m, double from, double to, struct name_run **out,
                     size_t *n)
{
    size_t cap = 0;
    double at = from; /* everything before at is covered */
    *out = NULL;
    *n = 0;
    for (size_t i = 0; i < m->n_names && at < to; i++) {
        double a, b;
        name_range(m, i, &a, &b);
        a = fmax(a, at);
        b = fmin(b, to);
        if (a >= b)
            continue;
        if (!run_add(out, n, &cap, &m->name, at, a) ||
            !run_add(out, n, &cap, &m->names[i].name, a, b))
            goto nomem;
        at = b;
    }
    if (run_add(out, n, &cap, &m->name, at, to))
        return true;
nomem:
    free(*out);
    *out = NULL;
    *n = 0;
    return false;
}

const struct period *model_last_period(const struct member *m)
{
    const struct period *last = NULL;
    for (size_t i = 0; i < m->n_periods; i++) {
        if (m->periods[i].open)
            return NULL;
        if (!last || date_start(&m->periods[i].to) > date_start(&last->to))
            last = &m->periods[i];
    }
    return last;
}

const struct date *model_succession_date(const struct ml_doc *doc, const struct member *m)
{
    if (!m->n_successor_of || !m->n_periods)
        return NULL;
    const struct date *when = &m->periods[0].from;
    for (size_t i = 0; i < m->n_successor_of; i++) {
        const struct period *last =
            m->successor_of[i] >= 0 ? model_last_period(&doc->members[m->successor_of[i]]) : NULL;
        if (last && date_start(&last->to) > date_start(when))
            when = &last->to;
    }
    return when;
}

/* Depth-first up the predecessors, each member visited once (successions may form a diamond:
 * two states merge, the union splits again), with the stack on the heap: a chain of
 * successions may be as long as the member list. */
bool model_succeeds(const struct ml_doc *doc, int a, int b)
{
    int *stack = NULL;
    size_t n = 0, cap = 0;
    bool found = false, *seen = calloc(doc->n_members, sizeof *seen);
    if (!seen || !vec_grow((void **)&stack, &cap, 1, sizeof *stack))
        goto done;
    stack[n++] = a;
    while (n > 0 && !found) {
        const struct member *m = &doc->members[stack[--n]];
        for (size_t i = 0; i < m->n_successor_of && !found; i++) {
            int p = m->successor_of[i];
            found = p == b;
            if (seen[p] || !vec_grow((void **)&stack, &cap, n + 1, sizeof *stack))
                continue;
            seen[p] = true;
            stack[n++] = p;
        }
    }
done:
    free(stack);
    free(seen);
    return found;
}

bool model_successors(const struct ml_doc *doc, int m, int **out, size_t *n)
{
    size_t cap = 0;
    *out = NULL;
    *n = 0;
    for (size_t i = 0; i < doc->n_members; i++) {
        const struct member *s = &doc->members[i];
        for (size_t j = 0; j < s->n_successor_of; j++) {
            if (s->successor_of[j] != m)
                continue;
            if (!vec_grow((void **)out, &cap, *n + 1, sizeof **out)) {
                free(*out);
                *out = NULL;
                *n = 0;
                return false;
            }
            (*out)[(*n)++] = (int)i;
            break;
        }
    }
    return true;
}

size_t model_tone_index(const struct ml_doc *doc, int status)
{
    const struct status *s = &doc->statuses[status];
    size_t k = 0;
    if (s->tone == TONE_NONE)
        return 0;
    for (int i = 0; i < (int)doc->n_statuses; i++) {
        const struct status *o = &doc->statuses[i];
        if (o->tone == s->tone && (o->rank < s->rank || (o->rank == s->rank && i < status)))
            k++;
    }
    return k;
}

static int cmp_start(const void *a, const void *b)
{
    const struct model_start *x = a, *y = b;
    if (x->day != y->day)
        return x->day < y->day ? -1 : 1;
    return (x->member > y->member) - (x->member < y->member);
}

struct model_start *model_starts(const struct ml_doc *doc, int status, double cut, size_t *n_out)
{
    size_t cap = 1, n = 0;
    for (size_t k = 0; k < doc->n_members; k++)
        cap += doc->members[k].n_periods;
    struct model_start *st = malloc(cap * sizeof *st);
    if (!st)
        return NULL;
    for (size_t k = 0; k < doc->n_members; k++)
        for (size_t i = 0; i < doc->members[k].n_periods; i++) {
            const struct period *p = &doc->members[k].periods[i];
            double d = date_start(&p->from);
            if (p->status == status && d <= cut)
                st[n++] = (struct model_start){d, k};
        }
    qsort(st, n, sizeof *st, cmp_start);
    *n_out = n;
    return st;
}

static void free_strings(char **v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(v[i]);
    free(v);
}

static void free_members(struct member *m, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        for (size_t j = 0; j < m[i].n_periods; j++) {
            struct period *p = &m[i].periods[j];
            mtext_free(&p->note);
            free_strings(p->sources, p->n_sources);
            for (size_t k = 0; k < p->n_suspended; k++) {
                mtext_free(&p->suspended[k].note);
                free_strings(p->suspended[k].sources, p->suspended[k].n_sources);
            }
            free(p->suspended);
        }
        free(m[i].periods);
        free(m[i].id);
        free_strings(m[i].iso3s, m[i].n_iso3s);
        mtext_free(&m[i].name);
        for (size_t j = 0; j < m[i].n_names; j++)
            mtext_free(&m[i].names[j].name);
        free(m[i].names);
        free(m[i].successor_of);
    }
    free(m);
}

static void free_events(struct event *e, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(e[i].id);
        mtext_free(&e[i].title);
        mtext_free(&e[i].short_title);
        mtext_free(&e[i].description);
        free(e[i].participants);
        free_strings(e[i].sources, e[i].n_sources);
    }
    free(e);
}

void model_free(struct ml_doc *doc)
{
    if (!doc)
        return;
    free(doc->source_name);
    mtext_free(&doc->title);
    mtext_free(&doc->subtitle);
    mtext_free(&doc->source);
    for (int i = 0; i < doc->n_langs; i++)
        free(doc->langs[i]);
    for (size_t i = 0; i < doc->n_categories; i++) {
        free(doc->categories[i].id);
        mtext_free(&doc->categories[i].label);
    }
    free(doc->categories);
    for (size_t i = 0; i < doc->n_statuses; i++) {
        free(doc->statuses[i].id);
        mtext_free(&doc->statuses[i].label);
    }
    free(doc->statuses);
    free_events(doc->events, doc->n_events);
    for (size_t i = 0; i < doc->n_spans; i++) {
        free(doc->spans[i].id);
        mtext_free(&doc->spans[i].title);
    }
    free(doc->spans);
    free_members(doc->members, doc->n_members);
    free(doc);
}

void ml_doc_destroy(struct ml_doc *doc)
{
    model_free(doc);
}
