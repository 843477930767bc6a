/* PNG encoding with libpng. */
#include "pngout.h"

#include "error.h"

#include <png.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

struct sink {
    pngout_write_fn write;
    void *closure;
    bool failed;
};

static void sink_write(png_structp png, png_bytep data, size_t n)
{
    struct sink *s = png_get_io_ptr(png);
    while (n > 0 && !s->failed) {
        unsigned int chunk = n > 1u << 30 ? 1u << 30 : (unsigned int)n;
        if (s->write(s->closure, data, chunk) != CAIRO_STATUS_SUCCESS)
            s->failed = true;
        data += chunk;
        n -= chunk;
    }
}

static void sink_flush(png_structp png)
{
    (void)png;
}

/* cairo stores native-endian 0xAARRGGBB words with premultiplied alpha. */
static void convert_row(const uint32_t *src, unsigned char *dst, int width, bool opaque)
{
    for (int x = 0; x < width; x++) {
        uint32_t p = src[x];
        unsigned a = p >> 24, r = (p >> 16) & 0xff, g = (p >> 8) & 0xff, b = p & 0xff;
        if (opaque) {
            *dst++ = (unsigned char)r;
            *dst++ = (unsigned char)g;
            *dst++ = (unsigned char)b;
            continue;
        }
        if (a != 0 && a != 255) {
            r = (r * 255 + a / 2) / a;
            g = (g * 255 + a / 2) / a;
            b = (b * 255 + a / 2) / a;
        }
        *dst++ = (unsigned char)r;
        *dst++ = (unsigned char)g;
        *dst++ = (unsigned char)b;
        *dst++ = (unsigned char)a;
    }
}

/* libpng's default handlers print to stderr, and the library never prints: jump back quietly
 * (the caller's setjmp reports the error). */
static void png_quiet_error(png_structp png, png_const_charp msg)
{
    (void)msg;
    png_longjmp(png, 1);
}

static void png_quiet_warning(png_structp png, png_const_charp msg)
{
    (void)png;
    (void)msg;
}

bool pngout_encode(cairo_surface_t *image, bool opaque, pngout_write_fn write, void *closure,
                   struct ml_error *err)
{
    int width = cairo_image_surface_get_width(image);
    int height = cairo_image_surface_get_height(image);
    int stride = cairo_image_surface_get_stride(image);
    const unsigned char *data = cairo_image_surface_get_data(image);
    struct sink sink = {write, closure, false};
    png_structp png =
        png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, png_quiet_error, png_quiet_warning);
    png_infop info = png ? png_create_info_struct(png) : NULL;
    unsigned char *volatile row = NULL;
    if (!info || !data) {
        png_destroy_write_struct(&png, NULL);
        error_first(err, ML_ERROR_NOMEM, "out of memory while encoding the PNG");
        return false;
    }
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        if (!row || sink.failed)
            error_first(err, ML_ERROR_NOMEM, "out of memory while encoding the PNG");
        free(row);
        error_first(err, ML_ERROR_RENDER, "cannot encode the PNG");
        return false;
    }
    row = malloc((size_t)width * 4);
    if (!row)
        png_error(png, "out of memory");
    png_set_write_fn(png, &sink, sink_write, sink_flush);
    png_set_IHDR(png, info, (png_uint_32)width, (png_uint_32)height, 8,
                 opaque ? PNG_COLOR_TYPE_RGB : PNG_COLOR_TYPE_RGB_ALPHA, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    /* Measured with bench/pngtune.c on all four SCO charts (bench/README.md): charts are flat
     * colour and anti-aliased text, which repeat well unfiltered. No filter with plain deflate
     * at level 4 (the first with lazy matching) takes 0.23-0.45 of the time of cairo's writer
     * for 0.83-0.93 of its size. Up with run-length coding gave 2.2-2.5 times cairo's size;
     * level 3 was as fast but up to 1.29 times the size on sparse charts; adaptive filtering
     * (cairo's choice) costs 2-3 times as much time for no smaller file. */
    png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_NONE);
    png_set_compression_strategy(png, Z_DEFAULT_STRATEGY);
    png_set_compression_level(png, 4);
    png_write_info(png, info);
    for (int y = 0; y < height; y++) {
        convert_row((const uint32_t *)(const void *)(data + (size_t)y * (size_t)stride), row, width,
                    opaque);
        png_write_row(png, row);
    }
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    free(row);
    if (sink.failed) {
        error_first(err, ML_ERROR_NOMEM, "out of memory while encoding the PNG");
        return false;
    }
    return true;
}
