/* libFuzzer target: arbitrary bytes -> load -> layout -> render to memory, for every chart kind.
 *
 * One renderer for the process: starting fontconfig and pango costs far more than a chart, and
 * the command line's batch mode reuses one the same way. Charts are small and the output format
 * rotates with the input length, so each run stays in the milliseconds and every format is
 * covered across the corpus. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "memberline.h"

static struct ml_renderer *renderer;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    /* Fixed dates and metadata: the same input gives the same run. */
    setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
    struct ml_error err;
    renderer = ml_renderer_create(&err);
    if (!renderer) {
        fprintf(stderr, "fuzz_render: %s\n", err.text);
        abort();
    }
    return 0;
}

static void render(const struct ml_doc *doc, const char *chart, enum ml_format format, double width)
{
    struct ml_options o;
    struct ml_error err;
    ml_options_init(&o);
    o.chart = chart;
    o.width = width;
    o.png_scale = 0.5;
    struct ml_chart *ch = ml_chart_create(renderer, doc, &o, &err);
    if (!ch)
        return;
    char *buf = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&buf, &len);
    if (mem) {
        (void)ml_chart_write_stream(ch, format, mem, &err);
        fclose(mem);
    }
    free(buf);
    ml_chart_destroy(ch);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const charts[] = {"timeline", "membership", "count", "map"};
    struct ml_error err;
    struct ml_doc *doc = ml_doc_load_string((const char *)data, size, "<fuzz>", &err);
    if (!doc)
        return 0;
    enum ml_format format = (enum ml_format)(size % 3);
    for (size_t i = 0; i < sizeof charts / sizeof *charts; i++)
        render(doc, charts[i], format, 240.0 + (double)(size % 7) * 60.0);
    ml_doc_destroy(doc);
    return 0;
}
