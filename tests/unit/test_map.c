/* The map: Equal Earth projection, the world file loader, and map_layout on a small document
 * as of several dates. Run from the repository root (data/world-110m.txt). */
#include <math.h>
#include <unistd.h>
#include <stdlib.h>
#include <string.h>

#include "chart.h"
#include "projection.h"
#include "test.h"
#include "world.h"

static void test_projection(void)
{
    double x, y, x2, y2;
    projection_equal_earth(0, 0, &x, &y);
    CHECK(fabs(x) < 1e-12 && fabs(y) < 1e-12, "(0,0) -> (%g,%g)", x, y);
    projection_equal_earth(180, 0, &x, &y);
    CHECK(fabs(x - EQUAL_EARTH_XMAX) < 1e-4, "x at 180E on the equator: %.6f", x);
    projection_equal_earth(0, 90, &x, &y);
    CHECK(fabs(y - EQUAL_EARTH_YMAX) < 1e-4, "y at the pole: %.6f", y);
    projection_equal_earth(37.6, 55.75, &x, &y); /* Moscow */
    projection_equal_earth(-37.6, -55.75, &x2, &y2);
    CHECK(fabs(x + x2) < 1e-12 && fabs(y + y2) < 1e-12, "symmetry about the origin");
    /* Worked by hand from the paper's formulas: theta = asin(sqrt(3)/2 sin 45deg) = 0.65906. */
    projection_equal_earth(100, 45, &x, &y);
    CHECK(fabs(x - 1.28872) < 1e-4 && fabs(y - 0.86022) < 1e-4, "(100E,45N) -> (%.5f,%.5f)", x, y);
    /* The paper gives the map's width to height as about 2.05:1. */
    CHECK(fabs(EQUAL_EARTH_XMAX / EQUAL_EARTH_YMAX - 2.05) < 0.01, "aspect 2.05:1");
    double prev = -HUGE_VAL;
    bool mono = true;
    for (int lat = -90; lat <= 90; lat += 5) {
        projection_equal_earth(20, lat, &x, &y);
        mono = mono && y > prev;
        prev = y;
    }
    CHECK(mono, "y grows with latitude");
}

static const char *write_tmp(const char *text)
{
    static char path[64];
    snprintf(path, sizeof path, "/tmp/ml-world-test-%d.txt", (int)getpid());
    FILE *f = fopen(path, "w");
    if (f) {
        fputs(text, f);
        fclose(f);
    }
    return path;
}

static void expect_bad(const char *text, int line, const char *why)
{
    struct ml_error err;
    struct world *w = world_load_file(write_tmp(text), &err);
    CHECK(!w, "corrupt file accepted (%s)", why);
    CHECK(err.code == ML_ERROR_VALUE && err.line == line, "%s: code %d line %d (want %d): %s", why,
          err.code, err.line, line, err.text);
    world_destroy(w);
}

static void test_world_file(void)
{
    struct ml_error err;
    const char *good =
        "MLWORLD 1\n# test\nC AA AAA 001 110m Square Land\nR 4 0 0 100 0 0 100 -100 0\n"
        "C - - - 50m No Code\nR 3 1000 1000 10 0 0 10\nR 3 -500 -500 1 0 0 1\nE 2\n";
    struct world *w = world_load_file(write_tmp(good), &err);
    CHECK(w && w->n_countries == 2, "a good file loads: %s", w ? "" : err.text);
    if (w) {
        const struct world_country *c = world_find(w, "AA", NULL);
        CHECK(c && strcmp(c->name, "Square Land") == 0 && c->n_rings == 1 && c->n_pts == 4,
              "country AA parsed");
        CHECK(c && c->pts[2] == 1.0 && c->pts[5] == 1.0, "deltas add up to degrees");
        CHECK(world_find(w, "ZZ", "AAA") == c, "found by alpha-3");
        CHECK(world_find(w, "-", "-") == NULL, "placeholders never match");
        CHECK(w->countries[1].n_rings == 2, "two rings");
    }
    world_destroy(w);
    expect_bad("MLWORLD 2\n", 1, "wrong magic");
    expect_bad("MLWORLD 1\nC AA AAA 1 110m A\nR 3 0 0 1 0\nE 1\n", 3, "short ring");
    expect_bad("MLWORLD 1\nC AA AAA 1 110m A\nR 3 0 0 1 0 0 1 5\nE 1\n", 3, "long ring");
    expect_bad("MLWORLD 1\nC AA AAA 1 110m A\nR 3 0 0 1 x 0 1\nE 1\n", 3, "not a number");
    expect_bad("MLWORLD 1\nC AA AAA 1 110m A\nR 3 0 0 1 - 0 1\nE 1\n", 3, "a lone minus");
    expect_bad("MLWORLD 1\nC AA AAA 1 110m A\nR 3 0 0 1 0- 0 1\nE 1\n", 3, "a trailing minus");
    expect_bad("MLWORLD 1\nC AA AAA 1 110m A\nR 3 0 0 1  0 0 1\nE 1\n", 3, "two spaces");
    expect_bad("MLWORLD 1\nC AA AAA 1 110m A\nR 3 17990 0 20 0 0 1\nE 1\n", 3, "off the globe");
    expect_bad("MLWORLD 1\nR 3 0 0 1 0 0 1\n", 2, "ring before country");
    expect_bad("MLWORLD 1\nC aa AAA 1 110m A\n", 2, "bad code");
    expect_bad("MLWORLD 1\nC AA AAA 1 110m A\nR 3 0 0 1 0 0 1\n", 3, "truncated");
    expect_bad("MLWORLD 1\nC AA AAA 1 110m A\nR 3 0 0 1 0 0 1\nE 2\n", 4, "wrong count");
    expect_bad("MLWORLD 1\nC AA AAA 1 110m A\nE 1\n", 3, "country without rings");
    expect_bad("MLWORLD 1\nC AA AAA 1 110m A\nR 3 0 0 1 0 0 1\nE 1\nX\n", 5, "after the end");
    expect_bad("MLWORLD 1\nC AA AAA 1 110m A\nR 99999999999999999999 0 0\n", 3, "huge count");
    struct world *none = world_load_file("/nonexistent/world.txt", &err);
    CHECK(!none && err.code == ML_ERROR_INPUT, "missing file is an input error");
    remove(write_tmp(""));
    w = world_load_default(NULL, &err);
    CHECK(w && world_find(w, "BH", NULL) && world_find(w, "MV", NULL) &&
              world_find(w, "QA", NULL) && world_find(w, "SG", NULL),
          "the shipped file has the small states: %s", w ? "" : err.text);
    world_destroy(w);
}

/* ------------------------------------------------------------------ layout */

static struct ml_doc *small_doc(void)
{
    static const char json[] =
        "{\"memberline\": 1, \"title\": \"Test\", \"statuses\": ["
        "{\"id\": \"member\", \"label\": \"Member\", \"rank\": 1},"
        "{\"id\": \"observer\", \"label\": \"Observer\", \"rank\": 2}],"
        "\"members\": ["
        "{\"id\": \"CN\", \"name\": \"China\", \"periods\": [{\"status\": \"member\", \"from\": "
        "\"2001-06-15\"}]},"
        "{\"id\": \"XX\", \"iso3\": \"IND\", \"name\": \"India\", \"periods\": ["
        "{\"status\": \"observer\", \"from\": \"2005-07-05\", \"to\": \"2017-06-09\"},"
        "{\"status\": \"member\", \"from\": \"2017-06-09\"}]},"
        "{\"id\": \"BH\", \"name\": \"Bahrain\", \"periods\": [{\"status\": \"observer\", "
        "\"from\": \"2023-07\"}]},"
        "{\"id\": \"QQ\", \"name\": \"Nowhere\", \"periods\": [{\"status\": \"observer\", "
        "\"from\": \"2010\"}]}]}";
    struct ml_error err;
    struct ml_doc *doc = ml_doc_load_string(json, strlen(json), "<test>", &err);
    CHECK(doc, "test doc loads: %s", doc ? "" : err.text);
    return doc;
}

/* The shapes the renderer would pass in (loaded once in main). */
static const struct world *shapes;

static void set_opts(struct chart_opts *c, struct ml_options *o, struct chart_state *st,
                     const char *as_of)
{
    memset(c, 0, sizeof *c);
    ml_options_init(o);
    o->chart = "map";
    c->user = o;
    c->state = st;
    theme_builtin(&c->theme, "light");
    c->lang_code = "en";
    c->width = 1200;
    date_parse(as_of, &c->as_of, NULL);
    struct font f = {c->theme.font_family, 10, false, false};
    c->fonts = (struct fonts){f, f, f, f, f, f, f, f};
    c->margin = 20;
    c->gap = 10;
    c->title = "Test";
    c->world = shapes;
}

/* The status an item of the given ref carries, "-" when there is none, NULL when absent. */
static const char *status_of(const struct layout *l, const char *ref, const char *role)
{
    for (size_t i = 0; i < l->n_items; i++) {
        const struct item *it = &l->items[i];
        if (it->ref && strcmp(it->ref, ref) == 0 && strcmp(it->role, role) == 0)
            return it->status ? it->status : "-";
    }
    return NULL;
}

static bool boxes_inside(const struct layout *l)
{
    for (size_t i = 0; i < l->n_items; i++) {
        const struct box *b = &l->items[i].box;
        if (b->x < -0.01 || b->y < -0.01 || b->x + b->w > l->width + 0.01 ||
            b->y + b->h > l->height + 0.01)
            return false;
    }
    return true;
}

static int layout_at(struct text_ctx *ctx, const struct ml_doc *doc, const char *as_of,
                     struct layout *l)
{
    struct chart_opts c;
    struct ml_options o;
    struct chart_state st = {0};
    struct ml_error err;
    set_opts(&c, &o, &st, as_of);
    layout_init(l, "map");
    l->width = c.width;
    CHECK(map_layout(doc, &c, ctx, l, &err), "map_layout as of %s: %s", as_of, err.text);
    CHECK(!l->nomem && l->height > 100, "a height was set (%g)", l->height);
    CHECK(boxes_inside(l), "every box inside the page as of %s", as_of);
    return st.warnings;
}

static void test_layout(void)
{
    struct ml_error err;
    struct text_ctx *ctx = text_ctx_create(&err);
    struct ml_doc *doc = small_doc();
    struct layout l;
    if (!ctx || !doc)
        goto done;
    int warnings = layout_at(ctx, doc, "2001-06-15", &l);
    CHECK(warnings == 1, "one warning names the unmatched member (%d)", warnings);
    CHECK(status_of(&l, "CN", "country") && !strcmp(status_of(&l, "CN", "country"), "member"),
          "2001: CN member");
    CHECK(status_of(&l, "IN", "country") && !strcmp(status_of(&l, "IN", "country"), "-"),
          "2001: IN no status (matched by iso3)");
    layout_finish(&l);
    layout_at(ctx, doc, "2010-01-01", &l);
    CHECK(status_of(&l, "IN", "country") && !strcmp(status_of(&l, "IN", "country"), "observer"),
          "2010: IN observer");
    layout_finish(&l);
    layout_at(ctx, doc, "2024-07-04", &l);
    CHECK(status_of(&l, "IN", "country") && !strcmp(status_of(&l, "IN", "country"), "member"),
          "2024: IN member");
    const char *bh = status_of(&l, "BH", "country-marker");
    CHECK(bh && !strcmp(bh, "observer"), "2024: Bahrain has a marker");
    CHECK(l.alt_text && strstr(l.alt_text, "Member (2)") && strstr(l.alt_text, "Bahrain"),
          "alt text: %s", l.alt_text ? l.alt_text : "(none)");
    bool legend = false;
    for (size_t i = 0; i < l.n_items; i++)
        legend = legend || (l.items[i].text && !strcmp(l.items[i].text, "Observer (2)"));
    CHECK(legend, "legend counts members, also those without a shape: Observer (2)");
    layout_finish(&l);
done:
    ml_doc_destroy(doc);
    text_ctx_destroy(ctx);
}

/* Layout reads no file: without the renderer's shapes the map is an error, not a disk read
 * (data/ holds the world file, so a layout that read it would succeed). */
static void test_no_io(void)
{
    struct ml_error err = {0};
    struct text_ctx *ctx = text_ctx_create(&err);
    struct ml_doc *doc = small_doc();
    struct chart_opts c;
    struct ml_options o;
    struct chart_state st = {0};
    struct layout l;
    if (!ctx || !doc)
        goto done;
    set_opts(&c, &o, &st, "2020");
    c.world = NULL;
    layout_init(&l, "map");
    l.width = c.width;
    CHECK(!map_layout(doc, &c, ctx, &l, &err) && err.code == ML_ERROR_RENDER,
          "no shapes given: an error (%s)", err.text);
    layout_finish(&l);
done:
    ml_doc_destroy(doc);
    text_ctx_destroy(ctx);
}

int main(void)
{
    setenv("MEMBERLINE_DATA_DIR", "data", 1);
    struct ml_error err = {0};
    struct world *w = world_load_default(NULL, &err);
    CHECK(w, "world shapes: %s", err.text);
    shapes = w;
    test_projection();
    test_world_file();
    test_layout();
    test_no_io();
    world_destroy(w);
    return test_done();
}
