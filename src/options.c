/* The public options: one set of defaults (the command line's too) and the check of the
 * options given as names, so that a library caller and the tool accept the same values. */
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "chart.h"
#include "date.h"
#include "error.h"
#include "i18n.h"
#include "strbuf.h"
#include "svg.h"
#include "textcheck.h"
#include "theme.h"
#include "theme_file.h"

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
    o->width = ML_DEFAULT_WIDTH;      /* 1600 px */
    o->min_height_ratio = 9.0 / 16.0; /* at least a 16:9 page, as tall as the content needs */
    o->png_scale = 96.0 / 72.0;
    o->theme = "light";
    o->group = "status";
    o->sort = "default";
    o->count_mode = "stacked";
}

void ml_options_set_format(struct ml_options *o, enum ml_format f)
{
    const struct chart_kind *kind = chart_find(o && o->chart ? o->chart : "timeline");
    if (!o || f != ML_FORMAT_PDF || !kind || !kind->pages || o->height > 0 || o->max_height > 0)
        return;
    double w = o->width > 0 ? o->width : ML_DEFAULT_WIDTH;
    o->max_height = fmin(fmax(w * ML_PRINT_RATIO, ML_LENGTH_MIN), ML_LENGTH_MAX);
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
    } texts[] = {{"title", o->title}, {"subtitle", o->subtitle}, {"source_note", o->source_note}};
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        unsigned bad = textcheck_bad_char(texts[i].text);
        if (bad) {
            char why[160];
            textcheck_why(bad, why, sizeof why);
            error_at(err, ML_ERROR_USAGE, NULL, -1, -1, texts[i].name, "%s", why);
            return false;
        }
    }
    return true;
}

/* A length in points: 0 for the default (when zero_ok), else ML_LENGTH_MIN to ML_LENGTH_MAX.
 * NaN fails every comparison and so is refused with the rest. */
static bool check_length(const char *field, double v, struct ml_error *err)
{
    if (v == 0 || (v >= ML_LENGTH_MIN && v <= ML_LENGTH_MAX))
        return true;
    error_at(err, ML_ERROR_USAGE, NULL, -1, -1, field,
             "%g points is out of range (expected 0 for the default, or %g to %g points: 1 in to "
             "200 in)",
             v, ML_LENGTH_MIN, ML_LENGTH_MAX);
    return false;
}

static bool check_sizes(const struct ml_options *o, struct ml_error *err)
{
    if (!check_length("width", o->width, err) || !check_length("height", o->height, err) ||
        !check_length("min_height", o->min_height, err) ||
        !check_length("max_height", o->max_height, err))
        return false;
    double width = o->width > 0 ? o->width : ML_DEFAULT_WIDTH;
    if (!(o->min_height_ratio >= 0 && o->min_height_ratio * width <= ML_LENGTH_MAX)) {
        error_at(err, ML_ERROR_USAGE, NULL, -1, -1, "min_height_ratio",
                 "%g is not a ratio for a width of %g points (expected 0 or more, giving at most "
                 "%g points)",
                 o->min_height_ratio, width, ML_LENGTH_MAX);
        return false;
    }
    if (o->png_scale != 0 && !(o->png_scale > 0 && o->png_scale <= ML_PNG_SCALE_MAX)) {
        error_at(err, ML_ERROR_USAGE, NULL, -1, -1, "png_scale",
                 "%g is out of range (expected 0 for the default, or above 0 and at most %g "
                 "pixels a point: 2400 dpi)",
                 o->png_scale, ML_PNG_SCALE_MAX);
        return false;
    }
    if (o->font_scale != 0 &&
        !(o->font_scale >= ML_FONT_SCALE_MIN && o->font_scale <= ML_FONT_SCALE_MAX)) {
        error_at(err, ML_ERROR_USAGE, NULL, -1, -1, "font_scale",
                 "%g is out of range (expected 0 for the default, or %g to %g)", o->font_scale,
                 ML_FONT_SCALE_MIN, ML_FONT_SCALE_MAX);
        return false;
    }
    if (o->rows_per_page < 0 || o->max_rows < 0) {
        error_at(err, ML_ERROR_USAGE, NULL, -1, -1, o->max_rows < 0 ? "max_rows" : "rows_per_page",
                 "%d is out of range (expected 0 for no limit, or more)",
                 o->max_rows < 0 ? o->max_rows : o->rows_per_page);
        return false;
    }
    return true;
}

static bool check_date(const char *field, const char *s, struct date *d, struct ml_error *err)
{
    const char *why = NULL;
    if (!s || date_parse(s, d, &why))
        return true;
    error_at(err, ML_ERROR_USAGE, NULL, -1, -1, field, "\"%.40s\" is not a date (%s)", s, why);
    return false;
}

static bool check_dates(const struct ml_options *o, struct ml_error *err)
{
    struct date from, to, as_of;
    if (!check_date("from", o->from, &from, err) || !check_date("to", o->to, &to, err) ||
        !check_date("as_of", o->as_of, &as_of, err))
        return false;
    if (o->from && o->to && date_start(&to) < date_start(&from)) {
        error_at(err, ML_ERROR_USAGE, NULL, -1, -1, "to",
                 "\"%.40s\" is before the from date \"%.40s\"", o->to, o->from);
        return false;
    }
    return true;
}

/* "category:ID,..." or "id:ID,...": a prefix, then ids with nothing empty between commas. */
static bool mark_valid(const char *m)
{
    const char *list = strncmp(m, "category:", 9) == 0 ? m + 9
                       : strncmp(m, "id:", 3) == 0     ? m + 3
                                                       : NULL;
    if (!list || !*list)
        return false;
    for (const char *p = list; *p; p++)
        if (*p == ',' && (p == list || p[1] == ',' || p[1] == '\0'))
            return false;
    return true;
}

#define REFUSE(field, ...)                                                                         \
    do {                                                                                           \
        error_at(err, ML_ERROR_USAGE, NULL, -1, -1, field, __VA_ARGS__);                           \
        return false;                                                                              \
    } while (0)

/* The options given as free text the library must understand. */
static bool check_names(const struct ml_options *o, struct ml_error *err)
{
    struct theme t;
    if (o->chart && !chart_find(o->chart))
        REFUSE("chart", "unknown chart \"%.60s\" (expected timeline, membership, count or map)",
               o->chart);
    if (o->theme && !theme_builtin(&t, o->theme) && !theme_file_name(o->theme))
        REFUSE("theme",
               "unknown theme \"%.60s\" (expected light, dark, print or the path of a .json theme "
               "file)",
               o->theme);
    if (o->lang && !i18n_valid_tag(o->lang))
        REFUSE("lang", "\"%.60s\" is not a BCP 47 language tag (such as es, pt-BR or zh-Hant-TW)",
               o->lang);
    if (o->font && !*o->font)
        REFUSE("font", "an empty font family (expected a family such as \"Noto Serif\")");
    if (o->background && strcmp(o->background, "transparent") != 0 &&
        !color_parse(o->background, &t.background))
        REFUSE("background",
               "\"%.40s\" is not a colour (expected #RRGGBB, #RRGGBBAA or transparent)",
               o->background);
    if (o->mark && !mark_valid(o->mark))
        REFUSE("mark", "\"%.60s\" is not a list of marks (expected category:ID,... or id:ID,...)",
               o->mark);
    if (o->svg_text && strcmp(o->svg_text, "text") != 0 && strcmp(o->svg_text, "paths") != 0)
        REFUSE("svg_text", "\"%.40s\" is not a mode (expected text or paths)", o->svg_text);
    if (o->id_prefix && !svg_id_prefix_valid(o->id_prefix))
        REFUSE("id_prefix",
               "\"%.40s\" cannot start an XML id (expected a letter or '_', then letters, "
               "digits, '-', '_' or '.'; at most 64)",
               o->id_prefix);
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
    return check_names(o, err) && check_sizes(o, err) && check_dates(o, err);
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
