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

int flags_place(struct flag *f, size_t n, double x_min, double x_max, double gap, double level_h,
                int max_levels)
{
    int used = 0;
    for (size_t i = 0; i < n; i++) {
        /* Centred on the leader, else beside it on either side; pushed inside the plot. */
        double xs[3] = {f[i].x - f[i].w / 2, f[i].x - f[i].w, f[i].x};
        f[i].level = -1;
        for (int k = 0; k < max_levels && f[i].level < 0; k++)
            for (int a = 0; a < 3; a++) {
                double x = fmin(fmax(xs[a], x_min), x_max - f[i].w);
                f[i].box = (struct box){x, -(k + 1) * level_h, f[i].w, f[i].h};
                f[i].level = k;
                if (flag_fits(&f[i], f, i, gap))
                    break;
                f[i].level = -1;
            }
        if (f[i].level >= 0 && f[i].level + 1 > used)
            used = f[i].level + 1;
    }
    return used;
}
