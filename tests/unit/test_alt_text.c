/* Alt text in the chart's language: every sentence of every chart comes from the language's
 * tables, with its numbers and dates in the language's forms; a language without tables gets
 * English sentences and one warning. The English words are read from the English sentences
 * themselves, so a sentence added later is covered too. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "memberline.h"
#include "strbuf.h"
#include "test.h"

static const char *const shipped[] = {"en", "ru", "zh", "fa", "ar", "ur",      "hi",
                                      "es", "fr", "de", "pt", "he", "zh-Hant", "pt-BR"};
static const char *const charts[] = {"timeline", "membership", "count", "map"};

/* Words that English shares with a shipped language's own sentences ("Status" is German). */
static const char *const shared[][2] = {
    {"de", "status"}, {"pt-BR", "status"}, {"fr", "date"}, {"pt", "data"}, {"pt-BR", "data"}};

struct words {
    char **w;
    size_t n;
};

/* Words of s: runs of letters (any non-ASCII byte counts as a letter, so "Événements" is one
 * word), lower-cased, three letters or more. */
static void split(const char *s, struct words *out)
{
    while (*s) {
        while (*s && !isalpha((unsigned char)*s) && !((unsigned char)*s & 0x80))
            s++;
        const char *b = s;
        while (*s && (isalpha((unsigned char)*s) || ((unsigned char)*s & 0x80)))
            s++;
        if (s - b >= 3) {
            char *w = strndup(b, (size_t)(s - b));
            for (char *p = w; *p; p++)
                *p = (char)tolower((unsigned char)*p);
            out->w = realloc(out->w, (out->n + 1) * sizeof *out->w);
            out->w[out->n++] = w;
        }
    }
}

static void words_free(struct words *w)
{
    for (size_t i = 0; i < w->n; i++)
        free(w->w[i]);
    free(w->w);
}

static bool has_word(const struct words *w, const char *word)
{
    for (size_t i = 0; i < w->n; i++)
        if (strcmp(w->w[i], word) == 0)
            return true;
    return false;
}

/* Every English sentence, both plural forms and both select forms, empty texts. */
static void english_words(struct words *out)
{
    for (int s = 0; s < S_SENTENCE_COUNT; s++)
        for (long n = 1; n <= 2; n++) {
            struct strbuf b = {0};
            i18n_sentence_add(&b, "en", (enum sentence)s, "", "", n == 1 ? "lines" : "stacked", n);
            split(b.s ? b.s : "", out);
            strbuf_finish(&b);
        }
}

static bool is_shared(const char *lang, const char *word)
{
    for (size_t i = 0; i < sizeof shared / sizeof *shared; i++)
        if (strcmp(shared[i][0], lang) == 0 && strcmp(shared[i][1], word) == 0)
            return true;
    return false;
}

/* Each pattern of each language formats, and keeps every argument its English one uses. */
static void test_patterns(void)
{
    for (size_t l = 0; l < sizeof shipped / sizeof *shipped; l++)
        for (int s = 0; s < S_SENTENCE_COUNT; s++) {
            struct strbuf en = {0}, b = {0};
            char seven[32];
            i18n_number(shipped[l], 7, seven, sizeof seven);
            i18n_sentence_add(&en, "en", (enum sentence)s, "\u27e6A\u27e7", "\u27e6B\u27e7",
                              "\u27e6C\u27e7", 7);
            i18n_sentence_add(&b, shipped[l], (enum sentence)s, "\u27e6A\u27e7", "\u27e6B\u27e7",
                              "\u27e6C\u27e7", 7);
            const char *t = b.s ? b.s : "", *e = en.s ? en.s : "";
            CHECK(!strchr(t, '{') && !strchr(t, '}'), "%s sentence %d formats: %s", shipped[l], s,
                  t);
            static const char *const marks[] = {"\u27e6A\u27e7", "\u27e6B\u27e7"};
            for (int a = 0; a < 2; a++)
                CHECK(!strstr(e, marks[a]) || strstr(t, marks[a]), "%s sentence %d keeps {%d}: %s",
                      shipped[l], s, a, t);
            CHECK(!strstr(e, "7") || strstr(t, seven), "%s sentence %d has the count %s: %s",
                  shipped[l], s, seven, t);
            if (l > 0 && s != S_TITLE && s != S_DATED && s != S_MAP_STATUS)
                CHECK(strcmp(t, e) != 0, "%s sentence %d translated", shipped[l], s);
            strbuf_finish(&en);
            strbuf_finish(&b);
        }
}

struct run {
    int warnings;
    char warning[512];
};

static void on_warn(void *user, const char *msg)
{
    struct run *r = user;
    r->warnings++;
    snprintf(r->warning, sizeof r->warning, "%s", msg);
}

/* The alt text of chart in lang (malloc'd), or NULL with the error printed. */
static char *alt_of(struct ml_renderer *rr, const struct ml_doc *doc, const char *chart,
                    const char *lang, struct run *r)
{
    struct ml_options o;
    struct ml_error err;
    ml_options_init(&o);
    o.chart = chart;
    o.lang = lang;
    o.warn = on_warn;
    o.warn_user = r;
    struct ml_chart *ch = ml_chart_create(rr, doc, &o, &err);
    if (!ch) {
        printf("%s %s: %s\n", chart, lang, err.text);
        return NULL;
    }
    char *s = strdup(ml_chart_alt_text(ch));
    ml_chart_destroy(ch);
    return s;
}

/* What each chart's alt text must hold: its count and its dates, in the language's forms. */
static void expected(const char *chart, const char *lang, char num[64], char d0[128], char d1[128])
{
    struct date founded = {.year = 2001, .month = 6, .day = 15},
                india = {.year = 2017, .month = 6, .day = 9},
                as_of = {.year = 2025, .month = 10, .day = 26};
    bool tl = strcmp(chart, "timeline") == 0;
    /* 3 events shown; 4 members in rows; 3 member states on the as-of day. */
    i18n_number(lang, strcmp(chart, "membership") == 0 ? 4 : 3, num, 64);
    bool map = strcmp(chart, "map") == 0; /* the map is of one day */
    i18n_date(lang, map ? &as_of : &founded, d0, 128);
    i18n_date(lang, tl ? &india : &as_of, d1, 128);
}

static void check_chart(const char *lang, const char *chart, const char *alt,
                        const struct words *english)
{
    char num[64], d0[128], d1[128];
    expected(chart, lang, num, d0, d1);
    CHECK(strstr(alt, num) && strstr(alt, d0) && strstr(alt, d1),
          "%s %s: no \"%s\", \"%s\" or \"%s\" in: %s", lang, chart, num, d0, d1, alt);
    if (strcmp(lang, "fa") == 0 || strcmp(lang, "ar") == 0)
        CHECK(!strpbrk(alt, "0123456789"), "%s %s: Western digits in: %s", lang, chart, alt);
    if (strcmp(lang, "en") == 0)
        return;
    struct words w = {0};
    split(alt, &w);
    for (size_t i = 0; i < w.n; i++)
        CHECK(!has_word(english, w.w[i]) || is_shared(lang, w.w[i]),
              "%s %s: English word \"%s\" in: %s", lang, chart, w.w[i], alt);
    words_free(&w);
}

static void test_charts(struct ml_renderer *rr, const struct ml_doc *doc,
                        const struct words *english)
{
    for (size_t l = 0; l < sizeof shipped / sizeof *shipped; l++)
        for (size_t c = 0; c < sizeof charts / sizeof *charts; c++) {
            struct run r = {0};
            char *alt = alt_of(rr, doc, charts[c], shipped[l], &r);
            CHECK(alt != NULL, "%s %s renders", shipped[l], charts[c]);
            if (!alt)
                continue;
            check_chart(shipped[l], charts[c], alt, english);
            CHECK(r.warnings == 0, "%s %s: no warning (%s)", shipped[l], charts[c], r.warning);
            free(alt);
        }
}

/* Japanese has no tables: English sentences, Japanese dates, one warning naming the language. */
static void test_unshipped(struct ml_renderer *rr, const struct ml_doc *doc)
{
    static const char *const head[] = {"Timeline of 3 events", "Membership chart of 4 members",
                                       "Count chart:", "Map as of"};
    for (size_t c = 0; c < sizeof charts / sizeof *charts; c++) {
        struct run r = {0};
        char *alt = alt_of(rr, doc, charts[c], "ja", &r);
        char num[64], d0[128], d1[128];
        expected(charts[c], "ja", num, d0, d1);
        CHECK(alt && strstr(alt, head[c]) && strstr(alt, d0) && strstr(alt, d1),
              "ja %s: English sentences with Japanese dates (%s): %s", charts[c], d0,
              alt ? alt : "(none)");
        CHECK(r.warnings == 1 && strstr(r.warning, "\"ja\""), "ja %s: one warning (%d): %s",
              charts[c], r.warnings, r.warning);
        free(alt);
    }
}

/* The sentences about suspensions, former names and successors (altnote.c) come from each
 * language's tables: the translated item is there, and no English word. */
static void test_model_notes(struct ml_renderer *rr, const struct words *english)
{
    static const char *const notes_charts[] = {"count", "map"};
    static const char *const english_phrases[] = {"Suspended from", "since", "earlier named",
                                                  "Successor states", "succeeded"};
    struct ml_error err;
    struct ml_doc *doc = ml_doc_load_file("tests/data/model/notes-langs.json", &err);
    CHECK(doc != NULL, "notes-langs.json: %s", doc ? "" : err.text);
    for (size_t l = 0; doc && l < sizeof shipped / sizeof *shipped; l++) {
        const char *lang = shipped[l];
        char since[128], when[128];
        struct date jun2021 = {.year = 2021, .month = 6}, feb2001 = {2001, 2, 1, false};
        i18n_date(lang, &jun2021, since, sizeof since);
        i18n_date(lang, &feb2001, when, sizeof when);
        struct strbuf sus = {0}, succ = {0}, names = {0};
        i18n_sentence_add(&sus, lang, S_SUSPENDED_ITEM, "Aurelia", since, NULL, 0);
        i18n_sentence_add(&succ, lang, S_SUCCESSOR_ITEM, "Dravia", "Corvia", when, 0);
        i18n_sentence_add(&names, lang, S_NAMES_ITEM, "Belmaria", "Belmark", NULL, 0);
        for (size_t c = 0; c < sizeof notes_charts / sizeof *notes_charts; c++) {
            struct run r = {0};
            char *alt = alt_of(rr, doc, notes_charts[c], lang, &r);
            const char *a = alt ? alt : "";
            bool map = c == 1;
            CHECK(strstr(a, sus.s) && strstr(a, succ.s) && (!map || strstr(a, names.s)),
                  "%s %s: the suspension, successor and name notes in: %s", lang, notes_charts[c],
                  a);
            for (size_t i = 0; l > 0 && i < sizeof english_phrases / sizeof *english_phrases; i++)
                CHECK(!strstr(a, english_phrases[i]), "%s %s: \"%s\" in: %s", lang, notes_charts[c],
                      english_phrases[i], a);
            if (l > 0) {
                struct words w = {0};
                split(a, &w);
                for (size_t i = 0; i < w.n; i++)
                    CHECK(!has_word(english, w.w[i]) || is_shared(lang, w.w[i]),
                          "%s %s: English word \"%s\" in: %s", lang, notes_charts[c], w.w[i], a);
                words_free(&w);
            }
            free(alt);
        }
        strbuf_finish(&sus);
        strbuf_finish(&succ);
        strbuf_finish(&names);
    }
    ml_doc_destroy(doc);
}

int main(void)
{
    struct ml_error err;
    struct words english = {0};
    english_words(&english);
    CHECK(has_word(&english, "timeline") && has_word(&english, "countries"), "English words");
    test_patterns();
    struct ml_doc *doc = ml_doc_load_file("tests/data/langs.json", &err);
    CHECK(doc != NULL, "tests/data/langs.json: %s", doc ? "" : err.text);
    struct ml_renderer *rr = doc ? ml_renderer_create(&err) : NULL;
    if (rr) {
        test_charts(rr, doc, &english);
        test_unshipped(rr, doc);
        test_model_notes(rr, &english);
    }
    ml_renderer_destroy(rr);
    ml_doc_destroy(doc);
    words_free(&english);
    return test_done();
}
