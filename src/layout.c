/* The layout container and its JSON dump. */
#include "layout.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "vec.h"

void layout_init(struct layout *l, const char *chart)
{
    memset(l, 0, sizeof *l);
    l->chart = chart;
    l->page = 1;
}

void layout_finish(struct layout *l)
{
    if (!l)
        return;
    for (size_t i = 0; i < l->n_items; i++) {
        struct item *it = &l->items[i];
        free(it->text);
        free(it->ref);
        free(it->status);
        free(it->link);
        free(it->tip);
        free(it->pts);
        free(it->rings);
    }
    free(l->items);
    free(l->title);
    free(l->subject);
    free(l->alt_text);
    free(l->lang);
    free(l->source);
    struct layout *next = l->next;
    memset(l, 0, sizeof *l);
    while (next) { /* a loop, not recursion: a chart may have many pages */
        struct layout *after = next->next;
        next->next = NULL;
        layout_finish(next);
        free(next);
        next = after;
    }
}

struct layout *layout_add_page(struct layout *l)
{
    struct layout *last = l;
    while (last->next)
        last = last->next;
    struct layout *p = malloc(sizeof *p);
    if (!p) {
        l->nomem = true;
        return NULL;
    }
    layout_init(p, l->chart);
    p->width = l->width;
    p->height = l->height;
    p->background = l->background;
    p->page = last->page + 1;
    last->next = p;
    return p;
}

int layout_pages(const struct layout *l)
{
    int n = 0;
    for (; l; l = l->next)
        n++;
    return n;
}

const struct layout *layout_page(const struct layout *l, int n)
{
    for (; l && l->page != n; l = l->next)
        ;
    return l;
}

struct item *layout_add(struct layout *l, enum item_kind kind, const char *role)
{
    if (l->nomem)
        return NULL;
    if (!vec_grow((void **)&l->items, &l->cap, l->n_items + 1, sizeof *l->items)) {
        l->nomem = true;
        return NULL;
    }
    struct item *it = &l->items[l->n_items++];
    memset(it, 0, sizeof *it);
    it->kind = kind;
    it->role = role;
    return it;
}

bool item_set(struct layout *l, char **field, const char *s)
{
    char *copy = s ? strdup(s) : NULL;
    if (s && !copy) {
        l->nomem = true;
        return false;
    }
    free(*field);
    *field = copy;
    return true;
}

struct item *layout_text(struct layout *l, struct text_ctx *ctx, const char *s,
                         const struct font *font, double wrap, enum align align, double x, double y,
                         uint32_t color, const char *role)
{
    struct text_size ts;
    struct item *it = layout_add(l, ITEM_TEXT, role);
    if (!it)
        return NULL;
    if (!item_set(l, &it->text, s)) {
        l->n_items--;
        return NULL;
    }
    text_measure(ctx, s, font, wrap, align, &ts);
    it->font = *font;
    it->wrap = wrap;
    it->align = align;
    it->fill = color;
    it->box = (struct box){x, y, ts.w, ts.h};
    return it;
}

struct item *layout_line(struct layout *l, double x0, double y0, double x1, double y1,
                         uint32_t color, double width, const char *role)
{
    struct item *it = layout_add(l, ITEM_LINE, role);
    if (!it)
        return NULL;
    it->x0 = x0;
    it->y0 = y0;
    it->x1 = x1;
    it->y1 = y1;
    it->stroke = color;
    it->stroke_width = width;
    it->box = (struct box){fmin(x0, x1), fmin(y0, y1), fabs(x1 - x0), fabs(y1 - y0)};
    return it;
}

struct item *layout_rect(struct layout *l, enum item_kind kind, struct box b, uint32_t fill,
                         const char *role)
{
    struct item *it = layout_add(l, kind, role);
    if (!it)
        return NULL;
    it->box = b;
    it->fill = fill;
    return it;
}

bool box_intersects(const struct box *a, const struct box *b)
{
    return a->x < b->x + b->w && b->x < a->x + a->w && a->y < b->y + b->h && b->y < a->y + a->h;
}

struct box box_grow(struct box b, double d)
{
    return (struct box){b.x - d, b.y - d, b.w + 2 * d, b.h + 2 * d};
}

/* Liang-Barsky clipping: does any part of the segment lie strictly inside the box? */
bool segment_hits_box(double x0, double y0, double x1, double y1, const struct box *b)
{
    double t0 = 0, t1 = 1, dx = x1 - x0, dy = y1 - y0;
    double p[4] = {-dx, dx, -dy, dy};
    double q[4] = {x0 - b->x, b->x + b->w - x0, y0 - b->y, b->y + b->h - y0};
    for (int i = 0; i < 4; i++) {
        if (p[i] == 0) {
            if (q[i] <= 0)
                return false;
            continue;
        }
        double t = q[i] / p[i];
        if (p[i] < 0 && t > t0)
            t0 = t;
        else if (p[i] > 0 && t < t1)
            t1 = t;
        if (t0 >= t1)
            return false;
    }
    return t1 - t0 > 1e-9;
}

/* ---- JSON dump: written by hand so that jansson stays in load.c ---- */

static void put_string(FILE *f, const char *s)
{
    fputc('"', f);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\')
            fprintf(f, "\\%c", *p);
        else if (*p == '\n')
            fputs("\\n", f);
        else if (*p < 0x20)
            fprintf(f, "\\u%04x", *p);
        else
            fputc(*p, f);
    }
    fputc('"', f);
}

/* Numbers rounded to 1/1000 pt: enough for tests, and stable across runs. */
static void put_num(FILE *f, double v)
{
    double r = round(v * 1000.0) / 1000.0;
    if (r == 0)
        r = 0; /* no "-0" */
    fprintf(f, "%.10g", r);
}

static const char *kind_name(enum item_kind k)
{
    static const char *names[] = {"text", "marker", "line", "bar", "band", "axis", "rect", "path"};
    return names[k];
}

static void put_color(FILE *f, const char *key, uint32_t c)
{
    fprintf(f, ", \"%s\": \"#%08x\"", key, c);
}

static void put_date(FILE *f, const char *key, const struct date *d)
{
    char buf[32];
    date_format_iso(d, buf, sizeof buf);
    fprintf(f, ", \"%s\": ", key);
    put_string(f, buf);
}

static void put_item_data(FILE *f, const struct item *it)
{
    if (it->ref) {
        fputs(", \"ref\": ", f);
        put_string(f, it->ref);
    }
    if (it->status) {
        fputs(", \"status\": ", f);
        put_string(f, it->status);
    } else if (it->kind == ITEM_PATH) {
        fputs(", \"status\": null", f);
    }
    if (it->link) {
        fputs(", \"link\": ", f);
        put_string(f, it->link);
    }
    if (it->tip) {
        fputs(", \"tip\": ", f);
        put_string(f, it->tip);
    }
    if (it->has_from)
        put_date(f, "from", &it->from);
    if (it->has_to)
        put_date(f, "to", &it->to);
    if (it->open)
        fputs(", \"open\": true", f);
    if (it->has_value) {
        fputs(", \"value\": ", f);
        put_num(f, it->value);
    }
}

/* Size, and the style and wrapping when they differ from plain, left-aligned, one-line text:
 * enough to lay the text out again exactly as drawn (bench/floor.c does). */
static void put_font(FILE *f, const struct item *it)
{
    static const char *aligns[] = {"left", "center", "right"};
    fputs(", \"size\": ", f);
    put_num(f, it->font.size);
    fputs(", \"family\": ", f);
    put_string(f, it->font.family ? it->font.family : "");
    if (it->font.bold)
        fputs(", \"bold\": true", f);
    if (it->font.italic)
        fputs(", \"italic\": true", f);
    if (it->wrap > 0) {
        fputs(", \"wrap\": ", f);
        put_num(f, it->wrap);
    }
    if (it->align != ALIGN_LEFT)
        fprintf(f, ", \"align\": \"%s\"", aligns[it->align]);
}

/* The marker's shape and a fill's pattern: what tells items apart besides colour. */
static void put_style(FILE *f, const struct item *it)
{
    static const char *shapes[] = {"circle", "diamond", "square", "triangle", "bracket"};
    static const char *patterns[] = {"none",   "hatch", "dots",    "cross", "backhatch", "hlines",
                                     "vlines", "grid",  "checker", "rings", "plus",      "waves"};
    if (it->kind == ITEM_MARKER)
        fprintf(f, ", \"shape\": \"%s\"", shapes[it->shape]);
    if (it->pattern != PATTERN_NONE)
        fprintf(f, ", \"pattern\": \"%s\"", patterns[it->pattern]);
}

static void put_item(FILE *f, const struct item *it, int page)
{
    fprintf(f, "    {\"kind\": \"%s\"", kind_name(it->kind));
    if (page > 0)
        fprintf(f, ", \"page\": %d", page);
    if (it->role)
        fprintf(f, ", \"role\": \"%s\"", it->role);
    if (it->kind == ITEM_TEXT) {
        fputs(", \"text\": ", f);
        put_string(f, it->text ? it->text : "");
    }
    fputs(", \"box\": [", f);
    put_num(f, it->box.x);
    fputs(", ", f);
    put_num(f, it->box.y);
    fputs(", ", f);
    put_num(f, it->box.w);
    fputs(", ", f);
    put_num(f, it->box.h);
    fputc(']', f);
    if (it->kind == ITEM_LINE || it->kind == ITEM_AXIS) {
        double v[4] = {it->x0, it->y0, it->x1, it->y1};
        fputs(", \"points\": [", f);
        for (int i = 0; i < 4; i++) {
            if (i)
                fputs(", ", f);
            put_num(f, v[i]);
        }
        fputc(']', f);
    }
    if (it->kind == ITEM_PATH) {
        /* Points per ring, so that bench/floor.c can draw paths of the same size. */
        fputs(", \"rings\": [", f);
        for (size_t r = 0; r < it->n_rings; r++)
            fprintf(f, "%s%zu", r ? ", " : "", it->rings[r]);
        fputc(']', f);
    }
    if (it->kind == ITEM_TEXT)
        put_font(f, it);
    if (it->kind != ITEM_LINE && it->kind != ITEM_AXIS && (it->fill & 0xff))
        put_color(f, "fill", it->fill);
    if (it->stroke & 0xff)
        put_color(f, "stroke", it->stroke);
    put_style(f, it);
    put_item_data(f, it);
    fputc('}', f);
}

bool layout_write_json(const struct layout *l, FILE *f)
{
    int pages = layout_pages(l);
    fprintf(f, "{\n  \"chart\": \"%s\",\n  \"width\": ", l->chart ? l->chart : "");
    put_num(f, l->width);
    fputs(",\n  \"height\": ", f);
    put_num(f, l->height);
    fprintf(f, ",\n  \"pages\": %d", pages);
    fprintf(f, ",\n  \"background\": \"#%08x\"", l->background);
    fputs(",\n  \"items\": [", f);
    /* Every page's items in one list; with more than one page each says its page. */
    const char *sep = "\n";
    for (const struct layout *p = l; p; p = p->next)
        for (size_t i = 0; i < p->n_items; i++) {
            fputs(sep, f);
            put_item(f, &p->items[i], pages > 1 ? p->page : 0);
            sep = ",\n";
        }
    fputs("\n  ]\n}\n", f);
    return !ferror(f);
}
