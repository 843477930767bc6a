/* A renderer per thread is safe: four threads, each with its own renderer and document, render
 * every chart in every format, and every byte equals what one thread alone renders. Run under
 * ThreadSanitizer by `make check-tsan`. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "memberline.h"
#include "test.h"

#define THREADS 4
#define CHARTS 4
#define FORMATS 3
#define ROUNDS 2 /* each thread renders everything twice: its renderer is reused too */

static const char *const charts[CHARTS] = {"timeline", "membership", "count", "map"};
static const char *const themes[CHARTS] = {"light", "dark", "print", "light"};

struct bytes {
    char *data;
    size_t len;
};

struct run {
    struct bytes out[CHARTS][FORMATS];
    int failures;
    char why[512];
};

static void fail_run(struct run *r, const struct ml_error *err, const char *what)
{
    if (!r->failures++)
        snprintf(r->why, sizeof r->why, "%s: %s", what, err ? err->text : "");
}

/* One chart in one format into memory. */
static void render_one(struct run *r, struct ml_renderer *rd, const struct ml_doc *doc, int c,
                       int f)
{
    struct ml_error err = {0};
    struct ml_options o;
    ml_options_init(&o);
    o.chart = charts[c];
    o.theme = themes[c];
    o.width = 900;
    struct ml_chart *ch = ml_chart_create(rd, doc, &o, &err);
    if (!ch) {
        fail_run(r, &err, charts[c]);
        return;
    }
    struct bytes *b = &r->out[c][f];
    free(b->data);
    b->data = NULL;
    FILE *m = open_memstream(&b->data, &b->len);
    if (!m || !ml_chart_write_stream(ch, (enum ml_format)f, m, &err))
        fail_run(r, &err, "write");
    if (m)
        fclose(m);
    ml_chart_destroy(ch);
}

static void *render_all(void *arg)
{
    struct run *r = arg;
    struct ml_error err = {0};
    struct ml_doc *doc = ml_doc_load_file("data/sco.json", &err);
    struct ml_renderer *rd = doc ? ml_renderer_create(&err) : NULL;
    if (!rd)
        fail_run(r, &err, "start");
    for (int k = 0; rd && k < ROUNDS; k++)
        for (int c = 0; c < CHARTS; c++)
            for (int f = 0; f < FORMATS; f++)
                render_one(r, rd, doc, c, f);
    ml_renderer_destroy(rd);
    ml_doc_destroy(doc);
    return NULL;
}

static void run_free(struct run *r)
{
    for (int c = 0; c < CHARTS; c++)
        for (int f = 0; f < FORMATS; f++)
            free(r->out[c][f].data);
}

int main(void)
{
    static struct run alone, many[THREADS];
    pthread_t t[THREADS];
    setenv("SOURCE_DATE_EPOCH", "1700000000", 1); /* PDF dates: the same in every run */
    render_all(&alone);
    CHECK(alone.failures == 0, "one thread: %s", alone.why);
    int started = 0;
    for (int i = 0; i < THREADS; i++)
        started += pthread_create(&t[i], NULL, render_all, &many[i]) == 0;
    CHECK(started == THREADS, "%d of %d threads started", started, THREADS);
    for (int i = 0; i < started; i++)
        pthread_join(t[i], NULL);
    for (int i = 0; i < started; i++) {
        CHECK(many[i].failures == 0, "thread %d: %s", i, many[i].why);
        for (int c = 0; c < CHARTS; c++)
            for (int f = 0; f < FORMATS; f++) {
                const struct bytes *a = &alone.out[c][f], *b = &many[i].out[c][f];
                CHECK(a->len > 0 && a->len == b->len && memcmp(a->data, b->data, a->len) == 0,
                      "thread %d, %s format %d: %zu bytes, %zu alone", i, charts[c], f, b->len,
                      a->len);
            }
        run_free(&many[i]);
    }
    run_free(&alone);
    return test_done();
}
