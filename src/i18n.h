/* The chart's own words, and dates and numbers in the chart's language.
 *
 * Dates, month names, numbers and digits come from CLDR through ICU, so every locale CLDR knows
 * formats them as its readers expect (Persian digits in Persian, "15. Juni 2001" in German),
 * always in the proleptic Gregorian calendar and UTC, never from the machine's locale. The
 * chart's words ("Source", "As of", "Former members", "38 more events not shown") come from the
 * project's own tables for the languages it ships (i18n_known); any other language gets
 * English words, and the renderer warns once.
 *
 * A language is a BCP 47 tag ("ru", "ru-RU", "zh-Hant-TW", "fa"); a tag without tables falls
 * back by dropping subtags from the end ("zh-Hant-TW" -> "zh-Hant" -> "zh"). Bare "en" is
 * CLDR's international English (en-001: "15 Jun 2001"); "en-US" gives "Jun 15, 2001".
 *
 * Every function writes a NUL-terminated UTF-8 string into buf (size bytes), cut at a character
 * boundary if it must be; 128 bytes hold any date. Thread-safe: ICU's formatters are kept per
 * locale for the life of the process and used under a lock. */
#ifndef ML_I18N_H
#define ML_I18N_H

#include <stdbool.h>
#include <stddef.h>

#include "date.h"

struct strbuf;

enum word {
    W_SOURCE, /* "Source" */
    W_AS_OF,  /* "As of" */
    W_EVENTS, /* legend heading */
    W_STATUS,
    W_TODAY,
    W_MEMBERS_COUNT,  /* "members" */
    W_NO_STATUS,      /* map: countries with no status */
    W_BCE,            /* the era before the common era, as a word */
    W_COUNT_TITLE,    /* "Number of states by status" */
    W_LEFT_OUT,       /* "Not shown" */
    W_APPROX_DATE,    /* timeline legend: an approximate date's marker */
    W_PARTIAL_DATE,   /* timeline legend: a date known to the year or month only */
    W_FORMER_MEMBERS, /* membership: the group of rows with no status on the chart's date */
    W_CONTINUED,      /* a page after the first: "(continued)" */
    W_NO_DATA,        /* an empty chart */
    W_SUSPENDED,      /* legend: a member suspended from its status (hatched) */
    W_WORD_COUNT
};

/* Sentences with a count, plural-aware (CLDR plural rules through ICU MessageFormat). */
enum message {
    M_EVENTS_NOT_SHOWN,     /* "38 more events not shown; see the data" */
    M_ROWS_NOT_SHOWN,       /* "12 more rows not shown" */
    M_EVENTS,               /* "12 events" */
    M_MEMBERS,              /* "10 members" */
    M_NOT_ON_MAP,           /* "2 members not on the map" */
    M_ACCESSIONS_NOT_SHOWN, /* count chart: "40 more accessions not shown; see the data" */
    M_LABELS_NOT_SHOWN,     /* map: "19 labels not shown" (for want of room) */
    M_MESSAGE_COUNT
};

/* The sentences of a chart's alt text: ICU MessageFormat patterns whose arguments {0}, {1} and
 * {2} are texts already in the chart's language (dates, names, lists, a select keyword) and
 * {3} the count (plural-aware, in the language's digits). ICU's C API reads the arguments as
 * varargs by their types in the pattern; with the count last, a translation that leaves any
 * argument out still reads the others right. */
enum sentence {
    S_TITLE,                /* "{0}." the chart's title as a sentence of its own */
    S_TIMELINE,             /* "Timeline of 12 events from {0} to {1}." */
    S_TIMELINE_EMPTY,       /* "Timeline with no events." */
    S_KEY_EVENTS,           /* "Key events: {0}." */
    S_PERIODS,              /* "Periods: {0}." */
    S_DATED,                /* "{0} ({1})": names, or an event, with their date */
    S_MEMBERSHIP,           /* "Membership chart of 10 members ... from {0} to {1} ..." */
    S_ON_DATE,              /* "On {0}: {1}." the counts by status on a date */
    S_ON_DATE_NONE,         /* "On {0}, no member has a status." */
    S_STARTS,               /* "Joined as {0}: {1}." */
    S_COUNT,                /* "Count chart ... {2: lines or stacked} ... from {0} to {1}." */
    S_MAP,                  /* "Map as of {0}." */
    S_MAP_STATUS,           /* "{0}: {1}." a status with its count, and its members */
    S_MAP_OTHERS,           /* "Other countries have no status." */
    S_DEFAULT,              /* "{1} and {2}, as of {0}." */
    S_NOT_SHOWN,            /* "38 more events not shown; see the data." */
    S_NOT_ON_MAP,           /* "2 members not on the map." */
    S_ACCESSIONS_NOT_SHOWN, /* "40 more accessions not shown; see the data." */
    S_SUSPENDED,            /* "Suspended from their status on that date: {0}." a list of: */
    S_SUSPENDED_ITEM,       /* "{0} (since {1})" */
    S_NAMES,                /* "Members are named as on the chart's date; {0}." a list of: */
    S_NAMES_ITEM,           /* "{0} was earlier named {1}" */
    S_SUCCESSORS,           /* "Successor states, never counted twice: {0}." a list of: */
    S_SUCCESSOR_ITEM,       /* "{0} succeeded {1} ({2})" */
    S_LEFT,                 /* "3 departures: {0}." a list of S_DATED */
    S_SUSPENDED_BEFORE,     /* "2 earlier suspensions: {0}." a list of S_DATED with ranges */
    S_JOINS_LATER,          /* "5 members join after the chart's date and are not shown: {0}." */
    S_JOINS_LATER_NOTE,     /* the chart's note: the same, {0} named when {1} is "named" */
    S_ROWS_LEFT_OUT,        /* --max-rows: "Only the rows ... ({2}) are drawn; 183 more ..." */
    S_GROUP_OF,             /* a group header: "{0} ({1} of {2})" */
    S_SUCCESSOR_COUNT,      /* a row's short successor note: "5 successor states" */
    S_MEMBERSHIP_EMPTY,     /* "Membership chart with no status periods to show." */
    S_COUNT_EMPTY,          /* "Count chart with no status periods to show." */
    S_MAP_NONE,             /* "No country has a status on that date." */
    S_SENTENCE_COUNT
};

const char *i18n_word(const char *lang, enum word w);
/* Append the sentence s to b, after the language's space between sentences when b is not
 * empty; a, b2 and c are the texts {0} {1} {2} (NULL for none), n the count {3}. */
void i18n_sentence_add(struct strbuf *b, const char *lang, enum sentence s, const char *a,
                       const char *b2, const char *c, long n);
/* Between items of a list whose items hold commas: "; ", "；", "؛ ". */
const char *i18n_list_semi(const char *lang);
/* The sentence m for the count n, digits in the language's own. */
void i18n_message(const char *lang, enum message m, long n, char *buf, size_t size);
/* An integer with the language's digits and grouping: "1,234", "۱٬۲۳۴", "1 234". */
void i18n_number(const char *lang, long n, char *buf, size_t size);
/* "15 Jun 2001", "15 июня 2001 г.", "2001年6月15日"; month-only and year-only forms keep their
 * precision ("Jun 2001", "2001"); approximate dates get the language's "c."; BCE years the
 * language's era ("44 BCE", "44 г. до н. э.", "公元前44年"). */
void i18n_date(const char *lang, const struct date *d, char *buf, size_t size);
/* The same, and with era true a year of the common era is marked as one, as on an axis that
 * reaches back into BCE years: "19 Aug AD 14", "c. AD 9", "14 г. н. э.", "公元14年". */
void i18n_date_era(const char *lang, const struct date *d, bool era, char *buf, size_t size);
/* A span of dates with CLDR's interval forms: "14–16 Oct 2015", "28 Feb – 11 Mar 2022",
 * "2015年10月14日至16日"; dates of different precision are joined by a dash. */
void i18n_date_range(const char *lang, const struct date *a, const struct date *b, char *buf,
                     size_t size);
void i18n_date_range_era(const char *lang, const struct date *a, const struct date *b, bool era,
                         char *buf, size_t size);
/* Tick labels: a year ("2001", "44 BCE"), a month ("Jun 2001") or a day ("15 Jun"). */
void i18n_tick(const char *lang, const struct date *d, int precision, char *buf, size_t size);
/* Short month name, 1-12, as it stands on its own ("Jun", "июнь", "6月"); owned by the
 * library, valid for the life of the process. */
const char *i18n_month_short(const char *lang, int month);

/* "Source: X", "As of 25 Oct 2025", "来源：X", "截至2025年10月25日", "25 अक्तूबर 2025 तक",
 * appended to b (no length limit); i18n_labelled writes it into buf, for short values. */
void i18n_labelled_add(struct strbuf *b, const char *lang, enum word w, const char *value);
void i18n_labelled(const char *lang, enum word w, const char *value, char *buf, size_t size);
/* Between the items of a list: ", ", "、", "، ". */
const char *i18n_list_sep(const char *lang);
/* Between a label and what it introduces: ": ", "：", "\u202f: ". */
const char *i18n_colon(const char *lang);
/* "Member state: 10", "成员国：10". */
void i18n_value_label_add(struct strbuf *b, const char *lang, const char *label, int n);
/* "Member state (10)", "成员国（10）". */
void i18n_count_label_add(struct strbuf *b, const char *lang, const char *label, int n);
/* Does the language (after BCP 47 fallback) have the project's chart words? */
bool i18n_known(const char *lang);
/* Does the tag follow RFC 5646's grammar for a tag with a language ("es", "pt-BR",
 * "zh-Hant-TW", "de-CH-1901", "fa-IR-u-nu-latn"; not "en_US", "x-private" or "i-klingon"), in
 * at most 64 bytes? The same rule as the "langCode" pattern of schema/memberline.schema.json. */
bool i18n_tag_well_formed(const char *lang);
/* Is the tag well-formed and accepted by ICU (which also refuses a repeated variant or
 * extension, and "und")? */
bool i18n_valid_tag(const char *lang);
/* Is the language written right to left (Arabic, Persian, Urdu, Hebrew ...)? */
bool i18n_rtl(const char *lang);
/* Does CLDR (the ICU data in use) know the tag's language? Dates and numbers of a language it
 * does not know ("xx") are formatted as in English. */
bool i18n_cldr_known(const char *lang);
/* The tag the tables are looked up by: Chinese in Traditional characters, by its script or by
 * a region that writes them ("zh-TW", "zh-HK", "zh-MO": ICU's likely subtags), is "zh-Hant";
 * any other tag is itself. */
const char *i18n_script_tag(const char *lang);
/* Does tag name the language code, or a more specific form of it ("ru-RU" of "ru",
 * "zh-Hant-TW" of "zh-Hant" and of "zh")? Case-insensitive; '_' is taken as '-'. */
bool i18n_tag_matches(const char *tag, const char *code);

#endif
