/* The timeline chart: events as markers on a proportional time line, their labels placed
 * above and below it by src/place.c so that nothing overlaps; spans as labelled bars in a
 * strip above the time axis; optionally one lane per category.
 *
 * Geometry is first worked out relative to each lane's line (distances outwards), then the
 * page is assembled from the top: header, legend, lanes, span strip, axis, footer.
 *
 * On a page taller than wide (or with --orientation vertical) time runs down the page: the
 * same geometry is kept "along" the line and "across" it and transposed when emitted
 * (page_box, page_line); the labels stand in a column on each side of the line
 * (column_pass) instead of going through the placer, the tick labels and the spans are on
 * the left. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alt.h"
#include "axis.h"
#include "error.h"
#include "chart.h"
#include "frame.h"
#include "i18n.h"
#include "place.h"
#include "sort.h"
#include "strbuf.h"
#include "style.h"
#include "vec.h"

struct tl_event {
    const struct event *ev;
    size_t index; /* in doc->events */
    int lane;
    double d0, d1;           /* days covered */
    double mx0, mx1, ax;     /* marker extent and anchor, x */
    double reach;            /* how far the marker reaches from the line */
    const char *full, *shrt; /* titles in the chart language; shrt "" when none */
    const char *title;       /* the one in use */
    char date[160];
    struct font font;
    double wrap, dwrap;      /* title and date wrap widths (0: one line) */
    struct text_size ts, ds; /* title and date sizes */
    bool shown;
    int level;    /* brackets over the same time drawn before this one (nested) */
    bool culled;  /* not a candidate in this placement attempt */
    bool unfit;   /* its label cannot be set in the room across without breaking a word */
    int measured; /* 0 not yet, 1 with the full title, 2 with the short one */
    struct place_res pos;
    unsigned want; /* placement kinds to try first */
    int cluster;   /* -1, or its cluster mark in t->cl (a growing chart's dense run) */
};

/* With a growing height every event is drawn: a run of markers too dense to spread apart is
 * drawn as one mark over its dates with the number of its events, and their labels hang on
 * one stem from it, each with its exact date. */
struct tl_cluster {
    int lane;
    double x0, x1; /* along the line */
    size_t n;      /* events; 0: taken into another cluster */
    size_t first;  /* while clustering: where its events start in the lane's points */
    double thick;  /* across the line */
};

struct lane {
    int category; /* -1: every event on one line */
    struct placer *pl;
    double ext[2]; /* reach above and below the line */
    double top, y; /* page y of the lane's top and of its line */
    double label_h;
    int most; /* fit_events: the least important event that may still be added */
};

struct span_row {
    const struct span *sp;
    double x0, x1, tx, tw; /* along the line; vertical: tx is the label's top */
    int row;               /* vertical: the column */
    double th, wrap;       /* the label's height and wrap width (0: one line) */
};

struct tl {
    struct style style;
    const struct ml_doc *doc;
    const struct chart_opts *o;
    struct text_ctx *ctx;
    struct layout *l;
    struct tl_event *e;
    size_t n;
    struct lane *lanes;
    size_t n_lanes;
    struct span_row *sp;
    size_t n_sp;
    struct time_scale sc;
    double em, r, base, pad, lane_pad, lane_col, bracket_h, bar_h;
    double placer_lo;
    double data0, data1; /* the data's own range, days */
    size_t *order;       /* placement order, indexes into e */
    size_t *cand;        /* the candidates of this attempt (not culled), in date order */
    size_t n_cand;
    size_t n_order;
    size_t *rank;   /* events by importance, then spread over the range */
    size_t hidden;  /* events in the range that are not drawn */
    size_t crowded; /* runs of markers too dense to spread apart (nudge_markers) */
    struct tl_cluster *cl;
    size_t n_cl, cap_cl;
    double page_h;         /* the page height, when fixed */
    double placer_hi;      /* labels stay within [placer_lo, placer_hi] along the line */
    double cross0, cross1; /* vertical: the page x the line and its labels may use */
    double axis_w;         /* vertical: the tick label column */
    double span_wrap;      /* vertical: the span labels' wrap width */
    double span_word;      /* vertical: a word of a span label wider than this breaks inside */
    double frame_need;     /* > 0: a fixed page too small for the frame alone (this tall) */
    /* The flags last: fewer padding bytes. */
    int sp_rows;
    bool use_short; /* labels use the short titles */
    bool nomem;     /* an allocation failed */
    bool era;       /* BCE dates on the chart: years of the common era are marked AD */
    bool grow;      /* no limit across the line (--height auto): dense runs become clusters */
    bool fixed;     /* the page height is given (or the default page is tried) */
    /* Time running down the page: "along" coordinates (the scale, the placer's x, marker
     * extents) are then page y, "across" ones (a lane's line, distances from it) page x. */
    bool vert;
    bool one_side;     /* vertical: too narrow for two columns, the labels stand right */
    bool frame_across; /* frame_need is a width: ticks and spans leave no room across */
};

/* The tallest (or widest) page a chart may grow to: 200 in, the limit of PDF readers (the
 * PDF specification's 14,400 units). */
#define TL_MAX_PAGE 14400.0

/* The legend words for date precision, in the chart language. */
static const char *precision_word(const char *lang, bool approx)
{
    return i18n_word(lang, approx ? W_APPROX_DATE : W_PARTIAL_DATE);
}

static double event_end(const struct event *ev)
{
    return ev->has_end ? fmax(date_end(&ev->end), date_end(&ev->date)) : date_end(&ev->date);
}

static uint32_t event_color(const struct tl *t, const struct event *ev)
{
    return style_category_color(&t->style, ev->category);
}

/* A box or a line given along and across the line, on the page. */
static struct box page_box(const struct tl *t, double a, double c, double aw, double ch)
{
    return t->vert ? (struct box){c, a, ch, aw} : (struct box){a, c, aw, ch};
}

static struct item *page_line(struct tl *t, double a0, double c0, double a1, double c1,
                              uint32_t color, double width, const char *role)
{
    if (t->vert)
        return layout_line(t->l, c0, a0, c1, a1, color, width, role);
    return layout_line(t->l, a0, c0, a1, c1, color, width, role);
}

/* ---- range and selection ---- */

static void data_range(const struct ml_doc *doc, double *d0, double *d1)
{
    *d0 = INFINITY;
    *d1 = -INFINITY;
    for (size_t i = 0; i < doc->n_events; i++) {
        *d0 = fmin(*d0, date_start(&doc->events[i].date));
        *d1 = fmax(*d1, event_end(&doc->events[i]));
    }
    for (size_t i = 0; i < doc->n_spans; i++) {
        *d0 = fmin(*d0, date_start(&doc->spans[i].from));
        *d1 = fmax(*d1, date_end(&doc->spans[i].to));
    }
    if (!isfinite(*d0)) {
        struct date today = {2000, 1, 1, false};
        *d0 = date_start(&today);
        *d1 = *d0 + 365;
    }
}

static void append_name(char *buf, size_t size, size_t *count, const char *name)
{
    size_t n = strlen(buf);
    if (n + strlen(name) + 8 < size)
        snprintf(buf + n, size - n, "%s\"%s\"", n ? ", " : "", name);
    else if (n + 6 < size && !strstr(buf, ", ..."))
        snprintf(buf + n, size - n, ", ...");
    (*count)++;
}

static int by_date(const void *a, const void *b)
{
    const struct tl_event *x = a, *y = b;
    if (x->d0 != y->d0)
        return x->d0 < y->d0 ? -1 : 1;
    int c = date_cmp(&x->ev->date, &y->ev->date);
    if (c)
        return c;
    c = strcmp(x->ev->id ? x->ev->id : "", y->ev->id ? y->ev->id : "");
    return c ? c : (x->index > y->index) - (x->index < y->index);
}

/* Events inside the axis range, sorted by date; one warning names those outside it. */
static bool select_events(struct tl *t)
{
    const struct ml_doc *doc = t->doc;
    char names[600] = "";
    size_t out = 0;
    t->e = calloc(doc->n_events ? doc->n_events : 1, sizeof *t->e);
    if (!t->e)
        return false;
    for (size_t i = 0; i < doc->n_events; i++) {
        const struct event *ev = &doc->events[i];
        double d0 = date_start(&ev->date), d1 = event_end(ev);
        if (d1 <= t->sc.d0 || d0 >= t->sc.d1) {
            append_name(names, sizeof names, &out, chart_text(t->o, &ev->title));
            continue;
        }
        t->e[t->n++] = (struct tl_event){.ev = ev, .index = i, .d0 = d0, .d1 = d1};
    }
    qsort(t->e, t->n, sizeof *t->e, by_date);
    if (out)
        chart_warn(t->o->state, "%zu event(s) outside the time range left out: %s", out, names);
    return true;
}

/* ---- lanes ---- */

static bool category_used(const struct tl *t, int c)
{
    for (size_t i = 0; i < t->n; i++)
        if (t->e[i].ev->category == c)
            return true;
    return false;
}

static bool make_lanes(struct tl *t)
{
    const char *lanes = t->o->user->lanes;
    bool by_cat = lanes && strcmp(lanes, "category") == 0 && t->doc->n_categories > 0;
    if (by_cat && t->vert) {
        chart_warn(t->o->state, "ml_options.lanes \"category\" is drawn on a horizontal "
                                "timeline only (ml_options.orientation \"horizontal\"); the "
                                "vertical one has one line");
        by_cat = false;
    }
    size_t n = by_cat ? t->doc->n_categories : 1;
    t->lanes = calloc(n, sizeof *t->lanes);
    if (!t->lanes)
        return false;
    if (!by_cat) {
        t->lanes[0].category = -1;
        t->n_lanes = 1;
        return true;
    }
    for (size_t c = 0; c < n; c++)
        if (category_used(t, (int)c))
            t->lanes[t->n_lanes++].category = (int)c;
    for (size_t i = 0; i < t->n; i++)
        for (size_t k = 0; k < t->n_lanes; k++)
            if (t->lanes[k].category == t->e[i].ev->category)
                t->e[i].lane = (int)k;
    return true;
}

/* Width of the lane label column: the longest category name, within limits. */
static double lane_column(struct tl *t)
{
    double w = 0;
    if (t->lanes[0].category < 0)
        return 0;
    for (size_t k = 0; k < t->n_lanes; k++) {
        const char *s = chart_text(t->o, &t->doc->categories[t->lanes[k].category].label);
        struct text_size ts;
        text_measure_unsplit(t->ctx, s, &t->o->fonts.header, 8 * t->em, 0, &ts);
        w = fmax(w, ts.w);
    }
    return fmin(w, t->o->width * 0.2);
}

/* ---- markers and labels, relative to the line ---- */

/* "15 Jun 2001", or a range in the chart language: "14–16 Oct 2015", "2015年10月14日–16日". */
static void date_text(const struct tl *t, const struct event *ev, char *buf, size_t size)
{
    if (ev->has_end)
        i18n_date_range_era(t->o->lang_code, &ev->date, &ev->end, t->era, buf, size);
    else
        i18n_date_era(t->o->lang_code, &ev->date, t->era, buf, size);
}

static void marker_geometry(struct tl *t, struct tl_event *e)
{
    const struct event *ev = e->ev;
    double x0 = scale_x(&t->sc, e->d0), x1 = scale_x(&t->sc, e->d1);
    double r = ev->importance == 1 ? t->r * 1.25 : t->r;
    if (ev->has_end) {
        e->mx0 = x0;
        e->mx1 = fmax(x1, x0 + 2 * t->r);
        e->reach = t->bar_h / 2 + 1;
    } else if (date_precision(&ev->date) != DATE_DAY) {
        /* A bracket over exactly its year or month, however short: a wider one would claim
         * months the date does not (two events of one month nest, bracket_level). */
        e->mx0 = x0;
        e->mx1 = x1;
        e->reach = t->bracket_h + 1;
    } else {
        e->mx0 = x0 - r;
        e->mx1 = x0 + r;
        e->reach = r + 1;
    }
    e->ax = ev->has_end ? x0 + fmin(t->r, (e->mx1 - e->mx0) / 2) : (e->mx0 + e->mx1) / 2;
}

/* Beside a vertical line the labels stand in a column on each side this far from the line:
 * room for the markers and for the bend of the leaders. */
static double column_gap(const struct tl *t)
{
    return t->base + 1.5 * t->em;
}

/* How wide a label may be: about half the plot; across a vertical line, the room of its column
 * less the markers' room (all of it when the labels stand on one side). */
static double label_room(const struct tl *t)
{
    double across = t->cross1 - t->cross0;
    if (!t->vert) /* narrow enough to hang on one side or the other of any anchor */
        return (t->placer_hi - t->placer_lo) / 2 - t->em * 0.35 - 0.5;
    return (t->one_side ? across - t->base : across / 2) - column_gap(t) - t->pad;
}

/* Labels wrap at 15 em, wider when a word needs it, but never wider than their room. A word
 * longer than 15 em is broken inside (pango wraps by word, then by character); an ordinary
 * word that does not fit ("Kingdo-m") makes the label unfit: the event is left out, noted. */
static void measure_label(struct tl *t, struct tl_event *e, bool use_short)
{
    double most = fmax(label_room(t), 1);
    e->title = use_short && *e->shrt ? e->shrt : e->full;
    e->wrap = text_measure_unsplit(t->ctx, e->title, &e->font, fmin(15 * t->em, most), 1, &e->ts);
    e->unfit = e->wrap > most && e->wrap <= 15 * t->em + 1;
    if (e->wrap > most) {
        e->wrap = most;
        text_measure(t->ctx, e->title, &e->font, most, ALIGN_LEFT, &e->ts);
    }
    /* A date range wider than the room ("6 Jul 1724 BCE – 13 Jul 1724 BCE") wraps too. */
    text_measure(t->ctx, e->date, &t->o->fonts.small, 0, ALIGN_LEFT, &e->ds);
    e->dwrap = e->ds.w > most ? most : 0;
    if (e->dwrap > 0)
        text_measure(t->ctx, e->date, &t->o->fonts.small, e->dwrap, ALIGN_LEFT, &e->ds);
    e->measured = use_short ? 2 : 1;
}

static void prepare_events(struct tl *t)
{
    for (size_t i = 0; i < t->n; i++) {
        struct tl_event *e = &t->e[i];
        e->full = chart_text(t->o, &e->ev->title);
        e->shrt = mtext_get(&e->ev->short_title, t->o->lang, &(bool){false});
        e->font = t->o->fonts.label;
        e->font.bold = e->ev->importance == 1;
        date_text(t, e->ev, e->date, sizeof e->date);
        marker_geometry(t, e);
    }
}

/* ---- placement passes ---- */

static bool has_short_titles(const struct tl *t)
{
    for (size_t i = 0; i < t->n; i++)
        if (*t->e[i].shrt && strcmp(t->e[i].shrt, t->e[i].full) != 0)
            return true;
    return false;
}

/* A label block (title over date): its extent along the line and across it. */
static double label_w(const struct tl *t, const struct tl_event *e)
{
    return t->vert ? e->ts.h + e->ds.h : fmax(e->ts.w, e->ds.w);
}

static double label_h(const struct tl *t, const struct tl_event *e)
{
    return t->vert ? fmax(e->ts.w, e->ds.w) : e->ts.h + e->ds.h;
}

static bool fits_right(const struct tl *t, const struct tl_event *e)
{
    return e->ax + t->em * 0.35 + label_w(t, e) <= t->placer_hi;
}

static bool fits_left(const struct tl *t, const struct tl_event *e)
{
    return e->ax - t->em * 0.35 - label_w(t, e) >= t->placer_lo;
}

/* Where a run of events [s, e) (indexes into ix) turns from labels left of their stems to
 * labels right of them. A stem may not cross a label, so a label must lie further out than
 * the labels of every anchor it covers: left-hung labels rise towards the right, right-hung
 * ones towards the left, and the run becomes a mountain whose two slopes never cover each
 * other. Splitting in the middle halves its height. Every label must stay on the page. */
static size_t run_split(const struct tl *t, const size_t *ix, size_t s, size_t e)
{
    size_t best = s, mid = s + (e - s + 1) / 2;
    bool found = false;
    for (size_t k = s; k <= e; k++) {
        if (k > s && !fits_left(t, &t->e[ix[k - 1]]))
            break;
        bool ok = true;
        for (size_t j = k; j < e && ok; j++)
            ok = fits_right(t, &t->e[ix[j]]);
        if (ok &&
            (!found || (k > mid ? k - mid : mid - k) < (best > mid ? best - mid : mid - best))) {
            best = k;
            found = true;
        }
    }
    if (!found) /* no split keeps every label on the page: left-hung as long as they fit */
        for (best = s; best < e && fits_left(t, &t->e[ix[best]]);)
            best++;
    return best;
}

/* Order a run: its left slope from left to right, then its right slope from right to left.
 * side is 0 or 1 for one side of the line, 2 to alternate between both. */
static void run_order(struct tl *t, const size_t *ix, size_t s, size_t e, int side, size_t *n_out)
{
    size_t split = run_split(t, ix, s, e);
    for (size_t k = s; k < e; k++) {
        size_t j = k < split ? k : e - 1 - (k - split);
        struct tl_event *ev = &t->e[ix[j]];
        int sd = side < 2 ? side : (int)(j - s) % 2;
        ev->want = PLACE_SIDE(sd) | (j < split ? PLACE_MASK(PLACE_LEFT) : PLACE_MASK(PLACE_RIGHT));
        t->order[(*n_out)++] = ix[j];
    }
}

/* How far a label may reach from its anchor: the widest label, its gap and padding. */
static double reach_of(const struct tl *t)
{
    double w = 0;
    for (size_t c = 0; c < t->n_cand; c++)
        w = fmax(w, label_w(t, &t->e[t->cand[c]]));
    return w + t->em * 0.35 + t->pad * 2;
}

/* Cut a cluster into runs at least a label wide, on alternate sides of the line, so that
 * the labels of one run never cover the anchors of the next run on the same side. A cluster
 * that is a single run uses both sides. */
static void cluster_order(struct tl *t, const size_t *ix, size_t s, size_t e, double reach,
                          size_t *n_out)
{
    int runs = 0;
    for (size_t k = s; k < e;) {
        size_t j = k + 1;
        while (j < e && t->e[ix[j]].ax - t->e[ix[k]].ax < reach)
            j++;
        if (k == s && j == e) {
            run_order(t, ix, s, e, 2, n_out);
            return;
        }
        run_order(t, ix, k, j, runs++ % 2, n_out);
        k = j;
    }
}

/* By anchor, then by date order: a year-only event anchors mid-year, a bar near its start. */
static int by_anchor(const void *a, const void *b, void *ctx)
{
    const struct tl *t = ctx;
    const struct tl_event *x = &t->e[*(const size_t *)a], *y = &t->e[*(const size_t *)b];
    if (x->ax != y->ax)
        return x->ax < y->ax ? -1 : 1;
    return x < y ? -1 : (x > y);
}

/* The candidates of a lane into ix, in anchor order; how many. */
static size_t lane_candidates(struct tl *t, int lane, size_t *ix)
{
    size_t m = 0;
    for (size_t c = 0; c < t->n_cand; c++)
        if (t->e[t->cand[c]].lane == lane)
            ix[m++] = t->cand[c];
    sort_with(ix, m, sizeof *ix, by_anchor, t);
    return m;
}

/* Events far enough apart that no label can cover the other's anchor are independent:
 * cut each lane into such clusters and order each one. */
static void placement_order(struct tl *t, size_t *ix)
{
    size_t n_out = 0;
    double reach = reach_of(t);
    for (size_t lane = 0; lane < t->n_lanes; lane++) {
        size_t m = lane_candidates(t, (int)lane, ix);
        size_t s = 0;
        for (size_t k = 1; k <= m; k++) {
            if (k < m) {
                const struct tl_event *l = &t->e[ix[k - 1]], *r = &t->e[ix[k]];
                if (r->ax - l->ax <= reach)
                    continue;
            }
            cluster_order(t, ix, s, k, reach, &n_out);
            s = k;
        }
    }
    t->n_order = n_out;
}

/* The height of one level of labels (a title line over its date). */
static double label_level(const struct tl *t)
{
    return t->em * 1.25 + t->o->fonts.small.size * 1.25 + t->pad;
}

/* On a fixed page the lanes share the height: a lane may use what the others leave, each
 * of them keeping at least room for its markers, its name and a level of labels (lanes
 * placed first would otherwise take it all and leave the last ones empty). */
static double lane_share(const struct tl *t, int lane, double total)
{
    double others = 0;
    for (size_t k = 0; k < t->n_lanes; k++) {
        const struct lane *ln = &t->lanes[k];
        double ext[2], least = fmax(t->base, ln->label_h / 2 + 2);
        if ((int)k == lane)
            continue;
        placer_extents(ln->pl, ext);
        others += fmax(fmax(ext[0], least) + fmax(ext[1], least), 2 * least + label_level(t));
    }
    return total - others;
}

/* Place one event; false when it found no room. Out of memory is recorded in t->nomem. */
static bool place_one(struct tl *t, struct tl_event *e, double budget)
{
    static const unsigned masks_rest[2] = {PLACE_KINDS, PLACE_ANY};
    struct place_req rq = {e->ax, label_w(t, e), label_h(t, e)};
    struct placer *pl = t->lanes[e->lane].pl;
    if (e->unfit || label_w(t, e) > t->placer_hi - t->placer_lo) {
        e->shown = false;
        return false;
    }
    /* The lanes share one height on a fixed page and on a growing horizontal one (200 in). */
    bool shared = t->fixed || (t->grow && !t->vert);
    if (shared && t->n_lanes > 1)
        budget = lane_share(t, e->lane, budget);
    if (shared && budget <= 0) { /* no height left: 0 would mean no limit to the placer */
        e->shown = false;
        return false;
    }
    /* The planned side and kind first; then any kind on that side; then anything. */
    unsigned want = e->want | (t->vert ? PLACE_MASK(PLACE_CENTRE) : 0);
    enum place_status st = placer_place(pl, &rq, budget, want, &e->pos);
    for (int i = 0; i < 2 && st == PLACE_NO_ROOM; i++)
        st = placer_place(pl, &rq, budget, (i == 0 ? e->want & PLACE_SIDES : 0) | masks_rest[i],
                          &e->pos);
    t->nomem |= st == PLACE_NOMEM;
    e->shown = st == PLACE_OK;
    return e->shown;
}

/* ---- labels in a column on each side of a vertical line ---- */

/* Along a vertical line there is room for a label every line or two, across it for one or
 * two: so the labels stand in one column on each side, in date order, each as near its
 * date as the others let it, and a bent leader joins it to its marker. Leaders all run in
 * the strip between the line and the columns and keep the labels' order, so they cross
 * neither a label nor each other. */
struct col_item {
    size_t i;       /* into t->e */
    double want, h; /* wanted top of the label, and its height, along the line */
};

struct col_block {
    size_t first, n;
    double start, len, sum; /* sum of the members' wanted tops less their offsets */
};

/* Tops for the labels of one side (c, in anchor order) within [placer_lo, placer_hi], with
 * a gap between neighbours: runs that would touch move together to their mean wanted place
 * (O(n): runs merge as they come). False when the side cannot hold them. */
static bool column_side(struct tl *t, struct col_item *c, size_t n, struct col_block *st)
{
    double lo = t->placer_lo, hi = t->placer_hi, gap = t->pad * 2;
    size_t m = 0;
    for (size_t k = 0; k < n; k++) {
        st[m++] = (struct col_block){k, 1, c[k].want, c[k].h, c[k].want};
        for (;;) {
            struct col_block *b = &st[m - 1];
            b->start = fmin(fmax(b->sum / (double)b->n, lo), hi - b->len);
            if (m < 2 || st[m - 2].start + st[m - 2].len + gap <= b->start)
                break;
            struct col_block *a = &st[m - 2];
            a->sum += b->sum - (double)b->n * (a->len + gap);
            a->n += b->n;
            a->len += gap + b->len;
            m--;
        }
    }
    /* A label read far from its date is misread: it may move a few lines at most, unless
     * the chart grows to draw every event (a dense run then has its labels in a block). */
    double most = t->grow ? INFINITY : fmax(6 * t->em, (hi - lo) * 0.08);
    for (size_t r = 0; r < m; r++) {
        if (st[r].start < lo - 0.01)
            return false;
        double y = st[r].start;
        for (size_t k = st[r].first; k < st[r].first + st[r].n; k++) {
            if (fabs(y - c[k].want) > most)
                return false;
            c[k].want = y;
            y += c[k].h + gap;
        }
    }
    return true;
}

static int by_col_anchor(const void *a, const void *b, void *ctx)
{
    const struct col_item *x = a, *y = b;
    return by_anchor(&x->i, &y->i, ctx);
}

/* Place every candidate (t->e not culled) in the two columns; how many could not be placed
 * (all of a side that overflows), 0 when all are shown. */
static size_t column_pass(struct tl *t)
{
    size_t n = 0, failed = 0, ns[2] = {0, 0};
    struct col_item *c = malloc(3 * (t->n ? t->n : 1) * sizeof *c); /* all, then by side */
    struct col_block *st = malloc((t->n ? t->n : 1) * sizeof *st);
    if (!c || !st) {
        free(c);
        free(st);
        t->nomem = true;
        return t->n;
    }
    for (size_t k = 0; k < t->n_cand; k++) {
        size_t i = t->cand[k];
        t->e[i].shown = false;
        if (t->e[i].unfit || label_h(t, &t->e[i]) > label_room(t) + 0.01)
            failed++; /* wider than its column: left out, never past the page edge */
        else
            c[n++] =
                (struct col_item){i, t->e[i].ax - label_w(t, &t->e[i]) / 2, label_w(t, &t->e[i])};
    }
    sort_with(c, n, sizeof *c, by_col_anchor, t);
    /* Each label to the side where it moves least from its date; the right side first. */
    double end[2] = {-INFINITY, -INFINITY};
    struct col_item *side[2] = {c + t->n, c + 2 * t->n};
    for (size_t k = 0; k < n; k++) {
        double push[2];
        for (int sd = 0; sd < 2; sd++)
            push[sd] = fmax(0, end[sd] - c[k].want);
        int sd = push[0] < push[1] || (push[0] == push[1] && ns[0] < ns[1]) ? 0 : 1;
        if (t->one_side)
            sd = 1;
        side[sd][ns[sd]++] = c[k];
        end[sd] = fmax(end[sd], c[k].want) + c[k].h + t->pad * 2;
    }
    for (int sd = 0; sd < 2; sd++) {
        if (!column_side(t, side[sd], ns[sd], st)) {
            failed += ns[sd];
            continue;
        }
        for (size_t k = 0; k < ns[sd]; k++) {
            struct tl_event *e = &t->e[side[sd][k].i];
            double d = column_gap(t);
            e->pos = (struct place_res){sd, PLACE_CENTRE, side[sd][k].want, d, d};
            e->shown = true;
        }
    }
    free(c);
    free(st);
    return failed;
}

/* One greedy pass over the candidates in placement order; how many did not fit. */
static size_t place_pass(struct tl *t, double budget)
{
    size_t failed = 0;
    if (t->vert)
        return column_pass(t);
    for (size_t k = 0; k < t->n_lanes; k++)
        placer_reset(t->lanes[k].pl);
    for (size_t c = 0; c < t->n_cand; c++)
        t->e[t->cand[c]].shown = false;
    for (size_t i = 0; i < t->n_order && !t->nomem; i++)
        failed += !place_one(t, &t->e[t->order[i]], budget);
    return failed;
}

static void warn_left_out(struct tl *t)
{
    char names[700] = "";
    size_t out = 0;
    for (size_t i = 0; i < t->n; i++)
        if (!t->e[i].shown)
            append_name(names, sizeof names, &out, t->e[i].full);
    if (out && t->fixed)
        chart_warn(t->o->state, "%zu event(s) left out to fit %.0fx%.0f pt: %s", out, t->o->width,
                   t->page_h, names);
    else if (out && t->o->min_height > 0) /* the default page, grown to three at most */
        chart_warn(t->o->state,
                   "%zu event(s) left out: too many to label on a page %.0f pt wide and three "
                   "default pages (%.0f pt) long; ml_options.min_height_ratio 0 shows more: %s",
                   out, t->o->width, 3 * t->o->min_height, names);
    else if (out)
        chart_warn(t->o->state,
                   "%zu event(s) left out: too many to label on a page %.0f pt wide and at most "
                   "200 in (14,400 pt) long, the largest page PDF readers open; a narrower "
                   "range (ml_options.from, ml_options.to) or a wider chart shows more: %s",
                   out, t->o->width, names);
}

/* How many labels could possibly fit: each side of a lane holds, per label width of axis,
 * about one tower of labels as tall as the budget. Generous, for it only bounds the search
 * for the number that fits. */
static size_t capacity(struct tl *t, double budget)
{
    /* Measuring text is the costly part: judge from a sample of at most 128 labels. */
    double h = 0, w = 0;
    size_t step = t->n / 128 + 1, m = 0;
    for (size_t i = 0; i < t->n; i += step, m++) {
        measure_label(t, &t->e[i], t->use_short);
        h += label_h(t, &t->e[i]);
        w = fmax(w, label_w(t, &t->e[i]));
    }
    h = h / (double)(m ? m : 1) + t->pad;
    double per_lane = (t->placer_hi - t->placer_lo) / (w + t->em) * budget / h * 2;
    return (size_t)(per_lane * (double)t->n_lanes) + 8;
}

/* ---- choosing the events to draw ---- */

struct rank_key {
    int importance;
    size_t spread, index;
};

static int by_rank(const void *a, const void *b)
{
    const struct rank_key *x = a, *y = b;
    if (x->importance != y->importance)
        return x->importance - y->importance;
    return (x->spread > y->spread) - (x->spread < y->spread);
}

/* Spread order of m events in date order: the first, the last, then by halving the gaps
 * (the middle, the quarters ...), so that any prefix covers the range evenly. */
static bool spread_order(const size_t *ix, size_t m, struct rank_key *key)
{
    size_t *q = malloc(4 * (m + 1) * sizeof *q), head = 0, tail = 0, next = 0; /* 2 + 4m ends */
    if (!q)
        return false;
    key[ix[0]].spread = next++;
    if (m > 1)
        key[ix[m - 1]].spread = next++;
    q[tail++] = 1;
    q[tail++] = m > 1 ? m - 1 : 1;
    while (head < tail) {
        size_t lo = q[head++], hi = q[head++];
        if (lo >= hi)
            continue;
        size_t mid = lo + (hi - lo) / 2;
        key[ix[mid]].spread = next++;
        q[tail++] = lo;
        q[tail++] = mid;
        q[tail++] = mid + 1;
        q[tail++] = hi;
    }
    free(q);
    return true;
}

/* t->rank: events by importance, then spread over the range; file order plays no part. */
static bool rank_events(struct tl *t)
{
    struct rank_key *key = calloc(t->n ? t->n : 1, sizeof *key);
    size_t *ix = malloc((t->n ? t->n : 1) * sizeof *ix);
    t->rank = malloc((t->n ? t->n : 1) * sizeof *t->rank);
    bool ok = key && ix && t->rank;
    for (int imp = 1; ok && imp <= 3; imp++) {
        size_t m = 0;
        for (size_t i = 0; i < t->n; i++)
            if (t->e[i].ev->importance == imp)
                ix[m++] = i;
        ok = m == 0 || spread_order(ix, m, key);
    }
    for (size_t i = 0; ok && i < t->n; i++)
        key[i] = (struct rank_key){t->e[i].ev->importance, key[i].spread, i};
    if (ok)
        qsort(key, t->n, sizeof *key, by_rank);
    for (size_t i = 0; ok && i < t->n; i++)
        t->rank[i] = key[i].index;
    free(key);
    free(ix);
    return ok;
}

static bool is_bracket(const struct tl_event *e)
{
    return !e->ev->has_end && date_precision(&e->ev->date) != DATE_DAY;
}

/* Day markers and periods no longer than a point marker are nudged apart like points. A
 * year's or a month's bracket covers exactly its time and never moves: brackets over one
 * time nest instead (bracket_level). */
static bool is_point(const struct tl *t, const struct tl_event *e)
{
    return !is_bracket(e) && e->mx1 - e->mx0 <= 2 * t->r * 1.25 + 0.01;
}

/* How far a point marker may be nudged from its date: its own width and the gap to the
 * next one, so that two or three markers of one day stand side by side and every marker
 * still reads as its date's. Any further and a marker reads as another date (at 240 pt
 * wide, two em were five years). */
static double nudge_most(const struct tl_event *e)
{
    return e->mx1 - e->mx0 + 1;
}

/* Where the data lie along the line: no marker is nudged beyond its first or last date. */
static void data_ends(const struct tl *t, double *lo, double *hi)
{
    *lo = fmax(scale_x(&t->sc, t->data0), t->sc.x0);
    *hi = fmin(scale_x(&t->sc, t->data1), t->sc.x1);
}

struct nudge_run {
    size_t first, n; /* members: pts[first .. first + n) */
    double start, width, sum;
};

/* Where a marker's centre may be: within nudge_most of its date; anywhere on the time its
 * date covers when that is drawn wider than a few markers (a day drawn hundreds of points
 * wide holds many markers, each still on its day). */
static void marker_window(const struct tl *t, const struct tl_event *e, double *lo, double *hi)
{
    double x0 = scale_x(&t->sc, e->d0), x1 = scale_x(&t->sc, e->d1), w = e->mx1 - e->mx0;
    /* From its date, not from where an earlier spreading put it (a cluster's mark keeps
     * its place over its members' dates). */
    double c = e->cluster >= 0 ? (e->mx0 + e->mx1) / 2 : e->ev->has_end ? x0 + w / 2 : x0, dlo, dhi;
    if (x1 - x0 - w >= 4 * t->em) {
        *lo = x0 + w / 2;
        *hi = x1 - w / 2;
    } else {
        *lo = c - nudge_most(e);
        *hi = c + nudge_most(e);
    }
    /* Within the data's range, unless its date itself draws it past an end (a short bar
     * starts at its date and is a marker wide). */
    data_ends(t, &dlo, &dhi);
    *lo = fmax(*lo, fmin(dlo, c));
    *hi = fmin(*hi, fmax(dhi, c));
}

/* The leftmost and rightmost start of a run that keeps each marker in its window and within
 * the data's range; false when there is none (too dense to spread at this size). */
static bool run_room(const struct tl *t, const size_t *pts, const struct nudge_run *run,
                     double *xmin, double *xmax)
{
    double off = 0;
    *xmin = -INFINITY;
    *xmax = INFINITY;
    for (size_t k = run->first; k < run->first + run->n; k++) {
        const struct tl_event *e = &t->e[pts[k]];
        double w = e->mx1 - e->mx0, lo, hi;
        marker_window(t, e, &lo, &hi);
        *xmin = fmax(*xmin, lo - off - w / 2);
        *xmax = fmin(*xmax, hi - off - w / 2);
        off += w + 1;
    }
    return *xmin <= *xmax + 0.001;
}

/* A run too dense to spread as one block about its mean may still fit loosely: each marker
 * as near its date as its neighbours let it, none out of its window or the data, none before
 * end. Markers move only when it fits; false when it does not. */
static bool spread_loose(struct tl *t, const size_t *pts, const struct nudge_run *run, double *end)
{
    double *r = malloc(run->n * sizeof *r), prev = *end;
    if (!r) {
        t->nomem = true;
        return false;
    }
    bool ok = true;
    for (size_t k = run->n; k-- > 0;) { /* the rightmost start each may take */
        const struct tl_event *e = &t->e[pts[run->first + k]];
        double w = e->mx1 - e->mx0, lo, hi;
        marker_window(t, e, &lo, &hi);
        r[k] = hi - w / 2;
        if (k + 1 < run->n)
            r[k] = fmin(r[k], r[k + 1] - w - 1);
    }
    for (size_t k = 0; k < run->n && ok; k++) { /* the leftmost, checked against it */
        const struct tl_event *e = &t->e[pts[run->first + k]];
        double w = e->mx1 - e->mx0, lo, hi;
        marker_window(t, e, &lo, &hi);
        double l = fmax(lo - w / 2, prev);
        ok = l <= r[k] + 0.001;
        prev = l + w + 1;
    }
    prev = *end;
    for (size_t k = 0; k < run->n && ok; k++) {
        struct tl_event *e = &t->e[pts[run->first + k]];
        double w = e->mx1 - e->mx0, lo, hi;
        marker_window(t, e, &lo, &hi);
        double x = fmax(fmin(fmax(e->mx0, lo - w / 2), r[k]), prev), shift = x - e->mx0;
        e->mx0 += shift;
        e->mx1 += shift;
        e->ax += shift;
        prev = x + w + 1;
    }
    free(r);
    if (ok)
        *end = prev - 1;
    return ok;
}

/* Spread one lane's runs of touching markers (pts, in date order) evenly about their means:
 * a run starts at the mean of its members' natural starts less their offsets in the run, so
 * that the markers keep their dates' order. Runs merge left to right while they touch, so
 * this is O(n). */
static void spread_runs(struct tl *t, const size_t *pts, size_t n, struct nudge_run *st)
{
    size_t m = 0;
    double lo, hi;
    data_ends(t, &lo, &hi);
    for (size_t k = 0; k < n; k++) {
        const struct tl_event *e = &t->e[pts[k]];
        double w = e->mx1 - e->mx0 + 1;
        st[m++] = (struct nudge_run){k, 1, e->mx0, w, e->mx0};
        for (;;) {
            /* Within the data: a run at an end grows inwards (and may then meet the run
             * before it). */
            struct nudge_run *b = &st[m - 1];
            const struct tl_event *f = &t->e[pts[b->first]], *l = &t->e[pts[b->first + b->n - 1]];
            b->start = fmin(b->sum / (double)b->n, hi + (l->mx1 - l->mx0) / 2 + 1 - b->width);
            b->start = fmax(b->start, lo - (f->mx1 - f->mx0) / 2);
            if (m < 2 || st[m - 2].start + st[m - 2].width <= b->start)
                break;
            struct nudge_run *a = &st[m - 2];
            a->sum += b->sum - (double)b->n * a->width;
            a->n += b->n;
            a->width += b->width;
            m--;
        }
    }
    double end = -INFINITY; /* where the last run spread ends */
    for (size_t r = 0; r < m; r++) {
        /* A run that would move a marker out of its window, or out of the data's range, or
         * onto the run before, is too dense to spread at this size and stays on its dates. */
        double xmin, xmax;
        bool block = run_room(t, pts, &st[r], &xmin, &xmax) && fmax(xmin, end) <= xmax + 0.001;
        bool fits = block || spread_loose(t, pts, &st[r], &end);
        t->crowded += !fits;
        if (!block) /* spread loosely, or too dense: done */
            continue;
        double x = fmin(fmax(fmax(st[r].start, xmin), end), xmax);
        end = x + st[r].width;
        for (size_t k = st[r].first; k < st[r].first + st[r].n; k++) {
            struct tl_event *e = &t->e[pts[k]];
            double shift = x - e->mx0;
            e->mx0 += shift;
            e->mx1 += shift;
            e->ax += shift;
            x += e->mx1 - e->mx0 + 1;
        }
    }
}

/* ---- clusters: a growing chart's runs of markers too dense to spread ---- */

/* The count on a cluster mark, in the chart language's digits. */
static void cluster_text(const struct tl *t, size_t n, char *buf, size_t size)
{
    i18n_number(t->o->lang_code, (long)n, buf, size);
}

/* A cluster mark is a pill over its dates, long and thick enough for its count (written
 * across the page: along a vertical line its height, across it its width). */
static struct text_size cluster_count_size(const struct tl *t, size_t n)
{
    char s[32];
    struct text_size ts;
    cluster_text(t, n, s, sizeof s);
    text_measure(t->ctx, s, &t->o->fonts.small, 0, ALIGN_LEFT, &ts);
    return ts;
}

static double cluster_thick(const struct tl *t, size_t n)
{
    struct text_size ts = cluster_count_size(t, n);
    return fmax(2 * t->r * 1.25, t->vert ? ts.w + t->pad * 2 : t->o->fonts.small.size * 1.3);
}

static void cluster_widen(const struct tl *t, struct nudge_run *m)
{
    struct text_size ts = cluster_count_size(t, m->n);
    double need = t->vert ? ts.h + t->pad : ts.w + t->pad * 2, c = m->sum;
    if (m->width < need) {
        m->start = c - need / 2;
        m->width = need;
    }
}

/* A cluster of pts[first .. first + n) (in anchor order): one mark over their markers, wide
 * enough for its count, on which all of them hang their stems. */
static bool make_cluster(struct tl *t, int lane, const size_t *pts, size_t first, size_t n)
{
    size_t cap = t->cap_cl;
    if (!vec_grow((void **)&t->cl, &cap, t->n_cl + 1, sizeof *t->cl))
        return false;
    t->cap_cl = cap;
    double x0 = INFINITY, x1 = -INFINITY;
    for (size_t k = first; k < first + n; k++) {
        x0 = fmin(x0, t->e[pts[k]].mx0);
        x1 = fmax(x1, t->e[pts[k]].mx1);
    }
    struct nudge_run m = {first, n, x0, x1 - x0, (x0 + x1) / 2};
    cluster_widen(t, &m);
    x0 = fmax(m.start, t->placer_lo);
    x1 = fmin(m.start + m.width, t->placer_hi);
    t->cl[t->n_cl] = (struct tl_cluster){lane, x0, x1, n, first, cluster_thick(t, n)};
    for (size_t k = first; k < first + n; k++) {
        struct tl_event *e = &t->e[pts[k]];
        if (e->cluster >= 0)
            t->cl[e->cluster].n = 0; /* taken in whole */
        e->cluster = (int)t->n_cl;
        e->mx0 = x0;
        e->mx1 = x1;
        e->ax = (x0 + x1) / 2;
        e->reach = t->cl[t->n_cl].thick / 2 + 1;
        e->level = 0;
    }
    t->n_cl++;
    return true;
}

/* Brackets of one period (thirty "2001" events) nest and hang their leaders side by side
 * (bracket_level); more of them than can be drawn apart (three levels, and a leader's room
 * each) become a cluster over the period, a mark among the lane's points (added to pts, *n
 * of them). */
static bool cluster_brackets(struct tl *t, size_t *pts, size_t *n, size_t *same, int lane)
{
    for (size_t i = 0; i < t->n; i++) {
        const struct tl_event *e = &t->e[i];
        if (e->culled || e->lane != lane || e->cluster >= 0 || !is_bracket(e) || is_point(t, e))
            continue;
        size_t m = 0;
        for (size_t j = i; j < t->n && t->e[j].d0 == e->d0; j++) {
            const struct tl_event *o = &t->e[j];
            if (!o->culled && o->lane == lane && o->d1 == e->d1 && is_bracket(o))
                same[m++] = j;
        }
        /* Three nest levels are drawn apart (emit_marker); leaders need room of their own.
         * A lone bracket is never a cluster, however narrow its period is drawn. */
        double places = fmax(1, fmin(3, floor((e->mx1 - e->mx0 - 2) / (2 * t->r + 1)) + 1));
        if ((double)m <= places)
            continue;
        if (!make_cluster(t, lane, same, 0, m))
            return false;
        t->cl[t->n_cl - 1].first = SIZE_MAX; /* set among the points (cluster_dense) */
        for (size_t k = 0; k < m; k++)
            pts[(*n)++] = same[k];
    }
    return true;
}

/* A bracket or bar under a cluster mark would be hidden by it: its event joins the cluster
 * (its label still gives its dates). */
static void cluster_absorb(struct tl *t, int lane)
{
    for (size_t i = 0; i < t->n; i++) {
        struct tl_event *e = &t->e[i];
        if (e->culled || e->lane != lane || e->cluster >= 0 || is_point(t, e))
            continue;
        for (size_t c = 0; c < t->n_cl; c++) {
            struct tl_cluster *cl = &t->cl[c];
            if (!cl->n || cl->lane != lane || e->mx1 + 1 <= cl->x0 || e->mx0 >= cl->x1 + 1)
                continue;
            cl->n++;
            e->cluster = (int)c;
            e->mx0 = cl->x0;
            e->mx1 = cl->x1;
            e->ax = (cl->x0 + cl->x1) / 2;
            e->reach = cl->thick / 2 + 1;
            e->level = 0;
            break;
        }
    }
}

/* A mark along a growing lane while clustering: a lone marker, or a cluster of
 * pts[first .. first + n), which stays near its events' dates. Its start may be anywhere in
 * [lo, hi]; at: where the leftmost placement put it. */
struct cluster_mark {
    size_t first, n;
    double lo, hi, w, nat, at;
};

/* The mark of pts[first .. first + n): a lone marker keeps its window (marker_window); a
 * cluster spans its events' dates (their markers' centres), widened for its count, and may be
 * nudged like a marker. A cluster of brackets (cluster_brackets) stays over its period. */
static struct cluster_mark mark_of(const struct tl *t, const size_t *pts, size_t first, size_t n)
{
    const struct tl_event *e = &t->e[pts[first]];
    struct cluster_mark a = {first, n, 0, 0, e->mx1 - e->mx0, e->mx0, 0};
    if (n == 1 && e->cluster < 0) {
        double lo, hi;
        marker_window(t, e, &lo, &hi);
        a.lo = lo - a.w / 2;
        a.hi = hi - a.w / 2;
        return a;
    }
    if (e->cluster >= 0 && t->cl[e->cluster].n == n) {
        a.lo = a.hi = a.nat = t->cl[e->cluster].x0;
        a.w = t->cl[e->cluster].x1 - a.lo;
        return a;
    }
    double x0 = INFINITY, x1 = -INFINITY, most = 0;
    for (size_t k = first; k < first + n; k++) {
        const struct tl_event *o = &t->e[pts[k]];
        x0 = fmin(x0, (o->mx0 + o->mx1) / 2);
        x1 = fmax(x1, (o->mx0 + o->mx1) / 2);
        most = fmax(most, nudge_most(o));
    }
    struct nudge_run m = {first, n, x0, x1 - x0, (x0 + x1) / 2};
    cluster_widen(t, &m);
    a.nat = m.start;
    a.w = m.width;
    a.lo = fmax(a.nat - most, t->placer_lo);
    a.hi = fmax(fmin(a.nat + most, t->placer_hi - a.w), a.lo);
    return a;
}

/* The cluster mark of pts[a->first ..] at start x: its events hang on it. */
static bool place_cluster(struct tl *t, int lane, const size_t *pts, const struct cluster_mark *a,
                          double x)
{
    if (!make_cluster(t, lane, pts, a->first, a->n))
        return false;
    struct tl_cluster *cl = &t->cl[t->n_cl - 1];
    cl->x0 = x;
    cl->x1 = x + a->w;
    for (size_t k = a->first; k < a->first + a->n; k++) {
        struct tl_event *e = &t->e[pts[k]];
        e->mx0 = cl->x0;
        e->mx1 = cl->x1;
        e->ax = (cl->x0 + cl->x1) / 2;
    }
    return true;
}

/* A bracket cluster's events were added after the lane's points: each moves back to where
 * its mark lies, so that every mark's events are next to each other in date order. */
static void sort_points(struct tl *t, size_t *pts, size_t n)
{
    for (size_t k = 1; k < n; k++)
        for (size_t j = k; j > 0 && t->e[pts[j - 1]].mx0 > t->e[pts[j]].mx0; j--) {
            size_t s = pts[j];
            pts[j] = pts[j - 1];
            pts[j - 1] = s;
        }
}

/* A growing chart's markers too close to be told apart as cluster marks. Left to right, each
 * mark takes the leftmost start its window allows after the one before; a mark that finds
 * none joins the one before into a cluster over their dates (and that cluster may in turn
 * meet the mark before it). A cluster so only ever holds markers that cannot be spread within
 * their nudge, and its mark covers its own dates and count: clusters never merge across a
 * gap where markers fit. The marks are then placed as near their dates as the leftmost and
 * the rightmost placements let them. */
static bool cluster_dense(struct tl *t, size_t *pts, size_t n, int lane)
{
    struct cluster_mark *mk = malloc((n ? n : 1) * sizeof *mk);
    if (!mk)
        return false;
    sort_points(t, pts, n);
    size_t m = 0;
    for (size_t k = 0; k < n;) {
        int c = t->e[pts[k]].cluster;
        struct cluster_mark a = mark_of(t, pts, k, c >= 0 ? t->cl[c].n : 1);
        k += a.n;
        for (;;) {
            double end = m ? mk[m - 1].at + mk[m - 1].w + 1 : -INFINITY;
            a.at = fmax(a.lo, end);
            if (a.at <= a.hi + 0.001 || !m)
                break;
            m--;
            a = mark_of(t, pts, mk[m].first, a.first + a.n - mk[m].first);
        }
        mk[m++] = a;
    }
    double right = INFINITY, prev = -INFINITY;
    for (size_t j = m; j-- > 0;) { /* the rightmost placement, kept in hi */
        mk[j].hi = fmax(fmin(mk[j].hi, right - mk[j].w - 1), mk[j].at);
        right = mk[j].hi;
    }
    bool ok = true;
    for (size_t j = 0; j < m && ok; j++) {
        const struct cluster_mark *a = &mk[j];
        double x = fmax(fmin(fmax(a->nat, a->at), a->hi), prev);
        prev = x + a->w + 1;
        int c = t->e[pts[a->first]].cluster;
        if (a->n > 1 && !(c >= 0 && t->cl[c].n == a->n)) {
            ok = place_cluster(t, lane, pts, a, x);
            continue;
        }
        if (c >= 0)
            continue;
        struct tl_event *e = &t->e[pts[a->first]];
        double shift = x - e->mx0;
        e->mx0 += shift;
        e->mx1 += shift;
        e->ax += shift;
    }
    free(mk);
    return ok;
}

/* Brackets of distinct events over one time (three "2004" events), or over times too close
 * to tell apart, would be drawn as one, their leaders on one anchor: each counts the
 * brackets before it that it overlaps (shown ones, or the candidates), nests over them,
 * taller, on the same ends, and hangs its leader beside theirs. */
static void bracket_level(struct tl *t, size_t i, bool shown_only)
{
    struct tl_event *e = &t->e[i];
    e->level = 0;
    if (!is_bracket(e))
        return;
    for (size_t j = i; j-- > 0 && e->mx0 - scale_x(&t->sc, t->e[j].d0) < 2 * t->r + 1;) {
        const struct tl_event *o = &t->e[j];
        if (o->lane == e->lane && is_bracket(o) && o->mx1 > e->mx0 + 0.01 &&
            (shown_only ? o->shown : !o->culled))
            e->level++;
    }
    double k = (double)((e->level + 1) / 2), step = 2 * t->r + 1, mid = (e->mx0 + e->mx1) / 2;
    double ax = mid + (e->level % 2 ? k : -k) * step;
    e->ax = e->mx1 - e->mx0 > 2 ? fmin(fmax(ax, e->mx0 + 1), e->mx1 - 1) : mid;
}

/* Point markers of a lane closer than their sizes are nudged apart along the line, so that
 * each event keeps a marker (and a stem) of its own in a dense cluster; the label still
 * gives the exact date. Only the candidates count. */
static void nudge_markers(struct tl *t, size_t *pts)
{
    struct nudge_run *st = malloc((t->n ? t->n : 1) * sizeof *st);
    size_t *scratch = t->grow ? malloc((t->n ? t->n : 1) * sizeof *scratch) : NULL;
    if (!st || (t->grow && !scratch)) {
        free(st);
        free(scratch);
        t->nomem = true;
        return;
    }
    for (size_t i = 0; i < t->n; i++)
        t->e[i].cluster = -1;
    for (size_t c = 0; c < t->n_cand; c++) /* at their dates, before this attempt's nudge */
        marker_geometry(t, &t->e[t->cand[c]]);
    t->crowded = 0;
    t->n_cl = 0;
    for (size_t lane = 0; lane < t->n_lanes; lane++) {
        size_t n = 0;
        for (size_t c = 0; c < t->n_cand; c++) { /* t->cand is in date order */
            struct tl_event *e = &t->e[t->cand[c]];
            if (e->lane == (int)lane && is_point(t, e))
                pts[n++] = t->cand[c];
        }
        for (size_t c = 0; c < t->n_cand; c++)
            if (t->e[t->cand[c]].lane == (int)lane)
                bracket_level(t, t->cand[c], false);
        if (t->grow && !cluster_brackets(t, pts, &n, scratch, (int)lane))
            t->nomem = true;
        if (!t->grow)
            spread_runs(t, pts, n, st);
        else if (!cluster_dense(t, pts, n, (int)lane))
            t->nomem = true;
        else
            cluster_absorb(t, (int)lane);
    }
    free(st);
    free(scratch);
}

/* With no limit across the line every label can be placed: on each side all labels hang the
 * same way, left of their stems above the line, placed from left to right, right of them below
 * it, placed from right to left. A label then never covers a stem placed after it (that stem
 * lies beyond its far end), and its own stem runs out past every label that covers it: one
 * staircase per side, always room further out. Labels are measured to fit on at least one
 * side of any anchor (measure_label). */
static void staircase_order(struct tl *t, size_t *ix)
{
    size_t n_out = 0, n_side[2] = {0, 0};
    for (size_t lane = 0; lane < t->n_lanes; lane++) {
        size_t m = lane_candidates(t, (int)lane, ix);
        for (size_t k = 0; k < m; k++) { /* the side: where it fits, else the emptier one */
            struct tl_event *e = &t->e[ix[k]];
            bool l = fits_left(t, e), r = fits_right(t, e);
            int sd = l && !r ? 0 : r && !l ? 1 : n_side[0] <= n_side[1] ? 0 : 1;
            n_side[sd]++;
            e->want = PLACE_SIDE(sd) | PLACE_MASK(sd == 0 ? PLACE_LEFT : PLACE_RIGHT);
        }
        for (size_t k = 0; k < m; k++)
            if (t->e[ix[k]].want & PLACE_SIDE(0))
                t->order[n_out++] = ix[k];
        for (size_t k = m; k-- > 0;)
            if (t->e[ix[k]].want & PLACE_SIDE(1))
                t->order[n_out++] = ix[k];
    }
    t->n_order = n_out;
}

/* Lay out the candidates (the events not culled) afresh; how many did not fit. On a page
 * of limited size a run of markers too dense to spread counts as not fitting, so that no two
 * markers of the events drawn hide each other. */
static size_t try_set(struct tl *t, double budget, size_t *ix)
{
    nudge_markers(t, ix);
    if (!t->vert) /* the columns of a vertical line keep date order: no placement order */
        placement_order(t, ix);
    size_t failed = place_pass(t, budget);
    if (failed && t->grow && !t->nomem) { /* the guaranteed order: every event */
        staircase_order(t, ix);
        failed = place_pass(t, budget);
    }
    return failed + (!t->grow && (t->fixed || t->o->min_height > 0) ? t->crowded : 0);
}

static void measure_once(struct tl *t, struct tl_event *e)
{
    if (e->measured != (t->use_short ? 2 : 1))
        measure_label(t, e, t->use_short);
}

/* Lay out the k first events by rank (only those are measured); how many did not fit. */
static size_t try_first(struct tl *t, size_t k, double budget, size_t *ix)
{
    for (size_t i = 0; i < t->n; i++) {
        t->e[i].culled = true;
        t->e[i].shown = false;
    }
    for (size_t j = 0; j < k; j++) {
        t->e[t->rank[j]].culled = false;
        measure_once(t, &t->e[t->rank[j]]);
    }
    t->n_cand = 0;
    for (size_t i = 0; i < t->n; i++)
        if (!t->e[i].culled)
            t->cand[t->n_cand++] = i;
    return try_set(t, budget, ix);
}

/* Event i becomes a candidate (kept in date order), or stops being one. */
static void add_candidate(struct tl *t, size_t i)
{
    size_t lo = 0, hi = t->n_cand;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (t->cand[mid] < i)
            lo = mid + 1;
        else
            hi = mid;
    }
    memmove(t->cand + lo + 1, t->cand + lo, (t->n_cand - lo) * sizeof *t->cand);
    t->cand[lo] = i;
    t->n_cand++;
    t->e[i].culled = false;
}

static void drop_candidate(struct tl *t, size_t i)
{
    size_t k = 0;
    while (k < t->n_cand && t->cand[k] != i)
        k++;
    if (k < t->n_cand)
        memmove(t->cand + k, t->cand + k + 1, (t->n_cand - k - 1) * sizeof *t->cand);
    t->n_cand -= k < t->n_cand;
    t->e[i].culled = true;
    t->e[i].shown = false;
}

/* As many events as fit, by rank: the longest prefix of the ranking that fits whole (found
 * by bisection), then each later event that still fits when the chart is laid out again
 * with it, until many in a row do not. Only candidates are measured, so a file of 10,000
 * events costs about what the page can hold. Once an event finds no room for its label,
 * none of lower importance is added to its lane: a reader never finds a lesser event drawn
 * where a key one was left out. (One whose marker finds no spot among the markers already
 * there, all of events at least as important, leaves no room a lesser one could take.) */
static void fit_events(struct tl *t, double budget, size_t *ix)
{
    /* Growing down the page, or with --height auto, every event is drawn (to 200 in): markers
     * too close to spread within their nudge become cluster marks (cluster_dense). */
    t->grow = t->vert ? !t->fixed : !t->fixed && t->o->min_height <= 0;
    size_t lo = 0, hi = !t->grow ? capacity(t, budget) : t->n, misses = 0;
    hi = hi < t->n ? hi : t->n;
    if (try_first(t, hi, budget, ix) == 0 || t->nomem)
        lo = hi;
    while (hi - lo > 1 && !t->nomem) {
        size_t mid = lo + (hi - lo) / 2;
        if (try_first(t, mid, budget, ix) == 0)
            lo = mid;
        else
            hi = mid;
    }
    if (t->nomem)
        return;
    try_first(t, lo, budget, ix);
    /* A growing chart that stops at its largest page holds what the bisection found: laying
     * out a chart of a thousand events again for each of the rest would take minutes. */
    if (t->grow || (!t->fixed && t->o->min_height <= 0))
        return;
    /* Lanes are rows of their own: a key event with no room in one leaves the others free. */
    for (size_t k = 0; k < t->n_lanes; k++)
        t->lanes[k].most = 3;
    bool stale = false;
    for (size_t j = lo; j < t->n && misses < 64 + lo && !t->nomem; j++) {
        struct tl_event *e = &t->e[t->rank[j]];
        if (e->ev->importance > t->lanes[e->lane].most)
            continue;
        measure_once(t, e);
        add_candidate(t, t->rank[j]);
        bool ok = try_set(t, budget, ix) == 0;
        if (!ok && t->crowded == 0)
            t->lanes[e->lane].most = e->ev->importance;
        if (!ok)
            drop_candidate(t, t->rank[j]);
        stale = !ok;
        misses = ok ? 0 : misses + 1;
    }
    if (stale && !t->nomem)
        try_set(t, budget, ix);
}

static size_t count_shown(const struct tl *t)
{
    size_t n = 0;
    for (size_t i = 0; i < t->n; i++)
        n += t->e[i].shown;
    return n;
}

/* Place as many events as fit, full titles first, short ones when that shows more.
 * Returns how many are not shown. */
static size_t place_all(struct tl *t, double budget, size_t *ix)
{
    t->use_short = false;
    fit_events(t, budget, ix);
    size_t shown = count_shown(t);
    if (shown < t->n && has_short_titles(t) && !t->nomem) {
        t->use_short = true;
        fit_events(t, budget, ix);
        if (count_shown(t) < shown) { /* short titles did worse: back to the full ones */
            t->use_short = false;
            fit_events(t, budget, ix);
        }
    }
    return t->n - count_shown(t);
}

/* ---- spans strip ---- */

static int span_by_start(const void *a, const void *b)
{
    const struct span_row *x = a, *y = b;
    if (x->x0 != y->x0)
        return x->x0 < y->x0 ? -1 : 1;
    return strcmp(x->sp->id ? x->sp->id : "", y->sp->id ? y->sp->id : "");
}

/* A span's label inside its bar when it fits there, else beside it: after its end, or before
 * its start when the page ends first. Never across the bar's end. */
static double span_label_x(const struct tl *t, double x0, double x1, double w)
{
    double g = t->em * 0.4, lo = t->o->margin, hi = t->o->width - t->o->margin;
    if (w + 2 * g <= x1 - x0)
        return x0 + g;
    if (x1 + g + w <= hi)
        return x1 + g;
    if (x0 - g - w >= lo)
        return x0 - g - w;
    return x1 + g + w - hi < lo - (x0 - g - w) ? hi - w : lo; /* the side it overhangs less */
}

/* A horizontal span label that does not fit the page on one line wraps where it has the most
 * room: inside its bar, after it or before it (its row grows taller). */
static void wrap_span_label(struct tl *t, struct span_row *r, const char *s, const struct font *f)
{
    double g = t->em * 0.4, lo = t->o->margin, hi = t->o->width - t->o->margin;
    if (r->tx >= lo - 0.01 && r->tx + r->tw <= hi + 0.01)
        return;
    double in = r->x1 - r->x0 - 2 * g, right = hi - r->x1 - g, left = r->x0 - g - lo;
    double w = fmax(in, fmax(right, left));
    struct text_size ts;
    r->wrap = fmax(w, 1);
    text_measure(t->ctx, s, f, r->wrap, ALIGN_LEFT, &ts);
    r->tw = ts.w;
    r->th = ts.h;
    r->tx = w == in ? r->x0 + g : w == right ? r->x1 + g : r->x0 - g - ts.w;
}

/* Span labels beside a vertical bar wrap at 8 em; beside a horizontal one they do not. */
static double span_wrap(const struct tl *t)
{
    return t->vert ? t->span_wrap : 0;
}

/* Bars for the spans in the range, in rows so that neither bars nor labels collide. */
static bool layout_spans(struct tl *t)
{
    const struct font *f = &t->o->fonts.small;
    t->sp = calloc(t->doc->n_spans ? t->doc->n_spans : 1, sizeof *t->sp);
    if (!t->sp)
        return false;
    for (size_t i = 0; i < t->doc->n_spans; i++) {
        const struct span *sp = &t->doc->spans[i];
        double d0 = fmax(date_start(&sp->from), t->sc.d0), d1 = fmin(date_end(&sp->to), t->sc.d1);
        if (d1 <= d0)
            continue;
        struct span_row *r = &t->sp[t->n_sp++];
        struct text_size ts;
        double wrap = 0;
        if (t->vert) { /* words stay whole up to span_word; a longer word breaks inside */
            const char *s = chart_text(t->o, &sp->title);
            wrap = text_measure_unsplit(t->ctx, s, f, span_wrap(t), 1, &ts);
            if (wrap > fmax(span_wrap(t), t->span_word)) {
                wrap = fmax(span_wrap(t), t->span_word);
                text_measure(t->ctx, s, f, wrap, ALIGN_LEFT, &ts);
            }
        } else
            text_measure(t->ctx, chart_text(t->o, &sp->title), f, 0, ALIGN_LEFT, &ts);
        *r =
            (struct span_row){sp, scale_x(&t->sc, d0), scale_x(&t->sc, d1), 0, ts.w, 0, ts.h, wrap};
        /* Beside a vertical bar the label starts at the bar's top, within the plot. */
        r->tx = t->vert ? fmax(t->placer_lo, fmin(r->x0, t->placer_hi - ts.h))
                        : span_label_x(t, r->x0, r->x1, ts.w);
        if (!t->vert)
            wrap_span_label(t, r, chart_text(t->o, &sp->title), f);
    }
    qsort(t->sp, t->n_sp, sizeof *t->sp, span_by_start);
    double *ends = calloc(t->n_sp + 1, sizeof *ends); /* a row's right end; rows <= spans */
    if (!ends)
        return false;
    for (size_t i = 0; i < t->n_sp; i++) {
        struct span_row *r = &t->sp[i];
        double from = fmin(r->x0, r->tx), to = fmax(r->x1, r->tx + r->tw) + t->em * 0.6;
        if (t->vert)
            to = fmax(r->x1, r->tx + r->th) + t->em * 0.6;
        int row = 0;
        while (row < t->sp_rows && ends[row] > from)
            row++;
        r->row = row;
        ends[row] = to;
        if (row >= t->sp_rows)
            t->sp_rows = row + 1;
    }
    free(ends);
    return true;
}

/* The span rows laid out again (a narrower wrap, another geometry). */
static bool relayout_spans(struct tl *t)
{
    free(t->sp);
    t->sp = NULL;
    t->n_sp = 0;
    t->sp_rows = 0;
    return layout_spans(t);
}

static double span_row_h(const struct tl *t)
{
    return t->o->fonts.small.size * 1.25 + 4;
}

/* A horizontal row is one line tall, or as tall as a wrapped label in it. */
static double row_height(const struct tl *t, int row)
{
    double h = span_row_h(t);
    for (size_t i = 0; i < t->n_sp; i++)
        if (t->sp[i].row == row)
            h = fmax(h, t->sp[i].th + 4);
    return h;
}

static double row_top(const struct tl *t, int row)
{
    double y = 0;
    for (int k = 0; k < row; k++)
        y += row_height(t, k) + 3;
    return y;
}

static double spans_height(const struct tl *t)
{
    return t->sp_rows ? row_top(t, t->sp_rows) + t->o->gap * 0.4 : 0;
}

/* Vertical: a span column is a bar and, right of it, its labels. */
static double span_bar_w(const struct tl *t)
{
    return t->em * 0.7;
}

static double span_col_w(const struct tl *t, int row)
{
    double w = 0;
    for (size_t i = 0; i < t->n_sp; i++)
        if (t->sp[i].row == row)
            w = fmax(w, t->sp[i].tw);
    return span_bar_w(t) + t->em * 0.4 + w + t->o->gap * 0.5;
}

static double spans_width(const struct tl *t)
{
    double w = 0;
    for (int row = 0; row < t->sp_rows; row++)
        w += span_col_w(t, row);
    return w;
}

/* ---- legend ---- */

static void legend_entries(const struct tl *t, struct legend *lg)
{
    bool coarse = false, approx = false;
    for (size_t c = 0; c < t->doc->n_categories; c++)
        if (category_used(t, (int)c))
            legend_add(lg,
                       (struct legend_entry){.color = style_category_color(&t->style, (int)c),
                                             .kind = LEGEND_MARKER,
                                             .shape = style_category_shape(&t->style, (int)c),
                                             .ref = t->doc->categories[c].id},
                       chart_text(t->o, &t->doc->categories[c].label));
    for (size_t i = 0; i < t->n; i++) {
        coarse |= !t->e[i].ev->has_end && date_precision(&t->e[i].ev->date) != DATE_DAY;
        approx |= t->e[i].ev->date.approx;
    }
    for (size_t i = 0; i < t->doc->n_spans; i++)
        approx |= t->doc->spans[i].from.approx || t->doc->spans[i].to.approx;
    if (coarse)
        legend_add(lg,
                   (struct legend_entry){.color = t->o->theme.text,
                                         .kind = LEGEND_MARKER,
                                         .shape = SHAPE_BRACKET,
                                         .hollow = true},
                   precision_word(t->o->lang_code, false));
    if (approx)
        legend_add(lg,
                   (struct legend_entry){.color = t->o->theme.text,
                                         .kind = LEGEND_MARKER,
                                         .shape = SHAPE_CIRCLE,
                                         .hollow = true,
                                         .dashed = true},
                   precision_word(t->o->lang_code, true));
}

/* ---- page frame ---- */

/* The shared page frame, and what the timeline adds between it and the lanes. */
struct tl_frame {
    struct frame page;
    bool top_axis;
    double axis_h, strip_h;
    double note_h; /* the line saying how many events are not shown; 0 when all are */
};

/* Space above the first lane and below the last one. */
static double frame_above(const struct tl *t, const struct tl_frame *f)
{
    double y = f->page.top;
    if (f->top_axis)
        y += f->axis_h + t->o->gap * 0.3;
    return y;
}

static double frame_below(const struct tl *t, const struct tl_frame *f)
{
    return t->o->gap * 0.4 + f->strip_h + f->axis_h + f->note_h + t->o->gap + f->page.footer_h +
           t->o->margin;
}

/* The least a lane needs: markers on both sides, and in lanes mode its label. */
static double lane_min_half(const struct tl *t, const struct lane *ln)
{
    return fmax(t->base, ln->label_h / 2 + 2);
}

static double lanes_height(struct tl *t)
{
    double h = 0;
    for (size_t k = 0; k < t->n_lanes; k++) {
        struct lane *ln = &t->lanes[k];
        placer_extents(ln->pl, ln->ext);
        ln->ext[0] = fmax(ln->ext[0], lane_min_half(t, ln));
        ln->ext[1] = fmax(ln->ext[1], lane_min_half(t, ln));
        h += ln->ext[0] + ln->ext[1] + 2 * t->lane_pad;
    }
    return h;
}

/* ---- emitting items ---- */

static void set_ref(struct tl *t, struct item *it, const struct event *ev)
{
    if (it && ev->id)
        item_set(t->l, &it->ref, ev->id);
}

static void emit_marker(struct tl *t, const struct tl_event *e, double y)
{
    const struct event *ev = e->ev;
    uint32_t c = event_color(t, ev);
    struct item *it;
    if (ev->has_end) {
        struct box b = page_box(t, e->mx0, y - t->bar_h / 2, e->mx1 - e->mx0, t->bar_h);
        it = layout_rect(t->l, ITEM_BAR, b, ev->date.approx ? (c & 0xffffff00u) | 0x66u : c,
                         "marker");
        if (it) {
            it->radius = t->bar_h / 2;
            it->stroke = c;
            it->stroke_width = 1;
            it->dashed = ev->date.approx || ev->end.approx;
        }
    } else if (date_precision(&ev->date) != DATE_DAY) {
        /* Over a time another bracket already covers, a bracket stands over it, taller, on
         * the same ends: a bracket always covers exactly its year or month. */
        double k = fmin(e->level, 2), h = t->bracket_h * (1 + 0.45 * k);
        struct box b = page_box(t, e->mx0, y - h, e->mx1 - e->mx0, h);
        it = layout_rect(t->l, ITEM_MARKER, b, 0, "marker");
        if (it) {
            it->shape = SHAPE_BRACKET;
            it->vertical = t->vert;
            it->stroke = c;
            it->stroke_width = 2;
            it->dashed = ev->date.approx;
        }
    } else {
        double r = (e->mx1 - e->mx0) / 2;
        it = layout_rect(t->l, ITEM_MARKER, page_box(t, e->mx0, y - r, 2 * r, 2 * r), c, "marker");
        if (it) {
            it->shape = style_category_shape(&t->style, ev->category);
            it->stroke = ev->date.approx ? c : t->o->theme.background;
            it->stroke_width = ev->date.approx ? 1.5 : 1;
            it->fill = ev->date.approx ? 0 : c;
            it->dashed = ev->date.approx;
        }
    }
    if (it) {
        it->from = ev->date;
        it->has_from = true;
        if (ev->has_end) {
            it->to = ev->end;
            it->has_to = true;
        }
    }
    set_ref(t, it, ev);
}

/* The near-the-top (or, vertical, left) edge of the label block, across the line. */
static double label_top(const struct tl *t, const struct tl_event *e, double y)
{
    double h = label_h(t, e);
    return e->pos.side == 0 ? y - e->pos.d - h : y + e->pos.d;
}

static void emit_stem(struct tl *t, const struct tl_event *e, double y)
{
    bool bracket = !e->ev->has_end && date_precision(&e->ev->date) != DATE_DAY;
    double dir = e->pos.side == 0 ? -1 : 1;
    double from = e->pos.side == 1 && bracket && e->cluster < 0
                      ? 1
                      : e->reach + t->bracket_h * 0.45 * fmin(e->level, 2);
    if (t->vert) { /* level from the marker, then bent to the middle of its label */
        uint32_t c = (t->o->theme.axis & 0xffffff00u) | 0x8cu;
        double mid = e->pos.x + label_w(t, e) / 2, bend = t->base;
        set_ref(t, page_line(t, e->ax, y + dir * from, e->ax, y + dir * bend, c, 0.8, "leader"),
                e->ev);
        set_ref(
            t,
            page_line(t, e->ax, y + dir * bend, mid, y + dir * (e->pos.d - 1.5), c, 0.8, "leader"),
            e->ev);
        return;
    }
    double to = e->pos.kind == PLACE_CENTRE ? e->pos.d - 1.5 : e->pos.stem;
    uint32_t c = (t->o->theme.axis & 0xffffff00u) | 0x8cu;
    struct item *it = page_line(t, e->ax, y + dir * from, e->ax, y + dir * to, c, 0.8, "leader");
    set_ref(t, it, e->ev);
}

/* The tooltip of an event's label (SVG): its full title, date and description, since the
 * label may show a short title. */
static void set_tip(struct tl *t, struct item *it, const struct tl_event *e)
{
    struct strbuf b = {0};
    /* Descriptions are often in one language only: no warning for those. */
    const char *desc = mtext_get(&e->ev->description, t->o->lang, &(bool){false});
    strbuf_add(&b, "%s\n%s%s%s", e->full, e->date, *desc ? "\n" : "", desc);
    if (b.nomem)
        t->l->nomem = true;
    else
        it->tip = strbuf_take(&b);
    strbuf_finish(&b);
}

static void emit_label(struct tl *t, const struct tl_event *e, double y)
{
    const struct event *ev = e->ev;
    struct box blk = page_box(t, e->pos.x, label_top(t, e, y), label_w(t, e), label_h(t, e));
    struct box halo = box_grow(blk, fmin(1.5, t->pad * 0.5));
    /* Keeps grid lines off the text; on a banded lane it takes the band's colour. */
    bool banded = t->lanes[0].category >= 0 && e->lane % 2 == 0;
    uint32_t under = banded ? t->o->theme.band : t->o->theme.background;
    layout_rect(t->l, ITEM_RECT, halo, (under & 0xffffff00u) | 0xd8u, "halo");
    /* Left of a vertical line the text is set flush to the line. */
    bool flush = t->vert && e->pos.side == 0;
    /* A right-to-left title's lines end at the block's right edge: its date too. */
    bool date_right = flush || (t->vert && i18n_rtl(t->o->lang_code));
    double tx = flush ? blk.x + blk.w - e->ts.w : blk.x,
           dx = date_right ? blk.x + blk.w - e->ds.w : blk.x;
    struct item *it = layout_text(t->l, t->ctx, e->title, &e->font, e->wrap, ALIGN_LEFT, tx, blk.y,
                                  t->o->theme.text, "label");
    set_ref(t, it, ev);
    if (it && ev->n_sources && ev->sources[0])
        item_set(t->l, &it->link, ev->sources[0]);
    if (it)
        set_tip(t, it, e);
    it = layout_text(t->l, t->ctx, e->date, &t->o->fonts.small, e->dwrap, ALIGN_LEFT, dx,
                     blk.y + e->ts.h, t->o->theme.muted, "date");
    set_ref(t, it, ev);
}

/* Short ticks on a lane's line where the grid meets it, so the line reads as a scale. */
static void line_ticks(struct tl *t, size_t grid_from, size_t grid_to, double y)
{
    for (size_t i = grid_from; i < grid_to; i++) {
        const struct item *g = &t->l->items[i];
        if (g->role && strcmp(g->role, "grid") == 0) {
            double a = t->vert ? g->y0 : g->x0;
            page_line(t, a, y - 2.5, a, y + 2.5, t->o->theme.axis, 0.8, "tick-minor");
        }
    }
}

static void emit_lane_chrome(struct tl *t, const struct lane *ln, size_t k, double x0)
{
    double h = ln->ext[0] + ln->ext[1] + 2 * t->lane_pad;
    if (k % 2 == 0) {
        struct box b = {t->o->margin, ln->top, t->o->width - 2 * t->o->margin, h};
        layout_rect(t->l, ITEM_BAND, b, t->o->theme.band, "lane");
    }
    const char *s = chart_text(t->o, &t->doc->categories[ln->category].label);
    const struct font *f = &t->o->fonts.header;
    struct text_size ts;
    double wrap = text_measure_unsplit(t->ctx, s, f, t->lane_col, 0, &ts);
    /* The category colour as a key bar: pale palette colours are unreadable as text. */
    struct box key = {t->o->margin, ln->top + 2, 3, h - 4};
    layout_rect(t->l, ITEM_RECT, key, style_category_color(&t->style, ln->category), "lane-key");
    struct item *it = layout_text(t->l, t->ctx, s, f, wrap, ALIGN_LEFT, t->o->margin + 8,
                                  ln->y - ts.h / 2, t->o->theme.text, "lane-label");
    if (it && t->doc->categories[ln->category].id)
        item_set(t->l, &it->ref, t->doc->categories[ln->category].id);
    (void)x0;
}

/* A span's fill: its category's colour, pale on the page so that its label reads over it;
 * opaque (the page mixed in), so that a pattern's ink is chosen for what is seen. On paper
 * (a patterned theme) the greys stay darker, to keep apart from each other, and the pattern
 * of the category (style.c) tells apart categories that share a grey. */
static uint32_t span_color(const struct tl *t, const struct span *sp)
{
    const struct theme *th = &t->o->theme;
    uint32_t c = sp->category >= 0 ? style_category_color(&t->style, sp->category) : th->muted;
    double k = th->patterns ? 0.6 : (sp->category >= 0 ? 0x48 : 0x40) / 255.0;
    return style_mix(th->background | 0xffu, c, k) | 0xffu;
}

static enum pattern span_pattern(const struct tl *t, const struct span *sp)
{
    return style_category_pattern(&t->style, sp->category);
}

static void set_span_dates(struct tl *t, struct item *it, const struct span *sp)
{
    if (!it)
        return;
    it->from = sp->from;
    it->to = sp->to;
    it->has_from = it->has_to = true;
    if (sp->id)
        item_set(t->l, &it->ref, sp->id);
}

/* How much of a bar's end an approximate date fades: the time the date itself covers ("1358~"
 * a year), at least 1.5 em, at most a third of the bar. */
static double approx_fade(const struct tl *t, const struct date *d, double w)
{
    double own = scale_x(&t->sc, date_end(d)) - scale_x(&t->sc, date_start(d));
    return fmin(w / 3, fmax(own, 1.5 * t->em));
}

/* A span whose start or end is approximate ("1358~") fades out at that end behind a dotted
 * outline, as an approximate event's marker is hollow and dotted: not a solid bar edge. */
static void emit_span_bar(struct tl *t, const struct span_row *r, double ry, double rh)
{
    const struct span *sp = r->sp;
    uint32_t c = span_color(t, sp);
    double w = r->x1 - r->x0;
    double a = sp->from.approx ? approx_fade(t, &sp->from, w) : 0;
    double b = sp->to.approx ? approx_fade(t, &sp->to, w) : 0;
    struct item *it =
        layout_rect(t->l, ITEM_BAR, page_box(t, r->x0 + a, ry, w - a - b, rh), c, "span");
    if (it) {
        it->radius = a || b ? 0 : 2;
        it->pattern = span_pattern(t, sp);
    }
    set_span_dates(t, it, sp);
    for (int end = 0; end < 2; end++) {
        double fw = end ? b : a;
        if (fw <= 0)
            continue;
        struct box fb = page_box(t, end ? r->x1 - fw : r->x0, ry, fw, rh);
        it = layout_rect(t->l, ITEM_BAR, fb, style_mix(c, t->o->theme.background, 0.7),
                         "span-approx");
        if (it) {
            it->stroke = style_mix(c, t->o->theme.text, 0.3);
            it->stroke_width = 1;
            it->dashed = true;
        }
        set_span_dates(t, it, sp);
    }
}

static void emit_spans(struct tl *t, double y)
{
    double rh = span_row_h(t);
    for (size_t i = 0; i < t->n_sp; i++) {
        const struct span_row *r = &t->sp[i];
        double ry = y + row_top(t, r->row);
        emit_span_bar(t, r, ry, rh);
        uint32_t ink = t->o->theme.text;
        if (r->tx >= r->x0 && r->tx + r->tw <= r->x1) { /* inside its bar */
            uint32_t fill = span_color(t, r->sp);
            ink = style_ink_on(fill);
            if (span_pattern(t, r->sp) != PATTERN_NONE) /* a plain patch: hatching eats text */
                layout_rect(t->l, ITEM_RECT, (struct box){r->tx - 1, ry + 1, r->tw + 2, rh - 2},
                            fill, "span-patch");
        }
        struct item *it =
            layout_text(t->l, t->ctx, chart_text(t->o, &r->sp->title), &t->o->fonts.small, r->wrap,
                        ALIGN_LEFT, r->tx, ry + 2, ink, "span-label");
        if (it && r->sp->id)
            item_set(t->l, &it->ref, r->sp->id);
    }
}

/* Vertical: span columns from x rightwards, each label right of its bar at the bar's top. */
static void emit_spans_vertical(struct tl *t, double x)
{
    double bw = span_bar_w(t);
    for (int row = 0; row < t->sp_rows; row++) {
        for (size_t i = 0; i < t->n_sp; i++) {
            const struct span_row *r = &t->sp[i];
            if (r->row != row)
                continue;
            emit_span_bar(t, r, x, bw);
            struct item *it = layout_text(
                t->l, t->ctx, chart_text(t->o, &r->sp->title), &t->o->fonts.small, r->wrap,
                ALIGN_LEFT, x + bw + t->em * 0.4, r->tx, t->o->theme.text, "span-label");
            if (it && r->sp->id)
                item_set(t->l, &it->ref, r->sp->id);
        }
        x += span_col_w(t, row);
    }
}

/* A cluster mark: a pill over the dates of its events with their number in it; its value is
 * that number (for tests and tools reading the layout), its dates the first and last. */
static void emit_clusters(struct tl *t)
{
    for (size_t c = 0; c < t->n_cl; c++) {
        const struct tl_cluster *cl = &t->cl[c];
        if (!cl->n)
            continue;
        double y = t->lanes[cl->lane].y, h = cl->thick;
        uint32_t ink = t->o->theme.text;
        struct item *it =
            layout_rect(t->l, ITEM_BAR, page_box(t, cl->x0, y - h / 2, cl->x1 - cl->x0, h),
                        t->o->theme.background, "cluster");
        if (!it)
            continue;
        it->radius = h / 2;
        it->stroke = ink;
        it->stroke_width = 1.2;
        it->value = (double)cl->n;
        it->has_value = true;
        const struct event *first = NULL, *last = NULL;
        for (size_t i = 0; i < t->n; i++)
            if (t->e[i].cluster == (int)c) {
                first = first ? first : t->e[i].ev;
                last = t->e[i].ev;
            }
        if (first) {
            it->from = first->date;
            it->to = last->date;
            it->has_from = it->has_to = true;
        }
        char s[32];
        struct text_size ts;
        cluster_text(t, cl->n, s, sizeof s);
        text_measure(t->ctx, s, &t->o->fonts.small, 0, ALIGN_LEFT, &ts);
        double along = t->vert ? ts.h : ts.w, across = t->vert ? ts.w : ts.h;
        struct box b =
            page_box(t, (cl->x0 + cl->x1) / 2 - along / 2, y - across / 2, along, across);
        layout_text(t->l, t->ctx, s, &t->o->fonts.small, 0, ALIGN_LEFT, b.x, b.y, ink,
                    "cluster-count");
    }
}

static void emit_lanes(struct tl *t, size_t grid_from, size_t grid_to)
{
    bool lanes = t->lanes[0].category >= 0;
    for (size_t k = 0; k < t->n_lanes; k++) {
        const struct lane *ln = &t->lanes[k];
        struct item *it = page_line(t, t->sc.x0, ln->y, t->sc.x1, ln->y, t->o->theme.axis,
                                    lanes ? 0.8 : 1.2, lanes ? "lane-axis" : "axis");
        if (it && !lanes)
            it->kind = ITEM_AXIS;
        line_ticks(t, grid_from, grid_to, ln->y);
    }
    for (size_t i = 0; i < t->n; i++)
        if (t->e[i].shown)
            emit_stem(t, &t->e[i], t->lanes[t->e[i].lane].y);
    emit_clusters(t);
    for (size_t i = 0; i < t->n; i++)
        if (t->e[i].shown && t->e[i].cluster < 0)
            emit_marker(t, &t->e[i], t->lanes[t->e[i].lane].y);
    for (size_t i = 0; i < t->n; i++)
        if (t->e[i].shown)
            emit_label(t, &t->e[i], t->lanes[t->e[i].lane].y);
}

/* ---- events not shown ---- */

/* "38 more events not shown; see the data", in the chart language. */
static void note_text(const struct tl *t, char *buf, size_t size)
{
    i18n_message(t->o->lang_code, M_EVENTS_NOT_SHOWN, (long)t->hidden, buf, size);
}

static double note_height(struct tl *t)
{
    char s[160];
    struct text_size ts;
    note_text(t, s, sizeof s);
    text_measure(t->ctx, s, &t->o->fonts.small, t->o->width - 2 * t->o->margin, ALIGN_LEFT, &ts);
    return ts.h + t->o->gap * 0.3;
}

/* The note sits under the axis, so a reader sees the chart is a selection. Its value is the
 * number left out, for tests and tools reading the layout. */
static void emit_note(struct tl *t, double y)
{
    char s[160];
    if (!t->hidden)
        return;
    note_text(t, s, sizeof s);
    struct item *it =
        layout_text(t->l, t->ctx, s, &t->o->fonts.small, t->o->width - 2 * t->o->margin, ALIGN_LEFT,
                    t->o->margin, y + t->o->gap * 0.3, t->o->theme.muted, "not-shown");
    if (it) {
        it->value = (double)t->hidden;
        it->has_value = true;
    }
}

/* ---- alt text ---- */

/* "Key events: A (1 Jan 2001); B (2 Feb 2002)." for the shown events of importance 1. */
static void alt_key_events(struct tl *t, struct strbuf *b)
{
    const char *lang = t->o->lang_code;
    struct strbuf list = {0};
    for (size_t i = 0; i < t->n; i++)
        if (t->e[i].shown && t->e[i].ev->importance == 1)
            alt_dated(&list, lang, t->e[i].full, t->e[i].date);
    if (list.len)
        i18n_sentence_add(b, lang, S_KEY_EVENTS, list.s, NULL, NULL, 0);
    b->nomem = b->nomem || list.nomem;
    strbuf_finish(&list);
}

static bool alt_text(struct tl *t)
{
    const char *lang = t->o->lang_code;
    struct strbuf b = {0}, periods = {0};
    char d0[128], d1[128];
    size_t shown = 0;
    const struct tl_event *first = NULL, *last = NULL;
    for (size_t i = 0; i < t->n; i++)
        if (t->e[i].shown) {
            shown++;
            first = first ? first : &t->e[i];
            last = &t->e[i];
        }
    alt_title(&b, t->o);
    if (first) {
        i18n_date_era(lang, &first->ev->date, t->era, d0, sizeof d0);
        i18n_date_era(lang, &last->ev->date, t->era, d1, sizeof d1);
        i18n_sentence_add(&b, lang, S_TIMELINE, d0, d1, NULL, (long)shown);
    } else {
        i18n_sentence_add(&b, lang, S_TIMELINE_EMPTY, NULL, NULL, NULL, 0);
    }
    alt_key_events(t, &b);
    for (size_t i = 0; i < t->n_sp; i++) {
        i18n_date_range_era(lang, &t->sp[i].sp->from, &t->sp[i].sp->to, t->era, d0, sizeof d0);
        alt_dated(&periods, lang, chart_text(t->o, &t->sp[i].sp->title), d0);
    }
    if (t->n_sp)
        i18n_sentence_add(&b, lang, S_PERIODS, periods.s ? periods.s : "", NULL, NULL, 0);
    if (t->hidden)
        i18n_sentence_add(&b, lang, S_NOT_SHOWN, NULL, NULL, NULL, (long)t->hidden);
    bool nomem = b.nomem || periods.nomem;
    strbuf_finish(&periods);
    if (nomem) {
        strbuf_finish(&b);
        return false;
    }
    free(t->l->alt_text);
    t->l->alt_text = strbuf_take(&b);
    return true;
}

/* ---- the whole chart ---- */

static void setup_geometry(struct tl *t)
{
    const struct chart_opts *o = t->o;
    t->em = o->fonts.label.size;
    t->r = t->em * 0.42;
    t->bracket_h = t->em * 0.55;
    t->bar_h = t->em * 0.6;
    t->pad = t->em * 0.3;
    t->base = fmax(t->r * 1.25, t->bracket_h) + t->em * 0.55;
    t->lane_pad = t->lanes[0].category >= 0 ? o->gap * 0.5 : o->gap * 0.2;
    t->lane_col = lane_column(t);
    t->span_wrap = t->span_word = 8 * o->fonts.small.size;
    t->sc.x0 = o->margin + (t->lane_col > 0 ? t->lane_col + o->gap + 8 : 0);
    t->sc.x1 = o->width - o->margin;
    if (t->vert) { /* until the frame is known: vertical_page sets them */
        t->sc.x0 = t->placer_lo = o->margin;
        t->sc.x1 = t->placer_hi = fmax(o->height, o->width * 1.4142) - o->margin;
        t->cross0 = o->margin;
        t->cross1 = o->width - o->margin;
    }
    for (size_t k = 0; k < t->n_lanes; k++) {
        struct lane *ln = &t->lanes[k];
        if (ln->category >= 0) {
            struct text_size ts;
            const char *s = chart_text(o, &t->doc->categories[ln->category].label);
            text_measure_unsplit(t->ctx, s, &o->fonts.header, t->lane_col, 0, &ts);
            ln->label_h = ts.h;
        }
    }
}

static bool make_placers(struct tl *t)
{
    if (!t->vert) {
        t->placer_lo = t->lanes[0].category >= 0 ? t->sc.x0 : t->o->margin;
        t->placer_hi = t->o->width - t->o->margin;
    }
    for (size_t k = 0; k < t->n_lanes; k++) {
        placer_destroy(t->lanes[k].pl);
        t->lanes[k].pl =
            placer_create(t->placer_lo, t->placer_hi, t->base, t->em * 0.35, t->pad, t->em);
        if (!t->lanes[k].pl)
            return false;
    }
    return true;
}

/* The height each lane may use: what the fixed page leaves. A page that grows from a
 * default height grows to three such pages at most, the whole chart (a taller chart is no
 * longer read as one picture; the rest is noted); with --height auto there is no limit (0):
 * every event. */
static double lane_budget(const struct tl *t, const struct tl_frame *f)
{
    double n = (double)t->n_lanes, page = t->o->min_height;
    /* Growing, the page stays within 200 in, the largest a PDF reader opens (the axis may
     * then be drawn at the top as well). */
    double most = TL_MAX_PAGE - frame_above(t, f) - frame_below(t, f) - f->axis_h - t->o->gap;
    if (!t->fixed && page > 0) {
        /* Room kept for what a tall chart adds once placed: the axis repeated on top, and
         * the line saying how many are not shown. */
        const struct chart_opts *o = t->o;
        double later = (f->top_axis ? 0 : f->axis_h + o->gap * 0.3) +
                       (f->note_h > 0 ? 0 : o->fonts.small.size * 1.5 + o->gap * 0.3);
        double room = 3 * page - frame_above(t, f) - frame_below(t, f) - later;
        return fmax(fmin(room, most) - 2 * t->lane_pad * n, t->base * 2 * n) / n;
    }
    if (!t->fixed && t->vert)
        return fmax(most, 2 * t->base * n) / n - 2 * t->lane_pad;
    if (!t->fixed) /* all lanes together, as on a fixed page (place_one) */
        return fmax(most, 2 * t->base * n) - 2 * t->lane_pad * n;
    /* All lanes together: place_one shares it out. */
    return t->page_h - frame_above(t, f) - frame_below(t, f) - 2 * t->lane_pad * n;
}

static void open_frame(struct tl *t, struct tl_frame *f, const struct legend *lg)
{
    frame_open(&f->page, t->l, t->ctx, t->o, lg);
    f->axis_h = axis_height(t->ctx, t->o);
    f->strip_h = spans_height(t);
    f->top_axis = !t->vert && t->fixed && lane_budget(t, f) > 640;
}

/* Lay the page out from the top once the lanes' heights are known. */
static void assemble(struct tl *t, struct tl_frame *f)
{
    const struct chart_opts *o = t->o;
    double lh = lanes_height(t);
    if (!t->fixed && lh > 640)
        f->top_axis = true;
    double total = frame_above(t, f) + lh + frame_below(t, f);
    /* Slack of a fixed page: around each lane when there are several; above a single line,
     * so that the line, its lower labels, the spans and the axis stay together. */
    double sky = 0;
    if (t->fixed && total < t->page_h && t->n_lanes > 1)
        t->lane_pad += (t->page_h - total) / (2.0 * (double)t->n_lanes);
    else if (t->fixed && total < t->page_h)
        sky = t->page_h - total;
    f->page.fixed = t->fixed;
    f->page.height = t->page_h;
    frame_close(&f->page, total - frame_below(t, f) + f->strip_h + f->axis_h + f->note_h +
                              o->gap * 0.4 + sky);
    double plot_top = frame_above(t, f), y = plot_top + sky;
    for (size_t k = 0; k < t->n_lanes; k++) {
        struct lane *ln = &t->lanes[k];
        ln->top = y;
        ln->y = y + t->lane_pad + ln->ext[0];
        y += ln->ext[0] + ln->ext[1] + 2 * t->lane_pad;
        if (ln->category >= 0)
            emit_lane_chrome(t, ln, k, t->sc.x0);
    }
    double axis_y = y + o->gap * 0.4 + f->strip_h;
    size_t grid_from = t->l->n_items;
    axis_grid(t->l, t->ctx, o, &t->sc, f->top_axis ? plot_top - o->gap * 0.3 : plot_top, axis_y);
    size_t grid_to = t->l->n_items;
    if (f->top_axis)
        axis_layout(t->l, t->ctx, o, &t->sc, plot_top - o->gap * 0.3, true);
    emit_spans(t, y + o->gap * 0.4);
    axis_layout(t->l, t->ctx, o, &t->sc, axis_y, false);
    emit_note(t, axis_y + f->axis_h);
    emit_lanes(t, grid_from, grid_to);
}

/* With no height given, the caller's default page (min_height, 16:9) is preferred when every
 * event fits it, short titles allowed; otherwise the chart grows. Events that still find no
 * room are counted, named in a warning and noted on the chart. */
static void place_events(struct tl *t, struct tl_frame *f, size_t *ix)
{
    double page = t->o->min_height;
    if (!t->fixed && page > 0 && page > frame_above(t, f) + frame_below(t, f)) {
        t->fixed = true;
        t->page_h = page;
        if (place_all(t, lane_budget(t, f), ix) == 0 || t->nomem)
            return;
        t->fixed = false;
        t->page_h = 0;
    }
    t->hidden = place_all(t, lane_budget(t, f), ix);
    if (t->hidden && !t->nomem) {
        f->note_h = note_height(t);
        /* The note takes a line of the page (of the 200 in a growing page may reach): place
         * again without it. */
        if (t->fixed || page <= 0)
            t->hidden = place_all(t, lane_budget(t, f), ix);
    }
    if (t->hidden)
        warn_left_out(t);
}

/* ---- the vertical timeline: time running down the page ---- */

/* The page of a vertical timeline page_h tall: the scale runs from the frame's top to above
 * the note and footer; left of the line the tick labels and the span columns, right of them
 * the line and its labels. Labels are measured again for the room across. */
static bool vertical_page(struct tl *t, struct tl_frame *f, double page_h)
{
    const struct chart_opts *o = t->o;
    double top = f->page.top;
    double bottom = page_h - (o->gap * 1.4 + f->note_h + f->page.footer_h + o->margin);
    double inset = o->fonts.axis.size; /* tick labels centred on the ends stay in */
    t->page_h = page_h;
    t->placer_lo = top;
    t->placer_hi = bottom;
    t->sc.x0 = top + inset;
    t->sc.x1 = fmax(bottom - inset, t->sc.x0 + 1);
    t->axis_w = axis_width_vertical(t->ctx, o, &t->sc);
    /* The span columns take at most a third of the room right of the ticks: their labels
     * wrap narrower until they do, words kept whole. */
    double room = o->width - 2 * o->margin - t->axis_w - o->gap * 0.5;
    t->span_wrap = 8 * o->fonts.small.size;
    t->span_word = fmax(t->span_wrap, room / 3 - span_bar_w(t) - t->em * 0.4 - o->gap * 0.5);
    do {
        if (!relayout_spans(t))
            return false;
        t->span_wrap *= 0.75;
    } while (spans_width(t) > room / 3 && t->span_wrap > 2 * o->fonts.small.size);
    t->cross0 = o->margin + t->axis_w + o->gap * 0.5 + spans_width(t);
    t->cross1 = o->width - o->margin;
    /* Two columns of labels narrower than 8 em read as a column of broken words: one column
     * right of the line instead. */
    t->one_side = false;
    t->one_side = label_room(t) < 8 * t->em;
    for (size_t i = 0; i < t->n; i++)
        t->e[i].measured = 0;
    return true;
}

/* At a fixed page height as many events as fit; a chart without one grows down the page
 * until every event is drawn, to 200 in at most. The rest is noted, as on a horizontal one. */
static bool place_vertical(struct tl *t, struct tl_frame *f, size_t *ix)
{
    double len = t->fixed ? t->page_h : fmax(t->o->width * 1.4142, t->o->height);
    for (;;) {
        if (!vertical_page(t, f, len))
            return false;
        if (t->cross1 - t->cross0 < 2 * t->base + 4 * t->em) { /* no room for the line */
            t->frame_need = t->o->width + 2 * t->base + 4 * t->em - (t->cross1 - t->cross0);
            t->frame_across = true;
            return false;
        }
        t->hidden = place_all(t, t->cross1 - t->cross0, ix);
        if (!t->hidden || t->nomem || t->fixed || len >= TL_MAX_PAGE)
            break;
        len = fmin(TL_MAX_PAGE, len * 1.5);
    }
    if (t->hidden && !t->nomem) {
        f->note_h = note_height(t);
        if (!vertical_page(t, f, len))
            return false;
        t->hidden = place_all(t, t->cross1 - t->cross0, ix);
    }
    if (t->hidden)
        warn_left_out(t);
    return !t->nomem;
}

/* The line sits where its labels leave equal room on both sides of the block. */
static void assemble_vertical(struct tl *t, struct tl_frame *f)
{
    const struct chart_opts *o = t->o;
    struct lane *ln = &t->lanes[0];
    ln->ext[0] = ln->ext[1] = t->base;
    for (size_t i = 0; i < t->n; i++)
        if (t->e[i].shown)
            ln->ext[t->e[i].pos.side] =
                fmax(ln->ext[t->e[i].pos.side], t->e[i].pos.d + label_h(t, &t->e[i]));
    double room = t->cross1 - t->cross0, used = ln->ext[0] + ln->ext[1];
    ln->y = t->cross0 + ln->ext[0] + fmax(0, room - used) / 2;
    f->page.fixed = true;
    f->page.height = t->page_h;
    frame_close(&f->page, t->page_h);
    double ax = o->margin + t->axis_w;
    size_t grid_from = t->l->n_items;
    axis_grid_vertical(t->l, t->ctx, o, &t->sc, ax, t->cross1);
    size_t grid_to = t->l->n_items;
    axis_layout_vertical(t->l, t->ctx, o, &t->sc, ax);
    emit_spans_vertical(t, ax + o->gap * 0.5);
    emit_note(t, t->placer_hi + o->gap * 0.1);
    emit_lanes(t, grid_from, grid_to);
}

static void tl_free(struct tl *t)
{
    for (size_t k = 0; t->lanes && k < t->n_lanes; k++)
        placer_destroy(t->lanes[k].pl);
    free(t->lanes);
    free(t->e);
    free(t->sp);
    free(t->rank);
    free(t->cl);
    style_finish(&t->style);
}

/* On a fixed page too low for a lane per category, each with its name, markers and a
 * level of labels, the events share one line (said in a warning): lanes cut off by the
 * page edge, or lanes with no room for a label, would show nothing. */
static bool fit_lanes(struct tl *t, struct tl_frame *f)
{
    if (!t->fixed || t->n_lanes < 2)
        return true;
    double least = 0;
    for (size_t k = 0; k < t->n_lanes; k++)
        least += 2 * lane_min_half(t, &t->lanes[k]) + label_level(t);
    if (lane_budget(t, f) >= least)
        return true;
    chart_warn(t->o->state,
               "ml_options.lanes \"category\": %zu lanes do not fit %.0f pt tall; the events "
               "are drawn on one line",
               t->n_lanes, t->page_h);
    for (size_t k = 1; k < t->n_lanes; k++)
        placer_destroy(t->lanes[k].pl);
    t->n_lanes = 1;
    t->lanes[0].category = -1;
    t->lanes[0].label_h = 0;
    for (size_t i = 0; i < t->n; i++)
        t->e[i].lane = 0;
    setup_geometry(t);
    if (!make_placers(t))
        return false;
    prepare_events(t);
    if (!relayout_spans(t))
        return false;
    f->strip_h = spans_height(t);
    f->top_axis = t->fixed && lane_budget(t, f) > 640;
    return true;
}

/* From the legend's size on: the frame, the events placed, the spans and the page. */
static bool tl_page(struct tl *t, const struct legend *lg)
{
    struct tl_frame f = {0};
    open_frame(t, &f, lg);
    /* Title, legend, axis and footer that leave no room for a line of markers would be
     * drawn past the page's edge: refused, the caller says why. */
    double need = t->vert
                      ? f.page.top + t->o->gap * 1.4 + f.page.footer_h + t->o->margin + 4 * t->em
                      : frame_above(t, &f) + frame_below(t, &f) + 2 * (t->base + t->lane_pad);
    if (t->fixed && need > t->page_h + 0.01) {
        t->frame_need = need;
        return false;
    }
    if (!fit_lanes(t, &f))
        return false;
    size_t *ix = malloc(3 * (t->n ? t->n : 1) * sizeof *ix);
    if (!ix)
        return false;
    t->order = ix + t->n;
    t->cand = ix + 2 * t->n;
    bool ok = true;
    if (t->vert)
        ok = place_vertical(t, &f, ix);
    else
        place_events(t, &f, ix);
    free(ix);
    t->order = NULL;
    t->cand = NULL;
    if (t->nomem || !ok)
        return false;
    if (t->vert) {
        assemble_vertical(t, &f);
        return alt_text(t);
    }
    free(t->sp); /* lay the spans out again, for the final axis */
    t->sp = NULL;
    t->n_sp = 0;
    t->sp_rows = 0;
    if (!layout_spans(t))
        return false;
    f.strip_h = spans_height(t);
    assemble(t, &f);
    return alt_text(t);
}

/* Warn when two categories on the chart would look alike (colour and marker shape). */
static bool warn_categories(const struct tl *t)
{
    bool *shown = calloc(t->doc->n_categories + 1, sizeof *shown);
    if (!shown)
        return false;
    for (size_t c = 0; c < t->doc->n_categories; c++)
        shown[c] = category_used(t, (int)c);
    style_warn_alike_categories(&t->style, t->o, shown);
    free(shown);
    return true;
}

static bool tl_run(struct tl *t)
{
    data_range(t->doc, &t->data0, &t->data1);
    axis_range_tight(t->o, t->data0, t->data1, &t->sc.d0, &t->sc.d1);
    /* Tick labels within the data (or the range asked for): a labelled tick reads as data. */
    t->sc.data0 = t->o->has_from ? t->sc.d0 : t->data0;
    t->sc.data1 = t->o->has_to ? t->sc.d1 : t->data1;
    struct date one = {1, 1, 1, false}; /* an axis reaching before AD 1 has BCE ticks */
    t->era = t->sc.d0 < date_start(&one);
    if (!style_init(&t->style, t->doc, &t->o->theme) || !select_events(t) || !make_lanes(t) ||
        !rank_events(t) || !warn_categories(t))
        return false;
    setup_geometry(t);
    if (!make_placers(t))
        return false;
    prepare_events(t);
    if (!layout_spans(t))
        return false;
    struct legend lg = {0};
    legend_entries(t, &lg);
    bool ok = !lg.nomem && tl_page(t, &lg);
    legend_finish(&lg);
    return ok;
}

/* --orientation; auto: vertical on a page taller than wide, unless lanes are asked for. */
static bool is_vertical(const struct chart_opts *o)
{
    const char *s = o->user->orientation, *lanes = o->user->lanes;
    if (s && strcmp(s, "auto") != 0)
        return strcmp(s, "vertical") == 0;
    double page = o->fixed_height ? o->height : o->user->max_height;
    return page > o->width && !(lanes && strcmp(lanes, "category") == 0);
}

bool timeline_layout(const struct ml_doc *doc, const struct chart_opts *opts, struct text_ctx *ctx,
                     struct layout *out, struct ml_error *err)
{
    struct chart_opts slide;
    if (opts->user->slide) {
        slide = *opts;
        chart_slide_type(&slide);
        opts = &slide;
    }
    struct tl t = {.doc = doc, .o = opts, .ctx = ctx, .l = out, .vert = is_vertical(opts)};
    t.fixed = opts->fixed_height;
    t.page_h = opts->height;
    if (!t.fixed && opts->user->max_height > 0) { /* never larger than the page named */
        t.fixed = true;
        t.page_h = opts->user->max_height;
    }
    bool ok = tl_run(&t) && !out->nomem;
    tl_free(&t);
    if (t.frame_need > 0 && t.frame_across) {
        error_first(err, ML_ERROR_USAGE,
                    "the vertical timeline's tick labels and span columns need a page %.0f pt "
                    "wide at this type size, not %.0f pt: use a smaller ml_options.font_scale, a "
                    "wider page or ml_options.orientation \"horizontal\"",
                    t.frame_need, opts->width);
        return false;
    }
    if (t.frame_need > 0) {
        error_first(
            err, ML_ERROR_USAGE,
            "the timeline's title, legend and axis need %.0f pt of the %.0f pt page "
            "at this type size: use a smaller ml_options.font_scale, a larger page or no fixed "
            "height",
            t.frame_need, t.page_h);
        return false;
    }
    if (!ok || out->nomem) {
        out->nomem = true;
        error_first(err, ML_ERROR_NOMEM, "out of memory while laying out the timeline");
        return false;
    }
    return true;
}
