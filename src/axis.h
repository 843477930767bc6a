/* The proportional time axis shared by every time chart. */
#ifndef ML_AXIS_H
#define ML_AXIS_H

#include "chart.h"

struct time_scale {
    double d0, d1; /* days (date_start) at the two ends */
    double x0, x1; /* points */
    /* When data1 > data0, the days the data cover: a tick outside them gets no label, for a
     * labelled tick reads as data. */
    double data0, data1;
};

double scale_x(const struct time_scale *s, double day);
/* Pad [d0, d1) by a little on each side and round outwards to whole units that read well;
 * the user's --from / --to, when given, are kept exactly. */
void axis_range(const struct chart_opts *opts, double d0, double d1, double *out0, double *out1);
/* The data's own range with a small margin (1.5% a side), not rounded: the axis shows no
 * years without data. --from / --to are kept exactly. */
void axis_range_tight(const struct chart_opts *opts, double d0, double d1, double *out0,
                      double *out1);
/* Height the tick labels need below (or above) the axis line. */
double axis_height(struct text_ctx *ctx, const struct chart_opts *opts);
/* An axis line at y with major and minor ticks and their labels, below the line or, when
 * above is true, above it. Tick labels never overlap: the step grows until they fit. */
void axis_layout(struct layout *l, struct text_ctx *ctx, const struct chart_opts *opts,
                 const struct time_scale *s, double y, bool above);
/* Light vertical grid lines at the major ticks from y0 to y1. */
void axis_grid(struct layout *l, struct text_ctx *ctx, const struct chart_opts *opts,
               const struct time_scale *s, double y0, double y1);

/* The same for a time axis running down the page (s->x0, s->x1 are then y): the width of the
 * tick label column left of the line; the line at x with ticks and labels to its left; light
 * horizontal grid lines from x0 to x1. */
double axis_width_vertical(struct text_ctx *ctx, const struct chart_opts *opts,
                           const struct time_scale *s);
void axis_layout_vertical(struct layout *l, struct text_ctx *ctx, const struct chart_opts *opts,
                          const struct time_scale *s, double x);
void axis_grid_vertical(struct layout *l, struct text_ctx *ctx, const struct chart_opts *opts,
                        const struct time_scale *s, double x0, double x1);

#endif
