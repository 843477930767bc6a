/* The incremental update that adds links and /Lang to cairo's PDF: every cross-reference entry
 * it writes points at its object, the trailer chains back to cairo's table, every linked event
 * has one annotation, and input that is not cairo's PDF is an error, not a broken file. */
#define _GNU_SOURCE /* memmem */ // NOLINT(bugprone-reserved-identifier)
#include <stdlib.h>
#include <string.h>

#include "layout.h"
#include "memberline.h"
#include "pdfupdate.h"
#include "test.h"

static const char DOC[] =
    "{\"memberline\": 1, \"title\": \"T\", \"languages\": [\"ru\", \"en\"],"
    " \"categories\": [{\"id\": \"c\", \"label\": \"C\"}],"
    " \"statuses\": [{\"id\": \"m\", \"label\": \"M\", \"rank\": 1}],"
    " \"events\": ["
    "  {\"id\": \"a\", \"date\": \"2001\", \"title\": \"A\", \"category\": \"c\","
    "   \"sources\": [\"https://ex.org/a) /S /Launch /F (x\"]},"
    "  {\"id\": \"b\", \"date\": \"2005\", \"title\": \"B\", \"category\": \"c\","
    "   \"sources\": [\"Thucydides 1.96\"]},"
    "  {\"id\": \"c\", \"date\": \"2009\", \"title\": \"C\", \"category\": \"c\","
    "   \"sources\": [\"doi:10.1/2\"]}],"
    " \"members\": []}";

static long number_at(const char *s)
{
    return strtol(s, NULL, 10);
}

/* The cross-reference section at offset xref: each entry's offset holds "N 0 obj". Returns the
 * section's /Prev, 0 when none, -1 on a broken section. */
static long check_section(const char *pdf, size_t len, long xref)
{
    CHECK(xref > 0 && (size_t)xref < len && strncmp(pdf + xref, "xref\n", 5) == 0,
          "startxref %ld is not an xref", xref);
    if (xref <= 0 || (size_t)xref >= len)
        return -1;
    const char *p = pdf + xref + 5, *trailer = strstr(p, "trailer");
    long entries = 0;
    while (p < trailer) {
        char *end;
        long first = strtol(p, &end, 10), n = strtol(end, &end, 10);
        p = end + 1;
        for (long i = 0; i < n; i++, p += 20) {
            long at = number_at(p);
            char head[32];
            snprintf(head, sizeof head, "%ld 0 obj", first + i);
            if (p[17] == 'n')
                CHECK((size_t)at < len && strncmp(pdf + at, head, strlen(head)) == 0,
                      "xref entry of object %ld points at %ld", first + i, at);
            entries++;
        }
    }
    CHECK(entries > 0, "an empty xref section at %ld", xref);
    const char *prev = strstr(trailer, "/Prev");
    const char *next = strstr(trailer, "startxref");
    return prev && prev < next ? number_at(prev + 5) : 0;
}

static void test_chain(void)
{
    struct ml_error err = {0};
    struct ml_doc *doc = ml_doc_load_string(DOC, sizeof DOC - 1, "<test>", &err);
    struct ml_renderer *r = doc ? ml_renderer_create(&err) : NULL;
    struct ml_options o;
    ml_options_init(&o);
    struct ml_chart *ch = r ? ml_chart_create(r, doc, &o, &err) : NULL;
    char *pdf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&pdf, &len);
    CHECK(ch && f && ml_chart_write_stream(ch, ML_FORMAT_PDF, f, &err), "render: %s", err.text);
    fclose(f);
    const char *last = pdf ? memmem(pdf, len, "startxref\n", 10) : NULL;
    for (const char *s = last; s; s = memmem(s + 1, len - (size_t)(s + 1 - pdf), "startxref\n", 10))
        last = s;
    int sections = 0;
    for (long xref = last ? number_at(last + 10) : -1; xref > 0 && sections < 4; sections++)
        xref = check_section(pdf, len, xref);
    CHECK(sections == 2, "%d xref sections (cairo's and the update)", sections);
    int annots = 0;
    for (const char *s = pdf; s && (s = memmem(s, len - (size_t)(s - pdf), "/Subtype /Link", 14));
         s++)
        annots++;
    CHECK(annots == 2, "%d link annotations for 2 events with a link", annots);
    CHECK(pdf && memmem(pdf, len, "/Lang (ru)", 10), "no /Lang (ru)");
    CHECK(pdf && memmem(pdf, len, "/URI (https://doi.org/10.1/2)", 29), "no doi link");
    CHECK(pdf && !memmem(pdf, len, "/S /Launch", 10), "a Launch action");
    /* The link says what it is for screen readers: the event title "A" as UTF-16BE. */
    CHECK(pdf && memmem(pdf, len, "/Contents <FEFF0041>", 20), "no /Contents for the link of A");
    free(pdf);
    ml_chart_destroy(ch);
    ml_renderer_destroy(r);
    ml_doc_destroy(doc);
}

static void test_not_cairo(void)
{
    static const char *const inputs[] = {
        "", "%PDF-1.5\n",
        "%PDF-1.5\ntrailer\n<< /Size 3 /Root 2 0 R >>\nstartxref\n999999\n%%EOF\n",
        "%PDF-1.5\nxref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 1 /Root 1 0 R >>\n"
        "startxref\n9\n%%EOF\n"};
    struct layout l;
    layout_init(&l, "timeline");
    for (size_t i = 0; i < sizeof inputs / sizeof *inputs; i++) {
        struct ml_error err = {0};
        struct strbuf out = {0};
        bool ok =
            pdfupdate_make((const unsigned char *)inputs[i], strlen(inputs[i]), &l, &out, &err);
        CHECK(!ok && err.code == ML_ERROR_RENDER && out.s == NULL,
              "input %zu: accepted, or the wrong error (%d %s)", i, err.code, err.text);
    }
    layout_finish(&l);
}

int main(void)
{
    test_chain();
    test_not_cairo();
    return test_done();
}
