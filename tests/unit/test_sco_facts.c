/* The bundled SCO data says what the sourced facts say (shared/reference/sco-facts.md, as
 * corrected by shared/reference/sco-source-fixes.md). */
#include <stdio.h>
#include <string.h>

#include "model.h"
#include "test.h"

static void count_is(const struct ml_doc *doc, const char *status, const char *date, int want)
{
    struct ml_error err;
    int got = ml_doc_count_status(doc, status, date, &err);
    CHECK(got == want, "%s on %s: %d, expected %d", status, date, got, want);
}

static const char *status_on(const struct ml_doc *doc, const char *member, const char *when)
{
    struct date d;
    int m = model_find_member(doc, member);
    if (m < 0 || !date_parse(when, &d, NULL))
        return "?";
    const struct period *p = model_period_at(&doc->members[m], date_start(&d));
    return p ? doc->statuses[p->status].id : "none";
}

static void every_event_sourced(const struct ml_doc *doc)
{
    for (size_t i = 0; i < doc->n_events; i++)
        CHECK(doc->events[i].n_sources > 0, "event %s has no source", doc->events[i].id);
    for (size_t i = 0; i < doc->n_members; i++)
        for (size_t k = 0; k < doc->members[i].n_periods; k++)
            CHECK(doc->members[i].periods[k].n_sources > 0, "%s period %zu has no source",
                  doc->members[i].id, k);
}

static const struct event *event(const struct ml_doc *doc, const char *id)
{
    int i = model_find_event(doc, id);
    CHECK(i >= 0, "event %s is missing", id);
    return i >= 0 ? &doc->events[i] : NULL;
}

static bool is_day(const struct date *d, int y, int m, int day)
{
    return d->year == y && d->month == m && d->day == day && !d->approx;
}

/* The corrections of the 2026-11-30 source audit (shared/reference/sco-source-fixes.md). */
static void audit_corrections(const struct ml_doc *doc)
{
    int ru = model_lang_index(doc, "ru"), en = model_lang_index(doc, "en");
    const struct event *e = event(doc, "digital-transformation-statement-2023");
    /* Dated to the summit of 4 July, not to a report's 5 July or to the month. */
    CHECK(e && is_day(&e->date, 2023, 7, 4), "digital-transformation statement not 2023-07-04");
    e = event(doc, "ufa-summit-2015");
    CHECK(e && strstr(mtext_get(&e->title, ru, NULL),
                      "новый наблюдатель и новые партнёры по диалогу") != NULL,
          "Ufa title (ru) agreement: %s", e ? mtext_get(&e->title, ru, NULL) : "");
    e = event(doc, "afghanistan-observer-turkey-dp-2012");
    /* Neither joined as a member. */
    CHECK(e &&
              strcmp(mtext_get(&e->short_title, en, NULL), "Afghan observer, Türkiye partner") == 0,
          "2012 short title: %s", e ? mtext_get(&e->short_title, en, NULL) : "");
    e = event(doc, "moscow-summit-2020-iis-statement");
    CHECK(e && is_day(&e->date, 2020, 11, 10), "Moscow summit not 2020-11-10");
    int s = model_find_status(doc, "applicant");
    CHECK(s >= 0 && strcmp(mtext_get(&doc->statuses[s].label, ru, NULL), "Заявитель") == 0,
          "applicant label (ru)");
    bool span = false;
    for (size_t i = 0; i < doc->n_spans; i++)
        if (strcmp(doc->spans[i].id, "un-ad-hoc-committee") == 0)
            span =
                is_day(&doc->spans[i].from, 2021, 5, 10) && is_day(&doc->spans[i].to, 2024, 8, 9);
    CHECK(span, "the Ad Hoc Committee span is not 2021-05-10 to 2024-08-09 (UNODC)");
}

static void required_events(const struct ml_doc *doc)
{
    static const char *ids[] = {"sco-founded",
                                "yekaterinburg-iis-agreement",
                                "code-of-conduct-2011",
                                "code-of-conduct-2015",
                                "india-pakistan-accession",
                                "xiamen-2017-drill",
                                "suzhou-cloud-security-conference",
                                "unga-res-74-247",
                                "iran-memorandum",
                                "iran-full-member",
                                "belarus-full-member",
                                "un-cybercrime-convention-adopted",
                                "tianjin-summit-2025"};
    for (size_t i = 0; i < sizeof ids / sizeof *ids; i++)
        CHECK(model_find_event(doc, ids[i]) >= 0, "event %s is missing", ids[i]);
    /* The bilateral Russian treaties are not SCO acts. */
    CHECK(model_find_event(doc, "bilateral-russia-china-iis") < 0, "a bilateral treaty is in");
}

int main(void)
{
    struct ml_error err;
    struct ml_doc *doc = ml_doc_load_file("data/sco.json", &err);
    CHECK(doc != NULL, "data/sco.json does not load: %s", err.text);
    if (!doc)
        return test_done();
    count_is(doc, "member", "2001-06-15", 6);
    count_is(doc, "member", "2017-06-09", 8);
    count_is(doc, "member", "2023-07-04", 9);
    count_is(doc, "member", "2024-07-04", 10);
    count_is(doc, "member", "2025-10-01", 10);
    count_is(doc, "shanghai-five", "2000-01-01", 5);
    count_is(doc, "partner", "2025-09-01", 17);
    count_is(doc, "observer", "2025-09-01", 0);
    count_is(doc, "dialogue-partner", "2025-09-01", 0);
    CHECK(strcmp(status_on(doc, "IN", "2010"), "observer") == 0, "India in 2010: %s",
          status_on(doc, "IN", "2010"));
    CHECK(strcmp(status_on(doc, "IN", "2017-06-09"), "member") == 0, "India from 2017-06-09");
    CHECK(strcmp(status_on(doc, "IR", "2023-07-04"), "member") == 0, "Iran from 2023-07-04");
    CHECK(strcmp(status_on(doc, "IR", "2022-09-15"), "observer") == 0, "Iran in 2022");
    CHECK(strcmp(status_on(doc, "BY", "2024-07-04"), "member") == 0, "Belarus from 2024-07-04");
    CHECK(strcmp(status_on(doc, "UZ", "2000"), "none") == 0, "Uzbekistan was no Shanghai Five");
    CHECK(doc->n_members >= 29, "%zu members", doc->n_members);
    CHECK(doc->n_langs == 3, "languages");
    every_event_sourced(doc);
    required_events(doc);
    audit_corrections(doc);
    ml_doc_destroy(doc);
    return test_done();
}
