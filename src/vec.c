#include "vec.h"

#include <stdint.h>
#include <stdlib.h>

bool vec_grow(void **items, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap)
        return true;
    if (elem == 0)
        return false; /* no array of nothing */
    size_t n = *cap ? *cap : 8;
    while (n < need) {
        if (n > SIZE_MAX / 2)
            return false;
        n *= 2;
    }
    if (n > SIZE_MAX / elem)
        return false;
    void *p = realloc(*items, n * elem);
    if (!p)
        return false;
    *items = p;
    *cap = n;
    return true;
}
