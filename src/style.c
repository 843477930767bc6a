/* Status and category styles, in one place so that every chart and legend agrees. */
#include "style.h"
#include "strbuf.h"

#include <math.h>
#include <stdlib.h>

/* Fills closer than this (RGB distance, 0-441) are taken for one colour. */
#define ALIKE_DISTANCE 40.0
/* Past this many pairs of look-alike statuses, one warning counts and names them. */
#define ALIKE_LINES 4

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
    s->fill = calloc(n + 1, sizeof *s->fill);
    s->pattern = calloc(n + 1, sizeof *s->pattern);
    bool *taken = calloc(ng + 1, sizeof *taken);
    if (!s->fill || !s->pattern || !taken) {
        free(taken);
        return false;
    }
    s->looks = ng < N_STATUS_PATTERNS ? ng : N_STATUS_PATTERNS;
    for (size_t r = 0; r < n; r++) {
        int st = s->by_rank[r];
        if (!ng) {
            s->fill[st] = t->text;
            s->pattern[st] = status_patterns[r % N_STATUS_PATTERNS];
        } else if (n > s->looks) {
            s->fill[st] = t->status_palette[r % ng]; /* each (grey, pattern) once */
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
            s->fill[st] = t->status_palette[g];
            s->pattern[st] = status_patterns[r];
        }
    }
    free(taken);
    return true;
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

/* Under a colour theme, the j-th pattern a status may take: plain, then the status patterns. */
#define N_COLOUR_PATTERNS (1 + N_STATUS_PATTERNS)
static enum pattern colour_pattern(size_t j)
{
    return j ? status_patterns[(j - 1) % N_STATUS_PATTERNS] : PATTERN_NONE;
}

/* The i-th of the theme's status fills (its text colour when it has none). */
static uint32_t palette_fill(const struct theme *t, size_t i)
{
    return t->n_status_palette ? t->status_palette[i % t->n_status_palette] : t->text;
}

/* Is a look taken: like the look of a status that has one, or, plain, like "no status"? */
static bool taken(const struct style *s, const bool *done, uint32_t fill, enum pattern p)
{
    if (looks_alike(s->theme, fill, p, style_no_status(s->theme), PATTERN_NONE))
        return true;
    for (size_t i = 0; i < s->doc->n_statuses; i++)
        if (done[i] && looks_alike(s->theme, s->fill[i], s->pattern[i], fill, p))
            return true;
    return false;
}

static void give(struct style *s, bool *done, int status, uint32_t fill, enum pattern p)
{
    s->fill[status] = fill;
    s->pattern[status] = p;
    done[status] = true;
}

/* Give the status the look unless it is taken. */
static bool take(struct style *s, bool *done, int status, uint32_t fill, enum pattern p)
{
    if (taken(s, done, fill, p))
        return false;
    give(s, done, status, fill, p);
    return true;
}

/* A status with a tone: a free shade of its tone, else the free palette fill nearest its
 * tone's first shade (a fourth "negative" status stays reddish); plain before patterned. */
static bool take_tone(struct style *s, bool *done, int status)
{
    const struct theme *t = s->theme;
    enum tone tone = s->doc->statuses[status].tone;
    uint32_t want = theme_tone_color(t, tone, 0);
    size_t np = t->n_status_palette ? t->n_status_palette : 1;
    for (size_t j = 0; j < N_COLOUR_PATTERNS; j++) {
        for (size_t k = 0; k < THEME_TONE_SHADES; k++)
            if (take(s, done, status, theme_tone_color(t, tone, k), colour_pattern(j)))
                return true;
        size_t best = np;
        for (size_t i = 0; i < np; i++)
            if (!taken(s, done, palette_fill(t, i), colour_pattern(j)) &&
                (best == np ||
                 distance(palette_fill(t, i), want) < distance(palette_fill(t, best), want)))
                best = i;
        if (best < np) {
            give(s, done, status, palette_fill(t, best), colour_pattern(j));
            return true;
        }
    }
    return false;
}

/* The first free look: every palette fill plain, then every one with each pattern (the
 * palette's colours are the colour-blind-safe ones; a tone's shades carry its meaning). */
static bool take_next(struct style *s, bool *done, int status)
{
    size_t np = s->theme->n_status_palette ? s->theme->n_status_palette : 1;
    for (size_t j = 0; j < N_COLOUR_PATTERNS; j++)
        for (size_t i = 0; i < np; i++)
            if (take(s, done, status, palette_fill(s->theme, i), colour_pattern(j)))
                return true;
    return false;
}

/* Under a colour theme, a fill and a pattern per status, so that no two statuses look alike
 * while a free look remains (a look is alike when style_statuses_alike says so, and a plain
 * fill must stay off the "no status" grey). The data's colours stand as given (only they can
 * clash: style_warn_alike names each pair); then the statuses with a tone, in rank order, take
 * their meaning's shades; then the rest take the theme's fill of their rank while it is free,
 * and else the first free one, plain before patterned. Past every look (the palette times the
 * patterns) fills and patterns go round by rank. */
static bool assign_colours(struct style *s)
{
    const struct ml_doc *doc = s->doc;
    const struct theme *t = s->theme;
    size_t n = doc->n_statuses, np = t->n_status_palette ? t->n_status_palette : 1;
    bool *done = calloc(n + 1, sizeof *done);
    s->fill = calloc(n + 1, sizeof *s->fill);
    s->pattern = calloc(n + 1, sizeof *s->pattern);
    if (!done || !s->fill || !s->pattern) {
        free(done);
        return false;
    }
    for (size_t i = 0; i < n; i++)
        if (doc->statuses[i].has_color)
            give(s, done, (int)i, doc->statuses[i].color, PATTERN_NONE);
    for (size_t r = 0; r < n; r++) {
        int st = s->by_rank[r];
        if (!done[st] && doc->statuses[st].tone != TONE_NONE)
            take_tone(s, done, st);
    }
    for (size_t r = 0; r < n && r < np; r++)
        if (!done[s->by_rank[r]] && doc->statuses[s->by_rank[r]].tone == TONE_NONE)
            take(s, done, s->by_rank[r], palette_fill(t, r), PATTERN_NONE);
    for (size_t r = 0; r < n; r++) {
        int st = s->by_rank[r];
        if (!done[st] && !take_next(s, done, st))
            give(s, done, st, palette_fill(t, r), colour_pattern(r / np % N_COLOUR_PATTERNS));
    }
    free(done);
    return true;
}

/* The i-th of the theme's category colours (its text colour when it has none). */
static uint32_t category_fill(const struct theme *t, size_t i)
{
    return t->n_palette ? t->palette[i % t->n_palette] : t->text;
}

/* Is the colour free for the category: no category with a colour and the same marker shape
 * near it (style_warn_alike_categories' rule)? */
static bool category_free(const struct style *s, const bool *done, int category, uint32_t colour)
{
    enum shape shape = style_category_shape(s, category);
    for (size_t o = 0; o < s->doc->n_categories; o++)
        if (done[o] && style_category_shape(s, (int)o) == shape &&
            distance(s->cat_fill[o], colour) < ALIKE_DISTANCE)
            return false;
    return true;
}

/* Under a colour theme, a colour per category, so that two categories look alike only when
 * the data's colours make them: the data's colours as given; then the theme's colour of each
 * category's place while it is free, else the first free one, else (none is left) the one of
 * its place. */
static bool assign_category_colours(struct style *s)
{
    const struct theme *t = s->theme;
    size_t n = s->doc->n_categories, np = t->n_palette ? t->n_palette : 1;
    bool *done = calloc(n + 1, sizeof *done);
    s->cat_fill = calloc(n + 1, sizeof *s->cat_fill);
    if (!done || !s->cat_fill) {
        free(done);
        return false;
    }
    for (size_t c = 0; c < n; c++)
        if ((done[c] = s->doc->categories[c].has_color))
            s->cat_fill[c] = s->doc->categories[c].color;
    for (size_t c = 0; c < n; c++)
        if (!done[c] && category_free(s, done, (int)c, category_fill(t, c))) {
            s->cat_fill[c] = category_fill(t, c);
            done[c] = true;
        }
    for (size_t c = 0; c < n; c++) {
        for (size_t i = 0; !done[c] && i < np; i++)
            if (category_free(s, done, (int)c, category_fill(t, i))) {
                s->cat_fill[c] = category_fill(t, i);
                done[c] = true;
            }
        if (!done[c])
            s->cat_fill[c] = category_fill(t, c);
        done[c] = true;
    }
    free(done);
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
    if (theme->patterns ? !assign_looks(s) : !assign_colours(s) || !assign_category_colours(s)) {
        style_finish(s);
        return false;
    }
    return true;
}

void style_finish(struct style *s)
{
    free(s->by_rank);
    free(s->rank_pos);
    free(s->fill);
    free(s->pattern);
    free(s->cat_fill);
    s->by_rank = s->rank_pos = NULL;
    s->fill = s->cat_fill = NULL;
    s->pattern = NULL;
}

/* Given once by style_init: a patterned theme's greys (assign_looks), else colours
 * (assign_colours). */
uint32_t style_status_fill(const struct style *s, int status)
{
    return status < 0 ? style_no_status(s->theme) : s->fill[status];
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
    return status < 0 ? PATTERN_NONE : s->pattern[status];
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
    if (!t->patterns)
        return s->cat_fill[category];
    return category_fill(t, (size_t)category);
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

/* Do two statuses (or two categories) look alike? */
static bool pair_alike(const struct style *s, bool categories, size_t a, size_t b)
{
    if (!categories)
        return style_statuses_alike(s, (int)a, (int)b);
    return style_category_shape(s, (int)a) == style_category_shape(s, (int)b) &&
           distance(style_category_color(s, (int)a), style_category_color(s, (int)b)) <
               ALIKE_DISTANCE;
}

static const char *pair_id(const struct style *s, bool categories, size_t i)
{
    return categories ? s->doc->categories[i].id : s->doc->statuses[i].id;
}

/* Under a colour theme only the data's colours clash (assign_colours,
 * assign_category_colours), and each pair is one the user must fix: a line each, or past
 * ALIKE_LINES pairs one line that counts and names them (a chart keeps a few warnings, then
 * only counts them). */
static void warn_colour_pairs(const struct style *s, const struct chart_opts *opts,
                              const bool *shown, bool categories)
{
    size_t n = categories ? s->doc->n_categories : s->doc->n_statuses, pairs = 0;
    struct strbuf list = {0};
    for (int pass = 0; pass < 2; pass++)
        for (size_t a = 0; a < n; a++)
            for (size_t b = a + 1; shown[a] && b < n; b++) {
                if (!shown[b] || !pair_alike(s, categories, a, b))
                    continue;
                if (pass == 0)
                    pairs++;
                else if (pairs > ALIKE_LINES)
                    strbuf_add(&list, "%s\"%s\" and \"%s\"", list.len ? "; " : "",
                               pair_id(s, categories, a), pair_id(s, categories, b));
                else if (categories)
                    chart_warn(opts->state,
                               "categories \"%s\" and \"%s\" look alike (colours #%06X and "
                               "#%06X, one marker shape): give one of them another \"color\"",
                               pair_id(s, true, a), pair_id(s, true, b),
                               style_category_color(s, (int)a) >> 8,
                               style_category_color(s, (int)b) >> 8);
                else
                    warn_pair(s, opts, (int)a, (int)b);
            }
    if (pairs > ALIKE_LINES)
        chart_warn(opts->state,
                   "%zu pairs of %s look alike: give one of each pair another \"color\" (%s lie "
                   "too close to tell apart): %s",
                   pairs, categories ? "categories" : "statuses",
                   categories ? "their colours, with one marker shape," : "their fills",
                   list.s ? list.s : "");
    strbuf_finish(&list);
}

/* The data's colour or a theme's grey can land on the grey of "no status". */
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
        if (t->patterns)
            return; /* under a colour theme only the data's colours do: each is named */
    }
}

void style_warn_alike(const struct style *s, const struct chart_opts *opts, const bool *shown)
{
    size_t n = s->doc->n_statuses;
    bool warned = !s->theme->patterns;
    if (warned)
        warn_colour_pairs(s, opts, shown, false);
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
    if (!s->theme->patterns) {
        warn_colour_pairs(s, opts, shown, true);
        return;
    }
    for (size_t a = 0; a < n; a++)
        for (size_t b = a + 1; shown[a] && b < n; b++)
            if (shown[b] && pair_alike(s, true, a, b)) {
                chart_warn(opts->state,
                           "categories \"%s\" and \"%s\" look alike: a grayscale theme tells "
                           "%zu categories apart (%zu greys, %zu marker shapes) and uses no "
                           "\"color\" of the data; merge categories, or use a theme file with "
                           "\"patterns\": true and more greys in \"palette\"",
                           s->doc->categories[a].id, s->doc->categories[b].id, greys * N_SHAPES,
                           greys, (size_t)N_SHAPES);
                return;
            }
}
