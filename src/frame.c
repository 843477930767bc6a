/* Title, subtitle, legend, source note and as-of date: the same on every chart. */
#include "frame.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "strbuf.h"
#include "vec.h"

bool legend_add(struct legend *lg, struct legend_entry e, const char *label)
{
    e.label = strdup(label ? label : "");
    if (!e.label || !vec_grow((void **)&lg->e, &lg->cap, lg->n + 1, sizeof *lg->e)) {
        free(e.label);
        lg->nomem = true;
        return false;
    }
    lg->e[lg->n++] = e;
    return true;
}

void legend_finish(struct legend *lg)
{
    for (size_t i = 0; i < lg->n; i++)
        free(lg->e[i].label);
    free(lg->e);
    *lg = (struct legend){0};
}

/* A right-to-left chart's frame reads from the right: its title, subtitle, legend and footer
 * start at the right margin (the time axis keeps its direction: see --direction). */
static bool rtl(const struct chart_opts *opts)
{
    return i18n_rtl(opts->lang_code);
}

/* Move a text placed at the left margin to the right one in a right-to-left chart. */
static void align_start(const struct chart_opts *opts, struct item *it)
{
    if (it && rtl(opts))
        it->box.x = opts->width - opts->margin - it->box.w;
}

static double header(struct layout *l, struct text_ctx *ctx, const struct chart_opts *opts)
{
    double y = opts->margin, wrap = opts->width - 2 * opts->margin;
    struct item *it;
    if (opts->title && *opts->title) {
        it = layout_text(l, ctx, opts->title, &opts->fonts.title, wrap, ALIGN_LEFT, opts->margin, y,
                         opts->theme.text, "title");
        align_start(opts, it);
        if (it)
            y += it->box.h + opts->gap * 0.25;
    }
    if (opts->subtitle && *opts->subtitle) {
        it = layout_text(l, ctx, opts->subtitle, &opts->fonts.subtitle, wrap, ALIGN_LEFT,
                         opts->margin, y, opts->theme.muted, "subtitle");
        align_start(opts, it);
        if (it)
            y += it->box.h;
    }
    return y > opts->margin ? y + opts->gap : y;
}

/* The data the symbol stands for, for the layout dump. */
static void legend_data(struct layout *l, struct item *it, const struct legend_entry *e)
{
    if ((e->status && !item_set(l, &it->status, e->status)) ||
        (e->ref && !item_set(l, &it->ref, e->ref)))
        l->nomem = true;
}

static void legend_symbol(struct layout *l, const struct chart_opts *opts,
                          const struct legend_entry *e, struct box b)
{
    struct item *it;
    if (e->kind == LEGEND_LINE) {
        it = layout_line(l, b.x, b.y + b.h / 2, b.x + b.w, b.y + b.h / 2, e->color, 2.0,
                         "legend-symbol");
        if (it) {
            it->dashed = e->dashed;
            it->pattern = e->pattern;
            legend_data(l, it, e);
        }
        return;
    }
    it = layout_rect(l, e->kind == LEGEND_MARKER ? ITEM_MARKER : ITEM_RECT, b, e->color,
                     "legend-symbol");
    if (!it)
        return;
    legend_data(l, it, e);
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

#define LEGEND_LINES 3 /* a legend entry's lines at most */

double frame_legend(struct layout *l, struct text_ctx *ctx, const struct chart_opts *opts,
                    const struct legend *lg, double x, double y, double width)
{
    const struct font *f = &opts->fonts.legend;
    double sym = f->size * 1.0, pad = f->size * 0.4, spacing = f->size * 1.4;
    double cx = x, cy = y, row_h = 0;
    size_t n = lg ? lg->n : 0;
    for (size_t i = 0; i < n; i++) {
        const struct legend_entry *e = &lg->e[i];
        double sym_w = e->kind == LEGEND_LINE ? sym * 2.4 : sym; /* room for a dash pattern */
        double text_room = fmax(width - sym_w - pad, f->size * 4);
        struct text_size ts;
        text_measure(ctx, e->label, f, 0, ALIGN_LEFT, &ts);
        double wrap = 0;
        char *cut = NULL;
        if (ts.w > text_room) { /* a long entry gets a line of its own and wraps */
            wrap = text_room;
            text_measure(ctx, e->label, f, wrap, ALIGN_LEFT, &ts);
            /* ... to a few lines: past them it ends in "…" (the alt text has it whole) */
            if (!text_fits_lines(ctx, &ts, f, wrap, LEGEND_LINES) &&
                !(cut = text_cut_lines(ctx, e->label, "", f, wrap, LEGEND_LINES, &ts)) && l)
                l->nomem = true;
        }
        const char *label = cut ? cut : e->label;
        double w = sym_w + pad + ts.w;
        if (cx > x && cx + w > x + width) {
            cx = x;
            cy += row_h + f->size * 0.35;
            row_h = 0;
        }
        row_h = fmax(row_h, ts.h);
        if (l) {
            /* The symbol beside the first line of a wrapped entry. */
            double line_h = wrap > 0 ? f->size * 1.2 : ts.h;
            struct box b = {cx, cy + (fmin(line_h, ts.h) - sym) / 2, sym_w, sym};
            double tx = cx + sym_w + pad;
            if (rtl(opts)) { /* mirrored: rows fill from the right, the symbol right of its text */
                b.x = 2 * x + width - b.x - b.w;
                tx = 2 * x + width - tx - ts.w;
            }
            legend_symbol(l, opts, e, b);
            struct item *it =
                layout_text(l, ctx, label, f, wrap, ALIGN_LEFT, tx, cy, opts->theme.text, "legend");
            if (it && cut && !item_set(l, &it->tip, e->label))
                l->nomem = true;
        }
        free(cut);
        cx += w + spacing;
    }
    return n ? cy + row_h - y : 0;
}

/* Source note at the start of the line, as-of at its end (left and right, mirrored in a
 * right-to-left chart); stacked, both at the start, when they do not fit side by side. */
static double footer(struct layout *l, struct text_ctx *ctx, const struct chart_opts *opts,
                     double y_bottom)
{
    struct strbuf source = {0}, asof = {0};
    char date[96];
    struct text_size ss = {0}, as = {0};
    const struct font *f = &opts->fonts.note;
    double width = opts->width - 2 * opts->margin;
    if (opts->source_note && *opts->source_note)
        i18n_labelled_add(&source, opts->lang_code, W_SOURCE, opts->source_note);
    i18n_date(opts->lang_code, &opts->as_of, date, sizeof date);
    i18n_labelled_add(&asof, opts->lang_code, W_AS_OF, date);
    if (l && (source.nomem || asof.nomem))
        l->nomem = true;
    const char *src = source.s ? source.s : "", *aso = asof.s ? asof.s : "";
    text_measure(ctx, aso, f, 0, ALIGN_LEFT, &as);
    bool side = true;
    if (*src) {
        text_measure(ctx, src, f, 0, ALIGN_LEFT, &ss);
        side = ss.w + as.w + opts->gap * 2 <= width;
        if (!side)
            text_measure(ctx, src, f, width, ALIGN_LEFT, &ss);
    }
    double h = side ? fmax(ss.h, as.h) : ss.h + as.h + f->size * 0.2;
    if (l) {
        double top = y_bottom - h;
        if (*src)
            align_start(opts, layout_text(l, ctx, src, f, side ? 0 : width, ALIGN_LEFT,
                                          opts->margin, top, opts->theme.muted, "source"));
        /* The as-of date at the end of the line: the right, or the left when right to left. */
        double ay = side ? top : top + ss.h + f->size * 0.2;
        double ax = side != rtl(opts) ? opts->width - opts->margin - as.w : opts->margin;
        layout_text(l, ctx, aso, f, 0, ALIGN_LEFT, ax, ay, opts->theme.muted, "as-of");
    }
    strbuf_finish(&source);
    strbuf_finish(&asof);
    return h;
}

static bool frame_role(const char *role)
{
    static const char *const roles[] = {"title",         "subtitle", "legend",
                                        "legend-symbol", "source",   "as-of"};
    for (size_t i = 0; role && i < sizeof roles / sizeof *roles; i++)
        if (strcmp(role, roles[i]) == 0)
            return true;
    return false;
}

void frame_mirror(struct layout *l, const struct chart_opts *opts)
{
    double c2 = opts->width; /* twice the centre line */
    for (size_t i = 0; i < l->n_items; i++) {
        struct item *it = &l->items[i];
        if (frame_role(it->role))
            continue;
        it->box.x = c2 - it->box.x - it->box.w;
        if (it->kind == ITEM_LINE || it->kind == ITEM_AXIS) {
            it->x0 = c2 - it->x0;
            it->x1 = c2 - it->x1;
        }
        for (size_t k = 0; k < it->n_pts; k++)
            it->pts[2 * k] = c2 - it->pts[2 * k];
    }
}

void frame_open(struct frame *f, struct layout *l, struct text_ctx *ctx,
                const struct chart_opts *opts, const struct legend *legend)
{
    *f = (struct frame){.l = l,
                        .ctx = ctx,
                        .opts = opts,
                        .legend = opts->user->no_legend ? NULL : legend,
                        .fixed = opts->fixed_height && opts->height > 0,
                        .height = opts->height};
    f->legend_y = header(l, ctx, opts);
    f->legend_h = frame_legend(NULL, ctx, opts, f->legend, opts->margin, f->legend_y,
                               opts->width - 2 * opts->margin);
    f->top = f->legend_y + (f->legend_h > 0 ? f->legend_h + opts->gap : 0);
    f->footer_h = footer(NULL, ctx, opts, 0);
}

double frame_bottom(const struct frame *f)
{
    if (!f->fixed)
        return INFINITY;
    return f->height - f->opts->margin - f->footer_h - f->opts->gap;
}

void frame_close(struct frame *f, double content_bottom)
{
    const struct chart_opts *o = f->opts;
    f->l->height = f->fixed ? f->height : ceil(content_bottom + o->gap + f->footer_h + o->margin);
    if (f->legend_h > 0)
        frame_legend(f->l, f->ctx, o, f->legend, o->margin, f->legend_y, o->width - 2 * o->margin);
    footer(f->l, f->ctx, o, f->l->height - o->margin);
}

void frame_no_data(struct layout *l, struct text_ctx *ctx, const struct chart_opts *opts,
                   size_t later, double x0, double y0, double x1, double y1)
{
    const struct font *f = &opts->fonts.label;
    struct strbuf b = {0};
    if (later)
        i18n_sentence_add(&b, opts->lang_code, S_JOINS_LATER_NOTE, "", "count", NULL, (long)later);
    const char *text = later && b.s ? b.s : i18n_word(opts->lang_code, W_NO_DATA);
    struct text_size ts;
    text_measure(ctx, text, f, 0, ALIGN_LEFT, &ts);
    double wrap = ts.w > x1 - x0 ? x1 - x0 : 0; /* centred on one line, or wrapped in the box */
    if (wrap > 0)
        text_measure(ctx, text, f, wrap, ALIGN_LEFT, &ts);
    struct item *it =
        layout_text(l, ctx, text, f, wrap, ALIGN_LEFT, wrap > 0 ? x0 : (x0 + x1 - ts.w) / 2,
                    (y0 + y1 - ts.h) / 2, opts->theme.muted, later ? "joins-later" : "no-data");
    if (it && later) {
        it->value = (double)later;
        it->has_value = true;
    }
    l->nomem = l->nomem || b.nomem;
    strbuf_finish(&b);
}
