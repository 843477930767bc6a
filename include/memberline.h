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
    ML_ERROR_WARNING /* a warning turned into an error by strict mode */
};

/* Fixed buffers so that reporting never allocates. The first error wins. */
struct ml_error {
    enum ml_error_code code;
    int line, column; /* 1-based; -1 when unknown */
    char source[256]; /* file path, or "<stdin>" */
    char path[128];   /* JSON path such as "events[3].date"; "" when none */
    char text[256];   /* what was found and what was expected */
};

/* Format as GNU-style "source:line:column: error: text" or "source: path: error: text". */
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
/* Validate and collect up to ML_DIAG_MAX errors instead of stopping at the first.
 * Returns the document when it has none. */
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
 * for every chart: starting the font machinery costs far more than drawing a chart. */
struct ml_renderer;
struct ml_renderer *ml_renderer_create(struct ml_error *err);
void ml_renderer_destroy(struct ml_renderer *r);

enum ml_format { ML_FORMAT_PNG, ML_FORMAT_SVG, ML_FORMAT_PDF };

/* Receives warnings (a label no font can draw, a missing translation, events left out). */
typedef void (*ml_warn_fn)(void *user, const char *message);

struct ml_options {
    const char *chart;      /* "timeline" (default), "membership", "count", "map" */
    double width;           /* points; default 1200 (1600 px) */
    double height;          /* points; 0 = as tall as the content needs */
    double min_height;      /* points; with height 0, lay out again at this fixed height when
                               the content needs less (the CLI's 16:9 default) */
    double max_height;      /* points; with height 0, the page the chart must fit (--size
                               column: 9 in): the timeline lays out on it; 0 = none */
    double png_scale;       /* PNG pixels per point; default 96/72 */
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
    const char *lanes;       /* timeline: NULL or "category" */
    const char *orientation; /* timeline: "auto" (NULL: vertical on a page taller than wide),
                                "horizontal" or "vertical" */
    const char *sort;        /* membership: "default", "start", "name", "status", "data" */
    const char *group;       /* membership: "status" (default) or "none" */
    const char *mark;        /* membership: "category:ID,..." or "id:ID,..." */
    const char *count_mode;  /* count: "stacked" (default) or "lines" */
    const char *region;      /* map: NULL (fit) or "world" */
    bool map_labels;         /* map: label members */
    bool slide;              /* a slide (--size slide): timeline text is at least 1.25% of the
                                width, to read from the back of a room */
    ml_warn_fn warn;
    void *warn_user;
};

/* Defaults for every field. */
void ml_options_init(struct ml_options *opts);
/* The texts of opts (title, subtitle, source note) hold only characters that XML and PDF can
 * (no control but tab and line feed, no U+FFFE or U+FFFF, UTF-8): false with an
 * ML_ERROR_USAGE error naming the option otherwise. ml_chart_create checks them too; a tool
 * calls this first to fail before any work. */
bool ml_options_check(const struct ml_options *opts, struct ml_error *err);

/* A laid-out chart: geometry in points, ready to be written in any format. */
struct ml_chart;

struct ml_chart *ml_chart_create(struct ml_renderer *r, const struct ml_doc *doc,
                                 const struct ml_options *opts, struct ml_error *err);
void ml_chart_destroy(struct ml_chart *chart);
void ml_chart_size(const struct ml_chart *chart, double *width, double *height);

/* Write atomically: a temporary file beside path, renamed at the end. On failure no file is
 * left behind and an existing one is untouched. */
bool ml_chart_write_file(struct ml_chart *chart, enum ml_format format, const char *path,
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

/* ---------------------------------------------------------------- batch */

/* A batch manifest (docs/batch.md): jobs, each turned into the command-line arguments of one
 * `memberline render`, with relative paths resolved against the manifest's folder. */
struct ml_job {
    char *name; /* the job's "name", or "jobs[3]" */
    int argc;
    char **argv; /* argv[0] is "render"; NULL-terminated */
};

struct ml_manifest {
    struct ml_job *jobs;
    size_t n_jobs;
};

struct ml_manifest *ml_manifest_load(const char *path, struct ml_error *err);
void ml_manifest_destroy(struct ml_manifest *m);

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
