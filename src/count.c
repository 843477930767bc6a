/* The member-count chart: how many members hold each status over time, as steps computed
 * from the periods (a sweep over every period boundary up to the as-of date). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "altnote.h"
#include "alt.h"
#include "axis.h"
#include "boxset.h"
#include "error.h"
#include "flags.h"
#include "frame.h"
#include "i18n.h"
#include "strbuf.h"
#include "style.h"
#include "vec.h"

#define MAX_LEVELS 5
#define END_LINES 3 /* an end label's lines at most; one each when the plot is too short */

/* One stretch of time over which no count changes. */
/* Accession flags considered, in order of date: placing them is quadratic, and no chart has
 * room for more at MAX_LEVELS levels. */
#define FLAGS_MAX 400

struct seg {
    double d0, d1;
    int *n; /* per status index, then (from ns on) how many of those are suspended */
};

struct cchart {
    const struct ml_doc *doc;
    const struct chart_opts *opts;
    struct text_ctx *ctx;
    struct layout *l;
    double cut; /* the as-of day */
    bool lines; /* one step line per status instead of stacked areas */
    struct style style;
    bool *present;  /* some segment has a non-zero count */
    int *now;       /* counts on the as-of day */
    int top;        /* the highest-ranked status present; -1 when none */
    size_t ns;      /* statuses (at least 1): a segment holds 2 * ns counts */
    bool suspended; /* some member is suspended on some day drawn */
    bool day_step;  /* the as-of day has a step of its own: something changed on that day */
    struct seg *segs;
    int *counts;
    size_t n_segs;
    struct time_scale ts;
    double y_base, y_top, v_top, v_step;
    double end_room;   /* the widest the end labels may be: the plot keeps half the width */
    double frame_need; /* > 0: a fixed page too small for its frame and a plot (this tall) */
    struct flag *flags;
    char **flag_text;
    size_t *flag_joined; /* how many members took the top status on the flag's day */
    size_t n_flags;
    size_t joined_hidden; /* members whose day has no flag drawn */
    int levels;
    double level_h;
    struct boxset placed; /* the totals placed so far */
    struct item *drawn;   /* the lines a total must not be crossed by (copies, see obstacles) */
    size_t n_drawn, cap_drawn;
};

static int cmp_day(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static bool rank_statuses(struct cchart *cc)
{
    size_t n = cc->doc->n_statuses;
    cc->present = calloc(n + 1, sizeof *cc->present);
    cc->now = calloc(n + 1, sizeof *cc->now);
    return cc->present && cc->now && style_init(&cc->style, cc->doc, &cc->opts->theme);
}

/* How many period and suspension starts and ends there are. */
static size_t marks(const struct ml_doc *doc)
{
    size_t n = 0;
    for (size_t k = 0; k < doc->n_members; k++)
        for (size_t i = 0; i < doc->members[k].n_periods; i++)
            n += 2 + 2 * doc->members[k].periods[i].n_suspended;
    return n;
}

/* Every period start and end up to the as-of day, the as-of day itself and the day after
 * it (the steps cover the as-of day too: what changed on that day is drawn, as the end
 * labels count it), sorted. */
static double *boundaries(const struct cchart *cc, size_t *n_out)
{
    size_t cap = 2 + marks(cc->doc);
    double *d = malloc(cap * sizeof *d);
    size_t n = 0;
    if (!d)
        return NULL;
    for (size_t k = 0; k < cc->doc->n_members; k++)
        for (size_t i = 0; i < cc->doc->members[k].n_periods; i++) {
            const struct period *p = &cc->doc->members[k].periods[i];
            double a = date_start(&p->from), b = p->open ? INFINITY : date_start(&p->to);
            if (a < cc->cut)
                d[n++] = a;
            if (b < cc->cut)
                d[n++] = b;
            for (size_t j = 0; j < p->n_suspended; j++) {
                double sa = date_start(&p->suspended[j].from);
                double sb = model_suspension_end(p, &p->suspended[j]);
                if (sa < cc->cut)
                    d[n++] = sa;
                if (sb < cc->cut)
                    d[n++] = sb;
            }
        }
    d[n++] = cc->cut;
    d[n++] = cc->cut + 1;
    qsort(d, n, sizeof *d, cmp_day);
    size_t u = 0;
    for (size_t i = 0; i < n; i++)
        if (u == 0 || d[i] != d[u - 1])
            d[u++] = d[i];
    *n_out = u;
    return d;
}

/* A period's start (+1) or end (-1) for its status. */
struct change {
    double day;
    int status, delta;
};

static int cmp_change(const void *a, const void *b)
{
    return cmp_day(&((const struct change *)a)->day, &((const struct change *)b)->day);
}

/* Every period start and end, sorted by day; NULL when out of memory. */
static struct change *changes(const struct cchart *cc, size_t *n_out)
{
    size_t cap = 1 + marks(cc->doc), n = 0;
    struct change *c = malloc(cap * sizeof *c);
    if (!c)
        return NULL;
    for (size_t k = 0; k < cc->doc->n_members; k++)
        for (size_t i = 0; i < cc->doc->members[k].n_periods; i++) {
            const struct period *p = &cc->doc->members[k].periods[i];
            c[n++] = (struct change){date_start(&p->from), p->status, 1};
            if (!p->open)
                c[n++] = (struct change){date_start(&p->to), p->status, -1};
            /* A suspension counts in the second half of a segment's counts. */
            int sus = (int)cc->ns + p->status;
            for (size_t j = 0; j < p->n_suspended; j++) {
                double sb = model_suspension_end(p, &p->suspended[j]);
                c[n++] = (struct change){date_start(&p->suspended[j].from), sus, 1};
                if (sb < INFINITY)
                    c[n++] = (struct change){sb, sus, -1};
            }
        }
    qsort(c, n, sizeof *c, cmp_change);
    *n_out = n;
    return c;
}

/* Counts on each day in turn (days ascending): the changes up to it applied to cur. A member's
 * periods never overlap (the loader checks), so this equals model_count_status on every day, in
 * O(P log P) for P periods instead of O(P) per day. */
static void apply_changes(const struct change *c, size_t n, size_t *next, double day, int *cur)
{
    for (; *next < n && c[*next].day <= day; (*next)++)
        cur[c[*next].status] += c[*next].delta;
}

/* Counts per segment; neighbours with equal counts merge into one step. */
static bool sweep(struct cchart *cc)
{
    size_t nb, ns = 2 * cc->ns, nc = 0, next = 0;
    double *b = boundaries(cc, &nb);
    struct change *ch = b ? changes(cc, &nc) : NULL;
    int *cur = calloc(ns, sizeof *cur);
    if (!b || !ch || !cur) {
        free(b);
        free(ch);
        free(cur);
        return false;
    }
    cc->segs = calloc(nb, sizeof *cc->segs);
    cc->counts = calloc(nb * ns, sizeof *cc->counts);
    if (!cc->segs || !cc->counts) {
        free(b);
        free(ch);
        free(cur);
        return false;
    }
    cc->n_segs = 0;
    for (size_t i = 0; i + 1 < nb; i++) {
        int *n = cc->counts + cc->n_segs * ns;
        apply_changes(ch, nc, &next, b[i], cur);
        memcpy(n, cur, ns * sizeof *n);
        struct seg *prev = cc->n_segs ? &cc->segs[cc->n_segs - 1] : NULL;
        if (prev && memcmp(prev->n, n, ns * sizeof *n) == 0) {
            prev->d1 = b[i + 1];
            continue;
        }
        cc->segs[cc->n_segs++] = (struct seg){b[i], b[i + 1], n};
    }
    free(b);
    free(ch);
    free(cur);
    cc->day_step = cc->n_segs > 1 && cc->segs[cc->n_segs - 1].d0 >= cc->cut;
    for (size_t s = 0; s < cc->doc->n_statuses; s++) {
        cc->now[s] = model_count_status(cc->doc, (int)s, cc->cut);
        for (size_t i = 0; i < cc->n_segs; i++) {
            cc->present[s] = cc->present[s] || cc->segs[i].n[s] > 0;
            cc->suspended = cc->suspended || cc->segs[i].n[cc->ns + s] > 0;
        }
        cc->present[s] = cc->present[s] || cc->now[s] > 0;
    }
    cc->top = -1;
    for (size_t i = 0; i < cc->doc->n_statuses && cc->top < 0; i++)
        if (cc->present[cc->style.by_rank[i]])
            cc->top = cc->style.by_rank[i];
    return true;
}

static int seg_total(const struct cchart *cc, const int *n)
{
    int t = 0, m = 0;
    for (size_t s = 0; s < cc->doc->n_statuses; s++) {
        t += n[s];
        m = n[s] > m ? n[s] : m;
    }
    return cc->lines ? m : t;
}

/* A round step that gives at most six gridlines. */
static void value_scale(struct cchart *cc)
{
    static const int steps[] = {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000};
    int vmax = seg_total(cc, cc->now);
    for (size_t i = 0; i < cc->n_segs; i++) {
        int v = seg_total(cc, cc->segs[i].n);
        vmax = v > vmax ? v : vmax;
    }
    vmax = vmax > 0 ? vmax : 1;
    cc->v_step = steps[sizeof steps / sizeof *steps - 1];
    for (size_t i = 0; i < sizeof steps / sizeof *steps; i++)
        if (vmax / steps[i] <= 6) {
            cc->v_step = steps[i];
            break;
        }
    cc->v_top = ceil(vmax / cc->v_step) * cc->v_step;
    if (cc->v_top == vmax)
        cc->v_top += cc->v_step; /* headroom for the totals above the highest step */
}

static double y_of(const struct cchart *cc, double v)
{
    return cc->y_base - v / cc->v_top * (cc->y_base - cc->y_top);
}

/* "Member state: 10"; NULL when memory runs out. */
static char *value_text(const struct cchart *cc, int s, int v)
{
    struct strbuf b = {0};
    i18n_value_label_add(&b, cc->opts->lang_code, chart_text(cc->opts, &cc->doc->statuses[s].label),
                         v);
    if (b.nomem) {
        strbuf_finish(&b);
        return NULL;
    }
    return strbuf_take(&b);
}

/* Measure an end label: on one line when it fits the room the plot leaves it, else wrapped
 * between words. Returns the wrap width to lay it out with (0: one line). */
static double end_label_measure(struct cchart *cc, const char *text, struct text_size *ts)
{
    const struct font *f = &cc->opts->fonts.small;
    text_measure(cc->ctx, text, f, 0, ALIGN_LEFT, ts);
    if (ts->w <= cc->end_room)
        return 0;
    return text_measure_unsplit(cc->ctx, text, f, cc->end_room, 0, ts);
}

/* The end label of status s with value v, in at most max_lines lines of the end labels' room
 * (wrapped between words where it can, within the room always): a longer status label is cut
 * with an ellipsis, the count is always whole. Its size in *ts, the wrap width to lay it out
 * with in *wrap (0: one line); NULL when memory runs out. */
static char *end_label(struct cchart *cc, int s, int v, int max_lines, struct text_size *ts,
                       double *wrap)
{
    const struct font *f = &cc->opts->fonts.small;
    char *text = value_text(cc, s, v);
    if (!text)
        return NULL;
    *wrap = end_label_measure(cc, text, ts);
    if (text_fits_lines(cc->ctx, ts, f, fmax(*wrap, cc->end_room), max_lines))
        return text;
    free(text);
    struct strbuf after = {0}; /* ": 10" */
    i18n_value_label_add(&after, cc->opts->lang_code, "", v);
    *wrap = cc->end_room;
    text = after.nomem ? NULL
                       : text_cut_lines(cc->ctx, chart_text(cc->opts, &cc->doc->statuses[s].label),
                                        after.s, f, *wrap, max_lines, ts);
    strbuf_finish(&after);
    return text;
}

static double widest_current(struct cchart *cc)
{
    double w = 0;
    for (size_t s = 0; s < cc->doc->n_statuses; s++) {
        struct text_size ts;
        double wrap;
        if (!cc->now[s])
            continue;
        char *text = end_label(cc, (int)s, cc->now[s], END_LINES, &ts, &wrap);
        if (!text) {
            cc->l->nomem = true;
            continue;
        }
        free(text);
        w = fmax(w, ts.w);
    }
    return w;
}

static double value_labels_width(struct cchart *cc)
{
    char buf[32];
    struct text_size ts;
    i18n_number(cc->opts->lang_code, (long)cc->v_top, buf, sizeof buf);
    text_measure(cc->ctx, buf, &cc->opts->fonts.axis, 0, ALIGN_LEFT, &ts);
    return ts.w;
}

static void time_scale(struct cchart *cc)
{
    const struct chart_opts *o = cc->opts;
    double d0 = cc->n_segs ? cc->segs[0].d0 : cc->cut - 365, d1;
    axis_range(o, d0, cc->cut, &cc->ts.d0, &d1);
    /* The steps end at the as-of date: the current counts are labelled right there. */
    cc->ts.d1 = o->has_to ? d1 : fmax(cc->cut, cc->ts.d0 + 1);
    cc->ts.x0 = o->margin + value_labels_width(cc) + o->gap * 0.6;
    cc->end_room =
        fmax(o->width / 2 - cc->ts.x0 - o->margin - o->gap * 0.8, o->fonts.small.size * 4);
    cc->ts.x1 = o->width - o->margin - widest_current(cc) - o->gap * 0.8;
}

/* ---------------------------------------------------------------- accession flags */

static double x_at(const struct cchart *cc, double d);

/* "India, Pakistan" for the n members of st that took the status on one day; more than three
 * names read as the first two and "+N". */
static char *accession_text(const struct cchart *cc, const struct model_start *st, size_t n)
{
    const char *sep = i18n_list_sep(cc->opts->lang_code);
    struct strbuf b = {0};
    size_t shown = n > 3 ? 2 : n;
    for (size_t i = 0; i < shown; i++)
        strbuf_add(&b, "%s%s", i ? sep : "",
                   chart_text(cc->opts, model_name_at(&cc->doc->members[st[i].member], st[i].day)));
    if (n > 3)
        strbuf_add(&b, " +%zu", n - 2);
    return strbuf_take(&b);
}

/* The order flags are offered places in: the days when most members joined first, and among
 * equals an order that spreads over the whole range (bit-reversed positions), so that what is
 * left out is the small days, from everywhere, not the late ones. */
struct flag_order {
    size_t i, joined, spread;
};

static size_t bit_reverse(size_t i, size_t n)
{
    size_t r = 0, bits = 0;
    while (((size_t)1 << bits) < n)
        bits++;
    for (size_t k = 0; k < bits; k++)
        r |= ((i >> k) & 1) << (bits - 1 - k);
    return r;
}

static int cmp_order(const void *a, const void *b)
{
    const struct flag_order *x = a, *y = b;
    if (x->joined != y->joined)
        return x->joined < y->joined ? 1 : -1;
    return x->spread < y->spread ? -1 : x->spread > y->spread;
}

/* One flag a day on which members took the top status, each with how many did (joined). */
static bool day_flags(struct cchart *cc, const struct model_start *st, size_t n_st)
{
    cc->flags = calloc(n_st + 1, sizeof *cc->flags);
    cc->flag_text = calloc(n_st + 1, sizeof *cc->flag_text);
    cc->flag_joined = calloc(n_st + 1, sizeof *cc->flag_joined);
    if (!cc->flags || !cc->flag_text || !cc->flag_joined)
        return false;
    for (size_t lo = 0, n; lo < n_st; lo += n) {
        for (n = 1; lo + n < n_st && st[lo + n].day == st[lo].day;)
            n++;
        char *t = accession_text(cc, st + lo, n);
        if (!t)
            return false;
        struct text_size ts;
        text_measure(cc->ctx, t, &cc->opts->fonts.small, 0, ALIGN_LEFT, &ts);
        cc->flag_text[cc->n_flags] = t;
        cc->flag_joined[cc->n_flags] = n;
        cc->flags[cc->n_flags++] =
            (struct flag){.x = x_at(cc, st[lo].day), .w = ts.w, .h = ts.h, .level = -1};
    }
    return true;
}

/* Place the flags, most joined first, up to FLAGS_MAX tries; the rest are counted as not
 * shown (cc->joined_hidden), never dropped silently. */
static bool place_flags(struct cchart *cc)
{
    struct flag_order *ord = calloc(cc->n_flags + 1, sizeof *ord);
    struct flag *f = calloc(cc->n_flags + 1, sizeof *f);
    if (!ord || !f) {
        free(ord);
        free(f);
        return false;
    }
    for (size_t i = 0; i < cc->n_flags; i++)
        ord[i] = (struct flag_order){i, cc->flag_joined[i], bit_reverse(i, cc->n_flags)};
    qsort(ord, cc->n_flags, sizeof *ord, cmp_order);
    /* A label may lean left of the plot over the value labels, but not off the page: one
     * wider than that is not shown (large type on a narrow page). */
    size_t n = 0;
    for (size_t k = 0; k < cc->n_flags && n < FLAGS_MAX; k++)
        if (cc->flags[ord[k].i].w <= cc->ts.x1 - cc->opts->margin)
            ord[n++] = ord[k];
    for (size_t k = 0; k < n; k++)
        f[k] = cc->flags[ord[k].i];
    const struct font *font = &cc->opts->fonts.small;
    cc->level_h = font->size * 1.6;
    cc->levels = flags_place(f, n, cc->ts.x0, cc->ts.x1, font->size * 0.6, cc->level_h, MAX_LEVELS);
    for (size_t k = 0; k < n; k++)
        cc->flags[ord[k].i] = f[k];
    cc->joined_hidden = 0;
    for (size_t i = 0; i < cc->n_flags; i++)
        if (cc->flags[i].level < 0)
            cc->joined_hidden += cc->flag_joined[i];
    free(ord);
    free(f);
    return true;
}

/* --accessions: all (the default) warns of the flags with no room, fit takes that as the
 * user's choice (the note on the chart stays), none draws no flag, so none is left out. */
static bool collect_flags(struct cchart *cc)
{
    const char *mode = cc->opts->user->accessions ? cc->opts->user->accessions : "all";
    if (strcmp(mode, "none") == 0)
        return true;
    size_t n_st = 0;
    struct model_start *st = cc->top >= 0 ? model_starts(cc->doc, cc->top, cc->cut, &n_st) : NULL;
    if (cc->top >= 0 && !st)
        return false;
    bool ok = day_flags(cc, st, n_st) && place_flags(cc);
    free(st);
    if (ok && cc->joined_hidden && strcmp(mode, "all") == 0)
        chart_warn(cc->opts->state,
                   "count: %zu accession(s) of \"%s\" not shown: no room for their flags at %.0f "
                   "pt wide (noted on the chart; ml_options.accessions \"fit\" leaves them out "
                   "without this warning, \"none\" draws no flags)",
                   cc->joined_hidden, cc->doc->statuses[cc->top].id, cc->opts->width);
    return ok;
}

static void draw_flags(struct cchart *cc, double y_bottom)
{
    const struct chart_opts *o = cc->opts;
    for (size_t i = 0; i < cc->n_flags; i++) {
        const struct flag *f = &cc->flags[i];
        if (f->level < 0)
            continue;
        double ty = y_bottom + f->box.y;
        struct item *it = layout_text(cc->l, cc->ctx, cc->flag_text[i], &o->fonts.small, 0,
                                      ALIGN_LEFT, f->box.x, ty, o->theme.text, "accession");
        if (it) {
            item_set(cc->l, &it->status, cc->doc->statuses[cc->top].id);
            it->value = (double)cc->flag_joined[i]; /* members the flag stands for */
            it->has_value = true;
        }
        it =
            layout_line(cc->l, f->x, ty + f->h + 1, f->x, cc->y_base, o->theme.grid, 0.8, "leader");
        if (it)
            it->dashed = true;
    }
}

/* ---------------------------------------------------------------- steps */

static struct item *step_item(struct cchart *cc, enum item_kind kind, int s, const struct seg *g,
                              int v)
{
    struct item *it = layout_add(cc->l, kind, "step");
    if (!it)
        return NULL;
    date_from_days(g->d0, &it->from);
    date_from_days(fmin(g->d1, cc->cut), &it->to); /* as a bar: drawn to the as-of date */
    it->has_from = it->has_to = true;
    it->value = v;
    it->has_value = true;
    if (!item_set(cc->l, &it->status, cc->doc->statuses[s].id))
        return NULL;
    return it;
}

/* Sum of the counts of the statuses stacked under rank position r. */
static int below(const struct cchart *cc, const int *n, size_t r)
{
    int cum = 0;
    for (size_t i = 0; i < r; i++)
        cum += n[cc->style.by_rank[i]];
    return cum;
}

/* Where day d is drawn. The steps before the as-of day end at least a few points before it,
 * so that the counts on that day, which the end labels give, are always seen as drawn, however
 * recent the last change (a member admitted days before the date would otherwise be a hairline);
 * a change on the as-of day itself (a suspension, an accession) gets a step as wide again. */
static double x_at(const struct cchart *cc, double d)
{
    double xc = scale_x(&cc->ts, cc->cut), g = fmax(3, cc->opts->fonts.small.size * 0.6);
    if (d >= cc->cut + 1) /* the end of the as-of day: the steps end at the as-of date */
        return fmax(xc, scale_x(&cc->ts, d - 1));
    if (d >= cc->cut) /* the as-of day's own step, when something changed on it */
        return xc - g;
    return fmin(scale_x(&cc->ts, d), xc - (cc->day_step ? 2 : 1) * g);
}

/* Where the band of rank position r starts: stacked on the ones below, or on the baseline. */
static int base(const struct cchart *cc, const int *n, size_t r)
{
    return cc->lines ? 0 : below(cc, n, r);
}

/* The hatching of a suspended part: one the status's own pattern does not already use. */
static enum pattern suspended_pattern(const struct cchart *cc, int s)
{
    return style_status_pattern(&cc->style, s) == PATTERN_HATCH ? PATTERN_CROSS : PATTERN_HATCH;
}

/* One closed step polygon per status (or, with sus, per status's suspended part at the bottom
 * of its band): the upper edge forwards, the lower edge back. Drawn as one path, so neighbouring
 * steps show no antialiasing seams. */
static void stacked_area(struct cchart *cc, size_t r, bool sus)
{
    int s = cc->style.by_rank[r];
    size_t at = sus ? cc->ns + (size_t)s : (size_t)s;
    struct item *it = layout_add(cc->l, ITEM_PATH, sus ? "suspended-area" : "area");
    if (!it)
        return;
    it->pts = malloc(8 * cc->n_segs * sizeof *it->pts);
    it->rings = malloc(sizeof *it->rings);
    if (!it->pts || !it->rings) {
        cc->l->nomem = true;
        return;
    }
    size_t k = 0, n = cc->n_segs;
    for (size_t i = 0; i < n; i++) {
        const struct seg *g = &cc->segs[i];
        double y = y_of(cc, base(cc, g->n, r) + g->n[at]);
        double pts[4] = {x_at(cc, g->d0), y, x_at(cc, g->d1), y};
        memcpy(it->pts + 2 * k, pts, sizeof pts);
        k += 2;
    }
    for (size_t i = n; i-- > 0;) {
        const struct seg *g = &cc->segs[i];
        double y = y_of(cc, base(cc, g->n, r));
        double pts[4] = {x_at(cc, g->d1), y, x_at(cc, g->d0), y};
        memcpy(it->pts + 2 * k, pts, sizeof pts);
        k += 2;
    }
    it->n_pts = k;
    it->rings[0] = k;
    it->n_rings = 1;
    it->box = (struct box){cc->ts.x0, cc->y_top, cc->ts.x1 - cc->ts.x0, cc->y_base - cc->y_top};
    it->fill = style_status_fill(&cc->style, s);
    it->pattern = sus ? suspended_pattern(cc, s) : style_status_pattern(&cc->style, s);
    if (sus && cc->lines)
        it->fill &= 0xffffff60u; /* under a line: a light band, the line stays the count */
    item_set(cc->l, &it->status, cc->doc->statuses[s].id);
}

/* Whether status s has a suspended member on some day drawn. */
static bool any_suspended(const struct cchart *cc, int s)
{
    for (size_t i = 0; i < cc->n_segs; i++)
        if (cc->segs[i].n[cc->ns + (size_t)s] > 0)
            return true;
    return false;
}

/* The hatched bands of the suspended members (at the bottom of their status's band), and one
 * invisible item per step of them for the layout dump (role "suspended"). */
static void suspended_steps(struct cchart *cc)
{
    for (size_t r = 0; r < cc->doc->n_statuses; r++)
        if (any_suspended(cc, cc->style.by_rank[r]))
            stacked_area(cc, r, true);
    for (size_t i = 0; i < cc->n_segs; i++) {
        const struct seg *g = &cc->segs[i];
        double x0 = x_at(cc, g->d0), x1 = x_at(cc, g->d1);
        for (size_t r = 0; r < cc->doc->n_statuses; r++) {
            int s = cc->style.by_rank[r], v = g->n[cc->ns + (size_t)s], cum = base(cc, g->n, r);
            if (v <= 0)
                continue;
            struct item *it = step_item(cc, ITEM_BAR, s, g, v);
            if (!it)
                return;
            it->role = "suspended";
            it->box =
                (struct box){x0, y_of(cc, cum + v), x1 - x0, y_of(cc, cum) - y_of(cc, cum + v)};
        }
    }
}

/* The areas, then one invisible item per step that carries its data for the layout dump. */
static void stacked_steps(struct cchart *cc)
{
    for (size_t r = 0; r < cc->doc->n_statuses; r++)
        if (cc->present[cc->style.by_rank[r]] && cc->n_segs)
            stacked_area(cc, r, false);
    for (size_t i = 0; i < cc->n_segs; i++) {
        const struct seg *g = &cc->segs[i];
        double x0 = x_at(cc, g->d0), x1 = x_at(cc, g->d1);
        for (size_t r = 0; r < cc->doc->n_statuses; r++) {
            int s = cc->style.by_rank[r], v = g->n[s], cum = below(cc, g->n, r);
            if (v <= 0)
                continue;
            struct item *it = step_item(cc, ITEM_BAR, s, g, v);
            if (!it)
                return;
            it->box =
                (struct box){x0, y_of(cc, cum + v), x1 - x0, y_of(cc, cum) - y_of(cc, cum + v)};
        }
    }
}

static void line_steps(struct cchart *cc)
{
    double w = fmax(1.5, cc->opts->fonts.label.size * 0.2);
    for (size_t r = 0; r < cc->doc->n_statuses; r++) {
        int s = cc->style.by_rank[r], prev = -1;
        if (!cc->present[s])
            continue;
        for (size_t i = 0; i < cc->n_segs; i++) {
            const struct seg *g = &cc->segs[i];
            double x0 = x_at(cc, g->d0), x1 = x_at(cc, g->d1);
            int v = g->n[s];
            if (prev >= 0 && prev != v) {
                struct item *riser = layout_line(cc->l, x0, y_of(cc, prev), x0, y_of(cc, v),
                                                 style_status_fill(&cc->style, s), w, "riser");
                if (riser)
                    riser->pattern = style_status_pattern(&cc->style, s);
            }
            prev = v;
            if (v == 0)
                continue; /* a status at zero leaves the baseline to the others */
            struct item *it = step_item(cc, ITEM_LINE, s, g, v);
            if (!it)
                return;
            it->x0 = x0;
            it->x1 = x1;
            it->y0 = it->y1 = y_of(cc, v);
            it->box = (struct box){x0, it->y0 - w / 2, x1 - x0, w};
            it->stroke = style_status_fill(&cc->style, s);
            it->stroke_width = w;
            it->pattern = style_status_pattern(&cc->style, s); /* drawn as a dash pattern */
        }
    }
}

/* ---------------------------------------------------------------- labels */

/* The lowest value of status s over [x0, x1]: a label inside its band must stay under it. */
static int min_value(const struct cchart *cc, int s, double x0, double x1)
{
    /* Segments are in order of time, so of x: find the first that ends past x0 by bisection,
     * then walk only those under [x0, x1) (a label is a few segments wide, the chart may have
     * tens of thousands). */
    size_t lo = 0, hi = cc->n_segs;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (x_at(cc, cc->segs[mid].d1) > x0)
            hi = mid;
        else
            lo = mid + 1;
    }
    int v = 1 << 30;
    for (size_t i = lo; i < cc->n_segs && x_at(cc, cc->segs[i].d0) < x1; i++)
        v = cc->segs[i].n[s] < v ? cc->segs[i].n[s] : v;
    return v;
}

/* The lines drawn so far that a label must not be crossed by: steps, risers, the flags'
 * leaders, every line but the grid and the axis's ticks, which lie behind the text. */
static void obstacles(struct cchart *cc)
{
    static const char *const behind[] = {"grid", "tick", "tick-minor", "legend-symbol"};
    for (size_t i = 0; i < cc->l->n_items; i++) {
        const struct item *it = &cc->l->items[i];
        bool skip = it->kind != ITEM_LINE;
        for (size_t k = 0; !skip && k < sizeof behind / sizeof *behind; k++)
            skip = it->role && strcmp(it->role, behind[k]) == 0;
        if (skip)
            continue;
        if (!vec_grow((void **)&cc->drawn, &cc->cap_drawn, cc->n_drawn + 1, sizeof *cc->drawn)) {
            cc->l->nomem = true;
            return;
        }
        cc->drawn[cc->n_drawn++] = (struct item){.x0 = it->x0,
                                                 .y0 = it->y0,
                                                 .x1 = it->x1,
                                                 .y1 = it->y1,
                                                 .stroke_width = it->stroke_width,
                                                 .box = it->box};
    }
}

/* Whether a drawn line, with its stroke and a little air, crosses b. */
static bool crossed(const struct cchart *cc, const struct box *b)
{
    for (size_t i = 0; i < cc->n_drawn; i++) {
        const struct item *ln = &cc->drawn[i];
        double pad = ln->stroke_width / 2 + 0.5;
        struct box g = box_grow(*b, pad);
        if (box_intersects(&g, &(struct box){ln->box.x, ln->box.y, fmax(ln->box.w, 1e-6),
                                             fmax(ln->box.h, 1e-6)}) &&
            segment_hits_box(ln->x0, ln->y0, ln->x1, ln->y1, &g))
            return true;
    }
    return false;
}

/* Whether a total may go at b: on the plot, clear of the totals placed and of every line, and
 * inside its band (stacked) under no lower part of it. */
static bool total_fits(const struct cchart *cc, const struct box *b, bool inside, int v)
{
    if (b->x + b->w > cc->ts.x1 || b->y < cc->y_top - 1 || b->y + b->h > cc->y_base - 1 ||
        !boxset_free_at(&cc->placed, b, 2) || crossed(cc, b))
        return false;
    return !inside || min_value(cc, cc->top, b->x, b->x + b->w) >= v;
}

/* A plain patch of the band's colour behind a label inside a patterned band (the print
 * theme's dots and lines): the pattern would run through the letters. */
static void total_patch(struct cchart *cc, const struct box *b)
{
    double pad = cc->opts->fonts.small.size * 0.25;
    struct box p = {b->x - pad, b->y - pad * 0.5, b->w + 2 * pad, b->h + pad};
    struct item *it =
        layout_rect(cc->l, ITEM_RECT, p, style_status_fill(&cc->style, cc->top), "label-patch");
    if (it)
        it->radius = fmin(2.0, p.h * 0.15);
}

/* Where the top status changes: "Member state: 10" inside (stacked) or over (lines) its
 * step, else the bare number, else nothing. Each try moves along the step (over it, then under
 * it for lines) until no line crosses it: a label is never crossed by a step, a riser, another
 * status's line or a flag's leader; one with no such place is left out. */
static void total_label(struct cchart *cc, const struct seg *g)
{
    const struct font *f = &cc->opts->fonts.small;
    int v = g->n[cc->top];
    char number[32], *full = value_text(cc, cc->top, v);
    i18n_number(cc->opts->lang_code, v, number, sizeof number);
    const char *text[2] = {full, number};
    if (!full)
        cc->l->nomem = true;
    double x0 = x_at(cc, g->d0) + f->size * 0.4, x_last = x_at(cc, g->d1) - f->size;
    bool inside = !cc->lines, found = false;
    struct box b = {0};
    int k = full ? 0 : 1;
    for (; k < 2 && !found; k++) {
        struct text_size ts;
        text_measure(cc->ctx, text[k], f, 0, ALIGN_LEFT, &ts);
        double ys[2] = {inside ? y_of(cc, v) + f->size * 0.3 : y_of(cc, v) - ts.h - f->size * 0.3,
                        y_of(cc, v) + f->size * 0.3};
        for (int side = 0; side < (inside ? 1 : 2) && !found; side++)
            for (double x = x0; !found && (x == x0 || x <= x_last); x += f->size) {
                b = (struct box){x, ys[side], ts.w, ts.h};
                found = total_fits(cc, &b, inside, v);
            }
    }
    if (found) {
        k--;
        uint32_t ink = cc->opts->theme.text;
        if (inside)
            ink = style_ink_on(style_status_fill(&cc->style, cc->top));
        if (inside && style_status_pattern(&cc->style, cc->top) != PATTERN_NONE)
            total_patch(cc, &b);
        struct item *it =
            layout_text(cc->l, cc->ctx, text[k], f, 0, ALIGN_LEFT, b.x, b.y, ink, "total");
        if (it) {
            item_set(cc->l, &it->status, cc->doc->statuses[cc->top].id);
            date_from_days(g->d0, &it->from);
            it->has_from = true;
            it->value = v;
            it->has_value = true;
        }
        if (!boxset_add(&cc->placed, b))
            cc->l->nomem = true;
    }
    free(full);
}

static void totals(struct cchart *cc)
{
    /* One try per point of width: changes closer than that have no room for a label each, and
     * measuring every one made tens of thousands of changes take seconds. */
    double last_x = -INFINITY;
    for (size_t i = 0; cc->top >= 0 && i < cc->n_segs; i++) {
        int before = i ? cc->segs[i - 1].n[cc->top] : 0;
        double x = x_at(cc, cc->segs[i].d0);
        if (cc->segs[i].n[cc->top] != before && cc->segs[i].n[cc->top] > 0 && x - last_x >= 1) {
            total_label(cc, &cc->segs[i]);
            last_x = x;
        }
    }
}

struct current {
    int s, value;
    bool sus; /* the suspended members of status s */
    double y, h, wrap;
    char *text;
};

/* "suspended: 5" for the suspended members of s on the as-of day, at the middle of their
 * hatched band (which sits at the bottom of the status's band, from base up). */
static bool suspended_label(struct cchart *cc, int s, int base_v, int max_lines,
                            struct current *out)
{
    int v = model_count_suspended(cc->doc, s, cc->cut);
    if (v <= 0)
        return false;
    struct strbuf b = {0};
    i18n_value_label_add(&b, cc->opts->lang_code, i18n_word(cc->opts->lang_code, W_SUSPENDED), v);
    struct text_size ts;
    double wrap = b.nomem ? 0 : end_label_measure(cc, b.s, &ts);
    if (b.nomem || !text_fits_lines(cc->ctx, &ts, &cc->opts->fonts.small, fmax(wrap, cc->end_room),
                                    max_lines)) {
        strbuf_finish(&b);
        return false;
    }
    double mid = (y_of(cc, base_v) + y_of(cc, base_v + v)) / 2;
    *out = (struct current){s, v, true, mid - ts.h / 2, ts.h, wrap, strbuf_take(&b)};
    return out->text != NULL;
}

/* The end labels of the statuses with a count on the as-of day, in at most max_lines lines
 * each, at the middle of their band or line; how many in *n, their heights' sum in *sum.
 * NULL when memory runs out. */
static struct current *end_labels(struct cchart *cc, int max_lines, size_t *n, double *sum)
{
    size_t ns = cc->doc->n_statuses;
    struct current *lab = calloc(2 * ns + 1, sizeof *lab);
    int cum = 0;
    *n = 0;
    *sum = 0;
    for (size_t r = 0; lab && r < ns; r++) {
        int s = cc->style.by_rank[r], v = cc->now[s];
        if (v <= 0)
            continue;
        struct text_size ts;
        double wrap;
        char *text = end_label(cc, s, v, max_lines, &ts, &wrap);
        if (!text) {
            cc->l->nomem = true;
            break;
        }
        double mid = cc->lines ? y_of(cc, v) : (y_of(cc, cum) + y_of(cc, cum + v)) / 2;
        lab[(*n)++] = (struct current){s, v, false, mid - ts.h / 2, ts.h, wrap, text};
        *sum += ts.h;
        if (suspended_label(cc, s, cc->lines ? 0 : cum, max_lines, &lab[*n]))
            *sum += lab[(*n)++].h;
        cum += v;
    }
    return lab;
}

static void free_labels(struct current *lab, size_t n)
{
    for (size_t i = 0; lab && i < n; i++)
        free(lab[i].text);
    free(lab);
}

/* Stack order runs bottom-up; sort top-down by y, then push down, then back up, so that no
 * two overlap and none goes below the plot. */
static void push_apart(const struct cchart *cc, struct current *lab, size_t n)
{
    for (size_t i = 1; i < n; i++)
        for (size_t j = i; j > 0 && lab[j].y < lab[j - 1].y; j--) {
            struct current t = lab[j];
            lab[j] = lab[j - 1];
            lab[j - 1] = t;
        }
    for (size_t i = 1; i < n; i++)
        lab[i].y = fmax(lab[i].y, lab[i - 1].y + lab[i - 1].h);
    for (size_t i = n; i-- > 0;) {
        double limit = i + 1 < n ? lab[i + 1].y - lab[i].h : cc->y_base - lab[i].h;
        lab[i].y = fmin(lab[i].y, limit);
    }
}

/* The counts on the as-of date at the right end, each beside its band or line, pushed apart
 * so that they never overlap, and kept to the plot's height: up to END_LINES lines each, one
 * when that is too tall (a status label cut with an ellipsis keeps its whole text as a tip). */
static void current_labels(struct cchart *cc)
{
    const struct font *f = &cc->opts->fonts.small;
    size_t n;
    double sum;
    struct current *lab = end_labels(cc, END_LINES, &n, &sum);
    if (lab && sum > cc->y_base - cc->y_top) {
        free_labels(lab, n);
        lab = end_labels(cc, 1, &n, &sum);
    }
    if (!lab) {
        cc->l->nomem = true;
        return;
    }
    push_apart(cc, lab, n);
    double x = scale_x(&cc->ts, cc->cut) + f->size * 0.5;
    for (size_t i = 0; i < n; i++) {
        struct item *it =
            layout_text(cc->l, cc->ctx, lab[i].text, f, lab[i].wrap, ALIGN_LEFT, x, lab[i].y,
                        cc->opts->theme.text, lab[i].sus ? "current-suspended" : "current");
        if (!it)
            break;
        item_set(cc->l, &it->status, cc->doc->statuses[lab[i].s].id);
        char *full = lab[i].sus ? NULL : value_text(cc, lab[i].s, lab[i].value);
        if (!lab[i].sus &&
            (!full || (strcmp(full, lab[i].text) != 0 && !item_set(cc->l, &it->tip, full))))
            cc->l->nomem = true;
        free(full);
        it->value = lab[i].value;
        it->has_value = true;
        it->from = cc->opts->as_of;
        it->has_from = true;
    }
    free_labels(lab, n);
}

/* ---------------------------------------------------------------- page */

/* The height of a value label: the plot must hold two of them, 0 and the top, apart. */
static double value_label_h(const struct cchart *cc)
{
    struct text_size ts;
    text_measure(cc->ctx, "0", &cc->opts->fonts.axis, 0, ALIGN_LEFT, &ts);
    return ts.h;
}

/* A gridline at every step, under everything else. */
static void value_grid(struct cchart *cc)
{
    uint32_t grid = (cc->opts->theme.grid & 0xffffff00u) | 0x60u;
    for (double v = cc->v_step; v <= cc->v_top + 1e-9; v += cc->v_step)
        layout_line(cc->l, cc->ts.x0, y_of(cc, v), cc->ts.x1, y_of(cc, v), grid, 0.5, "grid");
}

/* Does b meet a time-axis label already laid out? */
static bool on_tick_label(const struct cchart *cc, const struct box *b)
{
    for (size_t i = 0; i < cc->l->n_items; i++) {
        const struct item *it = &cc->l->items[i];
        if (it->kind == ITEM_TEXT && strcmp(it->role, "tick-label") == 0 &&
            box_intersects(b, &it->box))
            return true;
    }
    return false;
}

/* A label at every step the type leaves room for: in a short plot (large type, a small
 * page) every second, fifth or tenth, always from 0 up. After the time axis: a 0 in large
 * type that would reach down onto its first label is left out (the axis line is the 0). */
static void value_labels(struct cchart *cc)
{
    const struct chart_opts *o = cc->opts;
    double apart = y_of(cc, 0) - y_of(cc, cc->v_step), label_h = value_label_h(cc);
    int every = 1;
    while (every < 1000 && every * apart < label_h * 1.15)
        every = every == 1 ? 2 : every == 2 ? 5 : every * 2;
    int k = 0;
    for (double v = 0; v <= cc->v_top + 1e-9; v += cc->v_step, k++) {
        char buf[32];
        struct text_size ts;
        if (k % every)
            continue;
        i18n_number(o->lang_code, (long)v, buf, sizeof buf);
        text_measure(cc->ctx, buf, &o->fonts.axis, 0, ALIGN_LEFT, &ts);
        struct box b = {cc->ts.x0 - o->gap * 0.4 - ts.w, y_of(cc, v) - ts.h / 2, ts.w, ts.h};
        if (v == 0 && on_tick_label(cc, &b))
            continue;
        layout_text(cc->l, cc->ctx, buf, &o->fonts.axis, 0, ALIGN_LEFT, b.x, b.y, o->theme.muted,
                    "value-label");
    }
}

static void legend(struct cchart *cc, struct legend *lg)
{
    for (size_t i = 0; i < cc->doc->n_statuses; i++) {
        int s = cc->style.by_rank[i];
        if (cc->present[s])
            legend_add(lg,
                       (struct legend_entry){.color = style_status_fill(&cc->style, s),
                                             .pattern = style_status_pattern(&cc->style, s),
                                             .kind = cc->lines ? LEGEND_LINE : LEGEND_SWATCH,
                                             .status = cc->doc->statuses[s].id},
                       chart_text(cc->opts, &cc->doc->statuses[s].label));
    }
    if (cc->suspended)
        legend_add(lg,
                   (struct legend_entry){.color = cc->opts->theme.background,
                                         .pattern = PATTERN_HATCH,
                                         .kind = LEGEND_SWATCH},
                   i18n_word(cc->opts->lang_code, W_SUSPENDED));
}

/* "40 more accessions not shown; see the data", in the chart language. */
static void hidden_text(const struct cchart *cc, char *buf, size_t size)
{
    i18n_message(cc->opts->lang_code, M_ACCESSIONS_NOT_SHOWN, (long)cc->joined_hidden, buf, size);
}

static double hidden_note_height(struct cchart *cc)
{
    char s[256];
    struct text_size ts;
    if (!cc->joined_hidden)
        return 0;
    hidden_text(cc, s, sizeof s);
    text_measure(cc->ctx, s, &cc->opts->fonts.small, cc->opts->width - 2 * cc->opts->margin,
                 ALIGN_LEFT, &ts);
    return ts.h + cc->opts->gap * 0.3;
}

/* Under the axis, so a reader sees the flags are a selection; its value is the number of
 * accessions without a flag, for tests and tools reading the layout. */
static void hidden_note(struct cchart *cc, double y)
{
    char s[256];
    if (!cc->joined_hidden)
        return;
    hidden_text(cc, s, sizeof s);
    struct item *it = layout_text(
        cc->l, cc->ctx, s, &cc->opts->fonts.small, cc->opts->width - 2 * cc->opts->margin,
        ALIGN_LEFT, cc->opts->margin, y + cc->opts->gap * 0.3, cc->opts->theme.muted, "not-shown");
    if (it) {
        it->value = (double)cc->joined_hidden;
        it->has_value = true;
    }
}

static bool plot_page(struct cchart *cc, const struct legend *lg)
{
    const struct chart_opts *o = cc->opts;
    struct frame fr;
    double axis_h = axis_height(cc->ctx, o), note_h = hidden_note_height(cc);
    frame_open(&fr, cc->l, cc->ctx, o, lg);
    double flags_bottom = fr.top + cc->levels * cc->level_h;
    cc->y_top = flags_bottom + o->gap * 0.6;
    double plot_h =
        fr.fixed ? frame_bottom(&fr) - axis_h - note_h - cc->y_top : fmax(o->width * 0.3, 200);
    /* A fixed page whose frame leaves no room for a plot of three value labels' height (the
     * 0 and the top label apart), and 40 pt at least, is refused: a squeezed plot would run
     * over the axis and the footer. */
    double least = fmax(3 * value_label_h(cc), 40);
    if (fr.fixed && plot_h < least) {
        cc->frame_need = o->height - plot_h + least;
        return !cc->l->nomem;
    }
    cc->y_base = cc->y_top + fmax(plot_h, least);
    if (cc->top < 0) { /* nothing to count: a note, not blank axes */
        frame_no_data(cc->l, cc->ctx, o, model_count_later(cc->doc, cc->cut), cc->ts.x0, cc->y_top,
                      cc->ts.x1, cc->y_base);
        frame_close(&fr, cc->y_base);
        return !cc->l->nomem;
    }
    value_grid(cc);
    draw_flags(cc, flags_bottom);
    if (cc->suspended && cc->lines)
        suspended_steps(cc); /* under the lines */
    if (cc->lines)
        line_steps(cc);
    else
        stacked_steps(cc);
    if (cc->suspended && !cc->lines)
        suspended_steps(cc);
    obstacles(cc);
    totals(cc);
    current_labels(cc);
    axis_layout(cc->l, cc->ctx, o, &cc->ts, cc->y_base, false);
    value_labels(cc);
    hidden_note(cc, cc->y_base + axis_h);
    frame_close(&fr, cc->y_base + axis_h + note_h);
    return !cc->l->nomem;
}

/* The earliest period start as the data gives it, with its precision ("1999", "c. 1999"): the
 * alt text says no more than the data knows. The as-of date when there is none. */
static void first_start(const struct cchart *cc, struct date *out)
{
    *out = cc->opts->as_of;
    for (size_t k = 0; k < cc->doc->n_members; k++)
        for (size_t i = 0; i < cc->doc->members[k].n_periods; i++) {
            const struct date *d = &cc->doc->members[k].periods[i].from;
            if (date_start(d) < date_start(out))
                *out = *d;
        }
}

static bool alt_text(struct cchart *cc)
{
    const char *lang = cc->opts->lang_code;
    struct strbuf b = {0};
    char d0[128], d1[128];
    struct date from;
    first_start(cc, &from);
    i18n_date(lang, &from, d0, sizeof d0);
    i18n_date(lang, &cc->opts->as_of, d1, sizeof d1);
    alt_title(&b, cc->opts);
    /* The select keyword is not shown: each language words the two kinds of chart. */
    if (cc->top < 0) /* the chart says No data: so does its text */
        i18n_sentence_add(&b, lang, S_COUNT_EMPTY, NULL, NULL, NULL, 0);
    else
        i18n_sentence_add(&b, lang, S_COUNT, d0, d1, cc->lines ? "lines" : "stacked", 0);
    alt_status_counts(&b, cc->opts, cc->doc, cc->style.by_rank, cc->now, 0);
    if (cc->joined_hidden) /* the alt text names every member; it says the chart does not */
        i18n_sentence_add(&b, lang, S_ACCESSIONS_NOT_SHOWN, NULL, NULL, NULL,
                          (long)cc->joined_hidden);
    alt_history(&b, cc->opts, cc->doc, cc->style.by_rank, cc->cut);
    if (b.nomem) {
        strbuf_finish(&b);
        return false;
    }
    free(cc->l->alt_text);
    cc->l->alt_text = strbuf_take(&b);
    return true;
}

static void free_chart(struct cchart *cc)
{
    for (size_t i = 0; i < cc->n_flags; i++)
        free(cc->flag_text[i]);
    free(cc->flag_text);
    free(cc->flag_joined);
    free(cc->flags);
    free(cc->segs);
    free(cc->counts);
    style_finish(&cc->style);
    free(cc->present);
    free(cc->now);
    boxset_finish(&cc->placed);
    free(cc->drawn);
}

bool count_layout(const struct ml_doc *doc, const struct chart_opts *opts, struct text_ctx *ctx,
                  struct layout *out, struct ml_error *err)
{
    struct chart_opts slide;
    if (opts->user->slide) {
        slide = *opts;
        chart_slide_type(&slide);
        opts = &slide;
    }
    struct cchart cc = {.doc = doc, .opts = opts, .ctx = ctx, .l = out};
    struct legend lg = {0};
    cc.cut = date_start(&opts->as_of);
    cc.ns = doc->n_statuses ? doc->n_statuses : 1;
    cc.lines = opts->user->count_mode && strcmp(opts->user->count_mode, "lines") == 0;
    bool ok = rank_statuses(&cc) && sweep(&cc);
    if (ok) {
        value_scale(&cc);
        time_scale(&cc);
        legend(&cc, &lg);
        style_warn_alike(&cc.style, opts, cc.present);
        ok = !lg.nomem && collect_flags(&cc) && plot_page(&cc, &lg) && alt_text(&cc);
    }
    legend_finish(&lg);
    free_chart(&cc);
    if (ok && cc.frame_need > 0 && !out->nomem) {
        chart_page_error(err, "the count chart's title, legend, flags and axes with a plot",
                         cc.frame_need, opts->height);
        return false;
    }
    if (!ok || out->nomem) {
        out->nomem = true;
        error_first(err, ML_ERROR_NOMEM, "out of memory while laying out the count chart");
        return false;
    }
    return true;
}
