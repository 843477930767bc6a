/* Status and category styles, in one place so that every chart and legend agrees. */
#include "style.h"

#include <math.h>
#include <stdlib.h>

/* Fills closer than this (RGB distance, 0-441) are taken for one colour. */
#define ALIKE_DISTANCE 40.0

static const enum pattern patterns[] = {PATTERN_NONE, PATTERN_HATCH, PATTERN_DOTS, PATTERN_CROSS,
                                        PATTERN_BACKHATCH};
#define N_PATTERNS (sizeof patterns / sizeof *patterns)

/* The patterns of statuses, in rank order: neither the diagonal hatch that marks a suspension
 * nor the crossed and mirrored hatches that look like it, nor the plain fill of "no status". */
static const enum pattern status_patterns[] = {PATTERN_DOTS,   PATTERN_HLINES, PATTERN_CHECKER,
                                               PATTERN_VLINES, PATTERN_RINGS,  PATTERN_GRID,
                                               PATTERN_WAVES,  PATTERN_PLUS};
#define N_STATUS_PATTERNS (sizeof status_patterns / sizeof *status_patterns)

static const enum shape shapes[] = {SHAPE_CIRCLE, SHAPE_DIAMOND, SHAPE_SQUARE, SHAPE_TRIANGLE};
#define N_SHAPES (sizeof shapes / sizeof *shapes)

static int rank_cmp(const struct ml_doc *doc, int a, int b)
{
    int ra = doc->statuses[a].rank, rb = doc->statuses[b].rank;
    return ra != rb ? (ra < rb ? -1 : 1) : (a < b ? -1 : a > b);
}

/* The grey a status asks for under a patterned theme, as a brightness: its "color"'s, its
 * tone's, else its rank's in the theme's greys. */
static double wanted_grey(const struct style *s, int status, size_t r)
{
    const struct status *st = &s->doc->statuses[status];
    const struct theme *t = s->theme;
    if (st->has_color)
        return style_luminance(st->color);
    if (st->tone != TONE_NONE)
        return style_luminance(theme_tone_color(t, st->tone, model_tone_index(s->doc, status)));
    return style_luminance(t->status_palette[r % t->n_status_palette]);
}

/* Under a patterned theme, a grey and a pattern per status. While the theme's greys and the
 * patterns last, each status takes its own pattern (by rank) and the free grey nearest the one
 * it asks for, so that the data's colours and tones keep their order of light and dark; past
 * that, greys and patterns go round by rank, each pair of them once (style_warn_alike warns). */
static bool assign_looks(struct style *s)
{
    const struct theme *t = s->theme;
    size_t n = s->doc->n_statuses, ng = t->n_status_palette;
    s->grey = calloc(n + 1, sizeof *s->grey);
    s->pattern = calloc(n + 1, sizeof *s->pattern);
    bool *taken = calloc(ng + 1, sizeof *taken);
    if (!s->grey || !s->pattern || !taken) {
        free(taken);
        return false;
    }
    s->looks = ng < N_STATUS_PATTERNS ? ng : N_STATUS_PATTERNS;
    for (size_t r = 0; r < n; r++) {
        int st = s->by_rank[r];
        if (!ng) {
            s->grey[st] = t->text;
            s->pattern[st] = status_patterns[r % N_STATUS_PATTERNS];
        } else if (n > s->looks) {
            s->grey[st] = t->status_palette[r % ng]; /* each (grey, pattern) once */
            s->pattern[st] = status_patterns[(r % ng + r / ng) % N_STATUS_PATTERNS];
        } else {
            double want = wanted_grey(s, st, r), best = 1e9;
            size_t g = 0;
            for (size_t k = 0; k < ng; k++) {
                double d = fabs(style_luminance(t->status_palette[k]) - want);
                if (!taken[k] && d < best) {
                    best = d;
                    g = k;
                }
            }
            taken[g] = true;
            s->grey[st] = t->status_palette[g];
            s->pattern[st] = status_patterns[r];
        }
    }
    free(taken);
    return true;
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
    if (theme->patterns && !assign_looks(s)) {
        style_finish(s);
        return false;
    }
    return true;
}

void style_finish(struct style *s)
{
    free(s->by_rank);
    free(s->rank_pos);
    free(s->grey);
    free(s->pattern);
    s->by_rank = s->rank_pos = NULL;
    s->grey = NULL;
    s->pattern = NULL;
}

/* A patterned theme is a grayscale one: the data's colours become its greys (assign_looks). */
uint32_t style_status_fill(const struct style *s, int status)
{
    const struct theme *t = s->theme;
    if (status < 0)
        return style_no_status(t);
    if (t->patterns)
        return s->grey[status];
    if (s->doc->statuses[status].has_color && !t->patterns)
        return s->doc->statuses[status].color;
    if (s->doc->statuses[status].tone != TONE_NONE) /* the meaning picks the colour's family */
        return theme_tone_color(t, s->doc->statuses[status].tone, model_tone_index(s->doc, status));
    size_t i = (size_t)s->rank_pos[status];
    return t->n_status_palette ? t->status_palette[i % t->n_status_palette] : t->text;
}

/* The pattern of the i-th category: every one in a patterned theme, where shade and pattern
 * cycle at different lengths; otherwise a new pattern each time the n colours run out. */
static enum pattern cycle_pattern(const struct theme *t, size_t i, size_t n)
{
    if (t->patterns)
        return patterns[i % N_PATTERNS];
    return patterns[(i / (n ? n : 1)) % N_PATTERNS];
}

enum pattern style_status_pattern(const struct style *s, int status)
{
    const struct theme *t = s->theme;
    size_t r = status < 0 ? 0 : (size_t)s->rank_pos[status], n = t->n_status_palette;
    if (status < 0)
        return PATTERN_NONE;
    if (t->patterns)
        return s->pattern[status];
    if (s->doc->statuses[status].has_color || r < n)
        return PATTERN_NONE; /* the data chose this colour: it is meant to stand alone */
    return status_patterns[(r / (n ? n : 1) - 1) % N_STATUS_PATTERNS];
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
    return style_mix(t->background, t->text, t->patterns ? 0.06 : 0.13);
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

/* The rule for two looks, of statuses or of a status and "no status": under a colour theme a
 * pattern or a fill tells them apart, under a patterned one it takes both. */
static bool looks_alike(const struct theme *t, uint32_t fa, enum pattern pa, uint32_t fb,
                        enum pattern pb)
{
    bool near = distance(fa, fb) < ALIKE_DISTANCE;
    return t->patterns ? pa == pb || near : pa == pb && near;
}

bool style_statuses_alike(const struct style *s, int a, int b)
{
    return looks_alike(s->theme, style_status_fill(s, a), style_status_pattern(s, a),
                       style_status_fill(s, b), style_status_pattern(s, b));
}

static const char *pattern_name(enum pattern p)
{
    static const char *names[] = {"plain",  "hatch", "dots",    "cross", "backhatch", "hlines",
                                  "vlines", "grid",  "checker", "rings", "plus",      "waves"};
    return (size_t)p < sizeof names / sizeof *names ? names[p] : "?";
}

/* What gives a status another look: its "color" under a colour theme; under a patterned
 * (grayscale) one, which ignores the data's colours, fewer statuses or more greys. */
static void warn_pair(const struct style *s, const struct chart_opts *opts, int a, int b)
{
    const struct theme *t = s->theme;
    const char *id_a = s->doc->statuses[a].id, *id_b = s->doc->statuses[b].id;
    uint32_t fa = style_status_fill(s, a), fb = style_status_fill(s, b);
    if (!t->patterns) {
        chart_warn(opts->state,
                   "statuses \"%s\" and \"%s\" look alike (fills #%06X and #%06X): give one of "
                   "them another \"color\"",
                   id_a, id_b, fa >> 8, fb >> 8);
        return;
    }
    if (s->doc->n_statuses > s->looks) {
        enum pattern pa = style_status_pattern(s, a), pb = style_status_pattern(s, b);
        chart_warn(opts->state,
                   "statuses \"%s\" and \"%s\" share a %s (greys #%06X and #%06X, patterns %s "
                   "and %s): a grayscale theme with patterns tells %zu statuses apart by grey and "
                   "pattern both (%zu greys, %zu patterns) and the data has %zu; merge statuses "
                   "in the data, or use a colour theme%s",
                   id_a, id_b, pa == pb ? "pattern" : "grey", fa >> 8, fb >> 8, pattern_name(pa),
                   pattern_name(pb), s->looks, t->n_status_palette, (size_t)N_STATUS_PATTERNS,
                   s->doc->n_statuses,
                   t->n_status_palette < N_STATUS_PATTERNS
                       ? ", or a theme file with more greys in \"status_palette\""
                       : "");
        return;
    }
    chart_warn(opts->state,
               "statuses \"%s\" and \"%s\" look alike (greys #%06X and #%06X): give the "
               "theme's \"status_palette\" greys further apart",
               id_a, id_b, fa >> 8, fb >> 8);
}

/* A tone's default, the data's colour or a theme's grey can land on the grey of "no status". */
static void warn_no_status(const struct style *s, const struct chart_opts *opts, const bool *shown)
{
    const struct theme *t = s->theme;
    uint32_t none = style_no_status(t);
    for (size_t a = 0; a < s->doc->n_statuses; a++) {
        uint32_t fill = style_status_fill(s, (int)a);
        if (!shown[a] || !looks_alike(t, fill, style_status_pattern(s, (int)a), none, PATTERN_NONE))
            continue;
        chart_warn(opts->state,
                   "status \"%s\" looks like \"no status\" (fill #%06X, \"no status\" #%06X): "
                   "%s",
                   s->doc->statuses[a].id, fill >> 8, none >> 8,
                   t->patterns ? "give the theme's \"status_palette\" greys further from it (a "
                                 "grayscale theme uses no \"color\" of the data)"
                               : "give it another \"color\" or \"tone\"");
        return;
    }
}

void style_warn_alike(const struct style *s, const struct chart_opts *opts, const bool *shown)
{
    size_t n = s->doc->n_statuses;
    bool warned = false;
    for (size_t a = 0; a < n && !warned; a++)
        for (size_t b = a + 1; shown[a] && b < n && !warned; b++)
            if (shown[b] && style_statuses_alike(s, (int)a, (int)b)) {
                warn_pair(s, opts, (int)a, (int)b);
                warned = true;
            }
    warn_no_status(s, opts, shown);
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
