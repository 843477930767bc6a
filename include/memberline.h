/* memberline: timeline and membership charts from JSON, drawn with cairo and pango.
 *
 * The one public header. Objects are opaque; every *_destroy accepts NULL.
 * Functions that can fail fill a struct ml_error (callers may pass NULL) and
 * return NULL or false. The library never prints and never exits.
 */
#ifndef ML_MEMBERLINE_H
#define ML_MEMBERLINE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define ML_VERSION "0.1.0"
#define ML_FORMAT_VERSION 1

/* ---------------------------------------------------------------- errors */

enum ml_error_code {
    ML_OK = 0,
    ML_ERROR_USAGE,  /* a bad option value given to the library */
    ML_ERROR_INPUT,  /* the input cannot be opened or read */
    ML_ERROR_SYNTAX, /* not JSON */
    ML_ERROR_SCHEMA, /* JSON, but not of the memberline format */
    ML_ERROR_VALUE,  /* a value is of the right type but wrong (date, reference ...) */
    ML_ERROR_LIMIT,  /* a documented size limit was exceeded */
    ML_ERROR_OUTPUT, /* the output cannot be created */
    ML_ERROR_WRITE,  /* writing the output failed part way */
    ML_ERROR_RENDER, /* cairo or pango failed */
    ML_ERROR_NOMEM,
    ML_ERROR_WARNING, /* a warning turned into an error by strict mode */
    ML_WARNING        /* only in struct ml_diagnostics: a doubt about valid data (a member
                         the map cannot match); the document is still returned */
};

/* Fixed buffers so that reporting never allocates. The first error wins. */
struct ml_error {
    enum ml_error_code code;
    int line, column; /* 1-based; -1 when unknown */
    char source[256]; /* file path, or "<stdin>" */
    char path[128];   /* JSON path such as "events[3].date", or for a bad option the member of
                         struct ml_options ("sort"); "" when none */
    char text[256];   /* what was found and what was expected */
};

/* Format as GNU-style "source:line:column: error: text" or "source: path: error: text"
 * ("warning:" for ML_WARNING). */
void ml_error_format(const struct ml_error *err, char *buf, size_t size);

/* Every problem in one file, for `memberline check`. */
#define ML_DIAG_MAX 50
struct ml_diagnostics {
    size_t count;   /* entries filled in items */
    size_t dropped; /* further errors not kept */
    struct ml_error items[ML_DIAG_MAX];
};

/* ---------------------------------------------------------------- documents */

struct ml_doc;

/* Load and validate a memberline JSON file; "-" reads standard input.
 * The caller owns the result and frees it with ml_doc_destroy. */
struct ml_doc *ml_doc_load_file(const char *path, struct ml_error *err);
/* Same from memory; source names the text in messages ("<string>" when NULL). */
struct ml_doc *ml_doc_load_string(const char *text, size_t len, const char *source,
                                  struct ml_error *err);
/* Validate and collect up to ML_DIAG_MAX errors instead of stopping at the first, with the
 * warnings (code ML_WARNING) among them. Returns the document when it has no error. */
struct ml_doc *ml_doc_check_file(const char *path, struct ml_diagnostics *diags);
struct ml_doc *ml_doc_check_string(const char *text, size_t len, const char *source,
                                   struct ml_diagnostics *diags);
void ml_doc_destroy(struct ml_doc *doc);

/* One line: events and their date range, members, statuses. */
void ml_doc_summary(const struct ml_doc *doc, char *buf, size_t size);
/* How many members hold status_id on date (YYYY[-MM[-DD]]), suspended ones included; -1 with
 * err set on a bad argument. */
int ml_doc_count_status(const struct ml_doc *doc, const char *status_id, const char *date,
                        struct ml_error *err);
/* How many of those are suspended on date (a period's "suspended"); -1 as above. */
int ml_doc_count_suspended(const struct ml_doc *doc, const char *status_id, const char *date,
                           struct ml_error *err);

/* ---------------------------------------------------------------- rendering */

/* Owns the fonts and text shaping state. Create one per process (or thread) and reuse it
 * for every chart: starting the font machinery costs far more than drawing a chart.
 *
 * Lifetime: every chart made with a renderer holds a reference to it, so the renderer may be
 * destroyed before its charts are written or destroyed; what they need is freed with the last
 * of them. A renderer and its charts are used from one thread at a time. */
struct ml_renderer;
/* NULL with err set (ML_ERROR_NOMEM, ML_ERROR_RENDER) when the fonts cannot be set up. */
struct ml_renderer *ml_renderer_create(struct ml_error *err);
/* Drops the caller's reference; see "Lifetime" above. Accepts NULL. */
void ml_renderer_destroy(struct ml_renderer *r);

/* The folder where `make install` put the bundled data and the map's country shapes
 * (DATADIR at build time, such as "/usr/local/share/memberline"). A static string. */
const char *ml_default_data_dir(void);
/* Read the map's country shapes (world-110m.txt) from dir, a folder, from now on; the string
 * is copied. Without it, or with dir NULL, they are looked for in $MEMBERLINE_DATA_DIR, ./data,
 * beside the program (<dir>/data, <dir>/../data, <dir>/../share/memberline) and then in
 * ml_default_data_dir(). A folder set here is the only one tried: a map chart then fails with
 * ML_ERROR_INPUT naming it when the shapes are not there. False with ML_ERROR_NOMEM, or
 * ML_ERROR_USAGE for an empty dir or no renderer. */
bool ml_renderer_set_data_dir(struct ml_renderer *r, const char *dir, struct ml_error *err);

enum ml_format { ML_FORMAT_PNG, ML_FORMAT_SVG, ML_FORMAT_PDF };

/* Receives warnings (a label no font can draw, a missing translation, events left out). */
typedef void (*ml_warn_fn)(void *user, const char *message);

/* The options of one chart. ml_options_init gives the defaults, which are the command line's:
 * `memberline -c CHART` and ml_chart_create with ml_options_init's options and chart = CHART
 * draw the same chart. Lengths are in points (1/72 in). Strings are not copied: they must live
 * until ml_chart_create returns. */
struct ml_options {
    const char *chart;       /* "timeline" (default), "membership", "count", "map" */
    double width;            /* points; default 1200 (1600 px); 0 = the default */
    double height;           /* points; default 0 = at least the minimum below, and as tall as
                                the content needs */
    double min_height;       /* points; with height 0, lay out again at this fixed height
                                when the content needs less; default 0 */
    double min_height_ratio; /* the same minimum as a fraction of the width, the larger of
                                the two applies; default 9/16 (a 16:9 page); 0 = none */
    double png_scale;        /* PNG pixels per point; default 96/72 */

    const char *theme;      /* "light", "dark", "print" or a theme file path */
    const char *lang;       /* a language code of the data; NULL = the data's first */
    const char *font;       /* font family override */
    double font_scale;      /* multiplies every type size, 0.25 to 4; 0 = 1 */
    const char *background; /* "#RRGGBB[AA]" or "transparent"; NULL = the theme's */
    const char *from, *to;  /* axis range (dates); NULL = from the data */
    const char *as_of;      /* NULL = the data's as_of */
    const char *title;      /* overrides */
    const char *subtitle;
    const char *source_note;
    bool no_title, no_legend;
    bool transparent;        /* PNG and SVG background */
    bool strict;             /* warnings become errors */
    const char *lanes;       /* timeline: "none" (default, one lane) or "category" */
    const char *orientation; /* timeline: "auto" (default: vertical on a page taller than
                                wide), "horizontal" or "vertical" */
    const char *sort;        /* membership: "default", "start", "name", "status", "data" */
    const char *group;       /* membership: "status" (default) or "none" */
    const char *mark;        /* membership: "category:ID,..." or "id:ID,..." */
    const char *count_mode;  /* count: "stacked" (default) or "lines" */
    const char *region;      /* map: "fit" (default: the states with a status) or "world" */
    const char *direction;   /* the time axis: "ltr" (default; also NULL), "rtl" (time runs right
                                to left, the time charts mirrored) or "auto" (rtl when the
                                chart's language is written right to left). The frame (title,
                                legend, footer) follows the language whatever this says */
    bool map_labels;         /* map: label members */
    int rows_per_page;       /* membership: at most this many member rows a page; 0 = as many
                                as fit the page at a legible size */
    int max_rows;            /* membership: keep only the first N members by status rank and
                                say on the chart how many were left out; 0 = all */
    double max_height;       /* points; with height 0, the page a chart may not outgrow: the
                                membership chart is laid out in pages of this height, the
                                timeline fits it (a page-sized preset such as A4 or column);
                                0 = no limit but ML_LENGTH_MAX (membership pages past it); see
                                ml_options_set_format for a PDF */
    bool slide;              /* a slide (--size slide): timeline and membership text is at least
                                1.25% of the width, to read from the back of a room (otherwise
                                membership text is at least 7 pt) */
    const char *svg_text;    /* SVG: "text" (default: <text> elements) or "paths" (cairo's
                                glyph outlines, pixel for pixel as PNG and PDF draw them) */
    const char *id_prefix;   /* SVG: every id starts with this (a letter or '_', then letters,
                                digits, '-', '_', '.'; at most 64); NULL = from the content */
    ml_warn_fn warn;
    void *warn_user;
};

/* The limits ml_options_check enforces; the command line refuses the same values. */
#define ML_DEFAULT_WIDTH 1200.0 /* points (1600 px) */
#define ML_LENGTH_MIN 72.0      /* width, height, min_height, max_height: 1 in ... */
#define ML_LENGTH_MAX 14400.0   /* ... to 200 in, in points (0 means the default) */
#define ML_FONT_SCALE_MIN 0.25
#define ML_FONT_SCALE_MAX 4.0
#define ML_PNG_SCALE_MAX (2400.0 / 72.0) /* PNG pixels a point: 2400 dpi */

/* Defaults for every field (see struct ml_options). */
void ml_options_init(struct ml_options *opts);
/* Suit the page to the format the chart will be written in, as the command line and batch do
 * before ml_chart_create. A membership chart of the growing default size (height and
 * max_height 0) grows as tall as its rows need, but a printer takes no page of any length: for
 * ML_FORMAT_PDF this sets max_height to ML_PRINT_RATIO times the width (the A-series portrait
 * proportion, 1697 pt at the default width), so that a longer chart is laid out in pages of
 * that height. PNG and SVG keep growing, for a page that scrolls, up to ML_LENGTH_MAX (200 in,
 * the most a PDF or a viewer takes), and are laid out in pages past it whatever this says.
 * Other charts, a fixed height and a max_height already set are left as they are. */
void ml_options_set_format(struct ml_options *opts, enum ml_format format);
#define ML_PRINT_RATIO 1.4142135623730951 /* a printed page's height to its width: sqrt(2) */

/* Check every option value ml_chart_create would refuse, before loading anything: the names
 * (chart, lanes, orientation, sort, group, count_mode, region, direction, svg_text; NULL
 * stands for the default), theme (a built-in name or a path ending in .json; the file itself
 * is read by ml_chart_create), lang (a BCP 47 tag; whether the data has it is known only with
 * the data), font (not ""), background, mark, id_prefix, the dates from, to and as_of (and to
 * not before from), the lengths and scales within the limits above (NaN and infinities
 * refused), rows_per_page and max_rows (0 or more), and the texts (title, subtitle,
 * source_note: UTF-8 without controls but tab and line feed, no U+FFFE or U+FFFF).
 * False with an ML_ERROR_USAGE error otherwise: err->path names the member ("count_mode"),
 * err->text the value and what is accepted ("unknown value "bars" (expected stacked or
 * lines)"). ml_chart_create runs the same check and reports the same error. */
bool ml_options_check(const struct ml_options *opts, struct ml_error *err);

/* A laid-out chart: geometry in points, ready to be written in any format. */
struct ml_chart;

/* Lay out one chart of doc. The chart does not keep doc or opts: both may go once it returns;
 * it keeps a reference to r (see ml_renderer). The caller frees it with ml_chart_destroy.
 * NULL with err set: ML_ERROR_USAGE for a bad option (ml_options_check, an unknown chart, a
 * language the data lacks, a bad date), ML_ERROR_INPUT when a theme file or the map's shapes
 * cannot be read, ML_ERROR_WARNING under strict, ML_ERROR_NOMEM. */
struct ml_chart *ml_chart_create(struct ml_renderer *r, const struct ml_doc *doc,
                                 const struct ml_options *opts, struct ml_error *err);
void ml_chart_destroy(struct ml_chart *chart);
void ml_chart_size(const struct ml_chart *chart, double *width, double *height);

/* Write atomically: a temporary file beside path, renamed at the end. On failure no file is
 * left behind and an existing one is untouched. */
bool ml_chart_write_file(struct ml_chart *chart, enum ml_format format, const char *path,
                         struct ml_error *err);
/* How many pages the chart has: 1, or more when a membership chart's rows do not fit one
 * page of a fixed height (or of max_height, or of ML_LENGTH_MAX when it grows). Every page
 * has the chart's size. */
int ml_chart_page_count(const struct ml_chart *chart);
/* Write one page, 1 to ml_chart_page_count, as its own file (a PDF of that page alone),
 * atomically as ml_chart_write_file. A page out of range is an ML_ERROR_USAGE error and
 * writes nothing. ml_chart_write_file writes every page into a PDF, and page 1 into a PNG or
 * an SVG: a tool writes the other pages of those with this function, one file each. */
bool ml_chart_write_file_page(struct ml_chart *chart, enum ml_format format, int page,
                              const char *path, struct ml_error *err);
bool ml_chart_write_stream_page(struct ml_chart *chart, enum ml_format format, int page, FILE *out,
                                struct ml_error *err);
/* Write to an open stream (standard output). */
bool ml_chart_write_stream(struct ml_chart *chart, enum ml_format format, FILE *out,
                           struct ml_error *err);
/* The layout as JSON (see docs/data-format.md, "Layout dump"). */
bool ml_chart_write_layout_json(const struct ml_chart *chart, const char *path,
                                struct ml_error *err);
/* A plain-text description of the chart for screen readers; owned by the chart. */
const char *ml_chart_alt_text(const struct ml_chart *chart);
/* Write that description to a file, atomically, ending with a newline. */
bool ml_chart_write_alt_text(const struct ml_chart *chart, const char *path, struct ml_error *err);

/* Two lines naming memberline's version and format, and the versions of cairo, pango,
 * HarfBuzz, jansson, ICU, libpng and libdeflate in use, as snprintf writes them into buf; returns
 * the length the whole text needs (excluding the NUL), as snprintf does. */
size_t ml_versions_format(char *buf, size_t size);

/* Format name ("png", "svg", "pdf") to enum; false when unknown. */
bool ml_format_from_name(const char *name, enum ml_format *out);

#ifdef __cplusplus
}
#endif

#endif
