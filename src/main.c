/* memberline: the command line. Only this file prints and picks exit codes (sysexits). */
/* MAP_ANONYMOUS (not in POSIX 2008): the batch workers' job queue */
#define _DEFAULT_SOURCE 1 // NOLINT(bugprone-reserved-identifier)
#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <sysexits.h>
#include <unistd.h>

#include "cli.h"
#include "error.h"
#include "memberline.h"

#define MAX_CHARTS CLI_MAX_CHARTS
#define PX 0.75 /* points per CSS pixel (1/96 in) */
/* --shard N: far beyond any CI matrix, and the shard table stays small */
#define MAX_SHARDS 100000
#define MAX_SHARDS_TEXT "100000"

static const char *all_charts[] = {"timeline", "membership", "count", "map"};
static const char *all_formats[] = {"png", "svg", "pdf"};

/* ------------------------------------------------------------------ messages */

static int exit_code(enum ml_error_code c)
{
    switch (c) {
    case ML_OK:
        return EX_OK;
    case ML_ERROR_USAGE:
        return EX_USAGE;
    case ML_ERROR_INPUT:
        return EX_NOINPUT;
    case ML_ERROR_SYNTAX:
    case ML_ERROR_SCHEMA:
    case ML_ERROR_VALUE:
    case ML_ERROR_LIMIT:
    case ML_ERROR_WARNING:
        return EX_DATAERR;
    case ML_ERROR_OUTPUT:
        return EX_CANTCREAT;
    case ML_ERROR_WRITE:
        return EX_IOERR;
    default:
        return EX_SOFTWARE;
    }
}

/* The command-line option that sets a member of struct ml_options ("count_mode" -> "count"). */
static const char *option_for_field(const char *field)
{
    static const char *const renamed[][2] = {{"count_mode", "count"},
                                             {"png_scale", "scale"},
                                             {"min_height", "height"},
                                             {"max_height", "size"},
                                             {"min_height_ratio", "size"}};
    for (size_t i = 0; i < sizeof renamed / sizeof *renamed; i++)
        if (strcmp(field, renamed[i][0]) == 0)
            return renamed[i][1];
    return field;
}

/* The batch job being rendered (its name), while cli_render runs one: its errors name it. */
static const char *report_job;

/* The option a member of struct ml_options is set by, as the user types it ("--count"). */
static void put_option(const char *field, size_t n, FILE *out)
{
    char name[64];
    snprintf(name, sizeof name, "%.*s", (int)n, field);
    fputs("--", out);
    for (const char *p = option_for_field(name); *p; p++)
        fputc(*p == '_' ? '-' : *p, out);
}

/* The library's words, with the options named as the tool's: the library names an option by
 * its member ("ml_options.rows_per_page"), the tool by what the user typed
 * ("--rows-per-page"). */
static void put_text(const char *s, FILE *out)
{
    static const char key[] = "ml_options.";
    static const char *const phrases[][2] = {{"ml_options.min_height_ratio 0", "--height auto"}};
    while (*s) {
        size_t i = 0, n;
        while (i < sizeof phrases / sizeof *phrases &&
               strncmp(s, phrases[i][0], strlen(phrases[i][0])) != 0)
            i++;
        if (i < sizeof phrases / sizeof *phrases) {
            fputs(phrases[i][1], out);
            s += strlen(phrases[i][0]);
        } else if (strncmp(s, key, sizeof key - 1) == 0 &&
                   (n = strspn(s + sizeof key - 1, "abcdefghijklmnopqrstuvwxyz_")) > 0) {
            put_option(s + sizeof key - 1, n, out);
            s += sizeof key - 1 + n;
        } else {
            fputc(*s++, out);
        }
    }
}

/* A message of several parts, made in memory and written with one call: batch workers share
 * standard error, and the kernel keeps one write whole. */
static FILE *message_open(char **buf, size_t *len)
{
    FILE *m = open_memstream(buf, len);
    return m ? m : stderr; /* no memory: written in parts, rather than not at all */
}

static void message_close(FILE *m, char **buf, size_t *len)
{
    if (m == stderr)
        return;
    if (fclose(m) == 0) /* sets *buf and *len */
        fwrite(*buf, 1, *len, stderr);
    free(*buf);
}

int cli_report(const struct ml_error *err)
{
    char line[1024], *buf = NULL;
    size_t len = 0;
    FILE *m = message_open(&buf, &len);
    if (err->source[0]) {
        ml_error_format(err, line, sizeof line);
        put_text(line, m);
    } else {
        if (report_job) /* a batch job's error that names no file: the job names it */
            fprintf(m, "memberline: batch job %s: ", report_job);
        else
            fputs("memberline: ", m);
        if (err->path[0] && err->code == ML_ERROR_USAGE) {
            /* an option the library refused: named as the user typed it ("--title") */
            put_option(err->path, strlen(err->path), m);
            fputs(": ", m);
        } else {
            fputs("error: ", m);
        }
        put_text(err->text, m);
    }
    fputc('\n', m);
    message_close(m, &buf, &len);
    return exit_code(err->code);
}

/* Set while cli_option applies an option of a batch manifest: the complaint goes here, for
 * batch to name the option's place in the manifest, instead of to standard error. */
static struct ml_error *option_sink;

static int usage_error(const char *fmt, const char *a, const char *b)
{
    if (option_sink) {
        error_set(option_sink, ML_ERROR_USAGE, fmt, a, b);
        return EX_USAGE;
    }
    fprintf(stderr, "memberline: ");
    fprintf(stderr, fmt, a, b);
    fprintf(stderr, "\nTry 'memberline --help'.\n");
    return EX_USAGE;
}

static void warn(void *user, const char *msg)
{
    const struct cli *c = user;
    if (c->quiet)
        return;
    char *buf = NULL;
    size_t len = 0;
    FILE *m = message_open(&buf, &len);
    if (c->job)
        fprintf(m, "memberline: batch job %s: warning: ", c->job);
    else
        fputs("memberline: warning: ", m);
    put_text(msg, m);
    fputc('\n', m);
    message_close(m, &buf, &len);
}

static void help(void)
{
    fputs("Usage: memberline [render] [OPTIONS] [FILE | -]\n"
          "       memberline check [-q] FILE...\n"
          "       memberline batch [--jobs N] [--shard K/N] [--list] MANIFEST.json\n"
          "Timeline, membership, count and map charts from a memberline JSON file, as PNG, SVG\n"
          "and PDF. With no FILE, renders the bundled SCO data; with no arguments at all, every\n"
          "chart of it into output/ in every format. When standard input is a pipe or a file\n"
          "and no FILE is given, the data is read from it.\n"
          "\n"
          "Charts and outputs:\n"
          "  -c, --chart LIST        timeline, membership, count, map or all (comma list)\n"
          "  -o, --output FILE       output file; the format comes from the extension;\n"
          "                          - writes to standard output (needs --format)\n"
          "  -f, --format LIST       png, svg, pdf (comma list)\n"
          "  -d, --output-dir DIR    write DIR/<chart>.<format> for each chart and format\n"
          "      --layout-json FILE  write the computed layout (boxes in points) as JSON\n"
          "      --alt-text FILE     write a plain-text description for screen readers\n"
          "                          (- writes either to standard output)\n"
          "Size:\n"
          "  -s, --size NAME         slide (1920x1080 px), slide-4x3 (1440x1080 px), a4 (also\n"
          "                          a4-portrait), a4-landscape, letter (also letter-portrait),\n"
          "                          letter-landscape, column (6.5 in)\n"
          "  -W, --width LENGTH      with a unit: px (default), pt, mm, cm, in\n"
          "  -H, --height LENGTH     fixed height; without it the chart is at least 16:9 and\n"
          "                          grows as its content needs (a timeline to three times\n"
          "                          16:9 at most; auto: until every event is drawn)\n"
          "      --scale N           PNG pixels per px (2 for high-DPI slides); default 1\n"
          "      --dpi N             PNG resolution (96 = scale 1)\n"
          "Look:\n"
          "  -t, --theme NAME        light (default), dark, print, or a theme FILE.json\n"
          "  -l, --lang CODE         a language of the data (en, ru, zh ...)\n"
          "      --direction DIR     the time axis: ltr (default), rtl (time runs right to\n"
          "                          left) or auto (rtl in fa, ar, ur, he ...)\n"
          "      --font FAMILY       font family (default: the Noto stack)\n"
          "      --font-scale F      multiply every type size by F (0.25 to 4)\n"
          "  -b, --background COLOR  #RRGGBB, #RRGGBBAA or transparent (default: the theme's)\n"
          "      --title TEXT, --subtitle TEXT, --no-title, --no-legend\n"
          "      --source-note TEXT  the note at the bottom (default: the data's source)\n"
          "      --transparent       no background (PNG and SVG)\n"
          "      --svg-text MODE     SVG text as text (default: selectable, linked) or paths\n"
          "                          (glyph outlines, as PNG and PDF draw them)\n"
          "      --id-prefix ID      SVG: start every id with ID (default: from the "
          "content)\n",
          stdout);
    fputs("Data:\n"
          "      --from DATE, --to DATE   the time axis range (YYYY, YYYY-MM or YYYY-MM-DD)\n"
          "      --as-of DATE        the state of things at DATE (default: the data's as_of)\n"
          "      --lanes MODE        timeline: category (a lane each) or none (default)\n"
          "      --orientation O     timeline: horizontal, vertical or auto (default: vertical\n"
          "                          on a page taller than wide)\n"
          "      --sort KEY          membership: default, start, name, status, data\n"
          "      --group KEY         membership: status (default) or none\n"
          "      --mark SPEC         membership: reference lines, category:ID,... or id:ID,...\n"
          "      --count MODE        count: stacked (default) or lines\n"
          "      --accessions WHICH  count: the accession flags: all (default: those that\n"
          "                          fit, the rest in a note and a warning), fit (the same,\n"
          "                          no warning) or none\n"
          "      --region NAME       map: world, or fit (default: the states with a status)\n"
          "      --labels            map: label the states\n"
          "      --rows-per-page N   membership: N rows a page (default: as many as fit)\n"
          "      --max-rows N        membership: only the first N members by status, and a\n"
          "                          note saying how many more there are\n"
          "      --page N            write page N only (a chart of several pages writes\n"
          "                          PNG and SVG as FILE-1.png, FILE-2.png ..., PDF as one)\n"
          "Other:\n"
          "      --strict            treat warnings as errors (exit 65)\n"
          "  -j, --jobs N            batch: render on N processes\n"
          "      --shard K/N         batch: render only the K-th of N balanced parts\n"
          "      --list              batch: print the jobs (tab-separated), render nothing\n"
          "  -q, --quiet             no warnings\n"
          "  -v, --verbose           say what was written\n"
          "  -h, --help, -V, --version\n"
          "\n"
          "Examples:\n"
          "  memberline check data/sco.json\n"
          "  memberline data/sco.json --chart timeline -o timeline.pdf\n"
          "  memberline data/sco.json -c membership --size slide --theme dark --scale 2 -o m.png\n"
          "  memberline data/sco.json -c all -f svg,pdf -d charts/\n"
          "  memberline data/sco.json -c count -f png -o - > count.png\n"
          "  memberline batch docs/images/manifest.json\n"
          "\n"
          "Exit status: 0 success, 64 usage, 65 bad data, 66 cannot read input,\n"
          "73 cannot create output, 74 I/O error, 70 internal error.\n",
          stdout);
}

/* ------------------------------------------------------------------ option values */

static bool parse_number(const char *s, double *out)
{
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (end == s || errno || !isfinite(v))
        return false;
    *out = v;
    return *end == '\0';
}

/* "1600", "1600px", "297mm", "6.5in" -> points. */
static bool parse_length(const char *s, double *pt)
{
    static const struct {
        const char *unit;
        double pt;
    } units[] = {{"px", PX}, {"pt", 1}, {"mm", 72 / 25.4}, {"cm", 72 / 2.54}, {"in", 72}, {"", PX}};
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (end == s || errno || !isfinite(v) || v <= 0)
        return false;
    for (size_t i = 0; i < sizeof units / sizeof *units; i++)
        if (strcmp(end, units[i].unit) == 0) {
            *pt = v * units[i].pt;
            return *pt >= ML_LENGTH_MIN && *pt <= ML_LENGTH_MAX; /* 1 in to 200 in */
        }
    return false;
}

static bool set_size(struct cli *c, const char *name)
{
    static const struct {
        const char *name;
        double w, h, most; /* most: the page height a growing chart stays within */
    } sizes[] = {{"slide", 1920 * PX, 1080 * PX, 0},
                 {"slide-4x3", 1440 * PX, 1080 * PX, 0},
                 {"a4", 595.28, 841.89, 0},
                 {"a4-portrait", 595.28, 841.89, 0}, /* the same: a name users try */
                 {"a4-landscape", 841.89, 595.28, 0},
                 {"letter", 612, 792, 0},
                 {"letter-portrait", 612, 792, 0},
                 {"letter-landscape", 792, 612, 0},
                 {"column", 468, 0, 648}, /* 6.5 x 9 in: a letter page's text block */
                 {"default", 1600 * PX, 900 * PX, 0}};
    for (size_t i = 0; i < sizeof sizes / sizeof *sizes; i++)
        if (strcmp(name, sizes[i].name) == 0) {
            c->opts.width = sizes[i].w;
            c->opts.height = sizes[i].h;
            /* A paper or slide size is a page: a chart grown past it (--height auto, or
             * "column", which has a width and a page height but no fixed height) goes on pages
             * (membership) or fits it (timeline); the others grow with their content. */
            c->page_h =
                strcmp(name, "default") != 0 ? (sizes[i].h > 0 ? sizes[i].h : sizes[i].most) : 0;
            c->opts.min_height_ratio = 0;
            c->opts.slide = strncmp(name, "slide", 5) == 0;
            return true;
        }
    return false;
}

/* Split a comma list into names, each checked against the allowed ones. */
static int parse_charts(struct cli *c, const char *s)
{
    char buf[256];
    snprintf(buf, sizeof buf, "%s", s);
    c->n_charts = 0;
    for (char *save, *t = strtok_r(buf, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
        if (strcmp(t, "all") == 0) {
            for (int i = 0; i < MAX_CHARTS; i++)
                c->charts[i] = all_charts[i];
            c->n_charts = MAX_CHARTS;
            return 0;
        }
        int k = -1;
        for (int i = 0; i < MAX_CHARTS; i++)
            if (strcmp(t, all_charts[i]) == 0)
                k = i;
        if (k < 0)
            return usage_error("--chart: unknown chart \"%s\" (expected timeline, membership, "
                               "count, map or all)%s",
                               t, "");
        if (c->n_charts < MAX_CHARTS)
            c->charts[c->n_charts++] = all_charts[k];
    }
    return c->n_charts ? 0 : usage_error("--chart: no chart named%s%s", "", "");
}

static int parse_formats(struct cli *c, const char *s)
{
    char buf[64];
    snprintf(buf, sizeof buf, "%s", s);
    c->n_formats = 0;
    for (char *save, *t = strtok_r(buf, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
        enum ml_format f;
        if (!ml_format_from_name(t, &f))
            return usage_error("--format: unknown format \"%s\" (expected png, svg or pdf)%s", t,
                               "");
        if (c->n_formats < 3)
            c->formats[c->n_formats++] = f;
    }
    return c->n_formats ? 0 : usage_error("--format: no format named%s%s", "", "");
}

enum {
    OPT_LAYOUT = 256,
    OPT_ALT,
    OPT_SCALE,
    OPT_DPI,
    OPT_FONT,
    OPT_TITLE,
    OPT_SUBTITLE,
    OPT_NO_TITLE,
    OPT_NO_LEGEND,
    OPT_SOURCE,
    OPT_TRANSPARENT,
    OPT_FROM,
    OPT_TO,
    OPT_AS_OF,
    OPT_LANES,
    OPT_ORIENTATION,
    OPT_SORT,
    OPT_GROUP,
    OPT_MARK,
    OPT_COUNT,
    OPT_ACCESSIONS,
    OPT_REGION,
    OPT_LABELS,
    OPT_STRICT,
    OPT_FONT_SCALE,
    OPT_SVG_TEXT,
    OPT_ID_PREFIX,
    OPT_DIRECTION,
    OPT_PAGE,
    OPT_ROWS_PER_PAGE,
    OPT_MAX_ROWS,
    OPT_SHARD,
    OPT_LIST
};

static const struct option long_opts[] = {
    {"chart", required_argument, NULL, 'c'},
    {"output", required_argument, NULL, 'o'},
    {"format", required_argument, NULL, 'f'},
    {"output-dir", required_argument, NULL, 'd'},
    {"size", required_argument, NULL, 's'},
    {"width", required_argument, NULL, 'W'},
    {"height", required_argument, NULL, 'H'},
    {"theme", required_argument, NULL, 't'},
    {"lang", required_argument, NULL, 'l'},
    {"jobs", required_argument, NULL, 'j'},
    {"quiet", no_argument, NULL, 'q'},
    {"verbose", no_argument, NULL, 'v'},
    {"help", no_argument, NULL, 'h'},
    {"version", no_argument, NULL, 'V'},
    {"layout-json", required_argument, NULL, OPT_LAYOUT},
    {"alt-text", required_argument, NULL, OPT_ALT},
    {"scale", required_argument, NULL, OPT_SCALE},
    {"dpi", required_argument, NULL, OPT_DPI},
    {"font", required_argument, NULL, OPT_FONT},
    {"font-scale", required_argument, NULL, OPT_FONT_SCALE},
    {"background", required_argument, NULL, 'b'},
    {"title", required_argument, NULL, OPT_TITLE},
    {"subtitle", required_argument, NULL, OPT_SUBTITLE},
    {"no-title", no_argument, NULL, OPT_NO_TITLE},
    {"no-legend", no_argument, NULL, OPT_NO_LEGEND},
    {"source-note", required_argument, NULL, OPT_SOURCE},
    {"transparent", no_argument, NULL, OPT_TRANSPARENT},
    {"from", required_argument, NULL, OPT_FROM},
    {"to", required_argument, NULL, OPT_TO},
    {"as-of", required_argument, NULL, OPT_AS_OF},
    {"lanes", required_argument, NULL, OPT_LANES},
    {"sort", required_argument, NULL, OPT_SORT},
    {"group", required_argument, NULL, OPT_GROUP},
    {"mark", required_argument, NULL, OPT_MARK},
    {"count", required_argument, NULL, OPT_COUNT},
    {"accessions", required_argument, NULL, OPT_ACCESSIONS},
    {"region", required_argument, NULL, OPT_REGION},
    {"labels", no_argument, NULL, OPT_LABELS},
    {"strict", no_argument, NULL, OPT_STRICT},
    {"svg-text", required_argument, NULL, OPT_SVG_TEXT},
    {"id-prefix", required_argument, NULL, OPT_ID_PREFIX},
    {"page", required_argument, NULL, OPT_PAGE},
    {"rows-per-page", required_argument, NULL, OPT_ROWS_PER_PAGE},
    {"max-rows", required_argument, NULL, OPT_MAX_ROWS},
    {"direction", required_argument, NULL, OPT_DIRECTION},
    {"orientation", required_argument, NULL, OPT_ORIENTATION},
    {"shard", required_argument, NULL, OPT_SHARD},
    {"list", no_argument, NULL, OPT_LIST},
    {NULL, 0, NULL, 0}};

static int font_scale_option(struct cli *c, const char *arg)
{
    double v;
    if (!parse_number(arg, &v) || v < ML_FONT_SCALE_MIN || v > ML_FONT_SCALE_MAX)
        return usage_error("--font-scale: \"%s\" is not a type scale (expected a number from "
                           "0.25 to 4)%s",
                           arg, "");
    c->opts.font_scale = v;
    return 0;
}

static int scale_option(struct cli *c, int opt, const char *arg)
{
    double v;
    /* the library's PNG scale limit, in dots an inch or in CSS pixels (0.75 pt) */
    if (!parse_number(arg, &v) || v <= 0 ||
        v > (opt == OPT_DPI ? ML_PNG_SCALE_MAX * 72 : ML_PNG_SCALE_MAX * PX) + 1e-9)
        return usage_error(opt == OPT_DPI ? "--dpi: \"%s\" is not a resolution (expected a "
                                            "number from 1 to 2400)%s"
                                          : "--scale: \"%s\" is not a scale (expected a number "
                                            "above 0, at most 25)%s",
                           arg, "");
    c->opts.png_scale = opt == OPT_DPI ? v / 72.0 : v * 96.0 / 72.0;
    c->scale_option = opt == OPT_DPI ? "--dpi" : "--scale";
    return 0;
}

static int length_option(struct cli *c, int opt, const char *arg)
{
    double pt;
    if (strcmp(arg, "auto") == 0 && opt == 'H') {
        c->opts.height = 0;
        c->opts.min_height_ratio = 0; /* no 16:9 minimum */
        return 0;
    }
    if (!parse_length(arg, &pt))
        return usage_error("%s: \"%s\" is not a length (expected a number with px, pt, mm, cm "
                           "or in, from 1 in to 200 in)",
                           opt == 'W' ? "--width" : "--height", arg);
    if (opt == 'W')
        c->opts.width = pt;
    else
        c->opts.height = pt;
    return 0;
}

static const char **choice_field(struct ml_options *o, int opt)
{
    switch (opt) {
    case OPT_DIRECTION:
        return &o->direction;
    case OPT_ORIENTATION:
        return &o->orientation;
    case OPT_LANES:
        return &o->lanes;
    case OPT_SORT:
        return &o->sort;
    case OPT_GROUP:
        return &o->group;
    case OPT_COUNT:
        return &o->count_mode;
    case OPT_ACCESSIONS:
        return &o->accessions;
    default:
        return &o->region;
    }
}

static const char *option_name(int opt)
{
    for (const struct option *o = long_opts; o->name; o++)
        if (o->val == opt)
            return o->name;
    return "?";
}

/* --lanes, --orientation, --sort, --group, --count, --accessions, --region: the library knows
 * their values.
 * Checked on options that hold nothing else, so that the message is about this one. */
static int choice_option(struct cli *c, int opt, const char *arg)
{
    struct ml_options probe;
    struct ml_error err = {0};
    ml_options_init(&probe);
    *choice_field(&probe, opt) = arg;
    if (!ml_options_check(&probe, &err)) {
        if (option_sink)
            error_set(option_sink, ML_ERROR_USAGE, "--%s: %s", option_name(opt), err.text);
        else
            fprintf(stderr, "memberline: --%s: %s\n", option_name(opt), err.text);
        return EX_USAGE;
    }
    *choice_field(&c->opts, opt) = arg;
    return 0;
}

static int text_option(struct cli *c, int opt, const char *arg)
{
    switch (opt) {
    case OPT_FONT:
        c->opts.font = arg;
        break;
    case 'b':
        c->opts.background = arg;
        break;
    case OPT_TITLE:
        c->opts.title = arg;
        break;
    case OPT_SUBTITLE:
        c->opts.subtitle = arg;
        break;
    case OPT_SOURCE:
        c->opts.source_note = arg;
        break;
    case OPT_FROM:
        c->opts.from = arg;
        break;
    case OPT_TO:
        c->opts.to = arg;
        break;
    case OPT_AS_OF:
        c->opts.as_of = arg;
        break;
    case OPT_MARK:
        c->opts.mark = arg;
        break;
    case OPT_ID_PREFIX:
        c->opts.id_prefix = arg;
        break;
    default:
        return -1;
    }
    return 0;
}

static int flag_option(struct cli *c, int opt)
{
    switch (opt) {
    case OPT_NO_TITLE:
        c->opts.no_title = true;
        break;
    case OPT_NO_LEGEND:
        c->opts.no_legend = true;
        break;
    case OPT_TRANSPARENT:
        c->opts.transparent = true;
        break;
    case OPT_LABELS:
        c->opts.map_labels = true;
        break;
    case OPT_STRICT:
        c->opts.strict = true;
        break;
    case 'q':
        c->quiet = true;
        break;
    case 'v':
        c->verbose = true;
        break;
    default:
        return -1;
    }
    return 0;
}

static int jobs_option(struct cli *c, const char *arg)
{
    double v;
    if (!parse_number(arg, &v) || v < 1 || v > 64 || v != floor(v))
        return usage_error("--jobs: \"%s\" is not a number of processes (expected 1 to 64)%s", arg,
                           "");
    c->jobs = (int)v;
    return 0;
}

/* --page, --rows-per-page, --max-rows: a count from 1. */
static int count_option(struct cli *c, int opt, const char *arg)
{
    double v;
    const char *name = opt == OPT_PAGE       ? "--page"
                       : opt == OPT_MAX_ROWS ? "--max-rows"
                                             : "--rows-per-page";
    if (!parse_number(arg, &v) || v < 1 || v > 1e6 || v != floor(v))
        return usage_error("%s: \"%s\" is not a count (expected a whole number from 1)", name, arg);
    if (opt == OPT_PAGE)
        c->page = (int)v;
    else
        *(opt == OPT_MAX_ROWS ? &c->opts.max_rows : &c->opts.rows_per_page) = (int)v;
    return 0;
}

/* K/N with 1 <= K <= N: the CI runner's index and count (Playwright's and Jest's --shard). */
static int shard_option(struct cli *c, const char *arg)
{
    char *end;
    errno = 0;
    long k = strtol(arg, &end, 10), n = 0;
    bool ok = isdigit((unsigned char)arg[0]) && *end == '/' && errno == 0;
    if (ok) {
        const char *d = end + 1;
        n = strtol(d, &end, 10);
        ok = isdigit((unsigned char)d[0]) && *end == '\0' && errno == 0;
    }
    if (!ok || k < 1 || n < 1 || k > n || n > MAX_SHARDS)
        return usage_error("--shard: \"%s\" is not a shard (expected K/N with 1 <= K <= N <= "
                           "%s, as 1/3)",
                           arg, MAX_SHARDS_TEXT);
    c->shard_k = (int)k;
    c->shard_n = (int)n;
    return 0;
}

static int apply_option(struct cli *c, int opt, const char *arg)
{
    int rc;
    if ((rc = text_option(c, opt, arg)) >= 0 || (rc = flag_option(c, opt)) >= 0)
        return rc;
    switch (opt) {
    case 'c':
        return parse_charts(c, arg);
    case 'f':
        return parse_formats(c, arg);
    case 'o':
        c->output = arg;
        return 0;
    case 'd':
        c->output_dir = arg;
        return 0;
    case 's':
        return set_size(c, arg) ? 0
                                : usage_error("--size: unknown size \"%s\" (expected slide, "
                                              "slide-4x3, a4, a4-portrait, a4-landscape, "
                                              "letter, letter-portrait, letter-landscape or "
                                              "column)%s",
                                              arg, "");
    case 'W':
    case 'H':
        return length_option(c, opt, arg);
    case OPT_SCALE:
    case OPT_DPI:
        return scale_option(c, opt, arg);
    case OPT_FONT_SCALE:
        return font_scale_option(c, arg);
    case 't':
        c->opts.theme = arg;
        return 0;
    case 'l':
        c->opts.lang = arg;
        return 0;
    case 'j':
        return jobs_option(c, arg);
    case OPT_PAGE:
    case OPT_ROWS_PER_PAGE:
    case OPT_MAX_ROWS:
        return count_option(c, opt, arg);
    case OPT_SHARD:
        c->batch_only = "--shard";
        return shard_option(c, arg);
    case OPT_LIST:
        c->batch_only = "--list";
        c->list = true;
        return 0;
    case OPT_LAYOUT:
        c->layout_json = arg;
        return 0;
    case OPT_ALT:
        c->alt_text = arg;
        return 0;
    case OPT_SVG_TEXT:
        c->opts.svg_text = arg; /* checked by the library (ml_chart_create) */
        return 0;
    default:
        return choice_option(c, opt, arg);
    }
}

void cli_init(struct cli *c)
{
    memset(c, 0, sizeof *c);
    ml_options_init(&c->opts); /* the library's defaults are the tool's */
    c->opts.warn = warn;
    c->opts.warn_user = c;
    c->jobs = 1;
    c->shard_k = c->shard_n = 1;
}

/* optind 0, not 1: glibc then also forgets where it was inside a group of short options
 * left unfinished by an earlier parse. */
int cli_parse(struct cli *c, int argc, char **argv)
{
    int opt;
    optind = 0;
    opterr = 0;
    while ((opt = getopt_long(argc, argv, ":c:o:f:d:s:W:H:t:l:j:b:qvhV", long_opts, NULL)) != -1) {
        if (opt == 'h') {
            help();
            return -1;
        }
        if (opt == 'V') {
            char v[512];
            ml_versions_format(v, sizeof v);
            fputs(v, stdout);
            return -1;
        }
        if (opt == '?')
            return usage_error("unknown option %s%s", argv[optind - 1], "");
        if (opt == ':')
            return usage_error("option %s needs a value%s", argv[optind - 1], "");
        int rc = apply_option(c, opt, optarg);
        if (rc)
            return rc;
    }
    if (optind < argc)
        c->input = argv[optind++];
    if (optind < argc)
        return usage_error("unexpected argument \"%s\" (one input FILE at a time; see batch)%s",
                           argv[optind], "");
    return 0;
}

static const struct option *long_option(const char *name)
{
    for (const struct option *o = long_opts; o->name; o++)
        if (strcmp(o->name, name) == 0)
            return o;
    return NULL;
}

bool cli_option_exists(const char *name, bool *takes_value)
{
    const struct option *o = long_option(name);
    if (o && takes_value)
        *takes_value = o->has_arg != no_argument;
    return o != NULL;
}

int cli_option(struct cli *c, const char *name, const char *value, struct ml_error *err)
{
    const struct option *o = long_option(name);
    option_sink = err;
    int rc = !o || o->val == 'h' || o->val == 'V' ? usage_error("unknown option --%s%s", name, "")
                                                  : apply_option(c, o->val, value);
    option_sink = NULL;
    /* What the library judges of the options so far: this one is the first that can fail. */
    if (rc == 0 && err && !ml_options_check(&c->opts, err))
        rc = EX_USAGE;
    return rc;
}

/* ------------------------------------------------------------------ rendering */

static const char *format_ext(enum ml_format f)
{
    return all_formats[f];
}

/* The format of path's extension, in any case (chart.PNG). */
static bool ext_format(const char *path, enum ml_format *f)
{
    const char *dot = strrchr(path, '.');
    for (int i = 0; dot && i < 3; i++)
        if (strcasecmp(dot + 1, all_formats[i]) == 0) {
            *f = (enum ml_format)i;
            return true;
        }
    return false;
}

/* The bundled data: from MEMBERLINE_DATA_DIR, a checkout's data/, beside the tool, or where
 * `make install` put it (the map's shapes are looked up in the same order). */
const char *cli_bundled_data(void)
{
    static const char *const beside[] = {"/data", "/../data", "/../share/memberline"};
    static char path[4096];
    const char *env = getenv("MEMBERLINE_DATA_DIR");
    if (env && *env) {
        snprintf(path, sizeof path, "%s/sco.json", env);
        return path;
    }
    if (access("data/sco.json", R_OK) == 0)
        return "data/sco.json";
    char exe[2048];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    char *slash = n > 0 ? (exe[n] = '\0', strrchr(exe, '/')) : NULL;
    for (size_t i = 0; slash && i < sizeof beside / sizeof *beside; i++) {
        *slash = '\0';
        snprintf(path, sizeof path, "%s%s/sco.json", exe, beside[i]);
        if (access(path, R_OK) == 0)
            return path;
    }
    snprintf(path, sizeof path, "%s/sco.json", ml_default_data_dir());
    return path;
}

/* Is standard input a pipe, a socket or a regular file (`cat x.json | memberline`,
 * `memberline < x.json`)? Then, as dot and vl2png do, it is the input when no FILE is given.
 * A terminal, /dev/null or a closed descriptor is not: `make run` still renders the bundled
 * data.
 */
static bool piped_stdin(void)
{
    struct stat st;
    return fstat(STDIN_FILENO, &st) == 0 &&
           (S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode) || S_ISREG(st.st_mode));
}

/* "members.png" as "members-2.png" for page 2 (the page before the extension); NULL when out
 * of memory. The caller frees it. */
static char *page_path(const char *path, int page)
{
    const char *dot = strrchr(path, '.'), *slash = strrchr(path, '/');
    if (!dot || (slash && dot < slash))
        dot = path + strlen(path);
    int n = snprintf(NULL, 0, "%.*s-%d%s", (int)(dot - path), path, page, dot);
    char *out = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (out)
        snprintf(out, (size_t)n + 1, "%.*s-%d%s", (int)(dot - path), path, page, dot);
    return out;
}

static int out_of_memory(void)
{
    fprintf(stderr, "memberline: error: out of memory\n");
    return EX_OSERR;
}

/* Whether bytes h[0, n) hold needle[0, m) (memmem is a GNU extension). */
static bool holds(const char *h, size_t n, const char *needle, size_t m)
{
    for (size_t i = 0; i + m <= n; i++)
        if (memcmp(h + i, needle, m) == 0)
            return true;
    return false;
}

/* Whether the regular file name holds a page memberline wrote: a PNG whose Software text chunk
 * says memberline, or an SVG with memberline's title ids. Other files of a page's name (a
 * user's own members-5.png) are never removed. */
static bool our_page(const char *name)
{
    static const char png_sig[] = "\x89PNG\r\n\x1a\n", software[] = "tEXtSoftware\0memberline";
    char head[16384];
    FILE *f = fopen(name, "rb");
    size_t n = f ? fread(head, 1, sizeof head, f) : 0;
    if (f)
        fclose(f);
    if (n >= 8 && memcmp(head, png_sig, 8) == 0)
        return holds(head, n, software, sizeof software - 1);
    return holds(head, n, "<svg", 4) && holds(head, n, "aria-labelledby=\"ml", 19);
}

/* The page files of an earlier run that this one did not write: FILE-K.png for K past the
 * pages just written (from 1 when the chart was written as FILE.png), up to the first K with
 * no file. Pages memberline wrote are removed, so that the folder holds this chart's pages
 * only; anything else of that name (a folder, a link, a file of the user's) is left and named. */
static void remove_stale_pages(const struct cli *c, const char *path, int written)
{
    for (int k = written + 1;; k++) {
        struct stat st;
        char *name = page_path(path, k);
        if (!name || lstat(name, &st) != 0) {
            free(name);
            return;
        }
        bool removed = S_ISREG(st.st_mode) && our_page(name) && unlink(name) == 0;
        if (!c->quiet)
            fprintf(stderr,
                    removed ? "memberline: removed %s: a page of an earlier run (this chart has "
                              "%d page%s)\n"
                            : "memberline: left %s: not a page memberline wrote, so not "
                              "removed (this chart has %d page%s)\n",
                    name, written > 0 ? written : 1, written > 1 ? "s" : "");
        free(name);
    }
}

/* Every page, one file each, all or none (see ml_chart_write_file_pages). */
static int write_page_files(const struct cli *c, struct ml_chart *ch, enum ml_format f,
                            const char *path, int n)
{
    struct ml_error err = {0};
    char **names = calloc((size_t)n, sizeof *names);
    int rc = names ? 0 : out_of_memory();
    for (int k = 0; !rc && k < n; k++)
        if (!(names[k] = page_path(path, k + 1)))
            rc = out_of_memory();
    if (!rc && !ml_chart_write_file_pages(ch, f, (const char *const *)names, n, &err))
        rc = cli_report(&err);
    for (int k = 0; !rc && k < n && !c->quiet && !c->quiet_writes; k++)
        fprintf(stderr, "memberline: wrote %s (page %d of %d)\n", names[k], k + 1, n);
    if (!rc)
        remove_stale_pages(c, path, n);
    for (int k = 0; names && k < n; k++)
        free(names[k]);
    free(names);
    return rc;
}

/* A chart of several pages: every page in one PDF; one PNG or SVG file a page, named
 * FILE-1.png, FILE-2.png ... (the tool says which, unless -q); --page N: page N alone.
 * Returns -1 when the chart is written as one file. */
static int write_pages(struct cli *c, struct ml_chart *ch, enum ml_format f, const char *path)
{
    struct ml_error err = {0};
    int n = ml_chart_page_count(ch);
    bool to_stdout = strcmp(path, "-") == 0;
    if (c->page > 0)
        return (to_stdout ? ml_chart_write_stream_page(ch, f, c->page, stdout, &err)
                          : ml_chart_write_file_page(ch, f, c->page, path, &err))
                   ? 0
                   : cli_report(&err);
    if (f == ML_FORMAT_PDF || n == 1)
        return -1;
    if (to_stdout)
        return usage_error("the chart has several pages: -o - writes one, chosen with --page "
                           "N%s%s",
                           "", "");
    return write_page_files(c, ch, f, path, n);
}

static int write_one(struct cli *c, struct ml_chart *ch, enum ml_format f, const char *path)
{
    struct ml_error err = {0};
    int rc = write_pages(c, ch, f, path);
    if (rc >= 0)
        return rc;
    bool ok = strcmp(path, "-") == 0 ? ml_chart_write_stream(ch, f, stdout, &err)
                                     : ml_chart_write_file(ch, f, path, &err);
    if (!ok)
        return cli_report(&err);
    if (!c->quiet && !c->quiet_writes && ml_chart_page_count(ch) > 1)
        fprintf(stderr, "memberline: wrote %s (%d pages)\n", path, ml_chart_page_count(ch));
    /* One PNG or SVG file for the whole chart: FILE-1.png ... of an earlier run of several
     * pages are stale. A PDF is always one file. */
    if (f != ML_FORMAT_PDF && strcmp(path, "-") != 0)
        remove_stale_pages(c, path, 0);
    if (c->verbose) {
        double w, h;
        ml_chart_size(ch, &w, &h);
        fprintf(stderr, "memberline: wrote %s (%.0f x %.0f px)\n", path, w / PX, h / PX);
    }
    return 0;
}

static int write_extras(struct cli *c, struct ml_chart *ch)
{
    struct ml_error err = {0};
    if (c->layout_json && !ml_chart_write_layout_json(ch, c->layout_json, &err))
        return cli_report(&err);
    if (c->alt_text && !ml_chart_write_alt_text(ch, c->alt_text, &err))
        return cli_report(&err);
    return 0;
}

/* The chart for format f: ch when it serves (a chart of one page no taller than f's page is
 * the same for every format), else one laid out for f (ml_options_set_format: a PDF pages at
 * its width times sqrt(2), a PNG or SVG grows). NULL with err set. */
static struct ml_chart *chart_for(struct cli *c, struct ml_renderer *r, const struct ml_doc *doc,
                                  struct ml_chart *ch, double *ch_most, enum ml_format f,
                                  struct ml_error *err)
{
    struct ml_options o = c->opts;
    ml_options_set_format(&o, f);
    double w, h;
    if (ch)
        ml_chart_size(ch, &w, &h);
    if (ch && (o.max_height == *ch_most ||
               (ml_chart_page_count(ch) == 1 && (o.max_height == 0 || h <= o.max_height + 0.5))))
        return ch;
    ml_chart_destroy(ch);
    *ch_most = o.max_height;
    return ml_chart_create(r, doc, &o, err);
}

static int render_chart(struct cli *c, struct ml_renderer *r, const struct ml_doc *doc,
                        const char *chart)
{
    struct ml_error err = {0};
    int rc = 0;
    struct ml_chart *ch = NULL;
    double most = 0;
    c->opts.chart = chart;
    for (int i = 0; i < c->n_formats && !rc; i++) {
        char path[4096];
        if (!(ch = chart_for(c, r, doc, ch, &most, c->formats[i], &err)))
            return cli_report(&err);
        if (c->output)
            snprintf(path, sizeof path, "%s", c->output);
        else
            snprintf(path, sizeof path, "%s/%s.%s", c->output_dir, chart,
                     format_ext(c->formats[i]));
        rc = write_one(c, ch, c->formats[i], path);
        /* The layout dump and the alt text describe the chart of the first format. */
        if (!rc && i == 0)
            rc = write_extras(c, ch);
    }
    ml_chart_destroy(ch);
    return rc;
}

static int is_stdout(const char *path)
{
    return path && strcmp(path, "-") == 0;
}

/* --scale and --dpi size PNG pixels: say so when no PNG is written (an error under --strict,
 * like every warning). */
static int warn_unused_scale(struct cli *c)
{
    char msg[128];
    for (int i = 0; i < c->n_formats; i++)
        if (c->formats[i] == ML_FORMAT_PNG)
            return 0;
    if (!c->scale_option)
        return 0;
    snprintf(msg, sizeof msg, "%s applies to PNG only; %s is the same at any scale",
             c->scale_option, c->n_formats == 1 ? format_ext(c->formats[0]) : "SVG and PDF");
    if (c->opts.strict) {
        fprintf(stderr, "memberline: error: %s (--strict)\n", msg);
        return EX_DATAERR;
    }
    warn(c, msg);
    return 0;
}

/* Fill in what the options imply: formats from -o's extension, defaults. */
static int settle(struct cli *c)
{
    c->opts.max_height = c->opts.height > 0 ? 0 : c->page_h;
    if (c->n_charts == 0) {
        c->charts[0] = "timeline";
        c->n_charts = 1;
    }
    if (c->output && c->output_dir)
        return usage_error("use either --output or --output-dir, not both%s%s", "", "");
    if (c->output && strcmp(c->output, "-") != 0 && c->n_formats == 0) {
        if (!ext_format(c->output, &c->formats[0]))
            return usage_error("--output: cannot tell the format of \"%s\" (use .png, .svg or "
                               ".pdf, or --format)%s",
                               c->output, "");
        c->n_formats = 1;
    }
    enum ml_format named;
    if (c->output && c->n_formats == 1 && ext_format(c->output, &named) && named != c->formats[0])
        return usage_error(
            "--output \"%s\" does not end in .%s (the extension must match --format)", c->output,
            format_ext(c->formats[0]));
    if (c->output && strcmp(c->output, "-") == 0 && c->n_formats != 1)
        return usage_error("-o - writes to standard output and needs one --format%s%s", "", "");
    if (!c->output && !c->output_dir)
        return usage_error("say where to write: -o FILE or --output-dir DIR%s%s", "", "");
    if (c->n_formats == 0) {
        for (int i = 0; i < 3; i++)
            c->formats[i] = (enum ml_format)i;
        c->n_formats = 3;
    }
    if (c->output && (c->n_charts > 1 || c->n_formats > 1))
        return usage_error("several charts or formats need --output-dir DIR, not -o%s%s", "", "");
    if ((c->layout_json || c->alt_text) && c->n_charts > 1)
        return usage_error("--layout-json and --alt-text take one chart at a time%s%s", "", "");
    if (is_stdout(c->output) + is_stdout(c->layout_json) + is_stdout(c->alt_text) > 1)
        return usage_error("only one of -o, --layout-json and --alt-text can write to standard "
                           "output (-)%s%s",
                           "", "");
    return warn_unused_scale(c);
}

static int ensure_dir(const char *dir)
{
    struct stat st;
    if (stat(dir, &st) == 0)
        return S_ISDIR(st.st_mode)
                   ? 0
                   : (fprintf(stderr, "memberline: %s: not a folder\n", dir), EX_CANTCREAT);
    if (mkdir(dir, 0777) != 0) {
        fprintf(stderr, "memberline: cannot create %s: %s\n", dir, strerror(errno));
        return EX_CANTCREAT;
    }
    return 0;
}

void doc_cache_finish(struct doc_cache *dc)
{
    ml_doc_destroy(dc->doc);
    free(dc->path);
    *dc = (struct doc_cache){0};
}

static bool same_file(const struct stat *a, const struct stat *b)
{
    return a->st_dev == b->st_dev && a->st_ino == b->st_ino && a->st_size == b->st_size &&
           a->st_mtim.tv_sec == b->st_mtim.tv_sec && a->st_mtim.tv_nsec == b->st_mtim.tv_nsec;
}

/* The document at path: from the cache when it holds that file unchanged. */
static struct ml_doc *doc_get(struct doc_cache *dc, const char *path, struct ml_error *err)
{
    struct stat st;
    bool cacheable = dc && strcmp(path, "-") != 0 && stat(path, &st) == 0;
    if (cacheable && dc->doc && strcmp(dc->path, path) == 0 && same_file(&dc->st, &st))
        return dc->doc;
    struct ml_doc *doc = ml_doc_load_file(path, err);
    if (!doc || !cacheable)
        return doc;
    doc_cache_finish(dc);
    dc->path = strdup(path);
    if (!dc->path)
        return doc; /* not kept: the caller frees it */
    dc->st = st;
    dc->doc = doc;
    return doc;
}

/* The document is read before the fonts start: bad input fails fast, and no font machinery
 * (pango starts fontconfig on a thread of its own) is torn down half-started. */
static int render_all(struct cli *c, struct ml_renderer *shared, struct doc_cache *dc)
{
    struct ml_error err = {0};
    int rc = settle(c);
    if (rc)
        return rc;
    if (!ml_options_check(&c->opts, &err))
        return cli_report(&err);
    if (c->output_dir && (rc = ensure_dir(c->output_dir)))
        return rc;
    const char *input = c->input                        ? c->input
                        : !c->no_stdin && piped_stdin() ? "-"
                                                        : cli_bundled_data();
    struct ml_doc *doc = doc_get(dc, input, &err);
    if (!doc)
        return cli_report(&err);
    struct ml_renderer *r = shared ? shared : ml_renderer_create(&err);
    if (!r)
        rc = cli_report(&err);
    for (int i = 0; r && i < c->n_charts && !rc; i++)
        rc = render_chart(c, r, doc, c->charts[i]);
    if (r != shared)
        ml_renderer_destroy(r);
    if (!dc || dc->doc != doc)
        ml_doc_destroy(doc);
    return rc;
}

int cli_render(struct cli *c, struct ml_renderer *shared, struct doc_cache *dc)
{
    report_job = c->job_name;
    int rc = render_all(c, shared, dc);
    report_job = NULL;
    return rc;
}

static int render_command(int argc, char **argv)
{
    struct cli c;
    cli_init(&c);
    int rc = cli_parse(&c, argc, argv);
    if (rc)
        return rc < 0 ? 0 : rc;
    if (c.batch_only) /* as check refuses it: a render ignoring it would do all the work */
        return usage_error("%s is a batch option (memberline batch %s ... MANIFEST.json)",
                           c.batch_only, c.batch_only);
    if (argc <= 1) {
        /* No arguments: every chart of the bundled data, every format, into output/. */
        c.output_dir = "output";
        c.n_charts = MAX_CHARTS;
        memcpy(c.charts, all_charts, sizeof all_charts);
        c.verbose = true;
    }
    return cli_render(&c, NULL, NULL);
}

/* ------------------------------------------------------------------ check */

static void check_help(void)
{
    fputs("Usage: memberline check [-q] [--strict] [--] FILE...\n"
          "Validate memberline JSON files and report every error of each (up to 50), as\n"
          "FILE:LINE:COLUMN: error: ... for JSON syntax and FILE: PATH: error: ... for the "
          "data.\n"
          "A valid file gets a one-line summary on standard output. - reads standard input.\n"
          "Warnings (FILE: PATH: warning: ...) name valid data a chart may not show as meant,\n"
          "such as a member the map cannot match to a shape.\n"
          "\n"
          "  -q, --quiet   no summaries: only errors and warnings\n"
          "      --strict  warnings make the file fail (exit 65), as --strict does for charts\n"
          "  -h, --help    this help\n"
          "\n"
          "Exit status: 0 all valid, 65 bad data, 66 a file cannot be read, 64 usage.\n",
          stdout);
}

static int check_one(const char *path, bool quiet, bool strict)
{
    int worst = EX_OK;
    struct ml_diagnostics d;
    char line[1024];
    struct ml_doc *doc = ml_doc_check_file(path, &d);
    for (size_t k = 0; k < d.count; k++) {
        ml_error_format(&d.items[k], line, sizeof line);
        fprintf(stderr, "%s\n", line);
        int rc = d.items[k].code != ML_WARNING ? exit_code(d.items[k].code)
                 : strict                      ? EX_DATAERR
                                               : EX_OK;
        if (rc > worst)
            worst = rc;
    }
    if (d.dropped)
        fprintf(stderr, "%s: %zu more errors not shown\n", path, d.dropped);
    if (doc && !quiet) {
        ml_doc_summary(doc, line, sizeof line);
        printf("%s\n", line);
    }
    ml_doc_destroy(doc);
    return worst;
}

/* argv[0] is "check". Options first (-q, -h, --), then files; "-" is standard input. */
static int check_files(int argc, char **argv)
{
    bool quiet = false, strict = false;
    int i = 1;
    for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
        if (strcmp(argv[i], "--") == 0) {
            i++;
            break;
        }
        if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            check_help();
            return 0;
        }
        if (strcmp(argv[i], "--strict") == 0)
            strict = true;
        else if (strcmp(argv[i], "-q") == 0 || strcmp(argv[i], "--quiet") == 0)
            quiet = true;
        else
            return usage_error(
                "check: unknown option %s (expected -q, --quiet, --strict or --help)%s", argv[i],
                "");
    }
    if (i >= argc)
        return usage_error("check needs at least one FILE%s%s", "", "");
    int worst = EX_OK;
    for (; i < argc; i++) {
        int rc = check_one(argv[i], quiet, strict);
        if (rc > worst)
            worst = rc;
    }
    return worst;
}

static int run(int argc, char **argv)
{
    if (argc >= 2 && strcmp(argv[1], "check") == 0)
        return check_files(argc - 1, argv + 1);
    if (argc >= 2 && strcmp(argv[1], "batch") == 0)
        return batch_command(argc - 1, argv + 1);
    if (argc >= 2 && strcmp(argv[1], "render") == 0)
        return render_command(argc - 1, argv + 1);
    return render_command(argc, argv);
}

/* Standard output is checked at the end, as a file is: --help or check into a full disk or a
 * closed pipe is an I/O error (74) with a message, not a silent success or death by SIGPIPE. */
int main(int argc, char **argv)
{
    signal(SIGPIPE, SIG_IGN);
    int rc = run(argc, argv);
    errno = 0;
    if (fflush(stdout) != 0 || ferror(stdout)) {
        if (rc != EX_IOERR) /* a render's own write error is reported where it happened */
            fprintf(stderr, "memberline: error: cannot write to standard output: %s\n",
                    strerror(errno ? errno : EIO));
        return rc ? rc : EX_IOERR;
    }
    return rc;
}
