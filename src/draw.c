/* Layout -> cairo. Reads the layout, draws in points; the caller has set up the scale. */
#include "draw.h"

#include <math.h>
#include <string.h>

#include "style.h"

#define PI 3.14159265358979323846

static void set_color(cairo_t *cr, uint32_t c)
{
    cairo_set_source_rgba(cr, ((c >> 24) & 0xff) / 255.0, ((c >> 16) & 0xff) / 255.0,
                          ((c >> 8) & 0xff) / 255.0, (c & 0xff) / 255.0);
}

static bool visible(uint32_t c)
{
    return (c & 0xff) != 0;
}

uint32_t draw_pattern_ink(uint32_t fill)
{
    return style_luminance(fill) > 128 ? 0x000000b0 : 0xffffffd0;
}

/* Hatches, dots and cross-hatches in a colour that contrasts with the fill. */
static void fill_pattern(cairo_t *cr, const struct box *b, enum pattern p, uint32_t fill)
{
    if (p == PATTERN_NONE)
        return;
    cairo_save(cr);
    cairo_rectangle(cr, b->x, b->y, b->w, b->h);
    cairo_clip(cr);
    set_color(cr, draw_pattern_ink(fill));
    cairo_set_line_width(cr, 0.8);
    double step = 4.0, x0 = b->x - b->h, x1 = b->x + b->w + b->h;
    if (p == PATTERN_DOTS) {
        for (double y = b->y + step / 2; y < b->y + b->h; y += step)
            for (double x = b->x + step / 2; x < b->x + b->w; x += step) {
                cairo_new_sub_path(cr);
                cairo_arc(cr, x, y, 0.8, 0, 2 * PI);
            }
        cairo_fill(cr);
    } else {
        for (double x = x0; x < x1; x += step) {
            if (p == PATTERN_HATCH || p == PATTERN_CROSS) {
                cairo_move_to(cr, x, b->y + b->h);
                cairo_line_to(cr, x + b->h, b->y);
            }
            if (p == PATTERN_BACKHATCH || p == PATTERN_CROSS) {
                cairo_move_to(cr, x, b->y);
                cairo_line_to(cr, x + b->h, b->y + b->h);
            }
        }
        cairo_stroke(cr);
    }
    cairo_restore(cr);
}

static void rounded_rect(cairo_t *cr, const struct box *b, double r)
{
    r = fmin(r, fmin(b->w, b->h) / 2);
    if (r <= 0) {
        cairo_rectangle(cr, b->x, b->y, b->w, b->h);
        return;
    }
    cairo_new_sub_path(cr);
    cairo_arc(cr, b->x + b->w - r, b->y + r, r, -PI / 2, 0);
    cairo_arc(cr, b->x + b->w - r, b->y + b->h - r, r, 0, PI / 2);
    cairo_arc(cr, b->x + r, b->y + b->h - r, r, PI / 2, PI);
    cairo_arc(cr, b->x + r, b->y + r, r, PI, 1.5 * PI);
    cairo_close_path(cr);
}

static void fill_and_stroke(cairo_t *cr, const struct item *it)
{
    if (visible(it->fill)) {
        set_color(cr, it->fill);
        cairo_fill_preserve(cr);
    }
    if (visible(it->stroke) && it->stroke_width > 0) {
        set_color(cr, it->stroke);
        cairo_set_line_width(cr, it->stroke_width);
        if (it->dashed) {
            double d[] = {it->stroke_width * 2.5, it->stroke_width * 1.5};
            cairo_set_dash(cr, d, 2, 0);
        }
        cairo_stroke_preserve(cr);
        cairo_set_dash(cr, NULL, 0, 0);
    }
    cairo_new_path(cr);
}

/* The item's pattern, clipped to the outline that path draws. */
static void pattern_within(cairo_t *cr, const struct item *it,
                           void (*path)(cairo_t *, const struct item *))
{
    if (it->pattern == PATTERN_NONE || !visible(it->fill))
        return;
    cairo_save(cr);
    path(cr, it);
    cairo_clip(cr);
    fill_pattern(cr, &it->box, it->pattern, it->fill);
    cairo_restore(cr);
}

/* The outline of a filled marker shape. */
static void marker_path(cairo_t *cr, const struct item *it)
{
    const struct box *b = &it->box;
    double cx = b->x + b->w / 2, cy = b->y + b->h / 2, r = fmin(b->w, b->h) / 2;
    switch (it->shape) {
    case SHAPE_CIRCLE:
        cairo_arc(cr, cx, cy, r, 0, 2 * PI);
        break;
    case SHAPE_DIAMOND:
        cairo_move_to(cr, cx, cy - r);
        cairo_line_to(cr, cx + r, cy);
        cairo_line_to(cr, cx, cy + r);
        cairo_line_to(cr, cx - r, cy);
        cairo_close_path(cr);
        break;
    case SHAPE_SQUARE:
        cairo_rectangle(cr, cx - r * 0.85, cy - r * 0.85, r * 1.7, r * 1.7);
        break;
    case SHAPE_TRIANGLE:
        cairo_move_to(cr, cx, cy - r);
        cairo_line_to(cr, cx + r, cy + r * 0.8);
        cairo_line_to(cr, cx - r, cy + r * 0.8);
        cairo_close_path(cr);
        break;
    case SHAPE_BRACKET:
        break;
    }
}

/* A bracket over the whole year or month the date stands for: never a point. */
static void draw_bracket(cairo_t *cr, const struct item *it)
{
    const struct box *b = &it->box;
    if (it->vertical) {
        cairo_move_to(cr, b->x + b->w, b->y);
        cairo_line_to(cr, b->x, b->y);
        cairo_line_to(cr, b->x, b->y + b->h);
        cairo_line_to(cr, b->x + b->w, b->y + b->h);
    } else {
        cairo_move_to(cr, b->x, b->y + b->h);
        cairo_line_to(cr, b->x, b->y);
        cairo_line_to(cr, b->x + b->w, b->y);
        cairo_line_to(cr, b->x + b->w, b->y + b->h);
    }
    set_color(cr, it->stroke);
    cairo_set_line_width(cr, it->stroke_width > 0 ? it->stroke_width : 1.5);
    if (it->dashed) {
        double d[] = {2.5, 1.5};
        cairo_set_dash(cr, d, 2, 0);
    }
    cairo_stroke(cr);
    cairo_set_dash(cr, NULL, 0, 0);
}

static void draw_marker(cairo_t *cr, const struct item *it)
{
    if (it->shape == SHAPE_BRACKET) {
        draw_bracket(cr, it);
        return;
    }
    marker_path(cr, it);
    fill_and_stroke(cr, it);
    pattern_within(cr, it, marker_path);
}

/* A line's pattern is a dash pattern, in line widths: what a fill pattern is to an area. */
static void line_dash(cairo_t *cr, const struct item *it, double w)
{
    static const double dashes[][4] = {
        [PATTERN_HATCH] = {3, 1.5, 3, 1.5},
        [PATTERN_DOTS] = {1, 1, 1, 1},
        [PATTERN_CROSS] = {4, 1.5, 1, 1.5},
        [PATTERN_BACKHATCH] = {5, 2, 5, 2},
    };
    if (it->pattern != PATTERN_NONE) {
        double d[4];
        for (int i = 0; i < 4; i++)
            d[i] = dashes[it->pattern][i] * w;
        cairo_set_dash(cr, d, 4, 0);
    } else if (it->dashed) {
        double d[] = {3, 2};
        cairo_set_dash(cr, d, 2, 0);
    }
}

static void draw_line(cairo_t *cr, const struct item *it)
{
    double w = it->stroke_width > 0 ? it->stroke_width : 1;
    cairo_move_to(cr, it->x0, it->y0);
    cairo_line_to(cr, it->x1, it->y1);
    set_color(cr, it->stroke);
    cairo_set_line_width(cr, w);
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
    line_dash(cr, it, w);
    cairo_stroke(cr);
    cairo_set_dash(cr, NULL, 0, 0);
}

static void path_rings(cairo_t *cr, const struct item *it)
{
    size_t k = 0;
    for (size_t r = 0; r < it->n_rings; r++) {
        for (size_t i = 0; i < it->rings[r] && k < it->n_pts; i++, k++) {
            if (i == 0)
                cairo_move_to(cr, it->pts[2 * k], it->pts[2 * k + 1]);
            else
                cairo_line_to(cr, it->pts[2 * k], it->pts[2 * k + 1]);
        }
        cairo_close_path(cr);
    }
}

/* A country or an area: its pattern (print theme) is clipped to its own outline. */
static void draw_path(cairo_t *cr, const struct item *it)
{
    path_rings(cr, it);
    cairo_set_fill_rule(cr, CAIRO_FILL_RULE_EVEN_ODD);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    fill_and_stroke(cr, it);
    pattern_within(cr, it, path_rings);
}

/* The whole form of a shortened text ("The former Yugoslav Republic o…", "→ 5 successor
 * states") in a PDF's text, where search, copy and pdftotext find it: cairo 1.16 writes no
 * ActualText, so it is a second run at the visible one's corner, scaled down to HIDDEN_SCALE
 * and with an alpha just above the one cairo drops as clear. Both put it far below a device
 * pixel at 2400 dpi: poppler, Ghostscript and MuPDF draw the page unchanged (suite 56). */
#define HIDDEN_SCALE 0.002
#define HIDDEN_ALPHA 0x02u
static void whole_text(cairo_t *cr, struct text_ctx *ctx, const struct item *it)
{
    if (!it->tip || !it->role ||
        (strcmp(it->role, "name") != 0 && strcmp(it->role, "successors") != 0) ||
        cairo_surface_get_type(cairo_get_target(cr)) != CAIRO_SURFACE_TYPE_PDF)
        return;
    cairo_save(cr);
    cairo_translate(cr, it->box.x, it->box.y);
    cairo_scale(cr, HIDDEN_SCALE, HIDDEN_SCALE);
    text_draw(ctx, cr, it->tip, &it->font, 0, ALIGN_LEFT, 0, 0,
              (it->fill & 0xffffff00u) | HIDDEN_ALPHA);
    cairo_restore(cr);
    cairo_new_path(cr);
}

static void draw_item(cairo_t *cr, struct text_ctx *ctx, const struct item *it)
{
    /* Text leaves a current point behind; an arc would join it with a line. */
    cairo_new_path(cr);
    switch (it->kind) {
    case ITEM_TEXT:
        text_draw(ctx, cr, it->text, &it->font, it->wrap, it->align, it->box.x, it->box.y,
                  it->fill);
        whole_text(cr, ctx, it);
        break;
    case ITEM_MARKER:
        draw_marker(cr, it);
        break;
    case ITEM_LINE:
    case ITEM_AXIS:
        draw_line(cr, it);
        break;
    case ITEM_BAR:
    case ITEM_BAND:
    case ITEM_RECT:
        rounded_rect(cr, &it->box, it->radius);
        fill_and_stroke(cr, it);
        fill_pattern(cr, &it->box, it->pattern, it->fill);
        break;
    case ITEM_PATH:
        draw_path(cr, it);
        break;
    }
}

void draw_layout(cairo_t *cr, struct text_ctx *ctx, const struct layout *l, bool transparent)
{
    if (!transparent && visible(l->background)) {
        set_color(cr, l->background);
        cairo_paint(cr);
    }
    for (size_t i = 0; i < l->n_items; i++)
        draw_item(cr, ctx, &l->items[i]);
}
