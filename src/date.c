/* Partial dates. Historical years (no year 0) are mapped to astronomical ones for arithmetic. */
#include "date.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static bool leap(long y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static long astro(int year)
{
    return year < 0 ? (long)year + 1 : year;
}

int date_days_in_month(int year, int month)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12)
        return 0;
    return month == 2 && leap(astro(year)) ? 29 : days[month - 1];
}

/* Days from civil (Howard Hinnant's algorithm), shifted so 0001-01-01 is day 0. */
static long days_from_civil(long y, long m, long d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468 + 719162;
}

void date_from_days(double days, struct date *out)
{
    long z = (long)days - 719162 + 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long y = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long d = doy - (153 * mp + 2) / 5 + 1;
    long m = mp + (mp < 10 ? 3 : -9);
    y += m <= 2;
    out->year = (int)(y <= 0 ? y - 1 : y);
    out->month = (int)m;
    out->day = (int)d;
    out->approx = false;
}

static const char *digits(const char *p, int n, long *out)
{
    long v = 0;
    for (int i = 0; i < n; i++) {
        if (!isdigit((unsigned char)p[i]))
            return NULL;
        v = v * 10 + (p[i] - '0');
    }
    *out = v;
    return p + n;
}

static bool fail(const char **why, const char *reason)
{
    if (why)
        *why = reason;
    return false;
}

bool date_parse(const char *s, struct date *out, const char **why)
{
    static const char *form = "expected YYYY, YYYY-MM or YYYY-MM-DD";
    struct date d = {0, 0, 0, false};
    const char *p = s;
    bool bce = *p == '-', has_m = false, has_d = false;
    long y, m = 0, day = 0;
    if (bce)
        p++;
    if (!(p = digits(p, 4, &y)))
        return fail(why, form);
    if (*p == '-') {
        has_m = true;
        if (!(p = digits(p + 1, 2, &m)))
            return fail(why, form);
        if (*p == '-') {
            has_d = true;
            if (!(p = digits(p + 1, 2, &day)))
                return fail(why, form);
        }
    }
    if (*p == '~') {
        d.approx = true;
        p++;
    }
    if (*p != '\0')
        return fail(why, form);
    if (y == 0)
        return fail(why, "there is no year 0 (use -0001 for 1 BCE)");
    d.year = (int)(bce ? -y : y);
    if (has_m && (m < 1 || m > 12))
        return fail(why, "the month must be 01 to 12");
    d.month = (int)m;
    if (has_d && (day < 1 || day > date_days_in_month(d.year, d.month)))
        return fail(why, "that day does not exist in that month");
    d.day = (int)day;
    *out = d;
    return true;
}

enum date_precision date_precision(const struct date *d)
{
    if (d->month == 0)
        return DATE_YEAR;
    return d->day == 0 ? DATE_MONTH : DATE_DAY;
}

double date_start(const struct date *d)
{
    long y = astro(d->year);
    return (double)days_from_civil(y, d->month ? d->month : 1, d->day ? d->day : 1);
}

double date_end(const struct date *d)
{
    long y = astro(d->year);
    switch (date_precision(d)) {
    case DATE_YEAR:
        return (double)days_from_civil(y + 1, 1, 1);
    case DATE_MONTH:
        return d->month == 12 ? (double)days_from_civil(y + 1, 1, 1)
                              : (double)days_from_civil(y, d->month + 1, 1);
    default:
        return date_start(d) + 1;
    }
}

int date_cmp(const struct date *a, const struct date *b)
{
    double sa = date_start(a), sb = date_start(b);
    if (sa != sb)
        return sa < sb ? -1 : 1;
    return (int)date_precision(a) - (int)date_precision(b);
}

void date_format_iso(const struct date *d, char *buf, size_t size)
{
    int n;
    const char *sign = d->year < 0 ? "-" : "";
    int y = abs(d->year);
    if (d->month == 0)
        n = snprintf(buf, size, "%s%04d", sign, y);
    else if (d->day == 0)
        n = snprintf(buf, size, "%s%04d-%02d", sign, y, d->month);
    else
        n = snprintf(buf, size, "%s%04d-%02d-%02d", sign, y, d->month, d->day);
    if (d->approx && n > 0 && (size_t)n + 1 < size)
        strcat(buf, "~");
}

void date_today(struct date *out)
{
    time_t now = time(NULL);
    const char *epoch = getenv("SOURCE_DATE_EPOCH");
    if (epoch && *epoch) {
        char *end;
        long long v = strtoll(epoch, &end, 10);
        if (*end == '\0' && v >= 0)
            now = (time_t)v;
    }
    date_from_days((double)(now / 86400) + 719162.0, out);
}
