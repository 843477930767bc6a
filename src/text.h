/* All pango use sits behind these helpers. One text_ctx per process, reused for every chart. */
#ifndef ML_TEXT_H
#define ML_TEXT_H

#include <cairo.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "memberline.h"

struct font {
    const char *family; /* owned by the theme */
    double size;        /* points */
    bool bold;
    bool italic;
};

enum align { ALIGN_LEFT, ALIGN_CENTER, ALIGN_RIGHT };

struct text_size {
    double w, h;     /* logical extents, points */
    double baseline; /* from the top of the first line */
    int lines;
    int unknown_glyphs; /* glyphs no installed font can draw */
};

struct text_ctx;

struct text_ctx *text_ctx_create(struct ml_error *err);
void text_ctx_destroy(struct text_ctx *ctx);
/* A chart begins: the cache of measured texts is emptied if it is full. Texts measured after
 * it filled up within one chart are measured (and drawn) without it. */
void text_begin_chart(struct text_ctx *ctx);
/* The chart language: picks CJK glyph variants and line-breaking rules. */
void text_set_language(struct text_ctx *ctx, const char *lang);
/* Lay out s (plain text, never markup) in font, wrapped at wrap points (0: one line). */
void text_measure(struct text_ctx *ctx, const char *s, const struct font *font, double wrap,
                  enum align align, struct text_size *out);
/* Draw s so that its logical box has its top-left corner at (x, y). */
void text_draw(struct text_ctx *ctx, cairo_t *cr, const char *s, const struct font *font,
               double wrap, enum align align, double x, double y, uint32_t color);
/* One line of a laid-out text, as text_draw puts it when the box's top-left is (0, 0). */
struct text_line {
    size_t start, len; /* bytes of s, without the line break and trailing white space */
    double x, w;       /* left edge and width of the line's glyphs, points */
    double baseline;   /* from the top of the box */
    bool rtl;          /* the line's base direction is right to left */
};

/* Call fn for each non-blank line pango broke s into (the same shaping text_draw draws), so
 * that a writer that sets its own text (SVG) breaks and places lines exactly as drawn. */
void text_lines(struct text_ctx *ctx, const char *s, const struct font *font, double wrap,
                enum align align, void (*fn)(void *user, const struct text_line *line), void *user);
/* The first character of s no installed font can draw (a Unicode code point), else 0. */
unsigned text_first_unknown(struct text_ctx *ctx, const char *s, const struct font *font,
                            double wrap);
/* A Debian font package that draws c, or NULL when none does (private use, unassigned). */
const char *text_font_package(unsigned c);
/* Measure s (left-aligned) wrapped at max(its widest word + pad, min_wrap), so that no word
 * is ever split; returns that wrap width. The same as text_longest_word and text_measure,
 * in one shaping for most labels. */
double text_measure_unsplit(struct text_ctx *ctx, const char *s, const struct font *font,
                            double min_wrap, double pad, struct text_size *out);
/* Does a text of size ts, wrapped at wrap (0: one line), take at most max_lines lines? */
bool text_fits_lines(struct text_ctx *ctx, const struct text_size *ts, const struct font *font,
                     double wrap, int max_lines);
/* The longest start of s that, with "…" and after (say ": 10"), fits max_lines lines wrapped
 * at wrap (a word longer than wrap breaks); its size in *out. For a label too long to show
 * whole: the caller keeps the whole text (the item's tip, the alt text). Malloc'd; NULL when
 * memory runs out. */
char *text_cut_lines(struct text_ctx *ctx, const char *s, const char *after,
                     const struct font *font, double wrap, int max_lines, struct text_size *out);
/* The widest single word of s, to choose a wrap width that never splits a word. */
double text_longest_word(struct text_ctx *ctx, const char *s, const struct font *font);
/* How many measured texts the cache holds, and how many it holds at most (for the tests). */
/* Is a family of the Pango family list ("Noto Serif, sans-serif") not installed? Then true,
 * with its name in missing and the family fontconfig draws the list with in used. Generic
 * names (sans-serif, serif, monospace ...) are always there. */
bool text_family_missing(struct text_ctx *ctx, const char *list, char *missing, size_t msize,
                         char *used, size_t usize);
size_t text_cached(const struct text_ctx *ctx);
size_t text_cache_capacity(void);

#endif
