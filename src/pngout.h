/* PNG encoding with libpng and libdeflate: RGB when the image is opaque, unfiltered rows and a
 * compression level chosen for charts (large flat areas), which makes it faster and smaller
 * than cairo's own writer. */
#ifndef ML_PNGOUT_H
#define ML_PNGOUT_H

#include <cairo.h>
#include <stdbool.h>

#include "memberline.h"

typedef cairo_status_t (*pngout_write_fn)(void *closure, const unsigned char *data, unsigned int n);

/* What a PNG says about itself: slide and word processors size the image by its resolution. */
struct pngout_meta {
    double ppi;                               /* pixels per inch (pHYs); 0 = none */
    const char *title, *description, *source; /* text chunks; NULL or "" = left out */
    const char *lang;                         /* their language (iTXt) */
};

/* Encode image (flushed) and pass the bytes to write. The pixels of an opaque image are used
 * as the encoder's scratch space: the image is not fit to draw on or read afterwards. meta may
 * be NULL: no metadata chunks. Every PNG gets sRGB (cairo draws in sRGB). */
bool pngout_encode(cairo_surface_t *image, bool opaque, const struct pngout_meta *meta,
                   pngout_write_fn write, void *closure, struct ml_error *err);

#endif
