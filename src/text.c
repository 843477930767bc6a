/* Pango behind a few helpers. One font map, one context and one layout per process: font
 * start-up costs far more than drawing a chart, so batch rendering reuses them all. */
#include "text.h"
#include "error.h"

#include <math.h>
#include <stdio.h>
#include <stdint.h>
#include <pango/pangocairo.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"

#define FONT_CACHE 24
/* The tallest logical line, in multiples of the type size: see cap_line_height. */
#define LINE_CAP 1.5
/* Measured sizes, kept across charts: layout measures the same labels many times (trial
 * placements, the 16:9 second pass, the unknown-glyph check), and a batch measures the same
 * data again for every chart. Shaping is the costly part of text; a lookup is not. */
#define MEASURE_SLOTS 4096
/* The table starts small and doubles up to MEASURE_SLOTS: a single chart needs a few hundred
 * entries, and every page of a bigger table costs the process a page fault. */
#define MEASURE_SLOTS_FIRST 256

struct measure_key {
    PangoLanguage *lang;
    double size, wrap;
    int bold, italic, align;
};

struct measured {
    uint64_t hash;
    struct measure_key key;
    char *family, *text; /* owned; NULL = empty slot */
    struct text_size size;
    double word;         /* widest word as laid out (see inline_word); NAN: not worked out */
    PangoLayout *layout; /* owned: the shaped text, drawn as it is; NULL when out of memory */
};

struct cached_font {
    char family[1024]; /* a theme's whole font list (255 characters of up to 4 bytes) */
    double size;
    bool bold, italic;
    PangoFontDescription *desc;
};

struct text_ctx {
    PangoFontMap *map;
    PangoContext *context;
    PangoLayout *layout;
    struct cached_font fonts[FONT_CACHE];
    size_t n_fonts, next_evict;
    PangoLanguage *lang;
    struct measured *measured; /* n_slots, open addressing; NULL when out of memory */
    size_t n_slots, n_measured;
    bool shaped; /* some text was laid out, so pango's fontconfig thread has finished */
};

struct text_ctx *text_ctx_create(struct ml_error *err)
{
    struct text_ctx *ctx = calloc(1, sizeof *ctx);
    cairo_font_options_t *fo = NULL;
    if (!ctx)
        goto fail;
    ctx->map = pango_cairo_font_map_new();
    if (!ctx->map)
        goto fail;
    ctx->context = pango_font_map_create_context(ctx->map);
    if (!ctx->context)
        goto fail;
    /* 72 dpi: one point is one user unit in every format. Metric hinting off so that text
     * widths are the same in PNG, SVG and PDF, and at every PNG scale. */
    pango_cairo_context_set_resolution(ctx->context, 72.0);
    fo = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_antialias(fo, CAIRO_ANTIALIAS_GRAY);
    pango_cairo_context_set_font_options(ctx->context, fo);
    cairo_font_options_destroy(fo);
    pango_context_set_round_glyph_positions(ctx->context, FALSE);
    ctx->layout = pango_layout_new(ctx->context);
    if (!ctx->layout)
        goto fail;
    ctx->lang = pango_language_from_string("en");
    /* Without the cache text is measured every time: slower, never wrong. */
    ctx->measured = calloc(MEASURE_SLOTS_FIRST, sizeof *ctx->measured);
    ctx->n_slots = ctx->measured ? MEASURE_SLOTS_FIRST : 0;
    return ctx;
fail:
    error_set(err, ctx ? ML_ERROR_RENDER : ML_ERROR_NOMEM, "%s",
              ctx ? "cannot start the text engine (pango)" : "out of memory");
    text_ctx_destroy(ctx);
    return NULL;
}

static void measured_clear(struct text_ctx *ctx)
{
    for (size_t i = 0; ctx->measured && i < ctx->n_slots; i++) {
        free(ctx->measured[i].family);
        free(ctx->measured[i].text);
        if (ctx->measured[i].layout)
            g_object_unref(ctx->measured[i].layout);
        ctx->measured[i] = (struct measured){0};
    }
    ctx->n_measured = 0;
}

void text_ctx_destroy(struct text_ctx *ctx)
{
    if (!ctx)
        return;
    /* pango loads the fontconfig configuration on a thread of its own; a context that never
     * laid out any text (bad options, an early failure) lays out one letter so that the
     * thread has finished before the font map goes. Done here, not at creation, so that a
     * normal run pays no font lookup for a font it may never use. */
    if (!ctx->shaped && ctx->layout) {
        pango_layout_set_text(ctx->layout, "x", 1);
        pango_layout_get_extents(ctx->layout, NULL, NULL);
    }
    measured_clear(ctx);
    free(ctx->measured);
    for (size_t i = 0; i < ctx->n_fonts; i++)
        pango_font_description_free(ctx->fonts[i].desc);
    if (ctx->layout)
        g_object_unref(ctx->layout);
    if (ctx->context)
        g_object_unref(ctx->context);
    if (ctx->map)
        g_object_unref(ctx->map);
    free(ctx);
}

size_t text_cached(const struct text_ctx *ctx)
{
    return ctx->n_measured;
}

size_t text_cache_capacity(void)
{
    return MEASURE_SLOTS * 3 / 4;
}

void text_begin_chart(struct text_ctx *ctx)
{
    if (ctx->n_measured >= text_cache_capacity())
        measured_clear(ctx); /* a long batch of other texts: start again */
}

void text_set_language(struct text_ctx *ctx, const char *lang)
{
    /* The language picks the right CJK glyph variants and line-breaking rules. */
    ctx->lang = pango_language_from_string(lang ? lang : "en");
    pango_context_set_language(ctx->context, ctx->lang);
    /* Each label takes its direction from its first strong character, so a Persian title reads
     * right to left and an English one left to right in the same chart; pango then also swaps
     * left and right alignment for a right-to-left paragraph, so wrapped lines of a Persian
     * label are right-aligned inside their box. A label with no strong character at all (a
     * date like "2001–2025") takes the chart language's direction. The measure cache is keyed
     * by the language, so it keys the direction too. */
    pango_context_set_base_dir(ctx->context, i18n_rtl(lang) ? PANGO_DIRECTION_WEAK_RTL
                                                            : PANGO_DIRECTION_WEAK_LTR);
    pango_layout_set_auto_dir(ctx->layout, TRUE);
    pango_layout_context_changed(ctx->layout);
}

static PangoFontDescription *font_desc(struct text_ctx *ctx, const struct font *f)
{
    const char *family = f->family ? f->family : "sans-serif";
    for (size_t i = 0; i < ctx->n_fonts; i++) {
        struct cached_font *c = &ctx->fonts[i];
        if (c->size == f->size && c->bold == f->bold && c->italic == f->italic &&
            strcmp(c->family, family) == 0)
            return c->desc;
    }
    size_t slot = ctx->n_fonts < FONT_CACHE ? ctx->n_fonts++ : ctx->next_evict++ % FONT_CACHE;
    struct cached_font *c = &ctx->fonts[slot];
    if (c->desc)
        pango_font_description_free(c->desc);
    snprintf(c->family, sizeof c->family, "%s", family);
    c->size = f->size;
    c->bold = f->bold;
    c->italic = f->italic;
    c->desc = pango_font_description_new();
    pango_font_description_set_family(c->desc, c->family);
    pango_font_description_set_absolute_size(c->desc, f->size * PANGO_SCALE);
    pango_font_description_set_weight(c->desc, f->bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_font_description_set_style(c->desc, f->italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
    return c->desc;
}

static PangoAlignment pango_align(enum align a)
{
    return a == ALIGN_CENTER ? PANGO_ALIGN_CENTER
                             : (a == ALIGN_RIGHT ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
}

/* Noto Sans Arabic's line box is 2.1 em (room for stacked marks that chart labels never
 * have), against 1.37 for Latin and Cyrillic and 1.45 for CJK, so a Persian name would need
 * rows half as tall again as an English one. Lines taller than LINE_CAP em get an absolute
 * line height instead; pango takes the difference equally from above and below, which puts
 * the Arabic baseline where the Latin one is and keeps the ink of ordinary text inside the
 * box. Latin, Cyrillic, CJK and Devanagari lines are never touched. */
static void cap_line_height(PangoLayout *pl, double size)
{
    PangoRectangle logical;
    int lines = pango_layout_get_line_count(pl);
    pango_layout_get_extents(pl, NULL, &logical);
    double cap = LINE_CAP * size * PANGO_SCALE;
    if (lines < 1 || logical.height <= cap * lines + 1)
        return;
    PangoAttrList *attrs = pango_attr_list_new();
    pango_attr_list_insert(attrs, pango_attr_line_height_new_absolute((int)lround(cap)));
    pango_layout_set_attributes(pl, attrs);
    pango_attr_list_unref(attrs);
}

/* Set up a layout; labels are data, never markup. */
static void prepare_layout(struct text_ctx *ctx, PangoLayout *pl, const char *s,
                           const struct font *f, double wrap, enum align align)
{
    pango_layout_set_font_description(pl, font_desc(ctx, f));
    pango_layout_set_attributes(pl, NULL);
    pango_layout_set_width(pl, wrap > 0 ? (int)lround(wrap * PANGO_SCALE) : -1);
    pango_layout_set_wrap(pl, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_alignment(pl, pango_align(align));
    pango_layout_set_text(pl, s ? s : "", -1);
    cap_line_height(pl, f->size);
    ctx->shaped = true;
}

/* Set up the shared layout. */
static void prepare(struct text_ctx *ctx, const char *s, const struct font *f, double wrap,
                    enum align align)
{
    prepare_layout(ctx, ctx->layout, s, f, wrap, align);
}

/* The widest space-separated word of s as laid out in pl, in points, from the advances of
 * the shaped glyphs (no shaping of its own); -1 when s holds a character that breaks a line
 * or jumps to a tab stop. A word broken across lines counts in full, and a hyphen pango adds
 * at the break counts too: never less than the word. */
static double inline_word(PangoLayout *pl, const char *s)
{
    size_t n = strlen(s);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        /* Controls, U+0085 and U+2028/2029 break lines or move to tab stops. */
        if (c < 0x20 || c == 0x7f || (c == 0xc2 && (unsigned char)s[i + 1] == 0x85) ||
            (c == 0xe2 && (unsigned char)s[i + 1] == 0x80 &&
             ((unsigned char)s[i + 2] == 0xa8 || (unsigned char)s[i + 2] == 0xa9)))
            return -1;
    }
    int *start = malloc((n + 1) * sizeof *start), *acc = calloc(n + 1, sizeof *acc);
    double best = -1;
    if (!start || !acc)
        goto done;
    for (size_t i = 0; i < n; i++) /* where the word holding byte i starts; -1 on spaces */
        start[i] = s[i] == ' ' ? -1 : (i > 0 && s[i - 1] != ' ' ? start[i - 1] : (int)i);
    for (GSList *l = pango_layout_get_lines_readonly(pl); l; l = l->next) {
        PangoLayoutLine *line = l->data;
        for (GSList *r = line->runs; r; r = r->next) {
            PangoGlyphItem *run = r->data;
            for (int g = 0; g < run->glyphs->num_glyphs; g++) {
                size_t b = (size_t)run->item->offset + (size_t)run->glyphs->log_clusters[g];
                if (b < n && start[b] >= 0)
                    acc[start[b]] += run->glyphs->glyphs[g].geometry.width;
            }
        }
    }
    best = 0;
    for (size_t i = 0; i < n; i++)
        best = fmax(best, (double)acc[i] / PANGO_SCALE);
done:
    free(start);
    free(acc);
    return best;
}

static void size_of(PangoLayout *pl, struct text_size *out)
{
    PangoRectangle logical;
    pango_layout_get_extents(pl, NULL, &logical);
    out->w = (double)logical.width / PANGO_SCALE;
    out->h = (double)logical.height / PANGO_SCALE;
    out->baseline = (double)pango_layout_get_baseline(pl) / PANGO_SCALE;
    out->lines = pango_layout_get_line_count(pl);
    out->unknown_glyphs = pango_layout_get_unknown_glyphs_count(pl);
}

/* FNV-1a over the key's bytes and both strings. */
static uint64_t hash_bytes(uint64_t h, const void *p, size_t n)
{
    const unsigned char *b = p;
    for (size_t i = 0; i < n; i++)
        h = (h ^ b[i]) * 1099511628211u;
    return h;
}

static uint64_t measure_hash(const struct measure_key *k, const char *family, const char *s)
{
    uint64_t h = hash_bytes(14695981039346656037u, k, sizeof *k);
    h = hash_bytes(h, family, strlen(family) + 1);
    return hash_bytes(h, s, strlen(s));
}

/* The slot holding this key, or the empty slot where it belongs. */
static struct measured *measured_slot(struct text_ctx *ctx, uint64_t h, const struct measure_key *k,
                                      const char *family, const char *s)
{
    for (size_t i = h % ctx->n_slots;; i = (i + 1) % ctx->n_slots) {
        struct measured *m = &ctx->measured[i];
        /* Keys have zeroed padding (see entry); measured_clear empties every slot it frees,
         * which the analyzer loses track of. */
        // NOLINTBEGIN(bugprone-suspicious-memory-comparison,clang-analyzer-unix.Malloc)
        if (!m->text || (m->hash == h && memcmp(&m->key, k, sizeof *k) == 0 &&
                         strcmp(m->family, family) == 0 && strcmp(m->text, s) == 0))
            return m;
        // NOLINTEND(bugprone-suspicious-memory-comparison,clang-analyzer-unix.Malloc)
    }
}

/* Twice the slots, the entries moved by their hashes; false when out of memory. */
static bool measured_grow(struct text_ctx *ctx)
{
    size_t n = ctx->n_slots * 2;
    struct measured *old = ctx->measured, *t = calloc(n, sizeof *t);
    if (!t)
        return false;
    for (size_t i = 0; i < ctx->n_slots; i++) {
        if (!old[i].text)
            continue;
        size_t j = old[i].hash % n;
        while (t[j].text)
            j = (j + 1) % n;
        t[j] = old[i];
    }
    free(old);
    ctx->measured = t;
    ctx->n_slots = n;
    return true;
}

/* The cache entry of a text, shaped in a layout of its own when it is new, so that drawing
 * it later shapes nothing; NULL without a cache or memory. */
static struct measured *entry(struct text_ctx *ctx, const char *s, const struct font *font,
                              double wrap, enum align align)
{
    struct measure_key k;
    const char *family = font->family ? font->family : "sans-serif";
    if (!ctx->measured)
        return NULL;
    memset(&k, 0, sizeof k); /* padding bytes take part in the hash and the compare */
    k.lang = ctx->lang;
    k.size = font->size;
    k.wrap = wrap;
    k.bold = font->bold;
    k.italic = font->italic;
    k.align = (int)align;
    uint64_t h = measure_hash(&k, family, s);
    struct measured *m = measured_slot(ctx, h, &k, family, s);
    if (m->text)
        return m;
    PangoLayout *pl = pango_layout_new(ctx->context);
    if (!pl)
        return NULL;
    if (ctx->n_measured >= ctx->n_slots * 3 / 4) {
        /* Full: this text is measured without the cache (text_begin_chart empties it before
         * the next chart). Emptying it here, in the middle of a chart, would throw away the
         * layouts of texts not yet drawn: a chart of 3,000 members measured 10,000 texts. */
        if (!(ctx->n_slots < MEASURE_SLOTS && measured_grow(ctx))) {
            g_object_unref(pl);
            return NULL;
        }
        m = measured_slot(ctx, h, &k, family, s);
    }
    m->family = strdup(family);
    m->text = strdup(s);
    if (!m->family || !m->text) {
        free(m->family);
        free(m->text);
        m->family = m->text = NULL;
        g_object_unref(pl);
        return NULL;
    }
    prepare_layout(ctx, pl, s, font, wrap, align);
    size_of(pl, &m->size);
    m->hash = h;
    m->key = k;
    m->word = NAN;
    m->layout = pl;
    ctx->n_measured++;
    return m;
}

/* Measure, through the cache. word (may be NULL) gets the widest word as laid out. */
static void measure(struct text_ctx *ctx, const char *s, const struct font *font, double wrap,
                    enum align align, struct text_size *out, double *word)
{
    s = s ? s : "";
    struct measured *m = entry(ctx, s, font, wrap, align);
    if (!m) {
        prepare(ctx, s, font, wrap, align);
        size_of(ctx->layout, out);
        if (word)
            *word = inline_word(ctx->layout, s);
        return;
    }
    *out = m->size;
    if (word) {
        if (isnan(m->word))
            m->word = inline_word(m->layout, s);
        *word = m->word;
    }
}

void text_measure(struct text_ctx *ctx, const char *s, const struct font *font, double wrap,
                  enum align align, struct text_size *out)
{
    measure(ctx, s, font, wrap, align, out, NULL);
}

double text_measure_unsplit(struct text_ctx *ctx, const char *s, const struct font *font,
                            double min_wrap, double pad, struct text_size *out)
{
    double word;
    s = s ? s : "";
    /* Most labels: laid out at min_wrap, every line starts after a space and every word
     * is far narrower than min_wrap - pad, so the longest word cannot push the wrap width
     * up and one shaping answers. A word shaped on its own can differ from the same word
     * inside a line only by kerning against the spaces around it and by which font its
     * punctuation and digits take from their neighbours: tenths of an em. The margin of
     * 3 em leaves those far behind; closer calls measure each word on its own. */
    if (min_wrap > 0 && strchr(s, ' ')) {
        measure(ctx, s, font, min_wrap, ALIGN_LEFT, out, &word);
        if (word >= 0 && word + pad + 3 * font->size <= min_wrap)
            return min_wrap;
    }
    double wrap = fmax(text_longest_word(ctx, s, font) + pad, min_wrap);
    text_measure(ctx, s, font, wrap, ALIGN_LEFT, out);
    return wrap;
}

void text_draw(struct text_ctx *ctx, cairo_t *cr, const char *s, const struct font *font,
               double wrap, enum align align, double x, double y, uint32_t color)
{
    PangoRectangle logical;
    struct measured *m = entry(ctx, s ? s : "", font, wrap, align);
    PangoLayout *pl = m ? m->layout : ctx->layout;
    if (!m)
        prepare(ctx, s, font, wrap, align);
    pango_layout_get_extents(pl, NULL, &logical);
    cairo_save(cr);
    cairo_set_source_rgba(cr, ((color >> 24) & 0xff) / 255.0, ((color >> 16) & 0xff) / 255.0,
                          ((color >> 8) & 0xff) / 255.0, (color & 0xff) / 255.0);
    /* The box was measured from the logical extents; with a wrap width and centre or right
     * alignment they start inside the layout, so shift back by their offset. */
    cairo_move_to(cr, x - (double)logical.x / PANGO_SCALE, y - (double)logical.y / PANGO_SCALE);
    pango_cairo_show_layout(cr, pl);
    cairo_restore(cr);
}

/* Bytes at the end of s[0..n) that are white space or a line break (U+0085, U+2028/9). */
static size_t trailing_space(const char *s, size_t n)
{
    size_t k = n;
    while (k > 0) {
        unsigned char c = (unsigned char)s[k - 1];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            k--;
        else if (k >= 2 && c == 0x85 && (unsigned char)s[k - 2] == 0xc2)
            k -= 2;
        else if (k >= 3 && (c == 0xa8 || c == 0xa9) && (unsigned char)s[k - 2] == 0x80 &&
                 (unsigned char)s[k - 3] == 0xe2)
            k -= 3;
        else
            break;
    }
    return n - k;
}

/* The line's logical extent without its trailing space, from the left of the layout's
 * logical box. x ranges of the text itself lose clusters of complex scripts (a Devanagari word
 * came out a glyph short), so only the space is measured that way. */
static void line_extent(PangoLayoutIter *iter, PangoLayoutLine *line, struct text_line *tl,
                        const PangoRectangle *logical)
{
    PangoRectangle lr;
    pango_layout_iter_get_line_extents(iter, NULL, &lr);
    int lo = lr.x, hi = lr.x + lr.width, *ranges = NULL, n = 0;
    if (tl->len < (size_t)line->length)
        pango_layout_line_get_x_ranges(line, (int)(tl->start + tl->len),
                                       line->start_index + line->length, &ranges, &n);
    for (size_t i = 0; i < (size_t)n; i++) {
        int a = ranges[2 * i], b = ranges[2 * i + 1];
        if (b >= hi && a > lo)
            hi = a; /* the space after a left-to-right line */
        else if (a <= lo && b < hi)
            lo = b; /* ... and before a right-to-left one */
    }
    g_free(ranges);
    tl->x = (double)(lo - logical->x) / PANGO_SCALE;
    tl->w = (double)(hi - lo) / PANGO_SCALE;
}

void text_lines(struct text_ctx *ctx, const char *s, const struct font *font, double wrap,
                enum align align, void (*fn)(void *user, const struct text_line *line), void *user)
{
    PangoRectangle logical;
    s = s ? s : "";
    struct measured *m = entry(ctx, s, font, wrap, align);
    PangoLayout *pl = m ? m->layout : ctx->layout;
    if (!m)
        prepare(ctx, s, font, wrap, align);
    pango_layout_get_extents(pl, NULL, &logical);
    PangoLayoutIter *iter = pango_layout_get_iter(pl);
    do {
        PangoLayoutLine *line = pango_layout_iter_get_line_readonly(iter);
        struct text_line tl = {(size_t)line->start_index, (size_t)line->length, 0, 0, 0, false};
        tl.len -= trailing_space(s + tl.start, tl.len);
        if (tl.len == 0)
            continue;
        line_extent(iter, line, &tl, &logical);
        tl.baseline = (double)(pango_layout_iter_get_baseline(iter) - logical.y) / PANGO_SCALE;
        tl.rtl = line->resolved_dir == PANGO_DIRECTION_RTL;
        fn(user, &tl);
    } while (pango_layout_iter_next_line(iter));
    pango_layout_iter_free(iter);
}

double text_longest_word(struct text_ctx *ctx, const char *s, const struct font *font)
{
    double best = 0;
    const char *p = s;
    char word[512];
    while (*p) {
        size_t n = strcspn(p, " ");
        if (n > 0 && n < sizeof word) {
            struct text_size ts;
            memcpy(word, p, n);
            word[n] = '\0';
            text_measure(ctx, word, font, 0, ALIGN_LEFT, &ts);
            if (ts.w > best)
                best = ts.w;
        }
        p += n;
        while (*p == ' ')
            p++;
    }
    return best;
}

/* s cut to its first n bytes (at a character boundary), "…" and after; NULL when out of
 * memory. */
static char *cut_text(const char *s, size_t n, const char *after)
{
    while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
        n--;
    while (n > 0 && s[n - 1] == ' ') /* "Member…", not "Member …" */
        n--;
    size_t na = strlen(after);
    char *t = malloc(n + na + 4);
    if (!t)
        return NULL;
    memcpy(t, s, n);
    snprintf(t + n, na + 4, "\xE2\x80\xA6%s", after); /* "…" then after, NUL-terminated */
    return t;
}

char *text_cut_lines(struct text_ctx *ctx, const char *s, const char *after,
                     const struct font *font, double wrap, int max_lines, struct text_size *out)
{
    struct text_size line;
    text_measure(ctx, "Ag", font, 0, ALIGN_LEFT, &line);
    double max_h = line.h * max_lines + 0.5;
    size_t lo = 0, hi = strlen(s) + 1;
    while (lo + 1 < hi) { /* the longest cut that fits */
        size_t mid = lo + (hi - lo) / 2;
        char *t = cut_text(s, mid, after);
        if (!t)
            return NULL;
        text_measure(ctx, t, font, wrap, ALIGN_LEFT, out);
        *(out->h <= max_h && out->w <= wrap + 0.5 ? &lo : &hi) = mid;
        free(t);
    }
    char *t = cut_text(s, lo, after);
    if (t)
        text_measure(ctx, t, font, wrap, ALIGN_LEFT, out);
    return t;
}

bool text_fits_lines(struct text_ctx *ctx, const struct text_size *ts, const struct font *font,
                     double wrap, int max_lines)
{
    struct text_size line;
    text_measure(ctx, "Ag", font, 0, ALIGN_LEFT, &line);
    return ts->h <= line.h * max_lines + 0.5 && (wrap <= 0 || ts->w <= wrap + 0.5);
}

/* The first character of the laid-out text that fell back to pango's "unknown glyph" box. */
static gunichar first_unknown(PangoLayout *pl)
{
    gunichar found = 0;
    PangoLayoutIter *iter = pango_layout_get_iter(pl);
    do {
        PangoLayoutRun *run = pango_layout_iter_get_run_readonly(iter);
        if (!run)
            continue;
        for (int i = 0; i < run->glyphs->num_glyphs && !found; i++) {
            PangoGlyph g = run->glyphs->glyphs[i].glyph;
            if (g & PANGO_GLYPH_UNKNOWN_FLAG)
                found = g & ~PANGO_GLYPH_UNKNOWN_FLAG;
        }
    } while (!found && pango_layout_iter_next_run(iter));
    pango_layout_iter_free(iter);
    return found;
}

unsigned text_first_unknown(struct text_ctx *ctx, const char *s, const struct font *font,
                            double wrap)
{
    prepare(ctx, s, font, wrap, ALIGN_LEFT);
    if (pango_layout_get_unknown_glyphs_count(ctx->layout) == 0)
        return 0;
    return first_unknown(ctx->layout);
}

/* Debian packages by script; fonts-noto-core covers most living scripts. */
const char *text_font_package(unsigned c)
{
    GUnicodeScript sc = g_unichar_get_script(c);
    if (sc == G_UNICODE_SCRIPT_HAN || sc == G_UNICODE_SCRIPT_HIRAGANA ||
        sc == G_UNICODE_SCRIPT_KATAKANA || sc == G_UNICODE_SCRIPT_HANGUL ||
        sc == G_UNICODE_SCRIPT_BOPOMOFO)
        return "fonts-noto-cjk";
    if ((c >= 0x1F300 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF))
        return "fonts-noto-color-emoji";
    if ((c >= 0xE000 && c <= 0xF8FF) || c >= 0xF0000)
        return NULL; /* private use: only a font made for it can draw it */
    if (g_unichar_type(c) == G_UNICODE_UNASSIGNED)
        return NULL;
    return "fonts-noto-core or fonts-noto-extra";
}

/* CSS and fontconfig's generic names: always there, as some installed face. */
static bool generic_family(const char *name, size_t n)
{
    static const char *const generic[] = {"sans-serif", "sans",    "serif",     "monospace", "mono",
                                          "cursive",    "fantasy", "system-ui", "emoji"};
    for (size_t i = 0; i < sizeof generic / sizeof *generic; i++)
        if (strlen(generic[i]) == n && g_ascii_strncasecmp(name, generic[i], n) == 0)
            return true;
    return false;
}

static bool family_listed(PangoFontFamily **families, int n, const char *name, size_t len)
{
    for (int i = 0; i < n; i++) {
        const char *f = pango_font_family_get_name(families[i]);
        if (strlen(f) == len && g_ascii_strncasecmp(f, name, len) == 0)
            return true;
    }
    return false;
}

/* The face fontconfig picks for the whole list, as its family name. */
static void family_used(struct text_ctx *ctx, const char *list, char *used, size_t size)
{
    PangoFontDescription *d = pango_font_description_new();
    pango_font_description_set_family(d, list);
    pango_font_description_set_size(d, 10 * PANGO_SCALE);
    PangoFont *f = pango_font_map_load_font(ctx->map, ctx->context, d);
    PangoFontDescription *got = f ? pango_font_describe(f) : NULL;
    const char *fam = got ? pango_font_description_get_family(got) : NULL;
    snprintf(used, size, "%s", fam ? fam : "?");
    if (got)
        pango_font_description_free(got);
    if (f)
        g_object_unref(f);
    pango_font_description_free(d);
}

bool text_family_missing(struct text_ctx *ctx, const char *list, char *missing, size_t msize,
                         char *used, size_t usize)
{
    PangoFontFamily **families = NULL;
    int n = 0;
    pango_font_map_list_families(ctx->map, &families, &n);
    bool found_missing = false;
    for (const char *p = list; *p && !found_missing;) {
        const char *end = strchr(p, ',');
        size_t len = end ? (size_t)(end - p) : strlen(p);
        const char *name = p;
        size_t k = len;
        while (k && (*name == ' ' || *name == '\t'))
            name++, k--;
        while (k && (name[k - 1] == ' ' || name[k - 1] == '\t'))
            k--;
        if (k && !generic_family(name, k) && !family_listed(families, n, name, k)) {
            snprintf(missing, msize, "%.*s", (int)k, name);
            found_missing = true;
        }
        p += len + (end ? 1 : 0);
    }
    g_free(families);
    if (found_missing)
        family_used(ctx, list, used, usize);
    ctx->shaped = true; /* loading a font waited for fontconfig's thread */
    return found_missing;
}
