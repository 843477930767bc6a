/* Model queries and ownership. */
#include "model.h"

#include <stdlib.h>
#include <string.h>

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
            mtext_free(&m[i].periods[j].note);
            free_strings(m[i].periods[j].sources, m[i].periods[j].n_sources);
        }
        free(m[i].periods);
        free(m[i].id);
        free(m[i].iso3);
        mtext_free(&m[i].name);
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
