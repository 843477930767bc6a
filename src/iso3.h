/* The ISO 3166 alpha-3 (and alpha-2) codes the bundled world shapes can draw, compiled in
 * (src/iso3.c is generated from data/world-110m.txt by tools/iso3-codes.sh), so that `check`
 * rejects a code the map would silently leave out, without the loader reading any file but the
 * document. */
#ifndef ML_ISO3_H
#define ML_ISO3_H

#include <stdbool.h>
#include <stddef.h>

/* Whether code ("CHN") has a shape in the bundled world file. */
bool iso3_known(const char *code);
/* How many codes there are (for tests). */
size_t iso3_count(void);
/* Whether code ("CN") is the alpha-2 code of a shape in the bundled world file: the map matches a
 * member without iso3 by its id. */
bool iso2_known(const char *code);
size_t iso2_count(void);

#endif
