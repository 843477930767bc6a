/* Model queries over suspensions, names over time, successions, shapes and tones, on documents
 * loaded through the real loader. Dates are BCE, day and coarser precisions. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "iso3.h"
#include "jread.h"
#include "load.h"
#include "memberline.h"
#include "model.h"
#include "test.h"
#include "theme.h"
#include "world.h"

static double day(const char *s)
{
    struct date d;
    const char *why = NULL;
    if (!date_parse(s, &d, &why)) {
        printf("bad test date %s\n", s);
        exit(2);
    }
    return date_start(&d);
}

static struct ml_doc *load(const char *json)
{
    struct ml_error err;
    struct ml_doc *doc = ml_doc_load_string(json, strlen(json), "t.json", &err);
    CHECK(doc != NULL, "load: %s: %s", err.path, err.text);
    return doc;
}

static const char *name_on(const struct member *m, const char *date)
{
    return mtext_get(model_name_at(m, day(date)), 0, NULL);
}

#define HEAD                                                                                       \
    "{\"memberline\": 1, \"title\": \"T\", \"statuses\": ["                                        \
    "{\"id\": \"member\", \"label\": \"Member\", \"rank\": 1, \"tone\": \"positive\"},"            \
    "{\"id\": \"observer\", \"label\": \"Observer\", \"rank\": 2}],"

/* A union that suspends members: day precision, an open suspension in an open period, two in
 * a closed one, and a BCE league. */
static const char *SUSP =
    HEAD "\"members\": ["
         "{\"id\": \"A\", \"name\": \"A\", \"periods\": [{\"status\": \"member\", \"from\": "
         "\"2002-07-09\", \"suspended\": [{\"from\": \"2009-03-20\", \"to\": \"2010-06-17\"},"
         "{\"from\": \"2019-03-17\", \"note\": \"not yet lifted\"}]}]},"
         "{\"id\": \"B\", \"name\": \"B\", \"periods\": ["
         "{\"status\": \"observer\", \"from\": \"2000\", \"to\": \"2005-01-01\", \"suspended\": ["
         "{\"from\": \"2001-02\", \"to\": \"2001-03\"}, {\"from\": \"2003\", \"to\": "
         "\"2005-01-01\"}]},"
         "{\"status\": \"member\", \"from\": \"2005-01-01\"}]},"
         "{\"id\": \"C\", \"name\": \"C\", \"periods\": [{\"status\": \"member\", \"from\": "
         "\"-0478\", \"to\": \"-0404-04\", \"suspended\": [{\"from\": \"-0431-03-01\", \"to\": "
         "\"-0421\"}]}]}]}";

static void test_suspensions(void)
{
    struct ml_doc *doc = load(SUSP);
    if (!doc)
        return;
    const struct member *a = &doc->members[0], *b = &doc->members[1], *c = &doc->members[2];
    CHECK(a->periods[0].n_suspended == 2 && a->periods[0].suspended[1].open, "A: two, last open");
    CHECK(!model_suspended_at(a, day("2009-03-19")) && model_suspended_at(a, day("2009-03-20")),
          "a suspension starts on its from day");
    CHECK(model_suspended_at(a, day("2010-06-16")) && !model_suspended_at(a, day("2010-06-17")),
          "and ends the day before its to (half-open like periods)");
    CHECK(model_suspended_at(a, day("2019-03-17")) && model_suspended_at(a, day("2500")),
          "an open suspension lasts as long as its open period");
    CHECK(!model_suspended_at(a, day("2002-07-08")), "no status, not suspended");
    CHECK(strcmp(mtext_get(&model_suspension_at(a, day("2020"))->note, 0, NULL),
                 "not yet lifted") == 0,
          "suspension_at gives the suspension, with its note");
    CHECK(isinf(model_suspension_end(&a->periods[0], &a->periods[0].suspended[1])),
          "open suspension in an open period never ends");
    CHECK(model_suspended_at(b, day("2001-02-28")) && !model_suspended_at(b, day("2001-03-01")),
          "month precision: [2001-02-01, 2001-03-01)");
    CHECK(model_suspended_at(b, day("2004-12-31")) && !model_suspended_at(b, day("2005-01-01")),
          "a suspension up to its period's end stops with it; the next period is not suspended");
    CHECK(model_suspended_at(c, day("-0431-03-01")) && !model_suspended_at(c, day("-0431-02-28")),
          "BCE, day precision");
    CHECK(model_suspended_at(c, day("-0422-12-31")) && !model_suspended_at(c, day("-0421")),
          "BCE year precision: to -0421 ends before 1 Jan 421 BCE");
    int member = model_find_status(doc, "member"), observer = model_find_status(doc, "observer");
    /* 2010-01-01: A member suspended, B member, C gone. */
    CHECK(model_count_status(doc, member, day("2010-01-01")) == 2 &&
              model_count_suspended(doc, member, day("2010-01-01")) == 1,
          "suspended members still count as members, and the suspended number is exposed");
    CHECK(model_count_status(doc, observer, day("2003-06")) == 1 &&
              model_count_suspended(doc, observer, day("2003-06")) == 1 &&
              model_count_suspended(doc, member, day("2003-06")) == 0,
          "the suspended count is per status");
    CHECK(model_count_status(doc, member, day("-0430")) == 1 &&
              model_count_suspended(doc, member, day("-0430")) == 1,
          "BCE count");
    struct ml_error err;
    CHECK(ml_doc_count_status(doc, "member", "2010-01-01", &err) == 2 &&
              ml_doc_count_suspended(doc, "member", "2010-01-01", &err) == 1 &&
              ml_doc_count_suspended(doc, "member", "2011", &err) == 0,
          "public counts");
    CHECK(ml_doc_count_suspended(doc, "membr", "2010", &err) == -1 &&
              strstr(err.text, "did you mean \"member\"") &&
              ml_doc_count_suspended(doc, "member", "2010-13", &err) == -1 &&
              ml_doc_count_suspended(NULL, "member", "2010", NULL) == -1,
          "public suspended count rejects bad arguments: %s", err.text);
    char sum[256];
    ml_doc_summary(doc, sum, sizeof sum);
    CHECK(strstr(sum, "3 members (5 suspensions of 3 members)") != NULL, "summary: %s", sum);
    ml_doc_destroy(doc);
}

/* Many periods, each with a suspension in its middle: the queries agree with the data. */
static void test_many_periods(void)
{
    enum { N = 400 };
    size_t cap = 200 + N * 160;
    char *json = malloc(cap);
    size_t o = (size_t)snprintf(json, cap,
                                HEAD "\"members\": [{\"id\": \"M\", \"name\": \"M\", "
                                     "\"periods\": [");
    for (int i = 0; i < N; i++) {
        int y = 1000 + 2 * i; /* period [y, y+2) suspended [y-03-01, y+1-01) */
        o += (size_t)snprintf(json + o, cap - o,
                              "%s{\"status\": \"%s\", \"from\": \"%04d\", \"to\": \"%04d\", "
                              "\"suspended\": [{\"from\": \"%04d-03-01\", \"to\": \"%04d\"}]}",
                              i ? "," : "", i % 2 ? "observer" : "member", y, y + 2, y, y + 1);
    }
    snprintf(json + o, cap - o, "]}]}");
    struct ml_doc *doc = load(json);
    free(json);
    if (!doc)
        return;
    const struct member *m = &doc->members[0];
    int wrong = 0, suspended_days = 0;
    for (int i = 0; i < N; i++) {
        char d[16];
        int y = 1000 + 2 * i;
        snprintf(d, sizeof d, "%04d-02-28", y);
        wrong += model_suspended_at(m, day(d));
        snprintf(d, sizeof d, "%04d-03-01", y);
        suspended_days += model_suspended_at(m, day(d));
        snprintf(d, sizeof d, "%04d-06-30", y + 1);
        wrong += model_suspended_at(m, day(d));
    }
    CHECK(m->n_periods == N && wrong == 0 && suspended_days == N,
          "%d periods: %d suspended where they should be, %d wrong", N, suspended_days, wrong);
    ml_doc_destroy(doc);
}

static const char *NAMES =
    HEAD "\"members\": ["
         "{\"id\": \"TZ\", \"iso3\": \"TZA\", \"names\": ["
         "{\"name\": \"Tanganyika\", \"to\": \"1964-04-26\"},"
         "{\"name\": \"United Republic of Tanganyika and Zanzibar\", \"from\": \"1964-04-26\"},"
         "{\"name\": \"Tanzania\", \"from\": \"1964-11-01\"}],"
         "\"periods\": [{\"status\": \"member\", \"from\": \"1961-12-14\"}]},"
         "{\"id\": \"X\", \"name\": \"Xland\", \"names\": ["
         "{\"name\": \"Old X\", \"from\": \"-0200\", \"to\": \"-0100\"},"
         "{\"name\": \"New X\", \"from\": \"-0050-07-04\", \"to\": \"0010\"}],"
         "\"periods\": [{\"status\": \"member\", \"from\": \"-0300\", \"to\": \"0100\"}]}]}";

static void test_names(void)
{
    struct ml_doc *doc = load(NAMES);
    if (!doc)
        return;
    const struct member *tz = &doc->members[0], *x = &doc->members[1];
    CHECK(strcmp(mtext_get(&tz->name, 0, NULL), "Tanzania") == 0,
          "without \"name\", the last of names is the row label");
    CHECK(strcmp(name_on(tz, "1961-12-14"), "Tanganyika") == 0 &&
              strcmp(name_on(tz, "1700"), "Tanganyika") == 0,
          "a first name without from holds since ever");
    CHECK(strcmp(name_on(tz, "1964-04-25"), "Tanganyika") == 0 &&
              strcmp(name_on(tz, "1964-04-26"), "United Republic of Tanganyika and Zanzibar") == 0,
          "renamed on the day of to/from");
    CHECK(strcmp(name_on(tz, "1964-10-31"), "United Republic of Tanganyika and Zanzibar") == 0 &&
              strcmp(name_on(tz, "2020"), "Tanzania") == 0,
          "an entry without to lasts until the next from; the last for ever");
    CHECK(strcmp(name_on(x, "-0250"), "Xland") == 0 && strcmp(name_on(x, "-0150"), "Old X") == 0 &&
              strcmp(name_on(x, "-0070"), "Xland") == 0 &&
              strcmp(name_on(x, "-0050-07-04"), "New X") == 0 &&
              strcmp(name_on(x, "0050"), "Xland") == 0,
          "BCE names, with \"name\" in the gaps");

    struct name_run *r;
    size_t n;
    CHECK(model_name_runs(tz, day("1961-12-14"), day("2000"), &r, &n), "runs");
    CHECK(n == 3 && r[0].from == day("1961-12-14") && r[0].to == day("1964-04-26") &&
              r[1].to == day("1964-11-01") && r[2].to == day("2000") &&
              strcmp(mtext_get(r[2].name, 0, NULL), "Tanzania") == 0,
          "three names over the period, cut to it (%zu runs)", n);
    free(r);
    CHECK(model_name_runs(x, day("-0300"), day("0100"), &r, &n), "runs x");
    const char *want[] = {"Xland", "Old X", "Xland", "New X", "Xland"};
    int ok = n == 5;
    for (size_t i = 0; ok && i < n; i++)
        ok = strcmp(mtext_get(r[i].name, 0, NULL), want[i]) == 0 &&
             (i == 0 || r[i].from == r[i - 1].to);
    CHECK(ok && r[0].from == day("-0300") && r[4].to == day("0100"),
          "gaps get \"name\", the runs tile the range (%zu runs)", n);
    free(r);
    CHECK(model_name_runs(x, day("-0150"), day("-0120"), &r, &n) && n == 1 &&
              strcmp(mtext_get(r[0].name, 0, NULL), "Old X") == 0,
          "a sub-range inside one name is one run");
    free(r);
    CHECK(model_name_runs(x, day("0050"), day("0050"), &r, &n) && n == 0 && r == NULL,
          "an empty range has no runs");
    CHECK(tz->n_names == 3 && x->n_names == 2, "names kept");
    ml_doc_destroy(doc);
}

/* Two states merge, the union later splits in two (a diamond and a chain). */
static const char *SUCC =
    HEAD "\"members\": ["
         "{\"id\": \"E\", \"name\": \"East\", \"periods\": [{\"status\": \"member\", \"from\": "
         "\"1973-09-18\", \"to\": \"1990-10-03\"}]},"
         "{\"id\": \"W\", \"name\": \"West\", \"periods\": [{\"status\": \"member\", \"from\": "
         "\"1973-09-18\", \"to\": \"1990-10-03\"}]},"
         "{\"id\": \"U\", \"name\": \"Union\", \"successor_of\": [\"E\", \"W\"], \"periods\": "
         "[{\"status\": \"member\", \"from\": \"1990-10-03\", \"to\": \"1993\"}]},"
         "{\"id\": \"P\", \"name\": \"Part one\", \"successor_of\": \"U\", \"periods\": "
         "[{\"status\": \"member\", \"from\": \"1993-01-19\"}]},"
         "{\"id\": \"Q\", \"name\": \"Part two\", \"successor_of\": [\"U\"], \"periods\": "
         "[{\"status\": \"observer\", \"from\": \"1993\", \"to\": \"1994\"},"
         "{\"status\": \"member\", \"from\": \"1994\"}]}]}";

static void test_successions(void)
{
    struct ml_doc *doc = load(SUCC);
    if (!doc)
        return;
    int e = model_find_member(doc, "E"), w = model_find_member(doc, "W"),
        u = model_find_member(doc, "U"), p = model_find_member(doc, "P"),
        q = model_find_member(doc, "Q"), member = model_find_status(doc, "member");
    CHECK(doc->members[u].n_successor_of == 2 && doc->members[u].successor_of[1] == w &&
              doc->members[p].n_successor_of == 1 && doc->members[p].successor_of[0] == u,
          "successor_of resolves a list and a single id");
    CHECK(model_succeeds(doc, u, e) && model_succeeds(doc, p, e) && model_succeeds(doc, q, w),
          "direct and transitive successions");
    CHECK(!model_succeeds(doc, e, u) && !model_succeeds(doc, p, q) && !model_succeeds(doc, e, w),
          "not backwards, not between siblings");
    int *s;
    size_t n;
    CHECK(model_successors(doc, u, &s, &n) && n == 2 && s[0] == p && s[1] == q,
          "successors of the union (%zu)", n);
    free(s);
    CHECK(model_successors(doc, p, &s, &n) && n == 0 && s == NULL, "no successors");
    CHECK(model_count_status(doc, member, day("1990-10-02")) == 2 &&
              model_count_status(doc, member, day("1990-10-03")) == 1,
          "two states, then one on the day of the merger: never both");
    CHECK(model_count_status(doc, member, day("1993-01-18")) == 0 &&
              model_count_status(doc, member, day("1993-01-19")) == 1 &&
              model_count_status(doc, member, day("1994")) == 2,
          "the successors count from their own periods");
    /* Every day a successor and any of its predecessors are never both counted. */
    int both = 0;
    for (double d = day("1970"); d < day("1996"); d += 1)
        for (size_t a = 0; a < doc->n_members; a++)
            for (size_t b = 0; b < doc->n_members; b++)
                both += model_succeeds(doc, (int)a, (int)b) &&
                        model_period_at(&doc->members[a], d) &&
                        model_period_at(&doc->members[b], d);
    CHECK(both == 0, "a state and its predecessor never hold a status on the same day (%d)", both);
    ml_doc_destroy(doc);
}

static const char *SHAPES =
    HEAD "\"members\": ["
         "{\"id\": \"CS\", \"iso3\": [\"CZE\", \"SVK\"], \"name\": \"Federation\", \"periods\": "
         "[]},"
         "{\"id\": \"ORG\", \"map\": false, \"name\": \"An organisation\", \"periods\": []},"
         "{\"id\": \"DEP\", \"iso3\": \"ZZZ\", \"map\": false, \"name\": \"Dependency\", "
         "\"periods\": []},"
         "{\"id\": \"FR\", \"iso3\": \"FRA\", \"map\": true, \"name\": \"France\", \"periods\": "
         "[]}]}";

static void test_shapes(void)
{
    struct ml_doc *doc = load(SHAPES);
    if (!doc)
        return;
    const struct member *m = doc->members;
    CHECK(m[0].n_iso3s == 2 && strcmp(m[0].iso3s[1], "SVK") == 0 && m[0].iso3 == m[0].iso3s[0] &&
              !m[0].unmapped,
          "a list of codes; iso3 is the first");
    CHECK(m[1].unmapped && m[1].iso3 == NULL && m[1].n_iso3s == 0, "map false without a code");
    CHECK(m[2].unmapped && strcmp(m[2].iso3, "ZZZ") == 0,
          "map false keeps a code the world map does not have");
    CHECK(!m[3].unmapped && m[3].n_iso3s == 1 && strcmp(m[3].iso3, "FRA") == 0, "one code");
    ml_doc_destroy(doc);
}

/* The compiled-in code list is exactly the world file's alpha-3 codes. */
static void test_iso3_list(void)
{
    struct ml_error err;
    struct world *w = world_load_default(NULL, &err);
    CHECK(w != NULL, "world: %s", err.text);
    if (!w)
        return;
    size_t known = 0, distinct = 0;
    for (size_t i = 0; i < w->n_countries; i++) {
        const char *a3 = w->countries[i].a3;
        int first = 1;
        if (strcmp(a3, "-") == 0)
            continue;
        for (size_t j = 0; j < i; j++)
            first &= strcmp(w->countries[j].a3, a3) != 0;
        distinct += (size_t)first;
        known += (size_t)(first && iso3_known(a3));
    }
    CHECK(known == distinct && distinct == iso3_count(),
          "every world code is known (%zu of %zu) and no other (%zu in the list); after changing "
          "the world file run tools/iso3-codes.sh",
          known, distinct, iso3_count());
    CHECK(!iso3_known("ZZZ") && !iso3_known("CH") && !iso3_known("CHNA") && iso3_known("CHN"),
          "unknown and malformed codes");
    known = distinct = 0;
    for (size_t i = 0; i < w->n_countries; i++) {
        const char *a2 = w->countries[i].a2;
        int first = strcmp(a2, "-") != 0;
        for (size_t j = 0; first && j < i; j++)
            first &= strcmp(w->countries[j].a2, a2) != 0;
        distinct += (size_t)first;
        known += (size_t)(first && iso2_known(a2));
    }
    CHECK(known == distinct && distinct == iso2_count(),
          "every alpha-2 code is known (%zu of %zu) and no other (%zu in the list)", known,
          distinct, iso2_count());
    CHECK(!iso2_known("ZZ") && !iso2_known("C") && !iso2_known("CHN") && iso2_known("CN"),
          "unknown and malformed alpha-2 codes");
    world_destroy(w);
}

static double channel(uint32_t c, int shift)
{
    return (double)((c >> shift) & 0xff);
}

static void test_tones(void)
{
    const char *json =
        "{\"memberline\": 1, \"title\": \"T\", \"statuses\": ["
        "{\"id\": \"member\", \"label\": \"Member\", \"rank\": 1, \"tone\": \"positive\"},"
        "{\"id\": \"suspended\", \"label\": \"Suspended\", \"rank\": 2, \"tone\": \"negative\"},"
        "{\"id\": \"expelled\", \"label\": \"Expelled\", \"rank\": 4, \"tone\": \"negative\"},"
        "{\"id\": \"withdrawn\", \"label\": \"Withdrawn\", \"rank\": 3, \"tone\": \"negative\"},"
        "{\"id\": \"applicant\", \"label\": \"Applicant\", \"rank\": 5, \"tone\": \"pending\"},"
        "{\"id\": \"observer\", \"label\": \"Observer\", \"rank\": 6}]}";
    struct ml_doc *doc = load(json);
    if (!doc)
        return;
    CHECK(doc->statuses[0].tone == TONE_POSITIVE && doc->statuses[1].tone == TONE_NEGATIVE &&
              doc->statuses[4].tone == TONE_PENDING && doc->statuses[5].tone == TONE_NONE,
          "tones read");
    CHECK(model_tone_index(doc, 1) == 0 && model_tone_index(doc, 3) == 1 &&
              model_tone_index(doc, 2) == 2 && model_tone_index(doc, 0) == 0,
          "shades by rank within a tone, not by file order");
    const char *themes[] = {"light", "dark"};
    for (size_t t = 0; t < 2; t++) {
        struct theme th;
        CHECK(theme_builtin(&th, themes[t]), "theme");
        uint32_t pos = theme_tone_color(&th, TONE_POSITIVE, 0);
        uint32_t neg[3];
        for (int k = 0; k < 3; k++)
            neg[k] = theme_tone_color(&th, TONE_NEGATIVE, model_tone_index(doc, 1 + k));
        CHECK(channel(pos, 16) > channel(pos, 24) && channel(neg[0], 24) > channel(neg[0], 16),
              "%s: positive is green over red, negative (suspended) red over green", themes[t]);
        CHECK(neg[0] != neg[1] && neg[1] != neg[2] && neg[0] != neg[2],
              "%s: three negative statuses get three colours", themes[t]);
    }
    struct theme pr;
    CHECK(theme_builtin(&pr, "print"), "print theme");
    CHECK(theme_tone_color(&pr, TONE_POSITIVE, 0) != theme_tone_color(&pr, TONE_NEGATIVE, 0) &&
              theme_tone_color(&pr, TONE_NEGATIVE, 0) != theme_tone_color(&pr, TONE_PENDING, 0),
          "print: tones differ in shade");
    ml_doc_destroy(doc);
}

/* Every allocation of loading the new keys may fail: the result is ML_ERROR_NOMEM, never a
 * crash, a leak (under the sanitizers) or another error. */
static void test_nomem(void)
{
    const char *docs[] = {SUSP, NAMES, SUCC, SHAPES};
    for (size_t i = 0; i < sizeof docs / sizeof *docs; i++) {
        struct ml_error err;
        long n, wrong = 0;
        for (n = 1; n < 100000; n++) {
            jread_fail_alloc_at(n);
            struct ml_doc *doc = ml_doc_load_string(docs[i], strlen(docs[i]), "t.json", &err);
            jread_fail_alloc_at(0);
            if (doc) {
                ml_doc_destroy(doc);
                break;
            }
            wrong += err.code != ML_ERROR_NOMEM;
        }
        CHECK(wrong == 0 && n > 20 && n < 100000, "doc %zu: %ld allocations, %ld not NOMEM", i, n,
              wrong);
    }
}

int main(void)
{
    test_suspensions();
    test_many_periods();
    test_names();
    test_successions();
    test_shapes();
    test_iso3_list();
    test_tones();
    test_nomem();
    return test_done();
}
