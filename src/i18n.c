/* Chart words and date forms: the project's own tables, so the output never depends on the
 * machine's locale. English is the fallback for a language without tables.
 *
 * Digits are ASCII in every language. The data itself writes its numbers that way ("UN 74/247",
 * "1996–2025" inside Persian, Arabic and Hindi titles), Hindi official usage is the
 * international form, and one set of digits keeps dates in labels and on the axis alike. */
#include "i18n.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* How a language writes a date: day first ("15 June 2001") or year first ("2001年6月15日"). */
enum order { DMY, YMD_CJK };

struct lang_table {
    const char *code;
    const char *words[W_WORD_COUNT];
    const char *const *month_axis;  /* standalone, short: "Jun 2001" on an axis */
    const char *const *month_day;   /* after a day number, short: "15 Jun" (NULL: month_axis) */
    const char *const *month_date;  /* after a day in a full date (NULL: month_day) */
    const char *const *month_alone; /* a month-only date (NULL: month_axis) */
    enum order order;
    const char *approx;    /* before an approximate date */
    const char *year_date; /* a CE year in a date: "%d", "%d г.", "%d年" */
    const char *year_axis; /* a CE year on an axis */
    const char *year_bce;  /* a BCE year anywhere */
    const char *source;    /* "Source: %s" */
    const char *as_of;     /* "As of %s": a postposition in Hindi and Urdu */
    const char *colon;     /* between a label and its value: ": ", full-width "：" */
    const char *list_sep;  /* between items of a list: ", ", "、", Arabic "، " */
};

static const char *const en_months[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
/* Russian: the nominative for a month on its own, the genitive after a day ("15 июня"); the
 * short forms are the usual ones of Russian reference works (CLDR's). */
static const char *const ru_axis[12] = {"янв.", "февр.", "март",  "апр.", "май",   "июнь",
                                        "июль", "авг.",  "сент.", "окт.", "нояб.", "дек."};
static const char *const ru_day[12] = {"янв.", "февр.", "мар.",  "апр.", "мая",   "июн.",
                                       "июл.", "авг.",  "сент.", "окт.", "нояб.", "дек."};
static const char *const ru_genitive[12] = {"января",   "февраля", "марта",  "апреля",
                                            "мая",      "июня",    "июля",   "августа",
                                            "сентября", "октября", "ноября", "декабря"};
static const char *const ru_nominative[12] = {"январь",   "февраль", "март",   "апрель",
                                              "май",      "июнь",    "июль",   "август",
                                              "сентябрь", "октябрь", "ноябрь", "декабрь"};
static const char *const zh_months[12] = {"1月", "2月", "3月", "4月",  "5月",  "6月",
                                          "7月", "8月", "9月", "10月", "11月", "12月"};
/* Persian, Arabic and Urdu write the Gregorian months as borrowed names, and do not
 * abbreviate them. Arabic: the names of Egypt, the Gulf and the UN's "يونيو" set. */
static const char *const fa_months[12] = {"ژانویه",  "فوریه", "مارس",   "آوریل",
                                          "مه",      "ژوئن",  "ژوئیه",  "اوت",
                                          "سپتامبر", "اکتبر", "نوامبر", "دسامبر"};
static const char *const ar_months[12] = {"يناير",  "فبراير", "مارس",   "أبريل",
                                          "مايو",   "يونيو",  "يوليو",  "أغسطس",
                                          "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};
static const char *const ur_months[12] = {"جنوری",  "فروری", "مارچ",  "اپریل",  "مئی",   "جون",
                                          "جولائی", "اگست",  "ستمبر", "اکتوبر", "نومبر", "دسمبر"};
static const char *const hi_months[12] = {"जनवरी", "फ़रवरी", "मार्च",  "अप्रैल",  "मई",   "जून",
                                          "जुलाई",  "अगस्त",  "सितंबर", "अक्तूबर", "नवंबर", "दिसंबर"};

static const struct lang_table tables[] = {
    {"en",
     {"Source", "As of", "Events", "Status", "today", "members", "No status", "BCE",
      "States by status", "Not shown", "approximate date", "year or month only"},
     en_months,
     NULL,
     NULL,
     NULL,
     DMY,
     "c. ",
     "%d",
     "%d",
     "%d BCE",
     "Source: %s",
     "As of %s",
     ": ",
     ", "},
    {"ru",
     {"Источник", "По состоянию на", "События", "Статус", "сегодня", "членов", "Без статуса",
      "до н. э.", "Число государств по статусу", "Не показано", "приблизительная дата",
      "известны только год или месяц"},
     ru_axis,
     ru_day,
     ru_genitive,
     ru_nominative,
     DMY,
     "ок. ",
     "%d г.",
     "%d",
     "%d г. до н. э.",
     "Источник: %s",
     "По состоянию на %s",
     ": ",
     ", "},
    {"zh",
     {"来源", "截至", "事件", "地位", "今天", "成员国", "无地位", "公元前", "各地位国家数量",
      "未显示", "大致日期", "仅知年份或月份"},
     zh_months,
     NULL,
     NULL,
     NULL,
     YMD_CJK,
     "约",
     "%d年",
     "%d年",
     "公元前%d年",
     "来源：%s",
     "截至%s",
     "：",
     "、"},
    {"fa",
     {"منبع", "تا", "رویدادها", "وضعیت", "امروز", "عضو", "بدون وضعیت", "پ. م.",
      "شمار کشورها بر پایهٔ وضعیت", "نمایش داده نشده", "تاریخ تقریبی", "فقط سال یا ماه"},
     fa_months,
     NULL,
     NULL,
     NULL,
     DMY,
     "حدود ",
     "%d",
     "%d",
     "%d پ. م.",
     "منبع: %s",
     "تا %s",
     ": ",
     "، "},
    {"ar",
     {"المصدر", "حتى", "الأحداث", "الوضع", "اليوم", "الأعضاء", "بلا وضع", "ق. م.",
      "عدد الدول حسب الوضع", "غير معروض", "تاريخ تقريبي", "السنة أو الشهر فقط"},
     ar_months,
     NULL,
     NULL,
     NULL,
     DMY,
     "نحو ",
     "%d",
     "%d",
     "%d ق. م.",
     "المصدر: %s",
     "حتى %s",
     ": ",
     "، "},
    {"ur",
     {"ماخذ", "تک", "واقعات", "حیثیت", "آج", "ارکان", "کوئی حیثیت نہیں", "ق م",
      "حیثیت کے لحاظ سے ممالک کی تعداد", "نہیں دکھایا گیا", "تخمینی تاریخ", "صرف سال یا مہینہ"},
     ur_months,
     NULL,
     NULL,
     NULL,
     DMY,
     "تقریباً ",
     "%d",
     "%d",
     "%d ق م",
     "ماخذ: %s",
     "%s تک",
     ": ",
     "، "},
    {"hi",
     {"स्रोत", "तक", "घटनाएँ", "स्थिति", "आज", "सदस्य", "कोई स्थिति नहीं", "ई.पू.",
      "स्थिति के अनुसार देशों की संख्या", "नहीं दिखाया गया", "अनुमानित तिथि", "केवल वर्ष या महीना"},
     hi_months,
     NULL,
     NULL,
     NULL,
     DMY,
     "लगभग ",
     "%d",
     "%d",
     "%d ई.पू.",
     "स्रोत: %s",
     "%s तक",
     ": ",
     ", "},
};

#define N_TABLES (sizeof tables / sizeof *tables)

/* The table for "ru", "ru-RU", "zh_CN" ...; NULL when the language has none. */
static const struct lang_table *find(const char *lang)
{
    for (size_t i = 0; lang && i < N_TABLES; i++)
        if (strncmp(lang, tables[i].code, 2) == 0 &&
            (lang[2] == '\0' || lang[2] == '-' || lang[2] == '_'))
            return &tables[i];
    return NULL;
}

static const struct lang_table *table(const char *lang)
{
    const struct lang_table *t = find(lang);
    return t ? t : &tables[0];
}

int i18n_known(const char *lang)
{
    return find(lang) != NULL;
}

const char *i18n_word(const char *lang, enum word w)
{
    return table(lang)->words[w];
}

static int month_index(int month)
{
    return month >= 1 && month <= 12 ? month - 1 : 0;
}

const char *i18n_month_short(const char *lang, int month)
{
    return table(lang)->month_axis[month_index(month)];
}

static const char *month_day(const struct lang_table *t, int month)
{
    return (t->month_day ? t->month_day : t->month_axis)[month_index(month)];
}

static const char *month_date(const struct lang_table *t, int month)
{
    return t->month_date ? t->month_date[month_index(month)] : month_day(t, month);
}

static const char *month_alone(const struct lang_table *t, int month)
{
    return (t->month_alone ? t->month_alone : t->month_axis)[month_index(month)];
}

/* The year part: "2001", "44 BCE", "2001 г.", "公元前44年". The formats hold one %d and come
 * from the tables above, never from data. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
static void year_text(const struct lang_table *t, int year, bool in_date, char *buf, size_t size)
{
    const char *fmt = year < 0 ? t->year_bce : (in_date ? t->year_date : t->year_axis);
    snprintf(buf, size, fmt, abs(year));
}

static void labelled_text(const char *fmt, const char *value, char *buf, size_t size)
{
    snprintf(buf, size, fmt, value);
}
#pragma GCC diagnostic pop

void i18n_date(const char *lang, const struct date *d, char *buf, size_t size)
{
    const struct lang_table *t = table(lang);
    const char *approx = d->approx ? t->approx : "";
    char year[64];
    year_text(t, d->year, true, year, sizeof year);
    if (t->order == YMD_CJK) {
        if (d->day)
            snprintf(buf, size, "%s%s%d月%d日", approx, year, d->month, d->day);
        else if (d->month)
            snprintf(buf, size, "%s%s%d月", approx, year, d->month);
        else
            snprintf(buf, size, "%s%s", approx, year);
    } else if (d->day) {
        snprintf(buf, size, "%s%d %s %s", approx, d->day, month_date(t, d->month), year);
    } else if (d->month) {
        snprintf(buf, size, "%s%s %s", approx, month_alone(t, d->month), year);
    } else {
        snprintf(buf, size, "%s%s", approx, year);
    }
}

/* Days in different months of one year name the year once: "28 Feb – 11 Mar 2022",
 * "28 февраля – 11 марта 2022 г.", "2022年2月28日–3月11日". */
static void same_year_range(const struct lang_table *t, const char *lang, const struct date *a,
                            const struct date *b, char *buf, size_t size)
{
    char y[96];
    if (t->order == YMD_CJK) {
        i18n_date(lang, a, y, sizeof y);
        snprintf(buf, size, "%s–%d月%d日", y, b->month, b->day);
    } else {
        i18n_date(lang, b, y, sizeof y);
        snprintf(buf, size, "%d %s – %s", a->day, month_date(t, a->month), y);
    }
}

void i18n_date_range(const char *lang, const struct date *a, const struct date *b, char *buf,
                     size_t size)
{
    const struct lang_table *t = table(lang);
    char x[96], y[96];
    /* Days of one month share it: "14–16 Oct 2015", "14–16 октября 2015 г.",
     * "2015年10月14日–16日". */
    if (a->day && b->day && a->year == b->year && a->month == b->month && !a->approx &&
        !b->approx) {
        if (t->order == YMD_CJK) {
            i18n_date(lang, a, x, sizeof x);
            snprintf(buf, size, "%s–%d日", x, b->day);
        } else {
            i18n_date(lang, b, y, sizeof y);
            snprintf(buf, size, "%d–%s", a->day, y);
        }
        return;
    }
    if (a->day && b->day && a->year == b->year && !a->approx && !b->approx) {
        same_year_range(t, lang, a, b, buf, size);
        return;
    }
    i18n_date(lang, a, x, sizeof x);
    i18n_date(lang, b, y, sizeof y);
    /* Two years close up ("2001–2005"); anything longer gets spaces round the dash. */
    bool years = !a->month && !b->month;
    snprintf(buf, size, years ? "%s–%s" : "%s – %s", x, y);
}

/* Year 1 on an axis that reaches back into BCE years: "AD 1", so that it does not read as a
 * stray number between "500 BCE" and "500". NULL: the plain year. */
static const struct {
    const char *code, *text;
} year_one[] = {{"en", "AD 1"}, {"ru", "1 г. н. э."}, {"zh", "公元1年"}};

static const char *year_one_text(const struct lang_table *t)
{
    for (size_t i = 0; i < sizeof year_one / sizeof *year_one; i++)
        if (strcmp(year_one[i].code, t->code) == 0)
            return year_one[i].text;
    return NULL;
}

void i18n_tick(const char *lang, const struct date *d, int precision, char *buf, size_t size)
{
    if ((precision == DATE_YEAR || d->month == 0) && d->year == 1 && year_one_text(table(lang))) {
        snprintf(buf, size, "%s", year_one_text(table(lang)));
        return;
    }
    const struct lang_table *t = table(lang);
    char year[64];
    if (t->order == YMD_CJK) {
        year_text(t, d->year, true, year, sizeof year);
        if (precision == DATE_YEAR || d->month == 0)
            snprintf(buf, size, "%s", year);
        else if (precision == DATE_MONTH || d->day == 0)
            snprintf(buf, size, "%s%d月", year, d->month);
        else
            snprintf(buf, size, "%d月%d日", d->month, d->day);
        return;
    }
    year_text(t, d->year, false, year, sizeof year);
    if (precision == DATE_YEAR || d->month == 0)
        snprintf(buf, size, "%s", year);
    else if (precision == DATE_MONTH || d->day == 0)
        snprintf(buf, size, "%s %s", t->month_axis[month_index(d->month)], year);
    else
        snprintf(buf, size, "%d %s", d->day, month_day(t, d->month));
}

void i18n_labelled(const char *lang, enum word w, const char *value, char *buf, size_t size)
{
    const struct lang_table *t = table(lang);
    if (w == W_SOURCE)
        labelled_text(t->source, value, buf, size);
    else if (w == W_AS_OF)
        labelled_text(t->as_of, value, buf, size);
    else
        snprintf(buf, size, "%s%s%s", t->words[w], t->colon, value);
}

const char *i18n_list_sep(const char *lang)
{
    return table(lang)->list_sep;
}

void i18n_value_label(const char *lang, const char *label, int n, char *buf, size_t size)
{
    snprintf(buf, size, "%s%s%d", label, table(lang)->colon, n);
}

/* The note under a timeline that shows a selection. One %zu, the number left out. Wording
 * that needs no plural forms where the language has several (Russian: "Не показано: 38"). A
 * language without an entry says it with its W_LEFT_OUT word: "नहीं दिखाया गया: 38". */
static const struct {
    const char *code, *fmt;
} not_shown[] = {
    {"en", "%zu more events not shown; see the data"},
    {"ru", "Ещё не показано событий: %zu; см. данные"},
    {"zh", "另有%zu个事件未显示，详见数据"},
};

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
void i18n_not_shown(const char *lang, size_t n, char *buf, size_t size)
{
    const struct lang_table *t = table(lang);
    for (size_t i = 0; i < sizeof not_shown / sizeof *not_shown; i++)
        if (strcmp(not_shown[i].code, t->code) == 0) {
            snprintf(buf, size, not_shown[i].fmt, n);
            return;
        }
    snprintf(buf, size, "%s%s%zu", t->words[W_LEFT_OUT], t->colon, n);
}
#pragma GCC diagnostic pop

void i18n_count_label(const char *lang, const char *label, int n, char *buf, size_t size)
{
    /* Chinese sets its brackets full width and without a space. */
    const char *fmt = table(lang)->order == YMD_CJK ? "%s（%d）" : "%s (%d)";
    snprintf(buf, size, fmt, label, n);
}

bool i18n_rtl(const char *lang)
{
    static const char *const rtl[] = {"ar", "fa", "ur", "he", "ps", "sd", "ug", "yi", "dv", "ckb"};
    for (size_t i = 0; lang && i < sizeof rtl / sizeof *rtl; i++) {
        size_t n = strlen(rtl[i]);
        if (strncmp(lang, rtl[i], n) == 0 && (lang[n] == '\0' || lang[n] == '-' || lang[n] == '_'))
            return true;
    }
    return false;
}
