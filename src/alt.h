/* The parts of a chart's alt text that several charts share, every sentence in the chart's
 * language (i18n_sentence_add). Each chart's own alt-text builder puts them together. */
#ifndef ML_ALT_H
#define ML_ALT_H

#include "chart.h"
#include "strbuf.h"

/* Append "China, Russia (15 Jun 2001)" to a list, after the language's "; " when the list is
 * not empty. */
void alt_dated(struct strbuf *list, const char *lang, const char *text, const char *date);
/* The chart's title as a sentence of its own, when it has one. */
void alt_title(struct strbuf *b, const struct chart_opts *o);
/* "On <as of>: Member state (10), Observer (2)." from count (status index -> members), in
 * the order by_rank gives (position -> status index); statuses with none are left out. */
void alt_status_counts(struct strbuf *b, const struct chart_opts *o, const struct ml_doc *doc,
                       const int *by_rank, const int *count);
/* "Joined as Member state: China, Russia (15 Jun 2001); India (9 Jun 2017)." for the starts
 * of periods of status up to day cut; nothing when there are none. */
void alt_starts(struct strbuf *b, const struct chart_opts *o, const struct ml_doc *doc, int status,
                double cut);

#endif
