/* --direction: the library checks the value; rtl mirrors a time chart's body about the page's
 * centre line, item by item, and leaves the frame (title, legend, footer) where it was; auto
 * follows the language; a map is never mirrored. */
#include "chart_dump.h"

static bool frame_item(json_t *it)
{
    static const char *const roles[] = {"title",         "subtitle", "legend",
                                        "legend-symbol", "source",   "as-of"};
    for (size_t i = 0; i < sizeof roles / sizeof *roles; i++)
        if (is(it, "role", roles[i]))
            return true;
    return false;
}

static void test_check(void)
{
    static const char *const good[] = {"ltr", "rtl", "auto", NULL};
    struct ml_options o;
    struct ml_error err;
    ml_options_init(&o);
    for (size_t i = 0; i < sizeof good / sizeof *good; i++) {
        o.direction = good[i];
        CHECK(ml_options_check(&o, &err), "%s accepted", good[i] ? good[i] : "NULL");
    }
    o.direction = "up";
    CHECK(!ml_options_check(&o, &err) && err.code == ML_ERROR_USAGE &&
              strcmp(err.path, "direction") == 0 && strstr(err.text, "\"up\""),
          "\"up\" refused: %s %s", err.path, err.text);
}

/* The rtl dump against the ltr one: the same items, each body box mirrored. */
static void compare(const char *chart, const struct run *a, const struct run *b, bool mirrored)
{
    size_t n = json_array_size(a->items), moved = 0, bad = 0;
    CHECK(n == json_array_size(b->items) && a->width == b->width, "%s: same items", chart);
    for (size_t i = 0; i < n && n == json_array_size(b->items); i++) {
        json_t *x = json_array_get(a->items, i), *y = json_array_get(b->items, i);
        double want = box_at(x, 0);
        if (mirrored && !frame_item(x))
            want = a->width - box_at(x, 0) - box_at(x, 2);
        bool same_role = strcmp(str(x, "role"), str(y, "role")) == 0;
        if (!same_role || fabs(box_at(y, 0) - want) > 0.01 || box_at(y, 1) != box_at(x, 1)) {
            if (bad++ < 3)
                printf("  %s item %zu (%s): x %.3f, expected %.3f\n", chart, i, str(x, "role"),
                       box_at(y, 0), want);
        }
        moved += fabs(box_at(y, 0) - box_at(x, 0)) > 0.01;
    }
    CHECK(bad == 0, "%s: %zu of %zu items misplaced", chart, bad, n);
    CHECK(mirrored ? moved > n / 2 : moved == 0, "%s: %zu of %zu items moved", chart, moved, n);
}

static void test_mirror(struct ml_renderer *rr, const char *doc)
{
    static const char *const charts[] = {"timeline", "membership", "count", "map"};
    for (size_t c = 0; c < sizeof charts / sizeof *charts; c++) {
        struct run ltr, rtl, autod;
        struct ml_options o;
        ml_options_init(&o);
        o.chart = charts[c];
        bool ok = render(rr, doc, &o, &ltr);
        o.direction = "rtl";
        ok = render(rr, doc, &o, &rtl) && ok;
        o.direction = "auto"; /* English: left to right */
        ok = render(rr, doc, &o, &autod) && ok;
        CHECK(ok, "%s renders", charts[c]);
        if (ok) {
            compare(charts[c], &ltr, &rtl, strcmp(charts[c], "map") != 0);
            compare(charts[c], &ltr, &autod, false);
            char what[256];
            CHECK(text_overlaps(&rtl, what, sizeof what) == 0, "%s rtl: %s", charts[c], what);
            CHECK(outside_page(&rtl, what, sizeof what) == 0, "%s rtl: %s", charts[c], what);
        }
        run_free(&ltr);
        run_free(&rtl);
        run_free(&autod);
    }
}

int main(void)
{
    struct ml_error err;
    test_check();
    struct ml_renderer *rr = ml_renderer_create(&err);
    char *doc = gen_doc(30);
    if (rr && doc)
        test_mirror(rr, doc);
    free(doc);
    ml_renderer_destroy(rr);
    return test_done();
}
