/* The membership chart, read back from its layout dump: bars at their dates, no text overlap,
 * everything on the page, row order, group headers, the as-of cut, fixed-height shrinking. */
#include <sys/stat.h>

#include "chart_dump.h"

static void options(struct ml_options *o)
{
    ml_options_init(o);
    o->chart = "membership";
}

/* Bars start and end at the x of their dates; open ones end at the as-of date. */
static void check_bars(const struct run *r, const char *label, const char *as_of)
{
    double a = 0, b = 0;
    int bad = 0, bars = 0, open_wrong = 0;
    CHECK(time_scale_of(r, &a, &b), "%s: no time axis", label);
    for (size_t i = 0; i < json_array_size(r->items); i++) {
        json_t *it = json_array_get(r->items, i);
        if (!is(it, "role", "bar"))
            continue;
        bars++;
        double x0 = a + b * day_of(str(it, "from")), x1 = a + b * day_of(str(it, "to"));
        double least = fmax(box_at(it, 3) * 0.5, 3); /* a short period's least width */
        if (x1 - x0 < least) {
            /* It grows back from the chart's date, or on from its start. */
            if (day_of(str(it, "to")) >= day_of(as_of))
                x0 = x1 - least;
            else
                x1 = x0 + least;
        }
        if (fabs(box_at(it, 0) - x0) > 0.5 || fabs(box_at(it, 0) + box_at(it, 2) - x1) > 0.5) {
            if (!bad++)
                printf("  %s: bar %s %s %s..%s at %.2f..%.2f, expected %.2f..%.2f\n", label,
                       str(it, "ref"), str(it, "status"), str(it, "from"), str(it, "to"),
                       box_at(it, 0), box_at(it, 0) + box_at(it, 2), x0, x1);
        }
        if (json_is_true(json_object_get(it, "open")) && !is(it, "to", as_of))
            open_wrong++;
        if (day_of(str(it, "from")) > day_of(as_of))
            open_wrong++;
    }
    CHECK(bars > 0, "%s: no bars", label);
    CHECK(bad == 0, "%s: %d bar(s) off their dates", label, bad);
    CHECK(open_wrong == 0, "%s: %d bar(s) past the as-of date", label, open_wrong);
}

static void check_page(const struct run *r, const char *label)
{
    char what[512] = "";
    int n = text_overlaps(r, what, sizeof what);
    CHECK(n == 0, "%s: %d text overlap(s), first %s", label, n, what);
    n = outside_page(r, what, sizeof what);
    CHECK(n == 0, "%s: %d item(s) off the page, first %s", label, n, what);
}

/* Names from top to bottom, as "State 012" -> 12. */
static size_t row_order(const struct run *r, int *idx, size_t max)
{
    size_t n = 0;
    double last_y = -1;
    int last_page = 1;
    bool sorted = true;
    for (size_t i = 0; i < json_array_size(r->items) && n < max; i++) {
        json_t *it = json_array_get(r->items, i);
        if (!is(it, "role", "name"))
            continue;
        sorted = sorted &&
                 (page_of(it) > last_page || (page_of(it) == last_page && box_at(it, 1) > last_y));
        last_y = box_at(it, 1);
        last_page = page_of(it);
        idx[n++] = atoi(str(it, "text") + 6);
    }
    CHECK(sorted, "name labels are emitted top to bottom");
    return n;
}

static void test_sizes(struct ml_renderer *rr)
{
    static const int sizes[] = {5, 50, 200};
    for (size_t k = 0; k < 3; k++) {
        char label[32];
        char *doc = gen_doc(sizes[k]);
        struct ml_options o;
        struct run r;
        options(&o);
        snprintf(label, sizeof label, "%d members", sizes[k]);
        if (!render(rr, doc, &o, &r)) {
            CHECK(false, "%s: render", label);
            free(doc);
            continue;
        }
        check_bars(&r, label, "2025-10-26");
        check_page(&r, label);
        CHECK(count_role(&r, "name") == sizes[k], "%s: %d rows", label, count_role(&r, "name"));
        CHECK(count_role(&r, "continues") > 0, "%s: open periods show that they continue", label);
        CHECK(count_role(&r, "as-of-line") == 1, "%s: one as-of line", label);
        CHECK(r.warnings == 0, "%s: unexpected warning: %s", label, r.warning);
        run_free(&r);
        free(doc);
    }
}

/* Grouped: members (founders first), partners, applicants, then the member who withdrew. */
static void test_default_order(struct ml_renderer *rr)
{
    char *doc = gen_doc(12);
    struct ml_options o;
    struct run r;
    int idx[64];
    options(&o);
    CHECK(render(rr, doc, &o, &r), "render");
    size_t n = row_order(&r, idx, 64);
    static const int want[] = {0, 6, 1, 7, 2, 8, 5, 11, 4, 10, 3, 9};
    bool same = n == 12;
    for (size_t i = 0; same && i < n; i++)
        same = idx[i] == want[i];
    CHECK(same, "default order: got %d %d %d %d %d %d ...", idx[0], idx[1], idx[2], idx[3], idx[4],
          idx[5]);
    CHECK(count_role(&r, "group") == 4, "four group headers, got %d", count_role(&r, "group"));
    check_page(&r, "grouped");
    run_free(&r);
    free(doc);
}

static void test_name_ungrouped(struct ml_renderer *rr)
{
    char *doc = gen_doc(30);
    struct ml_options o;
    struct run r;
    int idx[64];
    options(&o);
    o.sort = "name";
    o.group = "none";
    CHECK(render(rr, doc, &o, &r), "render");
    size_t n = row_order(&r, idx, 64);
    bool sorted = n == 30;
    for (size_t i = 1; sorted && i < n; i++)
        sorted = idx[i] > idx[i - 1];
    CHECK(sorted, "--sort name --group none: rows by name");
    CHECK(count_role(&r, "group") == 0, "--group none: no headers");
    run_free(&r);
    free(doc);
}

/* As of 2010: later periods are gone, the withdrawn member is still a member. */
static void test_as_of(struct ml_renderer *rr)
{
    char *doc = gen_doc(12);
    struct ml_options o;
    struct run r;
    options(&o);
    o.as_of = "2010-01-01";
    CHECK(render(rr, doc, &o, &r), "render");
    check_bars(&r, "as of 2010", "2010-01-01");
    check_page(&r, "as of 2010");
    int rows = count_role(&r, "name");
    /* Kinds 4 (applicant from 2015) and 5 (from 2016) have nothing yet. */
    CHECK(rows == 8, "as of 2010: 8 rows, got %d", rows);
    bool withdrawn_open = false;
    for (size_t i = 0; i < json_array_size(r.items); i++) {
        json_t *it = json_array_get(r.items, i);
        if (is(it, "role", "bar") && is(it, "ref", "M003"))
            withdrawn_open = json_is_true(json_object_get(it, "open"));
    }
    CHECK(withdrawn_open, "as of 2010 the member who left in May 2010 still continues");
    run_free(&r);
    free(doc);
}

/* A fixed slide: 50 rows shrink to fit; 200 rows on a short page go on more pages, every one
 * of them, none smaller than 7 pt, and nothing is left out or warned about. */
static void test_fixed_height(struct ml_renderer *rr)
{
    char *doc = gen_doc(200);
    struct ml_options o;
    struct run r;
    options(&o);
    o.width = 1440;
    o.height = 810;
    CHECK(render(rr, doc, &o, &r), "render");
    int pages = (int)json_integer_value(json_object_get(r.root, "pages"));
    CHECK(count_role(&r, "name") == 200, "200 on a slide: every row drawn (%d)",
          count_role(&r, "name"));
    CHECK(pages > 1, "200 on a slide: on more than one page (%d)", pages);
    CHECK(r.warnings == 0, "no warning: nothing was left out (%s)", r.warning);
    CHECK(r.height == 810, "the height stays fixed");
    CHECK(count_role(&r, "left-out") == 0, "nothing says rows were left out");
    CHECK(count_role(&r, "title") == pages, "a title on each of the %d pages", pages);
    check_page(&r, "200 on a slide");
    check_bars(&r, "200 on a slide", "2025-10-26");
    for (size_t i = 0; i < json_array_size(r.items); i++) {
        json_t *it = json_array_get(r.items, i);
        if (is(it, "kind", "text"))
            CHECK(json_number_value(json_object_get(it, "size")) >= 6.99, "no type below 7 pt");
    }
    run_free(&r);
    free(doc);

    doc = gen_doc(50);
    options(&o);
    o.width = 1440;
    o.height = 810;
    CHECK(render(rr, doc, &o, &r), "render");
    CHECK(count_role(&r, "name") == 50, "50 on a slide all fit");
    CHECK(r.warnings == 0, "50 on a slide: no warning (%s)", r.warning);
    check_bars(&r, "50 on a slide", "2025-10-26");
    check_page(&r, "50 on a slide");
    run_free(&r);
    free(doc);
}

static void test_marks(struct ml_renderer *rr)
{
    char *doc = gen_doc(12);
    struct ml_options o;
    struct run r;
    options(&o);
    o.mark = "category:membership";
    CHECK(render(rr, doc, &o, &r), "render");
    CHECK(count_role(&r, "mark") == 3, "three marks, got %d", count_role(&r, "mark"));
    CHECK(count_role(&r, "mark-line") == 3, "three mark lines");
    check_page(&r, "marks");
    run_free(&r);
    options(&o);
    o.mark = "id:enlarged";
    CHECK(render(rr, doc, &o, &r), "render");
    CHECK(count_role(&r, "mark") == 1, "one mark by id");
    run_free(&r);
    free(doc);
}

/* The library lays out pages and writes any one of them; a page that is not there is a usage
 * error that writes nothing. */
static void test_page_api(struct ml_renderer *rr)
{
    char *json = gen_doc(200);
    struct ml_error err;
    struct ml_options o;
    options(&o);
    o.width = 595.28;
    o.height = 841.89;
    struct ml_doc *doc = ml_doc_load_string(json, strlen(json), "gen", &err);
    struct ml_chart *ch = doc ? ml_chart_create(rr, doc, &o, &err) : NULL;
    CHECK(ch, "render: %s", err.text);
    if (!ch) {
        ml_doc_destroy(doc);
        free(json);
        return;
    }
    int n = ml_chart_page_count(ch);
    CHECK(n > 1, "200 rows on A4: %d pages", n);
    char dir[] = "/tmp/ml-pages-XXXXXX", path[64];
    CHECK(mkdtemp(dir) != NULL, "a scratch folder");
    for (int k = 1; k <= n; k++) {
        struct stat st;
        snprintf(path, sizeof path, "%s/p%d.svg", dir, k);
        CHECK(ml_chart_write_file_page(ch, ML_FORMAT_SVG, k, path, &err), "page %d: %s", k,
              err.text);
        CHECK(stat(path, &st) == 0 && st.st_size > 0, "page %d written", k);
        unlink(path);
    }
    snprintf(path, sizeof path, "%s/none.png", dir);
    CHECK(!ml_chart_write_file_page(ch, ML_FORMAT_PNG, n + 1, path, &err) &&
              err.code == ML_ERROR_USAGE,
          "page %d of %d is a usage error", n + 1, n);
    CHECK(!ml_chart_write_file_page(ch, ML_FORMAT_PNG, 0, path, &err) && err.code == ML_ERROR_USAGE,
          "page 0 is a usage error");
    CHECK(access(path, F_OK) != 0, "no file for a page that is not there");
    rmdir(dir);
    ml_chart_destroy(ch);
    ml_doc_destroy(doc);
    free(json);
}

static int pages_of(const struct run *r)
{
    return (int)json_integer_value(json_object_get(r->root, "pages"));
}

/* The biggest name on any page: the type the rows are drawn at. */
static double name_size(const struct run *r)
{
    double most = 0;
    for (size_t i = 0; i < json_array_size(r->items); i++) {
        json_t *it = json_array_get(r->items, i);
        if (is(it, "role", "name"))
            most = fmax(most, json_number_value(json_object_get(it, "size")));
    }
    return most;
}

/* The default size grows: a PNG or SVG as tall as the rows need up to 200 in, then pages; a PDF
 * (ml_options_set_format) pages once it would grow past the width times sqrt(2). Pages keep the
 * type the chart grew at, and no row is left out. */
static void test_default_pages(struct ml_renderer *rr)
{
    static const int sizes[] = {20, 220, 1000};
    for (size_t k = 0; k < sizeof sizes / sizeof *sizes; k++) {
        char *doc = gen_doc(sizes[k]);
        struct ml_options o, pdf;
        struct run grown, paged;
        options(&o);
        pdf = o;
        ml_options_set_format(&pdf, ML_FORMAT_PDF);
        CHECK(fabs(pdf.max_height - 1200 * ML_PRINT_RATIO) < 0.01, "%d: a PDF page %.1f pt",
              sizes[k], pdf.max_height);
        if (!render(rr, doc, &o, &grown) || !render(rr, doc, &pdf, &paged)) {
            CHECK(false, "%d: render", sizes[k]);
            free(doc);
            continue;
        }
        CHECK(count_role(&grown, "name") == sizes[k] && count_role(&paged, "name") == sizes[k],
              "%d: rows drawn %d and %d", sizes[k], count_role(&grown, "name"),
              count_role(&paged, "name"));
        CHECK(grown.height <= ML_LENGTH_MAX, "%d: grown %.0f pt, past 200 in", sizes[k],
              grown.height);
        bool tall = pages_of(&grown) > 1 || grown.height > pdf.max_height;
        CHECK(tall == (sizes[k] > 20), "%d: %d page(s) of %.0f pt", sizes[k], pages_of(&grown),
              grown.height);
        CHECK((pages_of(&grown) > 1) == (sizes[k] == 1000), "%d: %d PNG page(s) at the 200 in cap",
              sizes[k], pages_of(&grown));
        if (tall) {
            CHECK(pages_of(&paged) > 1 && fabs(paged.height - pdf.max_height) < 0.5,
                  "%d: PDF %d page(s) of %.1f pt", sizes[k], pages_of(&paged), paged.height);
            check_page(&paged, "default PDF pages");
        } else {
            CHECK(pages_of(&paged) == 1 && paged.height == grown.height,
                  "%d: a short chart is one page as before (%d, %.0f)", sizes[k], pages_of(&paged),
                  paged.height);
        }
        CHECK(name_size(&paged) == name_size(&grown), "%d: pages keep the type (%.2f, %.2f)",
              sizes[k], name_size(&paged), name_size(&grown));
        run_free(&grown);
        run_free(&paged);
        free(doc);
    }
    struct ml_options o;
    ml_options_init(&o); /* a timeline fits its page: no pages for it */
    ml_options_set_format(&o, ML_FORMAT_PDF);
    CHECK(o.max_height == 0, "a timeline's PDF is left as it is");
    options(&o);
    ml_options_set_format(&o, ML_FORMAT_PNG);
    CHECK(o.max_height == 0, "a PNG grows");
    o.height = 600;
    ml_options_set_format(&o, ML_FORMAT_PDF);
    CHECK(o.max_height == 0, "a fixed height is left as it is");
}

int main(void)
{
    struct ml_error err;
    struct ml_renderer *rr = ml_renderer_create(&err);
    if (!rr) {
        printf("renderer: %s\n", err.text);
        return 1;
    }
    test_sizes(rr);
    test_default_order(rr);
    test_name_ungrouped(rr);
    test_as_of(rr);
    test_fixed_height(rr);
    test_marks(rr);
    test_page_api(rr);
    test_default_pages(rr);
    ml_renderer_destroy(rr);
    return test_done();
}
