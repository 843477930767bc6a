/* The rendering API: options -> chart_opts -> a chart module's layout -> output. */
#include <math.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "alt.h"
#include "chart.h"
#include "error.h"
#include "frame.h"
#include "i18n.h"
#include "output.h"
#include "theme_file.h"
#include "svg.h"
#include "world.h"

struct ml_renderer {
    atomic_int refs; /* the caller's, and one for each chart made with it */
    struct text_ctx *text;
    struct world *world;       /* loaded before the first map is laid out, NULL until then */
    struct theme_cache themes; /* theme files, each read once */
    char *data_dir;            /* ml_renderer_set_data_dir; NULL: the default search */
};

struct ml_chart {
    struct ml_renderer *r;
    struct layout layout;
    struct output_opts out;
    struct chart_opts opts;
    char *id_prefix; /* out.id_prefix; owned */
};

static const struct chart_kind kinds[] = {
    {"timeline", timeline_layout, false, false},
    {"membership", membership_layout, false, true},
    {"count", count_layout, false, false},
    {"map", map_layout, true, false},
};

const struct chart_kind *chart_find(const char *name)
{
    for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
        if (strcmp(kinds[i].name, name) == 0)
            return &kinds[i];
    return NULL;
}

static void flush_warnings(const struct ml_options *o, const struct chart_state *st)
{
    int n = st->warnings < CHART_MAX_WARNINGS ? st->warnings : CHART_MAX_WARNINGS;
    if (!o->warn)
        return;
    for (int i = 0; i < n; i++)
        o->warn(o->warn_user, st->messages[i]);
    if (st->warnings > n) {
        char msg[64];
        snprintf(msg, sizeof msg, "%d more warnings", st->warnings - n);
        o->warn(o->warn_user, msg);
    }
}

struct ml_renderer *ml_renderer_create(struct ml_error *err)
{
    struct ml_renderer *r = calloc(1, sizeof *r);
    if (!r) {
        error_set(err, ML_ERROR_NOMEM, "out of memory");
        return NULL;
    }
    svg_init();
    r->text = text_ctx_create(err);
    if (!r->text) {
        free(r);
        return NULL;
    }
    atomic_init(&r->refs, 1);
    return r;
}

/* Drop one reference; the last frees the renderer. */
static void renderer_release(struct ml_renderer *r)
{
    if (!r || atomic_fetch_sub(&r->refs, 1) > 1)
        return;
    text_ctx_destroy(r->text);
    world_destroy(r->world);
    theme_cache_finish(&r->themes);
    free(r->data_dir);
    free(r);
}

void ml_renderer_destroy(struct ml_renderer *r)
{
    renderer_release(r);
}

const char *ml_default_data_dir(void)
{
    return ML_DATADIR;
}

bool ml_renderer_set_data_dir(struct ml_renderer *r, const char *dir, struct ml_error *err)
{
    char *copy = NULL;
    if (!r) {
        error_set(err, ML_ERROR_USAGE, "ml_renderer_set_data_dir needs a renderer");
        return false;
    }
    if (dir && !*dir) {
        error_set(err, ML_ERROR_USAGE, "the data folder is an empty string (expected a folder)");
        return false;
    }
    if (dir && !(copy = strdup(dir))) {
        error_set(err, ML_ERROR_NOMEM, "out of memory");
        return false;
    }
    free(r->data_dir);
    r->data_dir = copy;
    world_destroy(r->world); /* read again, from the new folder, by the next map */
    r->world = NULL;
    return true;
}

/* Type sizes follow the chart size, so a slide reads from the back of a room and an A4 page
 * does not shout. Four sizes (title, subtitle, text, small), as in a printed figure: sizes a
 * few tenths of a point apart read as the same size but cost pango a font sort each (~10 M
 * instructions, about 3% of a chart). */
void chart_set_fonts(struct chart_opts *c)
{
    const char *fam = c->theme.font_family;
    double base = fmin(fmax(c->width / 115.0, 7.5), 20.0) * c->theme.type_scale;
    if (c->fixed_height && c->height > 0)
        base = fmin(base, fmax(c->height / 52.0, 6.5) * c->theme.type_scale);
    c->fonts.title = (struct font){fam, base * 1.7, true, false};
    c->fonts.subtitle = (struct font){fam, base * 1.12, false, false};
    c->fonts.label = (struct font){fam, base, false, false};
    /* Small type (axis, legend, notes) never below 7 pt (less only when the type is scaled
     * down): the least that prints legibly on an A4 or column page, where base * 0.84 would
     * give 6.3 pt. */
    double floor_pt = 7.0 * fmin(c->theme.type_scale, 1.0);
    double small = fmax(base * 0.84, fmin(floor_pt, base));
    c->fonts.small = (struct font){fam, small, false, false};
    c->fonts.axis = c->fonts.small;
    c->fonts.legend = c->fonts.small;
    c->fonts.note = c->fonts.small;
    c->fonts.header = (struct font){fam, base, true, false};
    c->gap = base;
    c->margin = fmax(base * 1.5, c->width * 0.022);
}

/* On a slide no text is smaller than 1.25% of its width (24 px on 1920 x 1080): every type
 * size grows in proportion (the timeline, count and map; membership raises only what is below
 * the floor, to keep its rows). */
void chart_slide_type(struct chart_opts *o)
{
    struct font *all[] = {&o->fonts.title, &o->fonts.subtitle, &o->fonts.label, &o->fonts.small,
                          &o->fonts.axis,  &o->fonts.legend,   &o->fonts.note,  &o->fonts.header};
    double least = o->width * 0.0125, smallest = INFINITY;
    for (size_t i = 0; i < sizeof all / sizeof(struct font *); i++)
        smallest = fmin(smallest, all[i]->size);
    double k = least / smallest;
    if (!(k > 1))
        return;
    for (size_t i = 0; i < sizeof all / sizeof(struct font *); i++)
        all[i]->size *= k;
    o->gap *= k;
}

/* A date ml_options_check has accepted. */
static void opt_date(const char *s, struct date *d, bool *has)
{
    const char *why = NULL;
    *has = s && date_parse(s, d, &why);
}

/* The data's language for a BCP 47 tag: the same code, else the most specific data language
 * the tag falls back to ("ru-RU" -> "ru", "zh-Hant-TW" -> "zh-Hant" before "zh"); -1 if none. */
static int doc_lang_of(const struct ml_doc *doc, const char *tag)
{
    int best = model_lang_index(doc, tag);
    for (int k = 0; best < 0 && k < doc->n_langs; k++)
        if (i18n_tag_matches(tag, doc->langs[k]) &&
            (best < 0 || strlen(doc->langs[k]) > strlen(doc->langs[best])))
            best = k;
    return best;
}

/* The same, where "zh-TW" and "zh-HK" also read the data's "zh-Hant" before its "zh". */
static int doc_lang(const struct ml_doc *doc, const char *tag)
{
    const char *script = i18n_script_tag(tag);
    int best = model_lang_index(doc, tag);
    if (best < 0 && strcmp(script, tag) != 0)
        best = doc_lang_of(doc, script);
    return best < 0 ? doc_lang_of(doc, tag) : best;
}

/* Any BCP 47 tag: the data's texts in the closest data language (else its first: a plain
 * string serves every language, and a translated text without this one is counted by
 * chart_text as missing), and the chart's words, dates and numbers in the tag as asked. */
static bool resolve_lang(const struct ml_doc *doc, const char *lang, struct chart_opts *c,
                         struct ml_error *err)
{
    c->lang = 0;
    c->lang_code = doc->n_langs ? doc->langs[0] : "en";
    if (!lang)
        return true;
    if (!i18n_valid_tag(lang)) {
        error_at(err, ML_ERROR_USAGE, NULL, -1, -1, "lang",
                 "\"%.20s\" is not a BCP 47 language tag (expected a code such as \"en\", "
                 "\"pt-BR\" or \"zh-Hant-TW\")",
                 lang);
        return false;
    }
    int i = doc_lang(doc, lang);
    c->lang = i; /* -1: every translated text falls back, and chart_text counts it */
    /* Dates and numbers follow the tag as asked ("pt-BR", not only "pt"). */
    snprintf(c->lang_tag, sizeof c->lang_tag, "%s", lang);
    c->lang_code = i >= 0 && strcmp(lang, doc->langs[i]) == 0 ? doc->langs[i] : c->lang_tag;
    return true;
}

/* background and font_scale over the theme (ml_options_check has accepted them);
 * "transparent" is applied by the output. */
static void resolve_look(const struct ml_options *o, struct chart_opts *c)
{
    if (o->background && strcmp(o->background, "transparent") != 0)
        color_parse(o->background, &c->theme.background);
    if (o->font_scale != 0)
        c->theme.type_scale *= o->font_scale;
}

static bool resolve(struct ml_renderer *r, const struct ml_doc *doc, const struct ml_options *o,
                    struct chart_opts *c, struct ml_error *err)
{
    bool has_as_of;
    memset(c, 0, sizeof *c);
    c->user = o;
    if (!theme_cache_get(&r->themes, o->theme ? o->theme : "light", &c->theme, err) ||
        !resolve_lang(doc, o->lang, c, err))
        return false;
    theme_font_for_lang(&c->theme, c->lang_code);
    /* Only the time charts have a time axis to mirror; a map keeps its geography. */
    bool timed = !o->chart || strcmp(o->chart, "map") != 0;
    c->mirror = timed && o->direction &&
                (strcmp(o->direction, "rtl") == 0 ||
                 (strcmp(o->direction, "auto") == 0 && i18n_rtl(c->lang_code)));
    resolve_look(o, c);
    if (o->font && *o->font)
        snprintf(c->theme.font_family, sizeof c->theme.font_family, "%s", o->font);
    c->width = o->width > 0 ? o->width : ML_DEFAULT_WIDTH;
    c->height = o->height > 0 ? o->height : 0;
    c->fixed_height = c->height > 0;
    c->min_height = c->fixed_height ? 0 : fmax(o->min_height, c->width * o->min_height_ratio);
    opt_date(o->from, &c->from, &c->has_from);
    opt_date(o->to, &c->to, &c->has_to);
    opt_date(o->as_of, &c->as_of, &has_as_of);
    if (!has_as_of) {
        if (doc->has_as_of)
            c->as_of = doc->as_of;
        else
            date_today(&c->as_of);
    }
    chart_set_fonts(c);
    return true;
}

static void resolve_texts(const struct ml_doc *doc, const struct ml_options *o,
                          struct chart_opts *c)
{
    c->title = o->no_title ? NULL : (o->title ? o->title : chart_text(c, &doc->title));
    c->subtitle = o->no_title ? NULL : (o->subtitle ? o->subtitle : chart_text(c, &doc->subtitle));
    c->source_note = o->source_note ? o->source_note : chart_text(c, &doc->source);
}

/* A label no installed font can draw: name it, its first such character and a package. */
static void warn_unknown_glyphs(const struct chart_opts *c, struct text_ctx *ctx,
                                const struct item *it, int count)
{
    unsigned ch = text_first_unknown(ctx, it->text, &it->font, it->wrap);
    const char *pkg = text_font_package(ch);
    if (pkg)
        chart_warn(c->state,
                   "no installed font can draw %d character(s) of \"%.60s\", first U+%04X "
                   "(install %s, or use --font)",
                   count, it->text, ch, pkg);
    else
        chart_warn(c->state,
                   "no installed font can draw %d character(s) of \"%.60s\", first U+%04X "
                   "(a private-use or unassigned character: no font package covers it; install "
                   "fonts-noto-core or fonts-noto-extra for other scripts, or use --font with a "
                   "font made for it)",
                   count, it->text, ch);
}

/* Warnings found after layout: labels no font can draw, texts without a translation. */
static void late_warnings(const struct chart_opts *c, struct text_ctx *ctx, struct layout *l)
{
    int reported = 0;
    for (size_t i = 0; i < l->n_items && reported < 5; i++) {
        struct item *it = &l->items[i];
        struct text_size ts;
        if (it->kind != ITEM_TEXT)
            continue;
        text_measure(ctx, it->text, &it->font, it->wrap, it->align, &ts);
        if (ts.unknown_glyphs > 0) {
            warn_unknown_glyphs(c, ctx, it, ts.unknown_glyphs);
            reported++;
        }
    }
    if (!i18n_known(c->lang_code) && i18n_cldr_known(c->lang_code))
        chart_warn(c->state,
                   "no chart words for language \"%s\": they are in English (dates and numbers "
                   "follow CLDR's \"%s\")",
                   c->lang_code, c->lang_code);
    else if (!i18n_known(c->lang_code))
        chart_warn(c->state,
                   "no chart words for language \"%s\", and CLDR does not know it: chart words, "
                   "dates and numbers are in English",
                   c->lang_code);
    if (c->state->missing_texts)
        chart_warn(
            c->state,
            "%d text(s) have no \"%s\" translation; shown in the data's first language: %s%s",
            c->state->missing_texts, c->lang_code, c->state->missing,
            c->state->missing_texts > 4 ? ", ..." : "");
}

/* Every chart module writes its own description; this is the floor when one does not. */
static bool default_alt_text(struct layout *l, const struct ml_doc *doc, const struct chart_opts *c)
{
    struct strbuf b = {0};
    char date[128], events[128], members[128];
    i18n_date(c->lang_code, &c->as_of, date, sizeof date);
    i18n_message(c->lang_code, M_EVENTS, (long)doc->n_events, events, sizeof events);
    i18n_message(c->lang_code, M_MEMBERS, (long)doc->n_members, members, sizeof members);
    alt_title(&b, c);
    if (c->subtitle && *c->subtitle)
        i18n_sentence_add(&b, c->lang_code, S_TITLE, c->subtitle, NULL, NULL, 0);
    i18n_sentence_add(&b, c->lang_code, S_DEFAULT, date, events, members, 0);
    bool ok = !b.nomem && item_set(l, &l->alt_text, b.s ? b.s : "");
    strbuf_finish(&b);
    return ok;
}

/* Every page file (a PNG or SVG of page 2) carries the chart's title, description and
 * language. */
static bool page_metadata(struct layout *l, struct ml_error *err)
{
    for (struct layout *p = l->next; p; p = p->next)
        if ((l->title && !item_set(p, &p->title, l->title)) ||
            (l->subject && !item_set(p, &p->subject, l->subject)) ||
            (l->alt_text && !item_set(p, &p->alt_text, l->alt_text)) ||
            (l->lang && !item_set(p, &p->lang, l->lang)) ||
            (l->source && !item_set(p, &p->source, l->source))) {
            error_set(err, ML_ERROR_NOMEM, "out of memory while laying out the chart");
            return false;
        }
    return true;
}

static bool run_layout(struct ml_chart *ch, const struct chart_kind *kind, const struct ml_doc *doc,
                       struct chart_opts *c, struct ml_error *err)
{
    struct layout *l = &ch->layout;
    text_begin_chart(ch->r->text);
    text_set_language(ch->r->text, c->lang_code);
    layout_init(l, kind->name);
    l->width = c->width;
    l->height = c->height;
    l->background = c->theme.background;
    resolve_texts(doc, c->user, c);
    bool laid_out = kind->layout(doc, c, ch->r->text, l, err);
    if (!laid_out && !l->nomem)
        return false;
    if (c->mirror)
        frame_mirror(l, c);
    if (l->nomem) { /* a layout may stop at its first failed allocation without saying why */
        error_set(err, ML_ERROR_NOMEM, "out of memory while laying out the chart");
        return false;
    }
    char missing[256], used[256];
    if (c->user->font &&
        text_family_missing(ch->r->text, c->user->font, missing, sizeof missing, used, sizeof used))
        chart_warn(c->state, "font family \"%s\" is not installed; the chart uses \"%s\" instead",
                   missing, used);
    for (struct layout *p = l; p; p = p->next)
        late_warnings(c, ch->r->text, p);
    options_warn_unused(c->user, kind->name, c->state);
    if (c->user->strict && c->state->warnings) {
        error_set(err, ML_ERROR_WARNING, "%d warning(s), and --strict makes them errors",
                  c->state->warnings);
        return false;
    }
    if ((!l->title && c->title && !item_set(l, &l->title, c->title)) ||
        (!l->alt_text && !default_alt_text(l, doc, c)) ||
        (!l->lang && !item_set(l, &l->lang, c->lang_code)) ||
        (!l->source && c->source_note && *c->source_note &&
         !item_set(l, &l->source, c->source_note)) ||
        (!l->subject && c->subtitle && *c->subtitle && !item_set(l, &l->subject, c->subtitle))) {
        error_set(err, ML_ERROR_NOMEM, "out of memory while laying out the chart");
        return false;
    }
    return page_metadata(l, err);
}

/* svg_text and id_prefix, which ml_options_check has accepted. */
static bool svg_options(struct ml_chart *ch, const struct ml_options *o, struct ml_error *err)
{
    ch->out.svg_paths = o->svg_text && strcmp(o->svg_text, "paths") == 0;
    if (!o->id_prefix)
        return true;
    ch->id_prefix = strdup(o->id_prefix);
    if (!ch->id_prefix) {
        error_set(err, ML_ERROR_NOMEM, "out of memory");
        return false;
    }
    ch->out.id_prefix = ch->id_prefix;
    return true;
}

/* The tallest page a growing chart may have: the page named, else the most a PDF or a viewer
 * takes (a taller membership chart goes on pages of this height). */
static double most_height(const struct ml_options *o)
{
    return o->max_height > 0 ? o->max_height : ML_LENGTH_MAX;
}

struct ml_chart *ml_chart_create(struct ml_renderer *r, const struct ml_doc *doc,
                                 const struct ml_options *o, struct ml_error *err)
{
    struct chart_state state = {0};
    if (!r || !doc || !o) {
        error_set(err, ML_ERROR_USAGE, "ml_chart_create needs a renderer, a document and options");
        return NULL;
    }
    if (!ml_options_check(o, err))
        return NULL;
    const struct chart_kind *kind = chart_find(o->chart ? o->chart : "timeline");
    struct ml_chart *ch = calloc(1, sizeof *ch);
    if (!ch) {
        error_set(err, ML_ERROR_NOMEM, "out of memory");
        return NULL;
    }
    /* The options live as long as the chart: text items point at the theme's font family. */
    struct chart_opts *c = &ch->opts;
    ch->r = r; /* released by ml_chart_destroy: the chart draws with the renderer's fonts */
    atomic_fetch_add(&r->refs, 1);
    ch->out.png_scale = o->png_scale > 0 ? o->png_scale : 96.0 / 72.0;
    ch->out.transparent =
        o->transparent || (o->background && strcmp(o->background, "transparent") == 0);
    if (!resolve(r, doc, o, c, err) || !svg_options(ch, o, err)) {
        ml_chart_destroy(ch);
        return NULL;
    }
    if (kind->world && !r->world && !(r->world = world_load_default(r->data_dir, err))) {
        ml_chart_destroy(ch);
        return NULL;
    }
    c->state = &state;
    c->world = kind->world ? r->world : NULL;
    bool ok = run_layout(ch, kind, doc, c, err);
    /* The content needs less than the default page: lay it out again to fill it. Or it is
     * taller than the page size asked for (A4 with --height auto, a PDF's width x sqrt(2)) or
     * than 200 in: pages of that size. */
    double again = 0;
    if (ok && !c->fixed_height && c->min_height > ch->layout.height)
        again = c->min_height;
    else if (ok && kind->pages && !c->fixed_height && ch->layout.height > most_height(o) + 0.5)
        again = most_height(o);
    if (again > 0) {
        layout_finish(&ch->layout);
        chart_state_finish(&state);
        c->height = again;
        c->fixed_height = true;
        c->grown_pages = again != c->min_height;
        chart_set_fonts(c);
        ok = run_layout(ch, kind, doc, c, err);
    }
    flush_warnings(o, &state);
    chart_state_finish(&state);
    c->state = NULL; /* the caller's and the renderer's, valid during layout only */
    c->user = NULL;
    c->world = NULL;
    if (!ok) {
        ml_chart_destroy(ch);
        return NULL;
    }
    return ch;
}

void ml_chart_destroy(struct ml_chart *ch)
{
    if (!ch)
        return;
    layout_finish(&ch->layout);
    free(ch->id_prefix);
    renderer_release(ch->r);
    free(ch);
}

void ml_chart_size(const struct ml_chart *ch, double *w, double *h)
{
    *w = ch->layout.width;
    *h = ch->layout.height;
}

bool ml_chart_write_file(struct ml_chart *ch, enum ml_format f, const char *path,
                         struct ml_error *err)
{
    if (err)
        memset(err, 0, sizeof *err);
    return output_file(&ch->layout, ch->r->text, &ch->out, f, path, err);
}

int ml_chart_page_count(const struct ml_chart *ch)
{
    return layout_pages(&ch->layout);
}

/* Page n of the chart, or NULL with err set. */
static const struct layout *chart_page(const struct ml_chart *ch, int n, struct ml_error *err)
{
    const struct layout *p = layout_page(&ch->layout, n);
    if (!p)
        error_set(err, ML_ERROR_USAGE, "there is no page %d: the chart has %d page%s", n,
                  layout_pages(&ch->layout), layout_pages(&ch->layout) == 1 ? "" : "s");
    return p;
}

/* Page n alone to path or, when path is NULL, to out. */
static bool write_page(struct ml_chart *ch, enum ml_format f, int n, const char *path, FILE *out,
                       struct ml_error *err)
{
    if (err)
        memset(err, 0, sizeof *err);
    const struct layout *p = chart_page(ch, n, err);
    struct output_opts o = ch->out;
    o.one_page = true;
    if (!p)
        return false;
    return path ? output_file(p, ch->r->text, &o, f, path, err)
                : output_stream(p, ch->r->text, &o, f, out, err);
}

bool ml_chart_write_file_page(struct ml_chart *ch, enum ml_format f, int page, const char *path,
                              struct ml_error *err)
{
    return write_page(ch, f, page, path, NULL, err);
}

bool ml_chart_write_stream_page(struct ml_chart *ch, enum ml_format f, int page, FILE *out,
                                struct ml_error *err)
{
    return write_page(ch, f, page, NULL, out, err);
}

bool ml_chart_write_stream(struct ml_chart *ch, enum ml_format f, FILE *out, struct ml_error *err)
{
    if (err)
        memset(err, 0, sizeof *err);
    return output_stream(&ch->layout, ch->r->text, &ch->out, f, out, err);
}

static bool write_layout(FILE *f, void *user)
{
    return layout_write_json(user, f);
}

bool ml_chart_write_layout_json(const struct ml_chart *ch, const char *path, struct ml_error *err)
{
    if (err)
        memset(err, 0, sizeof *err);
    bool ok = output_atomic(path, write_layout, (void *)&ch->layout, err);
    if (!ok && err && err->code == ML_OK)
        error_set(err, ML_ERROR_WRITE, "cannot write %s", path);
    return ok;
}

const char *ml_chart_alt_text(const struct ml_chart *ch)
{
    return ch->layout.alt_text ? ch->layout.alt_text : "";
}

static bool write_alt(FILE *f, void *user)
{
    const char *s = user;
    return fputs(s, f) >= 0 && fputc('\n', f) != EOF;
}

bool ml_chart_write_alt_text(const struct ml_chart *ch, const char *path, struct ml_error *err)
{
    if (err)
        memset(err, 0, sizeof *err);
    bool ok = output_atomic(path, write_alt, (void *)ml_chart_alt_text(ch), err);
    if (!ok && err && err->code == ML_OK)
        error_set(err, ML_ERROR_WRITE, "cannot write %s", path);
    return ok;
}

bool ml_format_from_name(const char *name, enum ml_format *out)
{
    static const char *names[] = {"png", "svg", "pdf"};
    for (int i = 0; name && i < 3; i++)
        if (strcasecmp(name, names[i]) == 0) { /* "PNG" as in -o chart.PNG */
            *out = (enum ml_format)i;
            return true;
        }
    return false;
}
