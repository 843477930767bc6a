/* Text that XML documents and PDF strings can hold, checked where text comes in (the loader,
 * the options) so that no writer meets a character it cannot write. */
#ifndef ML_TEXTCHECK_H
#define ML_TEXTCHECK_H

#include <stddef.h>

/* Returned for bytes that are not UTF-8. */
#define TEXTCHECK_NOT_UTF8 0x110000u

/* 0 when every character of s may be in a text; else the first that may not: a C0 control
 * other than tab and line feed, DEL, a C1 control, U+FFFE or U+FFFF (XML 1.0 has no such
 * characters), or TEXTCHECK_NOT_UTF8. */
unsigned textcheck_bad_char(const char *s);
/* The code point at *p (not at the end), advancing *p past it; TEXTCHECK_NOT_UTF8 for a
 * malformed, overlong or surrogate sequence, *p left where it was. */
unsigned textcheck_next(const unsigned char **p);
/* What is wrong with ch, for a message: "control character U+0007 in text (...)". */
void textcheck_why(unsigned ch, char *buf, size_t size);

#endif
