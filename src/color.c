/* Colour strings, "#RRGGBB" or "#RRGGBBAA", to 0xRRGGBBAA (declared in theme.h). */
#include <ctype.h>
#include <string.h>

#include "theme.h"

static int hex(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c = (char)tolower((unsigned char)c);
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

bool color_parse(const char *s, uint32_t *out)
{
    uint32_t v = 0;
    size_t n;
    if (!s || s[0] != '#')
        return false;
    n = strlen(s + 1);
    if (n != 6 && n != 8)
        return false;
    for (size_t i = 1; i <= n; i++) {
        int h = hex(s[i]);
        if (h < 0)
            return false;
        v = v << 4 | (uint32_t)h;
    }
    if (n == 6)
        v = v << 8 | 0xffu;
    if (out)
        *out = v;
    return true;
}
