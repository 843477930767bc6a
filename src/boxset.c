#include "boxset.h"

#include <stdlib.h>

#include "vec.h"

bool boxset_add(struct boxset *s, struct box b)
{
    if (!vec_grow((void **)&s->b, &s->cap, s->n + 1, sizeof *s->b))
        return false;
    s->b[s->n++] = b;
    return true;
}

bool boxset_free_at(const struct boxset *s, const struct box *b, double pad)
{
    struct box g = box_grow(*b, pad);
    for (size_t i = 0; i < s->n; i++)
        if (box_intersects(&g, &s->b[i]))
            return false;
    return true;
}

void boxset_finish(struct boxset *s)
{
    free(s->b);
    *s = (struct boxset){0};
}
