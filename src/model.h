/* The document model: plain C, no jansson. Built by load.c, read by the charts. */
#ifndef ML_MODEL_H
#define ML_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "date.h"
#include "memberline.h"

#define ML_MAX_LANGS 16

/* A text in several languages, indexed like ml_doc.langs; NULL where not given. */
struct mtext {
    char *v[ML_MAX_LANGS];
    bool every; /* given as a plain string: v[0] is the text in every language */
};

struct category {
    char *id;
    struct mtext label;
    uint32_t color; /* 0xRRGGBBAA */
    bool has_color;
};

struct status {
    char *id;
    struct mtext label;
    uint32_t color;
    bool has_color;
    int rank; /* lower = higher status: member 1, observer 2 ... */
};

struct event {
    char *id;
    struct date date;
    struct date end;
    bool has_end;
    struct mtext title, short_title, description;
    int category;      /* index into doc->categories */
    int importance;    /* 1 key, 2 normal, 3 minor */
    int *participants; /* indexes into doc->members */
    size_t n_participants;
    char **sources;
    size_t n_sources;
};

struct span {
    char *id;
    struct date from, to;
    struct mtext title;
    int category; /* -1 when none */
};

struct period {
    int status; /* index into doc->statuses */
    struct date from;
    struct date to;
    bool open; /* no "to": the status still holds */
    struct mtext note;
    char **sources;
    size_t n_sources;
};

struct member {
    char *id;   /* ISO 3166 alpha-2 for states */
    char *iso3; /* NULL when not given */
    struct mtext name;
    struct period *periods; /* sorted by from */
    size_t n_periods;
};

struct ml_doc {
    char *source_name; /* file path or "<stdin>" */
    int version;
    struct mtext title, subtitle, source;
    struct date as_of;
    bool has_as_of;
    char *langs[ML_MAX_LANGS];
    int n_langs;
    struct category *categories;
    size_t n_categories;
    struct status *statuses;
    size_t n_statuses;
    struct event *events; /* in file order */
    size_t n_events;
    struct span *spans;
    size_t n_spans;
    struct member *members; /* in file order */
    size_t n_members;
};

/* The text in language lang (an index into doc->langs), falling back to the first language
 * and then to any; "" when the text is absent altogether. *fell_back is set when it had to (a
 * plain string is every language's text, never a fallback). */
const char *mtext_get(const struct mtext *t, int lang, bool *fell_back);
void mtext_free(struct mtext *t);
int model_lang_index(const struct ml_doc *doc, const char *code);
int model_find_status(const struct ml_doc *doc, const char *id);
int model_find_category(const struct ml_doc *doc, const char *id);
int model_find_member(const struct ml_doc *doc, const char *id);
int model_find_event(const struct ml_doc *doc, const char *id);
/* The period of m in force on day (days as date_start gives them), or NULL. A period covers
 * [start(from), start(to)); an open one has no end. */
const struct period *model_period_at(const struct member *m, double day);
/* Number of members whose period on day has the given status. */
int model_count_status(const struct ml_doc *doc, int status, double day);
/* Where a period of a status starts: (day, member). */
struct model_start {
    double day;
    size_t member;
};
/* The starts of periods of status up to day cut, sorted by day and then data order, so that
 * a day's members are found by bisection; NULL when memory runs out (free the result). */
struct model_start *model_starts(const struct ml_doc *doc, int status, double cut, size_t *n_out);
/* Free everything the doc owns, then the doc. */
void model_free(struct ml_doc *doc);

#endif
