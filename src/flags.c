/* Greedy level placement for flag labels. Levels grow upwards from the plot, so a leader of a
 * label at level k passes through levels 0..k-1: those must leave its x free. */
#include "flags.h"

#include <math.h>

/* Can f sit at its current box without touching a placed label or crossing a leader? */
static bool flag_fits(const struct flag *f, const struct flag *placed, size_t n, double gap)
{
    struct box a = box_grow(f->box, gap / 2);
    for (size_t i = 0; i < n; i++) {
        const struct flag *p = &placed[i];
        if (p->level < 0)
            continue;
        struct box b = box_grow(p->box, gap / 2);
        if (p->level == f->level && box_intersects(&a, &b))
            return false;
        if (p->level < f->level && f->x >= b.x && f->x <= b.x + b.w)
            return false;
        if (p->level > f->level && p->x >= a.x && p->x <= a.x + a.w)
            return false;
    }
    return true;
}

/* How many leaders of flags not yet placed would the box hide? */
static int covers(const struct box *b, const struct flag *f, size_t from, size_t n)
{
    int c = 0;
    for (size_t j = from; j < n; j++)
        c += f[j].x >= b->x - 1 && f[j].x <= b->x + b->w + 1;
    return c;
}

/* The best spot for f[i] at level k: it fits and hides the fewest leaders still to come. */
static bool place_at(struct flag *f, size_t i, size_t n, int k, double x_min, double x_max,
                     double gap, double level_h)
{
    /* Labels lean away from the middle: starting at the leader on the left half, ending at
     * it on the right half, so that staircases of labels keep their leaders clear. */
    bool left = f[i].x < (x_min + x_max) / 2;
    double xs[3] = {left ? f[i].x : f[i].x - f[i].w, f[i].x - f[i].w / 2,
                    left ? f[i].x - f[i].w : f[i].x};
    int best = -1, best_cover = 1 << 30;
    for (int a = 0; a < 3; a++) {
        double x = fmin(fmax(xs[a], x_min), x_max - f[i].w);
        f[i].box = (struct box){x, -(k + 1) * level_h, f[i].w, f[i].h};
        f[i].level = k;
        int c = covers(&f[i].box, f, i + 1, n);
        if (c < best_cover && flag_fits(&f[i], f, i, gap)) {
            best = a;
            best_cover = c;
        }
    }
    f[i].level = -1;
    if (best < 0)
        return false;
    double x = fmin(fmax(xs[best], x_min), x_max - f[i].w);
    f[i].box = (struct box){x, -(k + 1) * level_h, f[i].w, f[i].h};
    f[i].level = k;
    return true;
}

int flags_place(struct flag *f, size_t n, double x_min, double x_max, double gap, double level_h,
                int max_levels)
{
    int used = 0;
    for (size_t i = 0; i < n; i++) {
        f[i].level = -1;
        for (int k = 0; k < max_levels; k++)
            if (place_at(f, i, n, k, x_min, x_max, gap, level_h))
                break;
        if (f[i].level >= 0 && f[i].level + 1 > used)
            used = f[i].level + 1;
    }
    return used;
}
