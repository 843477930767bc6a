/* One growable array for every growing thing in the library.
 *
 *     struct item *items = NULL;
 *     size_t n = 0, cap = 0;
 *     if (!vec_grow((void **)&items, &cap, n + 1, sizeof *items)) return nomem;
 *     items[n++] = x;
 *
 * Capacity doubles (from 8), so appending n elements costs O(n) in all; the size computation is
 * checked for overflow. On failure the array and cap are untouched: the caller still owns and
 * frees what it had. */
#ifndef ML_VEC_H
#define ML_VEC_H

#include <stdbool.h>
#include <stddef.h>

/* Make room for at least need elements of size elem in *items (capacity *cap). False when
 * memory runs out or the size would overflow. */
bool vec_grow(void **items, size_t *cap, size_t need, size_t elem);

#endif
