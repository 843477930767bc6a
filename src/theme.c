/* Built-in themes. The palettes are colour-blind safe: Paul Tol's "muted" (categories) and
 * Okabe-Ito (statuses, then four of Tol's "muted" to reach twelve) on light backgrounds, Tol's
 * "light" on dark. style.c adds patterns once the twelve run out. The print theme uses grey
 * shades with fill patterns so that every status and category survives grayscale printing. */
#include "theme.h"
#include "error.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

/* Latin, Greek and Cyrillic from Noto Sans, Han from Noto Sans CJK, Arabic script (Arabic,
 * Persian, Urdu) and Devanagari from their Noto families: Debian's fonts-noto-core and
 * fonts-noto-cjk. The CJK face is chosen by language in theme_font_for_lang. */
#define DEFAULT_FONT                                                                               \
    "Noto Sans, Noto Sans CJK SC, Noto Sans Arabic, Noto Sans Devanagari, sans-serif"

/* One stack per language where the default's choice is wrong for its readers: Han characters
 * have regional forms (a font's SC, TC, HK, JP or KR face). A family that is not installed is
 * skipped. Urdu keeps the Naskh of Noto Sans Arabic, which draws all of its letters: Noto
 * Nastaliq Urdu (fonts-noto-core) is what Urdu readers prefer, but its tall, sloping lines
 * overflow the row heights that the charts derive from the type size, so it is for --font
 * "Noto Sans, Noto Nastaliq Urdu" on charts with room for it. */
static const struct {
    const char *lang;
    const char *family;
} lang_fonts[] = {
    {"zh-TW", "Noto Sans, Noto Sans CJK TC, Noto Sans Arabic, Noto Sans Devanagari, sans-serif"},
    {"zh-Hant", "Noto Sans, Noto Sans CJK TC, Noto Sans Arabic, Noto Sans Devanagari, sans-serif"},
    {"zh-MO", "Noto Sans, Noto Sans CJK TC, Noto Sans Arabic, Noto Sans Devanagari, sans-serif"},
    {"zh-HK", "Noto Sans, Noto Sans CJK HK, Noto Sans Arabic, Noto Sans Devanagari, sans-serif"},
    {"ja", "Noto Sans, Noto Sans CJK JP, Noto Sans Arabic, Noto Sans Devanagari, sans-serif"},
    {"ko", "Noto Sans, Noto Sans CJK KR, Noto Sans Arabic, Noto Sans Devanagari, sans-serif"},
};

/* Does lang start with the tag prefix, followed by its end or a subtag? */
static bool lang_has(const char *lang, const char *prefix)
{
    size_t n = strlen(prefix);
    return strncasecmp(lang, prefix, n) == 0 &&
           (lang[n] == '\0' || lang[n] == '-' || lang[n] == '_');
}

void theme_font_for_lang(struct theme *t, const char *lang)
{
    if (!lang || strcmp(t->font_family, DEFAULT_FONT) != 0)
        return; /* a theme file's or the user's font is kept */
    for (size_t i = 0; i < sizeof lang_fonts / sizeof *lang_fonts; i++)
        if (lang_has(lang, lang_fonts[i].lang)) {
            snprintf(t->font_family, sizeof t->font_family, "%s", lang_fonts[i].family);
            return;
        }
}

static const uint32_t tol_muted[] = {0x332288ff, 0x88CCEEff, 0x44AA99ff, 0x117733ff, 0x999933ff,
                                     0xDDCC77ff, 0xCC6677ff, 0x882255ff, 0xAA4499ff};
static const uint32_t tol_light[] = {0x77AADDff, 0xEE8866ff, 0xEEDD88ff, 0xFFAABBff, 0x99DDFFff,
                                     0x44BB99ff, 0xBBCC33ff, 0xAAAA00ff, 0xDDDDDDff};
static const uint32_t okabe_ito[] = {0x0072B2ff, 0x009E73ff, 0xE69F00ff, 0x56B4E9ff,
                                     0xCC79A7ff, 0xD55E00ff, 0x999999ff, 0xF0E442ff,
                                     0x882255ff, 0x332288ff, 0x44AA99ff, 0xAA4499ff};
static const uint32_t okabe_ito_dark[] = {0x56B4E9ff, 0x2BC48Fff, 0xE69F00ff, 0xF0E442ff,
                                          0xCC79A7ff, 0xFF7F3Fff, 0xAAAAAAff, 0x9FD3F2ff,
                                          0xFFAABBff, 0xBBCC33ff, 0xDDDDDDff, 0xAA88EEff};
/* Four shades for categories, which also differ by marker shape (style.c). */
static const uint32_t greys[] = {0x1A1A1Aff, 0x9A9A9Aff, 0x5E5E5Eff, 0xC4C4C4ff};
/* Eight shades for statuses, 27 levels apart (a step that shows on paper) and the palest 32
 * below the "no status" grey (style.c), in an order that puts far greys next to each other;
 * with eight patterns, up to eight statuses differ in grey and pattern both. */
static const uint32_t status_greys[] = {0x121212ff, 0x7E7E7Eff, 0x484848ff, 0xB5B5B5ff,
                                        0x2D2D2Dff, 0x999999ff, 0x636363ff, 0xD0D0D0ff};

/* Tone shades, positive, neutral, negative, pending: Okabe-Ito hues where they carry the
 * meaning (bluish green good, vermillion bad, orange waiting), Tol's where a third is needed. */
static const uint32_t tones_light[4][THEME_TONE_SHADES] = {{0x009E73ff, 0x117733ff, 0x44AA99ff},
                                                           {0x56B4E9ff, 0x999999ff, 0x332288ff},
                                                           {0xD55E00ff, 0x882255ff, 0xCC79A7ff},
                                                           {0xE69F00ff, 0xF0E442ff, 0xDDCC77ff}};
static const uint32_t tones_dark[4][THEME_TONE_SHADES] = {{0x2BC48Fff, 0x44BB99ff, 0xBBCC33ff},
                                                          {0x9FD3F2ff, 0xAAAAAAff, 0x77AADDff},
                                                          {0xFF7F3Fff, 0xFFAABBff, 0xCC79A7ff},
                                                          {0xE69F00ff, 0xF0E442ff, 0xEEDD88ff}};
/* On paper a tone asks for a shade, positive darkest, pending lightest (a status may pass it
 * to style.c, which gives each status a grey of its own, the nearest free one). */
static const uint32_t tones_print[4][THEME_TONE_SHADES] = {{0x121212ff, 0x2D2D2Dff, 0x484848ff},
                                                           {0x7E7E7Eff, 0x999999ff, 0x636363ff},
                                                           {0x484848ff, 0x636363ff, 0x2D2D2Dff},
                                                           {0xB5B5B5ff, 0xD0D0D0ff, 0x999999ff}};

static void set_palette(uint32_t *dst, size_t *n, const uint32_t *src, size_t count)
{
    memcpy(dst, src, count * sizeof *src);
    *n = count;
}

static void theme_light(struct theme *t)
{
    memset(t, 0, sizeof *t);
    strcpy(t->name, "light");
    t->background = 0xFFFFFFff;
    t->text = 0x1A1A1Aff;
    t->muted = 0x555555ff;
    t->axis = 0x333333ff;
    t->grid = 0x8C8C8Cff;
    t->band = 0xEEF0F3ff;
    t->accent = 0xB2182Bff;
    set_palette(t->palette, &t->n_palette, tol_muted, sizeof tol_muted / sizeof *tol_muted);
    set_palette(t->status_palette, &t->n_status_palette, okabe_ito,
                sizeof okabe_ito / sizeof *okabe_ito);
    memcpy(t->tones, tones_light, sizeof t->tones);
    strcpy(t->font_family, DEFAULT_FONT);
    t->type_scale = 1.0;
}

static void theme_dark(struct theme *t)
{
    theme_light(t);
    strcpy(t->name, "dark");
    t->background = 0x16191Eff;
    t->text = 0xF2F2F2ff;
    t->muted = 0xB8BEC8ff;
    t->axis = 0xD0D4DAff;
    t->grid = 0x7A808Aff;
    t->band = 0x262B33ff;
    t->accent = 0xFF8A80ff;
    set_palette(t->palette, &t->n_palette, tol_light, sizeof tol_light / sizeof *tol_light);
    set_palette(t->status_palette, &t->n_status_palette, okabe_ito_dark,
                sizeof okabe_ito_dark / sizeof *okabe_ito_dark);
    memcpy(t->tones, tones_dark, sizeof t->tones);
}

static void theme_print(struct theme *t)
{
    theme_light(t);
    strcpy(t->name, "print");
    t->text = 0x000000ff;
    t->muted = 0x333333ff;
    t->axis = 0x000000ff;
    t->grid = 0x808080ff;
    t->band = 0xF0F0F0ff;
    t->accent = 0x000000ff;
    set_palette(t->palette, &t->n_palette, greys, sizeof greys / sizeof *greys);
    set_palette(t->status_palette, &t->n_status_palette, status_greys,
                sizeof status_greys / sizeof *status_greys);
    memcpy(t->tones, tones_print, sizeof t->tones);
    t->patterns = true;
}

bool theme_builtin(struct theme *t, const char *name)
{
    if (!name || strcmp(name, "light") == 0)
        theme_light(t);
    else if (strcmp(name, "dark") == 0)
        theme_dark(t);
    else if (strcmp(name, "print") == 0)
        theme_print(t);
    else
        return false;
    return true;
}

uint32_t theme_tone_color(const struct theme *t, enum tone tone, size_t k)
{
    if (tone < TONE_POSITIVE || tone > TONE_PENDING)
        return t->text; /* not a tone: callers use the rank palette */
    return t->tones[tone - TONE_POSITIVE][k % THEME_TONE_SHADES];
}
