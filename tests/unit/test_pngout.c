/* The PNG encoder: images of many shapes, opaque and transparent, written by pngout_encode and
 * read back by libpng (through cairo), give back exactly the pixels drawn. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pngout.h"
#include "test.h"

/* The encoded file, collected in memory by a stdio stream, then read back from there. */
struct buf {
    char *data;
    size_t len, at;
};

static cairo_status_t file_write(void *closure, const unsigned char *data, unsigned int n)
{
    return fwrite(data, 1, n, closure) == n ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

static cairo_status_t buf_read(void *closure, unsigned char *data, unsigned int n)
{
    struct buf *b = closure;
    if (b->at + n > b->len)
        return CAIRO_STATUS_READ_ERROR;
    memcpy(data, b->data + b->at, n);
    b->at += n;
    return CAIRO_STATUS_SUCCESS;
}

static uint32_t next_random(uint32_t *state)
{
    *state = *state * 1664525u + 1013904223u;
    return *state >> 8;
}

/* Pixels that compress both well (runs) and badly (noise), and for a transparent image every
 * kind of alpha, stored premultiplied as cairo keeps them. */
static void fill(cairo_surface_t *s, bool opaque, uint32_t seed)
{
    int w = cairo_image_surface_get_width(s), h = cairo_image_surface_get_height(s);
    int stride = cairo_image_surface_get_stride(s);
    unsigned char *data = cairo_image_surface_get_data(s);
    cairo_surface_flush(s);
    for (int y = 0; y < h; y++) {
        uint32_t *row = (uint32_t *)(void *)(data + (size_t)y * (size_t)stride);
        for (int x = 0; x < w; x++) {
            uint32_t v = (x / 7 + y) % 3 == 0 ? 0x00ffffffu : next_random(&seed);
            uint32_t a = opaque                  ? 0xff
                         : (x + y) % 5 == 0      ? 0
                         : (x * 37 + y) % 5 == 1 ? 255
                                                 : v >> 16;
            uint32_t r = (v >> 16 & 0xff) * a / 255, g = (v >> 8 & 0xff) * a / 255,
                     b = (v & 0xff) * a / 255;
            row[x] = (opaque ? 0u : a << 24) | r << 16 | g << 8 | b;
        }
    }
    cairo_surface_mark_dirty(s);
}

static bool same_pixels(cairo_surface_t *a, cairo_surface_t *b, bool opaque)
{
    int w = cairo_image_surface_get_width(a), h = cairo_image_surface_get_height(a);
    if (w != cairo_image_surface_get_width(b) || h != cairo_image_surface_get_height(b))
        return false;
    for (int y = 0; y < h; y++) {
        const uint32_t *ra =
            (const uint32_t *)(const void *)(cairo_image_surface_get_data(a) +
                                             (size_t)y * (size_t)cairo_image_surface_get_stride(a));
        const uint32_t *rb =
            (const uint32_t *)(const void *)(cairo_image_surface_get_data(b) +
                                             (size_t)y * (size_t)cairo_image_surface_get_stride(b));
        for (int x = 0; x < w; x++) {
            uint32_t mask = opaque ? 0x00ffffffu : 0xffffffffu;
            if ((ra[x] & mask) != (rb[x] & mask))
                return false;
        }
    }
    return true;
}

static void roundtrip(int w, int h, bool opaque, uint32_t seed)
{
    cairo_format_t f = opaque ? CAIRO_FORMAT_RGB24 : CAIRO_FORMAT_ARGB32;
    cairo_surface_t *img = cairo_image_surface_create(f, w, h);
    cairo_surface_t *copy = cairo_image_surface_create(f, w, h);
    fill(img, opaque, seed);
    fill(copy, opaque, seed); /* the encoder may use the image's pixels as scratch space */
    struct buf b = {0};
    struct ml_error err = {0};
    FILE *mem = open_memstream(&b.data, &b.len);
    bool ok = mem && pngout_encode(img, opaque, NULL, file_write, mem, &err);
    if (mem)
        fclose(mem);
    CHECK(ok, "%dx%d %s encodes: %s", w, h, opaque ? "opaque" : "transparent", err.text);
    cairo_surface_t *back = ok ? cairo_image_surface_create_from_png_stream(buf_read, &b) : NULL;
    bool read = back && cairo_surface_status(back) == CAIRO_STATUS_SUCCESS;
    CHECK(read, "%dx%d %s decodes", w, h, opaque ? "opaque" : "transparent");
    if (read) {
        CHECK(cairo_image_surface_get_format(back) == f, "%dx%d %s: %s, as encoded", w, h,
              opaque ? "opaque" : "transparent", opaque ? "RGB" : "RGBA");
        CHECK(same_pixels(copy, back, opaque), "%dx%d %s: the same pixels back", w, h,
              opaque ? "opaque" : "transparent");
    }
    if (back)
        cairo_surface_destroy(back);
    cairo_surface_destroy(img);
    cairo_surface_destroy(copy);
    free(b.data);
}

static cairo_status_t fail_write(void *closure, const unsigned char *data, unsigned int n)
{
    (void)closure;
    (void)data;
    (void)n;
    return CAIRO_STATUS_WRITE_ERROR;
}

int main(void)
{
    static const int sizes[][2] = {{1, 1}, {1, 7}, {7, 1}, {2, 2}, {3, 5}, {33, 17}, {640, 360}};
    for (size_t i = 0; i < sizeof sizes / sizeof *sizes; i++) {
        roundtrip(sizes[i][0], sizes[i][1], true, (uint32_t)i + 1);
        roundtrip(sizes[i][0], sizes[i][1], false, (uint32_t)i + 101);
    }
    cairo_surface_t *img = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 8, 8);
    struct ml_error err = {0};
    CHECK(!pngout_encode(img, true, NULL, fail_write, NULL, &err) && err.code != ML_OK,
          "a failing writer is an error");
    cairo_surface_destroy(img);
    return test_done();
}
