/* The SVG writer's inputs and output: text_lines gives the lines pango drew (every character
 * once, in order, inside the measured box, the first baseline where text_measure says), the
 * id prefix check, and a small layout written as SVG (escaped text, prefixed ids, a link only
 * for a safe scheme). */
#define _GNU_SOURCE /* open_memstream */ // NOLINT(bugprone-reserved-identifier)
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "layout.h"
#include "svg.h"
#include "test.h"
#include "text.h"

static const struct font font = {"Noto Sans", 10, false, false};

struct lines {
    const char *s;
    char joined[512];
    size_t n;
    double first_baseline, last_baseline, max_right, min_x;
    bool rtl, increasing;
};

static void collect(void *user, const struct text_line *ln)
{
    struct lines *c = user;
    size_t len = strlen(c->joined);
    snprintf(c->joined + len, sizeof c->joined - len, "%.*s", (int)ln->len, c->s + ln->start);
    if (c->n == 0) {
        c->first_baseline = ln->baseline;
        c->min_x = ln->x;
    } else {
        c->increasing &= ln->baseline > c->last_baseline;
    }
    c->last_baseline = ln->baseline;
    c->max_right = fmax(c->max_right, ln->x + ln->w);
    c->min_x = fmin(c->min_x, ln->x);
    c->rtl |= ln->rtl;
    c->n++;
}

static void no_spaces(char *s)
{
    char *o = s;
    for (; *s; s++)
        if (*s != ' ' && *s != '\n')
            *o++ = *s;
    *o = '\0';
}

static void check_lines(struct text_ctx *ctx, const char *s, double wrap, enum align align,
                        bool rtl)
{
    struct text_size ts;
    struct lines c = {.s = s, .increasing = true};
    char want[512];
    text_measure(ctx, s, &font, wrap, align, &ts);
    text_lines(ctx, s, &font, wrap, align, collect, &c);
    snprintf(want, sizeof want, "%s", s);
    no_spaces(want);
    no_spaces(c.joined);
    CHECK((int)c.n == ts.lines, "\"%s\": %zu lines, measured %d", s, c.n, ts.lines);
    CHECK(strcmp(c.joined, want) == 0, "\"%s\": the lines hold \"%s\"", s, c.joined);
    CHECK(fabs(c.first_baseline - ts.baseline) < 1e-6, "\"%s\": first baseline %g, measured %g", s,
          c.first_baseline, ts.baseline);
    CHECK(c.increasing, "\"%s\": baselines go down the box", s);
    CHECK(c.min_x >= -1e-6 && c.max_right <= ts.w + 1e-6, "\"%s\": lines %g..%g in a box %g wide",
          s, c.min_x, c.max_right, ts.w);
    CHECK(c.rtl == rtl, "\"%s\": right to left %d", s, c.rtl);
}

static cairo_status_t to_file(void *closure, const unsigned char *data, unsigned int n)
{
    return fwrite(data, 1, n, closure) == n ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

static char *write_svg(struct text_ctx *ctx, const struct layout *l, const char *prefix)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    struct output_opts o = {.png_scale = 1, .id_prefix = prefix};
    struct ml_error err = {0};
    bool ok = f && svg_write_layout(l, ctx, &o, to_file, f, &err);
    if (f)
        fclose(f);
    CHECK(ok, "svg_write_layout: %s", err.text);
    return buf;
}

static void check_document(struct text_ctx *ctx)
{
    struct layout l;
    layout_init(&l, "timeline");
    l.width = 300;
    l.height = 100;
    l.background = 0xffffffff;
    struct item *a =
        layout_text(&l, ctx, "A < B & \"C\"", &font, 0, ALIGN_LEFT, 10, 10, 0x000000ff, "label");
    struct item *b =
        layout_text(&l, ctx, "javascript", &font, 0, ALIGN_LEFT, 10, 40, 0x000000ff, "label");
    CHECK(a && b && item_set(&l, &a->link, "https://ex.org/?a=1&b=2") &&
              item_set(&l, &b->link, "javascript:alert(1)") && item_set(&l, &a->tip, "Tip <x>"),
          "a layout");
    CHECK(layout_text(&l, ctx, "Bad \x01 and \xef\xbf\xbe end", &font, 0, ALIGN_LEFT, 10, 70,
                      0x000000ff, "label"),
          "a text with characters XML cannot hold");
    char *svg = write_svg(ctx, &l, "p_1.");
    CHECK(svg && strstr(svg, ">Bad  and  end</text>"), "a C0 control and U+FFFE are left out");
    CHECK(svg && strstr(svg, ">A &lt; B &amp; &quot;C&quot;</text>"), "text escaped: %s",
          svg ? svg : "(none)");
    CHECK(svg && strstr(svg, "href=\"https://ex.org/?a=1&amp;b=2\""), "link escaped");
    CHECK(svg && !strstr(svg, "javascript:"), "no javascript: link");
    CHECK(svg && strstr(svg, "<title>Tip &lt;x&gt;</title>"), "tooltip");
    CHECK(svg && strstr(svg, "id=\"p_1.title\"") && strstr(svg, "id=\"p_1.desc\""),
          "ids with the prefix");
    free(svg);
    char *first = write_svg(ctx, &l, NULL);
    l.items[0].box.x += 1;
    char *moved = write_svg(ctx, &l, NULL);
    const char *p1 = first ? strstr(first, "<title id=\"") : NULL;
    const char *p2 = moved ? strstr(moved, "<title id=\"") : NULL;
    CHECK(p1 && p2 && strncmp(p1, p2, 24) != 0, "another layout, another derived prefix");
    free(first);
    free(moved);
    layout_finish(&l);
}

int main(void)
{
    struct ml_error err = {0};
    struct text_ctx *ctx = text_ctx_create(&err);
    if (!ctx) {
        CHECK(false, "text context: %s", err.text);
        return test_done();
    }
    text_begin_chart(ctx);
    text_set_language(ctx, "en");
    check_lines(ctx, "One line", 0, ALIGN_LEFT, false);
    check_lines(ctx, "A label long enough to wrap over several lines of text", 80, ALIGN_LEFT,
                false);
    check_lines(ctx, "Centred lines that wrap at a narrow width", 70, ALIGN_CENTER, false);
    check_lines(ctx, "Right-aligned lines that wrap at a narrow width", 70, ALIGN_RIGHT, false);
    check_lines(ctx, "Two\nlines", 0, ALIGN_LEFT, false);
    check_lines(ctx, "سازمان همکاری شانگهای و عضویت کامل", 60, ALIGN_LEFT, true);
    check_lines(ctx, "上海合作组织成立与机构和成员", 50, ALIGN_LEFT, false);
    CHECK(svg_id_prefix_valid("chart1-") && svg_id_prefix_valid("_a.b"), "good prefixes");
    CHECK(!svg_id_prefix_valid("") && !svg_id_prefix_valid("1a") && !svg_id_prefix_valid("a b") &&
              !svg_id_prefix_valid("a\"") && !svg_id_prefix_valid("-a"),
          "bad prefixes");
    check_document(ctx);
    text_ctx_destroy(ctx);
    return test_done();
}
