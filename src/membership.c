/* The membership chart: one row per member, one bar per status period, coloured by status,
 * grouped by the status each member holds on the chart's date. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "axis.h"
#include "boxset.h"
#include "error.h"
#include "flags.h"
#include "frame.h"
#include "i18n.h"
#include "strbuf.h"
#include "style.h"
#include "vec.h"

#define MIN_FONT 6.0     /* the smallest row font that still reads on a slide or a page */
#define ROW_LINES 1.85   /* row height in multiples of the row font size */
#define TIGHT_LINES 1.55 /* the same when a fixed height is tight */
#define LOOSE_LINES 3.0  /* at most this when a fixed height has room to spare (a slide) */
#define BAR_FILL 0.64    /* bar height as a share of the row height */
#define HEADER_ROWS 1.3
#define MAX_LEVELS 8
#define NONE_RANK 1000000

struct row {
    int member; /* index into doc->members; -1 for a group header */
    int group;  /* status index the row is grouped under; -1 for no status */
    int count;  /* header: members in the group */
    bool founder;
    double first_day, best_day;
    int best_rank, now_rank;
    const char *name;
    size_t order;
    const char *sort; /* the --sort key and --group, copied into every row because qsort */
    bool grouped;     /* passes no context (and statics would not be thread-safe) */
};

/* Everything one membership layout works with. */
struct mchart {
    const struct ml_doc *doc;
    const struct chart_opts *opts;
    struct text_ctx *ctx;
    struct layout *l;
    double cut; /* the as-of day: nothing after it is shown */
    struct style style;
    bool *present; /* status index -> shown in some bar */
    struct row *rows;
    size_t n_rows, n_members, n_dropped;
    bool grouped;
    struct font name_font, date_font, header_font;
    double row_h, header_h, indent;
    struct time_scale ts;
    struct flag *flags;
    const char **flag_text;
    char asof[160]; /* the as-of flag's text */
    double *flag_day;
    size_t n_flags;
    int levels;
    double level_h, flags_bottom;
    struct boxset placed; /* the date labels of the row being laid out */
    double *above, *here; /* days labelled in the row above and in this one */
    size_t n_above, n_here, cap_above, cap_here;
};

/* A period as the chart shows it: cut at the as-of day. False when it starts after it. */
static bool visible_period(const struct mchart *mc, const struct period *p, double *d0, double *d1,
                           bool *open)
{
    *d0 = date_start(&p->from);
    if (*d0 > mc->cut)
        return false;
    *open = p->open || date_start(&p->to) > mc->cut;
    *d1 = *open ? mc->cut : date_start(&p->to);
    return true;
}

static bool rank_statuses(struct mchart *mc)
{
    mc->present = calloc(mc->doc->n_statuses + 1, sizeof *mc->present);
    return mc->present && style_init(&mc->style, mc->doc, &mc->opts->theme);
}

/* The sort keys of one member; false when none of its periods is shown. */
static bool row_keys(struct mchart *mc, int mi, struct row *r)
{
    const struct member *m = &mc->doc->members[mi];
    bool any = false;
    *r = (struct row){.member = mi, .group = -1, .best_rank = NONE_RANK, .now_rank = NONE_RANK};
    r->name = chart_text(mc->opts, model_name_at(m, mc->cut)); /* the name on the chart's date */
    r->order = (size_t)mi;
    for (size_t i = 0; i < m->n_periods; i++) {
        double d0, d1;
        bool open;
        const struct period *p = &m->periods[i];
        if (!visible_period(mc, p, &d0, &d1, &open))
            continue;
        int rank = mc->doc->statuses[p->status].rank;
        if (!any)
            r->first_day = d0;
        any = true;
        mc->present[p->status] = true;
        if (rank < r->best_rank) {
            r->best_rank = rank;
            r->best_day = d0;
        }
        if (d0 <= mc->cut && (open || d1 > mc->cut)) {
            r->group = p->status;
            r->now_rank = rank;
        }
    }
    return any;
}

static int cmp_num(double a, double b)
{
    return a < b ? -1 : a > b;
}

static int cmp_default(const struct row *a, const struct row *b)
{
    int c;
    if (a->founder != b->founder)
        return a->founder ? -1 : 1;
    if ((c = cmp_num(a->best_rank == NONE_RANK, b->best_rank == NONE_RANK)) ||
        (c = cmp_num(a->best_day, b->best_day)) || (c = cmp_num(a->first_day, b->first_day)))
        return c;
    return strcmp(a->name, b->name);
}

static int cmp_rows(const void *pa, const void *pb)
{
    const struct row *a = pa, *b = pb;
    int c;
    const char *sort_mode = a->sort;
    if (a->grouped && (c = cmp_num(a->now_rank, b->now_rank)))
        return c;
    if (strcmp(sort_mode, "data") == 0)
        return cmp_num((double)a->order, (double)b->order);
    if (strcmp(sort_mode, "name") == 0 && (c = strcmp(a->name, b->name)))
        return c;
    if (strcmp(sort_mode, "start") == 0 &&
        ((c = cmp_num(a->first_day, b->first_day)) || (c = strcmp(a->name, b->name))))
        return c;
    if (strcmp(sort_mode, "status") == 0 && (c = cmp_num(a->now_rank, b->now_rank)))
        return c;
    if ((c = cmp_default(a, b)))
        return c;
    return cmp_num((double)a->order, (double)b->order);
}

/* Group headers go in front of each run of rows with the same status as of the date. */
static bool insert_headers(struct mchart *mc)
{
    size_t n = mc->n_rows, k = 0;
    struct row *out = malloc(2 * (n + 1) * sizeof *out);
    if (!out)
        return false;
    for (size_t i = 0; i < n; i++) {
        if (i == 0 || mc->rows[i].group != mc->rows[i - 1].group)
            out[k++] = (struct row){.member = -1, .group = mc->rows[i].group};
        out[k++] = mc->rows[i];
    }
    /* Counts per header. */
    for (size_t i = 0, h = 0; i < k; i++) {
        if (out[i].member < 0)
            h = i;
        else
            out[h].count++;
    }
    free(mc->rows);
    mc->rows = out;
    mc->n_rows = k;
    return true;
}

static bool collect_rows(struct mchart *mc)
{
    const struct ml_doc *doc = mc->doc;
    mc->rows = malloc((doc->n_members + 1) * sizeof *mc->rows);
    if (!mc->rows)
        return false;
    mc->n_rows = 0;
    double earliest = INFINITY;
    for (size_t i = 0; i < doc->n_members; i++)
        if (row_keys(mc, (int)i, &mc->rows[mc->n_rows]))
            earliest = fmin(earliest, mc->rows[mc->n_rows++].first_day);
    for (size_t i = 0; i < mc->n_rows; i++)
        mc->rows[i].founder = mc->rows[i].first_day == earliest;
    mc->n_members = mc->n_rows;
    const struct ml_options *u = mc->opts->user;
    mc->grouped = !u->group || strcmp(u->group, "none") != 0;
    for (size_t i = 0; i < mc->n_rows; i++) {
        mc->rows[i].sort = u->sort && *u->sort ? u->sort : "default";
        mc->rows[i].grouped = mc->grouped;
    }
    qsort(mc->rows, mc->n_rows, sizeof *mc->rows, cmp_rows);
    return !mc->grouped || mc->n_rows == 0 || insert_headers(mc);
}

static double text_width(struct mchart *mc, const char *s, const struct font *f)
{
    struct text_size ts;
    text_measure(mc->ctx, s, f, 0, ALIGN_LEFT, &ts);
    return ts.w;
}

/* "Member state (10)"; NULL when memory runs out. */
static char *header_text(const struct mchart *mc, const struct row *r)
{
    struct strbuf b = {0};
    const char *label = r->group >= 0 ? chart_text(mc->opts, &mc->doc->statuses[r->group].label)
                                      : i18n_word(mc->opts->lang_code, W_NO_STATUS);
    i18n_count_label_add(&b, mc->opts->lang_code, label, r->count);
    if (b.nomem) {
        strbuf_finish(&b);
        return NULL;
    }
    return strbuf_take(&b);
}

/* The widest name or header fixes where the plot starts. */
static double name_column(struct mchart *mc)
{
    double w = 0;
    mc->indent = mc->grouped ? mc->name_font.size * 0.9 : 0;
    for (size_t i = 0; i < mc->n_rows; i++) {
        const struct row *r = &mc->rows[i];
        if (r->member >= 0) {
            w = fmax(w, mc->indent + text_width(mc, r->name, &mc->name_font));
        } else {
            char *text = header_text(mc, r);
            if (!text) {
                mc->l->nomem = true;
                continue;
            }
            /* Headers may run over the plot's left edge: they sit on their own row. */
            w = fmax(w, text_width(mc, text, &mc->header_font) * 0.5);
            free(text);
        }
    }
    return fmin(w, mc->opts->width * 0.3);
}

static void set_fonts(struct mchart *mc, double size, double lines)
{
    const struct fonts *f = &mc->opts->fonts;
    mc->name_font = f->label;
    mc->name_font.size = size;
    mc->date_font = f->small;
    mc->date_font.size = size * 0.8;
    mc->header_font = f->header;
    mc->header_font.size = size * 0.98;
    mc->row_h = size * lines;
    mc->header_h = mc->row_h * HEADER_ROWS;
}

static void time_scale(struct mchart *mc)
{
    const struct chart_opts *o = mc->opts;
    double d0 = mc->cut;
    for (size_t i = 0; i < mc->n_rows; i++)
        if (mc->rows[i].member >= 0)
            d0 = fmin(d0, mc->rows[i].first_day);
    axis_range(o, d0, mc->cut, &mc->ts.d0, &mc->ts.d1);
    /* Nothing is drawn after the as-of date: keep only a little air there, not the rest of
     * a rounded-out year. */
    if (!o->has_to)
        mc->ts.d1 = fmin(mc->ts.d1, mc->cut + fmax((mc->cut - mc->ts.d0) * 0.012, 5));
    if (mc->ts.d1 < mc->cut)
        mc->ts.d1 = mc->cut;
    /* Room at the right for the "continues" chevrons past the as-of line. */
    mc->ts.x0 = o->margin + name_column(mc) + o->gap;
    mc->ts.x1 = o->width - o->margin - mc->row_h * BAR_FILL * 0.6 - 2;
}

/* ---------------------------------------------------------------- flags: marks and as-of */

static bool event_marked(const struct ml_doc *doc, const struct event *e, const char *spec)
{
    bool by_cat = strncmp(spec, "category:", 9) == 0;
    const char *list = by_cat ? spec + 9 : (strncmp(spec, "id:", 3) == 0 ? spec + 3 : spec);
    const char *want = by_cat ? (e->category >= 0 ? doc->categories[e->category].id : "") : e->id;
    size_t n = strlen(want);
    for (const char *p = list; *p;) {
        const char *end = strchr(p, ',');
        size_t len = end ? (size_t)(end - p) : strlen(p);
        if (len == n && strncmp(p, want, n) == 0)
            return true;
        p += len + (end ? 1 : 0);
    }
    return false;
}

static void add_flag(struct mchart *mc, double day, const char *text)
{
    struct text_size ts;
    text_measure(mc->ctx, text, &mc->opts->fonts.small, 0, ALIGN_LEFT, &ts);
    size_t i = mc->n_flags++;
    mc->flags[i] = (struct flag){.x = scale_x(&mc->ts, day), .w = ts.w, .h = ts.h};
    mc->flag_text[i] = text;
    mc->flag_day[i] = day;
}

static double flag_key(const struct mchart *mc, size_t i)
{
    return flags_order_key(mc->flags[i].x, mc->ts.x0, mc->opts->width - mc->opts->margin);
}

/* Marks from the middle outwards (see flags_order_key): staircases of labels then climb
 * towards the edges and keep every leader clear of the labels below it. */
static void sort_flags(struct mchart *mc)
{
    for (size_t i = 1; i < mc->n_flags; i++)
        for (size_t j = i; j > 0 && flag_key(mc, j) < flag_key(mc, j - 1); j--) {
            struct flag f = mc->flags[j];
            const char *t = mc->flag_text[j];
            double d = mc->flag_day[j];
            mc->flags[j] = mc->flags[j - 1];
            mc->flag_text[j] = mc->flag_text[j - 1];
            mc->flag_day[j] = mc->flag_day[j - 1];
            mc->flags[j - 1] = f;
            mc->flag_text[j - 1] = t;
            mc->flag_day[j - 1] = d;
        }
}

/* The chosen events, then the as-of label. */
static bool collect_flags(struct mchart *mc)
{
    const struct ml_doc *doc = mc->doc;
    const char *spec = mc->opts->user->mark;
    size_t cap = doc->n_events + 1;
    char date[96];
    mc->flags = calloc(cap, sizeof *mc->flags);
    mc->flag_text = calloc(cap, sizeof *mc->flag_text);
    mc->flag_day = calloc(cap, sizeof *mc->flag_day);
    if (!mc->flags || !mc->flag_text || !mc->flag_day)
        return false;
    size_t marked = 0;
    for (size_t i = 0; spec && *spec && i < doc->n_events; i++) {
        const struct event *e = &doc->events[i];
        double day = date_start(&e->date);
        if (!event_marked(doc, e, spec) || day > mc->cut || day < mc->ts.d0)
            continue;
        const char *t = chart_text(mc->opts, &e->short_title);
        add_flag(mc, day, *t ? t : chart_text(mc->opts, &e->title));
        marked++;
    }
    sort_flags(mc);
    /* The as-of label last: beside or above the marks near the end, never under a leader. */
    i18n_date(mc->opts->lang_code, &mc->opts->as_of, date, sizeof date);
    i18n_labelled(mc->opts->lang_code, W_AS_OF, date, mc->asof, sizeof mc->asof);
    add_flag(mc, mc->cut, mc->asof);
    if (spec && *spec && marked == 0)
        chart_warn(mc->opts->state, "--mark %s matches no event up to the chart's date", spec);
    const struct font *f = &mc->opts->fonts.small;
    mc->level_h = mc->flags[mc->n_flags - 1].h + f->size * 0.35;
    mc->levels =
        flags_place(mc->flags, mc->n_flags, mc->ts.x0 - mc->opts->gap,
                    mc->opts->width - mc->opts->margin, f->size * 0.6, mc->level_h, MAX_LEVELS);
    for (size_t i = 0; i + 1 < mc->n_flags; i++)
        if (mc->flags[i].level < 0)
            chart_warn(mc->opts->state, "no room for the mark \"%.60s\"", mc->flag_text[i]);
    return true;
}

/* Labels at the flags' levels above y_bottom, leaders down to y_end. */
/* A leader from y0 to y_end that leaves a gap over the top axis's labels, from y0 down
 * to axis_y (the same when there is no top axis). */
static void leader(struct mchart *mc, double x, double y0, double axis_y, double y_end, bool asof)
{
    const struct chart_opts *o = mc->opts;
    uint32_t c = asof ? o->theme.accent : o->theme.grid;
    const char *role = asof ? "as-of-line" : "mark-line";
    double w = asof ? 1.2 : 0.8;
    struct item *it = NULL;
    if (axis_y > mc->flags_bottom + 0.5) {
        it = layout_line(mc->l, x, y0, x, mc->flags_bottom, c, w, role);
        if (it)
            it->dashed = !asof;
    }
    it = layout_line(mc->l, x, axis_y > mc->flags_bottom + 0.5 ? axis_y : y0, x, y_end, c, w,
                     it ? "leader" : role);
    if (it)
        it->dashed = !asof;
}

static void draw_flags(struct mchart *mc, double axis_y, double y_end)
{
    const struct chart_opts *o = mc->opts;
    for (size_t i = 0; i < mc->n_flags; i++) {
        const struct flag *f = &mc->flags[i];
        bool asof = i + 1 == mc->n_flags;
        if (f->level < 0) {
            if (asof)
                leader(mc, f->x, mc->flags_bottom, axis_y, y_end, true);
            continue;
        }
        uint32_t c = asof ? o->theme.accent : o->theme.muted;
        double ty = mc->flags_bottom + f->box.y;
        struct item *it = layout_text(mc->l, mc->ctx, mc->flag_text[i], &o->fonts.small, 0,
                                      ALIGN_LEFT, f->box.x, ty, c, asof ? "as-of-label" : "mark");
        if (it && !asof) {
            date_from_days(mc->flag_day[i], &it->from);
            it->has_from = true;
        }
        leader(mc, f->x, ty + f->h + 1, axis_y, y_end, asof);
    }
}

/* ---------------------------------------------------------------- rows */

/* The period's start date as "Jun 2017" when it fits, else "2017", else nothing: inside
 * its own bar, else at the end of the bar before it, else just left of the bar. */
struct span_px {
    double x0, x1;
    uint32_t fill;
    bool patterned;
};

static bool date_label(struct mchart *mc, const struct period *p, struct span_px bar,
                       const struct span_px *prev, double yc)
{
    const struct font *f = &mc->date_font;
    double pad = f->size * 0.45;
    char text[2][64];
    enum date_precision prec = date_precision(&p->from);
    i18n_tick(mc->opts->lang_code, &p->from, prec == DATE_YEAR ? DATE_YEAR : DATE_MONTH, text[0],
              sizeof text[0]);
    i18n_tick(mc->opts->lang_code, &p->from, DATE_YEAR, text[1], sizeof text[1]);
    for (int k = 0; k < 2; k++) {
        struct text_size ts;
        text_measure(mc->ctx, text[k], f, 0, ALIGN_LEFT, &ts);
        double y = yc - ts.h / 2;
        struct box in = {bar.x0 + pad, y, ts.w, ts.h};
        struct box before = {bar.x0 - pad - ts.w, y, ts.w, ts.h};
        struct box *pick = NULL;
        uint32_t ink = mc->opts->theme.muted;
        if (in.x + in.w + pad <= bar.x1 && boxset_free_at(&mc->placed, &in, 1.5)) {
            pick = &in;
            ink = style_ink_on(bar.fill);
        } else if (before.x >= (prev ? prev->x0 + pad : mc->ts.x0) &&
                   boxset_free_at(&mc->placed, &before, 1.5)) {
            pick = &before;
            if (prev && prev->x1 >= bar.x0 - 0.5)
                ink = style_ink_on(prev->fill);
        }
        if (!pick)
            continue;
        const struct span_px *under =
            pick == &in ? &bar : (prev && prev->x1 >= bar.x0 - 0.5 ? prev : NULL);
        if (under && under->patterned) {
            /* A plain patch of the bar's colour under the text: hatching would eat it. */
            struct box bg = {pick->x - 1.5, pick->y, pick->w + 3, pick->h};
            struct item *it = layout_rect(mc->l, ITEM_RECT, bg, under->fill, "label-patch");
            if (it)
                it->radius = 1;
        }
        layout_text(mc->l, mc->ctx, text[k], f, 0, ALIGN_LEFT, pick->x, pick->y, ink,
                    "change-date");
        if (!boxset_add(&mc->placed, *pick))
            mc->l->nomem = true;
        return true;
    }
    return false;
}

static struct item *add_bar(struct mchart *mc, const struct member *m, const struct period *p,
                            struct box b, bool open, double d1)
{
    struct item *it =
        layout_rect(mc->l, ITEM_BAR, b, style_status_fill(&mc->style, p->status), "bar");
    if (!it)
        return NULL;
    it->pattern = style_status_pattern(&mc->style, p->status);
    it->radius = fmin(2.0, b.h * 0.15);
    it->from = p->from;
    it->has_from = true;
    date_from_days(d1, &it->to);
    if (!open)
        it->to = p->to;
    it->has_to = true;
    it->open = open;
    if (!item_set(mc->l, &it->ref, m->id) ||
        !item_set(mc->l, &it->status, mc->doc->statuses[p->status].id))
        return NULL;
    return it;
}

/* A small chevron past the end of an open bar: the status still holds. */
static void add_continues(struct mchart *mc, const struct item *bar_item)
{
    /* A copy: layout_add may move the items, bar_item among them. */
    const struct item b = *bar_item, *bar = &b;
    double h = bar->box.h, w = h * 0.6, x = bar->box.x + bar->box.w + 1, y = bar->box.y;
    struct item *it = layout_add(mc->l, ITEM_PATH, "continues");
    if (!it)
        return;
    it->pts = malloc(6 * sizeof *it->pts);
    it->rings = malloc(sizeof *it->rings);
    if (!it->pts || !it->rings) {
        mc->l->nomem = true;
        return;
    }
    double pts[6] = {x, y, x + w, y + h / 2, x, y + h};
    memcpy(it->pts, pts, sizeof pts);
    it->n_pts = 3;
    it->rings[0] = 3;
    it->n_rings = 1;
    it->box = (struct box){x, y, w, h};
    it->fill = bar->fill;
    it->pattern = PATTERN_NONE;
    item_set(mc->l, &it->ref, bar->ref);
    item_set(mc->l, &it->status, bar->status);
}

/* Is a label for this date already shown in the row above, at the same place? */
static bool repeats(const double *prev_days, size_t n_prev, double day)
{
    for (size_t i = 0; i < n_prev; i++)
        if (prev_days[i] == day)
            return true;
    return false;
}

/* Remember that this row labels day: the row below leaves the same date out. */
static void remember(struct mchart *mc, double day)
{
    if (!vec_grow((void **)&mc->here, &mc->cap_here, mc->n_here + 1, sizeof *mc->here))
        mc->l->nomem = true;
    else
        mc->here[mc->n_here++] = day;
}

/* This row's days become the row above's. */
static void next_row(struct mchart *mc)
{
    double *t = mc->above;
    size_t cap = mc->cap_above;
    mc->above = mc->here;
    mc->cap_above = mc->cap_here;
    mc->n_above = mc->n_here;
    mc->here = t;
    mc->cap_here = cap;
    mc->n_here = 0;
}

/* ---------------------------------------------------------------- suspensions, names, successors
 */

/* The hatching over a suspended stretch: one the status's own pattern does not use. */
static enum pattern suspended_pattern(const struct mchart *mc, int status)
{
    return style_status_pattern(&mc->style, status) == PATTERN_HATCH ? PATTERN_CROSS
                                                                     : PATTERN_HATCH;
}

/* Whether some member is suspended within the days shown. */
static bool any_suspension(const struct mchart *mc)
{
    for (size_t k = 0; k < mc->doc->n_members; k++)
        for (size_t i = 0; i < mc->doc->members[k].n_periods; i++) {
            const struct period *p = &mc->doc->members[k].periods[i];
            for (size_t j = 0; j < p->n_suspended; j++)
                if (date_start(&p->suspended[j].from) < mc->cut)
                    return true;
        }
    return false;
}

static void legend_suspended(struct mchart *mc, struct legend *lg)
{
    if (any_suspension(mc))
        legend_add(lg,
                   (struct legend_entry){.color = mc->opts->theme.background,
                                         .pattern = PATTERN_HATCH,
                                         .kind = LEGEND_SWATCH},
                   i18n_word(mc->opts->lang_code, W_SUSPENDED));
}

/* A hatched overlay on the bar of p over each of its suspensions (at least 2 pt wide, so that
 * a suspension of days is still seen), with its dates for the layout dump. */
static void suspension_overlays(struct mchart *mc, const struct member *m, const struct period *p,
                                double yc, double bh)
{
    double d0, d1;
    bool open;
    if (!visible_period(mc, p, &d0, &d1, &open))
        return;
    for (size_t j = 0; j < p->n_suspended; j++) {
        const struct suspension *su = &p->suspended[j];
        double a = fmax(date_start(&su->from), d0), b = fmin(model_suspension_end(p, su), d1);
        if (a >= d1 || b < a)
            continue;
        double x0 = scale_x(&mc->ts, a), x1 = fmax(scale_x(&mc->ts, b), x0 + 2);
        struct item *it = layout_rect(mc->l, ITEM_BAR, (struct box){x0, yc - bh / 2, x1 - x0, bh},
                                      style_status_fill(&mc->style, p->status), "suspended");
        if (!it)
            return;
        it->pattern = suspended_pattern(mc, p->status);
        it->from = su->from;
        it->has_from = true;
        if (su->open)
            date_from_days(b, &it->to);
        else
            it->to = su->to;
        it->has_to = true;
        it->open = su->open && open;
        if (!item_set(mc->l, &it->ref, m->id) ||
            !item_set(mc->l, &it->status, mc->doc->statuses[p->status].id))
            return;
    }
}

/* A former name inside the bar where it applied, when it fits there beside the date labels. */
static void former_name(struct mchart *mc, const struct member *m, const struct name_run *run,
                        double yc)
{
    const struct font *f = &mc->date_font;
    const char *text = chart_text(mc->opts, run->name);
    struct text_size ts;
    text_measure(mc->ctx, text, f, 0, ALIGN_LEFT, &ts);
    for (size_t i = 0; i < m->n_periods; i++) {
        double d0, d1, pad = f->size * 0.45;
        bool open;
        if (!visible_period(mc, &m->periods[i], &d0, &d1, &open))
            continue;
        double x0 = scale_x(&mc->ts, fmax(d0, run->from)), x1 = scale_x(&mc->ts, fmin(d1, run->to));
        struct box b = {x1 - pad - ts.w, yc - ts.h / 2, ts.w, ts.h}; /* at the run's end */
        if (b.x < x0 + pad || !boxset_free_at(&mc->placed, &b, 1.5))
            continue;
        uint32_t fill = style_status_fill(&mc->style, m->periods[i].status);
        struct item *it = layout_text(mc->l, mc->ctx, text, f, 0, ALIGN_LEFT, b.x, b.y,
                                      style_ink_on(fill), "former-name");
        if (it) {
            date_from_days(run->from, &it->from);
            date_from_days(run->to, &it->to);
            it->has_from = it->has_to = true;
            item_set(mc->l, &it->ref, m->id);
        }
        if (!boxset_add(&mc->placed, b))
            mc->l->nomem = true;
        return;
    }
}

/* Each name m had before the chart's date, inside its bars where it applied. */
static void former_names(struct mchart *mc, const struct member *m, double yc)
{
    struct name_run *runs = NULL;
    size_t n = 0;
    if (!m->n_names || !m->n_periods)
        return;
    if (!model_name_runs(m, date_start(&m->periods[0].from), mc->cut, &runs, &n)) {
        mc->l->nomem = true;
        return;
    }
    const struct mtext *now = model_name_at(m, mc->cut);
    for (size_t i = 0; i < n; i++)
        if (runs[i].name != now)
            former_name(mc, m, &runs[i], yc);
    free(runs);
}

/* "→ Czechia, Slovakia" after the last bar of a state that others succeeded, in their names
 * on the chart's date: the reader finds the successors' rows by name. */
static void successor_note(struct mchart *mc, const struct member *m, double yc, double bh)
{
    int *succ = NULL;
    size_t n = 0;
    double end = -INFINITY;
    if (!model_successors(mc->doc, (int)(m - mc->doc->members), &succ, &n)) {
        mc->l->nomem = true;
        return;
    }
    for (size_t i = 0; i < m->n_periods; i++) {
        double d0, d1;
        bool open;
        if (visible_period(mc, &m->periods[i], &d0, &d1, &open))
            end = fmax(end, scale_x(&mc->ts, d1) + (open ? bh * 0.6 + 1 : 0));
    }
    struct strbuf b = {0};
    for (size_t i = 0; i < n; i++)
        if (mc->doc->members[succ[i]].n_periods &&
            date_start(&mc->doc->members[succ[i]].periods[0].from) <= mc->cut)
            strbuf_add(&b, "%s%s", b.len ? i18n_list_sep(mc->opts->lang_code) : "\u2192 ",
                       chart_text(mc->opts, model_name_at(&mc->doc->members[succ[i]], mc->cut)));
    free(succ);
    if (b.nomem)
        mc->l->nomem = true;
    if (b.len && end > -INFINITY) {
        const struct font *f = &mc->date_font;
        struct text_size ts;
        text_measure(mc->ctx, b.s, f, 0, ALIGN_LEFT, &ts);
        double x = end + f->size * 0.5;
        if (x + ts.w <= mc->opts->width - mc->opts->margin) {
            struct item *it = layout_text(mc->l, mc->ctx, b.s, f, 0, ALIGN_LEFT, x, yc - ts.h / 2,
                                          mc->opts->theme.muted, "successors");
            if (it)
                item_set(mc->l, &it->ref, m->id);
        }
    }
    strbuf_finish(&b);
}

/* What the model adds to a row after its bars (the suspensions go with each bar): former names
 * and successors. */
static void row_model_marks(struct mchart *mc, const struct member *m, double yc, double bh)
{
    former_names(mc, m, yc);
    successor_note(mc, m, yc, bh);
}

static void member_row(struct mchart *mc, const struct row *r, double y)
{
    const struct member *m = &mc->doc->members[r->member];
    const struct chart_opts *o = mc->opts;
    double bh = mc->row_h * BAR_FILL, yc = y + mc->row_h / 2;
    struct text_size ts;
    text_measure(mc->ctx, r->name, &mc->name_font, 0, ALIGN_LEFT, &ts);
    layout_text(mc->l, mc->ctx, r->name, &mc->name_font, 0, ALIGN_LEFT, o->margin + mc->indent,
                yc - ts.h / 2, o->theme.text, "name");
    mc->placed.n = 0;
    struct span_px prev = {0}, *has_prev = NULL;
    for (size_t i = 0; i < m->n_periods; i++) {
        const struct period *p = &m->periods[i];
        double d0, d1;
        bool open;
        if (!visible_period(mc, p, &d0, &d1, &open))
            continue;
        double x0 = scale_x(&mc->ts, d0), x1 = scale_x(&mc->ts, d1);
        struct item *bar = add_bar(mc, m, p, (struct box){x0, yc - bh / 2, x1 - x0, bh}, open, d1);
        if (!bar)
            return;
        /* hatched suspensions lie under the labels too: they get a plain patch */
        struct span_px cur = {x0, x1, bar->fill, bar->pattern != PATTERN_NONE || p->n_suspended};
        suspension_overlays(mc, m, p, yc, bh);
        if (open)
            add_continues(mc, bar);
        if (!repeats(mc->above, mc->n_above, d0)) {
            if (date_label(mc, p, cur, has_prev, yc))
                remember(mc, d0);
        } else {
            remember(mc, d0); /* a run of repeats keeps skipping */
        }
        prev = cur;
        has_prev = &prev;
    }
    row_model_marks(mc, m, yc, bh);
    next_row(mc);
}

static void header_row(struct mchart *mc, const struct row *r, double y, bool first)
{
    const struct chart_opts *o = mc->opts;
    struct text_size ts;
    char *text = header_text(mc, r);
    if (!text) {
        mc->l->nomem = true;
        return;
    }
    text_measure(mc->ctx, text, &mc->header_font, 0, ALIGN_LEFT, &ts);
    double ty = y + mc->header_h - ts.h - mc->row_h * 0.12;
    struct item *it = layout_text(mc->l, mc->ctx, text, &mc->header_font, 0, ALIGN_LEFT, o->margin,
                                  ty, o->theme.text, "group");
    free(text);
    if (it && r->group >= 0)
        item_set(mc->l, &it->status, mc->doc->statuses[r->group].id);
    if (!first)
        layout_line(mc->l, o->margin, y + 0.5, o->width - o->margin, y + 0.5, o->theme.grid, 0.5,
                    "group-rule");
}

static double rows_height(const struct mchart *mc, size_t n)
{
    double h = 0;
    for (size_t i = 0; i < n; i++)
        h += mc->rows[i].member >= 0 ? mc->row_h : mc->header_h;
    return h;
}

/* Light bands behind every other member row keep long rows traceable. */
static void row_bands(struct mchart *mc, double y)
{
    size_t k = 0;
    for (size_t i = 0; i < mc->n_rows; i++) {
        const struct row *r = &mc->rows[i];
        if (r->member < 0) {
            k = 0;
            y += mc->header_h;
            continue;
        }
        if (k++ % 2 == 1)
            layout_rect(mc->l, ITEM_BAND,
                        (struct box){mc->opts->margin, y, mc->opts->width - 2 * mc->opts->margin,
                                     mc->row_h},
                        mc->opts->theme.band, "row-band");
        y += mc->row_h;
    }
}

static void draw_rows(struct mchart *mc, double y)
{
    mc->n_above = 0;
    for (size_t i = 0; i < mc->n_rows; i++) {
        const struct row *r = &mc->rows[i];
        if (r->member < 0) {
            header_row(mc, r, y, i == 0);
            mc->n_above = 0;
            y += mc->header_h;
        } else {
            member_row(mc, r, y);
            y += mc->row_h;
        }
    }
}

/* ---------------------------------------------------------------- page */

static void legend(struct mchart *mc, struct legend *lg)
{
    for (size_t i = 0; i < mc->doc->n_statuses; i++) {
        int s = mc->style.by_rank[i];
        if (mc->present[s])
            legend_add(lg,
                       (struct legend_entry){.color = style_status_fill(&mc->style, s),
                                             .pattern = style_status_pattern(&mc->style, s),
                                             .kind = LEGEND_SWATCH,
                                             .status = mc->doc->statuses[s].id},
                       chart_text(mc->opts, &mc->doc->statuses[s].label));
    }
    legend_suspended(mc, lg);
}

/* Under a fixed height: shrink rows down to MIN_FONT, then leave the last rows out. */
static void fit_rows(struct mchart *mc, double avail)
{
    double n_m = 0, n_h = 0;
    for (size_t i = 0; i < mc->n_rows; i++)
        *(mc->rows[i].member >= 0 ? &n_m : &n_h) += 1;
    double units = n_m + HEADER_ROWS * n_h, full = mc->opts->fonts.label.size;
    /* Tighter rows first: a larger font in less air reads better than a tiny one. A page with
     * room to spare gets taller rows, so that a few members still fill a slide. */
    double lines = units * ROW_LINES * full <= avail ? ROW_LINES : TIGHT_LINES;
    if (units > 0 && lines == ROW_LINES)
        lines = fmin(avail / (units * full), LOOSE_LINES);
    double size = fmin(full, units > 0 ? avail / (units * lines) : full);
    set_fonts(mc, fmax(size, MIN_FONT), lines);
    size_t n = mc->n_rows;
    if (rows_height(mc, n) > avail + 1e-6)
        avail -= mc->row_h; /* room for the "Not shown: N" note */
    while (n > 0 && rows_height(mc, n) > avail + 1e-6)
        n--;
    while (n > 0 && mc->rows[n - 1].member < 0)
        n--;
    for (size_t i = n; i < mc->n_rows; i++)
        mc->n_dropped += mc->rows[i].member >= 0;
    mc->n_rows = n;
    if (mc->n_dropped)
        chart_warn(mc->opts->state,
                   "%zu of %zu members left out: the chart is too short for them at a legible "
                   "size (give a larger --height or use --as-of / fewer members)",
                   mc->n_dropped, mc->n_members);
}

/* "Not shown: 3" under the rows. */
static void left_out_note(struct mchart *mc, double y)
{
    const struct chart_opts *o = mc->opts;
    struct strbuf b = {0};
    i18n_value_label_add(&b, o->lang_code, i18n_word(o->lang_code, W_LEFT_OUT), (int)mc->n_dropped);
    if (b.nomem)
        mc->l->nomem = true;
    else
        layout_text(mc->l, mc->ctx, b.s, &mc->name_font, 0, ALIGN_LEFT, o->margin, y,
                    o->theme.muted, "left-out");
    strbuf_finish(&b);
}

static bool plot_page(struct mchart *mc, const struct legend *lg)
{
    const struct chart_opts *o = mc->opts;
    struct layout *l = mc->l;
    struct frame fr;
    bool top_axis = mc->n_members > 20;
    double axis_h = axis_height(mc->ctx, o);
    frame_open(&fr, l, mc->ctx, o, lg);
    double flags_bottom = fr.top + mc->levels * mc->level_h;
    double rows_top = flags_bottom + (top_axis ? axis_h + o->gap * 0.2 : o->gap * 0.3);
    if (fr.fixed)
        fit_rows(mc, frame_bottom(&fr) - axis_h - rows_top);
    double rows_bottom = rows_top + rows_height(mc, mc->n_rows);
    if (mc->n_dropped)
        left_out_note(mc, rows_bottom + axis_h + mc->row_h * 0.05);
    row_bands(mc, rows_top);
    axis_grid(l, mc->ctx, o, &mc->ts, rows_top, rows_bottom);
    draw_rows(mc, rows_top);
    mc->flags_bottom = flags_bottom;
    draw_flags(mc, top_axis ? rows_top - o->gap * 0.2 : flags_bottom, rows_bottom);
    if (top_axis)
        axis_layout(l, mc->ctx, o, &mc->ts, rows_top - o->gap * 0.2, true);
    axis_layout(l, mc->ctx, o, &mc->ts, rows_bottom, false);
    frame_close(&fr, rows_bottom + axis_h);
    return !l->nomem;
}

/* ---------------------------------------------------------------- alt text */

static void alt_counts(struct mchart *mc, struct strbuf *b)
{
    char date[96];
    i18n_date(mc->opts->lang_code, &mc->opts->as_of, date, sizeof date);
    strbuf_add(b, " On %s:", date);
    bool any = false;
    for (size_t i = 0; i < mc->doc->n_statuses; i++) {
        int s = mc->style.by_rank[i], n = 0;
        for (size_t k = 0; k < mc->doc->n_members; k++) {
            const struct period *p = model_period_at(&mc->doc->members[k], mc->cut);
            n += p && p->status == s;
        }
        if (n)
            strbuf_add(b, "%s %d %s", any ? "," : "", n,
                       chart_text(mc->opts, &mc->doc->statuses[s].label));
        any = any || n;
    }
    strbuf_add(b, "%s.", any ? "" : " none");
}

static void alt_accessions(struct mchart *mc, struct strbuf *b)
{
    int top = -1;
    for (size_t i = 0; i < mc->doc->n_statuses && top < 0; i++)
        if (mc->present[mc->style.by_rank[i]])
            top = mc->style.by_rank[i];
    if (top < 0)
        return;
    strbuf_add(b, " Became %s:", chart_text(mc->opts, &mc->doc->statuses[top].label));
    /* The starts sorted by day, then member: one pass per day over every period made many
     * accession days quadratic. */
    size_t n = 0;
    struct model_start *st = model_starts(mc->doc, top, mc->cut, &n);
    if (!st) {
        b->nomem = true;
        return;
    }
    for (size_t i = 0; i < n; i++) {
        if (i == 0 || st[i].day != st[i - 1].day) {
            struct date dd;
            char date[96];
            date_from_days(st[i].day, &dd);
            i18n_date(mc->opts->lang_code, &dd, date, sizeof date);
            strbuf_add(b, "%s %s", i ? ";" : "", date);
        }
        strbuf_add(b, "%s %s", i == 0 || st[i].day != st[i - 1].day ? "" : ",",
                   chart_text(mc->opts, &mc->doc->members[st[i].member].name));
    }
    free(st);
    strbuf_add(b, ".");
}

static bool alt_text(struct mchart *mc)
{
    struct strbuf b = {0};
    char d0[96], d1[96];
    struct date from;
    double first = mc->cut;
    for (size_t i = 0; i < mc->n_rows; i++)
        if (mc->rows[i].member >= 0)
            first = fmin(first, mc->rows[i].first_day);
    date_from_days(first, &from);
    i18n_date(mc->opts->lang_code, &from, d0, sizeof d0);
    i18n_date(mc->opts->lang_code, &mc->opts->as_of, d1, sizeof d1);
    strbuf_add(&b,
               "Membership chart%s%s: one row per member (%zu), with a bar for each status "
               "period from %s to %s, coloured by status.",
               mc->opts->title && *mc->opts->title ? ", " : "",
               mc->opts->title ? mc->opts->title : "", mc->n_members, d0, d1);
    alt_counts(mc, &b);
    alt_accessions(mc, &b);
    if (b.nomem) {
        strbuf_finish(&b);
        return false;
    }
    free(mc->l->alt_text);
    mc->l->alt_text = strbuf_take(&b);
    return true;
}

static void free_chart(struct mchart *mc)
{
    style_finish(&mc->style);
    free(mc->present);
    free(mc->rows);
    free(mc->flags);
    free(mc->flag_text);
    free(mc->flag_day);
    boxset_finish(&mc->placed);
    free(mc->above);
    free(mc->here);
}

bool membership_layout(const struct ml_doc *doc, const struct chart_opts *opts,
                       struct text_ctx *ctx, struct layout *out, struct ml_error *err)
{
    struct mchart mc = {.doc = doc, .opts = opts, .ctx = ctx, .l = out};
    struct legend lg = {0};
    mc.cut = date_start(&opts->as_of);
    set_fonts(&mc, opts->fonts.label.size, ROW_LINES);
    bool ok = rank_statuses(&mc) && collect_rows(&mc);
    if (ok) {
        time_scale(&mc);
        legend(&mc, &lg);
        style_warn_alike(&mc.style, opts, mc.present);
        ok = !lg.nomem && collect_flags(&mc) && plot_page(&mc, &lg) && alt_text(&mc);
    }
    legend_finish(&lg);
    free_chart(&mc);
    if (!ok || out->nomem) {
        out->nomem = true;
        error_first(err, ML_ERROR_NOMEM, "out of memory while laying out the membership chart");
        return false;
    }
    return true;
}
