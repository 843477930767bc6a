/* Layout -> SVG with real text, written with libxml2's xmlTextWriter (which escapes). */
#ifndef ML_SVG_H
#define ML_SVG_H

#include <cairo.h>
#include <stdbool.h>

#include "layout.h"
#include "memberline.h"
#include "output.h"

/* Write l as SVG through write (cairo's stream callback, so that output.c collects every
 * format alike): <text> placed and sized as the layout measured it, shapes as SVG
 * primitives, links, tooltips, and ids that start with o->id_prefix (or a prefix derived
 * from the content when it is NULL), so that two charts in one HTML page never share one. */
bool svg_write_layout(const struct layout *l, struct text_ctx *ctx, const struct output_opts *o,
                      cairo_write_func_t write, void *closure, struct ml_error *err);
/* The prefix every id of l's SVG starts with, in either mode: o->id_prefix, or one derived
 * from the content. size: at least SVG_PREFIX_SIZE. */
#define SVG_PREFIX_SIZE 128
void svg_id_prefix(const struct layout *l, const struct output_opts *o, char *out, size_t size);
/* Is p usable as the start of an XML id (a letter or '_', then letters, digits, '-', '_',
 * '.'; at most 64 bytes)? */
bool svg_id_prefix_valid(const char *p);
/* Set up libxml2's global state once per process, before any thread writes an SVG: its lazy
 * initialisation races when two threads write their first SVG at once (ThreadSanitizer saw it
 * in xmlInitializeGlobalState). Called by ml_renderer_create; safe to call any number of times. */
void svg_init(void);

#endif
