/* Chart words from the project's tables; dates and numbers from CLDR through ICU.
 *
 * ICU's formatters are costly to open (a locale's data is looked up and patterns are built) and
 * not safe to share between threads while formatting, so each locale's are opened once, kept
 * in a process-wide list for the life of the process (as ICU keeps its own data), and used
 * under one lock. What they produce depends only on the tag and the date, so two threads, or
 * two runs, give the same bytes. */
#include "i18n.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/udat.h>
#include <unicode/udateintervalformat.h>
#include <unicode/udatpg.h>
#include <unicode/uloc.h>
#include <unicode/umsg.h>
#include <unicode/unum.h>
#include <unicode/ustring.h>

#include "strbuf.h"
#include "vec.h"

struct words {
    const char *code;
    const char *w[W_WORD_COUNT];
    const char *m[M_MESSAGE_COUNT];
    const char *approx; /* before an approximate date */
    const char *source; /* "Source: %s" */
    const char *as_of;  /* "As of %s": a postposition in Hindi and Urdu */
    const char *colon;  /* between a label and its value: ": ", full-width "：" */
    const char *list_sep;
    bool full_months; /* dates spell the month out ("15 июня 2001 г.") */
    bool
        plain_year_axis; /* a bare year on the axis without the year word ("2001", not "2001 г.") */
};

static const struct words tables[] = {
    {"en",
     {"Source", "As of", "Events", "Status", "today", "members", "No status", "BCE",
      "States by status", "Not shown", "approximate date", "year or month only", "Former members",
      "continued", "No data", "suspended"},
     {"{0,plural,one{# more event not shown}other{# more events not shown}}; see the data",
      "{0,plural,one{# more row not shown}other{# more rows not shown}}",
      "{0,plural,one{# event}other{# events}}", "{0,plural,one{# member}other{# members}}",
      "{0,plural,one{# member not on the map}other{# members not on the map}}",
      "{0,plural,one{# more accession not shown}other{# more accessions not shown}}; see the data",
      "{0,plural,one{# label not shown}other{# labels not shown}}"},
     "c. ",
     "Source: %s",
     "As of %s",
     ": ",
     ", ",
     false,
     false},
    {"ru",
     {"Источник", "По состоянию на", "События", "Статус", "сегодня", "членов", "Без статуса",
      "до н. э.", "Число государств по статусу", "Не показано", "приблизительная дата",
      "известны только год или месяц", "Бывшие члены", "продолжение", "Нет данных",
      "приостановлено"},
     {"{0,plural,one{ещё # событие не показано}few{ещё # события не показаны}"
      "many{ещё # событий не показано}other{ещё # события не показано}}; см. данные",
      "{0,plural,one{ещё # строка не показана}few{ещё # строки не показаны}"
      "many{ещё # строк не показано}other{ещё # строки не показано}}",
      "{0,plural,one{# событие}few{# события}many{# событий}other{# события}}",
      "{0,plural,one{# член}few{# члена}many{# членов}other{# члена}}",
      "{0,plural,other{не на карте: #}}",
      "{0,plural,one{ещё # вступление не показано}few{ещё # вступления не показаны}many{ещё # "
      "вступлений не показано}other{ещё # вступления не показаны}}; см. данные",
      "{0,plural,one{# подпись не показана}few{# подписи не показаны}many{# подписей не "
      "показано}other{# подписи не показано}}"},
     "ок. ",
     "Источник: %s",
     "По состоянию на %s",
     ": ",
     ", ",
     true,
     true},
    {"zh-Hant",
     {"來源", "截至", "事件", "地位", "今天", "成員國", "無地位", "西元前", "各地位國家數量",
      "未顯示", "大致日期", "僅知年份或月份", "前成員國", "續", "無資料", "暫停資格"},
     {"{0,plural,other{另有#個事件未顯示；見資料}}", "{0,plural,other{另有#列未顯示}}",
      "{0,plural,other{#個事件}}", "{0,plural,other{#個成員國}}",
      "{0,plural,other{#個成員未在地圖上}}", "{0,plural,other{另有#次加入未顯示；見資料}}",
      "{0,plural,other{#個標籤未顯示}}"},
     "約",
     "來源：%s",
     "截至%s",
     "：",
     "、",
     false,
     false},
    {"zh",
     {"来源", "截至", "事件", "地位", "今天", "成员国", "无地位", "公元前", "各地位国家数量",
      "未显示", "大致日期", "仅知年份或月份", "前成员国", "续", "无数据", "暂停资格"},
     {"{0,plural,other{另有#个事件未显示；见数据}}", "{0,plural,other{另有#行未显示}}",
      "{0,plural,other{#个事件}}", "{0,plural,other{#个成员国}}",
      "{0,plural,other{#个成员未在地图上}}", "{0,plural,other{另有#次加入未显示；见数据}}",
      "{0,plural,other{#个标签未显示}}"},
     "约",
     "来源：%s",
     "截至%s",
     "：",
     "、",
     false,
     false},
    {"fa",
     {"منبع", "تا", "رویدادها", "وضعیت", "امروز", "عضو", "بدون وضعیت", "پ. م.",
      "شمار کشورها بر پایهٔ وضعیت", "نمایش داده نشده", "تاریخ تقریبی", "فقط سال یا ماه",
      "اعضای پیشین", "ادامه", "داده‌ای نیست", "تعلیق‌شده"},
     {"{0,plural,other{# رویداد دیگر نمایش داده نشده است}}؛ به "
      "داده‌ها "
      "نگاه "
      "کنید",
      "{0,plural,other{# ردیف دیگر نمایش داده نشده است}}", "{0,plural,other{# رویداد}}",
      "{0,plural,other{# عضو}}", "{0,plural,other{# عضو روی نقشه نیست}}",
      "{0,plural,other{# پیوستن دیگر نمایش داده نشده است}}؛ به "
      "داده‌ها "
      "نگاه "
      "کنید",
      "{0,plural,other{# برچسب نمایش داده نشده است}}"},
     "حدود ",
     "منبع: %s",
     "تا %s",
     ": ",
     "، ",
     true,
     false},
    {"ar",
     {"المصدر", "حتى", "الأحداث", "الوضع", "اليوم", "الأعضاء", "بلا وضع", "ق. م.",
      "عدد الدول حسب الوضع", "غير معروض", "تاريخ تقريبي", "السنة أو الشهر فقط", "الأعضاء السابقون",
      "تابع", "لا توجد بيانات", "معلّق"},
     {"{0,plural,zero{لا أحداث أخرى غير معروضة}one{حدث واحد آخر غير معروض}"
      "two{حدثان آخران غير معروضين}few{# أحداث أخرى غير معروضة}many{# حدثًا آخر غير معروض}"
      "other{# حدث آخر غير معروض}}؛ انظر البيانات",
      "{0,plural,zero{لا صفوف أخرى غير معروضة}one{صف واحد آخر غير معروض}"
      "two{صفان آخران غير معروضين}few{# صفوف أخرى غير معروضة}many{# صفًا آخر غير معروض}"
      "other{# صف آخر غير معروض}}",
      "{0,plural,zero{لا أحداث}one{حدث واحد}two{حدثان}few{# أحداث}many{# حدثًا}other{# حدث}}",
      "{0,plural,zero{لا أعضاء}one{عضو واحد}two{عضوان}few{# أعضاء}many{# عضوًا}other{# عضو}}",
      "{0,plural,other{غير ظاهر على الخريطة: #}}",
      "{0,plural,zero{لا انضمامات أخرى غير معروضة}one{انضمام واحد آخر غير معروض}two{انضمامان آخران "
      "غير معروضين}few{# انضمامات أخرى غير معروضة}many{# انضمامًا آخر غير معروض}other{# انضمام آخر "
      "غير معروض}}؛ انظر البيانات",
      "{0,plural,zero{لا تسميات غير معروضة}one{تسمية واحدة غير معروضة}two{تسميتان غير "
      "معروضتين}few{# تسميات غير معروضة}many{# تسمية غير معروضة}other{# تسمية غير معروضة}}"},
     "نحو ",
     "المصدر: %s",
     "حتى %s",
     ": ",
     "، ",
     true,
     false},
    {"ur",
     {"ماخذ", "تک", "واقعات", "حیثیت", "آج", "ارکان", "کوئی حیثیت نہیں", "ق م",
      "حیثیت کے لحاظ سے ممالک کی تعداد", "نہیں دکھایا گیا", "تخمینی تاریخ", "صرف سال یا مہینہ",
      "سابق ارکان", "جاری", "کوئی ڈیٹا نہیں", "معطل"},
     {"{0,plural,one{# مزید واقعہ نہیں دکھایا گیا}other{# مزید واقعات نہیں دکھائے گئے}}؛ ڈیٹا "
      "دیکھیں",
      "{0,plural,one{# مزید قطار نہیں دکھائی گئی}other{# مزید قطاریں نہیں دکھائی گئیں}}",
      "{0,plural,one{# واقعہ}other{# واقعات}}", "{0,plural,one{# رکن}other{# ارکان}}",
      "{0,plural,other{نقشے پر نہیں: #}}",
      "{0,plural,one{# مزید شمولیت نہیں دکھائی گئی}other{# مزید شمولیتیں نہیں دکھائی گئیں}}؛ ڈیٹا "
      "دیکھیں",
      "{0,plural,one{# لیبل نہیں دکھایا گیا}other{# لیبل نہیں دکھائے گئے}}"},
     "تقریباً ",
     "ماخذ: %s",
     "%s تک",
     ": ",
     "، ",
     true,
     false},
    {"hi",
     {"स्रोत", "तक", "घटनाएँ", "स्थिति", "आज", "सदस्य", "कोई स्थिति नहीं", "ई.पू.",
      "स्थिति के अनुसार देशों की संख्या", "नहीं दिखाया गया", "अनुमानित तिथि", "केवल वर्ष या महीना", "पूर्व सदस्य",
      "जारी", "कोई डेटा नहीं", "निलंबित"},
     {"{0,plural,one{# और घटना नहीं दिखाई गई}other{# और घटनाएँ नहीं दिखाई गईं}}; डेटा देखें",
      "{0,plural,one{# और पंक्ति नहीं दिखाई गई}other{# और पंक्तियाँ नहीं दिखाई गईं}}",
      "{0,plural,one{# घटना}other{# घटनाएँ}}", "{0,plural,one{# सदस्य}other{# सदस्य}}",
      "{0,plural,other{मानचित्र पर नहीं: #}}",
      "{0,plural,one{# और सदस्यता-ग्रहण नहीं दिखाया गया}other{# और सदस्यता-ग्रहण नहीं दिखाए गए}}; डेटा "
      "देखें",
      "{0,plural,one{# लेबल नहीं दिखाया गया}other{# लेबल नहीं दिखाए गए}}"},
     "लगभग ",
     "स्रोत: %s",
     "%s तक",
     ": ",
     ", ",
     true,
     false},
    {"es",
     {"Fuente", "A fecha de", "Eventos", "Estatus", "hoy", "miembros", "Sin estatus", "a. C.",
      "Estados por estatus", "No mostrado", "fecha aproximada", "solo año o mes",
      "Antiguos miembros", "continuación", "Sin datos", "suspendido"},
     {"{0,plural,one{# evento más no se muestra}other{# eventos más no se muestran}}; véanse los "
      "datos",
      "{0,plural,one{# fila más no se muestra}other{# filas más no se muestran}}",
      "{0,plural,one{# evento}other{# eventos}}", "{0,plural,one{# miembro}other{# miembros}}",
      "{0,plural,one{# miembro fuera del mapa}other{# miembros fuera del mapa}}",
      "{0,plural,one{# adhesión más no se muestra}other{# adhesiones más no se muestran}}; véanse "
      "los datos",
      "{0,plural,one{# etiqueta no mostrada}other{# etiquetas no mostradas}}"},
     "c. ",
     "Fuente: %s",
     "A fecha de %s",
     ": ",
     ", ",
     false,
     false},
    {"fr",
     {"Source", "Au", "Événements", "Statut", "aujourd’hui", "membres", "Sans statut", "av. J.-C.",
      "États par statut", "Non affiché", "date approximative", "année ou mois seulement",
      "Anciens membres", "suite", "Aucune donnée", "suspendu"},
     {"{0,plural,one{# autre événement non affiché}other{# autres événements non affichés}}"
      "\u202f; voir les données",
      "{0,plural,one{# autre ligne non affichée}other{# autres lignes non affichées}}",
      "{0,plural,one{# événement}other{# événements}}", "{0,plural,one{# membre}other{# membres}}",
      "{0,plural,one{# membre absent de la carte}other{# membres absents de la carte}}",
      "{0,plural,one{# autre adhésion non affichée}other{# autres adhésions non affichées}}\u202f; "
      "voir les données",
      "{0,plural,one{# étiquette non affichée}other{# étiquettes non affichées}}"},
     "v. ",
     "Source\u202f: %s",
     "Au %s",
     "\u202f: ",
     ", ",
     false,
     false},
    {"de",
     {"Quelle", "Stand", "Ereignisse", "Status", "heute", "Mitglieder", "Kein Status", "v. Chr.",
      "Staaten nach Status", "Nicht angezeigt", "ungefähres Datum", "nur Jahr oder Monat",
      "Ehemalige Mitglieder", "Fortsetzung", "Keine Daten", "suspendiert"},
     {"{0,plural,one{# weiteres Ereignis nicht angezeigt}other{# weitere Ereignisse nicht "
      "angezeigt}}; siehe Daten",
      "{0,plural,one{# weitere Zeile nicht angezeigt}other{# weitere Zeilen nicht angezeigt}}",
      "{0,plural,one{# Ereignis}other{# Ereignisse}}",
      "{0,plural,one{# Mitglied}other{# Mitglieder}}",
      "{0,plural,one{# Mitglied nicht auf der Karte}other{# Mitglieder nicht auf der Karte}}",
      "{0,plural,one{# weiterer Beitritt nicht angezeigt}other{# weitere Beitritte nicht "
      "angezeigt}}; siehe Daten",
      "{0,plural,one{# Beschriftung nicht gezeigt}other{# Beschriftungen nicht gezeigt}}"},
     "um ",
     "Quelle: %s",
     "Stand: %s",
     ": ",
     ", ",
     false,
     false},
    {"pt-BR",
     {"Fonte", "Situação em", "Eventos", "Status", "hoje", "membros", "Sem status", "a.C.",
      "Estados por status", "Não exibido", "data aproximada", "somente ano ou mês", "Ex-membros",
      "continuação", "Sem dados", "suspenso"},
     {"{0,plural,one{mais # evento não exibido}other{mais # eventos não exibidos}}; veja os "
      "dados",
      "{0,plural,one{mais # linha não exibida}other{mais # linhas não exibidas}}",
      "{0,plural,one{# evento}other{# eventos}}", "{0,plural,one{# membro}other{# membros}}",
      "{0,plural,one{# membro fora do mapa}other{# membros fora do mapa}}",
      "{0,plural,one{mais # adesão não exibida}other{mais # adesões não exibidas}}; veja os "
      "dados",
      "{0,plural,one{# rótulo não mostrado}other{# rótulos não mostrados}}"},
     "c. ",
     "Fonte: %s",
     "Situação em %s",
     ": ",
     ", ",
     false,
     false},
    {"pt",
     {"Fonte", "Situação em", "Eventos", "Estatuto", "hoje", "membros", "Sem estatuto", "a.C.",
      "Estados por estatuto", "Não mostrado", "data aproximada", "apenas ano ou mês",
      "Antigos membros", "continuação", "Sem dados", "suspenso"},
     {"{0,plural,one{mais # evento não mostrado}other{mais # eventos não mostrados}}; ver os "
      "dados",
      "{0,plural,one{mais # linha não mostrada}other{mais # linhas não mostradas}}",
      "{0,plural,one{# evento}other{# eventos}}", "{0,plural,one{# membro}other{# membros}}",
      "{0,plural,one{# membro fora do mapa}other{# membros fora do mapa}}",
      "{0,plural,one{mais # adesão não mostrada}other{mais # adesões não mostradas}}; ver os "
      "dados",
      "{0,plural,one{# rótulo não mostrado}other{# rótulos não mostrados}}"},
     "c. ",
     "Fonte: %s",
     "Situação em %s",
     ": ",
     ", ",
     false,
     false},
    {"he",
     {"מקור", "נכון ל־", "אירועים", "מעמד", "היום", "חברים", "ללא מעמד", "לפנה״ס",
      "מדינות לפי מעמד", "לא מוצג", "תאריך משוער", "שנה או חודש בלבד", "חברים לשעבר", "המשך",
      "אין נתונים", "מושעה"},
     {"{0,plural,one{עוד אירוע אחד לא מוצג}other{עוד # אירועים לא מוצגים}}; ראו את הנתונים",
      "{0,plural,one{עוד שורה אחת לא מוצגת}other{עוד # שורות לא מוצגות}}",
      "{0,plural,one{אירוע אחד}other{# אירועים}}", "{0,plural,one{חבר אחד}other{# חברים}}",
      "{0,plural,one{חבר אחד אינו על המפה}other{# חברים אינם על המפה}}",
      "{0,plural,one{עוד הצטרפות אחת לא מוצגת}other{עוד # הצטרפויות לא מוצגות}}; ראו את "
      "הנתונים",
      "{0,plural,one{תווית אחת לא מוצגת}two{# תוויות לא מוצגות}other{# תוויות לא מוצגות}}"},
     "בערך ",
     "מקור: %s",
     "נכון ל־%s",
     ": ",
     ", ",
     true,
     false},
};

#define N_TABLES (sizeof tables / sizeof *tables)

bool i18n_tag_matches(const char *tag, const char *code)
{
    if (!tag || !code)
        return false;
    size_t i = 0;
    for (; code[i]; i++) {
        char a = tag[i] == '_' ? '-' : tag[i], b = code[i] == '_' ? '-' : code[i];
        if (!a || (a | 0x20) != (b | 0x20))
            return false;
    }
    return tag[i] == '\0' || tag[i] == '-' || tag[i] == '_';
}

const char *i18n_script_tag(const char *lang)
{
    if (!lang || !i18n_tag_matches(lang, "zh"))
        return lang;
    char id[ULOC_FULLNAME_CAPACITY], full[ULOC_FULLNAME_CAPACITY], script[ULOC_SCRIPT_CAPACITY];
    int32_t parsed = 0;
    UErrorCode st = U_ZERO_ERROR;
    char tag[72];
    size_t n = strlen(lang);
    if (n >= sizeof tag)
        return lang;
    for (size_t i = 0; i <= n; i++) /* the tables also take "zh_TW" */
        tag[i] = lang[i] == '_' ? '-' : lang[i];
    uloc_forLanguageTag(tag, id, (int32_t)sizeof id, &parsed, &st);
    uloc_addLikelySubtags(id, full, (int32_t)sizeof full, &st);
    uloc_getScript(full, script, (int32_t)sizeof script, &st);
    return U_SUCCESS(st) && strcmp(script, "Hant") == 0 ? "zh-Hant" : lang;
}

/* The table for the tag or its nearest ancestor ("zh-Hant-TW" -> "zh-Hant", "pt-PT" -> "pt");
 * the more specific tables come first. NULL when none. */
static const struct words *find(const char *lang)
{
    const char *tag = i18n_script_tag(lang);
    for (size_t i = 0; tag && i < N_TABLES; i++)
        if (i18n_tag_matches(tag, tables[i].code))
            return &tables[i];
    return NULL;
}

static const struct words *table(const char *lang)
{
    const struct words *t = find(lang);
    return t ? t : &tables[0];
}

bool i18n_known(const char *lang)
{
    return find(lang) != NULL;
}

const char *i18n_word(const char *lang, enum word w)
{
    return table(lang)->w[w];
}

const char *i18n_list_sep(const char *lang)
{
    return table(lang)->list_sep;
}

const char *i18n_colon(const char *lang)
{
    return table(lang)->colon;
}

/* ------------------------------------------------------------------ ICU, one set per locale */

/* The date forms a chart uses, as CLDR skeletons (the pattern for each comes from the
 * locale's data through the pattern generator). */
enum form {
    F_DAY,
    F_MONTH,
    F_YEAR,
    F_DAY_BCE,
    F_MONTH_BCE,
    F_YEAR_BCE,
    F_TICK_DAY,   /* "15 Jun" */
    F_TICK_MONTH, /* "Jun 2001": abbreviated even where dates spell months out */
    F_TICK_MONTH_BCE,
    F_MONTH_CASE, /* "ок. апреля 1992 г.": the month as a word before it governs it */
    F_MONTH_CASE_BCE,
    F_COUNT
};

/* Forms, ranges and month names are opened on first use: a chart needs three or four of
 * the eleven forms and often no range, and opening one (the pattern generator most of all)
 * costs more than formatting every date of a chart. */
struct cldr {
    char *tag;
    char id[ULOC_FULLNAME_CAPACITY + 32]; /* ICU's locale ID for tag */
    bool full;                            /* the locale spells months out in dates */
    UDateTimePatternGenerator *gen;       /* NULL until a form is opened */
    UDateFormat *fmt[F_COUNT];
    UDateIntervalFormat *range_day, *range_year;
    UNumberFormat *num;  /* grouped integers */
    UNumberFormat *year; /* a bare year on an axis: no grouping */
    UCalendar *cal;      /* turns a date into ICU's milliseconds */
    char *months[12];    /* standalone abbreviated names */
    bool months_read;    /* months[] filled (NULL entries: ICU had none) */
};

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static struct cldr **cache;
static size_t n_cache, cap_cache;

static const UChar utc[] = {'U', 'T', 'C', 0};

/* UTF-16 to UTF-8 into buf, cut at a character boundary. */
static void to_utf8(const UChar *s, int32_t n, char *buf, size_t size)
{
    if (!size)
        return;
    UErrorCode st = U_ZERO_ERROR;
    int32_t len = 0;
    u_strToUTF8(buf, (int32_t)(size - 1), &len, s, n, &st);
    if (U_FAILURE(st) || (size_t)len >= size) {
        /* Too long: keep whole characters only. */
        size_t k = size - 1;
        while (k > 0 && ((unsigned char)buf[k] & 0xC0) == 0x80)
            k--;
        buf[k] = '\0';
        return;
    }
    buf[len] = '\0';
}

static int32_t from_utf8(const char *s, UChar *out, int32_t cap)
{
    UErrorCode st = U_ZERO_ERROR;
    int32_t len = 0;
    u_strFromUTF8(out, cap, &len, s, -1, &st);
    return U_FAILURE(st) ? -1 : len;
}

/* Does ICU hold CLDR data for the ICU locale ID's language? A language it lacks ("xx") would
 * get the root locale's forms ("1967 Aug 8"), neither English nor the language's. */
static bool cldr_language(const char *id)
{
    char lang[ULOC_LANG_CAPACITY];
    UErrorCode st = U_ZERO_ERROR;
    uloc_getLanguage(id, lang, (int32_t)sizeof lang, &st);
    if (U_FAILURE(st) || !*lang)
        return false;
    /* asked for every sentence of a chart, mostly of one language: the last answer is kept */
    static _Thread_local char last[ULOC_LANG_CAPACITY];
    static _Thread_local bool last_known;
    if (strcmp(lang, last) == 0)
        return last_known;
    snprintf(last, sizeof last, "%s", lang);
    last_known = false;
    for (int32_t i = 0, n = uloc_countAvailable(); i < n && !last_known; i++) {
        char have[ULOC_LANG_CAPACITY];
        st = U_ZERO_ERROR;
        uloc_getLanguage(uloc_getAvailable(i), have, (int32_t)sizeof have, &st);
        last_known = U_SUCCESS(st) && strcmp(have, lang) == 0;
    }
    return last_known;
}

bool i18n_cldr_known(const char *lang)
{
    char id[ULOC_FULLNAME_CAPACITY];
    int32_t parsed = 0;
    UErrorCode st = U_ZERO_ERROR;
    uloc_forLanguageTag(lang ? lang : "", id, (int32_t)sizeof id, &parsed, &st);
    return U_SUCCESS(st) && *id && cldr_language(id);
}

/* The ICU locale ID for a tag: BCP 47 parsed, bare "en" (and a language CLDR does not know)
 * as international English, the English every chart word of such a language is in; and the
 * Gregorian calendar whatever the locale's default (Persian, Islamic, Buddhist ...). */
static void locale_id(const char *tag, char *id, size_t size)
{
    UErrorCode st = U_ZERO_ERROR;
    int32_t parsed = 0;
    if (i18n_tag_matches(tag, "en") && strlen(tag) == 2)
        tag = "en-001";
    uloc_forLanguageTag(tag, id, (int32_t)size, &parsed, &st);
    if (U_FAILURE(st) || !*id || !cldr_language(id))
        snprintf(id, size, "en_001");
    st = U_ZERO_ERROR;
    uloc_setKeywordValue("calendar", "gregorian", id, (int32_t)size, &st);
}

/* The Gregorian rules for every date, however early (the data's dates are proleptic). */
static void proleptic(UCalendar *cal)
{
    UErrorCode st = U_ZERO_ERROR;
    ucal_setGregorianChange(cal, -8.64e15, &st);
}

/* The pattern's stand-alone months (L: "апрель 1992 г.") as format months (M: "апреля"), the
 * form a month takes after a word that governs it; quoted literals stay as they are. */
static void format_months(UChar *pat, int32_t len)
{
    bool quoted = false;
    for (int32_t i = 0; i < len; i++)
        if (pat[i] == '\'')
            quoted = !quoted;
        else if (!quoted && pat[i] == 'L')
            pat[i] = 'M';
}

static UDateFormat *open_form(const char *id, UDateTimePatternGenerator *gen, const char *skel,
                              bool governed)
{
    UChar sk[32], pat[128];
    int32_t n = from_utf8(skel, sk, 32);
    UErrorCode st = U_ZERO_ERROR;
    int32_t len = udatpg_getBestPattern(gen, sk, n, pat, 128, &st);
    if (U_FAILURE(st))
        return NULL;
    if (governed)
        format_months(pat, len);
    UDateFormat *f = udat_open(UDAT_PATTERN, UDAT_PATTERN, id, utc, -1, pat, len, &st);
    if (U_FAILURE(st))
        return NULL;
    UCalendar *cal = ucal_clone(udat_getCalendar(f), &st);
    if (U_SUCCESS(st)) {
        proleptic(cal);
        udat_setCalendar(f, cal);
        ucal_close(cal);
    }
    return f;
}

/* English says BCE, not BC: CLDR's variant era names, which ICU's C API does not select. */
static void english_eras(UDateFormat *f)
{
    UChar bce[] = {'B', 'C', 'E', 0}, ce[] = {'C', 'E', 0};
    UErrorCode st = U_ZERO_ERROR;
    udat_setSymbols(f, UDAT_ERAS, 0, bce, -1, &st);
    udat_setSymbols(f, UDAT_ERAS, 1, ce, -1, &st);
}

static UDateIntervalFormat *open_range(const char *id, const char *skel)
{
    UChar sk[32];
    int32_t n = from_utf8(skel, sk, 32);
    UErrorCode st = U_ZERO_ERROR;
    UDateIntervalFormat *f = udtitvfmt_open(id, sk, n, utc, -1, &st);
    return U_FAILURE(st) ? NULL : f;
}

static void cldr_free(struct cldr *c)
{
    if (!c)
        return;
    for (int i = 0; i < F_COUNT; i++)
        if (c->fmt[i])
            udat_close(c->fmt[i]);
    if (c->range_day)
        udtitvfmt_close(c->range_day);
    if (c->range_year)
        udtitvfmt_close(c->range_year);
    if (c->gen)
        udatpg_close(c->gen);
    if (c->num)
        unum_close(c->num);
    if (c->year)
        unum_close(c->year);
    if (c->cal)
        ucal_close(c->cal);
    for (int i = 0; i < 12; i++)
        free(c->months[i]);
    free(c->tag);
    free(c);
}

/* Form f of the locale, opened on first use; NULL when ICU fails. */
static UDateFormat *form(struct cldr *c, enum form f)
{
    static const char *const skel[F_COUNT][2] = {
        {"yMMMd", "yMMMMd"}, {"yMMM", "yMMMM"}, {"y", "y"},          {"GyMMMd", "GyMMMMd"},
        {"GyMMM", "GyMMMM"}, {"Gy", "Gy"},      {"MMMd", "MMMd"},    {"yMMM", "yMMM"},
        {"GyMMM", "GyMMM"},  {"yMMM", "yMMMM"}, {"GyMMM", "GyMMMM"},
    };
    if (c->fmt[f])
        return c->fmt[f];
    if (!c->gen) {
        UErrorCode st = U_ZERO_ERROR;
        c->gen = udatpg_open(c->id, &st);
        if (U_FAILURE(st) && c->gen) {
            udatpg_close(c->gen);
            c->gen = NULL;
        }
        if (!c->gen)
            return NULL;
    }
    c->fmt[f] = open_form(c->id, c->gen, skel[f][c->full], f >= F_MONTH_CASE);
    /* English, and a language CLDR does not know (locale_id gives it en's forms) */
    if (c->fmt[f] && strncmp(c->id, "en", 2) == 0 &&
        (c->id[2] == '_' || c->id[2] == '@' || !c->id[2]))
        english_eras(c->fmt[f]);
    return c->fmt[f];
}

/* The interval form for days or for whole years, opened on first use; NULL when ICU fails. */
static UDateIntervalFormat *range_form(struct cldr *c, bool days)
{
    UDateIntervalFormat **f = days ? &c->range_day : &c->range_year;
    if (!*f)
        *f = open_range(c->id, days ? (c->full ? "yMMMMd" : "yMMMd") : "y");
    return *f;
}

static void month_names(struct cldr *c)
{
    UDateFormat *day = form(c, F_DAY);
    c->months_read = true;
    for (int m = 0; day && m < 12; m++) {
        UChar u[64];
        char b[128] = "";
        UErrorCode st = U_ZERO_ERROR;
        int32_t n = udat_getSymbols(day, UDAT_STANDALONE_SHORT_MONTHS, m, u, 64, &st);
        if (U_SUCCESS(st))
            to_utf8(u, n, b, sizeof b);
        c->months[m] = strdup(b);
    }
}

static struct cldr *cldr_create(const char *tag)
{
    struct cldr *c = calloc(1, sizeof *c);
    if (!c || !(c->tag = strdup(tag)))
        goto fail;
    locale_id(tag, c->id, sizeof c->id);
    c->full = find(tag) && find(tag)->full_months;
    UErrorCode st = U_ZERO_ERROR;
    c->num = unum_open(UNUM_DECIMAL, NULL, 0, c->id, NULL, &st);
    c->year = unum_open(UNUM_DECIMAL, NULL, 0, c->id, NULL, &st);
    c->cal = ucal_open(utc, -1, c->id, UCAL_GREGORIAN, &st);
    if (U_FAILURE(st))
        goto fail;
    unum_setAttribute(c->year, UNUM_GROUPING_USED, 0);
    proleptic(c->cal);
    return c;
fail:
    cldr_free(c);
    return NULL;
}

/* The locale's formatters, opened on first use; NULL when ICU fails (then callers fall back to
 * plain ASCII forms). Call with the lock held. */
static struct cldr *cldr_get(const char *lang)
{
    const char *tag = lang && *lang ? lang : "en";
    for (size_t i = 0; i < n_cache; i++)
        if (strcmp(cache[i]->tag, tag) == 0)
            return cache[i];
    if (!vec_grow((void **)&cache, &cap_cache, n_cache + 1, sizeof(struct cldr *)))
        return NULL;
    struct cldr *c = cldr_create(tag);
    if (c)
        cache[n_cache++] = c;
    return c;
}

/* ICU's time for noon UTC of the date's first day (noon keeps clear of any day boundary). */
static UDate udate_of(struct cldr *c, int year, int month, int day)
{
    UErrorCode st = U_ZERO_ERROR;
    ucal_clear(c->cal);
    ucal_set(c->cal, UCAL_ERA, year < 0 ? 0 : 1);
    ucal_set(c->cal, UCAL_YEAR, year < 0 ? -year : year);
    ucal_set(c->cal, UCAL_MONTH, month ? month - 1 : 0);
    ucal_set(c->cal, UCAL_DATE, day ? day : 1);
    ucal_set(c->cal, UCAL_HOUR_OF_DAY, 12);
    return ucal_getMillis(c->cal, &st);
}

static bool format_form(struct cldr *c, enum form f, const struct date *d, char *buf, size_t size)
{
    UChar u[256];
    UErrorCode st = U_ZERO_ERROR;
    UDate t = udate_of(c, d->year, d->month, d->day);
    UDateFormat *fmt = form(c, f);
    if (!fmt)
        return false;
    int32_t n = udat_format(fmt, t, u, 256, NULL, &st);
    if (U_FAILURE(st))
        return false;
    to_utf8(u, n, buf, size);
    return true;
}

static void format_number(UNumberFormat *f, long v, char *buf, size_t size)
{
    UChar u[64];
    UErrorCode st = U_ZERO_ERROR;
    int32_t n = f ? unum_formatInt64(f, v, u, 64, NULL, &st) : -1;
    if (!f || U_FAILURE(st))
        snprintf(buf, size, "%ld", v);
    else
        to_utf8(u, n, buf, size);
}

/* ------------------------------------------------------------------ the public forms */

static enum form date_form(const struct date *d)
{
    int base = d->day ? F_DAY : d->month ? F_MONTH : F_YEAR;
    return (enum form)(d->year < 0 ? base + F_DAY_BCE : base);
}

/* The date without its approximate mark; plain ISO-like digits if ICU failed. */
static void exact_date(const char *lang, const struct date *d, enum form f, char *buf, size_t size)
{
    pthread_mutex_lock(&lock);
    struct cldr *c = cldr_get(lang);
    bool ok = c && format_form(c, f, d, buf, size);
    pthread_mutex_unlock(&lock);
    if (!ok)
        date_format_iso(d, buf, size);
}

void i18n_date(const char *lang, const struct date *d, char *buf, size_t size)
{
    i18n_date_era(lang, d, false, buf, size);
}

/* English puts AD before the year, as on the axis ("AD 1"): "19 Aug AD 14", "AD 14". Its
 * date forms end with the year, so the mark goes before the last run of digits. */
static void english_ad(char *buf, size_t size)
{
    size_t n = strlen(buf), k = n;
    while (k > 0 && buf[k - 1] >= '0' && buf[k - 1] <= '9')
        k--;
    if (k == n || n + 4 > size)
        return;
    memmove(buf + k + 3, buf + k, n - k + 1); /* the digits and the NUL move on */
    buf[k] = 'A';
    buf[k + 1] = 'D';
    buf[k + 2] = ' ';
}

/* Whether the language puts a month after "about" in another case than a month alone, the
 * case CLDR gives its format months ("ок. апреля", "ok. kwietnia", "c. dubna"): the Slavic
 * languages whose format months are genitive. Others (Greek, Finnish, Catalan, Lithuanian)
 * have format months that read wrong there, and keep the stand-alone month. */
static bool month_governed(const char *lang)
{
    static const char *const codes[] = {"ru", "uk", "be", "pl", "cs", "sk", "hr"};
    for (size_t i = 0; i < sizeof codes / sizeof *codes; i++)
        if (i18n_tag_matches(lang, codes[i]))
            return true;
    return false;
}

void i18n_date_era(const char *lang, const struct date *d, bool era, char *buf, size_t size)
{
    char core[192];
    enum form f = date_form(d);
    bool english = !lang || !*lang || i18n_tag_matches(lang, "en");
    if (era && d->year > 0 && !english) /* the language's own era form: "14 г. н. э." */
        f = (enum form)(f + F_DAY_BCE);
    if (d->approx && (f == F_MONTH || f == F_MONTH_BCE) && month_governed(lang))
        f = f == F_MONTH ? F_MONTH_CASE : F_MONTH_CASE_BCE;
    exact_date(lang, d, f, core, sizeof core);
    if (era && d->year > 0 && english)
        english_ad(core, sizeof core);
    snprintf(buf, size, "%s%s", d->approx ? table(lang)->approx : "", core);
}

static bool range_with(UDateIntervalFormat *f, UDate a, UDate b, char *buf, size_t size)
{
    UChar u[256];
    UErrorCode st = U_ZERO_ERROR;
    if (!f)
        return false;
    int32_t n = udtitvfmt_format(f, a, b, u, 256, NULL, &st);
    if (U_FAILURE(st))
        return false;
    to_utf8(u, n, buf, size);
    return true;
}

/* Exact CE dates of the same precision, days or whole years, use CLDR's interval forms. */
static bool cldr_range(const char *lang, const struct date *a, const struct date *b, char *buf,
                       size_t size)
{
    bool days = a->day && b->day, years = !a->month && !b->month;
    if (a->approx || b->approx || a->year < 0 || b->year < 0 || !(days || years))
        return false;
    pthread_mutex_lock(&lock);
    struct cldr *c = cldr_get(lang);
    bool ok = false;
    if (c) {
        UDate x = udate_of(c, a->year, a->month, a->day),
              y = udate_of(c, b->year, b->month, b->day);
        ok = range_with(range_form(c, days), x, y, buf, size);
    }
    pthread_mutex_unlock(&lock);
    return ok;
}

void i18n_date_range(const char *lang, const struct date *a, const struct date *b, char *buf,
                     size_t size)
{
    i18n_date_range_era(lang, a, b, false, buf, size);
}

void i18n_date_range_era(const char *lang, const struct date *a, const struct date *b, bool era,
                         char *buf, size_t size)
{
    if (!era && cldr_range(lang, a, b, buf, size))
        return;
    char x[192], y[192];
    i18n_date_era(lang, a, era, x, sizeof x);
    i18n_date_era(lang, b, era, y, sizeof y);
    snprintf(buf, size, "%s – %s", x, y);
}

/* Year 1 on an axis that reaches back into BCE years: "AD 1", so that it does not read as a
 * stray number between "500 BCE" and "500". NULL: the year as any other. */
static const char *year_one(const char *lang)
{
    static const struct {
        const char *code, *text;
    } forms[] = {{"en", "AD 1"}, {"ru", "1 г. н. э."}, {"zh-Hant", "西元1年"}, {"zh", "公元1年"}};
    const char *tag = i18n_script_tag(lang);
    for (size_t i = 0; tag && i < sizeof forms / sizeof *forms; i++)
        if (i18n_tag_matches(tag, forms[i].code))
            return forms[i].text;
    return NULL;
}

void i18n_tick(const char *lang, const struct date *d, int precision, char *buf, size_t size)
{
    if ((precision == DATE_YEAR || !d->month) && d->year == 1 && year_one(lang)) {
        snprintf(buf, size, "%s", year_one(lang));
        return;
    }
    struct date t = *d;
    t.approx = false;
    if (precision == DATE_YEAR || !d->month) {
        t.month = t.day = 0;
        if (d->year > 0 && table(lang)->plain_year_axis) {
            pthread_mutex_lock(&lock);
            struct cldr *c = cldr_get(lang);
            format_number(c ? c->year : NULL, d->year, buf, size);
            pthread_mutex_unlock(&lock);
            return;
        }
        exact_date(lang, &t, d->year < 0 ? F_YEAR_BCE : F_YEAR, buf, size);
    } else if (precision == DATE_MONTH || !d->day) {
        t.day = 0;
        exact_date(lang, &t, d->year < 0 ? F_TICK_MONTH_BCE : F_TICK_MONTH, buf, size);
    } else {
        exact_date(lang, &t, F_TICK_DAY, buf, size);
    }
}

const char *i18n_month_short(const char *lang, int month)
{
    static const char *const ascii[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    int m = month >= 1 && month <= 12 ? month - 1 : 0;
    pthread_mutex_lock(&lock);
    struct cldr *c = cldr_get(lang);
    if (c && !c->months_read)
        month_names(c);
    const char *s = c && c->months[m] ? c->months[m] : ascii[m];
    pthread_mutex_unlock(&lock);
    return s;
}

void i18n_number(const char *lang, long n, char *buf, size_t size)
{
    pthread_mutex_lock(&lock);
    struct cldr *c = cldr_get(lang);
    format_number(c ? c->num : NULL, n, buf, size);
    pthread_mutex_unlock(&lock);
}

void i18n_message(const char *lang, enum message m, long n, char *buf, size_t size)
{
    const struct words *t = table(lang);
    char id[ULOC_FULLNAME_CAPACITY + 32];
    UChar pat[512], out[512];
    locale_id(lang && *lang ? lang : "en", id, sizeof id);
    int32_t len = from_utf8(t->m[m], pat, 512);
    UErrorCode st = U_ZERO_ERROR;
    int32_t k = len < 0 ? -1 : u_formatMessage(id, pat, len, out, 512, &st, (double)n);
    if (k < 0 || U_FAILURE(st)) {
        snprintf(buf, size, "%ld", n);
        return;
    }
    to_utf8(out, k, buf, size);
}

/* The formats hold one %s and come from the tables above, never from data. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
static void labelled_text(struct strbuf *b, const char *fmt, const char *value)
{
    strbuf_add(b, fmt, value);
}
#pragma GCC diagnostic pop

void i18n_labelled_add(struct strbuf *b, const char *lang, enum word w, const char *value)
{
    const struct words *t = table(lang);
    struct strbuf isolated = {0};
    /* English words around a right-to-left value (a Hebrew date with its digits, in a language
     * without tables): without an isolate the bidi algorithm reorders the value's runs against
     * the English ("As of 26 2025 באוק׳"). */
    if (!find(lang) && i18n_rtl(lang)) {
        strbuf_add(&isolated, "\u2068%s\u2069", value);
        value = isolated.s ? isolated.s : value;
        b->nomem = b->nomem || isolated.nomem;
    }
    if (w == W_SOURCE)
        labelled_text(b, t->source, value);
    else if (w == W_AS_OF)
        labelled_text(b, t->as_of, value);
    else
        strbuf_add(b, "%s%s%s", t->w[w], t->colon, value);
    strbuf_finish(&isolated);
}

void i18n_labelled(const char *lang, enum word w, const char *value, char *buf, size_t size)
{
    struct strbuf b = {0};
    i18n_labelled_add(&b, lang, w, value);
    snprintf(buf, size, "%s", b.s ? b.s : "");
    strbuf_finish(&b);
}

void i18n_value_label_add(struct strbuf *b, const char *lang, const char *label, int n)
{
    char num[64];
    i18n_number(lang, n, num, sizeof num);
    strbuf_add(b, "%s%s%s", label, table(lang)->colon, num);
}

void i18n_count_label_add(struct strbuf *b, const char *lang, const char *label, int n)
{
    char num[64];
    i18n_number(lang, n, num, sizeof num);
    /* Chinese and Japanese set their brackets full width and without a space. */
    if (i18n_tag_matches(lang, "zh") || i18n_tag_matches(lang, "ja"))
        strbuf_add(b, "%s（%s）", label, num);
    else
        strbuf_add(b, "%s (%s)", label, num);
}

/* A run of n characters of t, all letters (kind 'a'), digits ('d') or either ('n'). */
static bool run_of(const char *t, size_t n, char kind)
{
    for (size_t i = 0; i < n; i++) {
        char c = t[i];
        bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        bool digit = c >= '0' && c <= '9';
        if (kind == 'a' ? !alpha : kind == 'd' ? !digit : !alpha && !digit)
            return false;
    }
    return true;
}

/* One subtag of t (up to '-' or the end) that fits where the grammar stands. The stages go
 * in RFC 5646's order: language, extlang (at most 3), script, region, variants, extensions,
 * private use. */
enum tag_stage {
    TAG_LANGUAGE,
    TAG_EXTLANG,
    TAG_SCRIPT,
    TAG_REGION,
    TAG_VARIANT,
    TAG_EXT,
    TAG_PRIVATE
};

static bool tag_step(const char *t, size_t n, enum tag_stage *st, int *extlangs, bool *in_ext)
{
    if (*st == TAG_PRIVATE) {
        *in_ext = false;
        return n >= 1 && n <= 8 && run_of(t, n, 'n');
    }
    if (*st == TAG_EXT && n >= 2 && n <= 8 && run_of(t, n, 'n')) {
        *in_ext = false; /* a singleton needs one subtag; more may follow */
        return true;
    }
    if (*in_ext)
        return false;
    if (*st == TAG_LANGUAGE) {
        *st = TAG_EXTLANG;
        return n >= 2 && n <= 8 && run_of(t, n, 'a') && (n <= 3 || (*extlangs = 3) == 3);
    }
    if (*st == TAG_EXTLANG && n == 3 && *extlangs < 3 && run_of(t, n, 'a')) {
        ++*extlangs;
        return true;
    }
    if (*st <= TAG_SCRIPT && n == 4 && run_of(t, n, 'a')) {
        *st = TAG_REGION;
        return true;
    }
    if (*st <= TAG_REGION && ((n == 2 && run_of(t, n, 'a')) || (n == 3 && run_of(t, n, 'd')))) {
        *st = TAG_VARIANT;
        return true;
    }
    if (*st <= TAG_VARIANT &&
        (((n >= 5 && n <= 8) || (n == 4 && run_of(t, 1, 'd'))) && run_of(t, n, 'n'))) {
        *st = TAG_VARIANT;
        return true;
    }
    if (n == 1 && run_of(t, 1, 'n')) {
        bool x = *t == 'x' || *t == 'X';
        *st = x ? TAG_PRIVATE : TAG_EXT;
        *in_ext = true; /* until its first subtag */
        return true;
    }
    return false;
}

bool i18n_tag_well_formed(const char *lang)
{
    if (!lang || !*lang || strlen(lang) > 64)
        return false;
    enum tag_stage st = TAG_LANGUAGE;
    int extlangs = 0;
    bool in_ext = false;
    const char *t = lang;
    for (;;) {
        size_t n = strcspn(t, "-");
        if (!tag_step(t, n, &st, &extlangs, &in_ext))
            return false;
        if (!t[n])
            break;
        t += n + 1;
    }
    return !in_ext; /* a singleton without its subtag is cut short */
}

bool i18n_valid_tag(const char *lang)
{
    if (!i18n_tag_well_formed(lang))
        return false;
    char id[ULOC_FULLNAME_CAPACITY];
    int32_t parsed = 0;
    UErrorCode st = U_ZERO_ERROR;
    uloc_forLanguageTag(lang, id, (int32_t)sizeof id, &parsed, &st);
    return U_SUCCESS(st) && parsed == (int32_t)strlen(lang) && *id;
}

bool i18n_rtl(const char *lang)
{
    static const char *const rtl[] = {"ar", "fa", "ur", "he", "ps", "sd", "ug", "yi", "dv", "ckb"};
    for (size_t i = 0; lang && i < sizeof rtl / sizeof *rtl; i++)
        if (i18n_tag_matches(lang, rtl[i]))
            return true;
    return false;
}

/* ------------------------------------------------------------------ alt-text sentences */

struct sentences {
    const char *code;
    const char *sep;  /* between sentences: a space, none in Chinese */
    const char *semi; /* between list items that hold commas */
    const char *s[S_SENTENCE_COUNT];
};

/* clang-format reflows the Persian lines differently on each run (zero-width joiners). Long
 * sentences are split into adjacent literals, which clang-tidy takes for missing commas; the
 * designators show where each sentence starts. */
// clang-format off
// NOLINTBEGIN(bugprone-suspicious-missing-comma)
static const struct sentences sentence_tables[] = {
    {"en",
     " ",
     "; ",
     {
         [S_TITLE] = "{0}.",
         [S_TIMELINE] = "Timeline of {3,plural,one{# event}other{# events}} from {0} to {1}.",
         [S_TIMELINE_EMPTY] = "Timeline with no events.",
         [S_KEY_EVENTS] = "Key events: {0}.",
         [S_PERIODS] = "Periods: {0}.",
         [S_DATED] = "{0} ({1})",
         [S_MEMBERSHIP] = "Membership chart of {3,plural,one{# member}other{# members}}, one row each, "
                          "with a bar for each status period from {0} to {1}, coloured by status.",
         [S_ON_DATE] = "{2,select,day{On}other{In}} {0}: {1}.",
         [S_ON_DATE_NONE] = "{2,select,day{On}other{In}} {0}, no member has a status.",
         [S_STARTS] = "Joined as {0}: {1}.",
         [S_COUNT] = "Count chart: the number of members in each status over time, "
                     "{2,select,lines{as step lines}other{as stacked steps}}, from {0} to {1}.",
         [S_MAP] = "Map as of {0}.",
         [S_MAP_STATUS] = "{0}: {1}.",
         [S_MAP_OTHERS] = "Other countries have no status.",
         [S_DEFAULT] = "{1} and {2}, as of {0}.",
         [S_NOT_SHOWN] = "{3,plural,one{# more event not shown}other{# more events not shown}}; see the data.",
         [S_NOT_ON_MAP] = "{3,plural,one{# member not on the map}other{# members not on the map}}.",
         [S_ACCESSIONS_NOT_SHOWN] = "{3,plural,one{# more accession not shown}other{# more accessions not shown}}; see the data.",
         [S_SUSPENDED] = "Suspended from their status on that date: {0}.",
         [S_SUSPENDED_ITEM] = "{0} (since {1})",
         [S_NAMES] = "Members are named as on the chart's date; {0}.",
         [S_NAMES_ITEM] = "{0} was earlier named {1}",
         [S_SUCCESSORS] = "Successor states, never counted twice: {0}.",
         [S_SUCCESSOR_ITEM] = "{0} succeeded {1} ({2})",
         [S_LEFT] = "{3,plural,one{# departure}other{# departures}}: {0}.",
         [S_SUSPENDED_BEFORE] = "{3,plural,one{# earlier suspension}other{# earlier suspensions}}: {0}.",
         [S_JOINS_LATER] = "{3,plural,one{# member joins after the chart's date and is not shown}other{# members join after the chart's date and are not shown}}: {0}.",
         [S_JOINS_LATER_NOTE] = "{3,plural,one{# member joins}other{# members join}} after the chart's date{1,select,named{: {0}}other{}}",
         [S_ROWS_LEFT_OUT] = "Only the rows with the highest status ({2}) are drawn; {3,plural,one{# more row is not shown}other{# more rows are not shown}}.",
         [S_GROUP_OF] = "{0} ({1} of {2})",
         [S_SUCCESSOR_COUNT] = "{3,plural,one{# successor state}other{# successor states}}",
         [S_MEMBERSHIP_EMPTY] = "Membership chart with no status periods to show.",
         [S_COUNT_EMPTY] = "Count chart with no status periods to show.",
         [S_MAP_NONE] = "No country has a status on that date.",
     }},
    {"ru",
     " ",
     "; ",
     {
         [S_TITLE] = "{0}.",
         [S_TIMELINE] = "Хронология: {3,plural,one{# событие}few{# события}many{# событий}other{# события}} "
                        "с {0} по {1}.",
         [S_TIMELINE_EMPTY] = "Хронология без событий.",
         [S_KEY_EVENTS] = "Главные события: {0}.",
         [S_PERIODS] = "Периоды: {0}.",
         [S_DATED] = "{0} ({1})",
         [S_MEMBERSHIP] = "Диаграмма членства: {3,plural,one{# участник}few{# участника}many{# участников}"
                          "other{# участника}}, по строке на каждого, с полосой для каждого периода статуса "
                          "с {0} по {1}; цвет полосы обозначает статус.",
         [S_ON_DATE] = "{2,select,day{На}other{По состоянию на}} {0}: {1}.",
         [S_ON_DATE_NONE] = "{2,select,day{На}other{По состоянию на}} {0} ни у кого нет статуса.",
         [S_STARTS] = "Получили статус «{0}»: {1}.",
         [S_COUNT] = "Диаграмма численности: число участников с каждым статусом во времени, "
                     "{2,select,lines{ступенчатыми линиями}other{ступенчатыми областями с накоплением}}, "
                     "с {0} по {1}.",
         [S_MAP] = "Карта по состоянию на {0}.",
         [S_MAP_STATUS] = "{0}: {1}.",
         [S_MAP_OTHERS] = "У остальных стран нет статуса.",
         [S_DEFAULT] = "{1} и {2}, по состоянию на {0}.",
         [S_NOT_SHOWN] = "{3,plural,one{Ещё # событие не показано}few{Ещё # события не показаны}"
                         "many{Ещё # событий не показано}other{Ещё # события не показано}}; см. данные.",
         [S_NOT_ON_MAP] = "{3,plural,other{Не на карте: #}}.",
         [S_ACCESSIONS_NOT_SHOWN] = "{3,plural,one{Ещё # вступление не показано}few{Ещё # вступления не показаны}many{Ещё # вступлений не показано}other{Ещё # вступления не показаны}}; см. данные.",
         [S_SUSPENDED] = "Приостановлены в своём статусе на эту дату: {0}.",
         [S_SUSPENDED_ITEM] = "{0} (дата приостановки: {1})",
         [S_NAMES] = "Участники названы так, как на дату диаграммы; {0}.",
         [S_NAMES_ITEM] = "{0}: прежние названия — {1}",
         [S_SUCCESSORS] = "Государства-преемники, без двойного счёта: {0}.",
         [S_SUCCESSOR_ITEM] = "{0} — преемник: {1} ({2})",
         [S_LEFT] = "{3,plural,one{# выход}few{# выхода}many{# выходов}other{# выхода}} из состава: {0}.",
         [S_SUSPENDED_BEFORE] = "{3,plural,one{# прежнее приостановление}few{# прежних приостановления}many{# прежних приостановлений}other{# прежнего приостановления}}: {0}.",
         [S_JOINS_LATER] = "{3,plural,one{# участник вступает после даты диаграммы и не показан}few{# участника вступают после даты диаграммы и не показаны}many{# участников вступают после даты диаграммы и не показаны}other{# участника вступают после даты диаграммы и не показаны}}: {0}.",
         [S_JOINS_LATER_NOTE] = "{3,plural,one{# участник вступает}few{# участника вступают}many{# участников вступают}other{# участника вступают}} после даты диаграммы{1,select,named{: {0}}other{}}",
         [S_ROWS_LEFT_OUT] = "Показаны только строки с наивысшим статусом ({2}); ещё {3,plural,one{# строка не показана}few{# строки не показаны}many{# строк не показано}other{# строки не показано}}.",
         [S_GROUP_OF] = "{0} ({1} из {2})",
         [S_SUCCESSOR_COUNT] = "{3,plural,one{# государство-преемник}few{# государства-преемника}many{# государств-преемников}other{# государства-преемника}}",
         [S_MEMBERSHIP_EMPTY] = "Диаграмма членства: нет периодов статуса для показа.",
         [S_COUNT_EMPTY] = "Диаграмма численности: нет периодов статуса для показа.",
         [S_MAP_NONE] = "На эту дату ни у одной страны нет статуса.",
     }},
    {"zh-Hant",
     "",
     "；",
     {
         [S_TITLE] = "{0}。",
         [S_TIMELINE] = "時間軸：{0}至{1}的{3,plural,other{#個事件}}。",
         [S_TIMELINE_EMPTY] = "時間軸，無事件。",
         [S_KEY_EVENTS] = "重要事件：{0}。",
         [S_PERIODS] = "時期：{0}。",
         [S_DATED] = "{0}（{1}）",
         [S_MEMBERSHIP] = "成員資格圖：{3,plural,other{#個成員}}，每個一列，{0}至{1}間每段地位期為一條色條，"
                          "顏色表示地位。",
         [S_ON_DATE] = "{0}：{1}。",
         [S_ON_DATE_NONE] = "{0}：無成員具有地位。",
         [S_STARTS] = "成為「{0}」：{1}。",
         [S_COUNT] = "數量圖：各地位成員數隨時間的變化，{2,select,lines{以階梯線表示}other{以堆疊階梯表示}}，"
                     "{0}至{1}。",
         [S_MAP] = "地圖，截至{0}。",
         [S_MAP_STATUS] = "{0}：{1}。",
         [S_MAP_OTHERS] = "其他國家無地位。",
         [S_DEFAULT] = "{1}和{2}，截至{0}。",
         [S_NOT_SHOWN] = "另有{3,plural,other{#個事件}}未顯示；見資料。",
         [S_NOT_ON_MAP] = "另有{3,plural,other{#個成員}}未在地圖上。",
         [S_ACCESSIONS_NOT_SHOWN] = "{3,plural,other{另有#次加入未顯示；見資料}}。",
         [S_SUSPENDED] = "當日被暫停其地位的：{0}。",
         [S_SUSPENDED_ITEM] = "{0}（自{1}起）",
         [S_NAMES] = "成員名稱以圖表日期為準；{0}。",
         [S_NAMES_ITEM] = "{0}曾名{1}",
         [S_SUCCESSORS] = "繼承國（不重複計數）：{0}。",
         [S_SUCCESSOR_ITEM] = "{0}繼承{1}（{2}）",
         [S_LEFT] = "退出{3,plural,other{#次}}：{0}。",
         [S_SUSPENDED_BEFORE] = "此前暫停{3,plural,other{#次}}：{0}。",
         [S_JOINS_LATER] = "{3,plural,other{#個成員}}在圖表日期之後加入，未顯示：{0}。",
         [S_JOINS_LATER_NOTE] = "{3,plural,other{#個成員}}在圖表日期之後加入{1,select,named{：{0}}other{}}",
         [S_ROWS_LEFT_OUT] = "僅顯示地位最高的{2}列；另有{3,plural,other{#列}}未顯示。",
         [S_GROUP_OF] = "{0}（{2}個中的{1}個）",
         [S_SUCCESSOR_COUNT] = "{3,plural,other{#個繼承國}}",
         [S_MEMBERSHIP_EMPTY] = "成員資格圖：沒有可顯示的地位期。",
         [S_COUNT_EMPTY] = "數量圖：沒有可顯示的地位期。",
         [S_MAP_NONE] = "當日沒有國家具有地位。",
     }},
    {"zh",
     "",
     "；",
     {
         [S_TITLE] = "{0}。",
         [S_TIMELINE] = "时间线：{0}至{1}的{3,plural,other{#个事件}}。",
         [S_TIMELINE_EMPTY] = "时间线，无事件。",
         [S_KEY_EVENTS] = "重要事件：{0}。",
         [S_PERIODS] = "时期：{0}。",
         [S_DATED] = "{0}（{1}）",
         [S_MEMBERSHIP] = "成员资格图：{3,plural,other{#个成员}}，每个一行，{0}至{1}间每段地位期为一条色条，"
                          "颜色表示地位。",
         [S_ON_DATE] = "{0}：{1}。",
         [S_ON_DATE_NONE] = "{0}：无成员具有地位。",
         [S_STARTS] = "成为“{0}”：{1}。",
         [S_COUNT] = "数量图：各地位成员数随时间的变化，{2,select,lines{以阶梯线表示}other{以堆叠阶梯表示}}，"
                     "{0}至{1}。",
         [S_MAP] = "地图，截至{0}。",
         [S_MAP_STATUS] = "{0}：{1}。",
         [S_MAP_OTHERS] = "其他国家无地位。",
         [S_DEFAULT] = "{1}和{2}，截至{0}。",
         [S_NOT_SHOWN] = "另有{3,plural,other{#个事件}}未显示；见数据。",
         [S_NOT_ON_MAP] = "另有{3,plural,other{#个成员}}未在地图上。",
         [S_ACCESSIONS_NOT_SHOWN] = "{3,plural,other{另有#次加入未显示；见数据}}。",
         [S_SUSPENDED] = "当日被暂停其地位的：{0}。",
         [S_SUSPENDED_ITEM] = "{0}（自{1}起）",
         [S_NAMES] = "成员名称以图表日期为准；{0}。",
         [S_NAMES_ITEM] = "{0}曾名{1}",
         [S_SUCCESSORS] = "继承国（不重复计数）：{0}。",
         [S_SUCCESSOR_ITEM] = "{0}继承{1}（{2}）",
         [S_LEFT] = "退出{3,plural,other{#次}}：{0}。",
         [S_SUSPENDED_BEFORE] = "此前暂停{3,plural,other{#次}}：{0}。",
         [S_JOINS_LATER] = "{3,plural,other{#个成员}}在图表日期之后加入，未显示：{0}。",
         [S_JOINS_LATER_NOTE] = "{3,plural,other{#个成员}}在图表日期之后加入{1,select,named{：{0}}other{}}",
         [S_ROWS_LEFT_OUT] = "仅显示地位最高的{2}行；另有{3,plural,other{#行}}未显示。",
         [S_GROUP_OF] = "{0}（{2}个中的{1}个）",
         [S_SUCCESSOR_COUNT] = "{3,plural,other{#个继承国}}",
         [S_MEMBERSHIP_EMPTY] = "成员资格图：没有可显示的地位期。",
         [S_COUNT_EMPTY] = "数量图：没有可显示的地位期。",
         [S_MAP_NONE] = "当日没有国家具有地位。",
     }},
    {"fa",
     " ",
     "؛ ",
     {
         [S_TITLE] = "{0}.",
         [S_TIMELINE] = "گاه‌نگار {3,plural,other{# رویداد}} از {0} تا {1}.",
         [S_TIMELINE_EMPTY] = "گاه‌نگار بدون رویداد.",
         [S_KEY_EVENTS] = "رویدادهای مهم: {0}.",
         [S_PERIODS] = "دوره‌ها: {0}.",
         [S_DATED] = "{0} ({1})",
         [S_MEMBERSHIP] = "نمودار عضویت {3,plural,other{# عضو}}، هر کدام در یک ردیف، با یک نوار برای هر دورهٔ "
                          "وضعیت از {0} تا {1}؛ رنگ نوار وضعیت را نشان می‌دهد.",
         [S_ON_DATE] = "در {0}: {1}.",
         [S_ON_DATE_NONE] = "در {0} هیچ عضوی وضعیتی ندارد.",
         [S_STARTS] = "پیوستن با وضعیت «{0}»: {1}.",
         [S_COUNT] = "نمودار شمار: شمار اعضا در هر وضعیت در گذر زمان، "
                     "{2,select,lines{با خط‌های پلکانی}other{با پله‌های انباشته}}، از {0} تا {1}.",
         [S_MAP] = "نقشه تا {0}.",
         [S_MAP_STATUS] = "{0}: {1}.",
         [S_MAP_OTHERS] = "دیگر کشورها وضعیتی ندارند.",
         [S_DEFAULT] = "{1} و {2}، تا {0}.",
         [S_NOT_SHOWN] = "{3,plural,other{# رویداد دیگر نمایش داده نشده است}}؛ به داده‌ها نگاه کنید.",
         [S_NOT_ON_MAP] = "{3,plural,other{# عضو روی نقشه نیست}}.",
         [S_ACCESSIONS_NOT_SHOWN] = "{3,plural,other{# پیوستن دیگر نمایش داده نشده است}}؛ به داده‌ها نگاه کنید.",
         [S_SUSPENDED] = "در آن تاریخ از وضعیت خود تعلیق شده‌اند: {0}.",
         [S_SUSPENDED_ITEM] = "{0} (از {1})",
         [S_NAMES] = "نام اعضا همان نام در تاریخ نمودار است؛ {0}.",
         [S_NAMES_ITEM] = "{0} پیش‌تر {1} نام داشت",
         [S_SUCCESSORS] = "دولت‌های جانشین، بدون شمارش دوباره: {0}.",
         [S_SUCCESSOR_ITEM] = "{0} جانشین {1} شد ({2})",
         [S_LEFT] = "{3,plural,other{# خروج}}: {0}.",
         [S_SUSPENDED_BEFORE] = "{3,plural,other{# تعلیق پیشین}}: {0}.",
         [S_JOINS_LATER] = "{3,plural,one{# عضو پس از تاریخ نمودار می‌پیوندد و نمایش داده نمی‌شود}other{# عضو پس از تاریخ نمودار می‌پیوندند و نمایش داده نمی‌شوند}}: {0}.",
         [S_JOINS_LATER_NOTE] = "{3,plural,one{# عضو پس از تاریخ نمودار می‌پیوندد}other{# عضو پس از تاریخ نمودار می‌پیوندند}}{1,select,named{: {0}}other{}}",
         [S_ROWS_LEFT_OUT] = "تنها ردیف‌های دارای بالاترین وضعیت ({2}) نمایش داده شده‌اند؛ {3,plural,other{# ردیف دیگر نمایش داده نشده است}}.",
         [S_GROUP_OF] = "{0} ({1} از {2})",
         [S_SUCCESSOR_COUNT] = "{3,plural,other{# دولت جانشین}}",
         [S_MEMBERSHIP_EMPTY] = "نمودار عضویت: هیچ دورهٔ وضعیتی برای نمایش نیست.",
         [S_COUNT_EMPTY] = "نمودار شمار: هیچ دورهٔ وضعیتی برای نمایش نیست.",
         [S_MAP_NONE] = "در آن تاریخ هیچ کشوری وضعیتی ندارد.",
     }},
    {"ar",
     " ",
     "؛ ",
     {
         [S_TITLE] = "{0}.",
         [S_TIMELINE] = "خط زمني من {0} إلى {1}: {3,plural,zero{لا أحداث}one{حدث واحد}two{حدثان}few{# أحداث}"
                        "many{# حدثًا}other{# حدث}}.",
         [S_TIMELINE_EMPTY] = "خط زمني بلا أحداث.",
         [S_KEY_EVENTS] = "أهم الأحداث: {0}.",
         [S_PERIODS] = "الفترات: {0}.",
         [S_DATED] = "{0} ({1})",
         [S_MEMBERSHIP] = "مخطط العضوية: {3,plural,zero{لا أعضاء}one{عضو واحد}two{عضوان}few{# أعضاء}many{# عضوًا}"
                          "other{# عضو}}، لكل عضو صف، وشريط لكل فترة وضع من {0} إلى {1}، ولون الشريط يدل على "
                          "الوضع.",
         [S_ON_DATE] = "في {0}: {1}.",
         [S_ON_DATE_NONE] = "في {0} لا يحمل أي عضو وضعًا.",
         [S_STARTS] = "الانضمام بصفة «{0}»: {1}.",
         [S_COUNT] = "مخطط العدد: عدد الأعضاء في كل وضع عبر الزمن، "
                     "{2,select,lines{بخطوط متدرجة}other{بدرجات متراكمة}}، من {0} إلى {1}.",
         [S_MAP] = "خريطة حتى {0}.",
         [S_MAP_STATUS] = "{0}: {1}.",
         [S_MAP_OTHERS] = "لا وضع لسائر الدول.",
         [S_DEFAULT] = "{1} و{2}، حتى {0}.",
         [S_NOT_SHOWN] = "{3,plural,zero{لا أحداث أخرى غير معروضة}one{حدث واحد آخر غير معروض}"
                         "two{حدثان آخران غير معروضين}few{# أحداث أخرى غير معروضة}many{# حدثًا آخر غير معروض}"
                         "other{# حدث آخر غير معروض}}؛ انظر البيانات.",
         [S_NOT_ON_MAP] = "{3,plural,other{غير ظاهر على الخريطة: #}}.",
         [S_ACCESSIONS_NOT_SHOWN] = "{3,plural,zero{لا انضمامات أخرى غير معروضة}one{انضمام واحد آخر غير معروض}two{انضمامان آخران غير معروضين}few{# انضمامات أخرى غير معروضة}many{# انضمامًا آخر غير معروض}other{# انضمام آخر غير معروض}}؛ انظر البيانات.",
         [S_SUSPENDED] = "المعلّقة عضويتها في ذلك التاريخ: {0}.",
         [S_SUSPENDED_ITEM] = "{0} (منذ {1})",
         [S_NAMES] = "أسماء الأعضاء كما في تاريخ المخطط؛ {0}.",
         [S_NAMES_ITEM] = "{0} كان اسمه سابقًا {1}",
         [S_SUCCESSORS] = "الدول الخلف، دون عدّها مرتين: {0}.",
         [S_SUCCESSOR_ITEM] = "{0} خلفت {1} ({2})",
         [S_LEFT] = "الخروج من العضوية ({3,plural,other{#}}): {0}.",
         [S_SUSPENDED_BEFORE] = "تعليقات سابقة ({3,plural,other{#}}): {0}.",
         [S_JOINS_LATER] = "أعضاء ينضمون بعد تاريخ المخطط ولا يظهرون فيه ({3,plural,other{#}}): {0}.",
         [S_JOINS_LATER_NOTE] = "أعضاء ينضمون بعد تاريخ المخطط ({3,plural,other{#}}){1,select,named{: {0}}other{}}",
         [S_ROWS_LEFT_OUT] = "لا تظهر إلا الصفوف ذات الوضع الأعلى ({2})؛ صفوف أخرى غير معروضة: {3,plural,other{#}}.",
         [S_GROUP_OF] = "{0} ({1} من {2})",
         [S_SUCCESSOR_COUNT] = "الدول الخلف: {3,plural,other{#}}",
         [S_MEMBERSHIP_EMPTY] = "مخطط العضوية: لا فترات وضع لعرضها.",
         [S_COUNT_EMPTY] = "مخطط العدد: لا فترات وضع لعرضها.",
         [S_MAP_NONE] = "لا تحمل أي دولة وضعًا في ذلك التاريخ.",
     }},
    {"ur",
     " ",
     "؛ ",
     {
         [S_TITLE] = "{0}۔",
         [S_TIMELINE] = "{0} سے {1} تک {3,plural,one{# واقعے}other{# واقعات}} کی ٹائم لائن۔",
         [S_TIMELINE_EMPTY] = "واقعات کے بغیر ٹائم لائن۔",
         [S_KEY_EVENTS] = "اہم واقعات: {0}۔",
         [S_PERIODS] = "ادوار: {0}۔",
         [S_DATED] = "{0} ({1})",
         [S_MEMBERSHIP] = "رکنیت کا چارٹ: {3,plural,one{# رکن}other{# ارکان}}، ہر ایک کی ایک قطار، {0} سے {1} تک ہر "
                          "حیثیت کے دور کی ایک پٹی؛ رنگ حیثیت بتاتا ہے۔",
         [S_ON_DATE] = "{0} {2,select,day{کو}other{میں}}: {1}۔",
         [S_ON_DATE_NONE] = "{0} {2,select,day{کو}other{میں}} کسی رکن کی کوئی حیثیت نہیں۔",
         [S_STARTS] = "بطور «{0}» شمولیت: {1}۔",
         [S_COUNT] = "تعداد کا چارٹ: وقت کے ساتھ ہر حیثیت میں ارکان کی تعداد، "
                     "{2,select,lines{سیڑھی دار لکیروں میں}other{تہ بہ تہ سیڑھیوں میں}}، {0} سے {1} تک۔",
         [S_MAP] = "{0} تک کا نقشہ۔",
         [S_MAP_STATUS] = "{0}: {1}۔",
         [S_MAP_OTHERS] = "باقی ممالک کی کوئی حیثیت نہیں۔",
         [S_DEFAULT] = "{1} اور {2}، {0} تک۔",
         [S_NOT_SHOWN] = "{3,plural,one{# مزید واقعہ نہیں دکھایا گیا}other{# مزید واقعات نہیں دکھائے گئے}}؛ ڈیٹا دیکھیں۔",
         [S_NOT_ON_MAP] = "{3,plural,other{نقشے پر نہیں: #}}۔",
         [S_ACCESSIONS_NOT_SHOWN] = "{3,plural,one{# مزید شمولیت نہیں دکھائی گئی}other{# مزید شمولیتیں نہیں دکھائی گئیں}}؛ ڈیٹا دیکھیں۔",
         [S_SUSPENDED] = "اس تاریخ کو اپنی حیثیت سے معطل: {0}۔",
         [S_SUSPENDED_ITEM] = "{0} ({1} سے)",
         [S_NAMES] = "ارکان کے نام چارٹ کی تاریخ کے مطابق ہیں؛ {0}۔",
         [S_NAMES_ITEM] = "{0} کا سابق نام {1} تھا",
         [S_SUCCESSORS] = "جانشین ریاستیں، دو بار شمار کیے بغیر: {0}۔",
         [S_SUCCESSOR_ITEM] = "{0} نے {1} کی جانشینی کی ({2})",
         [S_LEFT] = "رکنیت سے علیحدگی ({3,plural,other{#}}): {0}۔",
         [S_SUSPENDED_BEFORE] = "سابقہ معطلیاں ({3,plural,other{#}}): {0}۔",
         [S_JOINS_LATER] = "چارٹ کی تاریخ کے بعد شامل ہونے والے ارکان، جو نہیں دکھائے گئے ({3,plural,other{#}}): {0}۔",
         [S_JOINS_LATER_NOTE] = "چارٹ کی تاریخ کے بعد شامل ہونے والے ارکان ({3,plural,other{#}}){1,select,named{: {0}}other{}}",
         [S_ROWS_LEFT_OUT] = "صرف سب سے اونچی حیثیت والی قطاریں ({2}) دکھائی گئی ہیں؛ {3,plural,one{# مزید قطار نہیں دکھائی گئی}other{# مزید قطاریں نہیں دکھائی گئیں}}۔",
         [S_GROUP_OF] = "{0} ({2} میں سے {1})",
         [S_SUCCESSOR_COUNT] = "جانشین ریاستیں: {3,plural,other{#}}",
         [S_MEMBERSHIP_EMPTY] = "رکنیت کا چارٹ: دکھانے کے لیے حیثیت کا کوئی دور نہیں۔",
         [S_COUNT_EMPTY] = "تعداد کا چارٹ: دکھانے کے لیے حیثیت کا کوئی دور نہیں۔",
         [S_MAP_NONE] = "اس تاریخ کو کسی ملک کی کوئی حیثیت نہیں۔",
     }},
    {"hi",
     " ",
     "; ",
     {
         [S_TITLE] = "{0}।",
         [S_TIMELINE] = "{0} से {1} तक {3,plural,one{# घटना}other{# घटनाओं}} की समयरेखा।",
         [S_TIMELINE_EMPTY] = "बिना घटनाओं की समयरेखा।",
         [S_KEY_EVENTS] = "मुख्य घटनाएँ: {0}।",
         [S_PERIODS] = "अवधियाँ: {0}।",
         [S_DATED] = "{0} ({1})",
         [S_MEMBERSHIP] = "सदस्यता चार्ट: {3,plural,one{# सदस्य}other{# सदस्य}}, हर एक की एक पंक्ति, {0} से {1} तक "
                          "हर स्थिति-अवधि की एक पट्टी; रंग स्थिति बताता है।",
         [S_ON_DATE] = "{0} {2,select,day{को}other{में}}: {1}।",
         [S_ON_DATE_NONE] = "{0} {2,select,day{को}other{में}} किसी सदस्य की कोई स्थिति नहीं।",
         [S_STARTS] = "“{0}” के रूप में शामिल: {1}।",
         [S_COUNT] = "संख्या चार्ट: समय के साथ हर स्थिति में सदस्यों की संख्या, "
                     "{2,select,lines{सीढ़ीदार रेखाओं में}other{परतदार सीढ़ियों में}}, {0} से {1} तक।",
         [S_MAP] = "{0} तक का मानचित्र।",
         [S_MAP_STATUS] = "{0}: {1}।",
         [S_MAP_OTHERS] = "अन्य देशों की कोई स्थिति नहीं।",
         [S_DEFAULT] = "{1} और {2}, {0} तक।",
         [S_NOT_SHOWN] = "{3,plural,one{# और घटना नहीं दिखाई गई}other{# और घटनाएँ नहीं दिखाई गईं}}; डेटा देखें।",
         [S_NOT_ON_MAP] = "{3,plural,other{मानचित्र पर नहीं: #}}।",
         [S_ACCESSIONS_NOT_SHOWN] = "{3,plural,one{# और सदस्यता-ग्रहण नहीं दिखाया गया}other{# और सदस्यता-ग्रहण नहीं दिखाए गए}}; डेटा देखें।",
         [S_SUSPENDED] = "उस तारीख़ को अपनी स्थिति से निलंबित: {0}।",
         [S_SUSPENDED_ITEM] = "{0} ({1} से)",
         [S_NAMES] = "सदस्यों के नाम चार्ट की तारीख़ के अनुसार हैं; {0}।",
         [S_NAMES_ITEM] = "{0} का पहले नाम {1} था",
         [S_SUCCESSORS] = "उत्तराधिकारी राज्य, दो बार गिने बिना: {0}।",
         [S_SUCCESSOR_ITEM] = "{0} ने {1} का स्थान लिया ({2})",
         [S_LEFT] = "सदस्यता छोड़ना ({3,plural,other{#}}): {0}।",
         [S_SUSPENDED_BEFORE] = "पिछले निलंबन ({3,plural,other{#}}): {0}।",
         [S_JOINS_LATER] = "चार्ट की तारीख़ के बाद शामिल होने वाले सदस्य, जो नहीं दिखाए गए ({3,plural,other{#}}): {0}।",
         [S_JOINS_LATER_NOTE] = "चार्ट की तारीख़ के बाद शामिल होने वाले सदस्य ({3,plural,other{#}}){1,select,named{: {0}}other{}}",
         [S_ROWS_LEFT_OUT] = "केवल सबसे ऊँची स्थिति वाली पंक्तियाँ ({2}) दिखाई गई हैं; {3,plural,one{# और पंक्ति नहीं दिखाई गई}other{# और पंक्तियाँ नहीं दिखाई गईं}}।",
         [S_GROUP_OF] = "{0} ({2} में से {1})",
         [S_SUCCESSOR_COUNT] = "उत्तराधिकारी राज्य: {3,plural,other{#}}",
         [S_MEMBERSHIP_EMPTY] = "सदस्यता चार्ट: दिखाने के लिए कोई स्थिति-अवधि नहीं।",
         [S_COUNT_EMPTY] = "संख्या चार्ट: दिखाने के लिए कोई स्थिति-अवधि नहीं।",
         [S_MAP_NONE] = "उस तारीख़ को किसी देश की कोई स्थिति नहीं।",
     }},
    {"es",
     " ",
     "; ",
     {
         [S_TITLE] = "{0}.",
         [S_TIMELINE] = "Cronología de {3,plural,one{# evento}other{# eventos}} entre {0} y {1}.",
         [S_TIMELINE_EMPTY] = "Cronología sin eventos.",
         [S_KEY_EVENTS] = "Eventos clave: {0}.",
         [S_PERIODS] = "Periodos: {0}.",
         [S_DATED] = "{0} ({1})",
         [S_MEMBERSHIP] = "Gráfico de membresía de {3,plural,one{# miembro}other{# miembros}}, una fila cada uno, "
                          "con una barra por cada periodo de estatus entre {0} y {1}, coloreada según el estatus.",
         [S_ON_DATE] = "{2,select,day{A fecha de}other{En}} {0}: {1}.",
         [S_ON_DATE_NONE] = "{2,select,day{A fecha de}other{En}} {0}, ningún miembro tiene estatus.",
         [S_STARTS] = "Incorporaciones como «{0}»: {1}.",
         [S_COUNT] = "Gráfico de recuento: el número de miembros en cada estatus a lo largo del tiempo, "
                     "{2,select,lines{con líneas escalonadas}other{con escalones apilados}}, entre {0} y {1}.",
         [S_MAP] = "Mapa a fecha de {0}.",
         [S_MAP_STATUS] = "{0}: {1}.",
         [S_MAP_OTHERS] = "Los demás países no tienen estatus.",
         [S_DEFAULT] = "{1} y {2}, a fecha de {0}.",
         [S_NOT_SHOWN] = "{3,plural,one{# evento más no se muestra}other{# eventos más no se muestran}}; véanse los datos.",
         [S_NOT_ON_MAP] = "{3,plural,one{# miembro fuera del mapa}other{# miembros fuera del mapa}}.",
         [S_ACCESSIONS_NOT_SHOWN] = "{3,plural,one{# adhesión más no se muestra}other{# adhesiones más no se muestran}}; véanse los datos.",
         [S_SUSPENDED] = "Suspendidos de su estatus en esa fecha: {0}.",
         [S_SUSPENDED_ITEM] = "{0} (desde {1})",
         [S_NAMES] = "Los miembros llevan el nombre que tenían en la fecha del gráfico; {0}.",
         [S_NAMES_ITEM] = "{0} se llamaba antes {1}",
         [S_SUCCESSORS] = "Estados sucesores, nunca contados dos veces: {0}.",
         [S_SUCCESSOR_ITEM] = "{0} sucedió a {1} ({2})",
         [S_LEFT] = "{3,plural,one{# salida}other{# salidas}}: {0}.",
         [S_SUSPENDED_BEFORE] = "{3,plural,one{# suspensión anterior}other{# suspensiones anteriores}}: {0}.",
         [S_JOINS_LATER] = "{3,plural,one{# miembro se incorpora después de la fecha del gráfico y no se muestra}other{# miembros se incorporan después de la fecha del gráfico y no se muestran}}: {0}.",
         [S_JOINS_LATER_NOTE] = "{3,plural,one{# miembro se incorpora}other{# miembros se incorporan}} después de la fecha del gráfico{1,select,named{: {0}}other{}}",
         [S_ROWS_LEFT_OUT] = "Solo se muestran las filas de mayor estatus ({2}); {3,plural,one{# fila más no se muestra}other{# filas más no se muestran}}.",
         [S_GROUP_OF] = "{0} ({1} de {2})",
         [S_SUCCESSOR_COUNT] = "{3,plural,one{# Estado sucesor}other{# Estados sucesores}}",
         [S_MEMBERSHIP_EMPTY] = "Gráfico de membresía sin periodos de estatus que mostrar.",
         [S_COUNT_EMPTY] = "Gráfico de recuento sin periodos de estatus que mostrar.",
         [S_MAP_NONE] = "Ningún país tiene estatus en esa fecha.",
     }},
    {"fr",
     " ",
     "\u202f; ",
     {
         [S_TITLE] = "{0}.",
         [S_TIMELINE] = "Chronologie de {3,plural,one{# événement}other{# événements}} entre {0} et {1}.",
         [S_TIMELINE_EMPTY] = "Chronologie sans événement.",
         [S_KEY_EVENTS] = "Événements clés\u202f: {0}.",
         [S_PERIODS] = "Périodes\u202f: {0}.",
         [S_DATED] = "{0} ({1})",
         [S_MEMBERSHIP] = "Graphique d’adhésion de {3,plural,one{# membre}other{# membres}}, une ligne chacun, "
                          "avec une barre par période de statut entre {0} et {1}, colorée selon le statut.",
         [S_ON_DATE] = "{2,select,day{Au}other{En}} {0}\u202f: {1}.",
         [S_ON_DATE_NONE] = "{2,select,day{Au}other{En}} {0}, aucun membre n’a de statut.",
         [S_STARTS] = "Entrées comme «\u202f{0}\u202f»\u202f: {1}.",
         [S_COUNT] = "Graphique des effectifs\u202f: le nombre de membres par statut au fil du temps, "
                     "{2,select,lines{en lignes en escalier}other{en marches empilées}}, entre {0} et {1}.",
         [S_MAP] = "Carte au {0}.",
         [S_MAP_STATUS] = "{0}\u202f: {1}.",
         [S_MAP_OTHERS] = "Les autres pays n’ont pas de statut.",
         [S_DEFAULT] = "{1} et {2}, au {0}.",
         [S_NOT_SHOWN] = "{3,plural,one{# autre événement non affiché}other{# autres événements non affichés}}\u202f; voir les données.",
         [S_NOT_ON_MAP] = "{3,plural,one{# membre absent de la carte}other{# membres absents de la carte}}.",
         [S_ACCESSIONS_NOT_SHOWN] = "{3,plural,one{# autre adhésion non affichée}other{# autres adhésions non affichées}}\u202f; voir les données.",
         [S_SUSPENDED] = "Suspendus de leur statut à cette date\u202f: {0}.",
         [S_SUSPENDED_ITEM] = "{0} (depuis {1})",
         [S_NAMES] = "Les membres portent leur nom à la date du graphique\u202f; {0}.",
         [S_NAMES_ITEM] = "{0} s’appelait auparavant {1}",
         [S_SUCCESSORS] = "États successeurs, jamais comptés deux fois\u202f: {0}.",
         [S_SUCCESSOR_ITEM] = "{0} a succédé à {1} ({2})",
         [S_LEFT] = "{3,plural,one{# départ}other{# départs}}\u202f: {0}.",
         [S_SUSPENDED_BEFORE] = "{3,plural,one{# suspension antérieure}other{# suspensions antérieures}}\u202f: {0}.",
         [S_JOINS_LATER] = "{3,plural,one{# membre entre après la date du graphique et n’est pas affiché}other{# membres entrent après la date du graphique et ne sont pas affichés}}\u202f: {0}.",
         [S_JOINS_LATER_NOTE] = "{3,plural,one{# membre entre}other{# membres entrent}} après la date du graphique{1,select,named{\u202f: {0}}other{}}",
         [S_ROWS_LEFT_OUT] = "Seules les lignes au statut le plus élevé ({2}) sont affichées\u202f; {3,plural,one{# autre ligne n’est pas affichée}other{# autres lignes ne sont pas affichées}}.",
         [S_GROUP_OF] = "{0} ({1} sur {2})",
         [S_SUCCESSOR_COUNT] = "{3,plural,one{# État successeur}other{# États successeurs}}",
         [S_MEMBERSHIP_EMPTY] = "Graphique d’adhésion sans période de statut à afficher.",
         [S_COUNT_EMPTY] = "Graphique des effectifs sans période de statut à afficher.",
         [S_MAP_NONE] = "Aucun pays n’a de statut à cette date.",
     }},
    {"de",
     " ",
     "; ",
     {
         [S_TITLE] = "{0}.",
         [S_TIMELINE] = "Zeitleiste mit {3,plural,one{# Ereignis}other{# Ereignissen}} zwischen {0} und {1}.",
         [S_TIMELINE_EMPTY] = "Zeitleiste ohne Ereignisse.",
         [S_KEY_EVENTS] = "Wichtige Ereignisse: {0}.",
         [S_PERIODS] = "Zeiträume: {0}.",
         [S_DATED] = "{0} ({1})",
         [S_MEMBERSHIP] = "Mitgliedschaftsdiagramm mit {3,plural,one{# Mitglied}other{# Mitgliedern}}, je eine "
                          "Zeile, mit einem Balken für jeden Statuszeitraum zwischen {0} und {1}, nach Status "
                          "eingefärbt.",
         [S_ON_DATE] = "Stand {0}: {1}.",
         [S_ON_DATE_NONE] = "Stand {0}: kein Mitglied hat einen Status.",
         [S_STARTS] = "Beitritte als „{0}“: {1}.",
         [S_COUNT] = "Anzahldiagramm: die Zahl der Mitglieder je Status im Zeitverlauf, "
                     "{2,select,lines{als Stufenlinien}other{als gestapelte Stufen}}, zwischen {0} und {1}.",
         [S_MAP] = "Karte, Stand {0}.",
         [S_MAP_STATUS] = "{0}: {1}.",
         [S_MAP_OTHERS] = "Die übrigen Länder haben keinen Status.",
         [S_DEFAULT] = "{1} und {2}, Stand {0}.",
         [S_NOT_SHOWN] = "{3,plural,one{# weiteres Ereignis nicht angezeigt}other{# weitere Ereignisse nicht angezeigt}}; siehe Daten.",
         [S_NOT_ON_MAP] = "{3,plural,one{# Mitglied nicht auf der Karte}other{# Mitglieder nicht auf der Karte}}.",
         [S_ACCESSIONS_NOT_SHOWN] = "{3,plural,one{# weiterer Beitritt nicht angezeigt}other{# weitere Beitritte nicht angezeigt}}; siehe Daten.",
         [S_SUSPENDED] = "An diesem Datum in ihrem Status suspendiert: {0}.",
         [S_SUSPENDED_ITEM] = "{0} (seit {1})",
         [S_NAMES] = "Mitglieder tragen den Namen zum Datum des Diagramms; {0}.",
         [S_NAMES_ITEM] = "{0} hieß früher {1}",
         [S_SUCCESSORS] = "Nachfolgestaaten, nie doppelt gezählt: {0}.",
         [S_SUCCESSOR_ITEM] = "{0} folgte {1} nach ({2})",
         [S_LEFT] = "{3,plural,one{# Austritt}other{# Austritte}}: {0}.",
         [S_SUSPENDED_BEFORE] = "{3,plural,one{# frühere Suspendierung}other{# frühere Suspendierungen}}: {0}.",
         [S_JOINS_LATER] = "{3,plural,one{# Mitglied tritt nach dem Datum des Diagramms bei und wird nicht gezeigt}other{# Mitglieder treten nach dem Datum des Diagramms bei und werden nicht gezeigt}}: {0}.",
         [S_JOINS_LATER_NOTE] = "{3,plural,one{# Mitglied tritt nach dem Datum des Diagramms bei}other{# Mitglieder treten nach dem Datum des Diagramms bei}}{1,select,named{: {0}}other{}}",
         [S_ROWS_LEFT_OUT] = "Nur die Zeilen mit dem höchsten Status ({2}) sind gezeigt; {3,plural,one{# weitere Zeile ist nicht gezeigt}other{# weitere Zeilen sind nicht gezeigt}}.",
         [S_GROUP_OF] = "{0} ({1} von {2})",
         [S_SUCCESSOR_COUNT] = "{3,plural,one{# Nachfolgestaat}other{# Nachfolgestaaten}}",
         [S_MEMBERSHIP_EMPTY] = "Mitgliedschaftsdiagramm ohne Statuszeiträume.",
         [S_COUNT_EMPTY] = "Anzahldiagramm ohne Statuszeiträume.",
         [S_MAP_NONE] = "An diesem Datum hat kein Land einen Status.",
     }},
    {"pt-BR",
     " ",
     "; ",
     {
         [S_TITLE] = "{0}.",
         [S_TIMELINE] = "Linha do tempo de {3,plural,one{# evento}other{# eventos}} entre {0} e {1}.",
         [S_TIMELINE_EMPTY] = "Linha do tempo sem eventos.",
         [S_KEY_EVENTS] = "Eventos principais: {0}.",
         [S_PERIODS] = "Períodos: {0}.",
         [S_DATED] = "{0} ({1})",
         [S_MEMBERSHIP] = "Gráfico de adesão de {3,plural,one{# membro}other{# membros}}, uma linha para cada, "
                          "com uma barra por período de status entre {0} e {1}, colorida de acordo com o status.",
         [S_ON_DATE] = "Em {0}: {1}.",
         [S_ON_DATE_NONE] = "Em {0}, nenhum membro tem status.",
         [S_STARTS] = "Adesões como “{0}”: {1}.",
         [S_COUNT] = "Gráfico de contagem: o número de membros em cada status ao longo do tempo, "
                     "{2,select,lines{em linhas em degrau}other{em degraus empilhados}}, entre {0} e {1}.",
         [S_MAP] = "Mapa, situação em {0}.",
         [S_MAP_STATUS] = "{0}: {1}.",
         [S_MAP_OTHERS] = "Os demais países não têm status.",
         [S_DEFAULT] = "{1} e {2}, situação em {0}.",
         [S_NOT_SHOWN] = "{3,plural,one{Mais # evento não exibido}other{Mais # eventos não exibidos}}; veja os dados.",
         [S_NOT_ON_MAP] = "{3,plural,one{# membro fora do mapa}other{# membros fora do mapa}}.",
         [S_ACCESSIONS_NOT_SHOWN] = "{3,plural,one{Mais # adesão não exibida}other{Mais # adesões não exibidas}}; veja os dados.",
         [S_SUSPENDED] = "Suspensos do seu status nessa data: {0}.",
         [S_SUSPENDED_ITEM] = "{0} (desde {1})",
         [S_NAMES] = "Os membros têm o nome que tinham na data do gráfico; {0}.",
         [S_NAMES_ITEM] = "{0} antes se chamava {1}",
         [S_SUCCESSORS] = "Estados sucessores, nunca contados duas vezes: {0}.",
         [S_SUCCESSOR_ITEM] = "{0} sucedeu {1} ({2})",
         [S_LEFT] = "{3,plural,one{# saída}other{# saídas}}: {0}.",
         [S_SUSPENDED_BEFORE] = "{3,plural,one{# suspensão anterior}other{# suspensões anteriores}}: {0}.",
         [S_JOINS_LATER] = "{3,plural,one{# membro entra depois da data do gráfico e não é exibido}other{# membros entram depois da data do gráfico e não são exibidos}}: {0}.",
         [S_JOINS_LATER_NOTE] = "{3,plural,one{# membro entra}other{# membros entram}} depois da data do gráfico{1,select,named{: {0}}other{}}",
         [S_ROWS_LEFT_OUT] = "Só são exibidas as linhas de status mais alto ({2}); {3,plural,one{mais # linha não é exibida}other{mais # linhas não são exibidas}}.",
         [S_GROUP_OF] = "{0} ({1} de {2})",
         [S_SUCCESSOR_COUNT] = "{3,plural,one{# Estado sucessor}other{# Estados sucessores}}",
         [S_MEMBERSHIP_EMPTY] = "Gráfico de adesão sem períodos de status a exibir.",
         [S_COUNT_EMPTY] = "Gráfico de contagem sem períodos de status a exibir.",
         [S_MAP_NONE] = "Nenhum país tem status nessa data.",
     }},
    {"pt",
     " ",
     "; ",
     {
         [S_TITLE] = "{0}.",
         [S_TIMELINE] = "Cronologia de {3,plural,one{# evento}other{# eventos}} entre {0} e {1}.",
         [S_TIMELINE_EMPTY] = "Cronologia sem eventos.",
         [S_KEY_EVENTS] = "Eventos principais: {0}.",
         [S_PERIODS] = "Períodos: {0}.",
         [S_DATED] = "{0} ({1})",
         [S_MEMBERSHIP] = "Gráfico de adesão de {3,plural,one{# membro}other{# membros}}, uma linha cada, com uma "
                          "barra por período de estatuto entre {0} e {1}, colorida segundo o estatuto.",
         [S_ON_DATE] = "Em {0}: {1}.",
         [S_ON_DATE_NONE] = "Em {0}, nenhum membro tem estatuto.",
         [S_STARTS] = "Adesões como «{0}»: {1}.",
         [S_COUNT] = "Gráfico de contagem: o número de membros em cada estatuto ao longo do tempo, "
                     "{2,select,lines{em linhas em degrau}other{em degraus empilhados}}, entre {0} e {1}.",
         [S_MAP] = "Mapa, situação em {0}.",
         [S_MAP_STATUS] = "{0}: {1}.",
         [S_MAP_OTHERS] = "Os restantes países não têm estatuto.",
         [S_DEFAULT] = "{1} e {2}, situação em {0}.",
         [S_NOT_SHOWN] = "{3,plural,one{Mais # evento não mostrado}other{Mais # eventos não mostrados}}; ver os dados.",
         [S_NOT_ON_MAP] = "{3,plural,one{# membro fora do mapa}other{# membros fora do mapa}}.",
         [S_ACCESSIONS_NOT_SHOWN] = "{3,plural,one{Mais # adesão não mostrada}other{Mais # adesões não mostradas}}; ver os dados.",
         [S_SUSPENDED] = "Suspensos do seu estatuto nessa data: {0}.",
         [S_SUSPENDED_ITEM] = "{0} (desde {1})",
         [S_NAMES] = "Os membros têm o nome que tinham na data do gráfico; {0}.",
         [S_NAMES_ITEM] = "{0} chamava-se antes {1}",
         [S_SUCCESSORS] = "Estados sucessores, nunca contados duas vezes: {0}.",
         [S_SUCCESSOR_ITEM] = "{0} sucedeu a {1} ({2})",
         [S_LEFT] = "{3,plural,one{# saída}other{# saídas}}: {0}.",
         [S_SUSPENDED_BEFORE] = "{3,plural,one{# suspensão anterior}other{# suspensões anteriores}}: {0}.",
         [S_JOINS_LATER] = "{3,plural,one{# membro adere depois da data do gráfico e não é mostrado}other{# membros aderem depois da data do gráfico e não são mostrados}}: {0}.",
         [S_JOINS_LATER_NOTE] = "{3,plural,one{# membro adere}other{# membros aderem}} depois da data do gráfico{1,select,named{: {0}}other{}}",
         [S_ROWS_LEFT_OUT] = "Só se mostram as linhas de estatuto mais alto ({2}); {3,plural,one{mais # linha não é mostrada}other{mais # linhas não são mostradas}}.",
         [S_GROUP_OF] = "{0} ({1} de {2})",
         [S_SUCCESSOR_COUNT] = "{3,plural,one{# Estado sucessor}other{# Estados sucessores}}",
         [S_MEMBERSHIP_EMPTY] = "Gráfico de adesão sem períodos de estatuto a mostrar.",
         [S_COUNT_EMPTY] = "Gráfico de contagem sem períodos de estatuto a mostrar.",
         [S_MAP_NONE] = "Nenhum país tem estatuto nessa data.",
     }},
    {"he",
     " ",
     "; ",
     {
         [S_TITLE] = "{0}.",
         [S_TIMELINE] = "ציר זמן של {3,plural,one{אירוע אחד}other{# אירועים}} מ־{0} עד {1}.",
         [S_TIMELINE_EMPTY] = "ציר זמן ללא אירועים.",
         [S_KEY_EVENTS] = "אירועים מרכזיים: {0}.",
         [S_PERIODS] = "תקופות: {0}.",
         [S_DATED] = "{0} ({1})",
         [S_MEMBERSHIP] = "תרשים חברות של {3,plural,one{חבר אחד}other{# חברים}}, שורה לכל אחד, עם פס לכל תקופת "
                          "מעמד מ־{0} עד {1}, בצבע לפי המעמד.",
         [S_ON_DATE] = "ב־{0}: {1}.",
         [S_ON_DATE_NONE] = "ב־{0} לאף חבר אין מעמד.",
         [S_STARTS] = "הצטרפו במעמד \"{0}\": {1}.",
         [S_COUNT] = "תרשים ספירה: מספר החברים בכל מעמד לאורך זמן, "
                     "{2,select,lines{בקווי מדרגות}other{במדרגות מוערמות}}, מ־{0} עד {1}.",
         [S_MAP] = "מפה נכון ל־{0}.",
         [S_MAP_STATUS] = "{0}: {1}.",
         [S_MAP_OTHERS] = "לשאר המדינות אין מעמד.",
         [S_DEFAULT] = "{1} ו־{2}, נכון ל־{0}.",
         [S_NOT_SHOWN] = "{3,plural,one{עוד אירוע אחד לא מוצג}other{עוד # אירועים לא מוצגים}}; ראו את הנתונים.",
         [S_NOT_ON_MAP] = "{3,plural,one{חבר אחד אינו על המפה}other{# חברים אינם על המפה}}.",
         [S_ACCESSIONS_NOT_SHOWN] = "{3,plural,one{עוד הצטרפות אחת לא מוצגת}other{עוד # הצטרפויות לא מוצגות}}; ראו את הנתונים.",
         [S_SUSPENDED] = "מושעים ממעמדם בתאריך זה: {0}.",
         [S_SUSPENDED_ITEM] = "{0} (מאז {1})",
         [S_NAMES] = "החברים נקראים בשמם בתאריך התרשים; {0}.",
         [S_NAMES_ITEM] = "{0} נקראה קודם {1}",
         [S_SUCCESSORS] = "מדינות יורשות, שאינן נספרות פעמיים: {0}.",
         [S_SUCCESSOR_ITEM] = "{0} ירשה את {1} ({2})",
         [S_LEFT] = "{3,plural,one{עזיבה אחת}other{# עזיבות}}: {0}.",
         [S_SUSPENDED_BEFORE] = "{3,plural,one{השעיה קודמת אחת}other{# השעיות קודמות}}: {0}.",
         [S_JOINS_LATER] = "{3,plural,one{חבר אחד מצטרף אחרי תאריך התרשים ואינו מוצג}other{# חברים מצטרפים אחרי תאריך התרשים ואינם מוצגים}}: {0}.",
         [S_JOINS_LATER_NOTE] = "{3,plural,one{חבר אחד מצטרף}other{# חברים מצטרפים}} אחרי תאריך התרשים{1,select,named{: {0}}other{}}",
         [S_ROWS_LEFT_OUT] = "מוצגות רק השורות בעלות המעמד הגבוה ביותר ({2}); {3,plural,one{עוד שורה אחת אינה מוצגת}other{עוד # שורות אינן מוצגות}}.",
         [S_GROUP_OF] = "{0} ({1} מתוך {2})",
         [S_SUCCESSOR_COUNT] = "{3,plural,one{מדינה יורשת אחת}other{# מדינות יורשות}}",
         [S_MEMBERSHIP_EMPTY] = "תרשים חברות ללא תקופות מעמד להצגה.",
         [S_COUNT_EMPTY] = "תרשים ספירה ללא תקופות מעמד להצגה.",
         [S_MAP_NONE] = "לאף מדינה אין מעמד בתאריך זה.",
     }},
};

// NOLINTEND(bugprone-suspicious-missing-comma)
// clang-format on

static const struct sentences *sentences_for(const char *lang)
{
    const char *tag = i18n_script_tag(lang);
    for (size_t i = 0; tag && i < sizeof sentence_tables / sizeof *sentence_tables; i++)
        if (i18n_tag_matches(tag, sentence_tables[i].code))
            return &sentence_tables[i];
    return &sentence_tables[0];
}

const char *i18n_list_semi(const char *lang)
{
    return sentences_for(lang)->semi;
}

/* A text as an ICU argument, in memory the caller frees; NULL when it runs out. */
static UChar *uarg(const char *s)
{
    UErrorCode st = U_ZERO_ERROR;
    int32_t len = 0;
    u_strFromUTF8(NULL, 0, &len, s ? s : "", -1, &st);
    UChar *u = calloc((size_t)len + 1, sizeof *u);
    st = U_ZERO_ERROR;
    if (u)
        u_strFromUTF8(u, len + 1, NULL, s ? s : "", -1, &st);
    return u;
}

/* The pattern with its arguments, as UTF-8 appended to out; false when memory runs out. */
static bool format_sentence(struct strbuf *out, const char *id, const char *pattern,
                            UChar *const args[3], long n)
{
    UChar *pat = uarg(pattern);
    if (!pat)
        return false;
    UErrorCode st = U_ZERO_ERROR;
    int32_t need = u_formatMessage(id, pat, -1, NULL, 0, &st, args[0], args[1], args[2], (double)n);
    if (U_SUCCESS(st) && need == 0) {
        free(pat);
        return true;
    }
    UChar *u = st == U_BUFFER_OVERFLOW_ERROR ? calloc((size_t)need + 1, sizeof *u) : NULL;
    st = U_ZERO_ERROR;
    if (u)
        u_formatMessage(id, pat, -1, u, need + 1, &st, args[0], args[1], args[2], (double)n);
    free(pat);
    if (!u || U_FAILURE(st)) {
        free(u);
        if (U_SUCCESS(st) || st == U_MEMORY_ALLOCATION_ERROR)
            return false;
        strbuf_add(out, "%s", pattern); /* a broken pattern: the unit tests catch it */
        return true;
    }
    int32_t len = 0;
    st = U_ZERO_ERROR;
    u_strToUTF8(NULL, 0, &len, u, need, &st);
    char *s = malloc((size_t)len + 1);
    st = U_ZERO_ERROR;
    if (s)
        u_strToUTF8(s, len + 1, NULL, u, need, &st);
    free(u);
    if (!s)
        return false;
    strbuf_add(out, "%s", s);
    free(s);
    return true;
}

void i18n_sentence_add(struct strbuf *b, const char *lang, enum sentence s, const char *a,
                       const char *b2, const char *c, long n)
{
    const struct sentences *t = sentences_for(lang);
    char id[ULOC_FULLNAME_CAPACITY + 32];
    locale_id(lang && *lang ? lang : "en", id, sizeof id);
    UChar *args[3] = {uarg(a), uarg(b2), uarg(c)};
    struct strbuf one = {0};
    if (!args[0] || !args[1] || !args[2] || !format_sentence(&one, id, t->s[s], args, n))
        b->nomem = true;
    for (int i = 0; i < 3; i++)
        free(args[i]);
    /* A text that ends a sentence with its own stop ("2025 г.", a title ending in "?") takes
     * the place of the pattern's full stop. */
    if (one.len >= 2 && one.s[one.len - 1] == '.' && strchr(".?!", one.s[one.len - 2]))
        one.s[--one.len] = '\0';
    if (one.len)
        strbuf_add(b, "%s%s", b->len ? t->sep : "", one.s);
    b->nomem = b->nomem || one.nomem;
    strbuf_finish(&one);
}
