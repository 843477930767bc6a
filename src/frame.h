/* The page around every chart's plot: title, subtitle, legend, source note and as-of date, at
 * a fixed height or growing with the content. A chart opens the frame (which places the header
 * and measures the rest), lays its plot out from frame.top down, and closes it (which sets the
 * page height and places the legend and the footer). */
#ifndef ML_FRAME_H
#define ML_FRAME_H

#include "chart.h"

enum legend_kind { LEGEND_SWATCH, LEGEND_MARKER, LEGEND_LINE };

struct legend_entry {
    char *label; /* owned by the legend */
    uint32_t color;
    enum pattern pattern;
    enum legend_kind kind;
    enum shape shape;
    bool hollow;
    bool dashed;
    const char *status, *ref; /* the status id or category id it stands for, or NULL; copied
                                 into the symbol's item for the layout dump */
};

/* The entries of a legend, as many as the chart has. */
struct legend {
    struct legend_entry *e;
    size_t n, cap;
    bool nomem; /* an entry could not be added */
};

/* Append e with a copy of label (e.label is ignored). False when memory runs out. */
bool legend_add(struct legend *lg, struct legend_entry e, const char *label);
void legend_finish(struct legend *lg);

struct frame {
    struct layout *l;
    struct text_ctx *ctx;
    const struct chart_opts *opts;
    const struct legend *legend; /* NULL or empty: no legend */
    bool fixed;                  /* the page height is given ... */
    double height;               /* ... as this; the chart may change both before closing */
    double legend_y, legend_h;   /* legend_h 0 without a legend */
    double footer_h;
    double top; /* where the chart's own content may start */
};

/* Place the title and subtitle, measure the legend (NULL for none) and the footer. */
void frame_open(struct frame *f, struct layout *l, struct text_ctx *ctx,
                const struct chart_opts *opts, const struct legend *legend);
/* Under a fixed height, the lowest y the content may reach (above the footer); otherwise
 * +infinity. */
double frame_bottom(const struct frame *f);
/* Set the page height (the fixed one, or what content ending at content_bottom needs) and
 * place the legend and the footer. */
void frame_close(struct frame *f, double content_bottom);

/* Mirror the chart's body about the page's centre line (--direction rtl): the time axis then
 * runs right to left, and every label keeps its place beside what it names. The frame's own
 * items (title, subtitle, legend, footer) stay: they follow the language. A mirror image of a
 * body that kept to the page, without overlaps, keeps to it without overlaps (the margins are
 * the same on both sides). */
void frame_mirror(struct layout *l, const struct chart_opts *opts);

/* The legend alone: entries flow left to right and wrap within width, and an entry too long
 * for the width wraps its text. With l NULL nothing is added: it only measures. Returns the
 * height used. */
double frame_legend(struct layout *l, struct text_ctx *ctx, const struct chart_opts *opts,
                    const struct legend *lg, double x, double y, double width);

/* The "No data" note (in the chart's language) in the middle of the box (x0, y0)-(x1, y1), for a
 * document with nothing to draw: blank axes would read as a chart of nothing but zeros. When
 * later members exist (they join after the chart's date), "No data" would be false: the note
 * says "N members join after the chart's date" instead. */
void frame_no_data(struct layout *l, struct text_ctx *ctx, const struct chart_opts *opts,
                   size_t later, double x0, double y0, double x1, double y1);

#endif
