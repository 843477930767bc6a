/* How each status and category looks: the same in every chart and every legend. A status has
 * a fill and a pattern, given once per document. Under a colour theme: the data's colour, else
 * its tone's or the theme's by rank order, never one another status has taken while a free one
 * remains, and a pattern once the free fills have run out. In a patterned (grayscale) theme
 * every two statuses differ in grey and in pattern both, as long as there are greys and
 * patterns enough. No status takes the diagonal hatch, which marks a suspension, nor the plain
 * fill of "no status". A category has a colour (the data's, else the theme's that no category
 * of its marker shape took) and a marker shape. */
#ifndef ML_STYLE_H
#define ML_STYLE_H

#include <stdbool.h>
#include <stdint.h>

#include "chart.h"

struct style {
    const struct ml_doc *doc;
    const struct theme *theme;
    int *by_rank;  /* position in rank order -> status index */
    int *rank_pos; /* status index -> position in rank order */
    /* Each status's fill (a patterned theme's grey) and pattern, by status index: assign_looks
     * (patterned themes), assign_colours (colour themes); how many statuses a patterned theme
     * tells apart by both. */
    uint32_t *fill;
    enum pattern *pattern;
    size_t looks;
    uint32_t *cat_fill; /* colour themes: each category's colour, by category index */
};

/* Rank the statuses (rank, then data order). False when memory runs out. */
bool style_init(struct style *s, const struct ml_doc *doc, const struct theme *theme);
void style_finish(struct style *s);
uint32_t style_status_fill(const struct style *s, int status);
enum pattern style_status_pattern(const struct style *s, int status);
/* The land, bar or area of no status: a grey between background and text, far from any
 * status shade. */
uint32_t style_no_status(const struct theme *t);
uint32_t style_category_color(const struct style *s, int category);
/* Varied under a patterned (grayscale) theme and once the palette has run out of colours. */
enum shape style_category_shape(const struct style *s, int category);
/* The pattern of an area of the category (a timeline's span), as a status's: under a patterned
 * theme every category's, else once the palette has run out. */
enum pattern style_category_pattern(const struct style *s, int category);
/* a mixed into b by t (0..1), keeping a's alpha. */
uint32_t style_mix(uint32_t a, uint32_t b, double t);
/* Perceived brightness, 0-255 (Rec. 709 weights). */
double style_luminance(uint32_t c);
/* Text colour that reads on the fill. */
uint32_t style_ink_on(uint32_t fill);
/* Do two statuses look alike? Under a colour theme: the same pattern and fills too close to
 * tell apart; under a patterned one: the same pattern or greys too close. */
bool style_statuses_alike(const struct style *s, int a, int b);
/* Warn through the chart's warnings when shown statuses look alike, and when one looks like "no
 * status", by the same rule: under a colour theme every such pair and status (only the data's
 * colours can clash), under a patterned one the first of each. */
void style_warn_alike(const struct style *s, const struct chart_opts *opts, const bool *shown);
/* The same for categories (colour and marker shape), shown[] by category index: under a colour
 * theme every pair (only the data's colours can clash), under a patterned one the first. */
void style_warn_alike_categories(const struct style *s, const struct chart_opts *opts,
                                 const bool *shown);

#endif
