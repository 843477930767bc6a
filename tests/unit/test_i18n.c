/* Chart words and date forms in every language with tables: day, month and year forms,
 * approximate and BCE dates, axis ticks, date ranges and labelled texts. */
#include <string.h>

#include "i18n.h"
#include "strbuf.h"
#include "text.h"
#include "test.h"

static struct date D(int y, int m, int d, bool approx) {
    return (struct date){y, m, d, approx};
}

/* Check i18n_date(lang, d) == want. */
static void
date_is(const char *lang, struct date d, const char *want)
{
    char buf[128];
    i18n_date(lang, &d, buf, sizeof buf);
    CHECK(strcmp(buf, want) == 0, "%s date %d-%d-%d%s: \"%s\", expected \"%s\"", lang, d.year,
          d.month, d.day, d.approx ? "~" : "", buf, want);
}

static void tick_is(const char *lang, struct date d, int precision, const char *want)
{
    char buf[128];
    i18n_tick(lang, &d, precision, buf, sizeof buf);
    CHECK(strcmp(buf, want) == 0, "%s tick %d-%d-%d: \"%s\", expected \"%s\"", lang, d.year,
          d.month, d.day, buf, want);
}

static void range_is(const char *lang, struct date a, struct date b, const char *want)
{
    char buf[160];
    i18n_date_range(lang, &a, &b, buf, sizeof buf);
    CHECK(strcmp(buf, want) == 0, "%s range: \"%s\", expected \"%s\"", lang, buf, want);
}

static void labelled_is(const char *lang, enum word w, const char *value, const char *want)
{
    char buf[160];
    i18n_labelled(lang, w, value, buf, sizeof buf);
    CHECK(strcmp(buf, want) == 0, "%s labelled: \"%s\", expected \"%s\"", lang, buf, want);
}

static void test_english(void)
{
    date_is("en", D(2001, 6, 15, false), "15 Jun 2001");
    date_is("en", D(2001, 6, 0, false), "Jun 2001");
    date_is("en", D(2001, 0, 0, false), "2001");
    date_is("en", D(2001, 0, 0, true), "c. 2001");
    date_is("en", D(2001, 6, 15, true), "c. 15 Jun 2001");
    date_is("en", D(-44, 0, 0, false), "44 BCE");
    date_is("en", D(-44, 3, 15, false), "15 Mar 44 BCE");
    date_is("en", D(-478, 0, 0, true), "c. 478 BCE");
    tick_is("en", D(2001, 0, 0, false), DATE_YEAR, "2001");
    tick_is("en", D(2001, 6, 1, false), DATE_MONTH, "Jun 2001");
    tick_is("en", D(2001, 6, 15, false), DATE_DAY, "15 Jun");
    tick_is("en", D(-44, 0, 0, false), DATE_YEAR, "44 BCE");
    labelled_is("en", W_SOURCE, "UN", "Source: UN");
    labelled_is("en", W_AS_OF, "26 Oct 2025", "As of 26 Oct 2025");
}

static void test_russian(void)
{
    /* The genitive after a day, the nominative alone, "г." after a year in a date. */
    date_is("ru", D(2001, 6, 15, false), "15 июня 2001 г.");
    date_is("ru", D(2017, 3, 1, false), "1 марта 2017 г.");
    date_is("ru", D(2024, 5, 9, false), "9 мая 2024 г.");
    date_is("ru", D(2001, 6, 0, false), "июнь 2001 г.");
    date_is("ru", D(2001, 8, 0, false), "август 2001 г.");
    date_is("ru", D(2001, 0, 0, false), "2001 г.");
    date_is("ru", D(2001, 0, 0, true), "ок. 2001 г.");
    date_is("ru", D(2001, 6, 15, true), "ок. 15 июня 2001 г.");
    date_is("ru", D(-44, 0, 0, false), "44 г. до н. э.");
    date_is("ru", D(-44, 3, 15, false), "15 марта 44 г. до н. э.");
    /* Axis: no "г." on a bare year; short month forms, genitive after a day. */
    tick_is("ru", D(2001, 0, 0, false), DATE_YEAR, "2001");
    tick_is("ru", D(2001, 6, 1, false), DATE_MONTH, "июнь 2001");
    tick_is("ru", D(2001, 9, 1, false), DATE_MONTH, "сент. 2001");
    tick_is("ru", D(2001, 6, 15, false), DATE_DAY, "15 июн.");
    tick_is("ru", D(2001, 5, 15, false), DATE_DAY, "15 мая");
    tick_is("ru", D(-44, 0, 0, false), DATE_YEAR, "44 г. до н. э.");
    labelled_is("ru", W_SOURCE, "ООН", "Источник: ООН");
    labelled_is("ru", W_AS_OF, "26 октября 2025 г.", "По состоянию на 26 октября 2025 г.");
    CHECK(strcmp(i18n_month_short("ru", 2), "февр.") == 0, "ru short February");
}

static void test_chinese(void)
{
    date_is("zh", D(2001, 6, 15, false), "2001年6月15日");
    date_is("zh", D(2001, 6, 0, false), "2001年6月");
    date_is("zh", D(2001, 0, 0, false), "2001年");
    date_is("zh", D(2001, 0, 0, true), "约2001年");
    date_is("zh", D(2001, 6, 15, true), "约2001年6月15日");
    date_is("zh", D(-44, 0, 0, false), "公元前44年");
    date_is("zh", D(-44, 3, 15, false), "公元前44年3月15日");
    tick_is("zh", D(2001, 0, 0, false), DATE_YEAR, "2001年");
    tick_is("zh", D(2001, 6, 1, false), DATE_MONTH, "2001年6月");
    tick_is("zh", D(2001, 6, 15, false), DATE_DAY, "6月15日");
    tick_is("zh", D(-44, 0, 0, false), DATE_YEAR, "公元前44年");
    /* Full-width colon, no space; "截至" joins its date directly. */
    labelled_is("zh", W_SOURCE, "联合国", "来源：联合国");
    labelled_is("zh", W_AS_OF, "2025年10月26日", "截至2025年10月26日");
}

static void test_persian_arabic_urdu(void)
{
    date_is("fa", D(2001, 6, 15, false), "15 ژوئن 2001");
    date_is("fa", D(2001, 6, 0, false), "ژوئن 2001");
    date_is("fa", D(2001, 0, 0, false), "2001");
    date_is("fa", D(2001, 0, 0, true), "حدود 2001");
    date_is("fa", D(-44, 0, 0, false), "44 پ. م.");
    tick_is("fa", D(2001, 10, 1, false), DATE_MONTH, "اکتبر 2001");
    tick_is("fa", D(2001, 10, 15, false), DATE_DAY, "15 اکتبر");
    labelled_is("fa", W_SOURCE, "سازمان ملل", "منبع: سازمان ملل");
    labelled_is("fa", W_AS_OF, "26 اکتبر 2025", "تا 26 اکتبر 2025");

    date_is("ar", D(2001, 6, 15, false), "15 يونيو 2001");
    date_is("ar", D(2001, 6, 0, false), "يونيو 2001");
    date_is("ar", D(2001, 0, 0, false), "2001");
    date_is("ar", D(2001, 0, 0, true), "نحو 2001");
    date_is("ar", D(-44, 0, 0, false), "44 ق. م.");
    tick_is("ar", D(2001, 12, 1, false), DATE_MONTH, "ديسمبر 2001");
    labelled_is("ar", W_SOURCE, "الأمم المتحدة", "المصدر: الأمم المتحدة");
    labelled_is("ar", W_AS_OF, "26 أكتوبر 2025", "حتى 26 أكتوبر 2025");

    date_is("ur", D(2001, 6, 15, false), "15 جون 2001");
    date_is("ur", D(2001, 6, 0, false), "جون 2001");
    date_is("ur", D(2001, 0, 0, false), "2001");
    date_is("ur", D(2001, 0, 0, true), "تقریباً 2001");
    date_is("ur", D(-44, 0, 0, false), "44 ق م");
    /* Urdu and Hindi put "as of" after the date, as a postposition. */
    labelled_is("ur", W_AS_OF, "26 اکتوبر 2025", "26 اکتوبر 2025 تک");
    labelled_is("ur", W_SOURCE, "اقوام متحدہ", "ماخذ: اقوام متحدہ");
}

static void test_hindi(void)
{
    date_is("hi", D(2001, 6, 15, false), "15 जून 2001");
    date_is("hi", D(2001, 6, 0, false), "जून 2001");
    date_is("hi", D(2001, 0, 0, false), "2001");
    date_is("hi", D(2001, 0, 0, true), "लगभग 2001");
    date_is("hi", D(-44, 0, 0, false), "44 ई.पू.");
    tick_is("hi", D(2001, 10, 15, false), DATE_DAY, "15 अक्तूबर");
    labelled_is("hi", W_AS_OF, "26 अक्तूबर 2025", "26 अक्तूबर 2025 तक");
    labelled_is("hi", W_SOURCE, "संयुक्त राष्ट्र", "स्रोत: संयुक्त राष्ट्र");
}

static void test_ranges(void)
{
    struct date a = D(2015, 10, 14, false), b = D(2015, 10, 16, false);
    range_is("en", a, b, "14–16 Oct 2015");
    range_is("ru", a, b, "14–16 октября 2015 г.");
    range_is("zh", a, b, "2015年10月14日–16日");
    range_is("fa", a, b, "14–16 اکتبر 2015");
    a = D(2022, 2, 28, false), b = D(2022, 3, 11, false);
    range_is("en", a, b, "28 Feb – 11 Mar 2022");
    range_is("ru", a, b, "28 февраля – 11 марта 2022 г.");
    range_is("zh", a, b, "2022年2月28日–3月11日");
    range_is("ar", a, b, "28 فبراير – 11 مارس 2022");
    range_is("en", D(2021, 12, 30, false), D(2022, 1, 2, false), "30 Dec 2021 – 2 Jan 2022");
    range_is("en", D(2021, 0, 0, false), D(2024, 0, 0, false), "2021–2024");
    range_is("ru", D(2021, 5, 0, false), D(2024, 8, 0, false), "май 2021 г. – август 2024 г.");
    range_is("zh", D(2021, 5, 0, false), D(2024, 8, 0, false), "2021年5月 – 2024年8月");
}

static void label_is(bool count, const char *lang, const char *label, int n, const char *want)
{
    struct strbuf b = {0};
    if (count)
        i18n_count_label_add(&b, lang, label, n);
    else
        i18n_value_label_add(&b, lang, label, n);
    CHECK(b.s && strcmp(b.s, want) == 0, "%s %s label: %s", lang, count ? "count" : "value",
          b.s ? b.s : "(null)");
    strbuf_finish(&b);
}

static void test_labels(void)
{
    label_is(false, "zh", "成员国", 10, "成员国：10");
    label_is(false, "ru", "Государство-член", 10, "Государство-член: 10");
    label_is(true, "zh", "成员国", 10, "成员国（10）");
    label_is(true, "fa", "کشور عضو", 7, "کشور عضو (7)");
    CHECK(strcmp(i18n_list_sep("zh"), "、") == 0, "zh list separator");
    CHECK(strcmp(i18n_list_sep("fa"), "، ") == 0 && strcmp(i18n_list_sep("ar"), "، ") == 0,
          "Arabic comma in fa and ar");
    CHECK(strcmp(i18n_list_sep("en"), ", ") == 0, "en list separator");
    labelled_is("zh", W_LEFT_OUT, "3", "未显示：3");
}

/* Every table is complete: every word and month non-empty, in every language. */
static void test_tables_complete(void)
{
    static const char *langs[] = {"en", "ru", "zh", "fa", "ar", "ur", "hi"};
    for (size_t i = 0; i < sizeof langs / sizeof *langs; i++) {
        CHECK(i18n_known(langs[i]), "%s has tables", langs[i]);
        for (int w = 0; w < W_WORD_COUNT; w++)
            CHECK(i18n_word(langs[i], (enum word)w)[0], "%s word %d", langs[i], w);
        for (int m = 1; m <= 12; m++)
            CHECK(i18n_month_short(langs[i], m)[0], "%s month %d", langs[i], m);
        if (i > 0)
            CHECK(strcmp(i18n_word(langs[i], W_SOURCE), "Source") != 0, "%s translated", langs[i]);
    }
}

static void test_codes(void)
{
    CHECK(i18n_known("ru-RU") && i18n_known("zh_CN"), "region subtags");
    CHECK(!i18n_known("de") && !i18n_known(NULL), "no tables for de");
    /* A language without tables gets English. */
    date_is("de", D(2001, 6, 15, false), "15 Jun 2001");
    date_is("zh-Hans", D(2001, 6, 15, false), "2001年6月15日");
    CHECK(i18n_rtl("fa") && i18n_rtl("ar") && i18n_rtl("ur") && i18n_rtl("ar-EG"), "rtl");
    CHECK(!i18n_rtl("hi") && !i18n_rtl("en") && !i18n_rtl("arn") && !i18n_rtl(NULL), "ltr");
}

/* The package a missing-glyph warning names, by the script of the character. */
static void test_font_packages(void)
{
    const char *p = text_font_package(0x4E0A); /* 上 */
    CHECK(p && strcmp(p, "fonts-noto-cjk") == 0, "Han: %s", p ? p : "(none)");
    p = text_font_package(0xAC00); /* 가 */
    CHECK(p && strcmp(p, "fonts-noto-cjk") == 0, "Hangul: %s", p ? p : "(none)");
    p = text_font_package(0x0634); /* ش */
    CHECK(p && strstr(p, "fonts-noto-core"), "Arabic: %s", p ? p : "(none)");
    p = text_font_package(0x10900); /* Phoenician */
    CHECK(p && strstr(p, "fonts-noto-core"), "Phoenician: %s", p ? p : "(none)");
    p = text_font_package(0x1F600);
    CHECK(p && strcmp(p, "fonts-noto-color-emoji") == 0, "emoji: %s", p ? p : "(none)");
    CHECK(text_font_package(0xE000) == NULL, "private use: no package");
}

int main(void)
{
    test_english();
    test_russian();
    test_chinese();
    test_persian_arabic_urdu();
    test_hindi();
    test_ranges();
    test_labels();
    test_tables_complete();
    test_codes();
    test_font_packages();
    return test_done();
}
