/* The boxes a chart has placed so far, asked "is this spot free?" before placing another.
 * Heap-backed: it holds as many boxes as the chart places. */
#ifndef ML_BOXSET_H
#define ML_BOXSET_H

#include <stdbool.h>
#include <stddef.h>

#include "layout.h"

struct boxset {
    struct box *b;
    size_t n, cap;
};

/* False when memory runs out (the set is unchanged). */
bool boxset_add(struct boxset *s, struct box b);
/* Is b, grown by pad on every side, clear of every box in the set? */
bool boxset_free_at(const struct boxset *s, const struct box *b, double pad);
void boxset_finish(struct boxset *s);

#endif
