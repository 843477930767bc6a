/* The text helpers' cache of measured texts: it gives the same sizes as measuring afresh, stays
 * within its capacity inside one chart however many texts it sees (texts beyond it are measured
 * and drawn without it), and is emptied only between charts. */
#include <stdio.h>
#include <string.h>

#include "test.h"
#include "text.h"

static const struct font font = {"Noto Sans", 10, false, false};

static struct text_size measured(struct text_ctx *ctx, size_t i)
{
    char s[64];
    struct text_size ts;
    snprintf(s, sizeof s, "Label number %zu", i);
    text_measure(ctx, s, &font, i % 3 ? 0 : 60, ALIGN_LEFT, &ts);
    return ts;
}

static bool same(struct text_size a, struct text_size b)
{
    return a.w == b.w && a.h == b.h && a.lines == b.lines && a.baseline == b.baseline;
}

/* Something was drawn: not every pixel of the surface is still clear. */
static bool inked(struct text_ctx *ctx, const char *s)
{
    cairo_surface_t *img = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 200, 40);
    cairo_t *cr = cairo_create(img);
    text_draw(ctx, cr, s, &font, 0, ALIGN_LEFT, 2, 2, 0x000000ffu);
    cairo_destroy(cr);
    cairo_surface_flush(img);
    const unsigned char *d = cairo_image_surface_get_data(img);
    size_t n = (size_t)cairo_image_surface_get_stride(img) * 40, ink = 0;
    for (size_t i = 0; i < n; i++)
        ink += d[i] != 0;
    cairo_surface_destroy(img);
    return ink > 0;
}

int main(void)
{
    struct ml_error err = {0};
    struct text_ctx *ctx = text_ctx_create(&err), *fresh = text_ctx_create(&err);
    if (!ctx || !fresh) {
        CHECK(false, "text contexts: %s", err.text);
        return test_done();
    }
    size_t cap = text_cache_capacity(), n = cap + cap / 2;
    text_begin_chart(ctx);
    for (size_t i = 0; i < n; i++)
        measured(ctx, i);
    CHECK(text_cached(ctx) == cap, "one chart fills the cache to its capacity, no more: %zu of %zu",
          text_cached(ctx), cap);
    bool all_same = true;
    for (size_t i = 0; i < n; i += 7) {
        text_begin_chart(fresh);
        all_same &= same(measured(ctx, i), measured(fresh, i));
    }
    CHECK(all_same, "cached and uncached texts measure as when measured afresh");
    CHECK(text_cached(ctx) == cap, "still full within the chart");
    CHECK(inked(ctx, "Label number 1"), "a cached text draws");
    CHECK(inked(ctx, "Not measured before"), "a text beyond the cache draws");
    text_begin_chart(ctx);
    CHECK(text_cached(ctx) == 0, "a full cache is emptied when the next chart begins");
    measured(ctx, 1);
    measured(ctx, 2);
    text_begin_chart(ctx);
    CHECK(text_cached(ctx) == 2, "a cache with room is kept for the next chart");
    text_ctx_destroy(ctx);
    text_ctx_destroy(fresh);
    return test_done();
}
