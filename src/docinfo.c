/* What a loaded document holds, for people and for scripts: its summary line and counts. */
#include <stdio.h>
#include <stdlib.h>

#include "date.h"
#include "error.h"
#include "model.h"
#include "suggest.h"

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
    const char *source = doc ? doc->source_name : "";
    struct date d;
    const char *why = NULL;
    char q[QUOTE_SIZE];
    int s;
    error_at(err, ML_OK, source, -1, -1, NULL, "%s", "");
    if (!doc || !status_id || !date) {
        error_at(err, ML_ERROR_USAGE, source, -1, -1, NULL, "count_status: missing argument");
        return -1;
    }
    if ((s = model_find_status(doc, status_id)) < 0) {
        const char **ids = malloc((doc->n_statuses + 1) * sizeof *ids);
        char hint[QUOTE_SIZE + 24] = ""; /* no suggestion when out of memory */
        for (size_t i = 0; ids && i < doc->n_statuses; i++)
            ids[i] = doc->statuses[i].id;
        quote(q, sizeof q, status_id);
        if (ids)
            suggest(hint, sizeof hint, status_id, ids, doc->n_statuses);
        free(ids);
        error_at(err, ML_ERROR_USAGE, source, -1, -1, NULL, "unknown status %s%s", q, hint);
        return -1;
    }
    if (!date_parse(date, &d, &why)) {
        quote(q, sizeof q, date);
        error_at(err, ML_ERROR_USAGE, source, -1, -1, NULL, "%s is not a date (%s)", q,
                 why ? why : DATE_FORM);
        return -1;
    }
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
