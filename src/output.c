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
#include "pdfupdate.h"
#include "pngout.h"
#include "strbuf.h"
#include "svg.h"

/* A cairo write function: the bytes go to the strbuf closure. */
static cairo_status_t buf_write(void *closure, const unsigned char *data, unsigned int n)
{
    struct strbuf *b = closure;
    strbuf_append(b, data, n);
    return b->nomem ? CAIRO_STATUS_NO_MEMORY : CAIRO_STATUS_SUCCESS;
}

static bool check_cairo(cairo_status_t st, struct ml_error *err)
{
    if (st == CAIRO_STATUS_SUCCESS)
        return true;
    error_first(err, st == CAIRO_STATUS_NO_MEMORY ? ML_ERROR_NOMEM : ML_ERROR_RENDER,
                "cannot render: %s", cairo_status_to_string(st));
    return false;
}

/* sink is the stream's buffer: when it ran out of memory, cairo only sees a write error. */
static bool render_vector(const struct layout *l, struct text_ctx *ctx, const struct output_opts *o,
                          cairo_surface_t *s, const struct strbuf *sink, struct ml_error *err)
{
    bool pdf = cairo_surface_get_type(s) == CAIRO_SURFACE_TYPE_PDF;
    cairo_t *cr = cairo_create(s);
    draw_layout(cr, ctx, l, o->transparent && !pdf);
    /* A PDF holds every page of the chart; the other formats one page each. */
    for (const struct layout *p = l->next; pdf && !o->one_page && p; p = p->next) {
        cairo_show_page(cr);
        cairo_pdf_surface_set_size(s, p->width, p->height);
        draw_layout(cr, ctx, p, false);
    }
    cairo_status_t st = cairo_status(cr);
    cairo_destroy(cr);
    cairo_surface_finish(s);
    if (st == CAIRO_STATUS_SUCCESS)
        st = cairo_surface_status(s);
    cairo_surface_destroy(s);
    if (sink->nomem) /* bytes were lost, even where cairo's status did not say so */
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
                       struct strbuf *b, struct ml_error *err)
{
    cairo_surface_t *s = cairo_pdf_surface_create_for_stream(buf_write, b, l->width, l->height);
    pdf_metadata(s, l);
    struct strbuf update = {0};
    if (!render_vector(l, ctx, o, s, b, err) ||
        !pdfupdate_make((const unsigned char *)b->s, b->len, l, &update, err))
        return false;
    cairo_status_t st = buf_write(b, (const unsigned char *)update.s, (unsigned int)update.len);
    strbuf_finish(&update);
    return check_cairo(st, err);
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

/* Where cairo's SVG names or refers to an id: each is followed by the prefix. */
static const char *const id_keys[] = {" id=\"", "href=\"#", "url(#"};
#define N_ID_KEYS (sizeof id_keys / sizeof *id_keys)
static const char surface_key[] = "surface";

static const unsigned char *find(const unsigned char *data, size_t len, size_t from,
                                 const char *key)
{
    return from < len ? memmem(data + from, len - from, key, strlen(key)) : NULL;
}

/* cairo names groups "surface<N>" after a process-wide counter, so the same chart would get
 * other ids after other renders in the same process (batch): number them from 1 in order of
 * appearance. Returns the index after the digits. */
static size_t renumber(const unsigned char *data, size_t len, size_t i, unsigned long *seen,
                       size_t *n_seen, size_t max_seen, FILE *out)
{
    unsigned long v = 0;
    while (i < len && data[i] >= '0' && data[i] <= '9')
        v = v * 10 + (unsigned long)(data[i++] - '0');
    size_t idx = 0;
    while (idx < *n_seen && seen[idx] != v)
        idx++;
    if (idx == *n_seen && *n_seen < max_seen)
        seen[(*n_seen)++] = v;
    fprintf(out, "%zu", idx + 1);
    return i;
}

/* cairo's ids (glyph0-1, clip1, surface5 ...) are the same in every file, so two charts
 * inlined in one page would draw each other's glyphs: every id and every reference to one
 * gets the chart's prefix, and the surfaces are renumbered (same input, same bytes). Written
 * straight to out: a copy of a large SVG in memory costs more than the rewriting. */
static void svg_rewrite(const unsigned char *data, size_t len, const char *prefix, FILE *out)
{
    const unsigned char *next[N_ID_KEYS + 1];
    for (size_t k = 0; k < N_ID_KEYS; k++)
        next[k] = find(data, len, 0, id_keys[k]);
    next[N_ID_KEYS] = find(data, len, 0, surface_key);
    unsigned long seen[256];
    size_t n_seen = 0, i = 0;
    for (;;) {
        size_t first = N_ID_KEYS + 1;
        for (size_t k = 0; k <= N_ID_KEYS; k++)
            if (next[k] && (first > N_ID_KEYS || next[k] < next[first]))
                first = k;
        if (first > N_ID_KEYS)
            break;
        const char *key = first < N_ID_KEYS ? id_keys[first] : surface_key;
        size_t end = (size_t)(next[first] - data) + strlen(key);
        fwrite(data + i, 1, end - i, out);
        i = end;
        if (first < N_ID_KEYS)
            fputs(prefix, out);
        else if (i < len && data[i] >= '0' && data[i] <= '9')
            i = renumber(data, len, i, seen, &n_seen, sizeof seen / sizeof *seen, out);
        next[first] = find(data, len, i, key);
    }
    fwrite(data + i, 1, len - i, out);
}

/* cairo writes a bare <svg>: add role="img", the chart's language, a <title> and a <desc> for
 * screen readers, as the text mode does, and write the rest with its ids prefixed. False,
 * with nothing written, when cairo's SVG has no <svg> start tag. */
static bool svg_write(const struct layout *l, const struct output_opts *o, const struct strbuf *b,
                      FILE *out)
{
    const unsigned char *data = (const unsigned char *)b->s;
    size_t len = b->len;
    const unsigned char *svg = data ? memmem(data, len, "<svg", 4) : NULL;
    const unsigned char *close = svg ? memchr(svg, '>', len - (size_t)(svg - data)) : NULL;
    if (!close)
        return false;
    char prefix[SVG_PREFIX_SIZE];
    svg_id_prefix(l, o, prefix, sizeof prefix);
    fwrite(data, 1, (size_t)(close - data), out);
    fprintf(out, " role=\"img\" aria-labelledby=\"%stitle %sdesc\"", prefix, prefix);
    if (l->lang) {
        fputs(" lang=\"", out);
        xml_escape(out, l->lang);
        fputs("\" xml:lang=\"", out);
        xml_escape(out, l->lang);
        putc('"', out);
    }
    fprintf(out, ">\n<title id=\"%stitle\">", prefix);
    xml_escape(out, l->title ? l->title : l->chart);
    fprintf(out, "</title>\n<desc id=\"%sdesc\">", prefix);
    xml_escape(out, l->alt_text ? l->alt_text : "");
    fputs("</desc>", out);
    svg_rewrite(close + 1, len - (size_t)(close + 1 - data), prefix, out);
    return true;
}

static bool render_svg(const struct layout *l, struct text_ctx *ctx, const struct output_opts *o,
                       struct strbuf *b, struct ml_error *err)
{
    cairo_surface_t *s = cairo_svg_surface_create_for_stream(buf_write, b, l->width, l->height);
    cairo_svg_surface_set_document_unit(s, CAIRO_SVG_UNIT_PT);
    return render_vector(l, ctx, o, s, b, err);
}

static bool render_png(const struct layout *l, struct text_ctx *ctx, const struct output_opts *o,
                       struct strbuf *b, struct ml_error *err)
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
    draw_layout(cr, ctx, l, o->transparent);
    cairo_status_t st = cairo_status(cr);
    cairo_destroy(cr);
    cairo_surface_flush(s);
    /* A point is 1/72 in: the resolution follows from the scale (--dpi 300 writes 300). */
    struct pngout_meta meta = {o->png_scale * 72, l->title, l->alt_text, l->source, l->lang};
    bool ok = check_cairo(st, err) && pngout_encode(s, opaque, &meta, buf_write, b, err);
    cairo_surface_destroy(s);
    free(pixels);
    return ok;
}

bool output_stream(const struct layout *l, struct text_ctx *ctx, const struct output_opts *o,
                   enum ml_format format, FILE *out, struct ml_error *err)
{
    struct strbuf b = {0};
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
        fwrite(b.s, 1, b.len, out);
    } else if (ok && !svg_write(l, o, &b, out)) {
        error_first(err, ML_ERROR_RENDER, "cannot render: unexpected SVG from cairo");
        ok = false;
    }
    if (ok && (ferror(out) || fflush(out) != 0)) {
        error_first(err, ML_ERROR_WRITE, "write error: %s", strerror(errno));
        ok = false;
    }
    strbuf_finish(&b);
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

bool output_pages(const struct layout *l, struct text_ctx *ctx, const struct output_opts *o,
                  enum ml_format format, const char *const *paths, size_t n, struct ml_error *err)
{
    struct output_opts one = *o;
    one.one_page = true;
    struct stream_job *jobs = calloc(n + 1, sizeof *jobs);
    struct output_target *t = calloc(n + 1, sizeof *t);
    bool ok = jobs && t;
    if (!ok)
        error_first(err, ML_ERROR_NOMEM, "out of memory");
    for (size_t k = 0; ok && k < n; k++, l = l->next) {
        jobs[k] = (struct stream_job){l, ctx, &one, format, err};
        t[k] = (struct output_target){paths[k], write_chart, &jobs[k]};
    }
    ok = ok && output_atomic_set(t, n, err);
    free(jobs);
    free(t);
    return ok;
}

/* "WHAT PATH: REASON", with the middle of a long path left out so that the reason always fits
 * the error's text. */
static void path_error(struct ml_error *err, enum ml_error_code code, const char *what,
                       const char *path, const char *reason)
{
    size_t fixed = strlen(what) + strlen(reason) + 8, n = strlen(path);
    size_t room = sizeof err->text > fixed + 16 ? sizeof err->text - fixed : 16;
    if (n <= room) {
        error_first(err, code, "%s %s: %s", what, path, reason);
        return;
    }
    int head = (int)(room / 2), tail = (int)(room - (size_t)head - 3);
    error_first(err, code, "%s %.*s...%s: %s", what, head, path, path + n - (size_t)tail, reason);
}

static bool write_direct(const char *path, bool (*writer)(FILE *, void *), void *user,
                         struct ml_error *err)
{
    FILE *f = fopen(path, "wb");
    if (!f) {
        path_error(err, ML_ERROR_OUTPUT, "cannot create", path, strerror(errno));
        return false;
    }
    bool ok = writer(f, user);
    if (fclose(f) != 0 && ok) {
        path_error(err, ML_ERROR_WRITE, "cannot write", path, strerror(errno));
        ok = false;
    }
    if (!ok && err && err->code == ML_ERROR_WRITE && !strstr(err->text, path)) {
        /* Name the file: the writer only knew its stream. path_error fills err afresh. */
        char text[sizeof err->text];
        snprintf(text, sizeof text, "%s", err->text);
        struct ml_error named = {0};
        path_error(&named, ML_ERROR_WRITE, "cannot write", path, text);
        error_set(err, ML_ERROR_WRITE, "%s", named.text);
    }
    return ok;
}

/* "-": standard output, flushed, so that a full disk or a closed pipe is an error here. */
static bool write_stdout(bool (*writer)(FILE *, void *), void *user, struct ml_error *err)
{
    bool ok = writer(stdout, user);
    if (ok && (ferror(stdout) || fflush(stdout) != 0))
        ok = false;
    if (!ok)
        error_first(err, ML_ERROR_WRITE, "cannot write to standard output: %s",
                    strerror(errno ? errno : EIO));
    return ok;
}

/* The temporary file beside path: a short name of its own, so that a path whose name is near
 * the file-name limit (NAME_MAX) still has room for it. */
static char *temp_name(const char *path)
{
    static const char name[] = ".memberline-XXXXXX";
    const char *slash = strrchr(path, '/');
    size_t dir = slash ? (size_t)(slash - path) + 1 : 0;
    char *tmp = malloc(dir + sizeof name);
    if (tmp) {
        memcpy(tmp, path, dir);
        memcpy(tmp + dir, name, sizeof name);
    }
    return tmp;
}

/* The permissions a file at path gets: an existing file's own (0600 stays 0600), else what a
 * new file normally gets under the umask. */
static mode_t new_mode(const struct stat *old)
{
    if (old)
        return old->st_mode & 07777;
    mode_t mask = umask(0);
    umask(mask);
    return 0666 & ~mask;
}

/* The owner of the file replaced, when we may give it (root replacing a user's file). */
static void keep_owner(int fd, const struct stat *old)
{
    if (old->st_uid == geteuid() && old->st_gid == getegid())
        return;
    if (fchown(fd, old->st_uid, old->st_gid) != 0)
        return; /* not ours to give: the new file is ours, as any new file would be */
}

/* One file being written: where its bytes go in the end, and the temporary file beside it
 * that holds them until every file of the set is written. */
struct staged {
    char *target;    /* the file replaced: path, or a symbolic link's target; owned */
    char *tmp;       /* the written temporary file, until renamed; owned */
    struct stat old; /* target's status when it exists */
    bool exists;     /* target exists (a regular file, or a device when direct) */
    bool direct;     /* a device or a pipe (/dev/stdout, /dev/full): written, not replaced */
};

static void staged_finish(struct staged *s)
{
    if (s->tmp)
        unlink(s->tmp);
    free(s->tmp);
    free(s->target);
    memset(s, 0, sizeof *s);
}

/* Where path's bytes go: a directory or a link to nothing is an error; a link is never
 * replaced, its target is (with the temporary file beside the target). */
static bool resolve_target(const char *path, struct staged *s, struct ml_error *err)
{
    struct stat lst;
    memset(s, 0, sizeof *s);
    s->exists = stat(path, &s->old) == 0;
    int stat_errno = s->exists ? 0 : errno;
    if (s->exists && S_ISDIR(s->old.st_mode)) {
        path_error(err, ML_ERROR_OUTPUT, "cannot create", path, "it is a directory");
        return false;
    }
    s->direct = s->exists && !S_ISREG(s->old.st_mode);
    if (s->direct || lstat(path, &lst) != 0 || !S_ISLNK(lst.st_mode))
        s->target = strdup(path);
    else if (!s->exists) {
        path_error(err, ML_ERROR_OUTPUT, "cannot create", path,
                   stat_errno == ELOOP ? "it is a loop of symbolic links (ELOOP)"
                                       : "it is a symbolic link to a file that does not exist");
        return false;
    } else if (!(s->target = realpath(path, NULL))) {
        path_error(err, ML_ERROR_OUTPUT, "cannot create", path, strerror(errno));
        return false;
    }
    if (!s->target)
        error_first(err, ML_ERROR_NOMEM, "out of memory");
    return s->target != NULL;
}

/* Write the temporary file beside s->target, with the permissions (and, when we may give it,
 * the owner) of the file it replaces. */
static bool stage_file(struct staged *s, bool (*writer)(FILE *, void *), void *user,
                       struct ml_error *err)
{
    const char *path = s->target;
    const struct stat *old = s->exists ? &s->old : NULL;
    char *tmp = temp_name(path);
    if (!tmp) {
        error_first(err, ML_ERROR_NOMEM, "out of memory");
        return false;
    }
    int fd = mkstemp(tmp);
    FILE *f = fd >= 0 ? fdopen(fd, "wb") : NULL;
    if (!f) {
        path_error(err, ML_ERROR_OUTPUT, "cannot create", path, strerror(errno));
        if (fd >= 0) {
            close(fd);
            unlink(tmp);
        }
        free(tmp);
        return false;
    }
    s->tmp = tmp; /* from here staged_finish removes it */
    if (old)
        keep_owner(fd, old);
    bool ok = fchmod(fd, new_mode(old)) == 0;
    if (!ok)
        path_error(err, ML_ERROR_OUTPUT, "cannot create", path, strerror(errno));
    ok = ok && writer(f, user);
    if (fclose(f) != 0 && ok) {
        path_error(err, ML_ERROR_WRITE, "cannot write", path, strerror(errno));
        ok = false;
    }
    return ok;
}

static bool commit_file(struct staged *s, struct ml_error *err)
{
    if (rename(s->tmp, s->target) != 0) {
        path_error(err, ML_ERROR_OUTPUT, "cannot create", s->target, strerror(errno));
        return false;
    }
    free(s->tmp);
    s->tmp = NULL;
    return true;
}

bool output_atomic(const char *path, bool (*writer)(FILE *, void *), void *user,
                   struct ml_error *err)
{
    if (strcmp(path, "-") == 0)
        return write_stdout(writer, user, err);
    struct output_target t = {path, writer, user};
    return output_atomic_set(&t, 1, err);
}

/* Undo the renames of a failed set where that loses nothing: a file that did not exist
 * before is removed; one replaced already holds the new bytes (its old ones are gone). */
static void remove_new(struct staged *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!s[i].exists && !s[i].direct && !s[i].tmp)
            unlink(s[i].target);
}

/* Every file resolved and written to its temporary file first; then the devices written;
 * then every temporary file renamed into place. */
static bool write_set(const struct output_target *t, struct staged *s, size_t n,
                      struct ml_error *err)
{
    for (size_t i = 0; i < n; i++)
        if (!resolve_target(t[i].path, &s[i], err))
            return false;
    for (size_t i = 0; i < n; i++)
        if (!s[i].direct && !stage_file(&s[i], t[i].writer, t[i].user, err))
            return false;
    for (size_t i = 0; i < n; i++)
        if (s[i].direct && !write_direct(s[i].target, t[i].writer, t[i].user, err))
            return false;
    for (size_t i = 0; i < n; i++)
        if (!s[i].direct && !commit_file(&s[i], err)) {
            remove_new(s, i);
            return false;
        }
    return true;
}

bool output_atomic_set(const struct output_target *t, size_t n, struct ml_error *err)
{
    struct staged *s = calloc(n + 1, sizeof *s);
    if (!s) {
        error_first(err, ML_ERROR_NOMEM, "out of memory");
        return false;
    }
    bool ok = write_set(t, s, n, err);
    for (size_t i = 0; i < n; i++)
        staged_finish(&s[i]);
    free(s);
    return ok;
}
