/* Title, subtitle, legend, source note and as-of date: the same on every chart. */
#include "chrome.h"

#include <math.h>
#include <stdio.h>

#include "i18n.h"

double chrome_header(struct layout *l, struct text_ctx *ctx, const struct chart_opts *opts)
{
    double y = opts->margin, wrap = opts->width - 2 * opts->margin;
    struct item *it;
    if (opts->title && *opts->title) {
        it = layout_text(l, ctx, opts->title, &opts->fonts.title, wrap, ALIGN_LEFT, opts->margin, y,
                         opts->theme.text, "title");
        if (it)
            y += it->box.h + opts->gap * 0.25;
    }
    if (opts->subtitle && *opts->subtitle) {
        it = layout_text(l, ctx, opts->subtitle, &opts->fonts.subtitle, wrap, ALIGN_LEFT,
                         opts->margin, y, opts->theme.muted, "subtitle");
        if (it)
            y += it->box.h;
    }
    return y > opts->margin ? y + opts->gap : y;
}

static void legend_symbol(struct layout *l, const struct chart_opts *opts,
                          const struct legend_entry *e, struct box b)
{
    struct item *it;
    if (e->kind == LEGEND_LINE) {
        it = layout_line(l, b.x, b.y + b.h / 2, b.x + b.w, b.y + b.h / 2, e->color, 2.0,
                         "legend-symbol");
        if (it)
            it->dashed = e->dashed;
        return;
    }
    it = layout_rect(l, e->kind == LEGEND_MARKER ? ITEM_MARKER : ITEM_RECT, b, e->color,
                     "legend-symbol");
    if (!it)
        return;
    it->shape = e->shape;
    it->pattern = e->pattern;
    it->radius = e->kind == LEGEND_SWATCH ? 1.5 : 0;
    if (e->hollow) {
        it->fill = 0;
        it->stroke = e->color;
        it->stroke_width = 1.5;
        it->dashed = e->dashed;
    } else if (e->kind == LEGEND_MARKER || e->pattern != PATTERN_NONE) {
        it->stroke = opts->theme.background;
        it->stroke_width = 0.8;
    }
}

double chrome_legend(struct layout *l, struct text_ctx *ctx, const struct chart_opts *opts,
                     const struct legend_entry *e, size_t n, double x, double y, double width)
{
    const struct font *f = &opts->fonts.legend;
    double sym = f->size * 1.0, pad = f->size * 0.4, spacing = f->size * 1.4;
    double cx = x, cy = y, row_h = 0;
    for (size_t i = 0; i < n; i++) {
        struct text_size ts;
        text_measure(ctx, e[i].label, f, 0, ALIGN_LEFT, &ts);
        double w = sym + pad + ts.w;
        if (cx > x && cx + w > x + width) {
            cx = x;
            cy += row_h + f->size * 0.35;
            row_h = 0;
        }
        row_h = fmax(row_h, ts.h);
        if (l) {
            struct box b = {cx, cy + (ts.h - sym) / 2, e[i].kind == LEGEND_LINE ? sym * 1.4 : sym,
                            sym};
            legend_symbol(l, opts, &e[i], b);
            double tx = cx + b.w + pad;
            layout_text(l, ctx, e[i].label, f, 0, ALIGN_LEFT, tx, cy, opts->theme.text, "legend");
            w = b.w + pad + ts.w;
        }
        cx += w + spacing;
    }
    return n ? cy + row_h - y : 0;
}

static void footer_texts(const struct chart_opts *opts, char *source, size_t ns, char *asof,
                         size_t na)
{
    char date[96];
    source[0] = '\0';
    if (opts->source_note && *opts->source_note)
        i18n_labelled(opts->lang_code, W_SOURCE, opts->source_note, source, ns);
    i18n_date(opts->lang_code, &opts->as_of, date, sizeof date);
    i18n_labelled(opts->lang_code, W_AS_OF, date, asof, na);
}

/* Source note at the left, as-of at the right; stacked when they do not fit side by side. */
static double footer(struct layout *l, struct text_ctx *ctx, const struct chart_opts *opts,
                     double y_bottom)
{
    char source[2048], asof[160];
    struct text_size ss = {0}, as;
    const struct font *f = &opts->fonts.note;
    double width = opts->width - 2 * opts->margin;
    footer_texts(opts, source, sizeof source, asof, sizeof asof);
    text_measure(ctx, asof, f, 0, ALIGN_LEFT, &as);
    bool side = true;
    if (*source) {
        text_measure(ctx, source, f, 0, ALIGN_LEFT, &ss);
        side = ss.w + as.w + opts->gap * 2 <= width;
        if (!side)
            text_measure(ctx, source, f, width, ALIGN_LEFT, &ss);
    }
    double h = side ? fmax(ss.h, as.h) : ss.h + as.h + f->size * 0.2;
    if (l) {
        double top = y_bottom - h;
        if (*source)
            layout_text(l, ctx, source, f, side ? 0 : width, ALIGN_LEFT, opts->margin, top,
                        opts->theme.muted, "source");
        double ay = side ? top : top + ss.h + f->size * 0.2;
        double ax = side ? opts->width - opts->margin - as.w : opts->margin;
        layout_text(l, ctx, asof, f, 0, ALIGN_LEFT, ax, ay, opts->theme.muted, "as-of");
    }
    return h;
}

double chrome_footer_height(struct text_ctx *ctx, const struct chart_opts *opts)
{
    return footer(NULL, ctx, opts, 0);
}

void chrome_footer(struct layout *l, struct text_ctx *ctx, const struct chart_opts *opts,
                   double y_bottom)
{
    footer(l, ctx, opts, y_bottom);
}
