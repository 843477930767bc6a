/* Internal declarations of load.c, the only file that speaks JSON. */
#ifndef ML_LOAD_H
#define ML_LOAD_H

#include <stdbool.h>

#include "memberline.h"
#include "theme.h"

/* Override the fields of an already filled theme from a JSON theme file. */
bool load_theme_file(const char *path, struct theme *t, struct ml_error *err);

#endif
