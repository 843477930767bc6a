/* The count chart, read back from its layout dump: step values at chosen dates in both modes,
 * the as-of cut, the current counts, no text overlap, everything on the page. */
#include "chart_dump.h"

/* The step value of status on iso (0 when no step covers the day). */
static double step_value(const struct run *r, const char *status, const char *iso)
{
    double d = day_of(iso);
    for (size_t i = 0; i < json_array_size(r->items); i++) {
        json_t *it = json_array_get(r->items, i);
        if (is(it, "role", "step") && is(it, "status", status) && day_of(str(it, "from")) <= d &&
            d < day_of(str(it, "to")))
            return json_number_value(json_object_get(it, "value"));
    }
    return 0;
}

static double current_value(const struct run *r, const char *status)
{
    for (size_t i = 0; i < json_array_size(r->items); i++) {
        json_t *it = json_array_get(r->items, i);
        if (is(it, "role", "current") && is(it, "status", status))
            return json_number_value(json_object_get(it, "value"));
    }
    return 0;
}

struct expect {
    const char *date, *status;
    int kinds[3]; /* member kinds (see chart_dump.h) that hold the status; -1 ends */
};

static const struct expect facts[] = {
    {"2000-01-01", "club", {0, -1}},       {"2000-01-01", "member", {-1}},
    {"2005-01-01", "member", {0, 3, -1}},  {"2010-01-01", "member", {0, 3, -1}},
    {"2010-01-01", "observer", {1, -1}},   {"2010-01-01", "dialogue", {2, -1}},
    {"2013-01-01", "dialogue", {-1}},      {"2013-01-01", "member", {0, -1}},
    {"2020-01-01", "member", {0, 1, -1}},  {"2020-01-01", "observer", {2, -1}},
    {"2020-01-01", "dialogue", {5, -1}},   {"2020-01-01", "applicant", {4, -1}},
    {"2025-10-01", "partner", {2, 5, -1}}, {"2025-10-01", "observer", {-1}},
    {"2025-10-01", "dialogue", {-1}},      {"2025-10-01", "member", {0, 1, -1}},
    {"2017-06-09", "member", {0, 1, -1}},  {"2017-06-08", "member", {0, -1}},
};

static int expected(int n, const struct expect *e)
{
    int v = 0;
    for (int k = 0; k < 3 && e->kinds[k] >= 0; k++)
        v += n_kind(n, e->kinds[k]);
    return v;
}

static void check_page(const struct run *r, const char *label)
{
    char what[512] = "";
    int n = text_overlaps(r, what, sizeof what);
    CHECK(n == 0, "%s: %d text overlap(s), first %s", label, n, what);
    n = outside_page(r, what, sizeof what);
    CHECK(n == 0, "%s: %d item(s) off the page, first %s", label, n, what);
}

static void test_values(struct ml_renderer *rr, int n, const char *mode)
{
    char label[64];
    char *doc = gen_doc(n);
    struct ml_options o;
    struct run r;
    ml_options_init(&o);
    o.chart = "count";
    o.count_mode = mode;
    snprintf(label, sizeof label, "%d members, %s", n, mode);
    if (!render(rr, doc, &o, &r)) {
        CHECK(false, "%s: render", label);
        free(doc);
        return;
    }
    for (size_t i = 0; i < sizeof facts / sizeof *facts; i++) {
        double got = step_value(&r, facts[i].status, facts[i].date);
        CHECK(got == expected(n, &facts[i]), "%s: %s on %s is %g, expected %d", label,
              facts[i].status, facts[i].date, got, expected(n, &facts[i]));
    }
    CHECK(current_value(&r, "partner") == n_kind(n, 2) + n_kind(n, 5), "%s: partners now", label);
    CHECK(current_value(&r, "member") == n_kind(n, 0) + n_kind(n, 1), "%s: members now", label);
    check_page(&r, label);
    CHECK(r.warnings == 0, "%s: unexpected warning %s", label, r.warning);
    run_free(&r);
    free(doc);
}

/* As of 2010: nothing after it, and the counts on that day at the end. */
static void test_as_of(struct ml_renderer *rr)
{
    char *doc = gen_doc(50);
    struct ml_options o;
    struct run r;
    ml_options_init(&o);
    o.chart = "count";
    o.as_of = "2010-01-01";
    CHECK(render(rr, doc, &o, &r), "render");
    bool past = false;
    for (size_t i = 0; i < json_array_size(r.items); i++) {
        json_t *it = json_array_get(r.items, i);
        if (is(it, "role", "step") && day_of(str(it, "to")) > day_of("2010-01-01"))
            past = true;
    }
    CHECK(!past, "as of 2010: no step past the date");
    CHECK(current_value(&r, "member") == n_kind(50, 0) + n_kind(50, 3), "as of 2010: members");
    CHECK(current_value(&r, "partner") == 0, "as of 2010: no partners yet");
    check_page(&r, "as of 2010");
    run_free(&r);
    free(doc);
}

static void test_slide(struct ml_renderer *rr)
{
    char *doc = gen_doc(200);
    struct ml_options o;
    struct run r;
    ml_options_init(&o);
    o.chart = "count";
    o.width = 1440;
    o.height = 810;
    CHECK(render(rr, doc, &o, &r), "render");
    CHECK(r.height == 810, "slide height kept");
    check_page(&r, "count slide");
    run_free(&r);
    free(doc);
}

int main(void)
{
    struct ml_error err;
    struct ml_renderer *rr = ml_renderer_create(&err);
    if (!rr) {
        printf("renderer: %s\n", err.text);
        return 1;
    }
    static const int sizes[] = {5, 50, 200};
    for (size_t i = 0; i < 3; i++) {
        test_values(rr, sizes[i], "stacked");
        test_values(rr, sizes[i], "lines");
    }
    test_as_of(rr);
    test_slide(rr);
    ml_renderer_destroy(rr);
    return test_done();
}
