/* Partial dates: a year, a month or a day, maybe approximate, maybe BCE. */
#ifndef ML_DATE_H
#define ML_DATE_H

#include <stdbool.h>
#include <stddef.h>

/* What a date must look like, for messages. */
#define DATE_FORM "expected YYYY, YYYY-MM or YYYY-MM-DD"

enum date_precision { DATE_YEAR, DATE_MONTH, DATE_DAY };

/* Years are historical: -44 is 44 BCE and there is no year 0. */
struct date {
    int year;
    int month; /* 1-12, 0 when the precision is a year */
    int day;   /* 1-31, 0 when the precision is a year or a month */
    bool approx;
};

/* Parse YYYY, YYYY-MM or YYYY-MM-DD, an optional leading '-' (BCE) and trailing '~'.
 * On failure returns false and, when why is not NULL, a short reason. */
bool date_parse(const char *s, struct date *out, const char **why);
enum date_precision date_precision(const struct date *d);
/* Days since 0001-01-01 (proleptic Gregorian) of the first and of the day after the last
 * day the date covers: "2006" covers [2006-01-01, 2007-01-01). */
double date_start(const struct date *d);
double date_end(const struct date *d);
/* Order by start, then by precision (coarser first). */
int date_cmp(const struct date *a, const struct date *b);
/* The date as it was written, normalised: "2001-06-15", "2010~", "-0044-03-15". */
void date_format_iso(const struct date *d, char *buf, size_t size);
/* Inverse of date_start for whole days. */
void date_from_days(double days, struct date *out);
/* Today's date in UTC (SOURCE_DATE_EPOCH when set, for reproducible output). */
void date_today(struct date *out);
int date_days_in_month(int year, int month);

#endif
