/* Source URLs: which may become links, and their bytes made safe for any string they go into
 * (a PDF literal string, an XML attribute). */
#ifndef ML_URL_H
#define ML_URL_H

#include <stdbool.h>
#include <stddef.h>

/* False, with why filled in, when s is a URL (it starts with a scheme and a colon) whose scheme
 * a link may not have: only http, https, mailto and doi are allowed. A source without a scheme
 * ("Thucydides 1.96") is a citation: fine, and never linked. */
bool url_check(const char *s, char *why, size_t size);
/* The link target for source s, percent-encoded (RFC 3986) so that it holds only unreserved
 * characters, the delimiters other than parentheses, and %XX: no byte of it can end a PDF or
 * XML string. doi:X becomes https://doi.org/X. *out is NULL when s is not a link (a citation,
 * a scheme not allowed); the caller frees it. False when out of memory. */
bool url_link(const char *s, char **out);

#endif
