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

#endif
