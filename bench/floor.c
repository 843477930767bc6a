/* The floor: a plain cairo + pango program that draws as many rectangles, lines, markers, paths
 * and text runs as one of our charts, with the same strings and sizes, and saves them with
 * cairo's own writers. bench/run.sh times it beside memberline and quotes the ratio.
 *
 * Usage: floor SPEC OUTPUT.{png,svg,pdf} [REPEAT]   (REPEAT: draw it that often, fonts once)
 *        floor --reencode IN.png OUT.png   (cairo's PNG writer on the pixels of IN.png)
 *
 * SPEC is made by bench/run.sh from `memberline --layout-json` (one item a line):
 *   size W H SCALE          page in points, PNG pixels per point
 *   font FAMILY             font family of the text runs
 *   R x y w h RRGGBBAA      rectangle (bars, bands, backgrounds)
 *   L x0 y0 x1 y1 RRGGBBAA  line
 *   M x y w h RRGGBBAA      marker (a circle in the box)
 *   P x y w h RRGGBBAA N n1 .. nN   path: N closed rings of n1 .. nN points in the box
 *   T x y size RRGGBBAA STYLE WRAP ALIGN TEXT   text, top-left at (x, y); STYLE r, b, i or bi
 *                           (regular, bold, italic); WRAP the wrap width in points, 0 for one
 *                           line; ALIGN l, c or r. The same font, wrap and alignment as drawn.
 *
 * Written the way a competent programmer would: one font map, one context, one layout reused,
 * font descriptions made once per size and style, the surface of the output format drawn
 * directly. */
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <cairo.h>
#include <math.h>
#include <stdbool.h>
#include <pango/pangocairo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_SIZES 32
#define PI 3.14159265358979323846

struct text_state {
    PangoLayout *layout;
    char family[256];
    double sizes[MAX_SIZES];
    char styles[MAX_SIZES][4];
    PangoFontDescription *descs[MAX_SIZES];
    int n_sizes;
};

static void set_rgba(cairo_t *cr, unsigned long c)
{
    cairo_set_source_rgba(cr, (double)((c >> 24) & 0xff) / 255, (double)((c >> 16) & 0xff) / 255,
                          (double)((c >> 8) & 0xff) / 255, (double)(c & 0xff) / 255);
}

static PangoFontDescription *desc_for(struct text_state *ts, double size, const char *style)
{
    for (int i = 0; i < ts->n_sizes; i++)
        if (ts->sizes[i] == size && strcmp(ts->styles[i], style) == 0)
            return ts->descs[i];
    int i = ts->n_sizes < MAX_SIZES ? ts->n_sizes++ : MAX_SIZES - 1;
    if (ts->descs[i])
        pango_font_description_free(ts->descs[i]);
    ts->descs[i] = pango_font_description_from_string(ts->family);
    pango_font_description_set_absolute_size(ts->descs[i], size * PANGO_SCALE);
    if (strchr(style, 'b'))
        pango_font_description_set_weight(ts->descs[i], PANGO_WEIGHT_BOLD);
    if (strchr(style, 'i'))
        pango_font_description_set_style(ts->descs[i], PANGO_STYLE_ITALIC);
    ts->sizes[i] = size;
    snprintf(ts->styles[i], sizeof ts->styles[i], "%s", style);
    return ts->descs[i];
}

static void draw_text(cairo_t *cr, struct text_state *ts, const char *args)
{
    double x, y, size, wrap;
    unsigned long c;
    char style[4], align;
    int n = 0;
    if (sscanf(args, "%lf %lf %lf %lx %3s %lf %c %n", &x, &y, &size, &c, style, &wrap, &align, &n) <
        7)
        return;
    pango_layout_set_font_description(ts->layout, desc_for(ts, size, style));
    pango_layout_set_width(ts->layout, wrap > 0 ? (int)lround(wrap * PANGO_SCALE) : -1);
    pango_layout_set_wrap(ts->layout, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_alignment(ts->layout, align == 'c'   ? PANGO_ALIGN_CENTER
                                           : align == 'r' ? PANGO_ALIGN_RIGHT
                                                          : PANGO_ALIGN_LEFT);
    pango_layout_set_text(ts->layout, args + n, -1);
    set_rgba(cr, c);
    cairo_move_to(cr, x, y);
    pango_cairo_show_layout(cr, ts->layout);
}

/* A ring of n points on the ellipse inscribed in the box: as many path segments as the
 * country outline it stands for. */
static void ring(cairo_t *cr, double x, double y, double w, double h, long n)
{
    for (long i = 0; i < n; i++) {
        double a = 2 * PI * (double)i / (double)n;
        double px = x + w / 2 + w / 2 * cos(a), py = y + h / 2 + h / 2 * sin(a);
        if (i == 0)
            cairo_move_to(cr, px, py);
        else
            cairo_line_to(cr, px, py);
    }
    cairo_close_path(cr);
}

static void draw_path(cairo_t *cr, const char *args)
{
    double x, y, w, h;
    unsigned long c;
    long rings;
    int n = 0;
    if (sscanf(args, "%lf %lf %lf %lf %lx %ld%n", &x, &y, &w, &h, &c, &rings, &n) < 6)
        return;
    char *p = (char *)args + n;
    for (long r = 0; r < rings; r++)
        ring(cr, x, y, w, h, strtol(p, &p, 10));
    set_rgba(cr, c);
    cairo_fill_preserve(cr);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_stroke(cr);
}

static void draw_shape(cairo_t *cr, char kind, const char *args)
{
    double a, b, w, h;
    unsigned long c;
    if (sscanf(args, "%lf %lf %lf %lf %lx", &a, &b, &w, &h, &c) != 5)
        return;
    set_rgba(cr, c);
    if (kind == 'R') {
        cairo_rectangle(cr, a, b, w, h);
        cairo_fill(cr);
    } else if (kind == 'M') {
        cairo_arc(cr, a + w / 2, b + h / 2, fmin(w, h) / 2, 0, 2 * PI);
        cairo_fill(cr);
    } else { /* 'L': a, b, w, h are x0, y0, x1, y1 */
        cairo_move_to(cr, a, b);
        cairo_line_to(cr, w, h);
        cairo_stroke(cr);
    }
}

static void draw_spec(cairo_t *cr, struct text_state *ts, FILE *spec)
{
    char line[4096];
    cairo_set_line_width(cr, 1);
    while (fgets(line, sizeof line, spec)) {
        line[strcspn(line, "\n")] = '\0';
        if (line[0] == 'T')
            draw_text(cr, ts, line + 2);
        else if (line[0] == 'P')
            draw_path(cr, line + 2);
        else if (strchr("RML", line[0]) && line[0])
            draw_shape(cr, line[0], line + 2);
    }
}

static cairo_surface_t *make_surface(const char *out, double w, double h, double scale)
{
    const char *ext = strrchr(out, '.');
    if (ext && strcmp(ext, ".svg") == 0)
        return cairo_svg_surface_create(out, w, h);
    if (ext && strcmp(ext, ".pdf") == 0)
        return cairo_pdf_surface_create(out, w, h);
    /* The same pixel format memberline uses for an opaque chart. */
    return cairo_image_surface_create(CAIRO_FORMAT_RGB24, (int)ceil(w * scale),
                                      (int)ceil(h * scale));
}

#ifdef FLOOR_OUR_ENCODER
/* The floor variant with memberline's PNG encoder (libpng + libdeflate, src/pngout.c), so that
 * the PNG ratio can measure drawing alone, not the choice of encoder. */
#include "pngout.h"

static cairo_status_t to_file(void *closure, const unsigned char *data, unsigned int n)
{
    return fwrite(data, 1, n, closure) == n ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

static cairo_status_t write_png(cairo_surface_t *s, const char *out)
{
    FILE *f = fopen(out, "wb");
    if (!f)
        return CAIRO_STATUS_WRITE_ERROR;
    cairo_surface_flush(s);
    bool ok = pngout_encode(s, true, NULL, to_file, f, NULL);
    return fclose(f) == 0 && ok ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}
#else
static cairo_status_t write_png(cairo_surface_t *s, const char *out)
{
    return cairo_surface_write_to_png(s, out);
}
#endif

/* One chart: a surface of the output's format, the items, the PNG writer. */
static cairo_status_t draw_once(FILE *spec, long items, struct text_state *ts, const char *out,
                                double w, double h, double scale)
{
    cairo_surface_t *s = make_surface(out, w, h, scale);
    cairo_t *cr = cairo_create(s);
    bool png = cairo_surface_get_type(s) == CAIRO_SURFACE_TYPE_IMAGE;
    if (png)
        cairo_scale(cr, scale, scale);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    fseek(spec, items, SEEK_SET);
    draw_spec(cr, ts, spec);
    cairo_destroy(cr);
    cairo_status_t st = png ? write_png(s, out) : CAIRO_STATUS_SUCCESS;
    cairo_surface_finish(s);
    if (st == CAIRO_STATUS_SUCCESS)
        st = cairo_surface_status(s);
    cairo_surface_destroy(s);
    return st;
}

/* Draw the chart `repeat` times in one process (the batch floor), fonts loaded once. */
static int render(FILE *spec, const char *out, int repeat)
{
    double w, h, scale;
    char line[200];
    struct text_state ts = {0};
    if (fscanf(spec, "size %lf %lf %lf\n", &w, &h, &scale) != 3 || !fgets(line, sizeof line, spec))
        return 2;
    line[strcspn(line, "\n")] = '\0';
    snprintf(ts.family, sizeof ts.family, "%s", strncmp(line, "font ", 5) == 0 ? line + 5 : "sans");
    long items = ftell(spec);
    PangoFontMap *map = pango_cairo_font_map_new();
    PangoContext *context = pango_font_map_create_context(map);
    pango_cairo_context_set_resolution(context, 72);
    ts.layout = pango_layout_new(context);
    cairo_status_t st = CAIRO_STATUS_SUCCESS;
    for (int i = 0; i < repeat && st == CAIRO_STATUS_SUCCESS; i++)
        st = draw_once(spec, items, &ts, out, w, h, scale);
    for (int i = 0; i < ts.n_sizes; i++)
        pango_font_description_free(ts.descs[i]);
    g_object_unref(ts.layout);
    g_object_unref(context);
    g_object_unref(map);
    return st == CAIRO_STATUS_SUCCESS ? 0 : 1;
}

/* The size cairo's writer gives for exactly our pixels: the fair file-size comparison, since
 * the floor's drawing is only alike in cost, not in every pixel. */
static int reencode(const char *in, const char *out)
{
    cairo_surface_t *s = cairo_image_surface_create_from_png(in);
    cairo_status_t st = cairo_surface_status(s);
    if (st == CAIRO_STATUS_SUCCESS)
        st = cairo_surface_write_to_png(s, out);
    cairo_surface_destroy(s);
    return st == CAIRO_STATUS_SUCCESS ? 0 : 1;
}

int main(int argc, char **argv)
{
    if (argc == 4 && strcmp(argv[1], "--reencode") == 0)
        return reencode(argv[2], argv[3]);
    if (argc != 3 && argc != 4) {
        fprintf(stderr, "usage: floor SPEC OUTPUT.{png,svg,pdf} [REPEAT]\n");
        return 2;
    }
    FILE *spec = fopen(argv[1], "r");
    if (!spec) {
        perror(argv[1]);
        return 2;
    }
    int rc = render(spec, argv[2], argc == 4 ? atoi(argv[3]) : 1);
    fclose(spec);
    if (rc)
        fprintf(stderr, "floor: cannot render %s\n", argv[2]);
    return rc;
}
