/* Status and category styles, in one place so that every chart and legend agrees. */
#include "style.h"

#include <math.h>
#include <stdlib.h>

/* Fills closer than this (RGB distance, 0-441) are taken for one colour. */
#define ALIKE_DISTANCE 40.0

static const enum pattern patterns[] = {PATTERN_NONE, PATTERN_HATCH, PATTERN_DOTS, PATTERN_CROSS,
                                        PATTERN_BACKHATCH};
#define N_PATTERNS (sizeof patterns / sizeof *patterns)

static const enum shape shapes[] = {SHAPE_CIRCLE, SHAPE_DIAMOND, SHAPE_SQUARE, SHAPE_TRIANGLE};
#define N_SHAPES (sizeof shapes / sizeof *shapes)

static int rank_cmp(const struct ml_doc *doc, int a, int b)
{
    int ra = doc->statuses[a].rank, rb = doc->statuses[b].rank;
    return ra != rb ? (ra < rb ? -1 : 1) : (a < b ? -1 : a > b);
}

bool style_init(struct style *s, const struct ml_doc *doc, const struct theme *theme)
{
    size_t n = doc->n_statuses;
    *s = (struct style){.doc = doc, .theme = theme};
    s->by_rank = calloc(n + 1, sizeof *s->by_rank);
    s->rank_pos = calloc(n + 1, sizeof *s->rank_pos);
    if (!s->by_rank || !s->rank_pos) {
        style_finish(s);
        return false;
    }
    for (size_t i = 0; i < n; i++)
        s->by_rank[i] = (int)i;
    /* Insertion sort: statuses are few, and qsort has no context pointer. */
    for (size_t i = 1; i < n; i++)
        for (size_t j = i; j > 0 && rank_cmp(doc, s->by_rank[j - 1], s->by_rank[j]) > 0; j--) {
            int t = s->by_rank[j];
            s->by_rank[j] = s->by_rank[j - 1];
            s->by_rank[j - 1] = t;
        }
    for (size_t i = 0; i < n; i++)
        s->rank_pos[s->by_rank[i]] = (int)i;
    return true;
}

void style_finish(struct style *s)
{
    free(s->by_rank);
    free(s->rank_pos);
    s->by_rank = s->rank_pos = NULL;
}

/* A patterned theme is a grayscale one: the data's colours would break it. */
uint32_t style_status_fill(const struct style *s, int status)
{
    const struct theme *t = s->theme;
    if (status < 0)
        return style_no_status(t);
    if (s->doc->statuses[status].has_color && !t->patterns)
        return s->doc->statuses[status].color;
    if (s->doc->statuses[status].tone != TONE_NONE) /* the meaning picks the colour's family */
        return theme_tone_color(t, s->doc->statuses[status].tone, model_tone_index(s->doc, status));
    size_t i = (size_t)s->rank_pos[status];
    return t->n_status_palette ? t->status_palette[i % t->n_status_palette] : t->text;
}

/* The pattern of the i-th of a palette's users: every one in a patterned theme, where shade
 * and pattern cycle at different lengths (four greys, five patterns: pairs repeat after
 * twenty); otherwise a new pattern each time the n colours run out. */
static enum pattern cycle_pattern(const struct theme *t, size_t i, size_t n)
{
    if (t->patterns)
        return patterns[i % N_PATTERNS];
    return patterns[(i / (n ? n : 1)) % N_PATTERNS];
}

enum pattern style_status_pattern(const struct style *s, int status)
{
    const struct theme *t = s->theme;
    if (status < 0)
        return PATTERN_NONE;
    if (s->doc->statuses[status].has_color && !t->patterns)
        return PATTERN_NONE; /* the data chose this colour: it is meant to stand alone */
    return cycle_pattern(t, (size_t)s->rank_pos[status], t->n_status_palette);
}

enum pattern style_category_pattern(const struct style *s, int category)
{
    const struct theme *t = s->theme;
    if (category < 0 || (s->doc->categories[category].has_color && !t->patterns))
        return PATTERN_NONE;
    return cycle_pattern(t, (size_t)category, t->n_palette);
}

uint32_t style_mix(uint32_t a, uint32_t b, double t)
{
    uint32_t out = a & 0xff;
    for (int shift = 8; shift < 32; shift += 8) {
        double ca = (a >> shift) & 0xff, cb = (b >> shift) & 0xff;
        out |= (uint32_t)lround(ca + (cb - ca) * t) << shift;
    }
    return out;
}

uint32_t style_no_status(const struct theme *t)
{
    /* Paler under a grayscale theme, where the status greys go down to a light grey. */
    return style_mix(t->background, t->text, t->patterns ? 0.08 : 0.13);
}

uint32_t style_category_color(const struct style *s, int category)
{
    const struct theme *t = s->theme;
    if (category < 0)
        return t->muted;
    if (s->doc->categories[category].has_color && !t->patterns)
        return s->doc->categories[category].color;
    return t->n_palette ? t->palette[(size_t)category % t->n_palette] : t->text;
}

enum shape style_category_shape(const struct style *s, int category)
{
    size_t np = s->theme->n_palette ? s->theme->n_palette : 1, c = (size_t)category;
    if (category < 0)
        return SHAPE_CIRCLE;
    if (s->theme->patterns) /* shift once per round of greys: no pair repeats */
        return shapes[(c + c / np) % N_SHAPES];
    return shapes[(c / np) % N_SHAPES];
}

double style_luminance(uint32_t c)
{
    return 0.2126 * ((c >> 24) & 0xff) + 0.7152 * ((c >> 16) & 0xff) + 0.0722 * ((c >> 8) & 0xff);
}

uint32_t style_ink_on(uint32_t fill)
{
    return style_luminance(fill) > 140 ? 0x1A1A1Aff : 0xFFFFFFff;
}

static double distance(uint32_t a, uint32_t b)
{
    double d = 0;
    for (int shift = 8; shift < 32; shift += 8) {
        double x = (double)((a >> shift) & 0xff) - (double)((b >> shift) & 0xff);
        d += x * x;
    }
    return sqrt(d);
}

bool style_statuses_alike(const struct style *s, int a, int b)
{
    return style_status_pattern(s, a) == style_status_pattern(s, b) &&
           distance(style_status_fill(s, a), style_status_fill(s, b)) < ALIKE_DISTANCE;
}

/* What gives a status another look: its "color", except in a patterned (grayscale) theme,
 * which ignores the data's colours and has shades times patterns looks. */
static void warn_pair(const struct style *s, const struct chart_opts *opts, int a, int b)
{
    const struct theme *t = s->theme;
    const char *id_a = s->doc->statuses[a].id, *id_b = s->doc->statuses[b].id;
    if (!t->patterns) {
        chart_warn(opts->state,
                   "statuses \"%s\" and \"%s\" look alike (fills #%06X and #%06X): give one of "
                   "them another \"color\"",
                   id_a, id_b, style_status_fill(s, a) >> 8, style_status_fill(s, b) >> 8);
        return;
    }
    size_t shades = t->n_status_palette ? t->n_status_palette : 1, x = shades, y = N_PATTERNS;
    while (y) { /* shade and pattern cycle together every lcm(shades, patterns) statuses */
        size_t r = x % y;
        x = y;
        y = r;
    }
    size_t looks = shades / x * N_PATTERNS;
    chart_warn(opts->state,
               "statuses \"%s\" and \"%s\" look alike: a grayscale theme with patterns tells "
               "%zu statuses apart (%zu shades, %zu patterns) and uses no \"color\" of the data; "
               "merge statuses in the data, or use a theme file with \"patterns\": true and more "
               "greys in \"status_palette\" (a count that is not a multiple of %zu)",
               id_a, id_b, looks, shades, (size_t)N_PATTERNS, (size_t)N_PATTERNS);
}

void style_warn_alike(const struct style *s, const struct chart_opts *opts, const bool *shown)
{
    size_t n = s->doc->n_statuses;
    for (size_t a = 0; a < n; a++)
        for (size_t b = a + 1; shown[a] && b < n; b++)
            if (shown[b] && style_statuses_alike(s, (int)a, (int)b)) {
                warn_pair(s, opts, (int)a, (int)b);
                return;
            }
    /* A tone's default or the data's colour can land on the grey that means "no status". */
    for (size_t a = 0; a < n; a++)
        if (shown[a] && style_status_pattern(s, (int)a) == PATTERN_NONE &&
            distance(style_status_fill(s, (int)a), style_no_status(s->theme)) < ALIKE_DISTANCE) {
            chart_warn(opts->state,
                       "status \"%s\" looks like \"no status\" (fill #%06X): give it another "
                       "%s",
                       s->doc->statuses[a].id, style_status_fill(s, (int)a) >> 8,
                       s->theme->patterns ? "\"tone\" (a grayscale theme uses no \"color\" of "
                                            "the data)"
                                          : "\"color\" or \"tone\"");
            return;
        }
}

void style_warn_alike_categories(const struct style *s, const struct chart_opts *opts,
                                 const bool *shown)
{
    size_t n = s->doc->n_categories, greys = s->theme->n_palette ? s->theme->n_palette : 1;
    for (size_t a = 0; a < n; a++)
        for (size_t b = a + 1; shown[a] && b < n; b++) {
            if (!shown[b] || style_category_shape(s, (int)a) != style_category_shape(s, (int)b) ||
                distance(style_category_color(s, (int)a), style_category_color(s, (int)b)) >=
                    ALIKE_DISTANCE)
                continue;
            if (s->theme->patterns)
                chart_warn(opts->state,
                           "categories \"%s\" and \"%s\" look alike: a grayscale theme tells "
                           "%zu categories apart (%zu greys, %zu marker shapes) and uses no "
                           "\"color\" of the data; merge categories, or use a theme file with "
                           "\"patterns\": true and more greys in \"palette\"",
                           s->doc->categories[a].id, s->doc->categories[b].id, greys * N_SHAPES,
                           greys, (size_t)N_SHAPES);
            else
                chart_warn(opts->state,
                           "categories \"%s\" and \"%s\" look alike (colour #%06X, one marker "
                           "shape): give one of them another \"color\"",
                           s->doc->categories[a].id, s->doc->categories[b].id,
                           style_category_color(s, (int)a) >> 8);
            return;
        }
}
