/* Alt-text sentences about the model's suspensions, names and successors (see altnote.h). Each
 * is a sentence of the language's tables around a list of items, themselves sentences of the
 * tables, so no English is built here. */
#include "altnote.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"

static const char *name_on(const struct chart_opts *o, const struct member *m, double day)
{
    return chart_text(o, model_name_at(m, day));
}

/* Append item to the list, after sep when the list is not empty. */
static void list_add(struct strbuf *list, const char *sep, const struct strbuf *item)
{
    strbuf_add(list, "%s%s", list->len ? sep : "", item->s ? item->s : "");
    list->nomem = list->nomem || item->nomem;
}

/* The sentence s around the list, appended to b; nothing when the list is empty. */
static void sentence_of(struct strbuf *b, const char *lang, enum sentence s, struct strbuf *list)
{
    if (list->len)
        i18n_sentence_add(b, lang, s, list->s, NULL, NULL, 0);
    b->nomem = b->nomem || list->nomem;
    strbuf_finish(list);
}

void altnote_suspended(struct strbuf *b, const struct ml_doc *doc, const struct chart_opts *o,
                       double day)
{
    const char *lang = o->lang_code;
    struct strbuf list = {0};
    for (size_t k = 0; k < doc->n_members; k++) {
        const struct suspension *s = model_suspension_at(&doc->members[k], day);
        char since[96];
        if (!s)
            continue;
        i18n_date(lang, &s->from, since, sizeof since);
        struct strbuf item = {0};
        i18n_sentence_add(&item, lang, S_SUSPENDED_ITEM, name_on(o, &doc->members[k], day), since,
                          NULL, 0);
        list_add(&list, i18n_list_sep(lang), &item);
        strbuf_finish(&item);
    }
    sentence_of(b, lang, S_SUSPENDED, &list);
}

/* Is run i's text the name on the day, or that of an earlier run? A member renamed and renamed
 * back (Egypt, United Arab Republic, Egypt) lists each former name once, never the name it has
 * on the day. */
static bool said_before(const struct name_run *r, size_t i, const struct chart_opts *o,
                        const struct mtext *now)
{
    const char *t = chart_text(o, r[i].name);
    if (strcmp(t, chart_text(o, now)) == 0)
        return true;
    for (size_t k = 0; k < i; k++)
        if (strcmp(t, chart_text(o, r[k].name)) == 0)
            return true;
    return false;
}

/* "Belmaria was earlier named Belmark, Isla" into item; false when m had no other name. The
 * names are those m had while it held a status up to the day, as the membership chart's bars
 * show them: a names list with gaps falls back to "name" there, and that counts too. */
static bool former_names(struct strbuf *item, const struct member *m, const struct chart_opts *o,
                         double day)
{
    const struct mtext *now = model_name_at(m, day);
    struct name_run *runs = NULL;
    size_t n = 0;
    if (!m->n_periods || (!m->n_names))
        return false;
    if (!model_name_runs(m, date_start(&m->periods[0].from), day + 1, &runs, &n)) {
        item->nomem = true;
        return false;
    }
    struct strbuf names = {0};
    for (size_t i = 0; i < n; i++)
        if (!said_before(runs, i, o, now))
            strbuf_add(&names, "%s%s", names.len ? i18n_list_sep(o->lang_code) : "",
                       chart_text(o, runs[i].name));
    free(runs);
    bool any = names.len > 0;
    if (any)
        i18n_sentence_add(item, o->lang_code, S_NAMES_ITEM, chart_text(o, now), names.s, NULL, 0);
    item->nomem = item->nomem || names.nomem;
    strbuf_finish(&names);
    return any;
}

void altnote_names(struct strbuf *b, const struct ml_doc *doc, const struct chart_opts *o,
                   double day)
{
    struct strbuf list = {0};
    for (size_t k = 0; k < doc->n_members; k++) {
        struct strbuf item = {0};
        if (former_names(&item, &doc->members[k], o, day))
            list_add(&list, i18n_list_semi(o->lang_code), &item);
        strbuf_finish(&item);
    }
    sentence_of(b, o->lang_code, S_NAMES, &list);
}

void altnote_successors(struct strbuf *b, const struct ml_doc *doc, const struct chart_opts *o,
                        double day)
{
    const char *lang = o->lang_code;
    struct strbuf list = {0};
    for (size_t k = 0; k < doc->n_members; k++) {
        const struct member *m = &doc->members[k];
        const struct date *took = model_succession_date(doc, m); /* a split's or a union's day */
        if (!took || date_start(took) > day)
            continue;
        char when[96];
        i18n_date(lang, took, when, sizeof when);
        struct strbuf preds = {0}, item = {0};
        for (size_t i = 0; i < m->n_successor_of; i++) {
            const struct member *p = &doc->members[m->successor_of[i]];
            strbuf_add(&preds, "%s%s", i ? i18n_list_sep(lang) : "",
                       name_on(o, p, date_start(took) - 1));
        }
        i18n_sentence_add(&item, lang, S_SUCCESSOR_ITEM, name_on(o, m, day), preds.s, when, 0);
        item.nomem = item.nomem || preds.nomem;
        list_add(&list, i18n_list_semi(lang), &item);
        strbuf_finish(&preds);
        strbuf_finish(&item);
    }
    sentence_of(b, lang, S_SUCCESSORS, &list);
}
