/* Theme files: parsed once per renderer, before any chart is laid out. */
#ifndef ML_THEME_FILE_H
#define ML_THEME_FILE_H

#include <stdbool.h>
#include <stddef.h>

#include "memberline.h"

struct theme;

/* Override the fields of an already filled theme with those a JSON theme file gives:
 * name, background, text, muted, axis, grid, band, accent ("#RRGGBB[AA]"), palette (array of
 * up to THEME_PALETTE_MAX colours), status_palette (the same), tones (object of positive, neutral,
 * negative, pending: 1 to THEME_TONE_SHADES colours each), patterns (bool), font (family),
 * type_scale (0.25 to 4) and $schema (ignored); docs/themes.md and schema/theme.schema.json.
 * On any error t is left untouched, err is filled (file, line:column or JSON path) and false
 * returned. */
bool theme_file_load(const char *path, struct theme *t, struct ml_error *err);

/* Is name a theme file's path (it ends in ".json"), as opposed to a built-in theme's name? */
bool theme_file_name(const char *name);

/* The themes a renderer has read, by path. */
struct theme_cache {
    struct theme_entry *v;
    size_t n, cap;
};

/* t = the built-in theme name, or the theme file at name (a path ending in .json) over the
 * light theme, read on first use and kept. */
bool theme_cache_get(struct theme_cache *tc, const char *name, struct theme *t,
                     struct ml_error *err);
void theme_cache_finish(struct theme_cache *tc);

#endif
