/* The incremental update that adds links and /Lang to cairo's PDF (see pdfupdate.h). It reads
 * only what cairo 1.16 writes: a classic cross-reference table, a trailer with /Size, /Root
 * and /Info, objects as "N 0 obj\n<< ... >>\nendobj". */
#define _GNU_SOURCE /* memmem */ // NOLINT(bugprone-reserved-identifier)
#include "pdfupdate.h"

#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "textcheck.h"
#include "url.h"

struct pdf {
    const char *s;
    size_t len;
};

/* The last occurrence of key in p, or NULL. */
static const char *find_last(const struct pdf *p, const char *key)
{
    size_t k = strlen(key);
    for (size_t i = p->len >= k ? p->len - k + 1 : 0; i-- > 0;)
        if (memcmp(p->s + i, key, k) == 0)
            return p->s + i;
    return NULL;
}

/* The unsigned number after key in [from, end), or -1. */
static long number_after(const char *from, const char *end, const char *key)
{
    const char *at = memmem(from, (size_t)(end - from), key, strlen(key));
    if (!at)
        return -1;
    at += strlen(key);
    while (at < end && (*at == ' ' || *at == '\n' || *at == '\r'))
        at++;
    long v = 0;
    const char *d = at;
    for (; d < end && *d >= '0' && *d <= '9' && d - at < 12; d++)
        v = v * 10 + (*d - '0');
    return d > at ? v : -1;
}

/* The dictionary of object id, found through cairo's cross-reference table (at xref): from
 * its "<<" up to (not including) the ">>" that closes it before "endobj". False when the table
 * has no such object or the object is not a dictionary. */
static bool object_dict(const struct pdf *p, long xref, long id, const char **from, const char **to)
{
    if (xref < 0 || (size_t)xref + 7 > p->len || memcmp(p->s + xref, "xref\n0 ", 7) != 0)
        return false;
    const char *end = p->s + p->len, *t = p->s + xref;
    long n = number_after(t, end, "xref\n0");
    const char *entries = memchr(t + 7, '\n', (size_t)(end - t - 7));
    if (!entries || id >= n || entries + 1 + 20 * (id + 1) > end)
        return false;
    long at = number_after(entries + 1 + 20 * id, end, "");
    char head[32];
    int k = snprintf(head, sizeof head, "%ld 0 obj\n<<", id);
    if (at < 0 || (size_t)at + (size_t)k > p->len || memcmp(p->s + at, head, (size_t)k) != 0)
        return false;
    const char *close = memmem(p->s + at, p->len - (size_t)at, ">>\nendobj", 9);
    if (!close)
        return false;
    *from = p->s + at + k - 2;
    *to = close;
    return true;
}

/* Object id again, its dictionary ending with extra entries: the start of a new version. */
static void object_head(struct strbuf *b, long id, const char *from, const char *to)
{
    strbuf_add(b, "%ld 0 obj\n%.*s", id, (int)(to - from), from);
}

/* A language code as a PDF string: only the letters, digits and hyphens of a BCP 47 tag. */
static void lang_entry(struct strbuf *b, const char *lang)
{
    strbuf_add(b, "   /Lang (");
    for (const char *c = lang; c && *c; c++)
        if ((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9') ||
            *c == '-')
            strbuf_add(b, "%c", *c);
    strbuf_add(b, ")\n");
}

/* One UTF-16 code unit as four upper-case hex digits (a printf per unit was most of the
 * update's time). */
static void hex_unit(struct strbuf *b, unsigned u)
{
    static const char digits[] = "0123456789ABCDEF";
    char h[4] = {digits[(u >> 12) & 15], digits[(u >> 8) & 15], digits[(u >> 4) & 15],
                 digits[u & 15]};
    strbuf_append(b, h, sizeof h);
}

/* text as a PDF text string for screen readers: UTF-16BE with its byte-order mark, in hex, so
 * that no byte needs escaping. */
static void text_string(struct strbuf *b, const char *text)
{
    const unsigned char *p = (const unsigned char *)text;
    strbuf_append(b, "<FEFF", 5);
    while (p && *p) {
        unsigned ch = textcheck_next(&p);
        if (ch == TEXTCHECK_NOT_UTF8)
            break; /* the loader lets no such text through */
        if (ch >= 0x10000) {
            hex_unit(b, 0xd800 + ((ch - 0x10000) >> 10));
            hex_unit(b, 0xdc00 + (ch & 0x3ff));
        } else {
            hex_unit(b, ch);
        }
    }
    strbuf_append(b, ">", 1);
}

struct update {
    struct strbuf body;
    size_t base;   /* where body starts in the file */
    long *offsets; /* offsets[i]: annotation i (object size + i) */
    long n_annots;
};

/* One link annotation per linked item, as objects size, size + 1 ... The URI holds only the
 * characters url_link lets through: nothing in it can end the string. */
static bool add_annots(struct update *u, const struct layout *l, long size)
{
    u->offsets = calloc(l->n_items ? l->n_items : 1, sizeof *u->offsets);
    if (!u->offsets)
        return false;
    for (size_t i = 0; i < l->n_items; i++) {
        const struct item *it = &l->items[i];
        char *uri = NULL;
        if (!it->link)
            continue;
        if (!url_link(it->link, &uri))
            return false;
        if (!uri)
            continue;
        u->offsets[u->n_annots] = (long)(u->base + u->body.len);
        strbuf_add(&u->body,
                   "%ld 0 obj\n<< /Type /Annot /Subtype /Link /F 4 /Border [ 0 0 0 ]\n"
                   "   /Rect [ %.2f %.2f %.2f %.2f ]\n"
                   "   /A << /Type /Action /S /URI /URI (%s) >>\n   /Contents ",
                   size + u->n_annots, it->box.x, l->height - it->box.y - it->box.h,
                   it->box.x + it->box.w, l->height - it->box.y, uri);
        text_string(&u->body, it->text);
        strbuf_add(&u->body, "\n>>\nendobj\n");
        u->n_annots++;
        free(uri);
    }
    return true;
}

static void xref_entry(struct strbuf *b, long id, long offset)
{
    strbuf_add(b, "%ld 1\n%010ld 00000 n \n", id, offset);
}

static bool unexpected(struct ml_error *err, const char *what)
{
    error_first(err, ML_ERROR_RENDER, "cannot add links to cairo's PDF: %s", what);
    return false;
}

bool pdfupdate_make(const unsigned char *data, size_t len, const struct layout *l,
                    struct strbuf *out, struct ml_error *err)
{
    struct pdf p = {(const char *)data, len};
    const char *trailer = find_last(&p, "\ntrailer"), *end = p.s + p.len;
    if (!trailer)
        return unexpected(err, "no trailer");
    long size = number_after(trailer, end, "/Size"), root = number_after(trailer, end, "/Root");
    long info = number_after(trailer, end, "/Info"), prev = number_after(trailer, end, "startxref");
    const char *cat_from, *cat_to, *pages_from, *pages_to, *page_from, *page_to;
    if (size < 1 || root < 1 || prev < 1 || !object_dict(&p, prev, root, &cat_from, &cat_to))
        return unexpected(err, "no catalog");
    long pages = number_after(cat_from, cat_to, "/Pages");
    if (pages < 1 || !object_dict(&p, prev, pages, &pages_from, &pages_to))
        return unexpected(err, "no page tree");
    long page = number_after(pages_from, pages_to, "/Kids [");
    if (page < 1 || !object_dict(&p, prev, page, &page_from, &page_to) ||
        memmem(page_from, (size_t)(page_to - page_from), "/Annots", 7))
        return unexpected(err, "no page");

    struct update u = {.base = len};
    bool ok = add_annots(&u, l, size);
    long cat_at = (long)(u.base + u.body.len);
    object_head(&u.body, root, cat_from, cat_to);
    lang_entry(&u.body, l->lang);
    strbuf_add(&u.body, ">>\nendobj\n");
    long page_at = (long)(u.base + u.body.len);
    object_head(&u.body, page, page_from, page_to);
    strbuf_add(&u.body, "   /Annots [");
    for (long i = 0; i < u.n_annots; i++)
        strbuf_add(&u.body, " %ld 0 R", size + i);
    strbuf_add(&u.body, " ]\n>>\nendobj\n");

    long xref_at = (long)(u.base + u.body.len);
    strbuf_add(&u.body, "xref\n");
    xref_entry(&u.body, root, cat_at);
    xref_entry(&u.body, page, page_at);
    if (u.n_annots)
        strbuf_add(&u.body, "%ld %ld\n", size, u.n_annots);
    for (long i = 0; i < u.n_annots; i++)
        strbuf_add(&u.body, "%010ld 00000 n \n", u.offsets[i]);
    strbuf_add(&u.body, "trailer\n<< /Size %ld\n   /Root %ld 0 R\n", size + u.n_annots, root);
    if (info > 0)
        strbuf_add(&u.body, "   /Info %ld 0 R\n", info);
    strbuf_add(&u.body, "   /Prev %ld\n>>\nstartxref\n%ld\n%%%%EOF\n", prev, xref_at);
    free(u.offsets);
    if (!ok || u.body.nomem) {
        strbuf_finish(&u.body);
        error_first(err, ML_ERROR_NOMEM, "out of memory while adding links to the PDF");
        return false;
    }
    *out = u.body;
    return true;
}
