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
 * the order by_rank gives (position -> status index); statuses with none are left out; then
 * "Former members (3)" when former > 0. */
void alt_status_counts(struct strbuf *b, const struct chart_opts *o, const struct ml_doc *doc,
                       const int *by_rank, const int *count, int former);
/* "Joined as Member state: China, Russia (15 Jun 2001); India (9 Jun 2017)." for the starts
 * of periods of status up to day cut; nothing when there are none. */
void alt_starts(struct strbuf *b, const struct chart_opts *o, const struct ml_doc *doc, int status,
                double cut);

/* "2 departures: Qatar (1 Jan 2019); Ecuador (1 Jan 2020)." every end of a period up to cut
 * after which the member holds no status, with the name it had then. */
void alt_departures(struct strbuf *b, const struct chart_opts *o, const struct ml_doc *doc,
                    double cut);
/* "1 earlier suspension: Indonesia (Jan – Nov 2016)." the suspensions over by cut. */
void alt_past_suspensions(struct strbuf *b, const struct chart_opts *o, const struct ml_doc *doc,
                          double cut);
/* "5 members join after the chart's date and are not shown: Ukraine (28 Feb 2022); ..." for
 * members whose first period starts after cut; returns how many. */
size_t alt_joins_later(struct strbuf *b, const struct chart_opts *o, const struct ml_doc *doc,
                       double cut);
/* What a membership or count chart shows of the members' histories up to cut, one sentence per
 * kind of fact, each complete and with its count: the starts of every status in rank order
 * (by_rank: position -> status index), departures, suspensions now and before, former names,
 * successor states, and the members joining after cut. */
void alt_history(struct strbuf *b, const struct chart_opts *o, const struct ml_doc *doc,
                 const int *by_rank, double cut);

#endif
