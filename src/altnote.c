/* Alt-text sentences about the model's suspensions, names and successors (see altnote.h). */
#include "altnote.h"

#include <math.h>

#include "i18n.h"

static const char *name_on(const struct chart_opts *o, const struct member *m, double day)
{
    return chart_text(o, model_name_at(m, day));
}

void altnote_suspended(struct strbuf *b, const struct ml_doc *doc, const struct chart_opts *o,
                       double day)
{
    size_t n = 0;
    for (size_t k = 0; k < doc->n_members; k++) {
        const struct suspension *s = model_suspension_at(&doc->members[k], day);
        char since[96];
        if (!s)
            continue;
        i18n_date(o->lang_code, &s->from, since, sizeof since);
        strbuf_add(b, "%s%s (since %s)", n ? ", " : " Suspended from their status on that date: ",
                   name_on(o, &doc->members[k], day), since);
        n++;
    }
    strbuf_add(b, "%s", n ? "." : "");
}

void altnote_names(struct strbuf *b, const struct ml_doc *doc, const struct chart_opts *o,
                   double day)
{
    size_t n = 0;
    for (size_t k = 0; k < doc->n_members; k++) {
        const struct member *m = &doc->members[k];
        const struct mtext *now = model_name_at(m, day);
        size_t former = 0;
        for (size_t i = 0; i < m->n_names; i++) {
            const struct member_name *nm = &m->names[i];
            if (&nm->name == now || (nm->has_from && date_start(&nm->from) > day))
                continue; /* the name on the day, or one given only later */
            if (!former)
                strbuf_add(b, "%s%s was earlier named ",
                           n ? "; " : " Members are named as on the chart's date; ",
                           chart_text(o, now));
            strbuf_add(b, "%s%s", former ? ", " : "", chart_text(o, &nm->name));
            former++;
        }
        n += former > 0;
    }
    strbuf_add(b, "%s", n ? "." : "");
}

void altnote_successors(struct strbuf *b, const struct ml_doc *doc, const struct chart_opts *o,
                        double day)
{
    size_t n = 0;
    for (size_t k = 0; k < doc->n_members; k++) {
        const struct member *m = &doc->members[k];
        if (!m->n_successor_of || !m->n_periods || date_start(&m->periods[0].from) > day)
            continue;
        char when[96];
        i18n_date(o->lang_code, &m->periods[0].from, when, sizeof when);
        strbuf_add(b, "%s%s succeeded ",
                   n ? "; " : " Successor states, never counted twice: ", name_on(o, m, day));
        for (size_t i = 0; i < m->n_successor_of; i++) {
            const struct member *p = &doc->members[m->successor_of[i]];
            const char *sep = i == 0 ? "" : i + 1 == m->n_successor_of ? " and " : ", ";
            strbuf_add(b, "%s%s", sep, name_on(o, p, date_start(&m->periods[0].from) - 1));
        }
        strbuf_add(b, " (%s)", when);
        n++;
    }
    strbuf_add(b, "%s", n ? "." : "");
}
