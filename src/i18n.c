/* Chart words and date forms: the project's own tables, so the output never depends on the
 * machine's locale. English is the fallback for a language without tables. */
#include "i18n.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct lang_table {
    const char *code;
    const char *words[W_WORD_COUNT];
    const char *month_short[12];
};

static const struct lang_table tables[] = {
    {"en",
     {"Source", "As of", "Events", "Status", "today", "members", "No status", "BCE",
      "States by status", "Not shown"},
     {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}},
    {"ru",
     {"Источник", "По состоянию на", "События", "Статус", "сегодня", "членов", "Нет статуса",
      "до н. э.", "Государства по статусу", "Не показано"},
     {"янв.", "февр.", "март", "апр.", "май", "июнь", "июль", "авг.", "сент.", "окт.", "нояб.",
      "дек."}},
    {"zh",
     {"来源", "截至", "事件", "地位", "今天", "成员国", "无地位", "公元前", "各地位国家数量",
      "未显示"},
     {"1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"}},
};

static const char *ru_genitive[12] = {"января",   "февраля", "марта",  "апреля",
                                      "мая",      "июня",    "июля",   "августа",
                                      "сентября", "октября", "ноября", "декабря"};
static const char *ru_nominative[12] = {"январь",   "февраль", "март",   "апрель",
                                        "май",      "июнь",    "июль",   "август",
                                        "сентябрь", "октябрь", "ноябрь", "декабрь"};

static const struct lang_table *table(const char *lang)
{
    for (size_t i = 0; i < sizeof tables / sizeof *tables; i++)
        if (lang && strncmp(lang, tables[i].code, 2) == 0 &&
            (lang[2] == '\0' || lang[2] == '-' || lang[2] == '_'))
            return &tables[i];
    return &tables[0];
}

int i18n_known(const char *lang)
{
    return table(lang) != &tables[0] || (lang && strncmp(lang, "en", 2) == 0);
}

const char *i18n_word(const char *lang, enum word w)
{
    return table(lang)->words[w];
}

const char *i18n_month_short(const char *lang, int month)
{
    return table(lang)->month_short[(month - 1) % 12];
}

static bool is(const char *lang, const char *code)
{
    return table(lang) == table(code) && i18n_known(lang);
}

/* The year part: "2001", "44 BCE", "2001 г.", "公元前44年". */
static void year_text(const char *lang, int year, bool suffix, char *buf, size_t size)
{
    int y = abs(year);
    if (is(lang, "zh"))
        snprintf(buf, size, "%s%d%s", year < 0 ? "公元前" : "", y, suffix ? "年" : "");
    else if (is(lang, "ru"))
        snprintf(buf, size, "%d%s%s", y, suffix || year < 0 ? " г." : "",
                 year < 0 ? " до н. э." : "");
    else
        snprintf(buf, size, "%d%s", y, year < 0 ? " BCE" : "");
}

void i18n_date(const char *lang, const struct date *d, char *buf, size_t size)
{
    char year[48];
    const char *approx = "";
    if (d->approx)
        approx = is(lang, "zh") ? "约" : (is(lang, "ru") ? "ок. " : "c. ");
    year_text(lang, d->year, true, year, sizeof year);
    if (is(lang, "zh")) {
        if (d->day)
            snprintf(buf, size, "%s%s%d月%d日", approx, year, d->month, d->day);
        else if (d->month)
            snprintf(buf, size, "%s%s%d月", approx, year, d->month);
        else
            snprintf(buf, size, "%s%s", approx, year);
    } else if (is(lang, "ru")) {
        if (d->day)
            snprintf(buf, size, "%s%d %s %s", approx, d->day, ru_genitive[d->month - 1], year);
        else if (d->month)
            snprintf(buf, size, "%s%s %s", approx, ru_nominative[d->month - 1], year);
        else
            snprintf(buf, size, "%s%s", approx, year);
    } else {
        if (d->day)
            snprintf(buf, size, "%s%d %s %s", approx, d->day, i18n_month_short(lang, d->month),
                     year);
        else if (d->month)
            snprintf(buf, size, "%s%s %s", approx, i18n_month_short(lang, d->month), year);
        else
            snprintf(buf, size, "%s%s", approx, year);
    }
}

void i18n_tick(const char *lang, const struct date *d, int precision, char *buf, size_t size)
{
    char year[48];
    year_text(lang, d->year, false, year, sizeof year);
    if (precision == DATE_YEAR || d->month == 0) {
        if (is(lang, "zh"))
            year_text(lang, d->year, true, buf, size);
        else
            snprintf(buf, size, "%s", year);
    } else if (precision == DATE_MONTH || d->day == 0) {
        if (is(lang, "zh"))
            snprintf(buf, size, "%s年%d月", year, d->month);
        else
            snprintf(buf, size, "%s %s", i18n_month_short(lang, d->month), year);
    } else if (is(lang, "zh")) {
        snprintf(buf, size, "%d月%d日", d->month, d->day);
    } else {
        snprintf(buf, size, "%d %s", d->day, i18n_month_short(lang, d->month));
    }
}

void i18n_labelled(const char *lang, enum word w, const char *value, char *buf, size_t size)
{
    if (is(lang, "zh"))
        snprintf(buf, size, "%s%s%s", i18n_word(lang, w), w == W_AS_OF ? "" : "：", value);
    else if (w == W_AS_OF)
        snprintf(buf, size, "%s %s", i18n_word(lang, w), value);
    else
        snprintf(buf, size, "%s: %s", i18n_word(lang, w), value);
}
