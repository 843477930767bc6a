#include "chart.h"
#include "chrome.h"
static bool stub(const struct chart_opts *o, struct text_ctx *ctx, struct layout *l)
{
    double y = chrome_header(l, ctx, o);
    if (!l->height)
        l->height = y + 200;
    chrome_footer(l, ctx, o, l->height - o->margin);
    return true;
}
bool timeline_layout(const struct ml_doc *d, const struct chart_opts *o, struct text_ctx *c,
                     struct layout *l, struct ml_error *e)
{
    (void)d;
    (void)e;
    return stub(o, c, l);
}
bool membership_layout(const struct ml_doc *d, const struct chart_opts *o, struct text_ctx *c,
                       struct layout *l, struct ml_error *e)
{
    (void)d;
    (void)e;
    return stub(o, c, l);
}
bool count_layout(const struct ml_doc *d, const struct chart_opts *o, struct text_ctx *c,
                  struct layout *l, struct ml_error *e)
{
    (void)d;
    (void)e;
    return stub(o, c, l);
}
bool map_layout(const struct ml_doc *d, const struct chart_opts *o, struct text_ctx *c,
                struct layout *l, struct ml_error *e)
{
    (void)d;
    (void)e;
    return stub(o, c, l);
}
