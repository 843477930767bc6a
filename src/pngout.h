/* PNG encoding with libpng: RGB when the image is opaque, filters and zlib settings chosen for
 * charts (large flat areas), which makes it faster and smaller than cairo's own writer. */
#ifndef ML_PNGOUT_H
#define ML_PNGOUT_H

#include <cairo.h>
#include <stdbool.h>

#include "memberline.h"

typedef cairo_status_t (*pngout_write_fn)(void *closure, const unsigned char *data, unsigned int n);

bool pngout_encode(cairo_surface_t *image, bool opaque, pngout_write_fn write, void *closure,
                   struct ml_error *err);

#endif
