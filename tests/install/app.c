/* A program that uses an installed libmemberline, built by tests/suites/25-library.sh with
 * nothing but pkg-config, shared and static.
 *
 *   app DATA.json DATADIR OUTDIR
 *
 * Prints the library's default data folder, then "CHART WIDTH HEIGHT" (points, default
 * options) for every chart of DATA.json, and writes OUTDIR/map.png and OUTDIR/map.svg with
 * the map's shapes read from DATADIR. The renderer and the document are destroyed before the
 * map is written, as the header allows. With DATADIR "-" the data folder is not set: the
 * library's own search must find the shapes. */
#include <stdio.h>
#include <string.h>

#include <memberline.h>

static int fail(const char *what, const struct ml_error *err)
{
    char line[1024];
    ml_error_format(err, line, sizeof line);
    fprintf(stderr, "app: %s: %s\n", what, line);
    return 1;
}

static int sizes(struct ml_renderer *r, const struct ml_doc *doc)
{
    static const char *const charts[] = {"timeline", "membership", "count", "map"};
    for (int i = 0; i < 4; i++) {
        struct ml_error err = {0};
        struct ml_options o;
        double w, h;
        ml_options_init(&o);
        o.chart = charts[i];
        struct ml_chart *ch = ml_chart_create(r, doc, &o, &err);
        if (!ch)
            return fail(charts[i], &err);
        ml_chart_size(ch, &w, &h);
        printf("%s %g %g\n", charts[i], w, h);
        ml_chart_destroy(ch);
    }
    return 0;
}

int main(int argc, char **argv)
{
    struct ml_error err = {0};
    char path[4096];
    if (argc != 4) {
        fprintf(stderr, "usage: app DATA.json DATADIR|- OUTDIR\n");
        return 2;
    }
    const char *dir = strcmp(argv[2], "-") == 0 ? NULL : argv[2];
    printf("datadir %s\n", ml_default_data_dir());
    struct ml_doc *doc = ml_doc_load_file(argv[1], &err);
    if (!doc)
        return fail("load", &err);
    struct ml_renderer *r = ml_renderer_create(&err);
    if (!r || (dir && !ml_renderer_set_data_dir(r, dir, &err)))
        return fail("renderer", &err);
    if (sizes(r, doc))
        return 1;
    struct ml_options o;
    ml_options_init(&o);
    o.chart = "map";
    struct ml_chart *map = ml_chart_create(r, doc, &o, &err);
    ml_renderer_destroy(r);
    ml_doc_destroy(doc);
    if (!map)
        return fail("map", &err);
    snprintf(path, sizeof path, "%s/map.png", argv[3]);
    if (!ml_chart_write_file(map, ML_FORMAT_PNG, path, &err))
        return fail("write png", &err);
    snprintf(path, sizeof path, "%s/map.svg", argv[3]);
    if (!ml_chart_write_file(map, ML_FORMAT_SVG, path, &err))
        return fail("write svg", &err);
    ml_chart_destroy(map);
    return 0;
}
