/* A chart's computed geometry: items in points, origin at the top left. Pure data, drawn by
 * draw.c into any cairo surface and dumped as JSON for tests and users. */
#ifndef ML_LAYOUT_H
#define ML_LAYOUT_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "date.h"
#include "text.h"

struct box {
    double x, y, w, h;
};

enum item_kind {
    ITEM_TEXT,
    ITEM_MARKER,
    ITEM_LINE,
    ITEM_BAR,
    ITEM_BAND,
    ITEM_AXIS,
    ITEM_RECT,
    ITEM_PATH
};

enum shape { SHAPE_CIRCLE, SHAPE_DIAMOND, SHAPE_SQUARE, SHAPE_TRIANGLE, SHAPE_BRACKET };

/* Fill patterns so that the print theme stays readable in grayscale. The diagonal hatch marks
 * a suspension; statuses take the patterns that neither are nor look like it (style.c). */
enum pattern {
    PATTERN_NONE,
    PATTERN_HATCH,
    PATTERN_DOTS,
    PATTERN_CROSS,
    PATTERN_BACKHATCH,
    PATTERN_HLINES,
    PATTERN_VLINES,
    PATTERN_GRID,
    PATTERN_CHECKER,
    PATTERN_RINGS,
    PATTERN_PLUS,
    PATTERN_WAVES
};

struct item {
    enum item_kind kind;
    const char *role; /* static: "title", "label", "date", "tick", "legend", "leader" ... */
    struct box box;
    uint32_t fill, stroke; /* 0xRRGGBBAA; alpha 0 = none */
    double stroke_width;
    bool dashed;
    enum pattern pattern;
    enum shape shape;      /* ITEM_MARKER */
    bool vertical;         /* SHAPE_BRACKET beside a vertical line: it opens to the right */
    double x0, y0, x1, y1; /* ITEM_LINE and ITEM_AXIS end points */
    double radius;         /* ITEM_RECT, ITEM_BAR corner radius */
    char *text;            /* ITEM_TEXT */
    struct font font;
    double wrap;
    enum align align;
    char *ref, *status, *link; /* data the item stands for; owned */
    char *tip;                 /* a tooltip: an event's full title, date and description */
    struct date from, to;
    bool has_from, has_to, open;
    double value;
    bool has_value;
    double *pts; /* ITEM_PATH: x,y pairs */
    size_t n_pts;
    size_t *rings; /* points in each closed ring */
    size_t n_rings;
};

struct layout {
    const char *chart;
    double width, height;
    uint32_t background;
    struct item *items;
    size_t n_items, cap;
    char *title; /* document metadata */
    char *subject;
    char *alt_text; /* a description for screen readers */
    char *lang;     /* the chart's language code, as in the data ("en", "zh") */
    char *source;   /* the source note, as printed; NULL when none */
    bool nomem;     /* an allocation failed: the layout is incomplete */
    /* A chart of several pages is a list of layouts, one per page, of the same size: the
     * first is the chart's own, each next one owned by the one before (layout_finish frees
     * them). page is 1-based. */
    struct layout *next;
    int page;
};

void layout_init(struct layout *l, const char *chart);
void layout_finish(struct layout *l);
/* A new empty page after the last page of l, of l's chart, size and background; NULL (and
 * l->nomem) when memory runs out. */
struct layout *layout_add_page(struct layout *l);
/* How many pages l has (1 for a chart of one page). */
int layout_pages(const struct layout *l);
/* Page n (1-based) of l, or NULL when there is none. */
const struct layout *layout_page(const struct layout *l, int n);
/* A zeroed item appended to l, or NULL (and l->nomem) when memory runs out. */
struct item *layout_add(struct layout *l, enum item_kind kind, const char *role);
/* A text item whose box has its top-left at (x, y) and the size text_measure gives. */
struct item *layout_text(struct layout *l, struct text_ctx *ctx, const char *s,
                         const struct font *font, double wrap, enum align align, double x, double y,
                         uint32_t color, const char *role);
struct item *layout_line(struct layout *l, double x0, double y0, double x1, double y1,
                         uint32_t color, double width, const char *role);
struct item *layout_rect(struct layout *l, enum item_kind kind, struct box b, uint32_t fill,
                         const char *role);
/* Copy s into an item field (ref, status, link, text); false on no memory. */
bool item_set(struct layout *l, char **field, const char *s);
bool box_intersects(const struct box *a, const struct box *b);
/* Grow the box b by d on every side. */
struct box box_grow(struct box b, double d);
/* Does the segment (x0,y0)-(x1,y1) cross the box? */
bool segment_hits_box(double x0, double y0, double x1, double y1, const struct box *b);
bool layout_write_json(const struct layout *l, FILE *out);

#endif
