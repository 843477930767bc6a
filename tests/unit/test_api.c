/* The library as a program meets it, through include/memberline.h only: the renderer's
 * lifetime (a chart outlives its renderer and its document), one set of defaults, the options
 * given as names checked by the library, and the data folder. Run from the repository root. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "memberline.h"
#include "test.h"

static const char *const charts[] = {"timeline", "membership", "count", "map"};
static const enum ml_format formats[] = {ML_FORMAT_PNG, ML_FORMAT_SVG, ML_FORMAT_PDF};

static struct ml_chart *make(struct ml_renderer *r, const struct ml_doc *doc, const char *chart,
                             struct ml_error *err)
{
    struct ml_options o;
    ml_options_init(&o);
    o.chart = chart;
    return ml_chart_create(r, doc, &o, err);
}

/* Bytes written for a chart in format f; 0 when writing failed. */
static long written(struct ml_chart *ch, enum ml_format f)
{
    struct ml_error err = {0};
    FILE *tmp = tmpfile();
    if (!tmp)
        return 0;
    bool ok = ml_chart_write_stream(ch, f, tmp, &err);
    long n = ok ? ftell(tmp) : 0;
    fclose(tmp);
    if (!ok)
        printf("write failed: %s\n", err.text);
    return n;
}

/* Destroying the renderer (and the document) before the charts made from them are written or
 * destroyed: each chart keeps what it draws with. Under ASan a use after free fails here. */
static void test_lifetime(void)
{
    struct ml_error err = {0};
    struct ml_doc *doc = ml_doc_load_file("data/sco.json", &err);
    struct ml_renderer *r = ml_renderer_create(&err);
    CHECK(doc && r, "setup: %s", err.text);
    if (!doc || !r)
        return;
    struct ml_chart *ch[4];
    for (int i = 0; i < 4; i++) {
        ch[i] = make(r, doc, charts[i], &err);
        CHECK(ch[i], "%s chart: %s", charts[i], err.text);
    }
    ml_renderer_destroy(r);
    ml_doc_destroy(doc);
    for (int i = 0; i < 4; i++) {
        for (int f = 0; ch[i] && f < 3; f++)
            CHECK(written(ch[i], formats[f]) > 100,
                  "%s chart written in format %d after its renderer and document were destroyed",
                  charts[i], f);
        CHECK(!ch[i] || strlen(ml_chart_alt_text(ch[i])) > 20, "%s alt text", charts[i]);
        /* Charts go one by one: the last one frees the renderer. */
        ml_chart_destroy(ch[i]);
    }
    ml_chart_destroy(NULL);
    ml_renderer_destroy(NULL);
}

static void test_no_renderer(void)
{
    struct ml_error err = {0};
    struct ml_options o;
    ml_options_init(&o);
    CHECK(!ml_chart_create(NULL, NULL, &o, &err) && err.code == ML_ERROR_USAGE,
          "no renderer: a usage error, not a crash (%d)", err.code);
}

/* The defaults are the tool's: 1200 pt wide (1600 px), at least 16:9 and as tall as the
 * content needs. tests/suites/25-library.sh compares the sizes with the tool's. */
static void test_defaults(struct ml_renderer *r, const struct ml_doc *doc)
{
    struct ml_options o;
    struct ml_error err = {0};
    ml_options_init(&o);
    CHECK(o.width == 1200 && o.height == 0 && fabs(o.min_height_ratio - 9.0 / 16) < 1e-12,
          "defaults: %g x %g, ratio %g", o.width, o.height, o.min_height_ratio);
    CHECK(ml_options_check(&o, &err), "the defaults pass the check: %s", err.text);
    for (int i = 0; i < 4; i++) {
        struct ml_chart *ch = make(r, doc, charts[i], &err);
        double w = 0, h = 0;
        if (ch)
            ml_chart_size(ch, &w, &h);
        CHECK(ch && w == 1200 && h >= 675 - 1e-9, "%s: %g x %g, expected 1200 wide, 675 or taller",
              charts[i], w, h);
        ml_chart_destroy(ch);
    }
    /* The ratio follows the width: a narrower chart has a lower minimum page. */
    ml_options_init(&o);
    o.width = 600;
    struct ml_chart *ch = ml_chart_create(r, doc, &o, &err);
    double w = 0, h = 0;
    if (ch)
        ml_chart_size(ch, &w, &h);
    CHECK(ch && w == 600 && h >= 600 * 9.0 / 16 - 1e-9, "600 wide: %g x %g", w, h);
    ml_chart_destroy(ch);
}

struct choice {
    const char *field, *chart;
    const char **(*slot)(struct ml_options *o);
    const char *values[6];
};

static const char **lanes(struct ml_options *o)
{
    return &o->lanes;
}
static const char **sort(struct ml_options *o)
{
    return &o->sort;
}
static const char **group(struct ml_options *o)
{
    return &o->group;
}
static const char **count_mode(struct ml_options *o)
{
    return &o->count_mode;
}
static const char **accessions(struct ml_options *o)
{
    return &o->accessions;
}
static const char **region(struct ml_options *o)
{
    return &o->region;
}

/* The options given as names, and every value the documentation (memberline.h, the man page)
 * promises for each. */
static const struct choice choices[] = {
    {"lanes", "timeline", lanes, {"none", "category"}},
    {"sort", "membership", sort, {"default", "start", "name", "status", "data"}},
    {"group", "membership", group, {"status", "none"}},
    {"count_mode", "count", count_mode, {"stacked", "lines"}},
    {"accessions", "count", accessions, {"all", "fit", "none"}},
    {"region", "map", region, {"fit", "world"}},
};

static void set(struct ml_options *o, const struct choice *c, const char *v)
{
    *c->slot(o) = v;
}

static void test_bad_value(struct ml_renderer *r, const struct ml_doc *doc, const struct choice *c,
                           const char *bad)
{
    struct ml_options o;
    struct ml_error err = {0};
    ml_options_init(&o);
    o.chart = c->chart;
    set(&o, c, bad);
    CHECK(!ml_options_check(&o, &err) && err.code == ML_ERROR_USAGE, "%s \"%s\" is refused",
          c->field, bad);
    CHECK(strcmp(err.path, c->field) == 0, "the error names %s: path \"%s\"", c->field, err.path);
    for (int k = 0; c->values[k]; k++)
        CHECK(strstr(err.text, c->values[k]), "the message lists %s: %s", c->values[k], err.text);
    struct ml_error err2 = {0};
    struct ml_chart *ch = ml_chart_create(r, doc, &o, &err2);
    CHECK(!ch && err2.code == ML_ERROR_USAGE && strcmp(err2.text, err.text) == 0,
          "ml_chart_create refuses %s \"%s\" the same way: %s", c->field, bad, err2.text);
    ml_chart_destroy(ch);
}

static void test_choices(struct ml_renderer *r, const struct ml_doc *doc)
{
    for (size_t i = 0; i < sizeof choices / sizeof *choices; i++) {
        const struct choice *c = &choices[i];
        struct ml_options o;
        struct ml_error err = {0};
        for (int k = -1; k < 0 || c->values[k]; k++) {
            ml_options_init(&o);
            o.chart = c->chart;
            set(&o, c, k < 0 ? NULL : c->values[k]); /* NULL: the first value */
            const char *v = k < 0 ? "NULL" : c->values[k];
            CHECK(ml_options_check(&o, &err), "%s %s is accepted: %s", c->field, v, err.text);
            struct ml_chart *ch = ml_chart_create(r, doc, &o, &err);
            CHECK(ch, "%s chart with %s %s: %s", c->chart, c->field, v, err.text);
            ml_chart_destroy(ch);
        }
        test_bad_value(r, doc, c, "bogus");
        test_bad_value(r, doc, c, "");
        test_bad_value(r, doc, c, "Default"); /* names are exact */
    }
    struct ml_options o;
    struct ml_error err = {0};
    ml_options_init(&o);
    o.min_height_ratio = -1;
    CHECK(!ml_options_check(&o, &err) && err.code == ML_ERROR_USAGE, "a negative ratio");
    o.min_height_ratio = NAN;
    CHECK(!ml_options_check(&o, &err) && err.code == ML_ERROR_USAGE, "a ratio that is NaN");
    CHECK(!ml_options_check(NULL, &err) && err.code == ML_ERROR_USAGE, "no options");
}

/* One bad value in an otherwise default set of options. */
struct bad_value {
    const char *field; /* err->path */
    void (*set)(struct ml_options *o);
};

#define BAD(field, stmt)                                                                           \
    static void bad_##field##_##stmt##_set(struct ml_options *o)                                   \
    {                                                                                              \
        o->field = stmt;                                                                           \
    }
#define BAD_ENTRY(field, stmt)                                                                     \
    {                                                                                              \
#field, bad_##field##_##stmt##_set                                                         \
    }

static const double minus_five = -5, tiny = 1, huge = 1e9, ten = 10, big_ratio = 1e6;
static const double not_a_number = NAN, infinite = INFINITY;
static const char *const glyphs = "glyphs", *const red = "red", *const digit_first = "1abc",
                         *const feb30 = "2019-02-30", *const pie = "pie", *const nosuch = "nosuch",
                         *const bogus = "bogus", *const empty = "", *const no_ids = "id:",
                         *const gap = "id:a,,b", *const not_a_tag = "e n";
BAD(width, minus_five)
BAD(width, not_a_number)
BAD(width, tiny)
BAD(width, huge)
BAD(width, infinite)
BAD(height, minus_five)
BAD(height, not_a_number)
BAD(height, huge)
BAD(min_height, tiny)
BAD(max_height, infinite)
BAD(min_height_ratio, big_ratio)
BAD(png_scale, minus_five)
BAD(png_scale, huge)
BAD(font_scale, ten)
BAD(font_scale, not_a_number)
BAD(svg_text, glyphs)
BAD(background, red)
BAD(id_prefix, digit_first)
BAD(from, feb30)
BAD(to, feb30)
BAD(as_of, feb30)
BAD(chart, pie)
BAD(theme, nosuch)
BAD(mark, bogus)
BAD(mark, no_ids)
BAD(mark, gap)
BAD(font, empty)
BAD(lang, not_a_tag)

static const struct bad_value bad_values[] = {
    BAD_ENTRY(width, minus_five),
    BAD_ENTRY(width, not_a_number),
    BAD_ENTRY(width, tiny),
    BAD_ENTRY(width, huge),
    BAD_ENTRY(width, infinite),
    BAD_ENTRY(height, minus_five),
    BAD_ENTRY(height, not_a_number),
    BAD_ENTRY(height, huge),
    BAD_ENTRY(min_height, tiny),
    BAD_ENTRY(max_height, infinite),
    BAD_ENTRY(min_height_ratio, big_ratio),
    BAD_ENTRY(png_scale, minus_five),
    BAD_ENTRY(png_scale, huge),
    BAD_ENTRY(font_scale, ten),
    BAD_ENTRY(font_scale, not_a_number),
    BAD_ENTRY(svg_text, glyphs),
    BAD_ENTRY(background, red),
    BAD_ENTRY(id_prefix, digit_first),
    BAD_ENTRY(from, feb30),
    BAD_ENTRY(to, feb30),
    BAD_ENTRY(as_of, feb30),
    BAD_ENTRY(chart, pie),
    BAD_ENTRY(theme, nosuch),
    BAD_ENTRY(mark, bogus),
    BAD_ENTRY(mark, no_ids),
    BAD_ENTRY(mark, gap),
    BAD_ENTRY(font, empty),
    BAD_ENTRY(lang, not_a_tag),
};

/* ml_options_check refuses every value ml_chart_create would: the same error, the member as its
 * path, and a message in the library's terms (no command-line flag). */
static void test_values(struct ml_renderer *r, const struct ml_doc *doc)
{
    for (size_t i = 0; i < sizeof bad_values / sizeof *bad_values; i++) {
        const struct bad_value *b = &bad_values[i];
        struct ml_options o;
        struct ml_error err = {0}, err2 = {0};
        ml_options_init(&o);
        b->set(&o);
        CHECK(!ml_options_check(&o, &err) && err.code == ML_ERROR_USAGE &&
                  strcmp(err.path, b->field) == 0 && !strstr(err.text, "--"),
              "check refuses bad %s: path \"%s\", %s", b->field, err.path, err.text);
        struct ml_chart *ch = ml_chart_create(r, doc, &o, &err2);
        CHECK(!ch && err2.code == ML_ERROR_USAGE && strcmp(err2.path, err.path) == 0 &&
                  strcmp(err2.text, err.text) == 0,
              "ml_chart_create refuses bad %s the same way: %s: %s", b->field, err2.path,
              err2.text);
        ml_chart_destroy(ch);
    }
    /* the limits themselves are accepted, and so is 0 (the default) */
    struct ml_options o;
    struct ml_error err = {0};
    ml_options_init(&o);
    o.width = ML_LENGTH_MIN;
    o.height = ML_LENGTH_MAX;
    o.font_scale = ML_FONT_SCALE_MAX;
    o.png_scale = ML_PNG_SCALE_MAX;
    o.mark = "category:a,b";
    o.theme = "docs/themes/dark.json";
    CHECK(ml_options_check(&o, &err), "the limits are accepted: %s: %s", err.path, err.text);
    o.width = o.height = o.font_scale = o.png_scale = 0;
    CHECK(ml_options_check(&o, &err), "0 is the default: %s: %s", err.path, err.text);
}

static bool map_ok(struct ml_renderer *r, const struct ml_doc *doc, struct ml_error *err)
{
    struct ml_chart *ch = make(r, doc, "map", err);
    ml_chart_destroy(ch);
    return ch != NULL;
}

static void test_data_dir(const struct ml_doc *doc)
{
    struct ml_error err = {0};
    struct ml_renderer *r = ml_renderer_create(&err);
    const char *def = ml_default_data_dir();
    CHECK(def && def[0] == '/' && strstr(def, "memberline"), "default data folder \"%s\"",
          def ? def : "(null)");
    CHECK(map_ok(r, doc, &err), "map from the default search (./data): %s", err.text);
    /* Set, the folder is the only one tried: no fallback to ./data. */
    CHECK(ml_renderer_set_data_dir(r, "/nonexistent/memberline-data", &err), "set a folder");
    CHECK(!map_ok(r, doc, &err) && err.code == ML_ERROR_INPUT &&
              strstr(err.text, "/nonexistent/memberline-data") &&
              strstr(err.source, "world-110m.txt"),
          "a map without shapes in the folder set: %d %s: %s", err.code, err.source, err.text);
    struct ml_chart *tl = make(r, doc, "timeline", &err);
    CHECK(tl, "a timeline needs no data folder: %s", err.text);
    ml_chart_destroy(tl);
    CHECK(ml_renderer_set_data_dir(r, "data", &err) && map_ok(r, doc, &err),
          "map with the folder set to data: %s", err.text);
    CHECK(ml_renderer_set_data_dir(r, "/nonexistent/again", &err) && !map_ok(r, doc, &err),
          "a new folder is read again, not the shapes read before");
    CHECK(!ml_renderer_set_data_dir(r, "", &err) && err.code == ML_ERROR_USAGE, "empty folder");
    CHECK(!ml_renderer_set_data_dir(NULL, "data", &err) && err.code == ML_ERROR_USAGE,
          "no renderer");
    CHECK(ml_renderer_set_data_dir(r, NULL, &err) && map_ok(r, doc, &err),
          "NULL restores the default search: %s", err.text);
    ml_renderer_destroy(r);
}

int main(void)
{
    struct ml_error err = {0};
    test_lifetime();
    test_no_renderer();
    struct ml_doc *doc = ml_doc_load_file("data/sco.json", &err);
    struct ml_renderer *r = ml_renderer_create(&err);
    CHECK(doc && r, "setup: %s", err.text);
    if (doc && r) {
        test_defaults(r, doc);
        test_choices(r, doc);
        test_values(r, doc);
        test_data_dir(doc);
    }
    ml_renderer_destroy(r);
    ml_doc_destroy(doc);
    return test_done();
}
