#define _GNU_SOURCE /* memmem */ // NOLINT(bugprone-reserved-identifier)
/* Every format is rendered into memory first, then written: SVG needs its accessibility
 * elements added, and a failed render must never leave a partial file behind. */
#include "output.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "draw.h"
#include "error.h"
#include "pngout.h"
#include "svg.h"

struct buf {
    unsigned char *data;
    size_t len, cap;
    bool nomem;
};

static cairo_status_t buf_write(void *closure, const unsigned char *data, unsigned int n)
{
    struct buf *b = closure;
    if (n == 0)
        return CAIRO_STATUS_SUCCESS; /* b->data may still be NULL */
    if (b->len + n > b->cap) {
        size_t cap = b->cap ? b->cap : 65536;
        while (cap < b->len + n)
            cap *= 2;
        unsigned char *d = realloc(b->data, cap);
        if (!d) {
            b->nomem = true;
            return CAIRO_STATUS_NO_MEMORY;
        }
        b->data = d;
        b->cap = cap;
    }
    memcpy(b->data + b->len, data, n);
    b->len += n;
    return CAIRO_STATUS_SUCCESS;
}

static bool check_cairo(cairo_status_t st, struct ml_error *err)
{
    if (st == CAIRO_STATUS_SUCCESS)
        return true;
    error_first(err, st == CAIRO_STATUS_NO_MEMORY ? ML_ERROR_NOMEM : ML_ERROR_RENDER,
                "cannot render: %s", cairo_status_to_string(st));
    return false;
}

/* A PDF link annotation around an item; cairo takes the link area from what is drawn. */
static bool pdf_link(cairo_t *cr, const struct item *it)
{
    char attr[1200];
    size_t k = 0;
    k += (size_t)snprintf(attr, sizeof attr, "uri='");
    for (const char *p = it->link; *p && k + 4 < sizeof attr; p++) {
        if (*p == '\'' || *p == '\\')
            attr[k++] = '\\';
        attr[k++] = *p;
    }
    if (k + 2 >= sizeof attr)
        return false;
    attr[k++] = '\'';
    attr[k] = '\0';
    cairo_tag_begin(cr, CAIRO_TAG_LINK, attr);
    return true;
}

/* sink is the stream's buffer: when it ran out of memory, cairo only sees a write error. */
static bool render_vector(const struct layout *l, struct text_ctx *ctx, const struct output_opts *o,
                          cairo_surface_t *s, const struct buf *sink, struct ml_error *err)
{
    bool pdf = cairo_surface_get_type(s) == CAIRO_SURFACE_TYPE_PDF;
    cairo_t *cr = cairo_create(s);
    draw_layout(cr, ctx, l, o->transparent && !pdf, pdf ? pdf_link : NULL);
    cairo_status_t st = cairo_status(cr);
    cairo_destroy(cr);
    cairo_surface_finish(s);
    if (st == CAIRO_STATUS_SUCCESS)
        st = cairo_surface_status(s);
    cairo_surface_destroy(s);
    if (st != CAIRO_STATUS_SUCCESS && sink->nomem)
        st = CAIRO_STATUS_NO_MEMORY;
    return check_cairo(st, err);
}

static void pdf_metadata(cairo_surface_t *s, const struct layout *l)
{
    char created[32];
    const char *epoch = getenv("SOURCE_DATE_EPOCH");
    if (l->title)
        cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_TITLE, l->title);
    if (l->subject)
        cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_SUBJECT, l->subject);
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_KEYWORDS, l->chart ? l->chart : "");
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATOR, "memberline " ML_VERSION);
    if (epoch && *epoch) {
        /* Reproducible builds: the creation date comes from SOURCE_DATE_EPOCH. */
        time_t t = (time_t)strtoll(epoch, NULL, 10);
        struct tm tm;
        gmtime_r(&t, &tm);
        strftime(created, sizeof created, "%Y-%m-%dT%H:%M:%SZ", &tm);
        cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATE_DATE, created);
        cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_MOD_DATE, created);
    }
}

static bool render_pdf(const struct layout *l, struct text_ctx *ctx, const struct output_opts *o,
                       struct buf *b, struct ml_error *err)
{
    cairo_surface_t *s = cairo_pdf_surface_create_for_stream(buf_write, b, l->width, l->height);
    pdf_metadata(s, l);
    return render_vector(l, ctx, o, s, b, err);
}

/* Escape text for XML content. */
static void xml_escape(FILE *out, const char *s)
{
    for (; s && *s; s++) {
        switch (*s) {
        case '&':
            fputs("&amp;", out);
            break;
        case '<':
            fputs("&lt;", out);
            break;
        case '>':
            fputs("&gt;", out);
            break;
        case '"':
            fputs("&quot;", out);
            break;
        default:
            putc(*s, out);
        }
    }
}

/* cairo names groups "surface<N>" after a process-wide counter, so the same chart would get
 * other ids after other renders in the same process (batch). Number them from 1 in order of
 * appearance instead: the same input then gives the same bytes in any process. Written
 * straight to out: a copy of a large SVG in memory costs more than the renumbering. */
static void svg_renumber(const unsigned char *data, size_t len, FILE *out)
{
    static const char key[] = "surface";
    unsigned long seen[256];
    size_t n_seen = 0, i = 0, k = sizeof key - 1;
    while (i < len) {
        const unsigned char *hit = memmem(data + i, len - i, key, k);
        size_t end = hit ? (size_t)(hit - data) + k : len;
        fwrite(data + i, 1, end - i, out);
        i = end;
        if (!hit || i >= len || data[i] < '0' || data[i] > '9')
            continue;
        unsigned long v = 0;
        while (i < len && data[i] >= '0' && data[i] <= '9')
            v = v * 10 + (unsigned long)(data[i++] - '0');
        size_t idx = 0;
        while (idx < n_seen && seen[idx] != v)
            idx++;
        if (idx == n_seen && n_seen < sizeof seen / sizeof *seen)
            seen[n_seen++] = v;
        fprintf(out, "%zu", idx + 1);
    }
}

/* cairo writes a bare <svg>: add role="img", a <title> and a <desc> for screen readers, and
 * write the rest with its ids renumbered. False, with nothing written, when cairo's SVG has no
 * <svg> start tag. */
static bool svg_write(const struct layout *l, const struct buf *raw, FILE *out)
{
    const unsigned char *svg = raw->data ? memmem(raw->data, raw->len, "<svg", 4) : NULL;
    const unsigned char *close =
        svg ? memchr(svg, '>', raw->len - (size_t)(svg - raw->data)) : NULL;
    if (!close)
        return false;
    fwrite(raw->data, 1, (size_t)(close - raw->data), out);
    fputs(" role=\"img\" aria-labelledby=\"ml-title ml-desc\">\n<title id=\"ml-title\">", out);
    xml_escape(out, l->title ? l->title : l->chart);
    fputs("</title>\n<desc id=\"ml-desc\">", out);
    xml_escape(out, l->alt_text ? l->alt_text : "");
    fputs("</desc>", out);
    svg_renumber(close + 1, raw->len - (size_t)(close + 1 - raw->data), out);
    return true;
}

static bool render_svg(const struct layout *l, struct text_ctx *ctx, const struct output_opts *o,
                       struct buf *b, struct ml_error *err)
{
    cairo_surface_t *s = cairo_svg_surface_create_for_stream(buf_write, b, l->width, l->height);
    cairo_svg_surface_set_document_unit(s, CAIRO_SVG_UNIT_PT);
    return render_vector(l, ctx, o, s, b, err);
}

static bool render_png(const struct layout *l, struct text_ctx *ctx, const struct output_opts *o,
                       struct buf *b, struct ml_error *err)
{
    int w = (int)ceil(l->width * o->png_scale), h = (int)ceil(l->height * o->png_scale);
    if (w < 1 || h < 1 || w > 32767 || h > 32767) {
        error_first(err, ML_ERROR_USAGE,
                    "the PNG would be %s pixels; at most 32767 x 32767 is possible%s", "too many",
                    "");
        return false;
    }
    bool opaque = !o->transparent && (l->background & 0xff) == 0xff;
    cairo_format_t format = opaque ? CAIRO_FORMAT_RGB24 : CAIRO_FORMAT_ARGB32;
    int stride = cairo_format_stride_for_width(format, w);
    /* An opaque chart paints its background over every pixel first, so its pixels need not be
     * cleared (cairo's own surfaces are: 6 MB of zeroes a 1600 x 900 chart, each in a batch). */
    unsigned char *pixels =
        opaque ? malloc((size_t)stride * (size_t)h) : calloc((size_t)h, (size_t)stride);
    if (!pixels) {
        error_first(err, ML_ERROR_NOMEM, "out of memory for a %d x %d image", w, h);
        return false;
    }
    cairo_surface_t *s = cairo_image_surface_create_for_data(pixels, format, w, h, stride);
    cairo_t *cr = cairo_create(s);
    cairo_scale(cr, o->png_scale, o->png_scale);
    draw_layout(cr, ctx, l, o->transparent, NULL);
    cairo_status_t st = cairo_status(cr);
    cairo_destroy(cr);
    cairo_surface_flush(s);
    bool ok = check_cairo(st, err) && pngout_encode(s, opaque, buf_write, b, err);
    cairo_surface_destroy(s);
    free(pixels);
    return ok;
}

bool output_stream(const struct layout *l, struct text_ctx *ctx, const struct output_opts *o,
                   enum ml_format format, FILE *out, struct ml_error *err)
{
    struct buf b = {0};
    bool ok;
    if (l->lang) /* the shaping of the chart's language, as laid out */
        text_set_language(ctx, l->lang);
    if (format == ML_FORMAT_SVG && !o->svg_paths)
        ok = svg_write_layout(l, ctx, o, buf_write, &b, err);
    else if (format == ML_FORMAT_PDF)
        ok = render_pdf(l, ctx, o, &b, err);
    else if (format == ML_FORMAT_SVG)
        ok = render_svg(l, ctx, o, &b, err);
    else
        ok = render_png(l, ctx, o, &b, err);
    if (ok && b.nomem) {
        error_first(err, ML_ERROR_NOMEM, "out of memory");
        ok = false;
    }
    if (ok && (format != ML_FORMAT_SVG || !o->svg_paths)) {
        fwrite(b.data, 1, b.len, out);
    } else if (ok && !svg_write(l, &b, out)) {
        error_first(err, ML_ERROR_RENDER, "cannot render: unexpected SVG from cairo");
        ok = false;
    }
    if (ok && (ferror(out) || fflush(out) != 0)) {
        error_first(err, ML_ERROR_WRITE, "write error: %s", strerror(errno));
        ok = false;
    }
    free(b.data);
    return ok;
}

struct stream_job {
    const struct layout *l;
    struct text_ctx *ctx;
    const struct output_opts *o;
    enum ml_format format;
    struct ml_error *err;
};

static bool write_chart(FILE *f, void *user)
{
    struct stream_job *j = user;
    return output_stream(j->l, j->ctx, j->o, j->format, f, j->err);
}

bool output_file(const struct layout *l, struct text_ctx *ctx, const struct output_opts *o,
                 enum ml_format format, const char *path, struct ml_error *err)
{
    struct stream_job j = {l, ctx, o, format, err};
    return output_atomic(path, write_chart, &j, err);
}

static bool write_direct(const char *path, bool (*writer)(FILE *, void *), void *user,
                         struct ml_error *err)
{
    FILE *f = fopen(path, "wb");
    if (!f) {
        error_first(err, ML_ERROR_OUTPUT, "cannot create %s: %s", path, strerror(errno));
        return false;
    }
    bool ok = writer(f, user);
    if (fclose(f) != 0 && ok) {
        error_first(err, ML_ERROR_WRITE, "cannot write %s: %s", path, strerror(errno));
        ok = false;
    }
    if (!ok && err && err->code == ML_ERROR_WRITE && !strstr(err->text, path)) {
        char text[sizeof err->text + 256];
        snprintf(text, sizeof text, "cannot write %.200s: %s", path, err->text);
        size_t n = strnlen(text, sizeof err->text - 1);
        memcpy(err->text, text, n);
        err->text[n] = '\0';
    }
    return ok;
}

bool output_atomic(const char *path, bool (*writer)(FILE *, void *), void *user,
                   struct ml_error *err)
{
    struct stat st;
    if (stat(path, &st) == 0) {
        if (S_ISDIR(st.st_mode)) {
            error_first(err, ML_ERROR_OUTPUT, "cannot create %s: it is a directory", path);
            return false;
        }
        if (!S_ISREG(st.st_mode))
            return write_direct(path, writer, user, err);
    }
    size_t n = strlen(path);
    char *tmp = malloc(n + 16);
    if (!tmp) {
        error_first(err, ML_ERROR_NOMEM, "out of memory");
        return false;
    }
    snprintf(tmp, n + 16, "%s.tmp-XXXXXX", path);
    int fd = mkstemp(tmp);
    FILE *f = fd >= 0 ? fdopen(fd, "wb") : NULL;
    if (!f) {
        error_first(err, ML_ERROR_OUTPUT, "cannot create %s: %s", path, strerror(errno));
        if (fd >= 0) {
            close(fd);
            unlink(tmp);
        }
        free(tmp);
        return false;
    }
    bool ok = writer(f, user);
    if (fclose(f) != 0 && ok) {
        error_first(err, ML_ERROR_WRITE, "cannot write %s: %s", path, strerror(errno));
        ok = false;
    }
    /* mkstemp makes the file 0600; give it the permissions a new file normally gets. */
    mode_t mask = umask(0);
    umask(mask);
    if (ok && chmod(tmp, 0666 & ~mask) != 0)
        ok = false;
    if (ok && rename(tmp, path) != 0) {
        error_first(err, ML_ERROR_OUTPUT, "cannot create %s: %s", path, strerror(errno));
        ok = false;
    }
    if (!ok)
        unlink(tmp);
    free(tmp);
    return ok;
}
