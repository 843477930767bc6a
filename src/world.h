/* Country shapes for the map: Natural Earth, in memberline's own compact text format
 * (data/world-110m.txt, written by tools/world-convert.py; the format is described there). */
#ifndef ML_WORLD_H
#define ML_WORLD_H

#include <stdbool.h>
#include <stddef.h>

#include "memberline.h"

struct world_country {
    char a2[4];    /* ISO 3166-1 alpha-2, "-" when the shape has no code */
    char a3[4];    /* alpha-3 or "-" */
    char *name;    /* English short name from Natural Earth; owned */
    double *pts;   /* longitude, latitude pairs in degrees; owned */
    size_t n_pts;  /* pairs */
    size_t *rings; /* points in each closed ring; owned */
    size_t n_rings;
};

struct world {
    struct world_country *countries; /* owned */
    size_t n_countries;
};

#define WORLD_FILE "world-110m.txt"

/* Parse a world file. Never crashes on a corrupt one: returns NULL with err naming the file
 * and line. The caller frees the result with world_destroy. */
struct world *world_load_file(const char *path, struct ml_error *err);
/* Load WORLD_FILE from dir when it is not NULL (and from nowhere else); else find it in
 * $MEMBERLINE_DATA_DIR, ./data, beside the executable (<dir>/data, <dir>/../data,
 * <dir>/../share/memberline), then ML_DATADIR. */
struct world *world_load_default(const char *dir, struct ml_error *err);
void world_destroy(struct world *w);
/* The country whose alpha-2 is a2 or, failing that, whose alpha-3 is a3; NULL when none. */
const struct world_country *world_find(const struct world *w, const char *a2, const char *a3);

#endif
