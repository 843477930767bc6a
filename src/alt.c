/* Shared alt-text sentences: the title, the counts by status, the starts of a status. */
#include "alt.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"

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
                       const int *by_rank, const int *count)
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

/* "China, Russia (15 Jun 2001)": the members of st[from, to), all starting that day. */
static void day_group(struct strbuf *list, const struct chart_opts *o, const struct ml_doc *doc,
                      int status, const struct model_start *st, size_t from, size_t to)
{
    struct strbuf names = {0};
    char date[128];
    for (size_t i = from; i < to; i++)
        strbuf_add(&names, "%s%s", i > from ? i18n_list_sep(o->lang_code) : "",
                   chart_text(o, &doc->members[st[i].member].name));
    struct date d = start_date(doc, status, &st[from]);
    i18n_date(o->lang_code, &d, date, sizeof date);
    alt_dated(list, o->lang_code, names.s ? names.s : "", date);
    list->nomem = list->nomem || names.nomem;
    strbuf_finish(&names);
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
