/* The chart's own words and date forms per language, independent of the machine's locale. */
#ifndef ML_I18N_H
#define ML_I18N_H

#include <stddef.h>

#include <stdbool.h>

#include "date.h"

enum word {
    W_SOURCE, /* "Source" */
    W_AS_OF,  /* "As of" */
    W_EVENTS, /* legend heading */
    W_STATUS,
    W_TODAY,
    W_MEMBERS_COUNT, /* "%d members": see i18n_count */
    W_NO_STATUS,     /* map: countries with no status */
    W_BCE,           /* suffix for years before the common era */
    W_COUNT_TITLE,   /* "Number of states by status" */
    W_LEFT_OUT,      /* "Not shown" */
    W_APPROX_DATE,   /* timeline legend: an approximate date's marker */
    W_PARTIAL_DATE,  /* timeline legend: a date known to the year or month only */
    W_WORD_COUNT
};

const char *i18n_word(const char *lang, enum word w);
/* "15 Jun 2001", "15 июня 2001 г.", "2001年6月15日"; year-only and month-only forms too. */
void i18n_date(const char *lang, const struct date *d, char *buf, size_t size);
/* A span of dates: "14–16 Oct 2015", "14–16 октября 2015 г.", "2015年10月14日–16日", else the
 * two dates joined by a dash. */
void i18n_date_range(const char *lang, const struct date *a, const struct date *b, char *buf,
                     size_t size);
/* Tick labels: a year ("2001", "44 BCE"), a month ("Jun 2001") or a day ("15 Jun"). */
void i18n_tick(const char *lang, const struct date *d, int precision, char *buf, size_t size);
/* Short month name, 1-12, as it stands on an axis ("Jun", "июнь", "6月", "ژوئن"). */
const char *i18n_month_short(const char *lang, int month);
/* "Source: X", "As of 25 Oct 2025", "来源：X", "截至2025年10月25日", "25 अक्तूबर 2025 तक". */
void i18n_labelled(const char *lang, enum word w, const char *value, char *buf, size_t size);
/* Between the items of a list: ", ", "、", "، ". */
const char *i18n_list_sep(const char *lang);
/* "Member state: 10", "成员国：10". */
void i18n_value_label(const char *lang, const char *label, int n, char *buf, size_t size);
/* "Member state (10)", "成员国（10）". */
void i18n_count_label(const char *lang, const char *label, int n, char *buf, size_t size);
/* Under a chart that shows a selection: "38 more events not shown; see the data". */
void i18n_not_shown(const char *lang, size_t n, char *buf, size_t size);
/* Does the language have its own tables (else English is used)? */
int i18n_known(const char *lang);
/* Is the language written right to left (Arabic, Persian, Urdu, Hebrew ...)? */
bool i18n_rtl(const char *lang);

#endif
