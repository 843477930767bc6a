/* Colours, fonts and type scale. Built-in themes: light, dark, print; or a theme file. */
#ifndef ML_THEME_H
#define ML_THEME_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "layout.h"
#include "memberline.h"
#include "model.h"

#define THEME_PALETTE_MAX 16
#define THEME_TONE_SHADES 3
#define THEME_NAME_MAX 63  /* characters, as schema/theme.schema.json's maxLength counts */
#define THEME_FONT_MAX 255 /* the same for the font family list */

struct theme {
    char name[THEME_NAME_MAX * 4 + 1]; /* UTF-8: up to 4 bytes a character */
    uint32_t background;
    uint32_t text;                       /* titles and labels */
    uint32_t muted;                      /* dates, notes, tick labels */
    uint32_t axis;                       /* axis line and ticks */
    uint32_t grid;                       /* grid lines, leader lines */
    uint32_t band;                       /* background bands, alternate rows */
    uint32_t accent;                     /* the as-of line */
    uint32_t palette[THEME_PALETTE_MAX]; /* event categories, in order */
    size_t n_palette;
    uint32_t status_palette[THEME_PALETTE_MAX]; /* statuses, by rank */
    size_t n_status_palette;
    /* Default colours of statuses with a tone: tones[TONE_POSITIVE - 1] ..., a few shades each
     * for several statuses of one tone. Theme files may set them ("tones"). */
    uint32_t tones[4][THEME_TONE_SHADES];
    bool patterns; /* fill bars with patterns too (print) */
    char font_family[THEME_FONT_MAX * 4 + 1];
    double type_scale; /* multiplies every type size */
};

/* Fill t with the built-in theme name (light for NULL); false when there is no such theme.
 * Theme files are read by the renderer (theme_file.h). */
bool theme_builtin(struct theme *t, const char *name);
/* Pick the default font stack's CJK face for the language ("zh-TW" gets Traditional Chinese
 * forms, "ja" Japanese ones). Leaves any other family alone. */
void theme_font_for_lang(struct theme *t, const char *lang);
/* The default colour of a status with a tone (not TONE_NONE, whose colour follows the rank:
 * style_status_fill): shade k of that tone, where k counts the statuses of the same tone ranked
 * before it (model_tone_index), cycling. A status's own "color" goes first. */
uint32_t theme_tone_color(const struct theme *t, enum tone tone, size_t k);
/* "#RRGGBB" or "#RRGGBBAA" to 0xRRGGBBAA. */
bool color_parse(const char *s, uint32_t *out);

#endif
