/* Layout -> SVG in one pass over the items. Text is real <text>: each line where pango put it
 * (line breaks, baselines and directions from text.c), its width pinned with textLength so
 * that the layout's no-overlap guarantee holds in a viewer's own font. libxml2's
 * xmlTextWriter escapes every attribute and text node. */
#include "svg.h"

#include <libxml/parser.h>
#include <libxml/xmlwriter.h>
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "draw.h"
#include "error.h"
#include "url.h"
#include "vec.h"

#define ID_PREFIX_MAX 64

struct svg {
    xmlTextWriterPtr w;
    bool ok;                      /* every write succeeded */
    char prefix[SVG_PREFIX_SIZE]; /* ids: prefix + name */
    char *d;                      /* path data of the current item, reused */
    size_t len, cap;
    bool nomem;
    size_t patterns;    /* pattern ids given */
    const char *family; /* the root's font family (pango form) */
    const char *last_family;
    char *css_family;        /* last_family as a CSS list; owned */
    const struct item *text; /* the text item whose lines are being written */
    const char *text_s;
    size_t lines; /* lines written so far of that item */
    struct text_ctx *ctx;
};

/* A number with at most two decimals, no trailing zeros: 1/100 pt is far below a pixel. */
struct num {
    char s[32];
};

/* Digits of v, most significant first, at the end of buf; returns where they start. */
static char *digits_before(char *end, unsigned long long v)
{
    do
        *--end = (char)('0' + v % 10);
    while (v /= 10);
    return end;
}

/* Written by hand, not with snprintf: an SVG holds thousands of numbers, and printf's
 * parsing of its format was a fifth of the writer's time. */
static struct num num(double v)
{
    struct num n;
    char tmp[24], *end = tmp + sizeof tmp;
    if (!isfinite(v))
        v = 0;
    long long r = llround(v * 100);
    unsigned long long a = (unsigned long long)(r < 0 ? -r : r);
    unsigned long long ip = a / 100, fr = a % 100;
    char *p = end;
    if (fr % 10 == 0 && fr) {
        *--p = (char)('0' + fr / 10);
        *--p = '.';
    } else if (fr) {
        *--p = (char)('0' + fr % 10);
        *--p = (char)('0' + fr / 10);
        *--p = '.';
    }
    p = digits_before(p, ip);
    if (r < 0)
        *--p = '-';
    memcpy(n.s, p, (size_t)(end - p));
    n.s[end - p] = '\0';
    return n;
}

static void check(struct svg *s, int rc)
{
    if (rc < 0)
        s->ok = false;
}

static void start(struct svg *s, const char *name)
{
    check(s, xmlTextWriterStartElement(s->w, BAD_CAST name));
}

static void end(struct svg *s)
{
    check(s, xmlTextWriterEndElement(s->w));
}

static void attr(struct svg *s, const char *name, const char *value)
{
    check(s, xmlTextWriterWriteAttribute(s->w, BAD_CAST name, BAD_CAST value));
}

static void attr_num(struct svg *s, const char *name, double v)
{
    attr(s, name, num(v).s);
}

static void d_add_n(struct svg *s, const char *t, size_t n);

/* The length of the UTF-8 sequence at t[0..n) when it is one XML 1.0 allows (tab, line feed,
 * carriage return, U+0020-D7FF, U+E000-FFFD, U+10000-10FFFF), else 0. libxml2 escapes markup
 * but writes any other byte as it is: a C0 control or U+FFFE from the data would make the
 * file something no XML parser reads. */
static size_t xml_char(const unsigned char *t, size_t n)
{
    unsigned c = t[0];
    size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (len == 0 || len > n)
        return 0;
    unsigned cp = len == 1 ? c : c & (0x7fu >> len);
    for (size_t k = 1; k < len; k++) {
        if ((t[k] & 0xc0) != 0x80)
            return 0;
        cp = (cp << 6) | (t[k] & 0x3fu);
    }
    static const unsigned least[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < least[len] || cp > 0x10ffff) /* overlong or beyond Unicode */
        return 0;
    bool ok = cp == 0x9 || cp == 0xa || cp == 0xd || (cp >= 0x20 && cp <= 0xd7ff) ||
              (cp >= 0xe000 && cp <= 0xfffd) || cp >= 0x10000;
    return ok ? len : 0;
}

/* t[0..n) into the reused buffer, without what XML cannot hold; a terminated string for
 * libxml2, which escapes it. */
static const char *clean(struct svg *s, const char *t, size_t n)
{
    const unsigned char *u = (const unsigned char *)t;
    s->len = 0;
    d_add_n(s, "", 0);
    for (size_t i = 0; i < n;) {
        size_t k = xml_char(u + i, n - i);
        if (k)
            d_add_n(s, t + i, k);
        i += k ? k : 1;
    }
    return s->nomem ? NULL : s->d;
}

static void text(struct svg *s, const char *t, size_t n)
{
    const char *c = clean(s, t, n);
    if (c)
        check(s, xmlTextWriterWriteString(s->w, BAD_CAST c));
}

/* An attribute whose value comes from the data or the user. */
static void attr_data(struct svg *s, const char *name, const char *value)
{
    const char *c = clean(s, value, strlen(value));
    if (c)
        attr(s, name, c);
}

static void newline(struct svg *s)
{
    check(s, xmlTextWriterWriteRaw(s->w, BAD_CAST "\n"));
}

static void attr_id(struct svg *s, const char *name, const char *suffix)
{
    char id[sizeof s->prefix + 32];
    snprintf(id, sizeof id, "%s%s", s->prefix, suffix);
    attr(s, name, id);
}

/* ---- path data ---- */

static void d_add_n(struct svg *s, const char *t, size_t n)
{
    if (!vec_grow((void **)&s->d, &s->cap, s->len + n + 1, 1)) {
        s->nomem = true;
        return;
    }
    memcpy(s->d + s->len, t, n);
    s->len += n;
    s->d[s->len] = '\0';
}

static void d_add(struct svg *s, const char *t)
{
    d_add_n(s, t, strlen(t));
}

static void d_point(struct svg *s, char cmd, double x, double y)
{
    char op[2] = {cmd, '\0'};
    if (cmd)
        d_add(s, op);
    else
        d_add(s, " ");
    d_add(s, num(x).s);
    d_add(s, " ");
    d_add(s, num(y).s);
}

static void d_reset(struct svg *s)
{
    s->len = 0;
    d_add(s, "");
}

/* ---- colours and strokes ---- */

static bool visible(uint32_t c)
{
    return (c & 0xff) != 0;
}

static void paint(struct svg *s, const char *name, const char *opacity, uint32_t c)
{
    char hex[8];
    if (!visible(c)) {
        attr(s, name, "none");
        return;
    }
    static const char digits[] = "0123456789abcdef";
    hex[0] = '#';
    for (int i = 0; i < 6; i++)
        hex[1 + i] = digits[(c >> (28 - 4 * i)) & 15];
    hex[7] = '\0';
    attr(s, name, hex);
    if ((c & 0xff) != 0xff)
        attr_num(s, opacity, (c & 0xff) / 255.0);
}

/* dash: NULL, or 2 lengths (on, off), or n_dash of them. */
static void stroke_n(struct svg *s, uint32_t c, double width, const double *dash, int n_dash)
{
    if (!visible(c) || width <= 0)
        return;
    paint(s, "stroke", "stroke-opacity", c);
    attr_num(s, "stroke-width", width);
    if (dash) {
        char da[160] = "";
        for (int i = 0; i < n_dash; i++) {
            size_t k = strlen(da);
            snprintf(da + k, sizeof da - k, "%s%s", i ? " " : "", num(dash[i]).s);
        }
        attr(s, "stroke-dasharray", da);
    }
}

static void stroke(struct svg *s, uint32_t c, double width, const double *dash)
{
    stroke_n(s, c, width, dash, 2);
}

/* The fill and stroke of a closed shape, as draw.c's fill_and_stroke. */
static void fill_and_stroke(struct svg *s, const struct item *it)
{
    double dash[2] = {it->stroke_width * 2.5, it->stroke_width * 1.5};
    paint(s, "fill", "fill-opacity", it->fill);
    stroke(s, it->stroke, it->stroke_width, it->dashed ? dash : NULL);
}

/* ---- shapes ---- */

static void rect(struct svg *s, const struct box *b, double r)
{
    start(s, "rect");
    attr_num(s, "x", b->x);
    attr_num(s, "y", b->y);
    attr_num(s, "width", b->w);
    attr_num(s, "height", b->h);
    r = fmin(r, fmin(b->w, b->h) / 2);
    if (r > 0)
        attr_num(s, "rx", r);
}

/* One family of 45-degree lines 4 pt apart in a 4 x 4 tile, with the phase (mod 4) at which
 * draw.c's lines cross the tile: u + v = phase (up) or u - v = phase (down). */
static void hatch_lines(struct svg *s, bool up, double phase)
{
    for (int k = -2; k <= 2; k++) {
        double c = phase + 4 * k;
        if (up) {
            d_point(s, 'M', 0, c);
            d_point(s, 'L', 4, c - 4);
        } else {
            d_point(s, 'M', 0, -c);
            d_point(s, 'L', 4, 4 - c);
        }
    }
}

/* The marks of one tile of a tiled pattern (draw.h): dots, rings and squares as elements,
 * then one path of the lines and curves (attributes reuse the path buffer, so it comes last). */
static void tile_marks(struct svg *s, const struct pattern_tile *t, uint32_t ink)
{
    bool lines = false;
    for (size_t i = 0; i < t->n_marks; i++) {
        const double *v = t->marks[i].v;
        int kind = t->marks[i].kind;
        lines = lines || kind == MARK_LINE || kind == MARK_CURVE;
        if (kind == MARK_LINE || kind == MARK_CURVE)
            continue;
        start(s, kind == MARK_SQUARE ? "rect" : "circle");
        attr_num(s, kind == MARK_SQUARE ? "x" : "cx", v[0]);
        attr_num(s, kind == MARK_SQUARE ? "y" : "cy", v[1]);
        if (kind == MARK_SQUARE) {
            attr_num(s, "width", v[2]);
            attr_num(s, "height", v[2]);
        } else {
            attr_num(s, "r", v[2]);
        }
        if (kind == MARK_RING) {
            attr(s, "fill", "none");
            stroke(s, ink, t->line_width, NULL);
        } else {
            paint(s, "fill", "fill-opacity", ink);
        }
        end(s);
    }
    if (!lines)
        return;
    d_reset(s);
    for (size_t i = 0; i < t->n_marks; i++) {
        const double *v = t->marks[i].v;
        if (t->marks[i].kind == MARK_LINE) {
            d_point(s, 'M', v[0], v[1]);
            d_point(s, 'L', v[2], v[3]);
        } else if (t->marks[i].kind == MARK_CURVE) {
            d_point(s, 'M', v[0], v[1]);
            d_point(s, 'C', v[2], v[3]);
            d_point(s, 0, v[4], v[5]);
            d_point(s, 0, v[6], v[7]);
        }
    }
    start(s, "path");
    attr(s, "d", s->d);
    attr(s, "fill", "none");
    stroke(s, ink, t->line_width, NULL);
    end(s);
}

/* A pattern over the box b whose tile lines up with draw.c's fill_pattern, so that the two
 * formats agree to the pixel; returns its id number. */
static size_t pattern_def(struct svg *s, const struct box *b, enum pattern p, uint32_t fill)
{
    char id[32];
    uint32_t ink = draw_pattern_ink(fill);
    struct pattern_tile tile;
    bool tiled = draw_pattern_tile(p, &tile);
    snprintf(id, sizeof id, "p%zu", ++s->patterns);
    start(s, "defs");
    start(s, "pattern");
    attr_id(s, "id", id);
    attr(s, "patternUnits", "userSpaceOnUse");
    attr_num(s, "x", b->x);
    attr_num(s, "y", b->y);
    attr_num(s, "width", tiled ? tile.w : 4);
    attr_num(s, "height", tiled ? tile.h : 4);
    if (tiled) {
        tile_marks(s, &tile, ink);
    } else {
        d_reset(s);
        /* draw.c: x + y = b.x + b.y (mod 4) going up, x - y = b.x - b.y - b.h going down. */
        if (p == PATTERN_HATCH || p == PATTERN_CROSS)
            hatch_lines(s, true, 0);
        if (p == PATTERN_BACKHATCH || p == PATTERN_CROSS)
            hatch_lines(s, false, fmod(fmod(-b->h, 4) + 4, 4));
        start(s, "path");
        attr(s, "d", s->d);
        attr(s, "fill", "none");
        stroke(s, ink, 0.8, NULL);
        end(s);
    }
    end(s);
    end(s);
    return s->patterns;
}

/* The fill of a pattern over the item's box, as url(#id): its <pattern> is written first. */
struct pattern_ref {
    char s[2 * ID_PREFIX_MAX + 48];
};

static struct pattern_ref pattern_fill(struct svg *s, const struct item *it)
{
    struct pattern_ref r;
    snprintf(r.s, sizeof r.s, "url(#%sp%zu)", s->prefix,
             pattern_def(s, &it->box, it->pattern, it->fill));
    return r;
}

static void write_rect(struct svg *s, const struct item *it)
{
    rect(s, &it->box, it->radius);
    fill_and_stroke(s, it);
    end(s);
    if (it->pattern == PATTERN_NONE)
        return;
    struct pattern_ref ref = pattern_fill(s, it);
    rect(s, &it->box, 0); /* draw.c clips the pattern to the square box */
    attr(s, "fill", ref.s);
    end(s);
}

static void write_polygon(struct svg *s, const double *xy, size_t n)
{
    d_reset(s);
    for (size_t i = 0; i < n; i++) {
        if (i)
            d_add(s, " ");
        d_add(s, num(xy[2 * i]).s);
        d_add(s, ",");
        d_add(s, num(xy[2 * i + 1]).s);
    }
    start(s, "polygon");
    attr(s, "points", s->d);
}

/* A bracket over the whole year or month the date stands for: never a point. */
static void write_bracket(struct svg *s, const struct item *it)
{
    const struct box *b = &it->box;
    double dash[2] = {2.5, 1.5};
    d_reset(s);
    d_point(s, 'M', b->x, b->y + b->h);
    d_point(s, 'L', b->x, b->y);
    d_point(s, 0, b->x + b->w, b->y);
    d_point(s, 0, b->x + b->w, b->y + b->h);
    start(s, "path");
    attr(s, "d", s->d);
    attr(s, "fill", "none");
    stroke(s, it->stroke, it->stroke_width > 0 ? it->stroke_width : 1.5, it->dashed ? dash : NULL);
    end(s);
}

/* Opens the element of a filled marker shape and writes its geometry. */
static void marker_shape(struct svg *s, const struct item *it)
{
    const struct box *b = &it->box;
    double cx = b->x + b->w / 2, cy = b->y + b->h / 2, r = fmin(b->w, b->h) / 2;
    switch (it->shape) {
    case SHAPE_CIRCLE:
        start(s, "circle");
        attr_num(s, "cx", cx);
        attr_num(s, "cy", cy);
        attr_num(s, "r", r);
        break;
    case SHAPE_DIAMOND:
        write_polygon(s, (double[]){cx, cy - r, cx + r, cy, cx, cy + r, cx - r, cy}, 4);
        break;
    case SHAPE_SQUARE:
        rect(s, &(struct box){cx - r * 0.85, cy - r * 0.85, r * 1.7, r * 1.7}, 0);
        break;
    case SHAPE_TRIANGLE:
        write_polygon(s, (double[]){cx, cy - r, cx + r, cy + r * 0.8, cx - r, cy + r * 0.8}, 3);
        break;
    case SHAPE_BRACKET:
        break;
    }
}

/* draw.c: the shape, then its pattern clipped to the same outline. */
static void write_marker(struct svg *s, const struct item *it)
{
    if (it->shape == SHAPE_BRACKET) {
        write_bracket(s, it);
        return;
    }
    bool patterned = it->pattern != PATTERN_NONE && visible(it->fill);
    struct pattern_ref ref = {""};
    if (patterned)
        ref = pattern_fill(s, it); /* before the shape: a polygon's points use the buffer */
    marker_shape(s, it);
    fill_and_stroke(s, it);
    end(s);
    if (patterned) {
        marker_shape(s, it);
        attr(s, "fill", ref.s);
        end(s);
    }
}

/* A line's pattern is a dash pattern in line widths (draw_line_dash). */
static void write_line(struct svg *s, const struct item *it)
{
    double w = it->stroke_width > 0 ? it->stroke_width : 1, dash[6] = {3, 2, 0, 0, 0, 0};
    int n = draw_line_dash(it->pattern, dash);
    start(s, "line");
    attr_num(s, "x1", it->x0);
    attr_num(s, "y1", it->y0);
    attr_num(s, "x2", it->x1);
    attr_num(s, "y2", it->y1);
    if (n) {
        for (int i = 0; i < n; i++)
            dash[i] *= w;
        stroke_n(s, it->stroke, w, dash, n);
    } else {
        stroke(s, it->stroke, w, it->dashed ? dash : NULL);
    }
    end(s);
}

/* A country or an area, with its pattern (print theme) clipped to its own outline. */
static void write_path(struct svg *s, const struct item *it)
{
    size_t k = 0;
    bool patterned = it->pattern != PATTERN_NONE && visible(it->fill);
    struct pattern_ref ref = {""};
    if (patterned)
        ref = pattern_fill(s, it); /* before the path data: the pattern uses the buffer */
    d_reset(s);
    for (size_t r = 0; r < it->n_rings; r++) {
        for (size_t i = 0; i < it->rings[r] && k < it->n_pts; i++, k++)
            d_point(s, i == 0 ? 'M' : (i == 1 ? 'L' : 0), it->pts[2 * k], it->pts[2 * k + 1]);
        d_add(s, "Z");
    }
    start(s, "path");
    attr(s, "d", s->d);
    attr(s, "fill-rule", "evenodd");
    if (visible(it->stroke) && it->stroke_width > 0)
        attr(s, "stroke-linejoin", "round");
    fill_and_stroke(s, it);
    end(s);
    if (patterned) {
        start(s, "path");
        attr(s, "d", s->d);
        attr(s, "fill-rule", "evenodd");
        attr(s, "fill", ref.s);
        end(s);
    }
}

/* ---- text ---- */

static bool generic_family(const char *f, size_t n)
{
    static const char *generic[] = {"serif",   "sans-serif", "monospace", "cursive",
                                    "fantasy", "system-ui",  "sans",      "mono"};
    for (size_t i = 0; i < sizeof generic / sizeof *generic; i++)
        if (strlen(generic[i]) == n && strncasecmp(f, generic[i], n) == 0)
            return true;
    return false;
}

/* pango's "Noto Sans, Noto Sans CJK SC, sans-serif" as CSS: "'Noto Sans','Noto Sans CJK
 * SC',sans-serif" (generic names bare; pango's "sans" and "mono" under their CSS names). */
static char *css_family(const char *family)
{
    struct {
        char *s;
        size_t len, cap;
    } b = {0};
    for (const char *p = family; *p;) {
        while (*p == ' ' || *p == ',')
            p++;
        size_t n = strcspn(p, ",");
        while (n > 0 && p[n - 1] == ' ')
            n--;
        if (n == 0)
            break;
        /* Worst case: every byte escaped, quotes, comma, and a generic name's long form. */
        if (!vec_grow((void **)&b.s, &b.cap, b.len + 2 * n + 16, 1)) {
            free(b.s);
            return NULL;
        }
        if (b.len)
            b.s[b.len++] = ',';
        if (generic_family(p, n)) {
            const char *css = strncasecmp(p, "sans", n) == 0   ? "sans-serif"
                              : strncasecmp(p, "mono", n) == 0 ? "monospace"
                                                               : NULL;
            size_t m = css ? strlen(css) : n;
            memcpy(b.s + b.len, css ? css : p, m);
            b.len += m;
        } else {
            b.s[b.len++] = '\'';
            for (size_t i = 0; i < n; i++) {
                if (p[i] == '\'' || p[i] == '\\')
                    b.s[b.len++] = '\\';
                b.s[b.len++] = p[i];
            }
            b.s[b.len++] = '\'';
        }
        p += n;
        while (*p && *p != ',')
            p++;
    }
    if (!b.s && !(b.s = strdup("sans-serif")))
        return NULL;
    b.s[b.len] = '\0';
    return b.s;
}

static const char *family_of(const struct item *it)
{
    return it->font.family ? it->font.family : "sans-serif";
}

static void font_family(struct svg *s, const char *family)
{
    if (!s->last_family || strcmp(s->last_family, family) != 0) {
        free(s->css_family);
        s->css_family = css_family(family);
        s->last_family = family;
        if (!s->css_family) {
            s->nomem = true;
            s->last_family = NULL;
            return;
        }
    }
    attr_data(s, "font-family", s->css_family);
    /* s->css_family is freed by svg_write_layout; the analyzer loses it in the struct. */
    // NOLINTNEXTLINE(clang-analyzer-unix.Malloc)
}

/* Where a line goes: x at its start (the right end for a right-to-left line, whose start
 * anchor is there), y on its baseline; its width pinned to pango's. */
static void line_position(struct svg *s, const struct text_line *ln)
{
    const struct box *b = &s->text->box;
    attr_num(s, "x", b->x + ln->x + (ln->rtl ? ln->w : 0));
    attr_num(s, "y", b->y + ln->baseline);
    if (ln->w > 0) {
        attr_num(s, "textLength", ln->w);
        attr(s, "lengthAdjust", "spacingAndGlyphs");
    }
    /* direction alone sets the line's anchor; Chromium orders the characters of a <tspan>
     * by its <text>'s paragraph direction unless the tspan embeds its own (rsvg does either
     * way): without unicode-bidi, "قطعنامهٔ UN 74/247 مجمع" came out with its words reversed. */
    if (ln->rtl) {
        attr(s, "direction", "rtl");
        attr(s, "unicode-bidi", "embed");
    }
}

/* A single line is set on the <text> itself, every further line as a <tspan>. The text
 * element is opened before the first line arrives, so its attributes go there. */
static void put_line(void *user, const struct text_line *ln)
{
    struct svg *s = user;
    if (s->lines == 0 && s->text->wrap <= 0 && !strpbrk(s->text_s, "\n\r")) {
        line_position(s, ln);
        text(s, s->text_s + ln->start, ln->len);
    } else {
        /* A break at a space keeps the space between the lines' tspans, so that the text reads,
         * searches and copies as written ("signed in", not "signedin"). */
        if (s->lines > 0 && ln->start > 0 && strchr(" \t\n\r", s->text_s[ln->start - 1])) {
            /* At size 0 the space takes no room: the text's box stays the layout's. */
            start(s, "tspan");
            attr(s, "font-size", "0");
            text(s, " ", 1);
            end(s);
        }
        start(s, "tspan");
        line_position(s, ln);
        text(s, s->text_s + ln->start, ln->len);
        end(s);
    }
    s->lines++;
}

static void write_text(struct svg *s, const struct item *it)
{
    const char *family = family_of(it);
    char *href = NULL; /* url.c's: http, https, mailto and doi only, percent-encoded */
    if (it->link && !url_link(it->link, &href)) {
        s->nomem = true;
        return;
    }
    if (it->tip) {
        start(s, "g");
        start(s, "title");
        text(s, it->tip, strlen(it->tip));
        end(s);
    }
    if (href) {
        start(s, "a");
        attr_data(s, "href", href);
    }
    start(s, "text");
    if (strcmp(family, s->family) != 0)
        font_family(s, family);
    attr_num(s, "font-size", it->font.size);
    if (it->font.bold)
        attr(s, "font-weight", "bold");
    if (it->font.italic)
        attr(s, "font-style", "italic");
    paint(s, "fill", "fill-opacity", it->fill);
    s->text = it;
    s->text_s = it->text ? it->text : "";
    s->lines = 0;
    text_lines(s->ctx, s->text_s, &it->font, it->wrap, it->align, put_line, s);
    end(s);
    if (href)
        end(s);
    if (it->tip)
        end(s);
    free(href);
}

static void write_item(struct svg *s, const struct item *it)
{
    switch (it->kind) {
    case ITEM_TEXT:
        write_text(s, it);
        break;
    case ITEM_MARKER:
        write_marker(s, it);
        break;
    case ITEM_LINE:
    case ITEM_AXIS:
        write_line(s, it);
        break;
    case ITEM_BAR:
    case ITEM_BAND:
    case ITEM_RECT:
        write_rect(s, it);
        break;
    case ITEM_PATH:
        write_path(s, it);
        break;
    }
    newline(s);
}

/* ---- the document ---- */

static uint64_t fnv(uint64_t h, const void *p, size_t n)
{
    const unsigned char *b = p;
    for (size_t i = 0; i < n; i++)
        h = (h ^ b[i]) * 1099511628211u;
    return h;
}

/* A prefix from what the chart shows: the same chart always gets the same ids, two
 * different charts in one page almost surely different ones (32 bits of its texts and
 * geometry). */
static void content_prefix(const struct layout *l, char *out, size_t size)
{
    uint64_t h = 14695981039346656037u;
    h = fnv(h, l->chart ? l->chart : "", l->chart ? strlen(l->chart) : 0);
    h = fnv(h, &l->width, sizeof l->width);
    h = fnv(h, &l->height, sizeof l->height);
    for (size_t i = 0; i < l->n_items; i++) {
        const struct item *it = &l->items[i];
        h = fnv(h, &it->kind, sizeof it->kind);
        h = fnv(h, &it->box, sizeof it->box);
        h = fnv(h, &it->fill, sizeof it->fill);
        if (it->text)
            h = fnv(h, it->text, strlen(it->text) + 1);
    }
    snprintf(out, size, "ml%08x-", (unsigned)(h ^ (h >> 32)));
}

void svg_id_prefix(const struct layout *l, const struct output_opts *o, char *out, size_t size)
{
    if (o->id_prefix)
        snprintf(out, size, "%s", o->id_prefix);
    else
        content_prefix(l, out, size);
}

static pthread_once_t xml_once = PTHREAD_ONCE_INIT;

static void xml_init(void)
{
    xmlInitParser();
}

void svg_init(void)
{
    pthread_once(&xml_once, xml_init);
}

bool svg_id_prefix_valid(const char *p)
{
    size_t n = strlen(p);
    if (n == 0 || n > ID_PREFIX_MAX)
        return false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        if (!alpha && (i == 0 || !((c >= '0' && c <= '9') || c == '-' || c == '.')))
            return false;
    }
    return true;
}

static const char *root_family(const struct layout *l)
{
    for (size_t i = 0; i < l->n_items; i++)
        if (l->items[i].kind == ITEM_TEXT)
            return family_of(&l->items[i]);
    return "sans-serif";
}

static void open_root(struct svg *s, const struct layout *l)
{
    char box[128], labels[2 * sizeof s->prefix + 16];
    start(s, "svg");
    attr(s, "xmlns", "http://www.w3.org/2000/svg");
    snprintf(box, sizeof box, "%spt", num(l->width).s);
    attr(s, "width", box);
    snprintf(box, sizeof box, "%spt", num(l->height).s);
    attr(s, "height", box);
    snprintf(box, sizeof box, "0 0 %s %s", num(l->width).s, num(l->height).s);
    attr(s, "viewBox", box);
    attr(s, "role", "img");
    snprintf(labels, sizeof labels, "%stitle %sdesc", s->prefix, s->prefix);
    attr(s, "aria-labelledby", labels);
    if (l->lang) {
        attr_data(s, "lang", l->lang);
        attr_data(s, "xml:lang", l->lang);
    }
    /* Labels keep their spaces as pango laid them out. */
    attr(s, "xml:space", "preserve");
    s->family = root_family(l);
    font_family(s, s->family);
    newline(s);
    start(s, "title");
    attr_id(s, "id", "title");
    const char *title = l->title ? l->title : (l->chart ? l->chart : "chart");
    text(s, title, strlen(title));
    end(s);
    newline(s);
    start(s, "desc");
    attr_id(s, "id", "desc");
    text(s, l->alt_text ? l->alt_text : "", l->alt_text ? strlen(l->alt_text) : 0);
    end(s);
    newline(s);
}

static bool write_document(struct svg *s, const struct layout *l, const struct output_opts *o)
{
    check(s, xmlTextWriterStartDocument(s->w, "1.0", "UTF-8", NULL));
    open_root(s, l);
    if (!o->transparent && visible(l->background)) {
        rect(s, &(struct box){0, 0, l->width, l->height}, 0);
        paint(s, "fill", "fill-opacity", l->background);
        end(s);
        newline(s);
    }
    for (size_t i = 0; i < l->n_items && s->ok && !s->nomem; i++)
        write_item(s, &l->items[i]);
    end(s);
    check(s, xmlTextWriterEndDocument(s->w));
    return s->ok && !s->nomem;
}

struct sink {
    cairo_write_func_t write;
    void *closure;
    bool nomem; /* the callback ran out of memory */
};

static int sink_write(void *user, const char *data, int n)
{
    struct sink *k = user;
    if (n <= 0)
        return 0;
    cairo_status_t st = k->write(k->closure, (const unsigned char *)data, (unsigned)n);
    k->nomem |= st == CAIRO_STATUS_NO_MEMORY;
    return st == CAIRO_STATUS_SUCCESS ? n : -1;
}

static bool write_svg(const struct layout *l, struct text_ctx *ctx, const struct output_opts *o,
                      cairo_write_func_t write, void *closure, struct ml_error *err);

/* libxml2 reports a failed write on stderr; the library never prints (the error comes back
 * in struct ml_error instead). */
static void quiet(void *user, const char *msg, ...)
{
    (void)user;
    (void)msg;
}

bool svg_write_layout(const struct layout *l, struct text_ctx *ctx, const struct output_opts *o,
                      cairo_write_func_t write, void *closure, struct ml_error *err)
{
    /* The handler is libxml2's per thread: the caller's own is put back before returning. */
    xmlGenericErrorFunc their_handler = xmlGenericError;
    void *their_context = xmlGenericErrorContext;
    xmlSetGenericErrorFunc(NULL, quiet);
    bool ok = write_svg(l, ctx, o, write, closure, err);
    xmlSetGenericErrorFunc(their_context, their_handler);
    return ok;
}

static bool write_svg(const struct layout *l, struct text_ctx *ctx, const struct output_opts *o,
                      cairo_write_func_t write, void *closure, struct ml_error *err)
{
    struct sink k = {write, closure, false};
    struct svg s = {.ok = true, .ctx = ctx};
    svg_id_prefix(l, o, s.prefix, sizeof s.prefix);
    xmlOutputBufferPtr buf = xmlOutputBufferCreateIO(sink_write, NULL, &k, NULL);
    s.w = buf ? xmlNewTextWriter(buf) : NULL;
    if (!s.w) {
        if (buf)
            xmlOutputBufferClose(buf);
        error_first(err, ML_ERROR_NOMEM, "out of memory");
        return false;
    }
    bool ok = write_document(&s, l, o);
    xmlFreeTextWriter(s.w); /* flushes and frees buf */
    free(s.d);
    free(s.css_family);
    s.nomem |= k.nomem;
    if (!ok)
        error_first(err, s.nomem ? ML_ERROR_NOMEM : ML_ERROR_WRITE, "%s",
                    s.nomem ? "out of memory" : "cannot write the SVG");
    return ok;
}
