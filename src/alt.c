/* Shared alt-text sentences: the title, the counts by status, the starts of a status. */
#include "alt.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "altnote.h"
#include "i18n.h"
#include "vec.h"

void alt_dated(struct strbuf *list, const char *lang, const char *text, const char *date)
{
    /* A fragment, formatted on its own so that no space between sentences comes first. */
    struct strbuf item = {0};
    i18n_sentence_add(&item, lang, S_DATED, text, date, NULL, 0);
    strbuf_add(list, "%s%s", list->len ? i18n_list_semi(lang) : "", item.s ? item.s : "");
    list->nomem = list->nomem || item.nomem;
    strbuf_finish(&item);
}

void alt_title(struct strbuf *b, const struct chart_opts *o)
{
    if (o->title && *o->title)
        i18n_sentence_add(b, o->lang_code, S_TITLE, o->title, NULL, NULL, 0);
}

void alt_status_counts(struct strbuf *b, const struct chart_opts *o, const struct ml_doc *doc,
                       const int *by_rank, const int *count, int former)
{
    struct strbuf list = {0};
    char date[128];
    i18n_date(o->lang_code, &o->as_of, date, sizeof date);
    for (size_t i = 0; i < doc->n_statuses; i++) {
        int s = by_rank[i];
        if (count[s] <= 0)
            continue;
        if (list.len)
            strbuf_add(&list, "%s", i18n_list_sep(o->lang_code));
        i18n_count_label_add(&list, o->lang_code, chart_text(o, &doc->statuses[s].label), count[s]);
    }
    if (former > 0) /* the membership chart's group of rows with no status on the date */
        strbuf_add(&list, "%s", list.len ? i18n_list_sep(o->lang_code) : "");
    if (former > 0)
        i18n_count_label_add(&list, o->lang_code, i18n_word(o->lang_code, W_FORMER_MEMBERS),
                             former);
    if (list.len)
        i18n_sentence_add(b, o->lang_code, S_ON_DATE, date, list.s, NULL, 0);
    else
        i18n_sentence_add(b, o->lang_code, S_ON_DATE_NONE, date, NULL, NULL, 0);
    b->nomem = b->nomem || list.nomem;
    strbuf_finish(&list);
}

/* The start as the data gives it ("2005-07" stays a month), not as a day. */
static struct date start_date(const struct ml_doc *doc, int status, const struct model_start *st)
{
    const struct member *m = &doc->members[st->member];
    struct date d;
    for (size_t i = 0; i < m->n_periods; i++)
        if (m->periods[i].status == status && date_start(&m->periods[i].from) == st->day)
            return m->periods[i].from;
    date_from_days(st->day, &d);
    return d;
}

static bool same_date(const struct date *a, const struct date *b)
{
    return a->year == b->year && a->month == b->month && a->day == b->day && a->approx == b->approx;
}

/* "China, Russia (15 Jun 2001)": the members of st[from, to), all starting that day, whose
 * start reads as d in the data: "1990~", "1990" and "1990-01-01" share a first day but not a
 * date, and each member keeps its own precision. */
static void date_group(struct strbuf *list, const struct chart_opts *o, const struct ml_doc *doc,
                       int status, const struct model_start *st, size_t from, size_t to,
                       const struct date *d)
{
    struct strbuf names = {0};
    char date[128];
    for (size_t i = from; i < to; i++) { /* the name on the day it joined, as the flags give it */
        struct date di = start_date(doc, status, &st[i]);
        if (same_date(&di, d))
            strbuf_add(&names, "%s%s", names.len ? i18n_list_sep(o->lang_code) : "",
                       chart_text(o, model_name_at(&doc->members[st[i].member], st[i].day)));
    }
    i18n_date(o->lang_code, d, date, sizeof date);
    alt_dated(list, o->lang_code, names.s ? names.s : "", date);
    list->nomem = list->nomem || names.nomem;
    strbuf_finish(&names);
}

/* The members of st[from, to) (one first day) by the date each start reads as, in data order. */
static void day_group(struct strbuf *list, const struct chart_opts *o, const struct ml_doc *doc,
                      int status, const struct model_start *st, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++) {
        struct date d = start_date(doc, status, &st[i]);
        bool seen = false;
        for (size_t k = from; k < i && !seen; k++) {
            struct date dk = start_date(doc, status, &st[k]);
            seen = same_date(&dk, &d);
        }
        if (!seen)
            date_group(list, o, doc, status, st, i, to, &d);
    }
}

void alt_starts(struct strbuf *b, const struct chart_opts *o, const struct ml_doc *doc, int status,
                double cut)
{
    if (status < 0)
        return;
    size_t n = 0;
    struct model_start *st = model_starts(doc, status, cut, &n);
    if (!st) {
        b->nomem = true;
        return;
    }
    struct strbuf list = {0};
    for (size_t i = 0, j; i < n; i = j) {
        for (j = i + 1; j < n && st[j].day == st[i].day;)
            j++;
        day_group(&list, o, doc, status, st, i, j);
    }
    free(st);
    if (list.len)
        i18n_sentence_add(b, o->lang_code, S_STARTS, chart_text(o, &doc->statuses[status].label),
                          list.s, NULL, 0);
    b->nomem = b->nomem || list.nomem;
    strbuf_finish(&list);
}

/* A dated fact about a member: a departure, an earlier suspension, a join after the chart. */
struct fact {
    double day;
    size_t member;
    const struct date *from, *to; /* to: NULL for a single date */
};

struct facts {
    struct fact *v;
    size_t n, cap;
    bool nomem;
};

static int cmp_fact(const void *pa, const void *pb)
{
    const struct fact *a = pa, *b = pb;
    if (a->day != b->day)
        return a->day < b->day ? -1 : 1;
    return (a->member > b->member) - (a->member < b->member);
}

static void add_fact(struct facts *f, struct fact x)
{
    if (vec_grow((void **)&f->v, &f->cap, f->n + 1, sizeof *f->v))
        f->v[f->n++] = x;
    else
        f->nomem = true;
}

/* Every end of a period of member k up to cut after which it holds no status. */
static void departures(struct facts *f, const struct member *m, size_t k, double cut)
{
    for (size_t i = 0; i < m->n_periods; i++) {
        const struct period *p = &m->periods[i];
        double end = p->open ? INFINITY : date_start(&p->to);
        if (end <= cut && !model_period_at(m, end))
            add_fact(f, (struct fact){end - 1, k, &p->to, NULL});
    }
}

/* Every suspension of member k over by cut (the current ones: altnote_suspended). */
static void past_suspensions(struct facts *f, const struct member *m, size_t k, double cut)
{
    for (size_t i = 0; i < m->n_periods; i++)
        for (size_t j = 0; j < m->periods[i].n_suspended; j++) {
            const struct period *p = &m->periods[i];
            const struct suspension *s = &p->suspended[j];
            if (date_start(&s->from) <= cut && model_suspension_end(p, s) <= cut)
                add_fact(
                    f, (struct fact){date_start(&s->from), k, &s->from, s->open ? &p->to : &s->to});
        }
}

/* Member k's first period, when it starts after cut. */
static void joins_later(struct facts *f, const struct member *m, size_t k, double cut)
{
    if (m->n_periods && date_start(&m->periods[0].from) > cut)
        add_fact(f, (struct fact){date_start(&m->periods[0].from), k, &m->periods[0].from, NULL});
}

/* The sentence s over the facts that pick finds, sorted by day, each "Name (date)" with the
 * member's name on that day and the date as precise as the data gives it; nothing when there
 * are none. Returns how many. */
static size_t fact_sentence(struct strbuf *b, const struct chart_opts *o, const struct ml_doc *doc,
                            double cut, enum sentence s,
                            void (*pick)(struct facts *, const struct member *, size_t, double))
{
    struct facts f = {0};
    struct strbuf list = {0};
    for (size_t k = 0; k < doc->n_members; k++)
        pick(&f, &doc->members[k], k, cut);
    if (f.n)
        qsort(f.v, f.n, sizeof *f.v, cmp_fact);
    for (size_t i = 0; i < f.n; i++) {
        char when[256];
        if (f.v[i].to)
            i18n_date_range(o->lang_code, f.v[i].from, f.v[i].to, when, sizeof when);
        else
            i18n_date(o->lang_code, f.v[i].from, when, sizeof when);
        const struct member *m = &doc->members[f.v[i].member];
        alt_dated(&list, o->lang_code, chart_text(o, model_name_at(m, f.v[i].day)), when);
    }
    if (f.n)
        i18n_sentence_add(b, o->lang_code, s, list.s ? list.s : "", NULL, NULL, (long)f.n);
    b->nomem = b->nomem || list.nomem || f.nomem;
    strbuf_finish(&list);
    free(f.v);
    return f.n;
}

void alt_departures(struct strbuf *b, const struct chart_opts *o, const struct ml_doc *doc,
                    double cut)
{
    fact_sentence(b, o, doc, cut, S_LEFT, departures);
}

void alt_past_suspensions(struct strbuf *b, const struct chart_opts *o, const struct ml_doc *doc,
                          double cut)
{
    fact_sentence(b, o, doc, cut, S_SUSPENDED_BEFORE, past_suspensions);
}

size_t alt_joins_later(struct strbuf *b, const struct chart_opts *o, const struct ml_doc *doc,
                       double cut)
{
    return fact_sentence(b, o, doc, cut, S_JOINS_LATER, joins_later);
}

void alt_history(struct strbuf *b, const struct chart_opts *o, const struct ml_doc *doc,
                 const int *by_rank, double cut)
{
    for (size_t i = 0; i < doc->n_statuses; i++)
        alt_starts(b, o, doc, by_rank[i], cut);
    alt_departures(b, o, doc, cut);
    altnote_suspended(b, doc, o, cut);
    alt_past_suspensions(b, o, doc, cut);
    altnote_names(b, doc, o, cut);
    altnote_successors(b, doc, o, cut);
    alt_joins_later(b, o, doc, cut);
}
