/* Greedy label placement beside a line.
 *
 * Each label hangs on a vertical stem from its anchor. Per side, placed labels and stems are
 * obstacles kept in x buckets, so a query only looks at its neighbours. For one candidate
 * x position the free distance from the line is found by a sweep over the obstacles that
 * overlap it in x, sorted by their near edge: O(k log k) for k neighbours. A stem may not
 * cross a label, so labels that straddle the anchor cap how far out the new label may go. */
#include "place.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "vec.h"

struct obst {
    double x0, x1; /* x extent; a stem has x0 == x1 */
    double n, f;   /* near and far distance from the line */
    bool stem;
};

struct bucket {
    size_t *v;
    size_t n, cap;
};

struct side {
    struct obst *o;
    unsigned *seen; /* query stamp per obstacle, to report each once */
    size_t n, cap;
    struct bucket *b;
    double ext;
};

struct ival {
    double n, f;
};

struct placer {
    double lo, hi, base, gap, pad, hpad, bw;
    size_t nb;
    struct side s[2];
    unsigned stamp;
    size_t *hits; /* scratch: obstacles found by a query */
    struct ival *iv;
    size_t scratch_cap;
};

#define BUCKET_W 24.0

struct placer *placer_create(double x_lo, double x_hi, double base, double gap, double pad,
                             double hpad)
{
    struct placer *p = calloc(1, sizeof *p);
    if (!p)
        return NULL;
    p->lo = x_lo;
    p->hi = x_hi;
    p->base = base;
    p->gap = gap;
    p->pad = pad;
    p->hpad = fmax(hpad, pad);
    p->bw = BUCKET_W;
    p->nb = (size_t)fmax(1, ceil((x_hi - x_lo) / BUCKET_W)) + 1;
    for (int i = 0; i < 2; i++) {
        p->s[i].b = calloc(p->nb, sizeof *p->s[i].b);
        p->s[i].ext = base;
        if (!p->s[i].b) {
            placer_destroy(p);
            return NULL;
        }
    }
    return p;
}

void placer_reset(struct placer *p)
{
    for (int i = 0; i < 2; i++) {
        p->s[i].n = 0;
        p->s[i].ext = p->base;
        for (size_t k = 0; k < p->nb; k++)
            p->s[i].b[k].n = 0;
    }
}

void placer_destroy(struct placer *p)
{
    if (!p)
        return;
    for (int i = 0; i < 2; i++) {
        for (size_t k = 0; p->s[i].b && k < p->nb; k++)
            free(p->s[i].b[k].v);
        free(p->s[i].b);
        free(p->s[i].o);
        free(p->s[i].seen);
    }
    free(p->hits);
    free(p->iv);
    free(p);
}

void placer_extents(const struct placer *p, double ext[2])
{
    ext[0] = p->s[0].ext;
    ext[1] = p->s[1].ext;
}

static size_t bucket_of(const struct placer *p, double x)
{
    double k = floor((x - p->lo) / p->bw);
    if (k < 0)
        return 0;
    return k >= (double)p->nb ? p->nb - 1 : (size_t)k;
}

static bool grow_scratch(struct placer *p, size_t need)
{
    /* Two arrays of one capacity: both grow from it alike, so they stay equal. */
    size_t hcap = p->scratch_cap, icap = p->scratch_cap;
    if (!vec_grow((void **)&p->hits, &hcap, need, sizeof *p->hits) ||
        !vec_grow((void **)&p->iv, &icap, need, sizeof *p->iv))
        return false;
    p->scratch_cap = hcap < icap ? hcap : icap;
    return true;
}

/* Obstacles on side s whose x extent meets [x0, x1], each once, into p->hits. */
static size_t query(struct placer *p, const struct side *s, double x0, double x1, bool *ok)
{
    size_t n = 0;
    p->stamp++;
    for (size_t k = bucket_of(p, x0); k <= bucket_of(p, x1); k++) {
        const struct bucket *b = &s->b[k];
        if (!grow_scratch(p, n + b->n)) {
            *ok = false;
            return n;
        }
        for (size_t i = 0; i < b->n; i++) {
            size_t j = b->v[i];
            if (s->seen[j] == p->stamp || s->o[j].x0 > x1 || s->o[j].x1 < x0)
                continue;
            s->seen[j] = p->stamp;
            p->hits[n++] = j;
        }
    }
    return n;
}

static int by_near(const void *a, const void *b)
{
    const struct ival *x = a, *y = b;
    return (x->n > y->n) - (x->n < y->n);
}

#define NO_ROOM (-1.0)
#define NO_MEMORY (-2.0)

/* The nearest free distance for a label at [x, x + w] whose stem stands at ax, else NO_ROOM
 * or NO_MEMORY. Labels keep hpad from labels beside them, stems pad. */
static double free_distance(struct placer *p, int side, double x, double w, double h, double ax,
                            enum place_kind kind)
{
    struct side *s = &p->s[side];
    double pad = p->pad, hp = p->hpad, lo = x - pad, hi = x + w + pad, limit = INFINITY;
    bool ok = true;
    size_t n = query(p, s, fmin(x - hp, ax - pad), fmax(x + w + hp, ax + pad), &ok), m = 0;
    if (!ok)
        return NO_MEMORY;
    for (size_t i = 0; i < n; i++) {
        const struct obst *o = &s->o[p->hits[i]];
        /* A label straddling the anchor: the new stem must stop short of it. */
        if (!o->stem && o->x0 - pad < ax && ax < o->x1 + pad)
            limit = fmin(limit, o->n - pad);
        bool meets = o->stem ? (o->x0 > lo && o->x0 < hi) : (o->x0 < x + w + hp && o->x1 > x - hp);
        if (meets)
            p->iv[m++] = (struct ival){o->stem ? 0 : o->n - pad, o->f + pad};
    }
    if (m > 1) /* p->iv is NULL until the first obstacle */
        qsort(p->iv, m, sizeof *p->iv, by_near);
    double y = p->base;
    for (size_t i = 0; i < m && p->iv[i].n < y + h; i++)
        if (p->iv[i].f > y)
            y = p->iv[i].f;
    double stem_end = kind == PLACE_CENTRE ? y : y + h;
    return stem_end <= limit ? y : NO_ROOM;
}

static bool add_obst(struct side *s, const struct placer *p, struct obst o)
{
    size_t ocap = s->cap, scap = s->cap; /* two arrays of one capacity, as above */
    if (!vec_grow((void **)&s->o, &ocap, s->n + 1, sizeof *s->o) ||
        !vec_grow((void **)&s->seen, &scap, s->n + 1, sizeof *s->seen))
        return false;
    s->cap = ocap < scap ? ocap : scap;
    s->seen[s->n] = 0;
    s->o[s->n] = o;
    for (size_t k = bucket_of(p, o.x0); k <= bucket_of(p, o.x1); k++) {
        struct bucket *b = &s->b[k];
        if (!vec_grow((void **)&b->v, &b->cap, b->n + 1, sizeof *b->v))
            return false;
        b->v[b->n++] = s->n;
    }
    s->n++;
    return true;
}

/* Left edge of the label for a kind of placement, or NAN when it would leave the page. */
static double candidate_x(const struct placer *p, const struct place_req *rq, enum place_kind kind)
{
    double x;
    if (kind == PLACE_RIGHT) {
        x = rq->ax + p->gap;
        return x + rq->w <= p->hi ? x : NAN;
    }
    if (kind == PLACE_LEFT) {
        x = rq->ax - p->gap - rq->w;
        return x >= p->lo ? x : NAN;
    }
    x = fmin(fmax(rq->ax - rq->w / 2, p->lo), p->hi - rq->w);
    return fmax(x, p->lo);
}

enum place_status placer_place(struct placer *p, const struct place_req *rq, double budget,
                               unsigned mask, struct place_res *out)
{
    /* Right of the stem reads best; left next; over the stem only when nothing else fits. */
    static const double penalty[3] = {0, 0.3, 2.0};
    double best = INFINITY, em = p->gap * 3;
    for (int side = 0; side < 2; side++)
        for (int k = 0; k < 3; k++) {
            if (!(mask & PLACE_SIDE(side)))
                continue;
            if (!(mask & PLACE_MASK(k)))
                continue;
            double x = candidate_x(p, rq, (enum place_kind)k);
            if (isnan(x))
                continue;
            double y = free_distance(p, side, x, rq->w, rq->h, rq->ax, (enum place_kind)k);
            if (y == NO_MEMORY)
                return PLACE_NOMEM;
            if (y < 0)
                continue;
            double far = y + rq->h, other = p->s[!side].ext;
            if (budget > 0 && fmax(far, p->s[side].ext) + other > budget)
                continue;
            double cost = far + penalty[k] * em + side * 0.01;
            if (cost < best) {
                best = cost;
                *out =
                    (struct place_res){side, (enum place_kind)k, x, y, k == PLACE_CENTRE ? y : far};
            }
        }
    if (isinf(best))
        return PLACE_NO_ROOM;
    struct side *s = &p->s[out->side];
    struct obst label = {out->x, out->x + rq->w, out->d, out->d + rq->h, false};
    struct obst stem = {rq->ax, rq->ax, 0, out->stem, true};
    if (!add_obst(s, p, label) || !add_obst(s, p, stem))
        return PLACE_NOMEM;
    s->ext = fmax(s->ext, label.f);
    return PLACE_OK;
}
