/* Source URLs (url.c) and the characters a text may hold (textcheck.c). */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "textcheck.h"
#include "url.h"

static void check_link(const char *src, const char *want)
{
    char *got = NULL;
    CHECK(url_link(src, &got), "url_link(\"%s\") ran out of memory", src);
    if (!want)
        CHECK(!got, "\"%s\" is no link, got \"%s\"", src, got);
    else
        CHECK(got && strcmp(got, want) == 0, "\"%s\" -> \"%s\", expected \"%s\"", src,
              got ? got : "(none)", want);
    free(got);
}

/* No byte of a link may end a PDF string or need escaping in one. */
static void check_safe(const char *src)
{
    char *got = NULL;
    CHECK(url_link(src, &got) && got, "\"%s\" is a link", src);
    for (const char *p = got; p && *p; p++)
        CHECK(*p > 0x20 && *p < 0x7f && !strchr("()\\<>\"{}|^` ", *p),
              "byte 0x%02x left in the link of \"%s\"", (unsigned char)*p, src);
    free(got);
}

static void test_links(void)
{
    check_link("https://example.org/a?b=c&d#e", "https://example.org/a?b=c&d#e");
    check_link("https://ex.org/a) /S /Launch /F (calc.exe",
               "https://ex.org/a%29%20/S%20/Launch%20/F%20%28calc.exe");
    check_link("https://ex.org/(a", "https://ex.org/%28a");
    check_link("https://ex.org/a\\b", "https://ex.org/a%5Cb");
    check_link("HTTP://EX.ORG/%41%4a", "HTTP://EX.ORG/%41%4a");
    check_link("https://ex.org/100%", "https://ex.org/100%25");
    check_link("https://ex.org/é", "https://ex.org/%C3%A9");
    check_link("mailto:a@example.org", "mailto:a@example.org");
    check_link("doi:10.1000/182", "https://doi.org/10.1000/182");
    check_link("Thucydides 1.96", NULL);
    check_link("Interview: 2003", NULL);
    check_link("javascript:alert(1)", NULL);
    check_link("file:///etc/passwd", NULL);
    check_safe("https://ex.org/a) /S /Launch /F (calc.exe");
    check_safe("https://ex.org/\x01\x7f\xff\"<>{}|^`\\()");
    /* Long URLs stay whole. */
    char *long_url = malloc(20001), *got = NULL;
    memcpy(long_url, "https://e/", 10);
    memset(long_url + 10, 'a', 19990);
    long_url[20000] = '\0';
    CHECK(url_link(long_url, &got) && got && strcmp(got, long_url) == 0, "a long URL is cut");
    free(got);
    free(long_url);
}

static void test_schemes(void)
{
    char why[200];
    const char *ok[] = {"https://a",       "http://a",        "mailto:x@y", "doi:10.1/2",
                        "Thucydides 1.96", "Interview: 2003", "see p. 4",   ""};
    const char *bad[] = {"javascript:alert(1)", "file:///etc/passwd", "data:text/html,x",
                         "JavaScript:x",        "vbscript:x",         "ftp://a"};
    for (size_t i = 0; i < sizeof ok / sizeof *ok; i++)
        CHECK(url_check(ok[i], why, sizeof why), "\"%s\" refused: %s", ok[i], why);
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        CHECK(!url_check(bad[i], why, sizeof why) && strstr(why, "cannot be a link"),
              "\"%s\" accepted", bad[i]);
}

static void test_text(void)
{
    CHECK(textcheck_bad_char("plain\ttext\nwith ру́сский 中文 😀") == 0, "good text refused");
    CHECK(textcheck_bad_char("a\xef\xbf\xbe") == 0xfffe, "U+FFFE accepted");
    CHECK(textcheck_bad_char("a\xef\xbf\xbf") == 0xffff, "U+FFFF accepted");
    CHECK(textcheck_bad_char("a\x07") == 7, "BEL accepted");
    CHECK(textcheck_bad_char("a\r") == '\r', "CR accepted");
    CHECK(textcheck_bad_char("a\x7f") == 0x7f, "DEL accepted");
    CHECK(textcheck_bad_char("a\xc2\x85") == 0x85, "C1 NEL accepted");
    CHECK(textcheck_bad_char("a\xff") == TEXTCHECK_NOT_UTF8, "a bad byte accepted");
    CHECK(textcheck_bad_char("a\xc0\xaf") == TEXTCHECK_NOT_UTF8, "an overlong form accepted");
    CHECK(textcheck_bad_char("a\xed\xa0\x80") == TEXTCHECK_NOT_UTF8, "a surrogate accepted");
    CHECK(textcheck_bad_char("a\xe4\xb8") == TEXTCHECK_NOT_UTF8, "a cut sequence accepted");
    CHECK(textcheck_bad_char(NULL) == 0, "NULL is no text, and no error");
    char why[160];
    textcheck_why(0xfffe, why, sizeof why);
    CHECK(strstr(why, "U+FFFE") != NULL, "message names the character: %s", why);
}

int main(void)
{
    test_links();
    test_schemes();
    test_text();
    return test_done();
}
