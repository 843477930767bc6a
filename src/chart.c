/* What chart modules need while they lay out, apart from the renderer that runs them: the
 * chart language's texts and warnings, both recorded in the chart's state. render.c calls the
 * chart modules; they never call back into it. */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "chart.h"

#include <stdlib.h>

#include "error.h"
#include "vec.h"

void chart_warn(struct chart_state *st, const char *fmt, ...)
{
    /* Kept until the chart is done: a layout may run twice (see ml_chart_create). */
    char scratch[sizeof st->messages[0]];
    char *slot = st->warnings < CHART_MAX_WARNINGS ? st->messages[st->warnings] : scratch;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(slot, sizeof scratch, fmt, ap);
    va_end(ap);
    if (n >= (int)sizeof scratch) {
        /* Cut at a character boundary, and say so: a message is never broken UTF-8. */
        size_t k = sizeof scratch - 4;
        while (k > 0 && ((unsigned char)slot[k] & 0xC0) == 0x80)
            k--;
        memcpy(slot + k, "\xE2\x80\xA6", 4); /* "…" and the NUL */
    }
    st->warnings++;
}

const char *chart_text(const struct chart_opts *opts, const struct mtext *t)
{
    bool fell_back;
    const char *s = mtext_get(t, opts->lang, &fell_back);
    if (fell_back && *s) {
        struct chart_state *st = opts->state;
        for (size_t i = 0; i < st->n_seen; i++)
            if (st->seen[i] == t)
                return s; /* a legend label also named in the alt text: one text */
        /* An array of pointers: each element is one pointer's size. */
        if (vec_grow((void **)&st->seen, &st->cap_seen, st->n_seen + 1,
                     sizeof(const struct mtext *)))
            st->seen[st->n_seen++] = t;
        size_t n = strlen(st->missing);
        if (st->missing_texts < 4 && n + strlen(s) + 8 < sizeof st->missing)
            snprintf(st->missing + n, sizeof st->missing - n, "%s\"%.60s\"", n ? ", " : "", s);
        st->missing_texts++;
    }
    return s;
}

void chart_state_finish(struct chart_state *st)
{
    free(st->seen);
    memset(st, 0, sizeof *st);
}

void chart_page_error(struct ml_error *err, const char *what, double need, double height)
{
    error_first(err, ML_ERROR_USAGE,
                "%s need a page %.0f pt (%.0f px) tall at this type size, not %.0f pt: use a "
                "smaller --font-scale, a taller page or no fixed height",
                what, ceil(need), ceil(need / 0.75), height);
}
