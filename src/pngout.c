/* PNG encoding: libpng writes the file (signature, header, chunks and their checksums) and
 * libdeflate compresses the image data.
 *
 * Why libdeflate and not libpng's own zlib: measured with bench/pngtune.c on the four SCO
 * charts (bench/README.md), libdeflate at level 4 compresses the unfiltered rows in 0.4-0.6 of
 * the time zlib needs at level 4, to files 1-3% smaller (0.83-1.11 of cairo's writer); its
 * levels 1-3 are no faster, level 5 is 5-10% slower for files 2-4% smaller. zlib's faster
 * levels (1-3) skip the lazy matching that sparse charts need and grow them to 1.2-1.3 times
 * the size of cairo's writer. libdeflate compresses a whole buffer at once, so the rows are laid
 * out in memory first: in place, over the image's own pixels, for an opaque chart. */
#include "pngout.h"

#include "error.h"

#include <libdeflate.h>
#include <png.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define DEFLATE_LEVEL 4
#define IDAT_MAX (1u << 30) /* a chunk holds at most 2^31 - 1 bytes */

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

/* One pixel (a native 0x00RRGGBB word) as 3 bytes R G B. */
static void rgb1(uint32_t p, unsigned char *dst)
{
    dst[0] = (unsigned char)(p >> 16);
    dst[1] = (unsigned char)(p >> 8);
    dst[2] = (unsigned char)p;
}

/* Four pixels (native 0x00RRGGBB words) as 12 bytes R G B R G B ...: on a little-endian
 * machine three word stores, a byte-swapped pixel (>> 8) being its R, G, B in memory order;
 * this loop touches every pixel of the image, and byte by byte it cost a tenth of a PNG
 * chart's instructions. */
static void rgb4(uint32_t p0, uint32_t p1, uint32_t p2, uint32_t p3, unsigned char *dst)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && defined(__GNUC__)
    uint32_t t0 = __builtin_bswap32(p0) >> 8, t1 = __builtin_bswap32(p1) >> 8;
    uint32_t t2 = __builtin_bswap32(p2) >> 8, t3 = __builtin_bswap32(p3) >> 8;
    uint32_t w0 = t0 | t1 << 24, w1 = t1 >> 8 | t2 << 16, w2 = t2 >> 16 | t3 << 8;
    memcpy(dst, &w0, 4);
    memcpy(dst + 4, &w1, 4);
    memcpy(dst + 8, &w2, 4);
#else
    rgb1(p0, dst);
    rgb1(p1, dst + 3);
    rgb1(p2, dst + 6);
    rgb1(p3, dst + 9);
#endif
}

/* An opaque image's rows as PNG scanlines (filter byte 0, then R, G, B), written over the
 * pixels themselves. Scanline y starts at y * (3w + 1), never after pixel row y at y * stride
 * (stride >= 4w); the bytes written for pixels x .. x + 3 end at 3x + 13 into the scanline,
 * never past the start of pixel x + 4 at 4x + 16. In the first row the two start together:
 * pixel 0 is read before the filter byte goes over its first byte. */
static unsigned char *rows_rgb_in_place(unsigned char *data, int width, int height, int stride)
{
    unsigned char *dst = data;
    for (int y = 0; y < height; y++) {
        const unsigned char *row = data + (size_t)y * (size_t)stride;
        uint32_t p[4], first;
        int x = 0;
        memcpy(&first, row, sizeof first);
        *dst++ = 0;
        for (; x + 4 <= width; x += 4, dst += 12) {
            memcpy(p, row + 4 * (size_t)x, sizeof p);
            rgb4(x ? p[0] : first, p[1], p[2], p[3], dst);
        }
        for (; x < width; x++, dst += 3) {
            memcpy(p, row + 4 * (size_t)x, sizeof p[0]);
            rgb1(x ? p[0] : first, dst);
        }
    }
    return data;
}

/* A transparent image's rows as RGBA scanlines in a new buffer, alpha no longer premultiplied;
 * NULL when out of memory. */
static unsigned char *rows_rgba(const unsigned char *data, int width, int height, int stride)
{
    unsigned char *out = malloc((size_t)height * ((size_t)width * 4 + 1)), *dst = out;
    for (int y = 0; out && y < height; y++) {
        const uint32_t *src = (const uint32_t *)(const void *)(data + (size_t)y * (size_t)stride);
        *dst++ = 0;
        for (int x = 0; x < width; x++) {
            uint32_t p = src[x];
            unsigned a = p >> 24, r = (p >> 16) & 0xff, g = (p >> 8) & 0xff, b = p & 0xff;
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
    return out;
}

/* The scanlines compressed as a zlib stream; *n gets its size. NULL when out of memory. */
static unsigned char *compress_rows(const unsigned char *rows, size_t len, size_t *n)
{
    struct libdeflate_compressor *c = libdeflate_alloc_compressor(DEFLATE_LEVEL);
    size_t bound = c ? libdeflate_zlib_compress_bound(c, len) : 0;
    unsigned char *out = c ? malloc(bound) : NULL;
    *n = out ? libdeflate_zlib_compress(c, rows, len, out, bound) : 0;
    libdeflate_free_compressor(c);
    if (*n == 0) {
        free(out);
        return NULL;
    }
    return out;
}

static bool ascii(const char *s)
{
    for (; *s; s++)
        if ((unsigned char)*s >= 0x80)
            return false;
    return true;
}

/* One text chunk: tEXt for ASCII (tEXt is Latin-1), iTXt (UTF-8) otherwise; compressed when
 * long (a chart's description runs to kilobytes). */
static void text_chunk(png_text *t, int *n, const char *key, const char *value, const char *lang)
{
    if (!value || !*value)
        return;
    bool plain = ascii(value), big = strlen(value) > 1024;
    t[*n] = (png_text){0};
    t[*n].compression = plain ? (big ? PNG_TEXT_COMPRESSION_zTXt : PNG_TEXT_COMPRESSION_NONE)
                              : (big ? PNG_ITXT_COMPRESSION_zTXt : PNG_ITXT_COMPRESSION_NONE);
    t[*n].key = (png_charp)key;
    t[*n].text = (png_charp)value;
    t[*n].lang = plain ? NULL : (png_charp)lang;
    (*n)++;
}

/* sRGB (with gAMA and cHRM for readers that know only those), pHYs and the text chunks. */
static void set_meta(png_structp png, png_infop info, const struct pngout_meta *m)
{
    png_set_sRGB_gAMA_and_cHRM(png, info, PNG_sRGB_INTENT_PERCEPTUAL);
    if (!m)
        return;
    if (m->ppi > 0) {
        png_uint_32 ppm = (png_uint_32)(m->ppi / 0.0254 + 0.5);
        png_set_pHYs(png, info, ppm, ppm, PNG_RESOLUTION_METER);
    }
    png_text t[4];
    int n = 0;
    text_chunk(t, &n, "Title", m->title, m->lang);
    text_chunk(t, &n, "Description", m->description, m->lang);
    text_chunk(t, &n, "Software", "memberline " ML_VERSION, NULL);
    text_chunk(t, &n, "Source", m->source, m->lang);
    png_set_text(png, info, t, n);
}

/* Signature and header, metadata, the data in IDAT chunks, the end. False on any libpng
 * error. */
static bool write_png(const unsigned char *z, size_t n, int width, int height, bool opaque,
                      const struct pngout_meta *meta, struct sink *sink)
{
    png_structp png =
        png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, png_quiet_error, png_quiet_warning);
    png_infop info = png ? png_create_info_struct(png) : NULL;
    if (!info) {
        png_destroy_write_struct(&png, NULL);
        return false;
    }
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        return false;
    }
    png_set_write_fn(png, sink, sink_write, sink_flush);
    png_set_IHDR(png, info, (png_uint_32)width, (png_uint_32)height, 8,
                 opaque ? PNG_COLOR_TYPE_RGB : PNG_COLOR_TYPE_RGB_ALPHA, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    set_meta(png, info, meta);
    png_write_info(png, info);
    for (size_t at = 0; at < n; at += IDAT_MAX)
        png_write_chunk(png, (png_const_bytep) "IDAT", z + at,
                        n - at > IDAT_MAX ? IDAT_MAX : n - at);
    png_write_chunk(png, (png_const_bytep) "IEND", NULL, 0);
    png_destroy_write_struct(&png, &info);
    return !sink->failed;
}

bool pngout_encode(cairo_surface_t *image, bool opaque, const struct pngout_meta *meta,
                   pngout_write_fn write, void *closure, struct ml_error *err)
{
    int width = cairo_image_surface_get_width(image);
    int height = cairo_image_surface_get_height(image);
    int stride = cairo_image_surface_get_stride(image);
    unsigned char *data = cairo_image_surface_get_data(image);
    struct sink sink = {write, closure, false};
    size_t len = (size_t)height * ((size_t)width * (opaque ? 3 : 4) + 1), n = 0;
    unsigned char *rows = NULL, *z = NULL;
    if (data && width > 0 && height > 0)
        rows = opaque ? rows_rgb_in_place(data, width, height, stride)
                      : rows_rgba(data, width, height, stride);
    if (rows)
        z = compress_rows(rows, len, &n);
    if (rows && rows != data)
        free(rows);
    if (!z) {
        error_first(err, ML_ERROR_NOMEM, "out of memory while encoding the PNG");
        return false;
    }
    bool ok = write_png(z, n, width, height, opaque, meta, &sink);
    free(z);
    if (!ok)
        error_first(err, sink.failed ? ML_ERROR_NOMEM : ML_ERROR_RENDER,
                    sink.failed ? "out of memory while encoding the PNG" : "cannot encode the PNG");
    return ok;
}
