/* Short plain sentences about suspensions, names over time and successor states, for the alt
 * text of the count and map charts, in the chart's language (the i18n sentence tables). Each
 * appends one sentence to b, or nothing when the data has nothing to say. */
#ifndef ML_ALTNOTE_H
#define ML_ALTNOTE_H

#include "chart.h"
#include "strbuf.h"

/* "Suspended on 31 Dec 2024: Aurelia (since Jun 2021)." */
void altnote_suspended(struct strbuf *b, const struct ml_doc *doc, const struct chart_opts *o,
                       double day);
/* "Names as on 31 Dec 2024; Belmaria was earlier named Belmark, Republic of Belmark and Isla." */
void altnote_names(struct strbuf *b, const struct ml_doc *doc, const struct chart_opts *o,
                   double day);
/* "Successor states, counted once: Example East succeeded Example Federation (1 Jan 1993)." */
void altnote_successors(struct strbuf *b, const struct ml_doc *doc, const struct chart_opts *o,
                        double day);

#endif
