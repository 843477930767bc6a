/* Quoting a found value for a message, and "did you mean" suggestions: shared by the JSON
 * readers and the model's queries. No jansson here. */
#ifndef ML_SUGGEST_H
#define ML_SUGGEST_H

#include <stddef.h>

#define QUOTE_MAX 40                   /* bytes of a found string quoted in a message */
#define QUOTE_SIZE (QUOTE_MAX * 2 + 8) /* a buffer that holds any quote() */

/* s in double quotes, escaped, cut after QUOTE_MAX bytes at a character boundary. */
void quote(char *buf, size_t size, const char *s);

/* Is candidate close enough to word to suggest it? INT_MAX when not, else the distance. */
int closeness(const char *word, const char *candidate);

/* buf = " (did you mean "x"?)" when one of the candidates is close, else "". */
void suggest(char *buf, size_t size, const char *word, const char *const *cands, size_t n);

#endif
