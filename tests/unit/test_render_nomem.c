/* Allocation failures over the whole pipeline: load, layout and every output, for every chart.
 *
 * How failures are injected: this binary is linked with -Wl,--wrap=malloc,calloc,realloc,strdup
 * (see the Makefile). The linker rewrites those calls only in the objects it links statically,
 * that is libmemberline.a and this file; cairo, pango, glib and jansson are shared libraries and
 * keep calling the real allocator. That is the restriction we want: glib's g_malloc aborts on
 * failure by design, so failing allocations inside pango could only test glib. jansson's
 * allocations are failed by the loader's own hook (jread_fail_alloc_at, tests/unit/test_load.c).
 *
 * For n = 1, 2, ... the n-th allocation our code makes fails; every run must then either succeed
 * (the failure hit nothing that matters) or fail cleanly: false or NULL with ML_ERROR_NOMEM in the
 * error, no crash, and no leak (the sanitizers or valgrind check that at exit). */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "chart.h"
#include "memberline.h"
#include "test.h"
#include "world.h"

#if defined(__has_include)
#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#endif
#endif
#ifndef RUNNING_ON_VALGRIND
#define RUNNING_ON_VALGRIND 0
#endif

void *__real_malloc(size_t size);
void *__real_calloc(size_t n, size_t size);
void *__real_realloc(void *p, size_t size);
char *__real_strdup(const char *s);
void *__wrap_malloc(size_t size);
void *__wrap_calloc(size_t n, size_t size);
void *__wrap_realloc(void *p, size_t size);
char *__wrap_strdup(const char *s);

static long fail_at, alloc_count;
static bool failed; /* an injected failure happened in this run */

static bool alloc_fails(void)
{
    if (fail_at > 0 && ++alloc_count == fail_at)
        return failed = true;
    return false;
}

void *__wrap_malloc(size_t size)
{
    return alloc_fails() ? NULL : __real_malloc(size);
}

void *__wrap_calloc(size_t n, size_t size)
{
    return alloc_fails() ? NULL : __real_calloc(n, size);
}

void *__wrap_realloc(void *p, size_t size)
{
    return alloc_fails() ? NULL : __real_realloc(p, size);
}

char *__wrap_strdup(const char *s)
{
    return alloc_fails() ? NULL : __real_strdup(s);
}

static void arm(long n)
{
    fail_at = n;
    alloc_count = 0;
    failed = false;
}

/* Two languages, a category, a span, statuses, members with ISO codes the map knows. */
static const char DOC[] =
    "{\"memberline\": 1, \"title\": {\"en\": \"Test\", \"ru\": \"Тест\"}, \"languages\": [\"en\", "
    "\"ru\"], \"subtitle\": \"Sub\", \"source\": \"Somewhere\", \"as_of\": \"2024-01-01\","
    "\"categories\": [{\"id\": \"s\", \"label\": \"Summit\"}],"
    "\"statuses\": [{\"id\": \"member\", \"label\": \"Member\", \"rank\": 1},"
    "{\"id\": \"observer\", \"label\": \"Observer\", \"rank\": 2}],"
    "\"events\": [{\"id\": \"a\", \"date\": \"2001-06-15\", \"title\": \"Founded\", \"category\": "
    "\"s\", \"sources\": []}, {\"id\": \"b\", \"date\": \"2017\", \"title\": \"Enlarged\", "
    "\"category\": \"s\", \"importance\": 1, \"sources\": [\"https://ex.org/(a b)\"]}],"
    "\"spans\": [{\"id\": \"c\", \"from\": \"2021\", \"to\": \"2024\", \"title\": \"Committee\"}],"
    "\"members\": [{\"id\": \"CN\", \"iso3\": \"CHN\", \"name\": \"China\", \"periods\": "
    "[{\"status\": \"member\", \"from\": \"2001-06-15\"}]}, {\"id\": \"IN\", \"iso3\": \"IND\", "
    "\"name\": \"India\", \"periods\": [{\"status\": \"observer\", \"from\": \"2005\", \"to\": "
    "\"2017-06-09\"}, {\"status\": \"member\", \"from\": \"2017-06-09\"}]}]}";

static char dir[] = "/tmp/ml-render-nomem-XXXXXX";

/* Warnings that say events were left out. The document's events all fit its growing page, so
 * one of these in a run means an allocation failure was taken for "no room". */
static long left_out;

static void count_left_out(void *user, const char *message)
{
    (void)user;
    left_out += strstr(message, "left out") != NULL;
}

/* One whole pipeline; false with err filled at the first step that fails. */
static bool pipeline(struct ml_renderer *r, const char *chart, enum ml_format f,
                     struct ml_error *err)
{
    char path[96], layout_path[96];
    snprintf(path, sizeof path, "%s/out", dir);
    snprintf(layout_path, sizeof layout_path, "%s/layout.json", dir);
    struct ml_options o;
    ml_options_init(&o);
    o.chart = chart;
    o.width = 400;
    o.png_scale = 0.5;
    o.warn = count_left_out;
    struct ml_doc *doc = ml_doc_load_string(DOC, sizeof DOC - 1, "<nomem>", err);
    if (!doc)
        return false;
    struct ml_chart *ch = ml_chart_create(r, doc, &o, err);
    ml_doc_destroy(doc);
    if (!ch)
        return false;
    FILE *sink = fopen("/dev/null", "w");
    bool ok = sink && ml_chart_write_stream(ch, f, sink, err) &&
              ml_chart_write_file(ch, f, path, err) &&
              ml_chart_write_layout_json(ch, layout_path, err);
    if (sink)
        fclose(sink);
    ml_chart_destroy(ch);
    return ok;
}

/* Nothing but the finished outputs may be in the folder: no temporary file left behind. */
static int stray_files(void)
{
    char cmd[128];
    snprintf(cmd, sizeof cmd, "ls -A %s | grep -v -x -e out -e layout.json | grep -q .", dir);
    return system(cmd) == 0;
}

/* step > 1 fails every step-th allocation only (the map under valgrind: until the world's shapes
 * load, every run retries them, some 900 allocations, each run taking a second there). */
static void test_chart(struct ml_renderer *r, const char *chart, enum ml_format f, long step)
{
    struct ml_error err;
    long n, wrong = 0, stray = 0, misread = 0;
    char first[400] = "";
    for (n = 1; n < 200000; n += step) {
        arm(n);
        memset(&err, 0, sizeof err);
        left_out = 0;
        bool ok = pipeline(r, chart, f, &err);
        misread += ok && left_out > 0;
        bool hit = failed;
        arm(0);
        if (ok && !hit)
            break; /* every allocation succeeded: done */
        stray += stray_files();
        if (!ok && err.code != ML_ERROR_NOMEM && getenv("NOMEM_VERBOSE"))
            printf("%s n=%ld: code %d: %s\n", chart, n, err.code, err.text);
        if (!ok && err.code != ML_ERROR_NOMEM && !wrong++)
            snprintf(first, sizeof first, "n=%ld: code %d: %s", n, err.code, err.text);
    }
    CHECK(n > 10 && n < 200000, "%s: allocations %ld", chart, n);
    CHECK(wrong == 0, "%s format %d: %ld failures without ML_ERROR_NOMEM; first %s", chart, (int)f,
          wrong, first);
    CHECK(stray == 0, "%s: %ld runs left a temporary file", chart, stray);
    CHECK(misread == 0, "%s: %ld runs took out of memory for events left out", chart, misread);
    printf("%s format %d: %ld allocations failed in turn (every %ld)\n", chart, (int)f, n - 1,
           step);
}

static void test_renderer(void)
{
    long n;
    struct ml_error err;
    for (n = 1; n < 1000; n++) {
        arm(n);
        struct ml_renderer *r = ml_renderer_create(&err);
        arm(0);
        if (r) {
            ml_renderer_destroy(r);
            if (!failed)
                break;
        } else {
            CHECK(err.code == ML_ERROR_NOMEM, "renderer n=%ld: %d %s", n, err.code, err.text);
        }
    }
    CHECK(n < 1000, "renderer allocations: %ld", n);
}

/* The layout contract: a chart's layout returns false exactly when it has set the error, and
 * then to ML_ERROR_NOMEM; a layout that returns true is complete (no allocation was lost). */
static void test_layout_contract(const char *chart)
{
    struct ml_error err;
    struct ml_doc *doc = ml_doc_load_string(DOC, sizeof DOC - 1, "<contract>", &err);
    struct text_ctx *ctx = text_ctx_create(&err);
    const struct chart_kind *kind = chart_find(chart);
    CHECK(doc && ctx && kind, "%s: set up: %s", chart, err.text);
    if (!doc || !ctx || !kind) {
        ml_doc_destroy(doc);
        text_ctx_destroy(ctx);
        return;
    }
    struct ml_options o;
    ml_options_init(&o);
    o.chart = chart;
    struct chart_state st = {0};
    struct chart_opts c = {.user = &o, .state = &st, .lang_code = "en", .width = 500};
    theme_builtin(&c.theme, "print");
    /* The renderer loads the shapes before layout; here the test does, unarmed. */
    struct world *shapes = kind->world ? world_load_default(NULL, &err) : NULL;
    CHECK(!kind->world || shapes, "%s: shapes: %s", chart, err.text);
    c.world = shapes;
    date_parse("2024-01-01", &c.as_of, NULL);
    struct font f = {c.theme.font_family, 9, false, false};
    c.fonts = (struct fonts){f, f, f, f, f, f, f, f};
    c.margin = 12;
    c.gap = 8;
    c.title = "Test";
    long n, broken = 0;
    for (n = 1; n < 100000; n++) {
        struct layout l;
        layout_init(&l, chart);
        l.width = c.width;
        memset(&err, 0, sizeof err);
        arm(n);
        bool ok = kind->layout(doc, &c, ctx, &l, &err);
        bool hit = failed;
        arm(0);
        if (ok ? err.code != ML_OK || l.nomem : err.code != ML_ERROR_NOMEM) {
            if (!broken++)
                printf("%s n=%ld: returned %d, code %d, nomem %d\n", chart, n, ok, (int)err.code,
                       l.nomem);
        }
        layout_finish(&l);
        if (ok && !hit)
            break;
    }
    CHECK(broken == 0, "%s: %ld runs broke the layout contract", chart, broken);
    CHECK(n > 5 && n < 100000, "%s layout: %ld allocations", chart, n);
    world_destroy(shapes);
    text_ctx_destroy(ctx);
    ml_doc_destroy(doc);
}

int main(void)
{
    static const char *const charts[] = {"timeline", "membership", "count"};
    struct ml_error err;
    setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
    if (!mkdtemp(dir)) {
        perror("mkdtemp");
        return 1;
    }
    test_renderer();
    for (size_t i = 0; i < sizeof charts / sizeof *charts; i++)
        test_layout_contract(charts[i]);
    struct ml_renderer *r = ml_renderer_create(&err);
    CHECK(r != NULL, "renderer: %s", err.text);
    for (size_t i = 0; r && i < sizeof charts / sizeof *charts; i++)
        for (int f = ML_FORMAT_PNG; f <= ML_FORMAT_PDF; f++)
            test_chart(r, charts[i], (enum ml_format)f, 1);
    if (r)
        test_chart(r, "map", ML_FORMAT_PNG, RUNNING_ON_VALGRIND ? 37 : 1);
    ml_renderer_destroy(r);
    char cmd[96];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    if (system(cmd) != 0)
        perror(cmd);
    return test_done();
}
