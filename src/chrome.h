/* What every chart has around its plot: title, subtitle, legend, source note, as-of date. */
#ifndef ML_CHROME_H
#define ML_CHROME_H

#include "chart.h"

/* Title and subtitle from the top margin; returns the y where the content may start. */
double chrome_header(struct layout *l, struct text_ctx *ctx, const struct chart_opts *opts);

enum legend_kind { LEGEND_SWATCH, LEGEND_MARKER, LEGEND_LINE };

struct legend_entry {
    const char *label;
    uint32_t color;
    enum pattern pattern;
    enum legend_kind kind;
    enum shape shape;
    bool hollow;
    bool dashed;
};

/* Entries flow left to right and wrap within width. With l NULL nothing is added: it only
 * measures. Returns the height used. */
double chrome_legend(struct layout *l, struct text_ctx *ctx, const struct chart_opts *opts,
                     const struct legend_entry *e, size_t n, double x, double y, double width);
/* The source note and the as-of date, on one line or two. Height first, then place it with
 * its bottom at y_bottom. */
double chrome_footer_height(struct text_ctx *ctx, const struct chart_opts *opts);
void chrome_footer(struct layout *l, struct text_ctx *ctx, const struct chart_opts *opts,
                   double y_bottom);

#endif
