/* What `memberline --version` lists: our version and those of the libraries in use, as they
 * report themselves at run time (the shared library loaded may be newer than the headers). */
#include <cairo.h>
#include <hb.h>
#include <libdeflate.h>
#include <pango/pango.h>
#include <png.h>
#include <stdio.h>
#include <unicode/uversion.h>

#include "load.h"
#include "memberline.h"

size_t ml_versions_format(char *buf, size_t size)
{
    UVersionInfo icu;
    char icu_s[U_MAX_VERSION_STRING_LENGTH];
    u_getVersion(icu);
    u_versionToString(icu, icu_s);
    int n = snprintf(buf, size,
                     "memberline %s (data format %d)\n"
                     "cairo %s, pango %s, HarfBuzz %s, jansson %s, ICU %s, libpng %s, "
                     "libdeflate %s\n",
                     ML_VERSION, ML_FORMAT_VERSION, cairo_version_string(), pango_version_string(),
                     hb_version_string(), load_jansson_version(), icu_s, png_get_libpng_ver(NULL),
                     LIBDEFLATE_VERSION_STRING);
    return n > 0 ? (size_t)n : 0;
}
