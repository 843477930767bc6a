/* Heapsort: O(n log n) in the worst case, in place, with a context for the comparison. */
#include "sort.h"

static void swap(unsigned char *a, unsigned char *b, size_t size)
{
    for (size_t i = 0; i < size; i++) {
        unsigned char t = a[i];
        a[i] = b[i];
        b[i] = t;
    }
}

/* Let element i sink below its larger children, within the first n. */
static void sift(unsigned char *v, size_t i, size_t n, size_t size,
                 int (*cmp)(const void *, const void *, void *), void *ctx)
{
    for (size_t child; (child = 2 * i + 1) < n; i = child) {
        if (child + 1 < n && cmp(v + child * size, v + (child + 1) * size, ctx) < 0)
            child++;
        if (cmp(v + i * size, v + child * size, ctx) >= 0)
            return;
        swap(v + i * size, v + child * size, size);
    }
}

void sort_with(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *, void *),
               void *ctx)
{
    unsigned char *v = base;
    if (n < 2)
        return;
    for (size_t i = n / 2; i-- > 0;)
        sift(v, i, n, size, cmp, ctx);
    for (size_t end = n - 1; end > 0; end--) {
        swap(v, v + end * size, size);
        sift(v, 0, end, size, cmp, ctx);
    }
}
