/* The time axis: a proportional scale, and tick steps chosen from the range and the width so
 * that tick labels never overlap or crowd. */
#include "axis.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"

#define MAX_TICKS 400

enum unit { U_DAY, U_MONTH, U_YEAR };

struct step {
    enum unit unit;
    int n;
};

/* From fine to coarse; the first one whose labels fit is taken. */
static const struct step steps[] = {
    {U_DAY, 1},     {U_DAY, 2},     {U_DAY, 7},    {U_DAY, 14},   {U_MONTH, 1},  {U_MONTH, 2},
    {U_MONTH, 3},   {U_MONTH, 6},   {U_YEAR, 1},   {U_YEAR, 2},   {U_YEAR, 5},   {U_YEAR, 10},
    {U_YEAR, 20},   {U_YEAR, 25},   {U_YEAR, 50},  {U_YEAR, 100}, {U_YEAR, 200}, {U_YEAR, 500},
    {U_YEAR, 1000}, {U_YEAR, 2000}, {U_YEAR, 5000}};
#define N_STEPS (sizeof steps / sizeof *steps)

struct tick {
    double day, x;
    struct date date;
    char label[64];
    double w, h;
};

double scale_x(const struct time_scale *s, double day)
{
    if (s->d1 <= s->d0)
        return (s->x0 + s->x1) / 2;
    return s->x0 + (day - s->d0) / (s->d1 - s->d0) * (s->x1 - s->x0);
}

/* Astronomical year of a day number, and back. */
static long astro_year(double day)
{
    struct date d;
    date_from_days(day, &d);
    return d.year < 0 ? d.year + 1 : d.year;
}

static struct date year_date(long astro)
{
    struct date d = {(int)(astro <= 0 ? astro - 1 : astro), 1, 1, false};
    return d;
}

void axis_range(const struct chart_opts *opts, double d0, double d1, double *out0, double *out1)
{
    double span = fmax(d1 - d0, 30.0);
    double pad = fmax(span * 0.03, 10.0);
    double a = d0 - pad, b = d1 + pad;
    if (span > 5 * 365.25) {
        /* Whole years read better at the ends of a long axis. */
        struct date y0 = year_date(astro_year(a)), y1 = year_date(astro_year(b) + 1);
        a = date_start(&y0);
        b = date_start(&y1);
    }
    *out0 = opts->has_from ? date_start(&opts->from) : a;
    *out1 = opts->has_to ? date_end(&opts->to) : b;
    if (*out1 <= *out0)
        *out1 = *out0 + 1;
}

void axis_range_tight(const struct chart_opts *opts, double d0, double d1, double *out0,
                      double *out1)
{
    /* 1.5% of the range a side: well inside the 3% a reader does not notice, and room for
     * a marker's radius. A single day gets a fortnight a side. */
    double span = d1 - d0, pad = span >= 1 ? fmax(span * 0.015, 0.5) : 15;
    *out0 = opts->has_from ? date_start(&opts->from) : d0 - pad;
    *out1 = opts->has_to ? date_end(&opts->to) : d1 + pad;
    if (*out1 <= *out0)
        *out1 = *out0 + 1;
}

/* The k-th year tick of a step of n years, as readers number years: every year for n = 1
 * (..., 2 BCE, 1 BCE, AD 1, 2 ...), else round years: 500 BCE, AD 1, 500 (no year 0). */
static int tick_year(long k, int n)
{
    if (n == 1)
        return (int)(k <= 0 ? k - 1 : k);
    return (int)(k ? k * n : 1);
}

/* Tick dates for a step, from the first at or after d0 to the last at or before d1. */
static size_t tick_dates(const struct time_scale *s, struct step st, struct tick *t, size_t max)
{
    size_t n = 0;
    struct date d;
    date_from_days(s->d0, &d);
    if (st.unit == U_YEAR) {
        long k = (long)floor((double)astro_year(s->d0) / st.n) - 1;
        for (; n < max; k++) {
            struct date yd = {tick_year(k, st.n), 1, 1, false};
            double day = date_start(&yd);
            if (day > s->d1)
                break;
            if (day >= s->d0)
                t[n++] = (struct tick){.day = day, .date = yd};
        }
    } else if (st.unit == U_MONTH) {
        long y = d.year < 0 ? d.year + 1 : d.year, m = 1;
        for (; n < max; m += st.n) {
            if (m > 12) {
                m -= 12;
                y++;
            }
            struct date md = {(int)(y <= 0 ? y - 1 : y), (int)m, 1, false};
            double day = date_start(&md);
            if (day > s->d1)
                break;
            if (day >= s->d0)
                t[n++] = (struct tick){.day = day, .date = md};
        }
    } else {
        for (double day = ceil(s->d0); day <= s->d1 && n < max; day++) {
            struct date dd;
            date_from_days(day, &dd);
            /* Steps of 2, 7 and 14 days restart each month and skip its last days (a 29th
             * and a 1st would crowd); a 1-day step has every day. */
            if (st.n == 1 || ((dd.day - 1) % st.n == 0 && dd.day <= 28))
                t[n++] = (struct tick){.day = day, .date = dd};
        }
    }
    return n;
}

static int precision_of(struct step st)
{
    return st.unit == U_YEAR ? DATE_YEAR : (st.unit == U_MONTH ? DATE_MONTH : DATE_DAY);
}

/* Label and measure ticks; true when neighbours keep a gap of at least one em (along a
 * vertical axis, where labels stack, their heights and 1.6 em: a column of dates reads best
 * sparse). */
static bool ticks_fit(struct text_ctx *ctx, const struct chart_opts *opts,
                      const struct time_scale *s, struct step st, struct tick *t, size_t n,
                      bool vertical)
{
    const struct font *f = &opts->fonts.axis;
    double prev_right = -1e9;
    for (size_t i = 0; i < n; i++) {
        struct text_size ts;
        i18n_tick(opts->lang_code, &t[i].date, precision_of(st), t[i].label, sizeof t[i].label);
        text_measure(ctx, t[i].label, f, 0, ALIGN_LEFT, &ts);
        t[i].x = scale_x(s, t[i].day);
        t[i].w = ts.w;
        t[i].h = ts.h;
        double along = vertical ? ts.h : ts.w, gap = f->size * (vertical ? 1.6 : 1.2);
        if (t[i].x - along / 2 < prev_right + gap)
            return false;
        prev_right = t[i].x + along / 2;
    }
    return true;
}

/* May the tick carry a label? Not outside the data's days, when they are given. */
static bool labelled(const struct time_scale *s, const struct tick *t)
{
    /* Nor a year the data's format cannot write (YYYY: 9999 BCE to AD 9999). */
    if (t->date.year < -9999 || t->date.year > 9999)
        return false;
    return !(s->data1 > s->data0) || (t->day >= s->data0 - 1e-9 && t->day < s->data1 - 1e-9);
}

/* The tick's own date on its line and label, for tools reading the layout. */
static void tick_date(struct item *it, const struct tick *t)
{
    if (it) {
        it->from = t->date;
        it->has_from = true;
    }
}

/* Choose the major step; returns the number of ticks and the index of the step used. */
static size_t choose_ticks(struct text_ctx *ctx, const struct chart_opts *opts,
                           const struct time_scale *s, struct tick *t, size_t *step_index,
                           bool vertical)
{
    double days = s->d1 - s->d0;
    for (size_t i = 0; i < N_STEPS; i++) {
        double approx = steps[i].unit == U_DAY
                            ? steps[i].n
                            : steps[i].n * (steps[i].unit == U_MONTH ? 30.4 : 365.25);
        if (days / approx > MAX_TICKS - 2)
            continue;
        size_t n = tick_dates(s, steps[i], t, MAX_TICKS);
        if (n >= 2 && ticks_fit(ctx, opts, s, steps[i], t, n, vertical)) {
            *step_index = i;
            return n;
        }
    }
    *step_index = N_STEPS - 1;
    return 0;
}

/* Minor ticks: the next finer step that still leaves a few points between ticks. */
static size_t minor_ticks(const struct time_scale *s, size_t major, struct tick *t)
{
    for (size_t i = major; i-- > 0;) {
        double approx = steps[i].unit == U_DAY
                            ? steps[i].n
                            : steps[i].n * (steps[i].unit == U_MONTH ? 30.4 : 365.25);
        double px = approx / (s->d1 - s->d0) * (s->x1 - s->x0);
        if (px < 4)
            return 0;
        if (steps[i].unit == steps[major].unit && steps[major].n % steps[i].n != 0)
            continue;
        if (steps[major].unit == U_YEAR && steps[i].unit == U_MONTH && steps[i].n != 3 &&
            steps[i].n != 6 && steps[i].n != 1)
            continue;
        if (px > 40 && i + 1 < major)
            continue;
        return tick_dates(s, steps[i], t, MAX_TICKS);
    }
    return 0;
}

double axis_height(struct text_ctx *ctx, const struct chart_opts *opts)
{
    struct text_size ts;
    text_measure(ctx, "2000", &opts->fonts.axis, 0, ALIGN_LEFT, &ts);
    return opts->gap * 0.5 + 3 + ts.h;
}

void axis_layout(struct layout *l, struct text_ctx *ctx, const struct chart_opts *opts,
                 const struct time_scale *s, double y, bool above)
{
    struct tick *major = malloc((size_t)2 * MAX_TICKS * sizeof *major);
    if (!major) {
        l->nomem = true;
        return;
    }
    struct tick *minor = major + MAX_TICKS; /* not before the check: NULL + n is undefined */
    size_t step, n = choose_ticks(ctx, opts, s, major, &step, false);
    size_t nm = minor_ticks(s, step, minor);
    double big = opts->gap * 0.5, small = big * 0.55, dir = above ? -1 : 1;
    struct item *ax = layout_line(l, s->x0, y, s->x1, y, opts->theme.axis, 1.0, "axis");
    if (ax)
        ax->kind = ITEM_AXIS;
    for (size_t i = 0; i < nm; i++) {
        double x = scale_x(s, minor[i].day);
        layout_line(l, x, y, x, y + dir * small, opts->theme.axis, 0.6, "tick-minor");
    }
    for (size_t i = 0; i < n; i++) {
        double x = major[i].x;
        tick_date(layout_line(l, x, y, x, y + dir * big, opts->theme.axis, 1.0, "tick"), &major[i]);
        double lx = x - major[i].w / 2;
        /* A label that would be cut by the page edge is left out; its tick stays. */
        if (lx < 1 || lx + major[i].w > l->width - 1 || !labelled(s, &major[i]))
            continue;
        double ly = above ? y - big - 2 - major[i].h : y + big + 2;
        tick_date(layout_text(l, ctx, major[i].label, &opts->fonts.axis, 0, ALIGN_LEFT, lx, ly,
                              opts->theme.muted, "tick-label"),
                  &major[i]);
    }
    free(major);
}

/* Grid lines at the major ticks across the time line, from c0 to c1. */
static void grid(struct layout *l, struct text_ctx *ctx, const struct chart_opts *opts,
                 const struct time_scale *s, double c0, double c1, bool vertical)
{
    struct tick *major = malloc(MAX_TICKS * sizeof *major);
    if (!major) {
        l->nomem = true;
        return;
    }
    size_t step, n = choose_ticks(ctx, opts, s, major, &step, vertical);
    uint32_t c = (opts->theme.grid & 0xffffff00u) | 0x50u;
    for (size_t i = 0; i < n; i++)
        if (vertical)
            layout_line(l, c0, major[i].x, c1, major[i].x, c, 0.5, "grid");
        else
            layout_line(l, major[i].x, c0, major[i].x, c1, c, 0.5, "grid");
    free(major);
}

void axis_grid(struct layout *l, struct text_ctx *ctx, const struct chart_opts *opts,
               const struct time_scale *s, double y0, double y1)
{
    grid(l, ctx, opts, s, y0, y1, false);
}

/* ---- a vertical axis: time running down the page ---- */

double axis_width_vertical(struct text_ctx *ctx, const struct chart_opts *opts,
                           const struct time_scale *s)
{
    struct tick *major = malloc(MAX_TICKS * sizeof *major);
    double w = 0;
    if (!major)
        return opts->gap * 4;
    size_t step, n = choose_ticks(ctx, opts, s, major, &step, true);
    for (size_t i = 0; i < n; i++)
        w = fmax(w, major[i].w);
    free(major);
    return w + opts->gap * 0.5 + 3;
}

void axis_layout_vertical(struct layout *l, struct text_ctx *ctx, const struct chart_opts *opts,
                          const struct time_scale *s, double x)
{
    struct tick *major = malloc((size_t)2 * MAX_TICKS * sizeof *major);
    if (!major) {
        l->nomem = true;
        return;
    }
    struct tick *minor = major + MAX_TICKS;
    size_t step, n = choose_ticks(ctx, opts, s, major, &step, true);
    size_t nm = minor_ticks(s, step, minor);
    double big = opts->gap * 0.5, small = big * 0.55;
    struct item *ax = layout_line(l, x, s->x0, x, s->x1, opts->theme.axis, 1.0, "axis");
    if (ax)
        ax->kind = ITEM_AXIS;
    for (size_t i = 0; i < nm; i++) {
        double y = scale_x(s, minor[i].day);
        layout_line(l, x, y, x - small, y, opts->theme.axis, 0.6, "tick-minor");
    }
    for (size_t i = 0; i < n; i++) {
        double y = major[i].x;
        tick_date(layout_line(l, x, y, x - big, y, opts->theme.axis, 1.0, "tick"), &major[i]);
        /* Right-aligned to the tick, within the page. */
        double lx = fmax(1, x - big - 2 - major[i].w), ly = y - major[i].h / 2;
        if (ly < 1 || (l->height > 0 && ly + major[i].h > l->height - 1) || !labelled(s, &major[i]))
            continue;
        tick_date(layout_text(l, ctx, major[i].label, &opts->fonts.axis, 0, ALIGN_LEFT, lx, ly,
                              opts->theme.muted, "tick-label"),
                  &major[i]);
    }
    free(major);
}

void axis_grid_vertical(struct layout *l, struct text_ctx *ctx, const struct chart_opts *opts,
                        const struct time_scale *s, double x0, double x1)
{
    grid(l, ctx, opts, s, x0, x1, true);
}
