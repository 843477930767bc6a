/* Draw a layout into a cairo context whose user unit is one point. */
#ifndef ML_DRAW_H
#define ML_DRAW_H

#include <cairo.h>
#include <stdbool.h>

#include "layout.h"

/* Every item of l onto cr. PDF links are not drawn: output adds them (see pdfupdate.h). */
void draw_layout(cairo_t *cr, struct text_ctx *ctx, const struct layout *l, bool transparent);

/* The colour of a fill pattern's lines or dots: one that contrasts with the fill. */
uint32_t draw_pattern_ink(uint32_t fill);

/* One mark of a tiled pattern, in points from the tile's top left: a line (x0 y0 x1 y1), a
 * dot or a ring (cx cy r), a square (x y side), or a curve (a cubic from x0 y0 through two
 * control points to x3 y3). */
struct pattern_mark {
    enum { MARK_LINE, MARK_DOT, MARK_RING, MARK_SQUARE, MARK_CURVE } kind;
    double v[8];
};

/* A pattern drawn as a tile repeated from the box's top left (all but the diagonal hatches,
 * which run across the box): its size and marks. False for the others. The PNG/PDF and SVG
 * writers both draw from this, so that the formats agree. */
struct pattern_tile {
    double w, h, line_width;
    const struct pattern_mark *marks;
    size_t n_marks;
};
bool draw_pattern_tile(enum pattern p, struct pattern_tile *tile);

/* A line's pattern is a dash pattern, in line widths: what a fill pattern is to an area.
 * Fills dash[0..5] and returns how many it used (0: a solid line). */
int draw_line_dash(enum pattern p, double dash[6]);

#endif
