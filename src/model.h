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

/* What a status means to a reader, so that its default colour can follow: a suspended or
 * expelled state in green would read as good news. TONE_NONE: the theme's rank palette. */
enum tone { TONE_NONE, TONE_POSITIVE, TONE_NEUTRAL, TONE_NEGATIVE, TONE_PENDING };

struct status {
    char *id;
    struct mtext label;
    uint32_t color;
    bool has_color;
    int rank;       /* lower = higher status: member 1, observer 2 ... */
    enum tone tone; /* TONE_NONE when not given */
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

/* A time inside a period when the member keeps its status but is suspended from it (not
 * seated, not taking part). Covers [start(from), start(to)) like a period; an open one lasts
 * as long as its (open) period. */
struct suspension {
    struct date from;
    struct date to;
    bool open;
    struct mtext note;
    char **sources;
    size_t n_sources;
};

struct period {
    int status; /* index into doc->statuses */
    struct date from;
    struct date to;
    bool open; /* no "to": the status still holds */
    struct mtext note;
    char **sources;
    size_t n_sources;
    struct suspension *suspended; /* in order, not overlapping, inside the period */
    size_t n_suspended;
};

/* A name the member had for a time: [start(from), start(to)); no from: since ever, no to: until
 * the next name's from (or for ever when it is the last). */
struct member_name {
    struct mtext name;
    struct date from, to;
    bool has_from, has_to;
};

struct member {
    char *id;     /* ISO 3166 alpha-2 for states */
    char *iso3;   /* the first of iso3s (borrowed from it); NULL when none */
    char **iso3s; /* every shape the member covers (a federation that split has several) */
    size_t n_iso3s;
    bool unmapped; /* "map": false: no shape on purpose; the map neither draws nor warns */
    /* The row label: "name", or when only "names" is given, the last of names. */
    struct mtext name;
    struct member_name *names; /* names over time, in order; none when only "name" is given */
    size_t n_names;
    int *successor_of; /* indexes into doc->members: the states this one succeeded */
    size_t n_successor_of;
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
/* Number of members whose period on day has the given status, suspended ones included. A
 * state and its successor are never both counted: the loader rejects a successor whose first
 * period starts before its predecessor's last one ends. */
int model_count_status(const struct ml_doc *doc, int status, double day);
/* How many of those model_count_status counts are suspended on day. */
int model_count_suspended(const struct ml_doc *doc, int status, double day);
/* The suspension of m in force on day, or NULL (also when m holds no status then). */
const struct suspension *model_suspension_at(const struct member *m, double day);
bool model_suspended_at(const struct member *m, double day);
/* The end day of a suspension of period p (open ones end with their period: INFINITY). */
double model_suspension_end(const struct period *p, const struct suspension *s);
/* The name of m on day: the names entry covering day, else m->name. */
const struct mtext *model_name_at(const struct member *m, double day);
/* A stretch of days [from, to) over which one name applied. */
struct name_run {
    const struct mtext *name;
    double from, to;
};
/* The names of m over [from, to), in order, adjacent runs with the same name merged; *out is
 * a new array the caller frees (NULL with *n = 0 when from >= to). False when out of memory. */
bool model_name_runs(const struct member *m, double from, double to, struct name_run **out,
                     size_t *n);
/* The period of m that ends last; NULL when m has none or one of them is still open. */
const struct period *model_last_period(const struct member *m);
/* The date successor m took over from its predecessors: its first period's start (a split:
 * Czechoslovakia to Czechia and Slovakia), or, in a union (m held a status before a
 * predecessor's last period ended: the two Germanys to one), the latest end of those
 * predecessors' periods. NULL when m has no predecessor or no period. */
const struct date *model_succession_date(const struct ml_doc *doc, const struct member *m);
/* Whether member a succeeded member b, directly or through other successions. */
bool model_succeeds(const struct ml_doc *doc, int a, int b);
/* The members that list m in successor_of, into a new array (caller frees). False when out of
 * memory. */
bool model_successors(const struct ml_doc *doc, int m, int **out, size_t *n);
/* How many statuses of the same tone as status come before it in rank order (rank, then file
 * order): picks its shade of the tone (theme_tone_color). 0 for TONE_NONE. */
size_t model_tone_index(const struct ml_doc *doc, int status);
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
