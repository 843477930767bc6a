/* The public options: one set of defaults (the command line's too) and the check of the
 * options given as names, so that a library caller and the tool accept the same values. */
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "chart.h"
#include "error.h"
#include "strbuf.h"
#include "textcheck.h"

/* The values an option given as a name accepts; NULL-terminated. The first is what NULL means. */
static const char *const lanes[] = {"none", "category", NULL};
static const char *const orientations[] = {"auto", "horizontal", "vertical", NULL};
static const char *const sorts[] = {"default", "start", "name", "status", "data", NULL};
static const char *const groups[] = {"status", "none", NULL};
static const char *const count_modes[] = {"stacked", "lines", NULL};
static const char *const regions[] = {"fit", "world", NULL};
static const char *const directions[] = {"ltr", "rtl", "auto", NULL};

static const struct choice {
    const char *field; /* the member of struct ml_options */
    size_t offset;
    const char *const *values;
    const char *chart; /* the one chart it applies to; NULL: every chart */
} choices[] = {
    {"lanes", offsetof(struct ml_options, lanes), lanes, "timeline"},
    {"orientation", offsetof(struct ml_options, orientation), orientations, "timeline"},
    {"sort", offsetof(struct ml_options, sort), sorts, "membership"},
    {"group", offsetof(struct ml_options, group), groups, "membership"},
    {"count_mode", offsetof(struct ml_options, count_mode), count_modes, "count"},
    {"region", offsetof(struct ml_options, region), regions, "map"},
    {"direction", offsetof(struct ml_options, direction), directions, NULL},
};

void ml_options_init(struct ml_options *o)
{
    memset(o, 0, sizeof *o);
    o->chart = "timeline";
    o->width = 1200;                  /* 1600 px */
    o->min_height_ratio = 9.0 / 16.0; /* at least a 16:9 page, as tall as the content needs */
    o->png_scale = 96.0 / 72.0;
    o->theme = "light";
    o->group = "status";
    o->sort = "default";
    o->count_mode = "stacked";
}

/* "unknown value "x" (expected a, b or c)", into err->text, with the field as its path. */
static void report_choice(const struct choice *ch, const char *value, struct ml_error *err)
{
    struct strbuf list = {0};
    for (size_t k = 0; ch->values[k]; k++)
        strbuf_add(&list, "%s%s", k == 0 ? "" : ch->values[k + 1] ? ", " : " or ", ch->values[k]);
    error_at(err, ML_ERROR_USAGE, NULL, -1, -1, ch->field, "unknown value \"%.60s\" (expected %s)",
             value, list.s ? list.s : "");
    strbuf_finish(&list);
}

static bool check_choice(const struct choice *ch, const char *value, struct ml_error *err)
{
    if (!value)
        return true;
    for (size_t k = 0; ch->values[k]; k++)
        if (strcmp(value, ch->values[k]) == 0)
            return true;
    report_choice(ch, value, err);
    return false;
}

/* The texts hold only characters that XML and PDF can. */
static bool check_texts(const struct ml_options *o, struct ml_error *err)
{
    const struct {
        const char *name, *text;
    } texts[] = {
        {"--title", o->title}, {"--subtitle", o->subtitle}, {"--source-note", o->source_note}};
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        unsigned bad = textcheck_bad_char(texts[i].text);
        if (bad) {
            char why[160];
            textcheck_why(bad, why, sizeof why);
            error_set(err, ML_ERROR_USAGE, "%s: %s", texts[i].name, why);
            return false;
        }
    }
    return true;
}

bool ml_options_check(const struct ml_options *o, struct ml_error *err)
{
    if (!o) {
        error_set(err, ML_ERROR_USAGE, "no options given (call ml_options_init first)");
        return false;
    }
    if (!check_texts(o, err))
        return false;
    for (size_t i = 0; i < sizeof choices / sizeof *choices; i++) {
        const char *value;
        memcpy(&value, (const char *)o + choices[i].offset, sizeof value);
        if (!check_choice(&choices[i], value, err))
            return false;
    }
    if (!(o->min_height_ratio >= 0 && isfinite(o->min_height_ratio))) {
        error_set(err, ML_ERROR_USAGE, "min_height_ratio %g is not a ratio (expected 0 or more)",
                  o->min_height_ratio);
        return false;
    }
    return true;
}

/* An option set for another chart is ignored: say so, rather than let a user wonder why
 * "--lanes category" changed nothing on a count chart. Values equal to the default are not
 * worth a word (a batch manifest may set them for every job). */
void options_warn_unused(const struct ml_options *o, const char *chart, struct chart_state *st)
{
    static const char *const ignored = "%s applies to the %s chart only; the %s chart ignores it";
    for (size_t i = 0; i < sizeof choices / sizeof *choices; i++) {
        const char *value;
        memcpy(&value, (const char *)o + choices[i].offset, sizeof value);
        if (choices[i].chart && value && strcmp(value, choices[i].values[0]) != 0 &&
            strcmp(chart, choices[i].chart) != 0)
            chart_warn(st, ignored, choices[i].field, choices[i].chart, chart);
    }
    if (strcmp(chart, "membership") == 0)
        return;
    if (o->mark && *o->mark)
        chart_warn(st, ignored, "mark", "membership", chart);
    if (o->max_rows > 0)
        chart_warn(st, ignored, "max_rows", "membership", chart);
    if (o->rows_per_page > 0)
        chart_warn(st, ignored, "rows_per_page", "membership", chart);
}
