/* Flag labels: short texts above a plot, each over a vertical leader at its x, stacked in
 * levels so that no two labels overlap and no leader crosses a label. */
#ifndef ML_FLAGS_H
#define ML_FLAGS_H

#include <stdbool.h>
#include <stddef.h>

#include "layout.h"

struct flag {
    double x;       /* the leader's x */
    double w, h;    /* the label's size */
    int level;      /* 0 = nearest the plot; -1 when it did not fit */
    struct box box; /* filled by flags_place, relative to a bottom at y = 0 */
};

/* The order to place flags in: the left half from the middle outwards, then the right half
 * likewise (sort by this key, ascending). */
static inline double flags_order_key(double x, double x_min, double x_max)
{
    double mid = (x_min + x_max) / 2;
    return x < mid ? mid - x : 1e9 + x - mid;
}

/* Place flags in order (earlier ones win) within [x_min, x_max], up to max_levels levels.
 * Returns the number of levels used. */
int flags_place(struct flag *f, size_t n, double x_min, double x_max, double gap, double level_h,
                int max_levels);

#endif
