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

/* The tiled patterns. None is a diagonal, so that none looks like a suspension's hatch. */
static const struct pattern_mark dots[] = {{MARK_DOT, {2, 2, 0.8}}};
static const struct pattern_mark hlines[] = {{MARK_LINE, {0, 2, 4, 2}}};
static const struct pattern_mark vlines[] = {{MARK_LINE, {2, 0, 2, 4}}};
static const struct pattern_mark grid[] = {{MARK_LINE, {0, 2.5, 5, 2.5}},
                                           {MARK_LINE, {2.5, 0, 2.5, 5}}};
/* Small squares, a quarter of the tile: a checkerboard's half would darken the grey a step. */
static const struct pattern_mark checker[] = {{MARK_SQUARE, {0.5, 0.5, 1.5}},
                                              {MARK_SQUARE, {2.5, 2.5, 1.5}}};
static const struct pattern_mark rings[] = {{MARK_RING, {3, 3, 1.6}}};
static const struct pattern_mark plus[] = {{MARK_LINE, {1, 3, 5, 3}}, {MARK_LINE, {3, 1, 3, 5}}};
static const struct pattern_mark waves[] = {{MARK_CURVE, {0, 2.5, 1, 0.5, 2, 0.5, 3, 2.5}},
                                            {MARK_CURVE, {3, 2.5, 4, 4.5, 5, 4.5, 6, 2.5}}};

bool draw_pattern_tile(enum pattern p, struct pattern_tile *tile)
{
#define TILE(w, h, lw, m)                                                                          \
    (struct pattern_tile)                                                                          \
    {                                                                                              \
        w, h, lw, m, sizeof(m) / sizeof(*(m))                                                      \
    }
    switch (p) {
    case PATTERN_DOTS:
        *tile = TILE(4, 4, 0.8, dots);
        return true;
    case PATTERN_HLINES:
        *tile = TILE(4, 4, 0.8, hlines);
        return true;
    case PATTERN_VLINES:
        *tile = TILE(4, 4, 0.8, vlines);
        return true;
    case PATTERN_GRID:
        *tile = TILE(5, 5, 0.6, grid);
        return true;
    case PATTERN_CHECKER:
        *tile = TILE(4, 4, 0, checker);
        return true;
    case PATTERN_RINGS:
        *tile = TILE(6, 6, 0.6, rings);
        return true;
    case PATTERN_PLUS:
        *tile = TILE(6, 6, 0.8, plus);
        return true;
    case PATTERN_WAVES:
        *tile = TILE(6, 5, 0.7, waves);
        return true;
    default:
        return false;
    }
#undef TILE
}

int draw_line_dash(enum pattern p, double dash[6])
{
    static const double dashes[][6] = {
        [PATTERN_HATCH] = {3, 1.5, 3, 1.5},    [PATTERN_DOTS] = {1, 1, 1, 1},
        [PATTERN_CROSS] = {4, 1.5, 1, 1.5},    [PATTERN_BACKHATCH] = {5, 2, 5, 2},
        [PATTERN_HLINES] = {8, 2, 8, 2},       [PATTERN_VLINES] = {2.5, 2.5, 2.5, 2.5},
        [PATTERN_GRID] = {5, 1.5, 1, 1.5},     [PATTERN_CHECKER] = {1, 3, 1, 3},
        [PATTERN_RINGS] = {6, 1.5, 1.5, 1.5},  [PATTERN_PLUS] = {5, 1.5, 1, 1.5, 1, 1.5},
        [PATTERN_WAVES] = {10, 2, 2, 2, 2, 2},
    };
    if (p == PATTERN_NONE || (size_t)p >= sizeof dashes / sizeof *dashes)
        return 0;
    int n = dashes[p][4] > 0 ? 6 : 4;
    for (int i = 0; i < n; i++)
        dash[i] = dashes[p][i];
    return n;
}

/* One tile's marks at (x, y): the filled ones into the path, or the stroked ones. */
static void tile_marks(cairo_t *cr, const struct pattern_tile *t, double x, double y, bool fill)
{
    for (size_t i = 0; i < t->n_marks; i++) {
        const double *v = t->marks[i].v;
        switch (t->marks[i].kind) {
        case MARK_DOT:
            if (fill) {
                cairo_new_sub_path(cr);
                cairo_arc(cr, x + v[0], y + v[1], v[2], 0, 2 * PI);
            }
            break;
        case MARK_SQUARE:
            if (fill)
                cairo_rectangle(cr, x + v[0], y + v[1], v[2], v[2]);
            break;
        case MARK_RING:
            if (!fill) {
                cairo_new_sub_path(cr);
                cairo_arc(cr, x + v[0], y + v[1], v[2], 0, 2 * PI);
            }
            break;
        case MARK_LINE:
            if (!fill) {
                cairo_move_to(cr, x + v[0], y + v[1]);
                cairo_line_to(cr, x + v[2], y + v[3]);
            }
            break;
        case MARK_CURVE:
            if (!fill) {
                cairo_move_to(cr, x + v[0], y + v[1]);
                cairo_curve_to(cr, x + v[2], y + v[3], x + v[4], y + v[5], x + v[6], y + v[7]);
            }
            break;
        }
    }
}

/* A tiled pattern over the box, tiles from its top left corner (the clip is set). */
static void fill_tiles(cairo_t *cr, const struct box *b, const struct pattern_tile *t)
{
    for (int pass = 0; pass < 2; pass++) {
        for (double y = b->y; y < b->y + b->h; y += t->h)
            for (double x = b->x; x < b->x + b->w; x += t->w)
                tile_marks(cr, t, x, y, pass == 0);
        if (pass == 0)
            cairo_fill(cr);
        else
            cairo_stroke(cr);
    }
}

/* Hatches, dots, lines and the other patterns in a colour that contrasts with the fill. */
static void fill_pattern(cairo_t *cr, const struct box *b, enum pattern p, uint32_t fill)
{
    struct pattern_tile tile;
    if (p == PATTERN_NONE)
        return;
    cairo_save(cr);
    cairo_rectangle(cr, b->x, b->y, b->w, b->h);
    cairo_clip(cr);
    set_color(cr, draw_pattern_ink(fill));
    cairo_set_line_width(cr, 0.8);
    double step = 4.0, x0 = b->x - b->h, x1 = b->x + b->w + b->h;
    if (draw_pattern_tile(p, &tile)) {
        cairo_set_line_width(cr, tile.line_width);
        fill_tiles(cr, b, &tile);
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

/* A line's pattern is a dash pattern (draw_line_dash), else its plain dash when dashed. */
static void line_dash(cairo_t *cr, const struct item *it, double w)
{
    double d[6];
    int n = draw_line_dash(it->pattern, d);
    if (n) {
        for (int i = 0; i < n; i++)
            d[i] *= w;
        cairo_set_dash(cr, d, n, 0);
    } else if (it->dashed) {
        double plain[] = {3, 2};
        cairo_set_dash(cr, plain, 2, 0);
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
