/* Partial dates: parsing, ranges, order, formatting and day numbers. */
#include <string.h>

#include "date.h"
#include "test.h"

static bool parses(const char *s, int y, int m, int d, bool approx)
{
    struct date out;
    if (!date_parse(s, &out, NULL))
        return false;
    return out.year == y && out.month == m && out.day == d && out.approx == approx;
}

static const char *why_not(const char *s)
{
    struct date out;
    const char *why = NULL;
    if (date_parse(s, &out, &why))
        return "(parsed)";
    return why ? why : "(no reason)";
}

static void test_parse(void)
{
    CHECK(parses("2006", 2006, 0, 0, false), "year");
    CHECK(parses("2006-07", 2006, 7, 0, false), "month");
    CHECK(parses("2006-07-15", 2006, 7, 15, false), "day");
    CHECK(parses("2006~", 2006, 0, 0, true), "approximate year");
    CHECK(parses("2006-07-15~", 2006, 7, 15, true), "approximate day");
    CHECK(parses("-0044", -44, 0, 0, false), "BCE year");
    CHECK(parses("-0044-03-15", -44, 3, 15, false), "BCE day");
    CHECK(parses("-0478~", -478, 0, 0, true), "approximate BCE");
    CHECK(parses("0001-01-01", 1, 1, 1, false), "first day CE");
    CHECK(parses("9999-12-31", 9999, 12, 31, false), "last day");
    /* leap years */
    CHECK(parses("2000-02-29", 2000, 2, 29, false), "2000 is a leap year");
    CHECK(parses("2024-02-29", 2024, 2, 29, false), "2024 is a leap year");
    CHECK(!parses("1900-02-29", 1900, 2, 29, false), "1900 is not a leap year");
    CHECK(!parses("2023-02-29", 2023, 2, 29, false), "2023 is not a leap year");
    CHECK(parses("-0001-02-29", -1, 2, 29, false), "1 BCE (astronomical 0) is a leap year");
    CHECK(date_days_in_month(2000, 2) == 29 && date_days_in_month(1900, 2) == 28 &&
              date_days_in_month(2024, 2) == 29 && date_days_in_month(2023, 4) == 30 &&
              date_days_in_month(2023, 13) == 0,
          "days in month");
    /* impossible and malformed */
    CHECK(strcmp(why_not("2019-02-30"), "that day does not exist in that month") == 0, "%s",
          why_not("2019-02-30"));
    CHECK(strcmp(why_not("2023-13-01"), "the month must be 01 to 12") == 0, "%s",
          why_not("2023-13-01"));
    CHECK(strcmp(why_not("2023-00-10"), "the month must be 01 to 12") == 0, "month 00");
    CHECK(strcmp(why_not("2023-04-31"), "that day does not exist in that month") == 0, "Apr 31");
    CHECK(strcmp(why_not("2023-04-00"), "that day does not exist in that month") == 0, "day 00");
    CHECK(strstr(why_not("0000"), "no year 0") != NULL, "year 0: %s", why_not("0000"));
    CHECK(strstr(why_not("-0000"), "no year 0") != NULL, "year -0");
    const char *garbage[] = {"",
                             "2019/02/30",
                             "19-02-01",
                             "2019-2-1",
                             "2019-02-1",
                             "20190",
                             "2019-",
                             "2019-02-",
                             "abcd",
                             " 2019",
                             "2019 ",
                             "2019~~",
                             "~2019",
                             "+2019",
                             "--2019",
                             "2019-02-30x",
                             "2019-02-03T00:00",
                             "１９９６",
                             "2019-1a"};
    for (size_t i = 0; i < sizeof garbage / sizeof *garbage; i++)
        CHECK(strcmp(why_not(garbage[i]), "expected YYYY, YYYY-MM or YYYY-MM-DD") == 0,
              "\"%s\": %s", garbage[i], why_not(garbage[i]));
    CHECK(date_precision(&(struct date){2006, 0, 0, false}) == DATE_YEAR, "precision year");
    CHECK(date_precision(&(struct date){2006, 7, 0, false}) == DATE_MONTH, "precision month");
    CHECK(date_precision(&(struct date){2006, 7, 1, false}) == DATE_DAY, "precision day");
}

static double start_of(const char *s)
{
    struct date d;
    return date_parse(s, &d, NULL) ? date_start(&d) : -1e18;
}

static double end_of(const char *s)
{
    struct date d;
    return date_parse(s, &d, NULL) ? date_end(&d) : -1e18;
}

static void test_ranges(void)
{
    CHECK(start_of("0001-01-01") == 0, "day 0 is 0001-01-01");
    CHECK(start_of("0001-01-02") == 1, "day 1");
    CHECK(start_of("-0001-12-31") == -1, "the day before 1 CE is 1 BCE Dec 31");
    CHECK(start_of("2006") == start_of("2006-01-01"), "a year starts on Jan 1");
    CHECK(end_of("2006") == start_of("2007-01-01"), "a year ends on next Jan 1");
    CHECK(end_of("2006") - start_of("2006") == 365, "2006 has 365 days");
    CHECK(end_of("2024") - start_of("2024") == 366, "2024 has 366 days");
    CHECK(end_of("2024-02") - start_of("2024-02") == 29, "Feb 2024 has 29 days");
    CHECK(end_of("2023-12") == start_of("2024"), "December ends at the new year");
    CHECK(end_of("2006-07-15") == start_of("2006-07-16"), "a day is one day");
    CHECK(start_of("2006~") == start_of("2006"), "approximate dates start the same");
    CHECK(end_of("-0044") == start_of("-0043"), "BCE year range");
    CHECK(start_of("2001-06-15") - start_of("1996-04-26") == 1876, "days between two dates");
}

static int cmp(const char *a, const char *b)
{
    struct date x, y;
    date_parse(a, &x, NULL);
    date_parse(b, &y, NULL);
    return date_cmp(&x, &y);
}

static void test_cmp(void)
{
    CHECK(cmp("2001", "2002") < 0, "years");
    CHECK(cmp("2002-01-01", "2001-12-31") > 0, "days");
    CHECK(cmp("-0044", "0001") < 0, "BCE before CE");
    CHECK(cmp("-0100", "-0044") < 0, "100 BCE before 44 BCE");
    CHECK(cmp("2006", "2006-01") < 0, "coarser first on the same start");
    CHECK(cmp("2006-01", "2006-01-01") < 0, "month before day on the same start");
    CHECK(cmp("2006-07-15", "2006-07-15") == 0, "equal");
    CHECK(cmp("2006-02", "2006-01-31") > 0, "month after the last day before it");
}

static void round_trip(const char *s)
{
    struct date d, e;
    char buf[32];
    CHECK(date_parse(s, &d, NULL), "parse %s", s);
    date_format_iso(&d, buf, sizeof buf);
    CHECK(strcmp(buf, s) == 0, "format %s gave %s", s, buf);
    CHECK(date_parse(buf, &e, NULL) && date_cmp(&d, &e) == 0 && d.approx == e.approx, "reparse %s",
          buf);
}

static void test_format(void)
{
    const char *forms[] = {"2006",   "2006-07",    "2001-06-15", "2010~",       "-0044-03-15",
                           "-0478~", "0001-01-01", "1996-04",    "2024-02-29~", "-0001"};
    char small[6];
    for (size_t i = 0; i < sizeof forms / sizeof *forms; i++)
        round_trip(forms[i]);
    date_format_iso(&(struct date){2001, 6, 15, false}, small, sizeof small);
    CHECK(strlen(small) < sizeof small, "a small buffer is not overrun");
}

static void test_days(void)
{
    int bad = 0;
    /* every day from 1000 BCE to 2100 CE maps back to itself */
    double from = start_of("-1000-01-01"), to = start_of("2100-12-31");
    for (double day = from; day <= to; day++) {
        struct date d;
        date_from_days(day, &d);
        if (date_start(&d) != day || d.month < 1 || d.day < 1 || d.year == 0)
            bad++;
    }
    CHECK(bad == 0, "%d days do not round trip", bad);
    struct date d;
    date_from_days(0, &d);
    CHECK(d.year == 1 && d.month == 1 && d.day == 1, "day 0");
    date_from_days(-1, &d);
    CHECK(d.year == -1 && d.month == 12 && d.day == 31, "day -1 is 1 BCE Dec 31: %d-%d-%d", d.year,
          d.month, d.day);
    date_from_days(start_of("2000-02-29"), &d);
    CHECK(d.year == 2000 && d.month == 2 && d.day == 29, "leap day");
    date_from_days(start_of("-0044-03-15"), &d);
    CHECK(d.year == -44 && d.month == 3 && d.day == 15, "ides of March");
}

int main(void)
{
    test_parse();
    test_ranges();
    test_cmp();
    test_format();
    test_days();
    return test_done();
}
