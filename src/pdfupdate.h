/* Links and the document language for cairo's PDF, added as an incremental update.
 *
 * Why not cairo's link tags: cairo 1.16 writes a link tag's structure tree with xref entries
 * for objects it never writes (offset 15) and a ParentTree that refers to them, so every PDF
 * with a link was damaged (qpdf --check); and it writes the URI into a PDF string unescaped. An
 * incremental update (PDF 1.7, 7.5.6) leaves cairo's bytes as they are and appends new
 * versions of the page (with /Annots) and the catalog (with /Lang), the link annotations, a
 * cross-reference section for them and a trailer pointing back at cairo's. */
#ifndef ML_PDFUPDATE_H
#define ML_PDFUPDATE_H

#include <stdbool.h>
#include <stddef.h>

#include "layout.h"
#include "memberline.h"
#include "strbuf.h"

/* Fill out with the bytes to append to pdf (cairo's complete one-page file of len bytes): a
 * link annotation over the box of each item of l whose link may be one (see url_link), and
 * l->lang as the catalog's /Lang. False with err set when pdf is not laid out as cairo writes
 * it, or when out of memory. */
bool pdfupdate_make(const unsigned char *pdf, size_t len, const struct layout *l,
                    struct strbuf *out, struct ml_error *err);

#endif
