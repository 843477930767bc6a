/* The membership map: a choropleth of statuses as of a date, on an Equal Earth projection.
 * Shapes come from world.c; this file projects them, fits the view to the countries that have
 * a status, clips to the map frame, and adds markers for states too small to see, a legend
 * with counts, optional labels and the page frame. */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alt.h"
#include "altnote.h"
#include "boxset.h"
#include "chart.h"
#include "draw.h"
#include "error.h"
#include "frame.h"
#include "i18n.h"
#include "projection.h"
#include "strbuf.h"
#include "style.h"
#include "vec.h"
#include "world.h"

/* A ring smaller than this share of its country's largest does not steer the view: Chukotka
 * across the antimeridian must not stretch a map of Russia over the whole world. */
#define FIT_RING_SHARE 0.2
/* Below this area (pt², about 11 x 11) a state also gets a marker so that it stays visible:
 * Qatar and Kuwait on a map of Asia, Bahrain and the Maldives anywhere. */
#define SMALL_AREA 120.0
#define SMALL_SIDE 3.0
#define BORDER_WIDTH 0.5
#define PI 3.14159265358979323846

struct land {
    const struct world_country *wc;
    int member;                /* index into doc->members, -1 when none */
    int status;                /* index into doc->statuses, -1 when none on the date */
    bool suspended;            /* the member is suspended from its status on the date */
    double *xy;                /* projected points, like wc->pts */
    double fx0, fy0, fx1, fy1; /* extent of the rings that steer the view */
    double area;               /* projected area of all rings */
    double cx, cy;             /* centroid of the largest ring */
    long item;                 /* its path in the layout, -1 when not drawn */
};

struct view {
    double x0, y1; /* projected left and top of the frame */
    double scale;  /* points per projected unit */
    struct box frame;
};

struct map {
    const struct ml_doc *doc;
    const struct chart_opts *opts;
    struct text_ctx *ctx;
    struct layout *out;
    const struct world *world;
    struct land *shapes;
    size_t n_shapes;
    struct style style;
    int *status_of; /* member index -> its status on the day, -1 for none */
    int *counts;    /* status index -> members holding it on the day */
    int unmapped;   /* members with a status on the day and no shape drawn ("map": false, or
                       no shape matched) */
    bool suspended; /* some shape drawn is of a suspended member */
    double day;
    struct view view;
    struct boxset taken; /* markers and labels placed so far, for label placement */
    double frame_need;   /* > 0: a fixed page too small for its frame and a map (this tall) */
};

/* ------------------------------------------------------------------ projection and fit */

static double ring_area(const double *p, size_t n, double *cx, double *cy)
{
    double a = 0, x = 0, y = 0;
    for (size_t i = 0, j = n - 1; i < n; j = i++) {
        double c = p[2 * j] * p[2 * i + 1] - p[2 * i] * p[2 * j + 1];
        a += c;
        x += (p[2 * j] + p[2 * i]) * c;
        y += (p[2 * j + 1] + p[2 * i + 1]) * c;
    }
    if (fabs(a) > 1e-12) {
        *cx = x / (3 * a);
        *cy = y / (3 * a);
    } else {
        *cx = p[0];
        *cy = p[1];
    }
    return fabs(a) / 2;
}

static void extend(struct land *s, const double *p, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        s->fx0 = fmin(s->fx0, p[2 * i]);
        s->fx1 = fmax(s->fx1, p[2 * i]);
        s->fy0 = fmin(s->fy0, p[2 * i + 1]);
        s->fy1 = fmax(s->fy1, p[2 * i + 1]);
    }
}

/* Areas, the centroid of the largest ring, and the extent of the rings that matter. */
static void measure_shape(struct land *s)
{
    const struct world_country *wc = s->wc;
    double largest = 0, cx, cy;
    size_t k = 0;
    for (size_t r = 0; r < wc->n_rings; k += wc->rings[r++]) {
        double a = ring_area(s->xy + 2 * k, wc->rings[r], &cx, &cy);
        s->area += a;
        if (a > largest) {
            largest = a;
            s->cx = cx;
            s->cy = cy;
        }
    }
    s->fx0 = s->fy0 = HUGE_VAL;
    s->fx1 = s->fy1 = -HUGE_VAL;
    k = 0;
    for (size_t r = 0; r < wc->n_rings; k += wc->rings[r++])
        if (ring_area(s->xy + 2 * k, wc->rings[r], &cx, &cy) >= largest * FIT_RING_SHARE)
            extend(s, s->xy + 2 * k, wc->rings[r]);
}

static bool project_world(struct map *m, struct ml_error *err)
{
    m->shapes = calloc(m->world->n_countries, sizeof *m->shapes);
    if (!m->shapes)
        goto nomem;
    m->n_shapes = m->world->n_countries;
    for (size_t i = 0; i < m->n_shapes; i++) {
        struct land *s = &m->shapes[i];
        s->wc = &m->world->countries[i];
        s->member = s->status = -1;
        s->item = -1;
        s->xy = malloc(2 * s->wc->n_pts * sizeof *s->xy);
        if (!s->xy)
            goto nomem;
        for (size_t k = 0; k < s->wc->n_pts; k++)
            projection_equal_earth(s->wc->pts[2 * k], s->wc->pts[2 * k + 1], &s->xy[2 * k],
                                   &s->xy[2 * k + 1]);
        measure_shape(s);
    }
    return true;
nomem:
    error_set(err, ML_ERROR_NOMEM, "out of memory while projecting the map");
    return false;
}

/* Projected extent to show: the countries with a status, or the world. */
static void fit_extent(const struct map *m, double e[4], double *pad)
{
    double lat_s = -58, lat_n = 84, x, y;
    bool world = m->opts->user->region && strcmp(m->opts->user->region, "world") == 0;
    e[0] = e[1] = HUGE_VAL;
    e[2] = e[3] = -HUGE_VAL;
    for (size_t i = 0; !world && i < m->n_shapes; i++) {
        const struct land *s = &m->shapes[i];
        if (s->status < 0)
            continue;
        e[0] = fmin(e[0], s->fx0);
        e[1] = fmin(e[1], s->fy0);
        e[2] = fmax(e[2], s->fx1);
        e[3] = fmax(e[3], s->fy1);
    }
    *pad = 0.08;
    if (world || e[0] > e[2]) {
        /* The whole world, without Antarctica unless a status asks for it. */
        projection_equal_earth(0, lat_s, &x, &y);
        e[0] = -EQUAL_EARTH_XMAX;
        e[2] = EQUAL_EARTH_XMAX;
        e[1] = y;
        projection_equal_earth(0, lat_n, &x, &e[3]);
        *pad = 0.01;
    }
}

/* Grow the extent to at least min_w x min_h (a tiny set still shows its neighbours), add the
 * margin, then widen the short side to the frame's aspect. */
static void fit_view(struct map *m, double e[4], double pad, struct box frame)
{
    const double min_w = 0.9, min_h = 0.45;
    double cx = (e[0] + e[2]) / 2, cy = (e[1] + e[3]) / 2;
    double w = fmax(e[2] - e[0], min_w), h = fmax(e[3] - e[1], min_h);
    w *= 1 + 2 * pad;
    h *= 1 + 2 * pad;
    double aspect = frame.h / frame.w;
    if (h / w > aspect)
        w = h / aspect;
    else
        h = w * aspect;
    m->view.frame = frame;
    m->view.scale = frame.w / w;
    m->view.x0 = cx - w / 2;
    m->view.y1 = cy + h / 2;
}

/* Height over width the map would like, before it is fitted into a frame. */
static double preferred_aspect(const double e[4], double pad)
{
    double w = fmax(e[2] - e[0], 0.9) * (1 + 2 * pad), h = fmax(e[3] - e[1], 0.45) * (1 + 2 * pad);
    return fmin(fmax(h / w, 0.42), 0.85);
}

static void to_page(const struct view *v, double x, double y, double *px, double *py)
{
    *px = v->frame.x + (x - v->x0) * v->scale;
    *py = v->frame.y + (v->y1 - y) * v->scale;
}

/* ------------------------------------------------------------------ statuses */

/* Warn when two statuses on the map look alike. */
static bool warn_alike(const struct map *m)
{
    bool *shown = calloc(m->doc->n_statuses + 1, sizeof *shown);
    if (!shown)
        return false;
    for (size_t s = 0; s < m->doc->n_statuses; s++)
        shown[s] = m->counts[s] > 0;
    style_warn_alike(&m->style, m->opts, shown);
    free(shown);
    return true;
}

/* Every member's status on the day, once: the legend and the description ask per status, and
 * asking the model each time cost statuses^2 x periods. */
static bool tally(struct map *m)
{
    size_t nm = m->doc->n_members, ns = m->doc->n_statuses;
    m->status_of = malloc((nm ? nm : 1) * sizeof *m->status_of);
    m->counts = calloc(ns ? ns : 1, sizeof *m->counts);
    if (!m->status_of || !m->counts)
        return false;
    for (size_t i = 0; i < nm; i++) {
        const struct period *p = model_period_at(&m->doc->members[i], m->day);
        m->status_of[i] = p ? p->status : -1;
        if (p)
            m->counts[p->status]++;
    }
    return true;
}

/* Whether member i, holding status on the day, should colour shape s rather than the member
 * already there: a state and its predecessor share shapes (Czechoslovakia, then Czechia), and
 * the one with a status on the day, the higher ranked, wins. */
static bool wins(const struct map *m, const struct land *s, int status)
{
    if (s->member < 0 || s->status < 0)
        return true;
    return status >= 0 && m->style.rank_pos[status] < m->style.rank_pos[s->status];
}

/* Give member i's status to the shape wc. */
static void colour_shape(struct map *m, size_t i, const struct world_country *wc)
{
    const struct member *mem = &m->doc->members[i];
    struct land *s = &m->shapes[wc - m->world->countries];
    const struct period *p = model_period_at(mem, m->day);
    if (!wins(m, s, p ? p->status : -1))
        return;
    s->member = (int)i;
    s->status = p ? p->status : -1;
    s->suspended = p && model_suspended_at(mem, m->day);
    m->suspended = m->suspended || s->suspended;
}

/* Colour every shape of member i (all of an iso3 list); false when one of them is unknown. */
static bool colour_member(struct map *m, size_t i)
{
    const struct member *mem = &m->doc->members[i];
    if (!mem->n_iso3s) {
        const struct world_country *wc = world_find(m->world, mem->id, NULL);
        if (wc)
            colour_shape(m, i, wc);
        return wc != NULL;
    }
    bool found = true;
    for (size_t j = 0; j < mem->n_iso3s; j++) {
        const struct world_country *wc =
            world_find(m->world, j == 0 ? mem->id : NULL, mem->iso3s[j]);
        if (wc)
            colour_shape(m, i, wc);
        found = found && wc != NULL;
    }
    return found;
}

/* Each member's shapes get its status. Members holding a status with no shape drawn are counted
 * in the "not on the map" note; those the data does not mark "map": false are also named in a
 * warning (which --strict makes an error), as `check` warns of them. */
static bool assign_statuses(struct map *m)
{
    struct strbuf missing = {0};
    int n_missing = 0;
    for (size_t i = 0; i < m->doc->n_members; i++) {
        const struct member *mem = &m->doc->members[i];
        if (mem->unmapped) {
            m->unmapped += m->status_of[i] >= 0;
            continue;
        }
        if (!colour_member(m, i)) {
            m->unmapped += m->status_of[i] >= 0;
            if (n_missing < 12)
                strbuf_add(&missing, "%s%s", n_missing ? ", " : "", mem->id);
            n_missing++;
        }
    }
    if (n_missing)
        chart_warn(m->opts->state, "map: %d member(s) match no country shape by ISO code: %s%s",
                   n_missing, missing.s ? missing.s : "", n_missing > 12 ? " ..." : "");
    bool ok = !missing.nomem;
    strbuf_finish(&missing);
    return ok && warn_alike(m);
}

/* ------------------------------------------------------------------ clipping */

struct pbuf {
    double *p;
    size_t n, cap;
};

static bool pbuf_add(struct pbuf *b, double x, double y)
{
    size_t cap = 2 * b->cap; /* b->cap counts points, the array holds x, y pairs */
    if (!vec_grow((void **)&b->p, &cap, 2 * (b->n + 1), sizeof *b->p))
        return false;
    b->cap = cap / 2;
    b->p[2 * b->n] = x;
    b->p[2 * b->n + 1] = y;
    b->n++;
    return true;
}

/* Signed distance of a point inside (>= 0) the frame edge e (0 left, 1 right, 2 top, 3 bottom). */
static double inside(const struct box *f, int e, double x, double y)
{
    switch (e) {
    case 0:
        return x - f->x;
    case 1:
        return f->x + f->w - x;
    case 2:
        return y - f->y;
    default:
        return f->y + f->h - y;
    }
}

/* One Sutherland–Hodgman pass against edge e, from in to out. */
static bool clip_edge(const struct pbuf *in, struct pbuf *out, const struct box *f, int e)
{
    out->n = 0;
    for (size_t i = 0; i < in->n; i++) {
        size_t j = (i + in->n - 1) % in->n;
        double xi = in->p[2 * i], yi = in->p[2 * i + 1], xj = in->p[2 * j], yj = in->p[2 * j + 1];
        double di = inside(f, e, xi, yi), dj = inside(f, e, xj, yj);
        if ((di >= 0) != (dj >= 0)) {
            double t = dj / (dj - di);
            if (!pbuf_add(out, xj + (xi - xj) * t, yj + (yi - yj) * t))
                return false;
        }
        if (di >= 0 && !pbuf_add(out, xi, yi))
            return false;
    }
    return true;
}

/* Clip the ring in a (page points) to the frame; the result is left in a. */
static bool clip_ring(struct pbuf *a, struct pbuf *tmp, const struct box *f)
{
    for (int e = 0; e < 4 && a->n >= 3; e++) {
        if (!clip_edge(a, tmp, f, e))
            return false;
        struct pbuf t = *a;
        *a = *tmp;
        *tmp = t;
    }
    return true;
}

/* ------------------------------------------------------------------ countries */

/* The shape's rings on the page, clipped to the frame, appended to path (pts and rings). */
static bool page_rings(struct map *m, const struct land *s, struct pbuf *pts, size_t **rings,
                       size_t *n_rings)
{
    struct pbuf a = {0}, tmp = {0};
    bool ok = true;
    size_t k = 0;
    *rings = malloc(s->wc->n_rings * sizeof **rings);
    ok = *rings != NULL;
    for (size_t r = 0; ok && r < s->wc->n_rings; k += s->wc->rings[r++]) {
        a.n = 0;
        for (size_t i = 0; ok && i < s->wc->rings[r]; i++) {
            double x, y;
            to_page(&m->view, s->xy[2 * (k + i)], s->xy[2 * (k + i) + 1], &x, &y);
            ok = pbuf_add(&a, x, y);
        }
        ok = ok && clip_ring(&a, &tmp, &m->view.frame);
        if (!ok || a.n < 3)
            continue;
        for (size_t i = 0; ok && i < a.n; i++)
            ok = pbuf_add(pts, a.p[2 * i], a.p[2 * i + 1]);
        (*rings)[(*n_rings)++] = a.n;
    }
    free(a.p);
    free(tmp.p);
    return ok;
}

static struct box points_box(const double *p, size_t n)
{
    double x0 = HUGE_VAL, y0 = HUGE_VAL, x1 = -HUGE_VAL, y1 = -HUGE_VAL;
    for (size_t i = 0; i < n; i++) {
        x0 = fmin(x0, p[2 * i]);
        x1 = fmax(x1, p[2 * i]);
        y0 = fmin(y0, p[2 * i + 1]);
        y1 = fmax(y1, p[2 * i + 1]);
    }
    return (struct box){x0, y0, x1 - x0, y1 - y0};
}

static const char *status_id(const struct map *m, int status)
{
    return status >= 0 ? m->doc->statuses[status].id : NULL;
}

/* A suspended member's shape is hatched, with a hatching its status's own pattern does not use. */
static enum pattern suspended_pattern(const struct map *m, int status)
{
    return style_status_pattern(&m->style, status) == PATTERN_HATCH ? PATTERN_CROSS : PATTERN_HATCH;
}

static enum pattern shape_pattern(const struct map *m, const struct land *s)
{
    return s->suspended ? suspended_pattern(m, s->status)
                        : style_status_pattern(&m->style, s->status);
}

/* One country as a path item; nothing when it lies wholly outside the frame. */
static bool add_country(struct map *m, struct land *s)
{
    struct pbuf pts = {0};
    size_t *rings = NULL, n_rings = 0;
    if (!page_rings(m, s, &pts, &rings, &n_rings)) {
        free(pts.p);
        free(rings);
        return false;
    }
    if (!n_rings) {
        free(pts.p);
        free(rings);
        return true;
    }
    struct item *it = layout_add(m->out, ITEM_PATH, "country");
    if (!it) {
        free(pts.p);
        free(rings);
        return false;
    }
    s->item = (long)(m->out->n_items - 1);
    it->pts = pts.p;
    it->n_pts = pts.n;
    it->rings = rings;
    it->n_rings = n_rings;
    it->box = points_box(pts.p, pts.n);
    it->fill = style_status_fill(&m->style, s->status);
    it->pattern = shape_pattern(m, s);
    it->stroke = m->opts->theme.background;
    it->stroke_width = BORDER_WIDTH;
    const char *ref = strcmp(s->wc->a2, "-") != 0 ? s->wc->a2 : NULL;
    return (!ref || item_set(m->out, &it->ref, ref)) &&
           (s->status < 0 || item_set(m->out, &it->status, status_id(m, s->status)));
}

/* Countries without a status first, so that the coloured ones are drawn over shared edges. */
static bool add_countries(struct map *m)
{
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < m->n_shapes; i++)
            if ((m->shapes[i].status >= 0) == (pass == 1) && !add_country(m, &m->shapes[i]))
                return false; // NOLINT(clang-analyzer-unix.Malloc): map_free frees the shapes
    return true;
}

static double marker_radius(const struct map *m)
{
    return fmax(3.0, m->opts->fonts.label.size * 0.4);
}

static bool frame_contains(const struct box *f, double x, double y)
{
    return x >= f->x && x <= f->x + f->w && y >= f->y && y <= f->y + f->h;
}

static bool take(struct map *m, struct box b)
{
    return boxset_add(&m->taken, b);
}

/* A shape is too small to see when its area or both its sides fall below a few points. */
static bool too_small(const struct map *m, const struct land *s)
{
    double sc = m->view.scale;
    double w = (s->fx1 - s->fx0) * sc, h = (s->fy1 - s->fy0) * sc;
    return s->area * sc * sc < SMALL_AREA || (w < SMALL_SIDE && h < SMALL_SIDE);
}

/* Circles for states with a status whose shapes are too small to see (Bahrain, Maldives). */
static bool add_markers(struct map *m)
{
    double r = marker_radius(m);
    for (size_t i = 0; i < m->n_shapes; i++) {
        const struct land *s = &m->shapes[i];
        double x, y;
        if (s->status < 0 || !too_small(m, s))
            continue;
        to_page(&m->view, s->cx, s->cy, &x, &y);
        if (!frame_contains(&m->view.frame, x, y))
            continue;
        struct box b = {x - r, y - r, 2 * r, 2 * r};
        struct item *it = layout_rect(m->out, ITEM_MARKER, b,
                                      style_status_fill(&m->style, s->status), "country-marker");
        if (!it)
            return false;
        it->shape = SHAPE_CIRCLE;
        it->pattern = shape_pattern(m, s);
        it->stroke = style_mix(m->opts->theme.text, m->opts->theme.background, 0.25);
        it->stroke_width = 0.7;
        if (!item_set(m->out, &it->ref, s->wc->a2) ||
            !item_set(m->out, &it->status, status_id(m, s->status)) || !take(m, b))
            return false;
    }
    return true;
}

/* ------------------------------------------------------------------ labels */

/* A label sits on its own country, beside its marker, or at most this many line heights from
 * it with a leader: farther off it could be read as a label of something else. */
#define LEADER_REACH 6
#define LEADER_DIRECTIONS 16
#define MIN_CONTRAST 4.5 /* WCAG 2 AA for text of any size */
#define PLATE_ALPHA 0xd8u
#define NOTE_LINES 2

/* The labels placed so far and the ones left out for want of room. */
struct labels {
    const struct font *font;
    double line;     /* the label font's line height */
    double *leaders; /* x0, y0, x1, y1 of each leader drawn */
    size_t n_leaders, cap_leaders;
    struct strbuf left; /* the names left out, for the note and the warning */
    int n_left;
};

static bool box_free(const struct map *m, struct box b)
{
    const struct box *f = &m->view.frame;
    if (b.x < f->x || b.y < f->y || b.x + b.w > f->x + f->w || b.y + b.h > f->y + f->h)
        return false;
    return boxset_free_at(&m->taken, &b, 0);
}

/* One way to set a name: on one line, or wrapped (centred) into two or three. */
struct setting {
    double wrap;
    enum align align;
    struct text_size ts;
};

static const struct item *shape_path(const struct map *m, const struct land *s)
{
    return s->item >= 0 ? &m->out->items[s->item] : NULL;
}

/* Even-odd, as the renderer fills a country (Lesotho is a hole in South Africa). */
static bool path_contains(const struct item *it, double x, double y)
{
    bool in = false;
    size_t k = 0;
    for (size_t r = 0; r < it->n_rings; k += it->rings[r++])
        for (size_t i = 0, j = it->rings[r] - 1; i < it->rings[r]; j = i++) {
            const double *p = it->pts + 2 * (k + i), *q = it->pts + 2 * (k + j);
            if ((p[1] > y) != (q[1] > y) && x < p[0] + (y - p[1]) * (q[0] - p[0]) / (q[1] - p[1]))
                in = !in;
        }
    return in;
}

/* Does an edge of the outline run through the box? */
static bool path_crosses(const struct item *it, const struct box *b)
{
    size_t k = 0;
    for (size_t r = 0; r < it->n_rings; k += it->rings[r++])
        for (size_t i = 0, j = it->rings[r] - 1; i < it->rings[r]; j = i++) {
            const double *p = it->pts + 2 * (k + i), *q = it->pts + 2 * (k + j);
            if (segment_hits_box(q[0], q[1], p[0], p[1], b))
                return true;
        }
    return false;
}

/* Does the country's area meet the box? With no edge through it, the box lies wholly inside
 * or wholly outside. */
static bool path_meets(const struct item *it, const struct box *b)
{
    return box_intersects(&it->box, b) &&
           (path_crosses(it, b) || path_contains(it, b->x + b->w / 2, b->y + b->h / 2));
}

static bool path_holds(const struct item *it, const struct box *b)
{
    return box_intersects(&it->box, b) && !path_crosses(it, b) &&
           path_contains(it, b->x + b->w / 2, b->y + b->h / 2);
}

static double segment_distance(const double *p, const double *q, double x, double y)
{
    double dx = q[0] - p[0], dy = q[1] - p[1], len = dx * dx + dy * dy;
    double t = len > 0 ? fmax(0, fmin(1, ((x - p[0]) * dx + (y - p[1]) * dy) / len)) : 0;
    return hypot(x - p[0] - t * dx, y - p[1] - t * dy);
}

static double edge_distance(const struct item *it, double x, double y)
{
    double d = HUGE_VAL;
    size_t k = 0;
    for (size_t r = 0; r < it->n_rings; k += it->rings[r++])
        for (size_t i = 0, j = it->rings[r] - 1; i < it->rings[r]; j = i++)
            d = fmin(d, segment_distance(it->pts + 2 * (k + j), it->pts + 2 * (k + i), x, y));
    return d;
}

/* Where the label goes: of a grid over the drawn shape, the inside point farthest from its
 * outline (the centroid of a crescent or of an L lies outside it, or on a neighbour). */
static void label_anchor(const struct map *m, const struct land *s, double *x, double *y)
{
    const struct item *it = shape_path(m, s);
    const int n = 24;
    to_page(&m->view, s->cx, s->cy, x, y);
    if (!it || too_small(m, s))
        return;
    double best = path_contains(it, *x, *y) ? edge_distance(it, *x, *y) : -1;
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) {
            double px = it->box.x + it->box.w * (i + 0.5) / n;
            double py = it->box.y + it->box.h * (j + 0.5) / n;
            double d = path_contains(it, px, py) ? edge_distance(it, px, py) : -1;
            if (d > best) {
                best = d;
                *x = px;
                *y = py;
            }
        }
}

/* The marker of a state too small to see, or a box of nothing when it has none. */
static struct box marker_box(const struct map *m, const struct land *s)
{
    double x, y, r = marker_radius(m);
    if (s->status < 0 || s->item < 0 || !too_small(m, s))
        return (struct box){0, 0, 0, 0};
    to_page(&m->view, s->cx, s->cy, &x, &y);
    return (struct box){x - r, y - r, 2 * r, 2 * r};
}

/* Is the box clear: on the map, away from labels, leaders and (by a marker's radius) other
 * states' markers, so that it is not read as theirs, and off every other country holding a
 * status (and, unless grey_ok, off every other country)? */
static bool spot_clear(const struct map *m, const struct labels *lb, const struct land *own,
                       struct box b, bool grey_ok)
{
    if (!box_free(m, box_grow(b, 1)))
        return false;
    for (size_t i = 0; i < lb->n_leaders; i++) {
        const double *p = lb->leaders + 4 * i;
        if (segment_hits_box(p[0], p[1], p[2], p[3], &b))
            return false;
    }
    struct box near = box_grow(b, marker_radius(m));
    for (size_t i = 0; i < m->n_shapes; i++) {
        const struct land *s = &m->shapes[i];
        const struct item *it = shape_path(m, s);
        if (s == own || !it)
            continue;
        struct box mk = marker_box(m, s);
        if (mk.w > 0 && box_intersects(&mk, &near))
            return false;
        if (!(grey_ok && s->status < 0) && path_meets(it, &b))
            return false;
    }
    return true;
}

static bool segments_cross(const double *p, const double *q)
{
    double d1 = (q[2] - q[0]) * (p[1] - q[1]) - (q[3] - q[1]) * (p[0] - q[0]);
    double d2 = (q[2] - q[0]) * (p[3] - q[1]) - (q[3] - q[1]) * (p[2] - q[0]);
    double d3 = (p[2] - p[0]) * (q[1] - p[1]) - (p[3] - p[1]) * (q[0] - p[0]);
    double d4 = (p[2] - p[0]) * (q[3] - p[1]) - (p[3] - p[1]) * (q[2] - p[0]);
    return ((d1 > 0) != (d2 > 0)) && ((d3 > 0) != (d4 > 0));
}

/* May a leader run from (x0, y0) to (x1, y1)? Not through a label, a marker (short of its
 * own, which it ends on) or another leader. */
static bool leader_clear(const struct map *m, const struct labels *lb, double x0, double y0,
                         double x1, double y1, double stop)
{
    double len = hypot(x1 - x0, y1 - y0);
    double seg[4] = {x0, y0, x1, y1};
    if (len > stop) {
        seg[2] = x1 - (x1 - x0) / len * stop;
        seg[3] = y1 - (y1 - y0) / len * stop;
    }
    for (size_t i = 0; i < m->taken.n; i++)
        if (segment_hits_box(seg[0], seg[1], seg[2], seg[3], &m->taken.b[i]))
            return false;
    for (size_t i = 0; i < lb->n_leaders; i++)
        if (segments_cross(seg, lb->leaders + 4 * i))
            return false;
    return true;
}

/* WCAG 2 relative luminance and contrast. */
static double channel(uint32_t c, int shift)
{
    double v = ((c >> shift) & 0xff) / 255.0;
    return v <= 0.04045 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4);
}

static double contrast(uint32_t a, uint32_t b)
{
    double la = 0.2126 * channel(a, 24) + 0.7152 * channel(a, 16) + 0.0722 * channel(a, 8);
    double lb = 0.2126 * channel(b, 24) + 0.7152 * channel(b, 16) + 0.0722 * channel(b, 8);
    return (fmax(la, lb) + 0.05) / (fmin(la, lb) + 0.05);
}

/* top, with its alpha, over the opaque colour under. */
static uint32_t composite(uint32_t top, uint32_t under)
{
    double a = (top & 0xff) / 255.0;
    uint32_t out = 0xff;
    for (int shift = 8; shift < 32; shift += 8) {
        double v = a * ((top >> shift) & 0xff) + (1 - a) * ((under >> shift) & 0xff);
        out |= (uint32_t)lround(v) << shift;
    }
    return out;
}

/* The lowest contrast of ink against each colour under the box, seen through a plate of the
 * given colour (alpha 0: none): the fills of the countries it meets and their patterns' ink,
 * and the page (the sea, the borders) unless one country holds the whole box. */
static double worst_contrast(const struct map *m, struct box b, uint32_t ink, uint32_t plate)
{
    uint32_t page = m->opts->theme.background | 0xff;
    double worst = HUGE_VAL;
    bool held = false;
    for (size_t i = 0; i < m->n_shapes; i++) {
        const struct land *s = &m->shapes[i];
        const struct item *it = shape_path(m, s);
        if (!it || !path_meets(it, &b))
            continue;
        held = held || path_holds(it, &b);
        uint32_t fill = composite(it->fill, page);
        worst = fmin(worst, contrast(ink, composite(plate, fill)));
        if (it->pattern != PATTERN_NONE)
            worst = fmin(worst,
                         contrast(ink, composite(plate, composite(draw_pattern_ink(fill), fill))));
    }
    if (!held)
        worst = fmin(worst, contrast(ink, composite(plate, page)));
    return worst;
}

/* The label's ink, the theme's text colour or its background, whichever reads better on what
 * lies under it; when neither reaches MIN_CONTRAST, text colour on a plate of the background. */
static uint32_t label_ink(const struct map *m, struct box b, uint32_t *plate)
{
    uint32_t text = m->opts->theme.text, bg = m->opts->theme.background | 0xff;
    double on_text = worst_contrast(m, b, text, 0), on_bg = worst_contrast(m, b, bg, 0);
    *plate = 0;
    if (fmax(on_text, on_bg) >= MIN_CONTRAST)
        return on_text >= on_bg ? text : bg;
    *plate = (bg & 0xffffff00u) | PLATE_ALPHA;
    if (worst_contrast(m, b, text, *plate) < MIN_CONTRAST)
        *plate = bg;
    return text;
}

static bool add_leader(struct map *m, struct labels *lb, const char *ref, double x0, double y0,
                       double x1, double y1)
{
    size_t cap = lb->cap_leaders;
    if (!vec_grow((void **)&lb->leaders, &cap, 4 * (lb->n_leaders + 1), sizeof *lb->leaders))
        return false;
    lb->cap_leaders = cap;
    double *p = lb->leaders + 4 * lb->n_leaders++;
    p[0] = x0;
    p[1] = y0;
    p[2] = x1;
    p[3] = y1;
    struct item *it = layout_line(m->out, x0, y0, x1, y1,
                                  style_mix(m->opts->theme.text, m->opts->theme.background, 0.3),
                                  0.6, "label-leader");
    return it && item_set(m->out, &it->ref, ref);
}

/* Draw the name in box b, with the leader (x0, y0, x1, y1: from the box to the country) when
 * one is given. */
static bool put_label(struct map *m, struct labels *lb, const struct land *s, const char *name,
                      const struct setting *st, struct box b, const double *leader)
{
    const char *ref = strcmp(s->wc->a2, "-") != 0 ? s->wc->a2 : NULL;
    uint32_t plate;
    uint32_t ink = label_ink(m, b, &plate);
    if (leader && !add_leader(m, lb, ref, leader[0], leader[1], leader[2], leader[3]))
        return false;
    if (plate) {
        struct item *p = layout_rect(m->out, ITEM_RECT, box_grow(b, 1), plate, "label-plate");
        if (!p || !item_set(m->out, &p->ref, ref))
            return false;
        p->radius = 1.5;
    }
    struct item *it = layout_text(m->out, m->ctx, name, lb->font, st->wrap, st->align, b.x, b.y,
                                  ink, "country-label");
    return it && (!ref || item_set(m->out, &it->ref, ref)) && take(m, box_grow(b, 1));
}

/* The ways to set the name: one line, then wrapped at about a half and a third of its width
 * (never splitting a word), so that a long name can fit its country. */
static size_t settings(struct map *m, const struct labels *lb, const char *name,
                       struct setting out[3])
{
    size_t n = 0;
    text_measure(m->ctx, name, lb->font, 0, ALIGN_LEFT, &out[n].ts);
    out[n].wrap = 0;
    out[n++].align = ALIGN_LEFT;
    double word = text_longest_word(m->ctx, name, lb->font), full = out[0].ts.w;
    for (int parts = 2; parts <= 3; parts++) {
        double wrap = fmax(word, full / parts * 1.15);
        struct setting st = {.wrap = wrap, .align = ALIGN_CENTER};
        text_measure(m->ctx, name, lb->font, wrap, ALIGN_CENTER, &st.ts);
        if (st.ts.lines > out[n - 1].ts.lines)
            out[n++] = st;
    }
    return n;
}

/* On the country itself: first wholly inside it, then centred on it and spilling only onto
 * the sea or countries with no status. */
static bool on_shape(struct map *m, struct labels *lb, const struct land *s, const char *name,
                     const struct setting *st, size_t n_st, double ax, double ay, bool *placed)
{
    static const double dx[] = {0, -0.25, 0.25, -0.5, 0.5}, dy[] = {0, -0.6, 0.6, -1.2, 1.2};
    const struct item *own = shape_path(m, s);
    for (int whole = 1; whole >= 0; whole--)
        for (size_t v = 0; v < n_st; v++)
            for (size_t j = 0; j < sizeof dy / sizeof *dy; j++)
                for (size_t i = 0; i < sizeof dx / sizeof *dx; i++) {
                    double w = st[v].ts.w, h = st[v].ts.h;
                    struct box b = {ax - w / 2 + dx[i] * w, ay - h / 2 + dy[j] * h, w, h};
                    if (whole ? !path_holds(own, &b)
                              : !path_contains(own, b.x + w / 2, b.y + h / 2))
                        continue;
                    if (!spot_clear(m, lb, s, b, !whole))
                        continue;
                    *placed = true;
                    return put_label(m, lb, s, name, &st[v], b, NULL);
                }
    return true;
}

/* Off the country: beside its marker, else around it at growing distances with a leader,
 * first over the sea, then also over countries with no status. */
static bool off_shape(struct map *m, struct labels *lb, const struct land *s, const char *name,
                      const struct setting *st, size_t n_st, double ax, double ay, bool *placed)
{
    bool small = too_small(m, s);
    double r0 = small ? marker_radius(m) + 1 : 0;
    for (int step = small ? 0 : 1; step <= LEADER_REACH; step++)
        for (int grey = 0; grey <= 1; grey++)
            for (size_t v = 0; v < n_st; v++)
                for (int d = 0; d < LEADER_DIRECTIONS; d++) {
                    double a = 2 * PI * d / LEADER_DIRECTIONS, w = st[v].ts.w, h = st[v].ts.h;
                    double gap = r0 + step * lb->line, c = cos(a), sn = sin(a);
                    double cx = ax + c * (gap + w / 2), cy = ay + sn * (gap + h / 2);
                    struct box b = {cx - w / 2, cy - h / 2, w, h};
                    if (shape_path(m, s) && path_contains(shape_path(m, s), cx, cy))
                        continue; /* on_shape's business */
                    /* kept a little off other countries, so as not to be read as theirs */
                    if (!spot_clear(m, lb, s, b, grey) ||
                        (step > 0 && !spot_clear(m, lb, s, box_grow(b, lb->line / 4), true)))
                        continue;
                    double ex = ax, ey = ay, rim = marker_radius(m);
                    double px = fmax(b.x, fmin(ax, b.x + b.w)), py = fmax(b.y, fmin(ay, b.y + b.h));
                    double len = hypot(px - ax, py - ay);
                    if (small && len > 0) { /* the leader ends on the marker's rim */
                        ex = ax + (px - ax) / len * rim;
                        ey = ay + (py - ay) / len * rim;
                    }
                    if (step > 0 && !leader_clear(m, lb, px, py, ex, ey, small ? 2 * rim : 0))
                        continue;
                    double leader[4] = {px, py, ex, ey};
                    *placed = true;
                    return put_label(m, lb, s, name, &st[v], b, step > 0 ? leader : NULL);
                }
    return true;
}

static bool label_shape(struct map *m, struct labels *lb, const struct land *s)
{
    const char *name = chart_text(m->opts, model_name_at(&m->doc->members[s->member], m->day));
    struct setting st[3];
    double ax, ay;
    bool placed = false;
    name = *name ? name : s->wc->name;
    size_t n_st = settings(m, lb, name, st);
    label_anchor(m, s, &ax, &ay);
    if (!too_small(m, s) && !on_shape(m, lb, s, name, st, n_st, ax, ay, &placed))
        return false;
    if (!placed && !off_shape(m, lb, s, name, st, n_st, ax, ay, &placed))
        return false;
    if (!placed) {
        strbuf_add(&lb->left, "%s%s", lb->n_left ? i18n_list_sep(m->opts->lang_code) : "", name);
        lb->n_left++;
    }
    return !lb->left.nomem;
}

struct by_need {
    int held; /* how many shapes hold the status: the rarest are labelled first */
    int rank;
    double area;
    size_t i;
};

static int neediest_first(const void *a, const void *b)
{
    const struct by_need *x = a, *y = b;
    if (x->held != y->held)
        return x->held < y->held ? -1 : 1;
    if (x->rank != y->rank)
        return x->rank < y->rank ? -1 : 1;
    if (x->area != y->area)
        return x->area > y->area ? -1 : 1;
    return (x->i > y->i) - (x->i < y->i);
}

/* Every country drawn with a status gets a label or is named in the note: the rarest statuses
 * first (an only applicant must not lose its label to the fiftieth member), then the larger
 * countries, which have room inside. */
static bool add_labels(struct map *m, struct labels *lb)
{
    struct by_need *order = malloc((m->n_shapes ? m->n_shapes : 1) * sizeof *order);
    int *held = calloc(m->doc->n_statuses + 1, sizeof *held);
    size_t n = 0;
    bool ok = order && held;
    for (size_t i = 0; ok && i < m->n_shapes; i++)
        if (m->shapes[i].status >= 0 && m->shapes[i].item >= 0)
            held[m->shapes[i].status]++;
    for (size_t i = 0; ok && i < m->n_shapes; i++) {
        const struct land *s = &m->shapes[i];
        if (s->status >= 0 && s->item >= 0)
            order[n++] =
                (struct by_need){held[s->status], m->style.rank_pos[s->status], s->area, i};
    }
    if (ok)
        qsort(order, n, sizeof *order, neediest_first);
    for (size_t k = 0; ok && k < n; k++)
        ok = label_shape(m, lb, &m->shapes[order[k].i]);
    free(order);
    free(held);
    return ok;
}

/* "19 labels not shown: Rwanda, Eswatini, …" under the map, in at most NOTE_LINES lines; the
 * warning names them all. Returns the note's bottom, or NAN when memory runs out. */
static double add_label_note(struct map *m, const struct labels *lb, struct box box)
{
    const char *lang = m->opts->lang_code;
    const struct font *f = &m->opts->fonts.note;
    char count[256];
    struct strbuf b = {0};
    struct text_size ts;
    i18n_message(lang, M_LABELS_NOT_SHOWN, lb->n_left, count, sizeof count);
    strbuf_add(&b, "%s%s%s", count, i18n_colon(lang), lb->left.s ? lb->left.s : "");
    chart_warn(m->opts->state, "map: %d label(s) not shown for want of room (--strict fails): %s",
               lb->n_left, lb->left.s ? lb->left.s : "");
    char *text = NULL;
    if (!b.nomem) {
        text_measure(m->ctx, b.s, f, box.w, ALIGN_LEFT, &ts);
        text = text_fits_lines(m->ctx, &ts, f, box.w, NOTE_LINES)
                   ? strbuf_take(&b)
                   : text_cut_lines(m->ctx, b.s, "", f, box.w, NOTE_LINES, &ts);
    }
    strbuf_finish(&b);
    if (!text)
        return NAN;
    double y = box.y + box.h + lb->line * 0.4;
    bool rtl = i18n_rtl(lang); /* the note starts where the language's lines start */
    struct item *it =
        layout_text(m->out, m->ctx, text, f, box.w, rtl ? ALIGN_RIGHT : ALIGN_LEFT,
                    rtl ? box.x + box.w - ts.w : box.x, y, m->opts->theme.text, "labels-left-out");
    free(text);
    if (!it)
        return NAN;
    it->value = lb->n_left;
    it->has_value = true;
    return it->box.y + it->box.h;
}

/* The note's room under the map on a page of fixed height. */
static double note_room(const struct map *m, const struct labels *lb)
{
    struct text_size ts;
    text_measure(m->ctx, "X\nX", &m->opts->fonts.note, 0, ALIGN_LEFT, &ts);
    return ts.h * NOTE_LINES / 2 + lb->line * 0.4;
}

static void labels_finish(struct labels *lb)
{
    free(lb->leaders);
    strbuf_finish(&lb->left);
}

/* ------------------------------------------------------------------ legend and text */

/* "<status> (n)" for each status held on the date, in rank order, then "No status". */
/* Does any member hold a status on the map's day? */
static bool any_status(const struct map *m)
{
    for (size_t s = 0; s < m->doc->n_statuses; s++)
        if (m->counts[s] > 0)
            return true;
    return false;
}

static void build_legend(const struct map *m, struct legend *lg)
{
    for (size_t pos = 0; pos < m->doc->n_statuses; pos++) {
        int s = m->style.by_rank[pos];
        if (m->counts[s] == 0)
            continue;
        struct strbuf b = {0};
        i18n_count_label_add(&b, m->opts->lang_code,
                             chart_text(m->opts, &m->doc->statuses[s].label), m->counts[s]);
        if (b.nomem)
            lg->nomem = true;
        else
            legend_add(lg,
                       (struct legend_entry){.color = style_status_fill(&m->style, s),
                                             .pattern = style_status_pattern(&m->style, s),
                                             .kind = LEGEND_SWATCH,
                                             .status = m->doc->statuses[s].id},
                       b.s);
        strbuf_finish(&b);
    }
    legend_add(
        lg, (struct legend_entry){.color = style_status_fill(&m->style, -1), .kind = LEGEND_SWATCH},
        i18n_word(m->opts->lang_code, W_NO_STATUS));
    if (m->suspended)
        legend_add(lg,
                   (struct legend_entry){.color = m->opts->theme.background,
                                         .pattern = PATTERN_HATCH,
                                         .kind = LEGEND_SWATCH},
                   i18n_word(m->opts->lang_code, W_SUSPENDED));
    size_t later = model_count_later(m->doc, m->day);
    if (!any_status(m) && later) {
        /* An all-grey map of members still to come: say they come after the chart's date. */
        struct strbuf b = {0};
        i18n_sentence_add(&b, m->opts->lang_code, S_JOINS_LATER_NOTE, "", "count", NULL,
                          (long)later);
        if (b.nomem)
            lg->nomem = true;
        else
            legend_add(lg, (struct legend_entry){.color = 0, .kind = LEGEND_SWATCH}, b.s);
        strbuf_finish(&b);
    }
    if (m->unmapped) {
        /* Members with no shape are counted above but drawn nowhere: say so. */
        char text[256];
        i18n_message(m->opts->lang_code, M_NOT_ON_MAP, m->unmapped, text, sizeof text);
        legend_add(lg, (struct legend_entry){.color = 0, .kind = LEGEND_SWATCH}, text);
    }
}

/* A plain description for screen readers: the date, then each status with its members. */
static bool alt_text(struct map *m)
{
    const char *lang = m->opts->lang_code;
    struct strbuf b = {0};
    char date[128];
    i18n_date(lang, &m->opts->as_of, date, sizeof date);
    alt_title(&b, m->opts);
    i18n_sentence_add(&b, lang, S_MAP, date, NULL, NULL, 0);
    for (size_t pos = 0; pos < m->doc->n_statuses; pos++) {
        int s = m->style.by_rank[pos];
        if (m->counts[s] == 0)
            continue;
        struct strbuf label = {0}, names = {0};
        i18n_count_label_add(&label, lang, chart_text(m->opts, &m->doc->statuses[s].label),
                             m->counts[s]);
        for (size_t i = 0; i < m->doc->n_members; i++)
            if (m->status_of[i] == s)
                strbuf_add(&names, "%s%s", names.len ? i18n_list_sep(lang) : "",
                           chart_text(m->opts, model_name_at(&m->doc->members[i], m->day)));
        i18n_sentence_add(&b, lang, S_MAP_STATUS, label.s ? label.s : "", names.s ? names.s : "",
                          NULL, 0);
        b.nomem = b.nomem || label.nomem || names.nomem;
        strbuf_finish(&label);
        strbuf_finish(&names);
    }
    bool any = any_status(m);
    /* "Other countries" only after a list of some; with none, one plain sentence. */
    i18n_sentence_add(&b, lang, any ? S_MAP_OTHERS : S_MAP_NONE, NULL, NULL, NULL, 0);
    if (!any) /* as the legend: the members to come */
        alt_joins_later(&b, m->opts, m->doc, m->day);
    if (m->unmapped)
        i18n_sentence_add(&b, lang, S_NOT_ON_MAP, NULL, NULL, NULL, m->unmapped);
    altnote_suspended(&b, m->doc, m->opts, m->day);
    altnote_names(&b, m->doc, m->opts, m->day);
    altnote_successors(&b, m->doc, m->opts, m->day);
    if (b.nomem) {
        strbuf_finish(&b);
        return false;
    }
    free(m->out->alt_text);
    m->out->alt_text = strbuf_take(&b);
    return true;
}

/* ------------------------------------------------------------------ the page */

/* The map's box within the page frame: the whole width, and the height left under a fixed
 * page or what the fitted aspect ratio asks for. */
#define MIN_MAP_H 40.0 /* the least height of a map on a fixed page */

static struct box map_box(const struct frame *fr, const struct chart_opts *o, double aspect)
{
    double w = o->width - 2 * o->margin;
    double h = fr->fixed ? fmax(frame_bottom(fr) - fr->top, MIN_MAP_H) : w * aspect;
    return (struct box){o->margin, fr->top, w, h};
}

/* Does any member hold a status at any time? Without one the map has nothing to say. */
static bool any_period(const struct ml_doc *doc)
{
    for (size_t k = 0; k < doc->n_members; k++)
        if (doc->members[k].n_periods)
            return true;
    return false;
}

/* Countries, markers and labels in box; on a fixed page a second round makes room under the
 * map for the note of labels left out. Returns the bottom of what it drew, NAN when memory runs
 * out. */
static double draw_body(struct map *m, const struct frame *fr, double e[4], double pad,
                        struct box box)
{
    bool labels = m->opts->user->map_labels;
    struct labels lb = {.font = &m->opts->fonts.small};
    struct text_size ts;
    size_t first = m->out->n_items;
    double bottom = box.y + box.h;
    text_measure(m->ctx, "Ag", lb.font, 0, ALIGN_LEFT, &ts);
    lb.line = ts.h;
    for (int round = 0; round < 2; round++) {
        fit_view(m, e, pad, box);
        bool ok = add_countries(m) && add_markers(m) && (!labels || add_labels(m, &lb));
        if (!ok || !lb.n_left || !fr->fixed || round == 1)
            break;
        layout_truncate(m->out, first);
        m->taken.n = 0;
        lb.n_leaders = 0;
        lb.n_left = 0;
        strbuf_finish(&lb.left);
        for (size_t i = 0; i < m->n_shapes; i++)
            m->shapes[i].item = -1;
        box.h -= note_room(m, &lb);
    }
    if (m->out->nomem || lb.left.nomem)
        bottom = NAN;
    else if (lb.n_left)
        bottom = add_label_note(m, &lb, box);
    labels_finish(&lb);
    return bottom;
}

static bool draw_map(struct map *m)
{
    struct legend lg = {0};
    struct frame fr;
    double e[4], pad, bottom;
    build_legend(m, &lg);
    fit_extent(m, e, &pad);
    frame_open(&fr, m->out, m->ctx, m->opts, &lg);
    struct box box = map_box(&fr, m->opts, preferred_aspect(e, pad));
    if (fr.fixed && frame_bottom(&fr) - fr.top < MIN_MAP_H) {
        /* The title, legend and footer fill the page: a map squeezed under them would run
         * over the footer. */
        m->frame_need = m->opts->height - (frame_bottom(&fr) - fr.top) + MIN_MAP_H;
        legend_finish(&lg);
        return true;
    }
    fit_view(m, e, pad, box);
    bool ok = !lg.nomem;
    if (!any_period(m->doc)) { /* nothing to map: a note, not a grey world */
        frame_no_data(m->out, m->ctx, m->opts, 0, box.x, box.y, box.x + box.w, box.y + box.h);
        bottom = box.y + box.h;
    } else {
        bottom = draw_body(m, &fr, e, pad, box);
        ok = ok && !isnan(bottom);
    }
    if (ok)
        frame_close(&fr, bottom);
    legend_finish(&lg);
    return ok && alt_text(m);
}

static void map_free(struct map *m)
{
    for (size_t i = 0; m->shapes && i < m->n_shapes; i++)
        free(m->shapes[i].xy);
    free(m->shapes);
    style_finish(&m->style);
    free(m->status_of);
    free(m->counts);
    boxset_finish(&m->taken);
}

bool map_layout(const struct ml_doc *doc, const struct chart_opts *opts, struct text_ctx *ctx,
                struct layout *out, struct ml_error *err)
{
    struct chart_opts slide;
    if (opts->user->slide) {
        slide = *opts;
        chart_slide_type(&slide);
        opts = &slide;
    }
    struct map m = {.doc = doc, .opts = opts, .ctx = ctx, .out = out};
    bool ok = false;
    m.day = date_start(&opts->as_of);
    m.world = opts->world; /* the renderer's: layout reads no file */
    if (!m.world) {
        error_set(err, ML_ERROR_RENDER, "no country shapes to draw the map with");
        goto done;
    }
    if (!project_world(&m, err))
        goto done;
    if (!style_init(&m.style, doc, &opts->theme) || !tally(&m) || !assign_statuses(&m) ||
        !draw_map(&m) || out->nomem) {
        out->nomem = true;
        error_first(err, ML_ERROR_NOMEM, "out of memory while laying out the map");
        goto done;
    }
    if (m.frame_need > 0) {
        chart_page_error(err, "the map's title, legend and footer with a map", m.frame_need,
                         opts->height);
        goto done;
    }
    ok = true;
done:
    map_free(&m);
    return ok;
}
