/* The membership chart: one row per member, one bar per status period, coloured by status,
 * grouped by the status each member holds on the chart's date. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

#define MIN_TEXT 7.0      /* the smallest type on a page */
#define SLIDE_TEXT 0.0125 /* ... and on a slide, as a share of its width (as the timeline) */
#define ROW_LINES 1.85    /* row height in multiples of the row font size */
#define TIGHT_LINES 1.55  /* the same when a fixed height is tight */
#define LOOSE_LINES 3.0   /* at most this when a fixed height has room to spare (a slide) */
#define BAR_FILL 0.64     /* bar height as a share of the row height */
#define HEADER_ROWS 1.3
#define MAX_LEVELS 8
#define NONE_RANK 1000000

#define NOTE_ROW (-2)  /* struct row.member of the "N more rows not shown" line */
#define LATER_ROW (-3) /* struct row.member of the "N members join after the chart's date" line */

struct row {
    int member; /* index into doc->members; -1 for a group header, NOTE_ROW or LATER_ROW */
    int group;  /* status index the row is grouped under; -1 for no status */
    int count;  /* header: members in the group shown */
    int total;  /* header: members in the group, --max-rows or not */
    bool founder;
    double first_day, best_day;
    const struct date *first_date; /* as the data gives it, for the alt text */
    int best_rank, now_rank;
    const char *name;
    size_t order;
    const char *sort; /* the --sort key and --group, copied into every row because qsort */
    bool grouped;     /* passes no context (and statics would not be thread-safe) */
    bool cont;        /* a header repeated on a later page */
};

/* A bar as drawn, for placing the labels around it. */
struct span_px {
    double x0, x1;
    uint32_t fill;
    bool patterned; /* the status's own pattern */
    double hatch;   /* where the first suspension's hatching starts (else x1): a label inside
                       the bar ends before it, so that the start stays in sight */
    double end;     /* where the bar and its "continues" chevron end */
    double limit;   /* where the next bar of the row starts (or the page's edge) */
    bool now;       /* the period holds on the chart's date */
    bool open;
    double inset; /* the faded start of an approximate date, kept free of text */
    const struct period *p;
};

/* Everything one membership layout works with. */
struct mchart {
    const struct ml_doc *doc;
    const struct chart_opts *opts; /* &o */
    struct chart_opts o;           /* the caller's, with no type below min_text */
    double min_text;
    struct text_ctx *ctx;
    struct layout *l;
    double cut; /* the as-of day: nothing after it is shown */
    struct style style;
    bool *present; /* status index -> shown in some bar */
    struct row *rows;
    size_t n_rows, n_members, n_left_out;
    size_t n_later;  /* members whose first period starts after the chart's date */
    struct row *all; /* every row; rows and n_rows are the page being laid out */
    size_t n_all;
    size_t *page_start; /* index into all of each page's first row */
    size_t n_pages, cap_pages;
    double name_w;         /* the name column, indent included */
    struct span_px *spans; /* the bars of the row being laid out */
    size_t n_spans, cap_spans;
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
        int rank = mc->style.rank_pos[p->status]; /* the one rank order (style.c) */
        if (!any) {
            r->first_day = d0;
            r->first_date = &p->from;
        }
        any = true;
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
    struct row *out = malloc((2 * n + 3) * sizeof *out); /* headers, rows and the two notes */
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

/* A row's status rank on the chart's date and its place in the chart's order. */
struct rank_at {
    int rank;
    size_t at;
};

static int cmp_rank(const void *pa, const void *pb)
{
    const struct rank_at *a = pa, *b = pb;
    int c = cmp_num(a->rank, b->rank);
    return c ? c : cmp_num((double)a->at, (double)b->at);
}

/* --max-rows N: the N members with the best status on the chart's date, in the chart's order;
 * the others are counted for the note that says so. */
static bool keep_top(struct mchart *mc)
{
    size_t max = mc->opts->user->max_rows > 0 ? (size_t)mc->opts->user->max_rows : 0;
    if (max == 0 || mc->n_rows <= max)
        return true;
    struct rank_at *by_rank = malloc(mc->n_rows * sizeof *by_rank);
    bool *keep = calloc(mc->n_rows, sizeof *keep);
    if (!by_rank || !keep) {
        free(by_rank);
        free(keep);
        return false;
    }
    for (size_t i = 0; i < mc->n_rows; i++)
        by_rank[i] = (struct rank_at){mc->rows[i].now_rank, i};
    qsort(by_rank, mc->n_rows, sizeof *by_rank, cmp_rank);
    for (size_t i = 0; i < max; i++)
        keep[by_rank[i].at] = true;
    size_t k = 0;
    for (size_t i = 0; i < mc->n_rows; i++)
        if (keep[i])
            mc->rows[k++] = mc->rows[i];
    mc->n_left_out = mc->n_rows - k;
    mc->n_rows = k;
    free(by_rank);
    free(keep);
    return true;
}

/* The statuses the drawn rows show (after --max-rows), for the legend: it lists what the
 * chart draws, not what the data holds. */
static void mark_present(struct mchart *mc)
{
    for (size_t i = 0; i < mc->n_rows; i++) {
        const struct member *m = &mc->doc->members[mc->rows[i].member];
        for (size_t k = 0; k < m->n_periods; k++) {
            double d0, d1;
            bool open;
            if (visible_period(mc, &m->periods[k], &d0, &d1, &open))
                mc->present[m->periods[k].status] = true;
        }
    }
}

/* A group's place in a per-group array: its status, or the last for former members. */
static size_t group_slot(const struct mchart *mc, int group)
{
    return group >= 0 ? (size_t)group : mc->doc->n_statuses;
}

static bool collect_rows(struct mchart *mc)
{
    const struct ml_doc *doc = mc->doc;
    mc->rows = malloc((doc->n_members + 2) * sizeof *mc->rows); /* and the two notes */
    if (!mc->rows)
        return false;
    mc->n_rows = 0;
    double earliest = INFINITY;
    for (size_t i = 0; i < doc->n_members; i++) {
        if (row_keys(mc, (int)i, &mc->rows[mc->n_rows]))
            earliest = fmin(earliest, mc->rows[mc->n_rows++].first_day);
        else if (doc->members[i].n_periods) /* every period after the chart's date */
            mc->n_later++;
    }
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
    /* Each group's size before --max-rows, so that a header can say "20 of 193". */
    int *total = calloc(doc->n_statuses + 1, sizeof *total);
    if (!total)
        return false;
    for (size_t i = 0; i < mc->n_rows; i++)
        total[group_slot(mc, mc->rows[i].group)]++;
    bool ok = keep_top(mc);
    if (ok)
        mark_present(mc);
    ok = ok && (!mc->grouped || mc->n_rows == 0 || insert_headers(mc));
    for (size_t i = 0; ok && i < mc->n_rows; i++)
        if (mc->rows[i].member == -1)
            mc->rows[i].total = total[group_slot(mc, mc->rows[i].group)];
    free(total);
    return ok;
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
                                      : i18n_word(mc->opts->lang_code, W_FORMER_MEMBERS);
    if (r->total > r->count) { /* --max-rows left some of the group out */
        char shown[64], all[64];
        i18n_number(mc->opts->lang_code, r->count, shown, sizeof shown);
        i18n_number(mc->opts->lang_code, r->total, all, sizeof all);
        i18n_sentence_add(&b, mc->opts->lang_code, S_GROUP_OF, label, shown, all, 0);
    } else {
        i18n_count_label_add(&b, mc->opts->lang_code, label, r->count);
    }
    if (r->cont)
        strbuf_add(&b, " (%s)", i18n_word(mc->opts->lang_code, W_CONTINUED));
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
        if (r->member < -1) /* the notes run the whole width */
            continue;
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
    /* Longer names are shortened with an ellipsis (short_name). */
    return fmin(w, mc->opts->width * 0.25);
}

static void set_fonts(struct mchart *mc, double size, double lines)
{
    const struct fonts *f = &mc->opts->fonts;
    size = fmax(size, mc->min_text);
    mc->name_font = f->label;
    mc->name_font.size = size;
    mc->date_font = f->small;
    mc->date_font.size = fmax(size * 0.8, mc->min_text);
    mc->header_font = f->header;
    mc->header_font.size = fmax(size * 0.98, mc->min_text);
    mc->row_h = size * lines;
    mc->header_h = mc->row_h * HEADER_ROWS;
}

static void edge_text(const char *lang, const struct date *d, bool year_only, char *buf,
                      size_t size);
static double min_bar(const struct mchart *mc);

/* The room a row's period that holds on the chart's date needs past the as-of line for its
 * start date: when its bar is too narrow for the date and the bar before it leaves no gap,
 * the date goes after its end (never on the bar before, which keeps its own date). 0 when
 * it needs none. */
static double row_right_room(struct mchart *mc, const struct member *m, const struct font *f)
{
    double pad = f->size * 0.45, prev_x1 = -INFINITY;
    for (size_t i = 0; i < m->n_periods; i++) {
        double d0, d1;
        bool open;
        if (!visible_period(mc, &m->periods[i], &d0, &d1, &open))
            continue;
        double x0 = scale_x(&mc->ts, d0), x1 = scale_x(&mc->ts, d1);
        x0 = fmin(x0, x1 - min_bar(mc));
        if (d1 >= mc->cut && prev_x1 > -INFINITY) {
            char text[128];
            edge_text(mc->opts->lang_code, &m->periods[i].from, false, text, sizeof text);
            double w = text_width(mc, text, f);
            bool inside = x1 - x0 >= w + 2 * pad, before = x0 - 1.5 * pad - w >= prev_x1;
            return inside || before ? 0 : w + 2 * pad;
        }
        prev_x1 = x1;
    }
    return 0;
}

/* Room at the right for the dates that go after their bars (row_right_room). */
static double right_room(struct mchart *mc)
{
    const struct font *f = mc->date_font.size > 0 ? &mc->date_font : &mc->opts->fonts.small;
    double need = 0;
    for (size_t i = 0; i < mc->n_rows; i++)
        if (mc->rows[i].member >= 0)
            need = fmax(need, row_right_room(mc, &mc->doc->members[mc->rows[i].member], f));
    return need;
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
    mc->name_w = name_column(mc);
    mc->ts.x0 = o->margin + mc->name_w + o->gap;
    mc->ts.x1 = o->width - o->margin - mc->row_h * BAR_FILL * 0.6 - 2;
    /* Twice: the room taken makes the bars narrower, so that more may need it. */
    double x1 = mc->ts.x1, need = right_room(mc);
    if (need > 0 && x1 - need > mc->ts.x0 + (x1 - mc->ts.x0) * 0.75) {
        mc->ts.x1 = x1 - need;
        need = fmax(need, right_room(mc));
        mc->ts.x1 = x1 - fmin(need, (x1 - mc->ts.x0) * 0.25);
    }
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
    bool again = mc->flags != NULL; /* laid out again for narrower names: warned already */
    free(mc->flags);
    free(mc->flag_text);
    free(mc->flag_day);
    mc->n_flags = 0;
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
    if (spec && *spec && marked == 0 && !again)
        chart_warn(mc->opts->state, "--mark %s matches no event up to the chart's date", spec);
    const struct font *f = &mc->opts->fonts.small;
    mc->level_h = mc->flags[mc->n_flags - 1].h + f->size * 0.35;
    mc->levels = flags_place(mc->flags, mc->n_flags, mc->ts.x0 - mc->opts->gap,
                             mc->opts->width - mc->opts->margin, f->size * 0.6, mc->level_h,
                             again ? mc->levels : MAX_LEVELS);
    for (size_t i = 0; i + 1 < mc->n_flags && !again; i++)
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

/* d as a label keeps its precision and says when it is approximate ("c. 1360", "c. Apr
 * 1420"); year_only drops the month. */
static void edge_text(const char *lang, const struct date *d, bool year_only, char *buf,
                      size_t size)
{
    struct date c = *d;
    if (year_only || date_precision(d) == DATE_YEAR) {
        c.month = 0;
        c.day = 0;
    } else {
        c.day = 0;
    }
    if (c.approx)
        i18n_date(lang, &c, buf, size);
    else
        i18n_tick(lang, &c, c.month ? DATE_MONTH : DATE_YEAR, buf, size);
}

/* Put text at the first free one of the boxes; false when none is free. A label never lies
 * on a neighbouring bar: it is inside its own bar, in the gap before it, or after its end. */
/* Does [x0, x1] keep clear of every bar of the row? */
static bool clear_of_bars(const struct mchart *mc, double x0, double x1)
{
    for (size_t k = 0; k < mc->n_spans; k++)
        if (mc->spans[k].x0 < x1 && x0 < mc->spans[k].end)
            return false;
    return true;
}

/* A plain patch of the bar's colour behind a label on a patterned bar, the bar's full height:
 * a patch as tall as the text would leave stubs of the pattern above and below it. */
static void label_patch(struct mchart *mc, const struct box *b, const struct span_px *bar,
                        double yc)
{
    double bh = mc->row_h * BAR_FILL, x0 = bar->x0 + bar->inset; /* no stub before it either */
    struct item *it =
        layout_rect(mc->l, ITEM_RECT, (struct box){x0, yc - bh / 2, b->x + b->w + 1.5 - x0, bh},
                    bar->fill, "label-patch");
    if (it)
        it->radius = fmin(2.0, bh * 0.15); /* add_bar's: the bar's rounded start stays round */
}

/* What holds on the chart's date is labelled, however narrow its bar, when the room after
 * its end (time_scale keeps some) is taken: in front of it with a leader, in the gap before
 * the bar (or, when far, before the bar before it, whose own date then yields), never on a
 * neighbouring bar. Sets *b and *ink; false when no gap is free. */
static bool callout(struct mchart *mc, const struct span_px *bar, const struct span_px *prev,
                    double yc, bool far, struct box *b, uint32_t *ink)
{
    double pad = mc->date_font.size * 0.45;
    b->x = bar->x0 - pad - b->w;
    if (prev && !clear_of_bars(mc, b->x - pad * 0.5, b->x + b->w)) {
        if (!far)
            return false;
        b->x = prev->x0 - pad - b->w;
        if (!clear_of_bars(mc, b->x, b->x + b->w))
            return false;
    }
    if (b->x < mc->ts.x0 || !boxset_free_at(&mc->placed, b, 1.5))
        return false;
    *ink = mc->opts->theme.muted;
    layout_line(mc->l, b->x + b->w + 1, yc, bar->x0, yc, *ink, 0.8, "label-leader");
    return true;
}

/* Put text inside its own bar, in the gap before it or after its end, never on a neighbouring
 * bar (a label of what holds on the chart's date: see callout, in the gap before the bar
 * before only when start is 2). start 0: an end's label, after the bar only. False when
 * nowhere is free. */
static bool place_label(struct mchart *mc, const char *text, const struct span_px *bar,
                        const struct span_px *prev, double yc, int start, const char *role)
{
    const struct font *f = &mc->date_font;
    double pad = f->size * 0.45;
    struct text_size ts;
    text_measure(mc->ctx, text, f, 0, ALIGN_LEFT, &ts);
    double y = yc - ts.h / 2;
    struct box in = {bar->x0 + bar->inset + pad, y, ts.w, ts.h};
    struct box before = {bar->x0 - pad - ts.w, y, ts.w, ts.h};
    struct box after = {bar->end + pad, y, ts.w, ts.h};
    struct box out = before;
    struct box *pick = NULL;
    uint32_t ink = mc->opts->theme.muted;
    if (start && in.x + in.w + pad <= fmin(fmin(bar->x1, bar->limit), bar->hatch) &&
        boxset_free_at(&mc->placed, &in, 1.5)) {
        pick = &in;
        ink = style_ink_on(bar->fill);
        if (bar->patterned) /* the pattern would eat the text */
            label_patch(mc, &in, bar, yc);
    } else if (start && before.x >= mc->ts.x0 &&
               clear_of_bars(mc, before.x - pad * 0.5, before.x + before.w) &&
               boxset_free_at(&mc->placed, &before, 1.5)) {
        pick = &before;
    } else if (after.x + after.w <= bar->limit - pad * 0.5 &&
               boxset_free_at(&mc->placed, &after, 1.5)) {
        pick = &after;
    } else if (start && bar->now && callout(mc, bar, prev, yc, start > 1, &out, &ink)) {
        pick = &out;
    }
    if (!pick)
        return false;
    layout_text(mc->l, mc->ctx, text, f, 0, ALIGN_LEFT, pick->x, pick->y, ink, role);
    if (!boxset_add(&mc->placed, *pick))
        mc->l->nomem = true;
    return true;
}

/* The period's start date as "Jun 2017" when it fits, else "2017", else nothing. */
static bool date_label(struct mchart *mc, const struct period *p, const struct span_px *bar,
                       const struct span_px *prev, double yc)
{
    char text[2][128];
    edge_text(mc->opts->lang_code, &p->from, false, text[0], sizeof text[0]);
    edge_text(mc->opts->lang_code, &p->from, true, text[1], sizeof text[1]);
    /* The long form, the short one, and only then either in front of the bar before. */
    for (int k = 0; k < 4; k++)
        if (place_label(mc, text[k % 2], bar, prev, yc, 1 + k / 2, "change-date"))
            return true;
    return false;
}

static double approx_w(const struct span_px *bar, double h)
{
    return fmin((bar->x1 - bar->x0) * 0.25, h);
}

/* An approximate edge fades into the background, and an approximate end says "c. 1471". A
 * coarse end (a year or a month, "to": "1471") goes on, faded, to the end of that year or
 * month, unless the next period starts there. */
static void approx_edges(struct mchart *mc, const struct period *p, const struct span_px *bar,
                         double y, double h, bool open)
{
    uint32_t veil = (mc->opts->theme.background & 0xffffff00u) | 0x99u;
    double w = approx_w(bar, h);
    if (p->from.approx)
        layout_rect(mc->l, ITEM_RECT, (struct box){bar->x0, y, w, h}, veil, "approx-start");
    if (open)
        return;
    double coarse = fmin(scale_x(&mc->ts, date_end(&p->to)), bar->limit) - bar->x1;
    if (date_precision(&p->to) != DATE_DAY && coarse >= 1)
        layout_rect(mc->l, ITEM_RECT, (struct box){bar->x1, y, coarse, h},
                    (bar->fill & 0xffffff00u) | 0x55u, "coarse-end");
    char text[128];
    if (!p->to.approx) {
        /* A period that ends before the next begins (or the last: a member that left) says
         * when, after its end, where the row has room: that is when a state left. */
        struct span_px past = *bar;
        past.end = fmax(bar->end, bar->x1 + fmax(coarse, 0));
        edge_text(mc->opts->lang_code, &p->to, false, text, sizeof text);
        if (bar->limit > bar->x1 + 0.5)
            place_label(mc, text, &past, NULL, y + h / 2, 0, "end-date");
        return;
    }
    layout_rect(mc->l, ITEM_RECT, (struct box){bar->x1 - w, y, w, h}, veil, "approx-end");
    struct span_px past = *bar; /* the label goes after the faded year too */
    past.end = fmax(bar->end, bar->x1 + fmax(coarse, 0));
    edge_text(mc->opts->lang_code, &p->to, false, text, sizeof text);
    place_label(mc, text, &past, NULL, y + h / 2, 0, "end-date");
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

/* n cut back to a character boundary of s. */
static size_t char_floor(const char *s, size_t n)
{
    while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
        n--;
    return n;
}

/* s[0, head) "…", then tail[0, n_tail) and "…" when that cuts tail short; NULL when memory
 * runs out. */
static char *join_cut(const char *s, size_t head, const char *tail, size_t n_tail)
{
    struct strbuf b = {0};
    head = char_floor(s, head);
    strbuf_add(&b, "%.*s\u2026", (int)head, s);
    if (tail) {
        size_t n = char_floor(tail, n_tail);
        strbuf_add(&b, "%.*s%s", (int)n, tail, tail[n] ? "\u2026" : "");
    }
    if (b.nomem) {
        strbuf_finish(&b);
        return NULL;
    }
    return strbuf_take(&b);
}

/* The longest n in [0, max] for which join_cut (n as the head, or as the tail's length when
 * tail is given) fits room. */
static size_t longest_cut(struct mchart *mc, const char *s, size_t head, const char *tail,
                          size_t max, double room)
{
    size_t lo = 0, hi = max + 1;
    while (lo + 1 < hi) {
        size_t mid = (lo + hi) / 2;
        char *t = tail ? join_cut(s, head, tail, mid) : join_cut(s, mid, NULL, 0);
        bool fits = t && text_width(mc, t, &mc->name_font) <= room;
        free(t);
        *(fits ? &lo : &hi) = mid;
    }
    return lo;
}

/* Where the name first differs from every other row's: its bytes before that are shared. */
static size_t distinct_from(const struct mchart *mc, const char *name)
{
    size_t d = 0;
    for (size_t i = 0; i < mc->n_all; i++) {
        const char *other = mc->all[i].member >= 0 ? mc->all[i].name : NULL;
        if (!other || other == name)
            continue;
        size_t k = 0;
        while (name[k] && name[k] == other[k])
            k++;
        d = k > d ? k : d;
    }
    return d;
}

/* A name too long for room: "Federated Commonwealth of the Norther…", or, when rows would
 * then read alike, its first word and the part that tells it apart ("Federated…Kalma and
 * Associated Ou…"). NULL when memory runs out. */
static char *short_name(struct mchart *mc, const char *name, double room)
{
    size_t len = strlen(name), d = distinct_from(mc, name);
    size_t keep = longest_cut(mc, name, 0, NULL, len, room);
    const char *space = strchr(name, ' ');
    size_t w = d;
    while (w > 0 && name[w - 1] != ' ')
        w--;
    size_t head = space ? (size_t)(space - name) : len;
    if (keep > d || head >= w)
        return join_cut(name, keep, NULL, 0);
    size_t n = longest_cut(mc, name, head, name + w, len - w, room);
    return n > 0 ? join_cut(name, head, name + w, n) : join_cut(name, keep, NULL, 0);
}

static bool name_fits(struct mchart *mc, const struct row *r)
{
    return text_width(mc, r->name, &mc->name_font) <= mc->name_w - mc->indent + 0.5;
}

/* The member's name in the name column: shortened with an ellipsis when longer than the
 * column (the item keeps the whole name as its full text, and the alt text names it), and
 * against the plot in a right-to-left language. */
/* Where a text of width w in the name column starts: indent from the column's start, which is
 * its left edge, but its right edge in a right-to-left language's chart drawn as it stands. A
 * mirrored chart (--direction rtl) is laid out left to right and then flipped whole
 * (frame_mirror), so its names and headers end flush at the right margin. A text wider than
 * the column (a header, on its own row) keeps within the page. */
static double column_x(const struct mchart *mc, double indent, double w)
{
    const struct chart_opts *o = mc->opts;
    if (!i18n_rtl(o->lang_code) || o->mirror)
        return o->margin + indent;
    return fmax(o->margin, o->margin + mc->name_w - indent - w);
}

static void name_label(struct mchart *mc, const struct row *r, double yc)
{
    const struct chart_opts *o = mc->opts;
    double room = mc->name_w - mc->indent;
    char *cut = NULL;
    if (!name_fits(mc, r) && !(cut = short_name(mc, r->name, room))) {
        mc->l->nomem = true;
        return;
    }
    const char *text = cut ? cut : r->name;
    struct text_size ts;
    text_measure(mc->ctx, text, &mc->name_font, 0, ALIGN_LEFT, &ts);
    double x = column_x(mc, mc->indent, ts.w);
    struct item *it = layout_text(mc->l, mc->ctx, text, &mc->name_font, 0, ALIGN_LEFT, x,
                                  yc - ts.h / 2, o->theme.text, "name");
    bool shortened = cut != NULL;
    free(cut);
    if (it && (!item_set(mc->l, &it->ref, mc->doc->members[r->member].id) ||
               (shortened && !item_set(mc->l, &it->tip, r->name))))
        mc->l->nomem = true;
}

/* The smallest width of a bar: a period of a few days, even one that began the day before the
 * chart's date, is seen and can be told by its colour. */
static double min_bar(const struct mchart *mc)
{
    return fmax(mc->row_h * BAR_FILL * 0.5, 3.0);
}

/* ---------------------------------------------------------------- suspensions, names, successors
 */

/* The hatching over a suspended stretch: one the status's own pattern does not use. */
static enum pattern suspended_pattern(const struct mchart *mc, int status)
{
    return style_status_pattern(&mc->style, status) == PATTERN_HATCH ? PATTERN_CROSS
                                                                     : PATTERN_HATCH;
}

/* Whether some drawn row is suspended within the days shown. */
static bool any_suspension(const struct mchart *mc)
{
    for (size_t r = 0; r < mc->n_rows; r++) {
        if (mc->rows[r].member < 0)
            continue;
        const struct member *m = &mc->doc->members[mc->rows[r].member];
        for (size_t i = 0; i < m->n_periods; i++) {
            const struct period *p = &m->periods[i];
            for (size_t j = 0; j < p->n_suspended; j++)
                if (date_start(&p->suspended[j].from) < mc->cut)
                    return true;
        }
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
        if (runs[i].name !=
                now && /* "Egypt" again after "United Arab Republic" is no former name */
            strcmp(chart_text(mc->opts, runs[i].name), chart_text(mc->opts, now)) != 0)
            former_name(mc, m, &runs[i], yc);
    free(runs);
}

/* The arrow that points forward in time, from a predecessor's last bar to the note: left when
 * the time axis runs right to left (--direction rtl). Arrows are not mirrored by the Unicode
 * bidirectional algorithm, so the chart picks the glyph. */
static const char *time_arrow(const struct mchart *mc)
{
    return mc->opts->mirror ? "\u2190 " : "\u2192 ";
}

/* The successors of m that have started by the chart's date, "→ Czechia, Slovakia" in their
 * names on that date into full, and their count into *n_out. */
static void successor_list(struct mchart *mc, const struct member *m, struct strbuf *full,
                           size_t *n_out)
{
    int *succ = NULL;
    size_t n = 0;
    *n_out = 0;
    if (!model_successors(mc->doc, (int)(m - mc->doc->members), &succ, &n)) {
        mc->l->nomem = true;
        return;
    }
    for (size_t i = 0; i < n; i++) {
        const struct member *s = &mc->doc->members[succ[i]];
        if (s->n_periods && date_start(&s->periods[0].from) <= mc->cut) {
            strbuf_add(full, "%s%s",
                       full->len ? i18n_list_sep(mc->opts->lang_code) : time_arrow(mc),
                       chart_text(mc->opts, model_name_at(s, mc->cut)));
            (*n_out)++;
        }
    }
    free(succ);
}

/* Put the first of the three texts that fits after the bar ending at at[0] (from at[1], on
 * the line at[2]) before the page's edge, else the first that fits inside the bar's end beside
 * its labels, in ink for the status's fill. The shortened ones keep the names as their tip
 * (SVG tooltip, PDF text). False when none fits anywhere. */
static bool place_successors(struct mchart *mc, const struct member *m, struct strbuf text[3],
                             const double at[3], int status)
{
    const struct font *f = &mc->date_font;
    double pad = f->size * 0.45, right = mc->opts->width - mc->opts->margin;
    uint32_t fill = style_status_fill(&mc->style, status);
    double after = at[0] + f->size * 0.5; /* after the bar and any label set beyond its end */
    for (size_t i = 0; i < mc->placed.n; i++)
        if (mc->placed.b[i].x + mc->placed.b[i].w > at[0])
            after = fmax(after, mc->placed.b[i].x + mc->placed.b[i].w + f->size * 0.5);
    for (int inside = 0; inside < 2; inside++)
        for (size_t k = 0; k < 3; k++) {
            struct text_size ts;
            text_measure(mc->ctx, text[k].s ? text[k].s : "", f, 0, ALIGN_LEFT, &ts);
            struct box b = {inside ? at[0] - pad - ts.w : after, at[2] - ts.h / 2, ts.w, ts.h};
            if (inside ? b.x < at[1] + pad || !boxset_free_at(&mc->placed, &b, 1.5)
                       : b.x + b.w > right)
                continue;
            struct item *it =
                layout_text(mc->l, mc->ctx, text[k].s, f, 0, ALIGN_LEFT, b.x, b.y,
                            inside ? style_ink_on(fill) : mc->opts->theme.muted, "successors");
            if (it && (!item_set(mc->l, &it->ref, m->id) ||
                       (k > 0 && !item_set(mc->l, &it->tip, text[0].s))))
                mc->l->nomem = true;
            if (inside && !boxset_add(&mc->placed, b))
                mc->l->nomem = true;
            return true;
        }
    return false;
}

/* The successor note after the last bar of a state that others succeeded: their names when they
 * fit before the page's edge, else "→ 5 successor states", else "→ 5"; the alt text names them
 * all. A note that finds no room at all is a warning, never silence. */
static void successor_note(struct mchart *mc, const struct member *m, double yc, double bh)
{
    double end = -INFINITY, start = 0;
    int last = -1;
    for (size_t i = 0; i < m->n_periods; i++) {
        double d0, d1;
        bool open;
        if (visible_period(mc, &m->periods[i], &d0, &d1, &open) &&
            scale_x(&mc->ts, d1) + (open ? bh * 0.6 + 1 : 0) > end) {
            end = scale_x(&mc->ts, d1) + (open ? bh * 0.6 + 1 : 0);
            start = scale_x(&mc->ts, d0);
            last = (int)i;
        }
    }
    struct strbuf text[3] = {{0}, {0}, {0}};
    size_t n = 0;
    successor_list(mc, m, &text[0], &n);
    if (n && last >= 0) {
        struct strbuf count = {0};
        i18n_sentence_add(&count, mc->opts->lang_code, S_SUCCESSOR_COUNT, NULL, NULL, NULL,
                          (long)n);
        strbuf_add(&text[1], "%s%s", time_arrow(mc), count.s ? count.s : "");
        text[1].nomem = text[1].nomem || count.nomem;
        strbuf_finish(&count);
        char num[64];
        i18n_number(mc->opts->lang_code, (long)n, num, sizeof num);
        strbuf_add(&text[2], "%s%s", time_arrow(mc), num);
        mc->l->nomem = mc->l->nomem || text[0].nomem || text[1].nomem || text[2].nomem;
        if (!place_successors(mc, m, text, (double[3]){end, start, yc},
                              m->periods[(size_t)last].status))
            chart_warn(mc->opts->state, "no room for the successor note of \"%.60s\"",
                       chart_text(mc->opts, model_name_at(m, mc->cut)));
    }
    for (size_t k = 0; k < 3; k++)
        strbuf_finish(&text[k]);
}

/* What the model adds to a row after its bars (the suspensions go with each bar): former names
 * and successors. */
static void row_model_marks(struct mchart *mc, const struct member *m, double yc, double bh)
{
    former_names(mc, m, yc);
    successor_note(mc, m, yc, bh);
}

/* Where the next shown period of m after period i starts, or the page's right edge. */
static double next_start(const struct mchart *mc, const struct member *m, size_t i)
{
    for (size_t k = i + 1; k < m->n_periods; k++) {
        double d0, d1;
        bool open;
        if (visible_period(mc, &m->periods[k], &d0, &d1, &open))
            return scale_x(&mc->ts, d0);
    }
    return mc->opts->width - mc->opts->margin;
}

/* Where the first suspension of p drawn between d0 and d1 starts (x1 when none). */
static double hatch_start(const struct mchart *mc, const struct period *p, double d0, double d1,
                          double x1)
{
    double x = x1;
    for (size_t j = 0; j < p->n_suspended; j++) {
        double a = fmax(date_start(&p->suspended[j].from), d0);
        if (a < d1 && model_suspension_end(p, &p->suspended[j]) >= a)
            x = fmin(x, scale_x(&mc->ts, a));
    }
    return x;
}

/* The bars of a member's row first, then their labels from the last period back: what holds
 * on the chart's date gets its label first, and an earlier label yields to it. */
static void member_row(struct mchart *mc, const struct row *r, double y)
{
    const struct member *m = &mc->doc->members[r->member];
    double bh = mc->row_h * BAR_FILL, yc = y + mc->row_h / 2;
    name_label(mc, r, yc);
    mc->placed.n = 0;
    mc->n_spans = 0;
    for (size_t i = 0; i < m->n_periods; i++) {
        const struct period *p = &m->periods[i];
        double d0, d1;
        bool open;
        if (!visible_period(mc, p, &d0, &d1, &open))
            continue;
        double x0 = scale_x(&mc->ts, d0), x1 = scale_x(&mc->ts, d1);
        if (x1 - x0 < min_bar(mc)) {
            /* Grow away from the chart's date: a period that holds on it ends there. */
            if (d1 >= mc->cut)
                x0 = x1 - min_bar(mc);
            else
                x1 = x0 + min_bar(mc);
        }
        struct item *bar = add_bar(mc, m, p, (struct box){x0, yc - bh / 2, x1 - x0, bh}, open, d1);
        if (!bar ||
            !vec_grow((void **)&mc->spans, &mc->cap_spans, mc->n_spans + 1, sizeof *mc->spans)) {
            mc->l->nomem = true;
            return;
        }
        mc->spans[mc->n_spans++] = (struct span_px){.x0 = x0,
                                                    .x1 = x1,
                                                    .fill = bar->fill,
                                                    .patterned = bar->pattern != PATTERN_NONE,
                                                    .hatch = hatch_start(mc, p, d0, d1, x1),
                                                    .end = x1 + (open ? bh * 0.6 + 1 : 0),
                                                    .limit = next_start(mc, m, i),
                                                    .now = d1 >= mc->cut,
                                                    .open = open,
                                                    .p = p};
        if (p->from.approx)
            mc->spans[mc->n_spans - 1].inset = approx_w(&mc->spans[mc->n_spans - 1], bh);
        suspension_overlays(mc, m, p, yc, bh); /* under the labels, which get a plain patch */
        if (open)
            add_continues(mc, bar);
    }
    /* A bar grown to its least width may reach back over the one before: that one's labels
     * stop where it starts. */
    for (size_t k = 1; k < mc->n_spans; k++)
        mc->spans[k - 1].limit = fmin(mc->spans[k - 1].limit, mc->spans[k].x0);
    for (size_t k = mc->n_spans; k-- > 0;) {
        const struct span_px *cur = &mc->spans[k];
        approx_edges(mc, cur->p, cur, yc - bh / 2, bh, cur->open);
        date_label(mc, cur->p, cur, k ? &mc->spans[k - 1] : NULL, yc);
    }
    row_model_marks(mc, m, yc, bh);
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
    struct item *it = layout_text(mc->l, mc->ctx, text, &mc->header_font, 0, ALIGN_LEFT,
                                  column_x(mc, 0, ts.w), ty, o->theme.text, "group");
    free(text);
    if (it && r->group >= 0)
        item_set(mc->l, &it->status, mc->doc->statuses[r->group].id);
    if (!first)
        layout_line(mc->l, o->margin, y + 0.5, o->width - o->margin, y + 0.5, o->theme.grid, 0.5,
                    "group-rule");
}

static double row_height(const struct mchart *mc, const struct row *r)
{
    return r->member == -1 ? mc->header_h : mc->row_h;
}

static double rows_height(const struct mchart *mc, size_t n)
{
    double h = 0;
    for (size_t i = 0; i < n; i++)
        h += row_height(mc, &mc->rows[i]);
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
            y += row_height(mc, r);
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

/* "12 more rows not shown" (--max-rows) under the last row. */
static void left_out_note(struct mchart *mc, double y)
{
    const struct chart_opts *o = mc->opts;
    char text[256];
    i18n_message(o->lang_code, M_ROWS_NOT_SHOWN, (long)mc->n_left_out, text, sizeof text);
    struct text_size ts;
    text_measure(mc->ctx, text, &mc->name_font, 0, ALIGN_LEFT, &ts);
    layout_text(mc->l, mc->ctx, text, &mc->name_font, 0, ALIGN_LEFT, column_x(mc, 0, ts.w),
                y + (mc->row_h - ts.h) / 2, o->theme.muted, "left-out");
}

/* "5 members join after the chart's date: Ukraine, Moldova ..." under the last row: the chart
 * shows what holds by its date, so these have no row; named when the names fit the width. */
static void later_note(struct mchart *mc, double y)
{
    const struct chart_opts *o = mc->opts;
    struct strbuf names = {0}, text = {0};
    for (size_t k = 0; k < mc->doc->n_members; k++) {
        const struct member *m = &mc->doc->members[k];
        if (m->n_periods && date_start(&m->periods[0].from) > mc->cut)
            strbuf_add(&names, "%s%s", names.len ? i18n_list_sep(o->lang_code) : "",
                       chart_text(o, model_name_at(m, date_start(&m->periods[0].from))));
    }
    struct text_size ts = {0};
    for (int named = mc->n_later <= 8; named >= 0; named--) { /* "few": eight at most */
        text.len = 0;
        if (text.s)
            text.s[0] = '\0';
        i18n_sentence_add(&text, o->lang_code, S_JOINS_LATER_NOTE, names.s ? names.s : "",
                          named ? "named" : "count", NULL, (long)mc->n_later);
        text_measure(mc->ctx, text.s ? text.s : "", &mc->name_font, 0, ALIGN_LEFT, &ts);
        if (ts.w <= o->width - 2 * o->margin)
            break;
    }
    if (!text.nomem && !names.nomem)
        layout_text(mc->l, mc->ctx, text.s, &mc->name_font, 0, ALIGN_LEFT, o->margin,
                    y + (mc->row_h - ts.h) / 2, o->theme.muted, "joins-later");
    else
        mc->l->nomem = true;
    strbuf_finish(&names);
    strbuf_finish(&text);
}

static void draw_rows(struct mchart *mc, double y)
{
    for (size_t i = 0; i < mc->n_rows; i++) {
        const struct row *r = &mc->rows[i];
        if (r->member == NOTE_ROW || r->member == LATER_ROW) {
            if (r->member == NOTE_ROW)
                left_out_note(mc, y);
            else
                later_note(mc, y);
            y += mc->row_h;
        } else if (r->member < 0) {
            header_row(mc, r, y, i == 0);
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

/* No type on the chart below the floor: 7 pt on a page, 1.25% of the width on a slide. The
 * chart works on a copy of the options with every size raised to it. */
static void raise_fonts(struct mchart *mc)
{
    double min = mc->o.user->slide ? fmax(mc->o.width * SLIDE_TEXT, MIN_TEXT) : MIN_TEXT;
    struct font *f[] = {&mc->o.fonts.title, &mc->o.fonts.subtitle, &mc->o.fonts.label,
                        &mc->o.fonts.small, &mc->o.fonts.axis,     &mc->o.fonts.legend,
                        &mc->o.fonts.note,  &mc->o.fonts.header,   NULL};
    mc->min_text = min;
    for (struct font **p = f; *p; p++)
        (*p)->size = fmax((*p)->size, min);
}

/* The frame's top and bottom for a page whose title is title (a later page's says
 * "continued"), measured on a page that is thrown away. */
static double frame_top(struct mchart *mc, const struct legend *lg, const char *title,
                        double *bottom)
{
    struct layout scratch;
    struct frame fr;
    struct chart_opts po = mc->o;
    po.title = title;
    layout_init(&scratch, mc->l->chart);
    frame_open(&fr, &scratch, mc->ctx, &po, lg);
    *bottom = frame_bottom(&fr);
    mc->l->nomem = mc->l->nomem || scratch.nomem;
    layout_finish(&scratch);
    return fr.top;
}

/* "Title (continued)" for the pages after the first; NULL when there is no title. */
static char *continued_title(struct mchart *mc)
{
    if (!mc->o.title || !*mc->o.title)
        return NULL;
    struct strbuf b = {0};
    strbuf_add(&b, "%s (%s)", mc->o.title, i18n_word(mc->o.lang_code, W_CONTINUED));
    if (b.nomem) {
        mc->l->nomem = true;
        strbuf_finish(&b);
        return NULL;
    }
    return strbuf_take(&b);
}

static bool page_break(struct mchart *mc, size_t at)
{
    if (!vec_grow((void **)&mc->page_start, &mc->cap_pages, mc->n_pages + 1,
                  sizeof *mc->page_start))
        return false;
    mc->page_start[mc->n_pages++] = at;
    return true;
}

/* Pages of at most room points of rows (room_next after the first page) and at most rpp
 * member rows (0: no limit). A page that starts inside a group repeats its header, and a
 * header never ends a page: a group is split only between rows. */
static bool paginate(struct mchart *mc, double room_first, double room_next, size_t rpp)
{
    mc->n_pages = 0;
    for (size_t i = 0; i < mc->n_all || mc->n_pages == 0;) {
        double room = mc->n_pages ? room_next : room_first;
        double h = mc->grouped && i < mc->n_all && mc->all[i].member >= 0 ? mc->header_h : 0;
        size_t j = i, members = 0;
        for (; j < mc->n_all; j++) {
            const struct row *r = &mc->all[j];
            bool full =
                h + row_height(mc, r) > room + 1e-6 || (rpp && r->member >= 0 && members >= rpp);
            if (j > i && full)
                break;
            h += row_height(mc, r);
            members += r->member >= 0;
        }
        if (j < mc->n_all && j > i + 1 && mc->all[j - 1].member == -1)
            j--;
        if (!page_break(mc, i))
            return false;
        if (j == i)
            break;
        i = j;
    }
    return true;
}

/* --rows-per-page asks for more rows than a page holds at the smallest type: say what the
 * pages hold instead, rather than lower the number silently. */
static void warn_fewer_rows(const struct mchart *mc, size_t rpp)
{
    size_t most = 0, members = 0;
    for (size_t k = 0; k < mc->n_pages; k++) {
        size_t to = k + 1 < mc->n_pages ? mc->page_start[k + 1] : mc->n_all;
        members = 0;
        for (size_t i = mc->page_start[k]; i < to; i++)
            members += mc->all[i].member >= 0;
        most = members > most ? members : most;
    }
    if (mc->n_pages > 1 && most < rpp)
        chart_warn(mc->opts->state,
                   "rows_per_page %zu is more than a page holds at the smallest type: %zu pages "
                   "of at most %zu rows",
                   rpp, mc->n_pages, most);
}

/* Member rows and headers in units of a row's height. */
static double row_units(const struct mchart *mc)
{
    double units = 0;
    for (size_t i = 0; i < mc->n_all; i++)
        units += mc->all[i].member == -1 ? HEADER_ROWS : 1;
    return units;
}

/* The row font and the pages. Under a fixed height the rows shrink down to the smallest type
 * allowed, then go on as many pages as they need; --rows-per-page sets the rows of a page
 * (their type shrinks to fit it, down to the same floor). A chart that grew past its most
 * height keeps the type it grew at on its pages. Nothing is left out here. */
static bool fit_rows(struct mchart *mc, double room_first, double room_next)
{
    size_t rpp = mc->opts->user->rows_per_page > 0 ? (size_t)mc->opts->user->rows_per_page : 0;
    double full = mc->opts->fonts.label.size;
    double units = row_units(mc);
    if (rpp) /* a page of rpp rows with a header or two */
        units = fmin(units, (double)rpp + 2 * HEADER_ROWS);
    double room = fmin(room_first, room_next);
    if (!isfinite(room) || units <= 0 || mc->opts->grown_pages) {
        set_fonts(mc, full, ROW_LINES);
    } else {
        /* Tighter rows first: a larger font in less air reads better than a tiny one. A page
         * with room to spare gets taller rows, so that a few members still fill a slide. */
        double lines = units * ROW_LINES * full <= room ? ROW_LINES : TIGHT_LINES;
        if (lines == ROW_LINES)
            lines = fmin(room / (units * full), LOOSE_LINES);
        set_fonts(mc, fmin(full, room / (units * lines)), lines);
    }
    if (!paginate(mc, room_first, room_next, rpp))
        return false;
    size_t pages = mc->n_pages, members = 0;
    if (rpp || pages < 2)
        return true;
    /* As many pages, evenly filled: no last page with a row or two on it. */
    for (size_t i = 0; i < mc->n_all; i++)
        members += mc->all[i].member >= 0;
    if (!paginate(mc, room_first, room_next, (members + pages - 1) / pages))
        return false;
    return mc->n_pages == pages || paginate(mc, room_first, room_next, 0);
}

/* An empty chart says so instead of drawing bare axes. */
static void no_data_note(struct mchart *mc, double top, double bottom)
{
    const struct chart_opts *o = mc->opts;
    const char *text = i18n_word(o->lang_code, W_NO_DATA);
    struct text_size ts;
    text_measure(mc->ctx, text, &o->fonts.subtitle, 0, ALIGN_LEFT, &ts);
    layout_text(mc->l, mc->ctx, text, &o->fonts.subtitle, 0, ALIGN_LEFT, (o->width - ts.w) / 2,
                (top + bottom - ts.h) / 2, o->theme.muted, "no-data");
}

/* The rows of page k, with the group's header repeated in front when the page starts inside
 * a group; the caller frees them. */
static struct row *page_rows(struct mchart *mc, size_t k, size_t *n)
{
    size_t from = mc->page_start[k], to = k + 1 < mc->n_pages ? mc->page_start[k + 1] : mc->n_all;
    struct row *out = malloc((to - from + 1) * sizeof *out);
    if (!out)
        return NULL;
    *n = 0;
    if (mc->grouped && from < to && mc->all[from].member >= 0) {
        size_t h = from;
        while (h > 0 && mc->all[h].member != -1)
            h--;
        out[(*n)++] = mc->all[h];
        out[0].cont = true;
    }
    memcpy(out + *n, mc->all + from, (to - from) * sizeof *out);
    *n += to - from;
    return out;
}

/* One page: the frame, the flags, the axis above and below, the rows. */
static void plot_page(struct mchart *mc, const struct legend *lg, const char *title,
                      double rows_top)
{
    const struct chart_opts *o = mc->opts;
    struct chart_opts po = mc->o;
    struct frame fr;
    po.title = title;
    frame_open(&fr, mc->l, mc->ctx, &po, lg);
    double axis_h = axis_height(mc->ctx, o);
    bool top_axis = mc->n_pages > 1 || mc->n_members > 20;
    double flags_bottom = fr.top + mc->levels * mc->level_h;
    if (rows_top < 0)
        rows_top = flags_bottom + (top_axis ? axis_h + o->gap * 0.2 : o->gap * 0.3);
    double rows_bottom = rows_top + rows_height(mc, mc->n_rows);
    if (mc->n_members == 0) {
        rows_bottom = fr.fixed ? frame_bottom(&fr) - axis_h : rows_top + o->fonts.subtitle.size * 6;
        no_data_note(mc, rows_top, rows_bottom);
        frame_close(&fr, rows_bottom);
        return;
    }
    row_bands(mc, rows_top);
    axis_grid(mc->l, mc->ctx, o, &mc->ts, rows_top, rows_bottom);
    draw_rows(mc, rows_top);
    mc->flags_bottom = flags_bottom;
    draw_flags(mc, top_axis ? rows_top - o->gap * 0.2 : flags_bottom, rows_bottom);
    if (top_axis)
        axis_layout(mc->l, mc->ctx, o, &mc->ts, rows_top - o->gap * 0.2, true);
    axis_layout(mc->l, mc->ctx, o, &mc->ts, rows_bottom, false);
    frame_close(&fr, rows_bottom + axis_h);
}

/* Pages of a chart that grew past the most a viewer takes (200 in) are as tall as the fullest
 * page needs, not 200 in with the rest left blank: a PNG or SVG for a scrolling page. A page
 * named (max_height: a PDF's printed page, A4) keeps its size. */
static void trim_pages(struct mchart *mc, const double room[2])
{
    if (!mc->opts->grown_pages || mc->opts->user->max_height > 0 || mc->n_pages < 2)
        return;
    double slack = INFINITY;
    for (size_t k = 0; k < mc->n_pages; k++) {
        size_t from = mc->page_start[k],
               to = k + 1 < mc->n_pages ? mc->page_start[k + 1] : mc->n_all;
        double h = mc->grouped && mc->all[from].member >= 0 ? mc->header_h : 0;
        for (size_t i = from; i < to; i++)
            h += row_height(mc, &mc->all[i]);
        slack = fmin(slack, room[k > 0] - h);
    }
    if (slack >= 1)
        mc->o.height -= floor(slack);
}

/* Fit the rows, then lay out each page on its own layout (the first is the chart's). */
static bool plot_pages(struct mchart *mc, const struct legend *lg)
{
    const struct chart_opts *o = mc->opts;
    char *more = continued_title(mc);
    double bottom, axis_h = axis_height(mc->ctx, o);
    double tops[2] = {frame_top(mc, lg, o->title, &bottom), frame_top(mc, lg, more, &bottom)};
    double rows_top[2], room[2];
    for (int k = 0; k < 2; k++) {
        rows_top[k] = tops[k] + mc->levels * mc->level_h + axis_h + o->gap * 0.2;
        room[k] = bottom - axis_h - rows_top[k];
    }
    /* One page first, as it has always been laid out (no top axis for a few rows) ... */
    double one = bottom - axis_h - tops[0] - mc->levels * mc->level_h -
                 (mc->n_members > 20 ? axis_h + o->gap * 0.2 : o->gap * 0.3);
    bool ok = !mc->l->nomem && fit_rows(mc, one, one);
    if (ok && mc->n_pages > 1) /* ... then pages, each with the axis at its top */
        ok = fit_rows(mc, room[0], room[1]);
    if (ok && o->user->rows_per_page > 0)
        warn_fewer_rows(mc, (size_t)o->user->rows_per_page);
    if (ok)
        trim_pages(mc, room);
    if (ok) {
        /* The name column fits the names as drawn (smaller names, a narrower column), and the
         * room for dates after the as-of line their size. */
        time_scale(mc);
        ok = collect_flags(mc);
    }
    struct layout *first = mc->l;
    for (size_t k = 0; ok && k < mc->n_pages; k++) {
        if (k > 0 && !(mc->l = layout_add_page(first)))
            break;
        mc->rows = page_rows(mc, k, &mc->n_rows);
        if (!mc->rows) {
            ok = false;
            break;
        }
        plot_page(mc, lg, k ? more : o->title, mc->n_pages > 1 ? rows_top[k > 0] : -1);
        free(mc->rows);
        mc->rows = NULL;
    }
    mc->l = first;
    mc->rows = mc->all;
    mc->n_rows = mc->n_all;
    free(more);
    return ok && !first->nomem;
}

/* ---------------------------------------------------------------- alt text */

static bool alt_text(struct mchart *mc)
{
    const char *lang = mc->opts->lang_code;
    struct strbuf b = {0};
    char d0[128], d1[128];
    const struct date *from = &mc->opts->as_of; /* the first start as the data gives it */
    double first = mc->cut;
    for (size_t i = 0; i < mc->n_rows; i++)
        if (mc->rows[i].member >= 0 && mc->rows[i].first_day < first) {
            first = mc->rows[i].first_day;
            from = mc->rows[i].first_date;
        }
    i18n_date(lang, from, d0, sizeof d0);
    i18n_date(lang, &mc->opts->as_of, d1, sizeof d1);
    alt_title(&b, mc->opts);
    if (mc->n_members == 0)
        i18n_sentence_add(&b, lang, S_MEMBERSHIP_EMPTY, NULL, NULL, NULL, 0);
    else
        i18n_sentence_add(&b, lang, S_MEMBERSHIP, d0, d1, NULL, (long)mc->n_members);
    if (mc->n_left_out) {
        char kept[64];
        i18n_number(lang, (long)(mc->n_members - mc->n_left_out), kept, sizeof kept);
        i18n_sentence_add(&b, lang, S_ROWS_LEFT_OUT, NULL, NULL, kept, (long)mc->n_left_out);
    }
    int *count = calloc(mc->doc->n_statuses + 1, sizeof *count);
    int former = 0;
    if (!count)
        b.nomem = true;
    for (size_t k = 0; count && k < mc->doc->n_members; k++) {
        const struct member *m = &mc->doc->members[k];
        const struct period *p = model_period_at(m, mc->cut);
        if (p && p->status >= 0)
            count[p->status]++;
        else if (m->n_periods && date_start(&m->periods[0].from) <= mc->cut)
            former++;
    }
    if (count && mc->n_members)
        alt_status_counts(&b, mc->opts, mc->doc, mc->style.by_rank, count, former);
    free(count);
    alt_history(&b, mc->opts, mc->doc, mc->style.by_rank, mc->cut);
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
    free(mc->spans);
    free(mc->page_start);
}

bool membership_layout(const struct ml_doc *doc, const struct chart_opts *opts,
                       struct text_ctx *ctx, struct layout *out, struct ml_error *err)
{
    struct mchart mc = {.doc = doc, .o = *opts, .ctx = ctx, .l = out};
    struct legend lg = {0};
    mc.opts = &mc.o;
    raise_fonts(&mc);
    mc.cut = date_start(&opts->as_of);
    set_fonts(&mc, mc.o.fonts.label.size, ROW_LINES);
    bool ok = rank_statuses(&mc) && collect_rows(&mc);
    if (ok) {
        mc.all = mc.rows;
        mc.n_all = mc.n_rows;
        if (mc.n_left_out) /* collect_rows keeps room for both notes */
            mc.all[mc.n_all++] = (struct row){.member = NOTE_ROW, .group = -1};
        if (mc.n_later)
            mc.all[mc.n_all++] = (struct row){.member = LATER_ROW, .group = -1};
        mc.n_rows = mc.n_all;
        time_scale(&mc);
        legend(&mc, &lg);
        style_warn_alike(&mc.style, opts, mc.present);
        ok = !lg.nomem && collect_flags(&mc) && plot_pages(&mc, &lg) && alt_text(&mc);
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
