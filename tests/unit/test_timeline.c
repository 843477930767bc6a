/* The timeline layout: generated documents at several sizes, checked from the layout items:
 * no text overlaps another text, a marker or a leader; everything inside the page; a
 * year-only date is a bracket over its whole year; the same input lays out the same;
 * leaving events out is never silent. */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chart.h"
#include "memberline.h"
#include "test.h"

struct buf {
    char *s;
    size_t n, cap;
};

static void put(struct buf *b, const char *fmt, ...)
{
    va_list ap;
    for (;;) {
        va_start(ap, fmt);
        int k = vsnprintf(b->s + b->n, b->cap - b->n, fmt, ap);
        va_end(ap);
        if (k >= 0 && b->n + (size_t)k < b->cap) {
            b->n += (size_t)k;
            return;
        }
        b->cap = b->cap * 2 + (size_t)k + 64;
        b->s = realloc(b->s, b->cap);
        if (!b->s)
            abort();
    }
}

static unsigned rng_state;
static unsigned rnd(unsigned n)
{
    rng_state = rng_state * 1103515245u + 12345u;
    return (rng_state >> 16) % n;
}

static const char *words[] = {"summit",         "agreement",  "security",    "expert",  "group",
                              "meets",          "convention", "signed",      "member",  "observer",
                              "dialogue",       "partner",    "council",     "session", "regional",
                              "anti-terrorist", "structure",  "information", "Astana",  "Tashkent"};

static void title(struct buf *b, unsigned nwords)
{
    for (unsigned i = 0; i < nwords; i++)
        put(b, "%s%s", i ? " " : "", words[rnd(sizeof words / sizeof *words)]);
}

enum scenario { GEN, SAME_DAY, ONE_MONTH, LONG_TITLES, PRECISION };

/* One event: dates by scenario; precision, approximations, ends and short titles mixed. */
static void event(struct buf *b, enum scenario sc, size_t i)
{
    int y = 1990 + (int)rnd(36), m = 1 + (int)rnd(12), d = 1 + (int)rnd(28);
    unsigned p = rnd(10);
    put(b, "%s{\"id\": \"e%zu\", \"date\": \"", i ? ",\n" : "", i);
    if (sc == SAME_DAY)
        put(b, "2015-06-15");
    else if (sc == ONE_MONTH)
        put(b, "2015-06-%02d", 1 + (int)(i % 30));
    else if (p == 0)
        put(b, "%d", y);
    else if (p == 1)
        put(b, "%d-%02d", y, m);
    else
        put(b, "%d-%02d-%02d%s", y, m, d, p == 2 ? "~" : "");
    put(b, "\"");
    if (sc == GEN && p == 3)
        put(b, ", \"end\": \"%d-%02d-%02d\"", y + (int)rnd(2), m, 28);
    put(b, ", \"title\": \"");
    title(b, sc == LONG_TITLES ? 14 + rnd(8) : 2 + rnd(7));
    if (sc == LONG_TITLES && i == 0)
        put(b, " Supercalifragilisticexpialidocious-Counterterrorism");
    put(b, "\"");
    if (rnd(2))
        put(b, ", \"short\": \"%s %zu\"", words[rnd(20)], i);
    put(b,
        ", \"category\": \"c%u\", \"importance\": %u, \"sources\": [\"https://example.org/%zu\"]}",
        rnd(4), 1 + rnd(3), i);
}

static void precision_events(struct buf *b)
{
    static const char *ev[][4] = {{"year", "2010", "", "Year only"},
                                  {"jan1", "2010-01-01", "", "First day"},
                                  {"jan1next", "2011-01-01", "", "Next year"},
                                  {"approx", "2004-05~", "", "Approximate"},
                                  {"bar", "2015-10-14", "2015-10-16", "Three days"}};
    for (size_t i = 0; i < sizeof ev / sizeof *ev; i++) {
        put(b,
            "%s{\"id\": \"%s\", \"date\": \"%s\", \"title\": \"%s\", \"category\": \"c%zu\", "
            "\"sources\": []",
            i ? ",\n" : "", ev[i][0], ev[i][1], ev[i][3], i % 4);
        if (*ev[i][2])
            put(b, ", \"end\": \"%s\"", ev[i][2]);
        put(b, "}");
    }
}

static struct ml_doc *make_doc(enum scenario sc, size_t n, unsigned seed)
{
    struct buf b = {0};
    struct ml_error err;
    rng_state = seed;
    put(&b,
        "{\"memberline\": 1, \"title\": \"Generated timeline\", \"subtitle\": \"%zu events\",\n"
        "\"source\": \"Unit test\", \"as_of\": \"2025-10-26\",\n"
        "\"categories\": [{\"id\": \"c0\", \"label\": \"Summits\"}, {\"id\": \"c1\", \"label\": "
        "\"Agreements\"}, {\"id\": \"c2\", \"label\": \"Exercises\"}, {\"id\": \"c3\", "
        "\"label\": \"Membership\"}],\n\"events\": [\n",
        n);
    if (sc == PRECISION)
        precision_events(&b);
    for (size_t i = 0; sc != PRECISION && i < n; i++)
        event(&b, sc, i);
    put(&b,
        "],\n\"spans\": [{\"id\": \"s1\", \"from\": \"1996-04\", \"to\": \"2001-06\", \"title\": "
        "\"Shanghai Five\", \"category\": \"c0\"},\n{\"id\": \"s2\", \"from\": \"2021\", "
        "\"to\": \"2024\", \"title\": \"UN Ad Hoc Committee\"}]}\n");
    struct ml_doc *doc = ml_doc_load_string(b.s, b.n, "<generated>", &err);
    if (!doc)
        printf("generated document does not load: %s: %s\n", err.path, err.text);
    free(b.s);
    return doc;
}

static int warnings; /* given by the last layout */

/* Chart options as render.c makes them, for a page of w x h points (h 0: grow). */
static void make_opts(struct chart_opts *c, struct ml_options *o, struct chart_state *st, double w,
                      double h, const char *lanes)
{
    ml_options_init(o);
    o->lanes = lanes;
    memset(c, 0, sizeof *c);
    memset(st, 0, sizeof *st);
    c->user = o;
    c->state = st;
    theme_builtin(&c->theme, "light");
    c->lang_code = "en";
    c->width = w;
    c->height = h;
    c->fixed_height = h > 0;
    date_parse("2025-10-26", &c->as_of, NULL);
    chart_set_fonts(c);
    c->title = "Generated timeline";
    c->subtitle = "A test";
    c->source_note = "Unit test";
}

static bool run(struct text_ctx *ctx, const struct ml_doc *doc, double w, double h,
                const char *lanes, struct layout *l)
{
    struct chart_opts c;
    struct ml_options o;
    struct chart_state st;
    struct ml_error err;
    make_opts(&c, &o, &st, w, h, lanes);
    layout_init(l, "timeline");
    l->width = w;
    l->height = h;
    bool ok = timeline_layout(doc, &c, ctx, l, &err);
    warnings = st.warnings;
    return ok;
}

static bool is(const struct item *it, const char *role)
{
    return it->role && strcmp(it->role, role) == 0;
}

static size_t count_role(const struct layout *l, const char *role)
{
    size_t n = 0;
    for (size_t i = 0; i < l->n_items; i++)
        n += is(&l->items[i], role);
    return n;
}

/* Returns the number of problems; prints the first few. */
static int check_geometry(const struct layout *l, const char *name)
{
    int bad = 0;
    for (size_t i = 0; i < l->n_items; i++) {
        const struct item *a = &l->items[i];
        const struct box *b = &a->box;
        if (a->kind != ITEM_TEXT)
            continue;
        if (b->x < -0.01 || b->y < -0.01 || b->x + b->w > l->width + 0.01 ||
            b->y + b->h > l->height + 0.01) {
            if (bad++ < 3)
                printf("%s: \"%s\" leaves the %gx%g page\n", name, a->text, l->width, l->height);
        }
        for (size_t j = 0; j < l->n_items; j++) {
            const struct item *o = &l->items[j];
            bool hit = false;
            if (o->kind == ITEM_TEXT && j > i)
                hit = box_intersects(b, &o->box);
            else if (o->kind == ITEM_MARKER && !is(o, "legend-symbol"))
                hit = box_intersects(b, &o->box);
            else if (is(o, "leader"))
                hit = segment_hits_box(o->x0, o->y0, o->x1, o->y1, b);
            if (hit && bad++ < 3)
                printf("%s: \"%s\" (%s) meets %s \"%s\"\n", name, a->text, a->role, o->role,
                       o->text ? o->text : (o->ref ? o->ref : ""));
        }
    }
    return bad;
}

static bool same_layout(const struct layout *a, const struct layout *b)
{
    if (a->n_items != b->n_items || a->height != b->height)
        return false;
    for (size_t i = 0; i < a->n_items; i++) {
        const struct item *x = &a->items[i], *y = &b->items[i];
        if (x->kind != y->kind || memcmp(&x->box, &y->box, sizeof x->box) != 0 ||
            (x->text && (!y->text || strcmp(x->text, y->text) != 0)))
            return false;
    }
    return true;
}

static const double sizes[][2] = {{1200, 0}, {960, 540}, {600, 450}, {842, 595}, {1440, 810}};

static void check_doc(struct text_ctx *ctx, const struct ml_doc *doc, const char *name,
                      size_t n_events, const char *lanes)
{
    for (size_t s = 0; s < sizeof sizes / sizeof *sizes; s++) {
        struct layout l, again;
        char what[128];
        snprintf(what, sizeof what, "%s%s at %gx%g", name, lanes ? " (lanes)" : "", sizes[s][0],
                 sizes[s][1]);
        warnings = 0;
        bool ok = run(ctx, doc, sizes[s][0], sizes[s][1], lanes, &l);
        CHECK(ok, "%s: layout failed", what);
        CHECK(l.height > 0 && (sizes[s][1] == 0 || l.height == sizes[s][1]), "%s: height %g", what,
              l.height);
        CHECK(check_geometry(&l, what) == 0, "%s: overlaps or cut-off text", what);
        size_t shown = count_role(&l, "label");
        CHECK(shown == n_events || warnings > 0, "%s: %zu of %zu shown without a warning", what,
              shown, n_events);
        if (sizes[s][1] == 0)
            CHECK(shown == n_events, "%s: grown chart left out events (%zu of %zu)", what, shown,
                  n_events);
        CHECK(l.alt_text && strstr(l.alt_text, "Timeline of"), "%s: no alt text", what);
        run(ctx, doc, sizes[s][0], sizes[s][1], lanes, &again);
        CHECK(same_layout(&l, &again), "%s: two runs differ", what);
        layout_finish(&again);
        layout_finish(&l);
    }
}

static const struct item *find(const struct layout *l, const char *role, const char *ref)
{
    for (size_t i = 0; i < l->n_items; i++)
        if (is(&l->items[i], role) && l->items[i].ref && strcmp(l->items[i].ref, ref) == 0)
            return &l->items[i];
    return NULL;
}

/* A year-only date is a bracket from 1 January to the next 1 January; an approximate date
 * is hollow; an event with an end is a bar; the title links to the first source. */
static void check_precision(struct text_ctx *ctx)
{
    struct ml_doc *doc = make_doc(PRECISION, 5, 1);
    struct layout l;
    CHECK(doc && run(ctx, doc, 1200, 0, NULL, &l), "precision document lays out");
    if (!doc)
        return;
    const struct item *y = find(&l, "marker", "year"), *a = find(&l, "marker", "jan1"),
                      *b = find(&l, "marker", "jan1next"), *ap = find(&l, "marker", "approx"),
                      *bar = find(&l, "marker", "bar");
    CHECK(y && y->shape == SHAPE_BRACKET, "year-only date is a bracket");
    CHECK(y && a && fabs(y->box.x - (a->box.x + a->box.w / 2)) < 0.5,
          "bracket starts on 1 January");
    CHECK(y && b && fabs(y->box.x + y->box.w - (b->box.x + b->box.w / 2)) < 0.5,
          "bracket ends on the next 1 January");
    CHECK(ap && ap->shape == SHAPE_BRACKET && ap->dashed, "approximate month is a dashed bracket");
    CHECK(bar && bar->kind == ITEM_BAR && bar->box.w > 0, "an event with an end is a bar");
    const struct item *t = find(&l, "label", "year");
    CHECK(t && t->link == NULL, "no source, no link");
    layout_finish(&l);
    ml_doc_destroy(doc);
}

static void check_links(struct text_ctx *ctx)
{
    struct ml_doc *doc = make_doc(GEN, 5, 7);
    struct layout l;
    if (!doc || !run(ctx, doc, 1200, 0, NULL, &l)) {
        CHECK(false, "5-event document lays out");
        ml_doc_destroy(doc);
        return;
    }
    const struct item *t = find(&l, "label", "e0");
    CHECK(t && t->link && strcmp(t->link, "https://example.org/0") == 0, "title links to source");
    CHECK(find(&l, "leader", "e0") && find(&l, "date", "e0"), "leader and date carry the ref");
    layout_finish(&l);
    ml_doc_destroy(doc);
}

/* Many events must still finish (fixed pages leave out the minor ones with a warning). */
static void check_many(struct text_ctx *ctx)
{
    struct ml_doc *doc = make_doc(GEN, 10000, 99);
    struct layout l;
    warnings = 0;
    CHECK(doc && run(ctx, doc, 960, 540, NULL, &l), "10000 events lay out at 960x540");
    if (doc) {
        CHECK(warnings > 0, "10000 events on a slide: events left out with a warning");
        CHECK(check_geometry(&l, "10000 events") == 0, "10000 events: no overlaps");
        layout_finish(&l);
    }
    ml_doc_destroy(doc);
}

int main(void)
{
    struct ml_error err;
    struct text_ctx *ctx = text_ctx_create(&err);
    if (!ctx) {
        printf("no text context: %s\n", err.text);
        return 1;
    }
    static const struct {
        enum scenario sc;
        size_t n;
        const char *name;
    } docs[] = {{GEN, 5, "5 events"},
                {GEN, 50, "50 events"},
                {GEN, 300, "300 events"},
                {SAME_DAY, 10, "10 on one day"},
                {ONE_MONTH, 30, "30 in one month"},
                {LONG_TITLES, 12, "long titles"}};
    for (size_t i = 0; i < sizeof docs / sizeof *docs; i++) {
        struct ml_doc *doc = make_doc(docs[i].sc, docs[i].n, 42 + (unsigned)i);
        CHECK(doc != NULL, "%s: document loads", docs[i].name);
        if (!doc)
            continue;
        check_doc(ctx, doc, docs[i].name, docs[i].n, NULL);
        if (docs[i].n <= 50)
            check_doc(ctx, doc, docs[i].name, docs[i].n, "category");
        ml_doc_destroy(doc);
    }
    check_precision(ctx);
    check_links(ctx);
    check_many(ctx);
    text_ctx_destroy(ctx);
    return test_done();
}
