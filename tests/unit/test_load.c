/* The loader: model content, error codes and messages, load vs check mode, limits, theme files. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "jread.h"
#include "load.h"
#include "memberline.h"
#include "model.h"
#include "test.h"
#include "theme.h"
#include "theme_file.h"

static const char *DOC =
    "{\n"
    "  \"memberline\": 1,\n"
    "  \"title\": {\"en\": \"Test organisation\", \"ru\": \"Тест\"},\n"
    "  \"subtitle\": {\"ru\": \"Только по-русски\"},\n"
    "  \"as_of\": \"2025-10-25\",\n"
    "  \"languages\": [\"en\", \"ru\"],\n"
    "  \"categories\": [{\"id\": \"summit\", \"label\": \"Summit\", \"color\": \"#1f77b4\"},\n"
    "                 {\"id\": \"treaty\", \"label\": {\"en\": \"\", \"ru\": \"Договор\"}}],\n"
    "  \"statuses\": [{\"id\": \"member\", \"label\": \"Member\", \"rank\": 1},\n"
    "               {\"id\": \"observer\", \"label\": \"Observer\", \"rank\": 2}],\n"
    "  \"events\": [\n"
    "    {\"id\": \"founded\", \"date\": \"2001-06-15\", \"title\": \"Founded\",\n"
    "     \"category\": \"treaty\", \"participants\": [\"RU\", \"CN\"], \"sources\": [\"a\", "
    "\"b\"]},\n"
    "    {\"id\": \"summit\", \"date\": \"1996-04\", \"end\": \"1996-04-26\", \"title\": "
    "\"Five\",\n"
    "     \"short\": \"5\", \"category\": \"summit\", \"importance\": 1, \"sources\": []}],\n"
    "  \"spans\": [{\"id\": \"c\", \"from\": \"2021\", \"to\": \"2024\", \"title\": \"C\"},\n"
    "            {\"id\": \"d\", \"from\": \"2021\", \"to\": \"2024\", \"title\": \"D\",\n"
    "             \"category\": \"summit\"}],\n"
    "  \"members\": [\n"
    "    {\"id\": \"CN\", \"iso3\": \"CHN\", \"name\": \"China\",\n"
    "     \"periods\": [{\"status\": \"member\", \"from\": \"2001-06-15\"}]},\n"
    "    {\"id\": \"IN\", \"name\": {\"ru\": \"Индия\"}, \"periods\": [\n"
    "      {\"status\": \"member\", \"from\": \"2017-06-09\", \"to\": null},\n"
    "      {\"status\": \"observer\", \"from\": \"2005-07-05\", \"to\": \"2017-06-09\",\n"
    "       \"note\": \"observer first\", \"sources\": [\"s\"]}]},\n"
    "    {\"id\": \"RU\", \"name\": \"Russia\",\n"
    "     \"periods\": [{\"status\": \"member\", \"from\": \"2001-06-15\"}]}]\n"
    "}\n";

static struct ml_doc *load(const char *text, struct ml_error *err)
{
    return ml_doc_load_string(text, strlen(text), "t.json", err);
}

static bool date_is(const struct date *d, int y, int m, int day)
{
    return d->year == y && d->month == m && d->day == day;
}

static void test_model(void)
{
    struct ml_error err;
    struct ml_doc *doc = load(DOC, &err);
    bool fell;
    CHECK(doc != NULL, "valid doc: %s %s", err.path, err.text);
    if (!doc)
        return;
    CHECK(err.code == ML_OK, "err cleared on success");
    CHECK(strcmp(doc->source_name, "t.json") == 0, "source name");
    CHECK(doc->version == 1, "version");
    CHECK(doc->n_langs == 2 && strcmp(doc->langs[0], "en") == 0 && strcmp(doc->langs[1], "ru") == 0,
          "languages");
    CHECK(strcmp(mtext_get(&doc->title, 1, &fell), "Тест") == 0 && !fell, "title ru");
    CHECK(strcmp(mtext_get(&doc->subtitle, 0, &fell), "Только по-русски") == 0 && fell,
          "subtitle falls back to ru");
    CHECK(doc->source.v[0] == NULL && strcmp(mtext_get(&doc->source, 0, NULL), "") == 0,
          "absent text");
    CHECK(doc->has_as_of && date_is(&doc->as_of, 2025, 10, 25), "as_of");
    CHECK(doc->n_categories == 2 && doc->categories[0].has_color &&
              doc->categories[0].color == 0x1f77b4ffu && !doc->categories[1].has_color,
          "categories and colours");
    CHECK(doc->categories[1].label.v[0] == NULL &&
              strcmp(mtext_get(&doc->categories[1].label, 0, NULL), "Договор") == 0,
          "an empty entry is left out so the fallback works");
    CHECK(doc->n_statuses == 2 && doc->statuses[1].rank == 2 &&
              strcmp(doc->statuses[1].id, "observer") == 0,
          "statuses");
    CHECK(doc->n_events == 2, "events");
    const struct event *e = &doc->events[0];
    CHECK(strcmp(e->id, "founded") == 0 && date_is(&e->date, 2001, 6, 15) && !e->has_end,
          "event 0");
    CHECK(e->category == 1 && e->importance == 2, "category index, default importance");
    CHECK(e->n_participants == 2 && e->participants[0] == 2 && e->participants[1] == 0,
          "participants resolve to member indexes");
    CHECK(e->n_sources == 2 && strcmp(e->sources[1], "b") == 0, "sources");
    e = &doc->events[1];
    CHECK(e->has_end && date_is(&e->end, 1996, 4, 26) && date_is(&e->date, 1996, 4, 0),
          "event end");
    CHECK(e->importance == 1 && e->category == 0 && e->n_sources == 0 && e->sources == NULL &&
              strcmp(mtext_get(&e->short_title, 0, NULL), "5") == 0,
          "event 1");
    CHECK(doc->n_spans == 2 && doc->spans[0].category == -1 && doc->spans[1].category == 0,
          "span categories");
    CHECK(doc->n_members == 3 && strcmp(doc->members[0].iso3, "CHN") == 0 &&
              doc->members[1].iso3 == NULL,
          "members");
    const struct member *m = &doc->members[1];
    CHECK(m->n_periods == 2, "periods");
    CHECK(date_is(&m->periods[0].from, 2005, 7, 5) && !m->periods[0].open &&
              m->periods[0].status == 1 && m->periods[0].n_sources == 1 &&
              strcmp(mtext_get(&m->periods[0].note, 0, NULL), "observer first") == 0,
          "periods sorted by from");
    CHECK(date_is(&m->periods[1].from, 2017, 6, 9) && m->periods[1].open &&
              m->periods[1].status == 0,
          "null to is open");
    CHECK(doc->members[0].periods[0].open, "absent to is open");
    CHECK(strcmp(mtext_get(&m->name, 0, &fell), "Индия") == 0 && fell, "name fallback");

    char buf[256];
    ml_doc_summary(doc, buf, sizeof buf);
    CHECK(strcmp(buf, "t.json: 2 events (1996-04 to 2001-06-15), 3 members, 2 statuses, 2 "
                      "languages") == 0,
          "summary: %s", buf);

    CHECK(ml_doc_count_status(doc, "member", "2001-06-15", &err) == 2, "members in 2001");
    CHECK(ml_doc_count_status(doc, "member", "2017-06-09", &err) == 3, "members on 2017-06-09");
    CHECK(ml_doc_count_status(doc, "member", "2017-06-08", &err) == 2, "the day before");
    CHECK(ml_doc_count_status(doc, "observer", "2010", &err) == 1, "observers in 2010");
    CHECK(ml_doc_count_status(doc, "observer", "2000", &err) == 0, "no observers in 2000");
    CHECK(ml_doc_count_status(doc, "obsever", "2010", &err) == -1 && err.code == ML_ERROR_USAGE &&
              strstr(err.text, "did you mean \"observer\"") != NULL,
          "unknown status: %s", err.text);
    CHECK(ml_doc_count_status(doc, "member", "2019-02-30", &err) == -1 &&
              strstr(err.text, "is not a date") != NULL,
          "bad date: %s", err.text);
    CHECK(ml_doc_count_status(NULL, "member", "2010", NULL) == -1, "NULL doc");
    char odd[300];
    for (int pass = 0; pass < 3; pass++) {
        for (size_t i = 0; i < sizeof odd - 1; i++)
            odd[i] = pass == 0 ? '\x01' : pass == 1 ? '\x80' : 'x';
        odd[sizeof odd - 1] = '\0';
        CHECK(ml_doc_count_status(doc, odd, "2010", &err) == -1 && strlen(err.text) < 200 &&
                  strstr(err.text, "...\"") != NULL,
              "a long odd id is cut: %s", err.text);
    }
    ml_doc_destroy(doc);
}

static void test_defaults(void)
{
    const char *text = "{\"memberline\": 1, \"title\": \"Only a title\"}";
    struct ml_doc *doc = ml_doc_load_string(text, strlen(text), NULL, NULL);
    char buf[256];
    CHECK(doc != NULL, "minimal doc");
    if (!doc)
        return;
    CHECK(doc->n_langs == 1 && strcmp(doc->langs[0], "en") == 0, "default language en");
    CHECK(strcmp(doc->source_name, "<string>") == 0, "default source name");
    CHECK(doc->n_events == 0 && doc->n_members == 0 && !doc->has_as_of, "empty sections");
    ml_doc_summary(doc, buf, sizeof buf);
    CHECK(strcmp(buf, "<string>: 0 events, 0 members, 0 statuses, 1 language") == 0, "%s", buf);
    ml_doc_summary(doc, buf, 10);
    CHECK(strlen(buf) == 9, "summary truncates");
    ml_doc_destroy(doc);
    ml_doc_destroy(NULL);
}

/* Load text and return the first error's code, with err filled. */
static enum ml_error_code first_error(const char *text, struct ml_error *err)
{
    struct ml_doc *doc = load(text, err);
    if (doc) {
        ml_doc_destroy(doc);
        return ML_OK;
    }
    return err->code;
}

static void test_codes(void)
{
    struct ml_error err;
    char line[512];
    CHECK(first_error("{\"memberline\": 1,\n  \"title\": }", &err) == ML_ERROR_SYNTAX &&
              err.line == 2 && err.column == 12,
          "syntax: %d:%d %s", err.line, err.column, err.text);
    ml_error_format(&err, line, sizeof line);
    CHECK(strcmp(line, "t.json:2:12: error: unexpected token near '}'") == 0, "%s", line);
    CHECK(first_error("{\"memberline\": 1, \"title\": \"a\", \"title\": \"b\"}", &err) ==
              ML_ERROR_SYNTAX,
          "duplicate key");
    CHECK(first_error("{\"memberline\": 1, \"title\": 3}", &err) == ML_ERROR_SCHEMA &&
              strcmp(err.path, "title") == 0 && err.line == -1,
          "schema: %s", err.text);
    CHECK(first_error("{\"memberline\": 1}", &err) == ML_ERROR_SCHEMA, "missing title");
    ml_error_format(&err, line, sizeof line);
    CHECK(strcmp(line, "t.json: error: missing \"title\"") == 0, "%s", line);
    CHECK(first_error("{\"memberline\": 1, \"title\": \"x\", \"as_of\": \"2019-02-30\"}", &err) ==
              ML_ERROR_VALUE,
          "value");
    ml_error_format(&err, line, sizeof line);
    CHECK(strcmp(line, "t.json: as_of: error: \"2019-02-30\" is not a date (that day does not "
                       "exist in that month; expected YYYY, YYYY-MM or YYYY-MM-DD)") == 0,
          "%s", line);
    CHECK(first_error("{\"memberline\": 2, \"title\": \"x\"}", &err) == ML_ERROR_VALUE &&
              strstr(err.text, "unsupported format version 2") != NULL,
          "version");
    CHECK(first_error("{\"memberline\": 1, \"title\": \"x\", \"titel\": 1}", &err) ==
                  ML_ERROR_SCHEMA &&
              strcmp(err.text, "unknown key \"titel\" (did you mean \"title\"?)") == 0 &&
              strcmp(err.path, "titel") == 0,
          "unknown key: %s at %s", err.path, err.text);
    CHECK(first_error("", &err) == ML_ERROR_SYNTAX, "empty input");
    CHECK(first_error("[]", &err) == ML_ERROR_SCHEMA, "array root");
    CHECK(ml_doc_load_string(NULL, 0, NULL, NULL) == NULL, "NULL text");
}

static void test_format(void)
{
    struct ml_error e = {ML_ERROR_INPUT, -1, -1, "in.json", "", "cannot read: oops"};
    char buf[512];
    ml_error_format(&e, buf, sizeof buf);
    CHECK(strcmp(buf, "in.json: error: cannot read: oops") == 0, "%s", buf);
    snprintf(e.path, sizeof e.path, "events[3].date");
    ml_error_format(&e, buf, sizeof buf);
    CHECK(strcmp(buf, "in.json: events[3].date: error: cannot read: oops") == 0, "%s", buf);
    e.line = 12;
    e.column = 5;
    ml_error_format(&e, buf, sizeof buf);
    CHECK(strcmp(buf, "in.json:12:5: error: cannot read: oops") == 0, "%s", buf);
    ml_error_format(&e, buf, 8);
    CHECK(strcmp(buf, "in.json") == 0, "truncated: %s", buf);
    ml_error_format(NULL, buf, sizeof buf);
    CHECK(buf[0] != '\0', "NULL error");
}

static const char *BAD3 = "{\"memberline\": 1, \"title\": \"x\", \"languages\": [\"en\"],\n"
                          "  \"events\": [{\"id\": \"a\", \"date\": \"2019-02-30\", \"title\": "
                          "\"\",\n  \"category\": \"c\", \"sources\": []}]}";

static void test_modes(void)
{
    struct ml_error err;
    struct ml_diagnostics d;
    struct ml_doc *doc = load(BAD3, &err);
    CHECK(!doc && strcmp(err.path, "events[0] (id \"a\").date") == 0, "load: first error wins: %s",
          err.path);
    doc = ml_doc_check_string(BAD3, strlen(BAD3), "t.json", &d);
    CHECK(!doc && d.count == 3 && d.dropped == 0, "check collects: %zu", d.count);
    if (d.count == 3) {
        CHECK(strcmp(d.items[0].path, "events[0] (id \"a\").date") == 0, "first: %s",
              d.items[0].path);
        CHECK(strcmp(d.items[1].path, "events[0] (id \"a\").title") == 0 &&
                  strcmp(d.items[1].text, "empty title") == 0,
              "second: %s", d.items[1].text);
        CHECK(strcmp(d.items[2].path, "events[0] (id \"a\").category") == 0 &&
                  d.items[2].code == ML_ERROR_VALUE,
              "third: %s", d.items[2].path);
        CHECK(strcmp(d.items[2].source, "t.json") == 0, "source");
    }
    doc = ml_doc_check_string(DOC, strlen(DOC), "t.json", &d);
    CHECK(doc && d.count == 0 && d.dropped == 0, "check returns a valid doc");
    ml_doc_destroy(doc);
    CHECK(ml_doc_check_string(BAD3, strlen(BAD3), NULL, NULL) == NULL, "NULL diagnostics");

    /* more errors than ML_DIAG_MAX */
    size_t n = 60, cap = 64 + n * 40, o = 0;
    char *text = malloc(cap);
    if (!text)
        return;
    o += (size_t)snprintf(text + o, cap - o, "{\"memberline\": 1, \"title\": \"x\", \"events\": [");
    for (size_t i = 0; i < n; i++)
        o += (size_t)snprintf(text + o, cap - o, "%s7", i ? "," : "");
    snprintf(text + o, cap - o, "]}");
    doc = ml_doc_check_string(text, strlen(text), NULL, &d);
    CHECK(!doc && d.count == ML_DIAG_MAX && d.dropped == n - ML_DIAG_MAX, "dropped %zu", d.dropped);
    CHECK(strcmp(d.items[49].path, "events[49]") == 0, "in order");
    free(text);
}

/* Limits: a section of n copies of item (n > limit) must be an ML_ERROR_LIMIT at path. */
static void check_limit(const char *head, const char *item, size_t n, const char *tail,
                        const char *path)
{
    size_t cap = strlen(head) + (strlen(item) + 1) * n + strlen(tail) + 1, o = 0;
    char *text = malloc(cap);
    struct ml_error err;
    if (!text)
        return;
    o += (size_t)snprintf(text + o, cap - o, "%s", head);
    for (size_t i = 0; i < n; i++)
        o += (size_t)snprintf(text + o, cap - o, "%s%s", i ? "," : "", item);
    snprintf(text + o, cap - o, "%s", tail);
    CHECK(first_error(text, &err) == ML_ERROR_LIMIT && strcmp(err.path, path) == 0,
          "limit at %s: %d %s %s", path, err.code, err.path, err.text);
    free(text);
}

static void test_limits(void)
{
    struct ml_error err;
    check_limit("{\"memberline\": 1, \"title\": \"x\", \"events\": [", "{}", LOAD_MAX_EVENTS + 1,
                "]}", "events");
    check_limit("{\"memberline\": 1, \"title\": \"x\", \"members\": [", "{}", LOAD_MAX_MEMBERS + 1,
                "]}", "members");
    check_limit("{\"memberline\": 1, \"title\": \"x\", \"members\": [{\"id\": \"a\", \"name\": "
                "\"A\", \"periods\": [",
                "{}", LOAD_MAX_PERIODS + 1, "]}]}", "members[0] (id \"a\").periods");
    check_limit("{\"memberline\": 1, \"title\": \"x\", \"languages\": [", "\"xx\"",
                ML_MAX_LANGS + 1, "]}", "languages");

    size_t big = LOAD_MAX_TEXT + 1, cap = big + 64;
    char *text = malloc(cap);
    if (text) {
        int o = snprintf(text, cap, "{\"memberline\": 1, \"title\": \"");
        memset(text + o, 'x', big);
        snprintf(text + o + big, cap - (size_t)o - big, "\"}");
        CHECK(first_error(text, &err) == ML_ERROR_LIMIT && strcmp(err.path, "title") == 0 &&
                  strstr(err.text, "10001 bytes") != NULL,
              "long text: %s", err.text);
        free(text);
    }
    text = malloc(LOAD_MAX_BYTES + 1);
    if (text) {
        memset(text, ' ', LOAD_MAX_BYTES + 1);
        CHECK(ml_doc_load_string(text, LOAD_MAX_BYTES + 1, NULL, &err) == NULL &&
                  err.code == ML_ERROR_LIMIT,
              "input over 64 MiB: %s", err.text);
        free(text);
    }
}

static bool write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        return false;
    fputs(text, f);
    return fclose(f) == 0;
}

static void test_files(void)
{
    struct ml_error err;
    struct ml_diagnostics d;
    char dir[] = "/tmp/ml-test-XXXXXX", path[64], line[512];
    struct ml_doc *doc;
    if (!mkdtemp(dir))
        return;
    snprintf(path, sizeof path, "%s/missing.json", dir);
    CHECK(!ml_doc_load_file(path, &err) && err.code == ML_ERROR_INPUT &&
              strcmp(err.text, "cannot read: No such file or directory") == 0,
          "missing file: %s", err.text);
    CHECK(!ml_doc_load_file(dir, &err) && err.code == ML_ERROR_INPUT &&
              strcmp(err.text, "is a directory") == 0,
          "directory: %s", err.text);
    ml_error_format(&err, line, sizeof line);
    CHECK(strstr(line, ": error: is a directory") != NULL, "%s", line);
    CHECK(!ml_doc_check_file(dir, &d) && d.count == 1 && d.items[0].code == ML_ERROR_INPUT,
          "check a directory");
    snprintf(path, sizeof path, "%s/doc.json", dir);
    CHECK(write_file(path, DOC), "write");
    doc = ml_doc_load_file(path, &err);
    CHECK(doc && strcmp(doc->source_name, path) == 0, "load a file");
    ml_doc_destroy(doc);
    doc = ml_doc_check_file(path, &d);
    CHECK(doc && d.count == 0, "check a file");
    ml_doc_destroy(doc);
    /* standard input */
    if (freopen(path, "rb", stdin)) {
        doc = ml_doc_load_file("-", &err);
        CHECK(doc && strcmp(doc->source_name, "<stdin>") == 0, "stdin");
        ml_doc_destroy(doc);
    }
    CHECK(write_file(path, "{\"memberline\": 1}"), "write");
    if (freopen(path, "rb", stdin)) {
        CHECK(!ml_doc_load_file("-", &err) && strcmp(err.source, "<stdin>") == 0,
              "stdin error source: %s", err.source);
    }
    CHECK(!ml_doc_load_file(NULL, &err) && err.code == ML_ERROR_USAGE, "NULL path");
    remove(path);
    rmdir(dir);
}

static void test_theme(void)
{
    struct theme t, before;
    struct ml_error err;
    char dir[] = "/tmp/ml-theme-XXXXXX", path[64];
    memset(&t, 0, sizeof t);
    snprintf(t.name, sizeof t.name, "light");
    t.background = 0xffffffffu;
    t.text = 0x000000ffu;
    t.type_scale = 1;
    snprintf(t.font_family, sizeof t.font_family, "Noto Sans");
    if (!mkdtemp(dir))
        return;
    snprintf(path, sizeof path, "%s/theme.json", dir);
    write_file(path, "{\"name\": \"night\", \"background\": \"#102030\", \"text\": \"#FFFFFF80\",\n"
                     " \"palette\": [\"#ff0000\", \"#00ff00\", \"#0000ff\"], \"patterns\": true,\n"
                     " \"font\": \"Noto Serif\", \"type_scale\": 1.25}");
    CHECK(theme_file_load(path, &t, &err), "theme: %s %s", err.path, err.text);
    CHECK(strcmp(t.name, "night") == 0 && t.background == 0x102030ffu && t.text == 0xffffff80u,
          "theme colours");
    CHECK(t.n_palette == 3 && t.palette[2] == 0x0000ffffu && t.patterns, "palette");
    CHECK(strcmp(t.font_family, "Noto Serif") == 0 && t.type_scale == 1.25, "font, scale");

    before = t;
    write_file(path, "{\"name\": \"x\", \"palette\": [\"#ff0000\", \"#00ff00\", \"blue\"]}");
    CHECK(!theme_file_load(path, &t, &err) && err.code == ML_ERROR_VALUE &&
              strcmp(err.path, "palette[2]") == 0 &&
              strcmp(err.text,
                     "\"blue\" is not a colour (expected \"#RRGGBB\" or \"#RRGGBBAA\")") == 0,
          "bad palette colour: %s %s", err.path, err.text);
    CHECK(memcmp(&t, &before, sizeof t) == 0, "theme untouched on error");
    write_file(path, "{\"acent\": \"#ff0000\"}");
    CHECK(!theme_file_load(path, &t, &err) && err.code == ML_ERROR_SCHEMA &&
              strcmp(err.text, "unknown key \"acent\" (did you mean \"accent\"?)") == 0 &&
              strcmp(err.path, "acent") == 0,
          "unknown theme key: %s %s", err.path, err.text);
    write_file(path, "{\"type_scale\": 5}");
    CHECK(!theme_file_load(path, &t, &err) && err.code == ML_ERROR_VALUE &&
              strcmp(err.path, "type_scale") == 0,
          "type scale range");
    write_file(path, "{\"patterns\": \"yes\"}");
    CHECK(!theme_file_load(path, &t, &err) && err.code == ML_ERROR_SCHEMA, "patterns type");
    write_file(path, "{\"palette\": []}");
    CHECK(!theme_file_load(path, &t, &err) && err.code == ML_ERROR_VALUE, "empty palette");
    write_file(path, "{\"font\": 1,}");
    CHECK(!theme_file_load(path, &t, &err) && err.code == ML_ERROR_SYNTAX && err.line == 1,
          "theme syntax");
    remove(path);
    CHECK(!theme_file_load(path, &t, &err) && err.code == ML_ERROR_INPUT, "missing theme");
    rmdir(dir);
}

static void test_color(void)
{
    uint32_t c = 0;
    CHECK(color_parse("#1f77b4", &c) && c == 0x1f77b4ffu, "rgb");
    CHECK(color_parse("#1F77B480", &c) && c == 0x1f77b480u, "rgba");
    CHECK(!color_parse("1f77b4", &c) && !color_parse("#1f77b", &c) &&
              !color_parse("#1f77b4f", &c) && !color_parse("#1g77b4", &c) && !color_parse("", &c) &&
              !color_parse(NULL, &c),
          "bad colours");
}

/* Fail each allocation in turn: every load must fail cleanly with ML_ERROR_NOMEM (no crash, and
 * under the sanitizers or valgrind, no leak) until enough allocations succeed. */
static void test_nomem(void)
{
    struct ml_error err;
    struct ml_diagnostics d;
    long n, wrong = 0;
    char wrong_text[300] = "";
    for (n = 1; n < 100000; n++) {
        jread_fail_alloc_at(n);
        struct ml_doc *doc = load(DOC, &err);
        jread_fail_alloc_at(0);
        if (doc) {
            ml_doc_destroy(doc);
            break;
        }
        if (err.code != ML_ERROR_NOMEM && !wrong++)
            snprintf(wrong_text, sizeof wrong_text, "%ld: %d %s", n, err.code, err.text);
    }
    CHECK(n > 50 && n < 100000, "allocations: %ld", n);
    CHECK(wrong == 0, "%ld failures were not ML_ERROR_NOMEM, first %s", wrong, wrong_text);
    wrong = 0;
    for (n = 1; n < 100000; n++) {
        jread_fail_alloc_at(n);
        struct ml_doc *doc = ml_doc_check_string(BAD3, strlen(BAD3), NULL, &d);
        jread_fail_alloc_at(0);
        CHECK(!doc, "a bad doc never loads");
        if (d.count == 3 && d.items[0].code != ML_ERROR_NOMEM && d.items[2].code != ML_ERROR_NOMEM)
            break;
        if (d.count < 1 || d.items[d.count - 1].code != ML_ERROR_NOMEM)
            wrong++;
    }
    CHECK(wrong == 0 && n < 100000, "check mode under allocation failures: %ld wrong", wrong);

    /* files and theme files */
    char dir[] = "/tmp/ml-nomem-XXXXXX", path[64];
    struct theme t;
    if (!mkdtemp(dir))
        return;
    snprintf(path, sizeof path, "%s/doc.json", dir);
    write_file(path, DOC);
    wrong = 0;
    for (n = 1; n < 100000; n++) {
        jread_fail_alloc_at(n);
        struct ml_doc *doc = ml_doc_load_file(path, &err);
        jread_fail_alloc_at(0);
        if (doc) {
            ml_doc_destroy(doc);
            break;
        }
        wrong += err.code != ML_ERROR_NOMEM;
    }
    CHECK(wrong == 0 && n < 100000, "file under allocation failures: %ld wrong", wrong);
    write_file(path, "{\"name\": \"x\", \"palette\": [\"#ff0000\"], \"font\": \"Serif\"}");
    wrong = 0;
    for (n = 1; n < 100000; n++) {
        memset(&t, 0, sizeof t);
        jread_fail_alloc_at(n);
        bool ok = theme_file_load(path, &t, &err);
        jread_fail_alloc_at(0);
        if (ok)
            break;
        wrong += err.code != ML_ERROR_NOMEM;
    }
    CHECK(wrong == 0 && n < 100000 && t.n_palette == 1, "theme under allocation failures: %ld",
          wrong);
    remove(path);
    rmdir(dir);
}

/* A renderer reads a theme file once: the second chart with it gets the parsed theme, even if
 * the file has changed since (it is not read again); a bad file is an error with its position,
 * and is not kept. */
static void test_theme_cache(void)
{
    struct theme_cache tc = {0};
    struct theme t;
    struct ml_error err = {0};
    char dir[] = "/tmp/ml-themes-XXXXXX", path[64], bad[64];
    if (!mkdtemp(dir))
        return;
    snprintf(path, sizeof path, "%s/t.json", dir);
    snprintf(bad, sizeof bad, "%s/bad.json", dir);
    write_file(path, "{\"background\": \"#102030\"}");
    write_file(bad, "{\"background\": \"#102030\",\n \"text\": }");
    CHECK(theme_cache_get(&tc, path, &t, &err) && t.background == 0x102030ffu, "first read: %s",
          err.text);
    write_file(path, "not JSON");
    CHECK(theme_cache_get(&tc, path, &t, &err) && t.background == 0x102030ffu && tc.n == 1,
          "second chart: the theme read before (%s)", err.text);
    CHECK(theme_cache_get(&tc, "dark", &t, &err) && strcmp(t.name, "dark") == 0, "built-in");
    CHECK(!theme_cache_get(&tc, bad, &t, &err) && err.code == ML_ERROR_SYNTAX && err.line == 2 &&
              strcmp(err.source, bad) == 0 && tc.n == 1,
          "bad theme: %s:%d: %s", err.source, err.line, err.text);
    CHECK(!theme_cache_get(&tc, "sepia", &t, &err) && err.code == ML_ERROR_USAGE, "unknown name");
    theme_cache_finish(&tc);
    unlink(path);
    unlink(bad);
    rmdir(dir);
}

int main(void)
{
    test_model();
    test_defaults();
    test_codes();
    test_format();
    test_modes();
    test_limits();
    test_files();
    test_theme();
    test_theme_cache();
    test_color();
    test_nomem();
    return test_done();
}
