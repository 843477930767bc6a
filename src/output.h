/* Surfaces per format, document metadata, streams and the atomic file write. */
#ifndef ML_OUTPUT_H
#define ML_OUTPUT_H

#include <stdbool.h>
#include <stdio.h>

#include "layout.h"
#include "memberline.h"

struct output_opts {
    double png_scale; /* PNG pixels per point */
    bool transparent;
    bool one_page;         /* PDF: only the page given, not the pages after it */
    bool svg_paths;        /* SVG text as cairo's glyph outlines, not <text> */
    const char *id_prefix; /* SVG ids; NULL = derived from the content */
};

/* Render l in format and write it to out. */
bool output_stream(const struct layout *l, struct text_ctx *ctx, const struct output_opts *o,
                   enum ml_format format, FILE *out, struct ml_error *err);
/* Render to a temporary file beside path and rename it at the end; a file replaced keeps its
 * permissions. A symbolic link is never replaced: its target is (a link to nothing is an
 * error). A path that is a device or a pipe (/dev/stdout, /dev/full) is written directly, and
 * "-" is standard output. */
bool output_file(const struct layout *l, struct text_ctx *ctx, const struct output_opts *o,
                 enum ml_format format, const char *path, struct ml_error *err);
/* Write each page of the chain l to its own path, paths[k] for page k + 1 (n pages), all or
 * none, as output_atomic_set. */
bool output_pages(const struct layout *l, struct text_ctx *ctx, const struct output_opts *o,
                  enum ml_format format, const char *const *paths, size_t n, struct ml_error *err);
/* The same write for any bytes the writer callback produces. */
bool output_atomic(const char *path, bool (*writer)(FILE *, void *), void *user,
                   struct ml_error *err);

/* One file of a set: its path and what writes its bytes. */
struct output_target {
    const char *path;
    bool (*writer)(FILE *, void *);
    void *user;
};
/* Write n files, all or none: each to a temporary file beside it (as output_atomic), and only
 * when every one is written are they renamed into place. On failure no temporary file is left,
 * and no file of the set that did not exist before; a rename that fails after others (another
 * user's file in a sticky folder) leaves the files renamed before it replaced. A path that is a
 * device is written directly, after the others are written and before any rename. */
bool output_atomic_set(const struct output_target *t, size_t n, struct ml_error *err);

#endif
