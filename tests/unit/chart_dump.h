/* Helpers for chart unit tests: generated membership data, rendering through the public API,
 * and facts read back from the layout dump (parsed with jansson, as a user of the dump would). */
#ifndef ML_TEST_CHART_DUMP_H
#define ML_TEST_CHART_DUMP_H

#include <jansson.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "date.h"
#include "memberline.h"
#include "test.h"

/* Six kinds of member, by index % 6: 0 founder (club, then member, touching); 1 observer then
 * member; 2 dialogue partner, a gap, observer, partner; 3 member who withdrew; 4 applicant;
 * 5 dialogue partner then partner. */
static const char *const kind_periods[6] = {
    "{\"status\":\"club\",\"from\":\"1996-04-26\",\"to\":\"2001-06-15\"},"
    "{\"status\":\"member\",\"from\":\"2001-06-15\"}",
    "{\"status\":\"observer\",\"from\":\"2005-07-05\",\"to\":\"2017-06-09\"},"
    "{\"status\":\"member\",\"from\":\"2017-06-09\"}",
    "{\"status\":\"dialogue\",\"from\":\"2009-06-16\",\"to\":\"2012-01-01\"},"
    "{\"status\":\"observer\",\"from\":\"2014-03\",\"to\":\"2025-09-01\"},"
    "{\"status\":\"partner\",\"from\":\"2025-09-01\"}",
    "{\"status\":\"member\",\"from\":\"2001-06-15\",\"to\":\"2010-05-01\"}",
    "{\"status\":\"applicant\",\"from\":\"2015\"}",
    "{\"status\":\"dialogue\",\"from\":\"2016-03-14\",\"to\":\"2025-09-01\"},"
    "{\"status\":\"partner\",\"from\":\"2025-09-01\"}",
};

/* Members are named "State 000" ... so that name order is index order. */
static inline char *gen_doc(int n)
{
    size_t cap = 4096 + (size_t)n * 400, len = 0;
    char *s = malloc(cap);
    len += (size_t)snprintf(
        s + len, cap - len,
        "{\"memberline\":1,\"title\":\"Generated\",\"source\":\"Test data\","
        "\"as_of\":\"2025-10-26\",\"languages\":[\"en\"],"
        "\"categories\":[{\"id\":\"membership\",\"label\":\"Membership\"}],"
        "\"statuses\":[{\"id\":\"member\",\"label\":\"Member\",\"rank\":1},"
        "{\"id\":\"partner\",\"label\":\"Partner\",\"rank\":2},"
        "{\"id\":\"observer\",\"label\":\"Observer\",\"rank\":3},"
        "{\"id\":\"dialogue\",\"label\":\"Dialogue partner\",\"rank\":4},"
        "{\"id\":\"club\",\"label\":\"Club\",\"rank\":5},"
        "{\"id\":\"applicant\",\"label\":\"Applicant\",\"rank\":6}],"
        "\"events\":[{\"id\":\"founded\",\"date\":\"2001-06-15\",\"title\":\"Founded\","
        "\"short\":\"Founded\",\"category\":\"membership\",\"sources\":[]},"
        "{\"id\":\"enlarged\",\"date\":\"2017-06-09\",\"title\":\"Enlarged\","
        "\"category\":\"membership\",\"sources\":[]},"
        "{\"id\":\"merged\",\"date\":\"2025-09-01\",\"title\":\"Statuses merged\","
        "\"category\":\"membership\",\"sources\":[]}],\"members\":[");
    for (int i = 0; i < n; i++)
        len += (size_t)snprintf(s + len, cap - len,
                                "%s{\"id\":\"M%03d\",\"name\":\"State %03d\",\"periods\":[%s]}",
                                i ? "," : "", i, i, kind_periods[i % 6]);
    snprintf(s + len, cap - len, "]}");
    return s;
}

static inline int n_kind(int n, int kind)
{
    return n / 6 + (n % 6 > kind ? 1 : 0);
}

struct run {
    json_t *root, *items;
    double width, height;
    int warnings;
    char warning[512];
};

static inline void on_warn(void *user, const char *msg)
{
    struct run *r = user;
    r->warnings++;
    snprintf(r->warning, sizeof r->warning, "%s", msg);
}

/* Render doc with opts (chart, size, ... filled by the caller) and read back the dump. */
static inline bool render(struct ml_renderer *rr, const char *doc_json, struct ml_options *o,
                          struct run *out)
{
    struct ml_error err;
    char path[] = "/tmp/ml-test-XXXXXX";
    memset(out, 0, sizeof *out);
    struct ml_doc *doc = ml_doc_load_string(doc_json, strlen(doc_json), "gen", &err);
    if (!doc) {
        printf("load: %s\n", err.text);
        return false;
    }
    o->warn = on_warn;
    o->warn_user = out;
    struct ml_chart *ch = ml_chart_create(rr, doc, o, &err);
    int fd = mkstemp(path);
    if (fd >= 0)
        close(fd);
    bool ok = ch && fd >= 0 && ml_chart_write_layout_json(ch, path, &err);
    if (!ok)
        printf("render: %s\n", err.text);
    ml_chart_destroy(ch);
    ml_doc_destroy(doc);
    if (ok) {
        json_error_t je;
        out->root = json_load_file(path, 0, &je);
        out->items = json_object_get(out->root, "items");
        out->width = json_number_value(json_object_get(out->root, "width"));
        out->height = json_number_value(json_object_get(out->root, "height"));
        ok = out->items != NULL;
    }
    unlink(path);
    return ok;
}

static inline void run_free(struct run *r)
{
    json_decref(r->root);
}

static inline const char *str(json_t *it, const char *key)
{
    const char *s = json_string_value(json_object_get(it, key));
    return s ? s : "";
}

static inline bool is(json_t *it, const char *key, const char *value)
{
    return strcmp(str(it, key), value) == 0;
}

static inline double box_at(json_t *it, int i)
{
    return json_number_value(json_array_get(json_object_get(it, "box"), (size_t)i));
}

static inline double day_of(const char *iso)
{
    struct date d;
    return date_parse(iso, &d, NULL) ? date_start(&d) : NAN;
}

/* The page an item is on: the dump of a chart of several pages numbers them from 1. */
static inline int page_of(json_t *it)
{
    json_t *p = json_object_get(it, "page");
    return p ? (int)json_integer_value(p) : 1;
}

/* No two text boxes on the same page intersect (a hair of tolerance for shared edges). */
static inline int text_overlaps(const struct run *r, char *what, size_t size)
{
    size_t n = json_array_size(r->items);
    int bad = 0;
    for (size_t i = 0; i < n; i++) {
        json_t *a = json_array_get(r->items, i);
        if (!is(a, "kind", "text"))
            continue;
        for (size_t j = i + 1; j < n; j++) {
            json_t *b = json_array_get(r->items, j);
            if (!is(b, "kind", "text") || page_of(a) != page_of(b))
                continue;
            double e = 0.01;
            if (box_at(a, 0) + box_at(a, 2) - e > box_at(b, 0) &&
                box_at(b, 0) + box_at(b, 2) - e > box_at(a, 0) &&
                box_at(a, 1) + box_at(a, 3) - e > box_at(b, 1) &&
                box_at(b, 1) + box_at(b, 3) - e > box_at(a, 1)) {
                if (!bad++)
                    snprintf(what, size, "\"%s\" and \"%s\"", str(a, "text"), str(b, "text"));
            }
        }
    }
    return bad;
}

/* Every item's box lies on the page. */
static inline int outside_page(const struct run *r, char *what, size_t size)
{
    int bad = 0;
    for (size_t i = 0; i < json_array_size(r->items); i++) {
        json_t *a = json_array_get(r->items, i);
        double e = 0.01;
        if (box_at(a, 0) < -e || box_at(a, 1) < -e || box_at(a, 0) + box_at(a, 2) > r->width + e ||
            box_at(a, 1) + box_at(a, 3) > r->height + e) {
            if (!bad++)
                snprintf(what, size, "%s \"%s\"", str(a, "role"), str(a, "text"));
        }
    }
    return bad;
}

static inline int count_role(const struct run *r, const char *role)
{
    int n = 0;
    for (size_t i = 0; i < json_array_size(r->items); i++)
        n += is(json_array_get(r->items, i), "role", role);
    return n;
}

/* The time scale read back from the axis: tick labels are years centred on their ticks. */
static inline bool time_scale_of(const struct run *r, double *a, double *b)
{
    double x0 = NAN, d0 = NAN, x1 = NAN, d1 = NAN;
    for (size_t i = 0; i < json_array_size(r->items); i++) {
        json_t *it = json_array_get(r->items, i);
        if (!is(it, "role", "tick-label"))
            continue;
        double d = day_of(str(it, "text")), x = box_at(it, 0) + box_at(it, 2) / 2;
        if (isnan(d))
            continue;
        if (isnan(d0) || d < d0) {
            d0 = d;
            x0 = x;
        }
        if (isnan(d1) || d > d1) {
            d1 = d;
            x1 = x;
        }
    }
    if (isnan(d0) || d1 <= d0)
        return false;
    *b = (x1 - x0) / (d1 - d0);
    *a = x0 - *b * d0;
    return true;
}

#endif
