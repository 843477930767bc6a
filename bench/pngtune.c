/* Which PNG settings for our charts? Encodes the pixels of each PNG given with every libpng
 * filter, zlib strategy and level of interest, and with libdeflate's levels on unfiltered rows
 * (as src/pngout.c does) or on rows filtered per row as libpng chooses (the filter whose bytes
 * are nearest zero), and prints the median time and the size of each, beside
 * cairo_surface_write_to_png on the same pixels. Used to choose src/pngout.c's settings.
 *
 * Usage: pngtune [-n RUNS] FILE.png...   (opaque charts: encoded as RGB, as pngout.c does)
 * Build: cc -O2 bench/pngtune.c $(pkg-config --cflags --libs cairo libpng libdeflate) -lz */
#include <cairo.h>
#include <libdeflate.h>
#include <png.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zlib.h>

struct counter {
    size_t bytes;
};

static void count_write(png_structp png, png_bytep data, size_t n)
{
    (void)data;
    ((struct counter *)png_get_io_ptr(png))->bytes += n;
}

static void no_flush(png_structp png)
{
    (void)png;
}

static cairo_status_t cairo_count(void *closure, const unsigned char *data, unsigned int n)
{
    (void)data;
    ((struct counter *)closure)->bytes += n;
    return CAIRO_STATUS_SUCCESS;
}

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

struct setting {
    const char *name;
    int filters, strategy, level;
    int libdeflate; /* > 0: libdeflate at this level on unfiltered rows, the rest unused;
                       < 0: at level -libdeflate on rows filtered per row */
};

static unsigned paeth(unsigned a, unsigned b, unsigned c)
{
    int p = (int)a + (int)b - (int)c, pa = abs(p - (int)a), pb = abs(p - (int)b),
        pc = abs(p - (int)c);
    return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/* How far from zero the filtered bytes are, read as signed: libpng's heuristic for the row
 * that compresses best. */
static unsigned long row_score(const unsigned char *r, size_t n)
{
    unsigned long sum = 0;
    for (size_t i = 0; i < n; i++)
        sum += r[i] < 128 ? r[i] : 256u - r[i];
    return sum;
}

/* Row cur (n bytes, bpp a pixel) with filter f against prev (NULL: the first row) into out. */
static void filter_row(int f, const unsigned char *cur, const unsigned char *prev, size_t n,
                       size_t bpp, unsigned char *out)
{
    for (size_t i = 0; i < n; i++) {
        unsigned a = i >= bpp ? cur[i - bpp] : 0, b = prev ? prev[i] : 0;
        unsigned c = prev && i >= bpp ? prev[i - bpp] : 0;
        unsigned v = f == 1 ? a : f == 2 ? b : paeth(a, b, c);
        out[i] = (unsigned char)(cur[i] - v);
    }
}

/* Filter each scanline (filter byte 0, then n bytes) with the filter that scores lowest, or
 * with only the filter given. Bottom up, in place: a row's filter reads the row above as it
 * was. False when out of memory. */
static bool filter_rows(unsigned char *rows, size_t n, int height, size_t bpp, int only)
{
    static const int filters[] = {1, 2, 4};
    unsigned char *tmp = malloc(3 * n + 1);
    if (!tmp)
        return false;
    for (int y = height - 1; y >= 0; y--) {
        unsigned char *line = rows + (size_t)y * (n + 1), *cur = line + 1;
        const unsigned char *prev = y ? cur - (n + 1) : NULL;
        int best = 0;
        unsigned long best_score = only >= 0 ? ~0ul : row_score(cur, n);
        for (size_t k = 0; k < 3; k++) {
            if (only >= 0 && only != filters[k])
                continue;
            if (only < 0 && !prev && filters[k] != 1)
                continue; /* the first row: up is none, paeth is sub */
            filter_row(filters[k], cur, prev, n, bpp, tmp + k * n);
            unsigned long sc = only >= 0 ? 0 : row_score(tmp + k * n, n);
            if (sc < best_score) {
                best_score = sc;
                best = filters[k];
            }
        }
        if (best != 0) {
            size_t k = best == 1 ? 0 : best == 2 ? 1 : 2;
            memcpy(cur, tmp + k * n, n);
        }
        line[0] = (unsigned char)best;
    }
    free(tmp);
    return true;
}

/* Unfiltered RGB scanlines in one buffer, compressed by libdeflate (the IDAT payload; the
 * chunk framing around it is a few dozen bytes). */
static size_t encode_libdeflate(cairo_surface_t *s, int level, bool filter)
{
    int w = cairo_image_surface_get_width(s), h = cairo_image_surface_get_height(s);
    int stride = cairo_image_surface_get_stride(s);
    const unsigned char *data = cairo_image_surface_get_data(s);
    size_t len = (size_t)h * ((size_t)w * 3 + 1);
    unsigned char *rows = malloc(len), *dst = rows;
    for (int y = 0; y < h; y++) {
        const uint32_t *src = (const uint32_t *)(const void *)(data + (size_t)y * (size_t)stride);
        *dst++ = 0;
        for (int x = 0; x < w; x++) {
            *dst++ = (unsigned char)(src[x] >> 16);
            *dst++ = (unsigned char)(src[x] >> 8);
            *dst++ = (unsigned char)src[x];
        }
    }
    if (filter)
        filter_rows(rows, (size_t)w * 3, h, 3, -1);
    struct libdeflate_compressor *c = libdeflate_alloc_compressor(level);
    size_t bound = libdeflate_zlib_compress_bound(c, len);
    unsigned char *out = malloc(bound);
    size_t n = libdeflate_zlib_compress(c, rows, len, out, bound) + 57; /* + signature, chunks */
    libdeflate_free_compressor(c);
    free(out);
    free(rows);
    return n;
}

/* Encode with libpng: RGB rows converted from cairo's native 0xXXRRGGBB words. */
static size_t encode(cairo_surface_t *s, const struct setting *st)
{
    if (st->libdeflate)
        return encode_libdeflate(s, abs(st->libdeflate), st->libdeflate < 0);
    int w = cairo_image_surface_get_width(s), h = cairo_image_surface_get_height(s);
    int stride = cairo_image_surface_get_stride(s);
    const unsigned char *data = cairo_image_surface_get_data(s);
    struct counter c = {0};
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
    png_infop info = png_create_info_struct(png);
    unsigned char *row = malloc((size_t)w * 3);
    png_set_write_fn(png, &c, count_write, no_flush);
    png_set_IHDR(png, info, (png_uint_32)w, (png_uint_32)h, 8, PNG_COLOR_TYPE_RGB,
                 PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, st->filters);
    png_set_compression_strategy(png, st->strategy);
    png_set_compression_level(png, st->level);
    png_write_info(png, info);
    for (int y = 0; y < h; y++) {
        const uint32_t *src = (const uint32_t *)(const void *)(data + (size_t)y * (size_t)stride);
        for (int x = 0; x < w; x++) {
            row[3 * x] = (unsigned char)(src[x] >> 16);
            row[3 * x + 1] = (unsigned char)(src[x] >> 8);
            row[3 * x + 2] = (unsigned char)src[x];
        }
        png_write_row(png, row);
    }
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    free(row);
    return c.bytes;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static void measure(cairo_surface_t *s, const struct setting *st, int runs, double base_ms,
                    size_t base_bytes)
{
    double t[64];
    size_t bytes = 0;
    for (int i = 0; i < runs; i++) {
        double t0 = now_ms();
        if (st) {
            bytes = encode(s, st);
        } else {
            struct counter c = {0};
            cairo_surface_write_to_png_stream(s, cairo_count, &c);
            bytes = c.bytes;
        }
        t[i] = now_ms() - t0;
    }
    qsort(t, (size_t)runs, sizeof *t, cmp_double);
    double ms = t[runs / 2];
    printf("  %-22s %7.2f ms %8zu bytes  time %.2f  size %.2f\n", st ? st->name : "cairo", ms,
           bytes, base_ms > 0 ? ms / base_ms : 1.0, base_bytes ? (double)bytes / base_bytes : 1.0);
}

int main(int argc, char **argv)
{
    static const struct setting settings[] = {
        {"none rle 1", PNG_FILTER_NONE, Z_RLE, 1, 0},
        {"none rle 6", PNG_FILTER_NONE, Z_RLE, 6, 0},
        {"none default 1", PNG_FILTER_NONE, Z_DEFAULT_STRATEGY, 1, 0},
        {"none default 3", PNG_FILTER_NONE, Z_DEFAULT_STRATEGY, 3, 0},
        {"none default 4", PNG_FILTER_NONE, Z_DEFAULT_STRATEGY, 4, 0},
        {"none default 5", PNG_FILTER_NONE, Z_DEFAULT_STRATEGY, 5, 0},
        {"none default 6", PNG_FILTER_NONE, Z_DEFAULT_STRATEGY, 6, 0},
        {"none default 9", PNG_FILTER_NONE, Z_DEFAULT_STRATEGY, 9, 0},
        {"sub rle 6", PNG_FILTER_SUB, Z_RLE, 6, 0},
        {"sub default 1", PNG_FILTER_SUB, Z_DEFAULT_STRATEGY, 1, 0},
        {"sub default 3", PNG_FILTER_SUB, Z_DEFAULT_STRATEGY, 3, 0},
        {"up rle 1", PNG_FILTER_UP, Z_RLE, 1, 0},
        {"up rle 6", PNG_FILTER_UP, Z_RLE, 6, 0},
        {"up default 1", PNG_FILTER_UP, Z_DEFAULT_STRATEGY, 1, 0},
        {"up default 3", PNG_FILTER_UP, Z_DEFAULT_STRATEGY, 3, 0},
        {"up default 6", PNG_FILTER_UP, Z_DEFAULT_STRATEGY, 6, 0},
        {"up filtered 3", PNG_FILTER_UP, Z_FILTERED, 3, 0},
        {"paeth rle 6", PNG_FILTER_PAETH, Z_RLE, 6, 0},
        {"paeth default 3", PNG_FILTER_PAETH, Z_DEFAULT_STRATEGY, 3, 0},
        {"all rle 6", PNG_ALL_FILTERS, Z_RLE, 6, 0},
        {"all default 1", PNG_ALL_FILTERS, Z_DEFAULT_STRATEGY, 1, 0},
        {"all default 3", PNG_ALL_FILTERS, Z_DEFAULT_STRATEGY, 3, 0},
        {"all default 6", PNG_ALL_FILTERS, Z_DEFAULT_STRATEGY, 6, 0},
        {"libdeflate 1", 0, 0, 0, 1},
        {"libdeflate 2", 0, 0, 0, 2},
        {"libdeflate 4", 0, 0, 0, 4},
        {"libdeflate 5", 0, 0, 0, 5},
        {"libdeflate 6", 0, 0, 0, 6},
        {"libdeflate 7", 0, 0, 0, 7},
        {"libdeflate 8", 0, 0, 0, 8},
        {"libdeflate 9", 0, 0, 0, 9},
        {"libdeflate 12", 0, 0, 0, 12},
        {"libdeflate 4 + row filters", 0, 0, 0, -4},
        {"libdeflate 6 + row filters", 0, 0, 0, -6},
        {"libdeflate 9 + row filters", 0, 0, 0, -9},
        {"libdeflate 12 + row filters", 0, 0, 0, -12},
    };
    int runs = 5, first = 1;
    if (argc > 2 && strcmp(argv[1], "-n") == 0) {
        runs = atoi(argv[2]);
        runs = runs < 1 ? 1 : (runs > 64 ? 64 : runs);
        first = 3;
    }
    for (int a = first; a < argc; a++) {
        cairo_surface_t *png = cairo_image_surface_create_from_png(argv[a]);
        int w = cairo_image_surface_get_width(png), h = cairo_image_surface_get_height(png);
        /* Redraw onto RGB24, the format memberline renders opaque charts into. */
        cairo_surface_t *s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
        cairo_t *cr = cairo_create(s);
        cairo_set_source_surface(cr, png, 0, 0);
        cairo_paint(cr);
        cairo_destroy(cr);
        cairo_surface_flush(s);
        struct counter c = {0};
        double t0 = now_ms();
        cairo_surface_write_to_png_stream(s, cairo_count, &c);
        double base = now_ms() - t0;
        printf("%s (%dx%d)\n", argv[a], w, h);
        measure(s, NULL, runs, 0, 0);
        for (size_t i = 0; i < sizeof settings / sizeof *settings; i++)
            measure(s, &settings[i], runs, base, c.bytes);
        cairo_surface_destroy(s);
        cairo_surface_destroy(png);
    }
    return 0;
}
