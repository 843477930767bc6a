/* The theme schema: a theme file's JSON over a theme, through the machinery of jread.c; and
 * the renderer's cache of parsed theme files, so that each is read once. */
#include "theme_file.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "jread.h"
#include "theme.h"
#include "vec.h"

static const char *const theme_keys[] = {
    "name",    "background", "text", "muted",      "axis",           "grid",  "band",    "accent",
    "palette", "patterns",   "font", "type_scale", "status_palette", "tones", "$schema", NULL};

/* obj[key], if there, as a non-blank string copied into buf[size]. */
/* Characters, as the schema's maxLength counts them (UTF-8 continuation bytes are not). */
static size_t characters(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

/* obj[key], if there: a string of 1 to max characters into buf (size bytes hold max of any
 * width). */
static void theme_string(struct ctx *c, json_t *obj, const char *key, char *buf, size_t size,
                         size_t max)
{
    const char *s = string_field(c, obj, key, false);
    size_t mark;
    if (!s)
        return;
    mark = path_key(c, key);
    if (blank(s))
        report(c, ML_ERROR_VALUE, "empty %s", key);
    else if (characters(s) > max || strlen(s) >= size)
        report(c, ML_ERROR_LIMIT, "too long: %zu characters (the limit is %zu)", characters(s),
               max);
    else
        snprintf(buf, size, "%s", s);
    path_pop(c, mark);
}

/* obj[key], if there: an array of 1 to max colours into dst[], their number into *n. */
static void colour_list(struct ctx *c, json_t *obj, const char *key, uint32_t *dst, size_t *n,
                        size_t max)
{
    json_t *a = json_object_get(obj, key), *v;
    size_t i, mark;
    if (!a)
        return;
    mark = path_key(c, key);
    if (!json_is_array(a)) {
        report_type(c, "an array of colours", a);
    } else if (json_array_size(a) == 0) {
        report(c, ML_ERROR_VALUE, "empty list (expected 1 to %zu colours)", max);
    } else if (json_array_size(a) > max) {
        report(c, ML_ERROR_LIMIT, "too many colours: %zu (the limit is %zu)", json_array_size(a),
               max);
    } else {
        json_array_foreach(a, i, v)
        {
            size_t m = path_index(c, i);
            color_value(c, v, &dst[i]);
            path_pop(c, m);
        }
        *n = json_array_size(a);
    }
    path_pop(c, mark);
}

static const char *const tone_keys[] = {"positive", "neutral", "negative", "pending", NULL};

/* "tones": {"positive": [shades], ...}: the default colours of statuses with a tone. Fewer
 * than THEME_TONE_SHADES shades repeat, as the built-in print theme's do. */
static void theme_tones(struct ctx *c, json_t *obj, struct theme *t)
{
    json_t *o = json_object_get(obj, "tones");
    size_t mark;
    if (!o)
        return;
    mark = path_key(c, "tones");
    if (want_object(c, o)) {
        check_keys(c, o, tone_keys);
        for (size_t k = 0; tone_keys[k]; k++) {
            uint32_t shades[THEME_TONE_SHADES];
            size_t n = 0;
            colour_list(c, o, tone_keys[k], shades, &n, THEME_TONE_SHADES);
            for (size_t j = 0; n > 0 && j < THEME_TONE_SHADES; j++)
                t->tones[k][j] = shades[j % n];
        }
    }
    path_pop(c, mark);
}

static void theme_scale(struct ctx *c, json_t *obj, struct theme *t)
{
    json_t *v = json_object_get(obj, "type_scale");
    size_t mark;
    if (!v)
        return;
    mark = path_key(c, "type_scale");
    if (!json_is_number(v))
        report_type(c, "a number", v);
    else if (json_number_value(v) < 0.25 || json_number_value(v) > 4)
        report(c, ML_ERROR_VALUE, "%g is out of range (expected 0.25 to 4)", json_number_value(v));
    else
        t->type_scale = json_number_value(v);
    path_pop(c, mark);
}

static void walk_theme(struct ctx *c, json_t *root, struct theme *t)
{
    json_t *v;
    if (!json_is_object(root)) {
        char d[QUOTE_SIZE + 16];
        describe(root, d, sizeof d);
        report(c, ML_ERROR_SCHEMA, "expected an object at the top of the theme, found %s", d);
        return;
    }
    check_keys(c, root, theme_keys);
    string_field(c, root, "$schema", false); /* editors add it; only its type is checked */
    theme_string(c, root, "name", t->name, sizeof t->name, THEME_NAME_MAX);
    color_field(c, root, "background", &t->background);
    color_field(c, root, "text", &t->text);
    color_field(c, root, "muted", &t->muted);
    color_field(c, root, "axis", &t->axis);
    color_field(c, root, "grid", &t->grid);
    color_field(c, root, "band", &t->band);
    color_field(c, root, "accent", &t->accent);
    colour_list(c, root, "palette", t->palette, &t->n_palette, THEME_PALETTE_MAX);
    colour_list(c, root, "status_palette", t->status_palette, &t->n_status_palette,
                THEME_PALETTE_MAX);
    theme_tones(c, root, t);
    if ((v = json_object_get(root, "patterns"))) {
        size_t mark = path_key(c, "patterns");
        if (json_is_boolean(v))
            t->patterns = json_is_true(v);
        else
            report_type(c, "a boolean", v);
        path_pop(c, mark);
    }
    theme_string(c, root, "font", t->font_family, sizeof t->font_family, THEME_FONT_MAX);
    theme_scale(c, root, t);
}

bool theme_file_load(const char *path, struct theme *t, struct ml_error *err)
{
    struct ml_error local;
    struct ctx c;
    struct theme copy;
    json_t *root;
    char *text = NULL;
    size_t len = 0;
    memset(&c, 0, sizeof c);
    c.source = path ? source_of(path) : "";
    sink_first(&c.sink, err, &local, c.source);
    if (!t) {
        sink_error(&c.sink, c.source, ML_ERROR_USAGE, "no theme to fill");
        return false;
    }
    if (!read_path(path, &c.sink, &text, &len))
        return false;
    root = parse(text, len, c.source, &c.sink);
    free(text);
    if (!root)
        return false;
    copy = *t;
    walk_theme(&c, root, &copy);
    json_decref(root);
    if (c.sink.n > 0)
        return false;
    *t = copy;
    return true;
}

struct theme_entry {
    char *path;
    struct theme theme;
};

bool theme_file_name(const char *name)
{
    size_t n = strlen(name);
    return n > 5 && strcmp(name + n - 5, ".json") == 0;
}

/* A failed file is not kept: its error is the caller's, and a fixed file may follow. */
static bool read_theme(struct theme_cache *tc, const char *path, struct theme *t,
                       struct ml_error *err)
{
    struct theme_entry e = {0};
    theme_builtin(&e.theme, "light");
    if (!theme_file_load(path, &e.theme, err))
        return false;
    *t = e.theme;
    if (!(e.path = strdup(path)) || !vec_grow((void **)&tc->v, &tc->cap, tc->n + 1, sizeof e)) {
        free(e.path); /* the theme is good; only keeping it failed */
        return true;
    }
    tc->v[tc->n++] = e;
    return true;
}

bool theme_cache_get(struct theme_cache *tc, const char *name, struct theme *t,
                     struct ml_error *err)
{
    if (theme_builtin(t, name))
        return true;
    if (!theme_file_name(name)) { /* ml_options_check has refused it already */
        error_at(err, ML_ERROR_USAGE, NULL, -1, -1, "theme",
                 "unknown theme \"%.60s\" (expected light, dark, print or the path of a .json "
                 "theme file)",
                 name);
        return false;
    }
    for (size_t i = 0; i < tc->n; i++)
        if (strcmp(tc->v[i].path, name) == 0) {
            *t = tc->v[i].theme;
            return true;
        }
    return read_theme(tc, name, t, err);
}

void theme_cache_finish(struct theme_cache *tc)
{
    if (!tc)
        return;
    for (size_t i = 0; i < tc->n; i++)
        free(tc->v[i].path);
    free(tc->v);
    *tc = (struct theme_cache){0};
}
