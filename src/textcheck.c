/* Characters a text may hold: what XML 1.0 calls a Char, less the controls that fonts draw
 * as boxes and terminals may act on. */
#include "textcheck.h"

#include <stdbool.h>
#include <stdio.h>

unsigned textcheck_next(const unsigned char **p)
{
    const unsigned char *s = *p;
    unsigned ch = s[0];
    int n = ch < 0x80                 ? 0
            : ch >= 0xc2 && ch < 0xe0 ? 1
            : ch >= 0xe0 && ch < 0xf0 ? 2
            : ch >= 0xf0 && ch < 0xf5 ? 3
                                      : -1;
    if (n < 0)
        return TEXTCHECK_NOT_UTF8;
    ch &= n == 0 ? 0x7fu : n == 1 ? 0x1fu : n == 2 ? 0x0fu : 0x07u;
    for (int i = 1; i <= n; i++) {
        if ((s[i] & 0xc0) != 0x80)
            return TEXTCHECK_NOT_UTF8;
        ch = ch << 6 | (s[i] & 0x3fu);
    }
    static const unsigned least[] = {0, 0x80, 0x800, 0x10000};
    if (ch < least[n] || ch > 0x10ffff || (ch >= 0xd800 && ch <= 0xdfff))
        return TEXTCHECK_NOT_UTF8;
    *p = s + n + 1;
    return ch;
}

static bool allowed(unsigned ch)
{
    if (ch == '\t' || ch == '\n')
        return true;
    return !(ch < 0x20 || (ch >= 0x7f && ch <= 0x9f) || ch == 0xfffe || ch == 0xffff);
}

unsigned textcheck_bad_char(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    while (p && *p) {
        unsigned ch = textcheck_next(&p);
        if (ch == TEXTCHECK_NOT_UTF8 || !allowed(ch))
            return ch;
    }
    return 0;
}

void textcheck_why(unsigned ch, char *buf, size_t size)
{
    if (ch == TEXTCHECK_NOT_UTF8)
        snprintf(buf, size, "text that is not UTF-8");
    else if (ch == 0xfffe || ch == 0xffff)
        snprintf(buf, size,
                 "noncharacter U+%04X in text (XML and PDF cannot hold it; remove it, or if the "
                 "text came from a file of another byte order, convert it to UTF-8)",
                 ch);
    else
        snprintf(buf, size, "control character U+%04X in text (only tab and line feed are allowed)",
                 ch);
}
