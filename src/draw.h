/* Draw a layout into a cairo context whose user unit is one point. */
#ifndef ML_DRAW_H
#define ML_DRAW_H

#include <cairo.h>
#include <stdbool.h>

#include "layout.h"

/* link, when not NULL, may open a CAIRO_TAG_LINK for an item with a link (PDF) and returns
 * whether it did; draw_layout closes it. */
void draw_layout(cairo_t *cr, struct text_ctx *ctx, const struct layout *l, bool transparent,
                 bool (*link)(cairo_t *, const struct item *));

/* The colour of a fill pattern's lines or dots: one that contrasts with the fill. */
uint32_t draw_pattern_ink(uint32_t fill);

#endif
