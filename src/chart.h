/* What every chart module gets: resolved options, and the table of chart kinds. */
#ifndef ML_CHART_H
#define ML_CHART_H

#include <stdbool.h>

#include "layout.h"
#include "model.h"
#include "text.h"
#include "theme.h"

/* Type sizes, computed once from the chart size and the theme. */
struct fonts {
    struct font title, subtitle, label, small, axis, legend, note, header;
};

/* What a layout reports back while it runs: warnings and missing translations. */
#define CHART_MAX_WARNINGS 16

struct chart_state {
    int warnings;
    char messages[CHART_MAX_WARNINGS][512];
    int missing_texts;         /* distinct texts, however often each is drawn or described */
    char missing[512];         /* the first few texts without a translation */
    const struct mtext **seen; /* those texts, to count each once (chart_state_finish) */
    size_t n_seen, cap_seen;
};

/* Free what the state holds and empty it (for a second layout, or at the end). */
void chart_state_finish(struct chart_state *st);

struct world;

struct chart_opts {
    const struct ml_options *user;
    struct chart_state *state;
    struct theme theme;
    int lang;              /* index into doc->langs */
    const char *lang_code; /* BCP 47: "en", "ru", "pt-BR" ...; the data's, or lang_tag */
    char lang_tag[72];     /* --lang as asked, when it fell back to a data language (at most
                              64 bytes: i18n_valid_tag) */
    double width, height;  /* points; height 0 = grow with the content */
    bool fixed_height;
    bool grown_pages;     /* pages of a chart grown past its most height: the rows keep the
                             type they grew at, and go on as many pages as they need */
    double min_height;    /* with height 0, the page the content is laid out on when it fits */
    struct date from, to; /* axis range when has_from / has_to */
    bool has_from, has_to;
    struct date as_of; /* always set: option, else data, else today */
    bool mirror;       /* --direction rtl: the time axis runs right to left (frame_mirror) */
    struct fonts fonts;
    double margin;     /* page margin, points */
    double gap;        /* the basic spacing unit, points */
    const char *title; /* resolved in lang; NULL when hidden */
    const char *subtitle;
    const char *source_note;
    /* The renderer's country shapes, loaded before the first map chart is laid out and kept
     * for the next ones; NULL for charts that draw no map. */
    const struct world *world;
};

struct chart_kind {
    const char *name;
    bool (*layout)(const struct ml_doc *doc, const struct chart_opts *opts, struct text_ctx *ctx,
                   struct layout *out, struct ml_error *err);
    bool world; /* draws countries: the renderer loads the shapes first */
    bool pages; /* lays its content out in pages when a fixed height is too short */
};

const struct chart_kind *chart_find(const char *name);
/* Type sizes, gap and margin from the width, the height (when fixed) and the theme. */
void chart_set_fonts(struct chart_opts *c);
/* On a slide (--size slide) every type size grows in proportion until none is below 1.25% of
 * the slide's width; a chart calls it on its copy of the options. */
void chart_slide_type(struct chart_opts *o);
/* Pass a warning to the user's callback (printf-style). Under --strict the caller turns the
 * first warning into an error: see chart_warned. */
void chart_warn(struct chart_state *st, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Warn of each option that applies to another chart than this one (src/options.c). */
void options_warn_unused(const struct ml_options *o, const char *chart, struct chart_state *st);
/* Text of t in the chart language; warns once per chart about missing translations. */
const char *chart_text(const struct chart_opts *opts, const struct mtext *t);

bool timeline_layout(const struct ml_doc *doc, const struct chart_opts *opts, struct text_ctx *ctx,
                     struct layout *out, struct ml_error *err);
bool membership_layout(const struct ml_doc *doc, const struct chart_opts *opts,
                       struct text_ctx *ctx, struct layout *out, struct ml_error *err);
bool count_layout(const struct ml_doc *doc, const struct chart_opts *opts, struct text_ctx *ctx,
                  struct layout *out, struct ml_error *err);
bool map_layout(const struct ml_doc *doc, const struct chart_opts *opts, struct text_ctx *ctx,
                struct layout *out, struct ml_error *err);

#endif
