/* Loading the country shapes. The format is line based and strictly checked: a file cut short,
 * a stray character or a number out of range is an error with file:line, never a crash. */
#include "world.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "error.h"
#include "vec.h"

#define MAX_FILE (16L * 1024 * 1024)
#define MAX_RING 1000000L

struct parser {
    const char *path;
    int line;
    struct world *w;
    size_t cap_countries;
    size_t cap_pts, cap_rings; /* of the country being read */
    bool seen_end;
    struct ml_error *err;
};

static bool fail(struct parser *p, enum ml_error_code code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static bool fail(struct parser *p, enum ml_error_code code, const char *fmt, ...)
{
    va_list ap;
    if (!p->err || p->err->code != ML_OK)
        return false;
    va_start(ap, fmt);
    error_vat(p->err, code, p->path, p->line, -1, NULL, fmt, ap);
    va_end(ap);
    return false;
}

void world_destroy(struct world *w)
{
    if (!w)
        return;
    for (size_t i = 0; i < w->n_countries; i++) {
        free(w->countries[i].name);
        free(w->countries[i].pts);
        free(w->countries[i].rings);
    }
    free(w->countries);
    free(w);
}

/* A code is "-" or n upper-case ASCII letters. */
static bool valid_code(const char *s, size_t n)
{
    if (strcmp(s, "-") == 0)
        return true;
    if (strlen(s) != n)
        return false;
    for (size_t i = 0; i < n; i++)
        if (s[i] < 'A' || s[i] > 'Z')
            return false;
    return true;
}

static bool parse_country(struct parser *p, char *rest)
{
    char a2[8], a3[8], num[8], scale[8];
    int used = 0;
    if (sscanf(rest, " %7s %7s %7s %7s %n", a2, a3, num, scale, &used) != 4 || !rest[used])
        return fail(p, ML_ERROR_VALUE,
                    "expected \"C <alpha-2> <alpha-3> <numeric> <scale> <name>\"");
    if (!valid_code(a2, 2) || !valid_code(a3, 3))
        return fail(p, ML_ERROR_VALUE, "\"%s %s\" are not ISO 3166 alpha-2 and alpha-3 codes", a2,
                    a3);
    struct world *w = p->w;
    if (!vec_grow((void **)&w->countries, &p->cap_countries, w->n_countries + 1,
                  sizeof *w->countries))
        return fail(p, ML_ERROR_NOMEM, "out of memory");
    struct world_country *c = &w->countries[w->n_countries];
    memset(c, 0, sizeof *c);
    memcpy(c->a2, a2, strlen(a2) + 1); /* valid_code bounds both lengths */
    memcpy(c->a3, a3, strlen(a3) + 1);
    c->name = strdup(rest + used);
    if (!c->name)
        return fail(p, ML_ERROR_NOMEM, "out of memory");
    w->n_countries++;
    p->cap_pts = p->cap_rings = 0;
    return true;
}

static bool grow_country(struct parser *p, struct world_country *c, size_t n)
{
    /* pts holds x, y pairs: one element is a point */
    if (!vec_grow((void **)&c->pts, &p->cap_pts, c->n_pts + n, 2 * sizeof *c->pts) ||
        !vec_grow((void **)&c->rings, &p->cap_rings, c->n_rings + 1, sizeof *c->rings))
        return fail(p, ML_ERROR_NOMEM, "out of memory");
    return true;
}

/* One integer of at most 9 digits, then a space or the end of the line. Read by hand, not
 * with strtol: the file holds 23,000 of them, and strtol's locale and base handling was 4 M
 * instructions of a map chart's 200 M. */
static bool next_int(char **s, long *out)
{
    const char *p = *s;
    if (*p++ != ' ')
        return false;
    bool neg = *p == '-';
    p += neg;
    long v = 0;
    int digits = 0;
    for (; *p >= '0' && *p <= '9' && digits < 10; p++, digits++)
        v = v * 10 + (*p - '0');
    if (digits == 0 || digits > 9 || (*p != ' ' && *p != '\0'))
        return false;
    *out = neg ? -v : v;
    *s = (char *)p;
    return true;
}

static bool parse_points(struct parser *p, struct world_country *c, char *s, long n)
{
    long x = 0, y = 0;
    double *pt = c->pts + 2 * c->n_pts;
    for (long i = 0; i < n; i++) {
        long dx, dy;
        if (!next_int(&s, &dx) || !next_int(&s, &dy))
            return fail(p, ML_ERROR_VALUE, "ring point %ld of %ld is missing or not an integer",
                        i + 1, n);
        x += dx;
        y += dy;
        if (x < -18000 || x > 18000 || y < -9000 || y > 9000)
            return fail(p, ML_ERROR_VALUE, "ring point %ld is off the globe (%ld, %ld)", i + 1, x,
                        y);
        pt[2 * i] = (double)x / 100.0; /* |x| <= 18000: exact in a double */
        pt[2 * i + 1] = (double)y / 100.0;
    }
    if (*s)
        return fail(p, ML_ERROR_VALUE, "more numbers than the ring's %ld points", n);
    return true;
}

static bool parse_ring(struct parser *p, char *rest)
{
    long n;
    if (!p->w->n_countries)
        return fail(p, ML_ERROR_VALUE, "a ring before any country");
    struct world_country *c = &p->w->countries[p->w->n_countries - 1];
    if (!next_int(&rest, &n) || n < 3 || n > MAX_RING)
        return fail(p, ML_ERROR_VALUE, "expected \"R <points, 3 or more> <x> <y> ...\"");
    if (!grow_country(p, c, (size_t)n) || !parse_points(p, c, rest, n))
        return false;
    c->rings[c->n_rings++] = (size_t)n;
    c->n_pts += (size_t)n;
    return true;
}

static bool parse_end(struct parser *p, char *rest)
{
    long n;
    if (!next_int(&rest, &n) || *rest)
        return fail(p, ML_ERROR_VALUE, "expected \"E <number of countries>\"");
    if (n != (long)p->w->n_countries)
        return fail(p, ML_ERROR_VALUE, "the file says %ld countries but holds %zu", n,
                    p->w->n_countries);
    p->seen_end = true;
    return true;
}

static bool parse_line(struct parser *p, char *s)
{
    if (p->seen_end)
        return *s == '\0' || fail(p, ML_ERROR_VALUE, "text after the end line");
    if (p->line == 1)
        return strcmp(s, "MLWORLD 1") == 0 ||
               fail(p, ML_ERROR_VALUE, "not a memberline world file (expected \"MLWORLD 1\")");
    if (*s == '#')
        return true;
    if (s[0] == 'C' && s[1] == ' ')
        return parse_country(p, s + 1);
    if (s[0] == 'R' && s[1] == ' ')
        return parse_ring(p, s + 1);
    if (s[0] == 'E' && s[1] == ' ')
        return parse_end(p, s + 1);
    return fail(p, ML_ERROR_VALUE, "expected a line starting with C, R, E or #");
}

static bool parse_text(struct parser *p, char *text)
{
    char *s = text;
    while (*s) {
        char *nl = strchr(s, '\n');
        if (nl)
            *nl = '\0';
        p->line++;
        if (!parse_line(p, s))
            return false;
        if (!nl)
            break;
        s = nl + 1;
    }
    for (size_t i = 0; i < p->w->n_countries; i++)
        if (!p->w->countries[i].n_rings)
            return fail(p, ML_ERROR_VALUE, "country %s has no rings", p->w->countries[i].name);
    return p->seen_end || fail(p, ML_ERROR_VALUE, "the file ends early (no \"E\" line)");
}

static char *read_all(const char *path, struct parser *p)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fail(p, ML_ERROR_INPUT, "cannot open the country shapes: %s", strerror(errno));
        return NULL;
    }
    char *buf = malloc(MAX_FILE + 1);
    size_t n = buf ? fread(buf, 1, MAX_FILE + 1, f) : 0;
    bool bad = ferror(f);
    fclose(f);
    if (!buf || bad || n > MAX_FILE || memchr(buf, '\0', n)) {
        fail(p, !buf ? ML_ERROR_NOMEM : ML_ERROR_INPUT, "%s",
             !buf  ? "out of memory"
             : bad ? "read error"
                   : "too large, or binary");
        free(buf);
        return NULL;
    }
    buf[n] = '\0';
    return buf;
}

struct world *world_load_file(const char *path, struct ml_error *err)
{
    struct ml_error local;
    struct parser p = {path, 0, NULL, 0, 0, 0, false, err ? err : &local};
    memset(p.err, 0, sizeof *p.err);
    char *text = read_all(path, &p);
    if (!text)
        return NULL;
    p.w = calloc(1, sizeof *p.w);
    if (!p.w) {
        fail(&p, ML_ERROR_NOMEM, "out of memory");
    } else if (!parse_text(&p, text)) {
        world_destroy(p.w);
        p.w = NULL;
    }
    free(text);
    return p.w;
}

static struct world *try_dir(const char *dir, const char *suffix, struct ml_error *err)
{
    char path[PATH_MAX];
    if (!dir || !*dir)
        return NULL;
    int n = snprintf(path, sizeof path, "%s%s/%s", dir, suffix, WORLD_FILE);
    if (n < 0 || (size_t)n >= sizeof path || access(path, R_OK) != 0)
        return NULL;
    return world_load_file(path, err);
}

/* The directory of the running program, so an unpacked or uninstalled build finds its data. */
static bool exe_dir(char *buf, size_t size)
{
    ssize_t n = readlink("/proc/self/exe", buf, size - 1);
    if (n <= 0)
        return false;
    buf[n] = '\0';
    char *slash = strrchr(buf, '/');
    if (!slash)
        return false;
    *slash = '\0';
    return true;
}

/* A folder the caller named is the only one tried: not finding the shapes there is an error. */
static struct world *load_from(const char *dir, struct ml_error *err)
{
    struct world *w = try_dir(dir, "", err);
    if (!w && err && err->code == ML_OK) {
        char file[sizeof err->source];
        snprintf(file, sizeof file, "%s/%s", dir, WORLD_FILE);
        error_at(err, ML_ERROR_INPUT, file, -1, -1, NULL,
                 "cannot read the country shapes for the map in the data folder %.120s", dir);
    }
    return w;
}

struct world *world_load_default(const char *dir, struct ml_error *err)
{
    static const char *const beside[] = {"/data", "/../data", "/../share/memberline"};
    char exe[PATH_MAX];
    /* The same order as the command line's bundled data: a checkout before an installed copy. */
    const char *dirs[] = {getenv("MEMBERLINE_DATA_DIR"), "data"};
    struct ml_error local;
    if (!err)
        err = &local;
    memset(err, 0, sizeof *err);
    if (dir)
        return load_from(dir, err);
    for (size_t i = 0; i < sizeof dirs / sizeof *dirs; i++) {
        struct world *w = try_dir(dirs[i], "", err);
        if (w || err->code != ML_OK)
            return w;
    }
    for (size_t i = 0; exe_dir(exe, sizeof exe) && i < sizeof beside / sizeof *beside; i++) {
        struct world *w = try_dir(exe, beside[i], err);
        if (w || err->code != ML_OK)
            return w;
    }
#ifdef ML_DATADIR
    struct world *installed = try_dir(ML_DATADIR, "", err);
    if (installed || err->code != ML_OK)
        return installed;
#endif
    error_at(err, ML_ERROR_INPUT, WORLD_FILE, -1, -1, NULL,
             "cannot find the country shapes for the map (set MEMBERLINE_DATA_DIR to the folder "
             "that holds %s, or install memberline)",
             WORLD_FILE);
    return NULL;
}

const struct world_country *world_find(const struct world *w, const char *a2, const char *a3)
{
    for (size_t i = 0; a2 && i < w->n_countries; i++)
        if (strcmp(w->countries[i].a2, a2) == 0 && strcmp(a2, "-") != 0)
            return &w->countries[i];
    for (size_t i = 0; a3 && i < w->n_countries; i++)
        if (strcmp(w->countries[i].a3, a3) == 0 && strcmp(a3, "-") != 0)
            return &w->countries[i];
    return NULL;
}
