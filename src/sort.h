/* Sorting with a context argument, which C11's qsort lacks: no static variable to pass the
 * context through, so two renderers on two threads can sort at once. */
#ifndef ML_SORT_H
#define ML_SORT_H

#include <stddef.h>

/* Sort n elements of size bytes at base by cmp(a, b, ctx). Not stable: give cmp a total order
 * (break ties by position) for results that do not depend on the algorithm. No allocation. */
void sort_with(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *, void *),
               void *ctx);

#endif
