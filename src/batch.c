/* memberline batch: a manifest (docs/batch.md) becomes a list of jobs, each the tool's option
 * struct (struct cli) ready to render, never an argv to be parsed again; then the jobs run on
 * this process or on N workers sharing a queue. Tool only: not part of the library. */
/* MAP_ANONYMOUS (not in POSIX 2008): the workers' job queue */
#define _DEFAULT_SOURCE 1 // NOLINT(bugprone-reserved-identifier)
#include <errno.h>
#include <jansson.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <sysexits.h>
#include <unistd.h>

#include "cli.h"
#include "error.h"
#include "jread.h"
#include "strbuf.h"
#include "vec.h"

/* One chart to render: a job's options with one of its outputs. */
struct batch_job {
    char *name;          /* the job's "name", or "jobs[3]" */
    struct cli cli;      /* points into strings */
    int rc;              /* not 0: the options were refused; the job fails with this code */
    struct ml_error err; /* why, when rc is not 0 and err.code is not ML_OK */
    struct strbuf args;  /* the same job as command-line arguments, shell-quoted (--list) */
    double cost;         /* estimated, in SCO timeline SVGs (--shard balances it) */
    size_t index;        /* its place among the manifest's charts, from 0 */
};

struct batch {
    struct batch_job *jobs;
    size_t n_jobs, cap_jobs;
    char **strings; /* every string a job's cli points at */
    size_t n_strings, cap_strings;
    const char *dir; /* the manifest's folder: relative paths start there */
};

static const char *const manifest_keys[] = {"memberline_batch", "defaults", "jobs", NULL};
static const char *const job_keys[] = {"name",    "data",        "chart",    "options", "output",
                                       "outputs", "layout_json", "alt_text", NULL};

static void batch_finish(struct batch *b)
{
    for (size_t i = 0; i < b->n_jobs; i++) {
        free(b->jobs[i].name);
        strbuf_finish(&b->jobs[i].args);
    }
    for (size_t i = 0; i < b->n_strings; i++)
        free(b->strings[i]);
    free(b->jobs);
    free(b->strings);
    *b = (struct batch){0};
}

/* A copy of s (or of dir/s for a relative path when path is set) that lives with the batch. */
static const char *keep(struct ctx *c, struct batch *b, const char *s, bool path)
{
    bool join = path && s[0] != '/' && strcmp(s, "-") != 0 && *b->dir;
    size_t n = (join ? strlen(b->dir) + 1 : 0) + strlen(s) + 1;
    char *p = malloc(n);
    if (!p || !vec_grow((void **)&b->strings, &b->cap_strings, b->n_strings + 1, sizeof p)) {
        free(p);
        report_nomem(c);
        return NULL;
    }
    snprintf(p, n, "%s%s%s", join ? b->dir : "", join ? "/" : "", s);
    b->strings[b->n_strings++] = p;
    return p;
}

/* " --key 'value'" on the job's command line: single quotes keep every byte but ' itself. */
static void add_arg(struct batch_job *j, const char *key, const char *value)
{
    if (!value && (!key || strcmp(key, "o") == 0 || strcmp(key, "layout-json") == 0 ||
                   strcmp(key, "alt-text") == 0))
        return; /* not given */
    if (key)
        strbuf_add(&j->args, " %s%s", strlen(key) == 1 ? "-" : "--", key);
    if (!value)
        return;
    strbuf_append(&j->args, " '", 2);
    for (const char *p = value; *p; p++)
        if (*p == '\'')
            strbuf_append(&j->args, "'\\''", 4);
        else
            strbuf_append(&j->args, p, 1);
    strbuf_append(&j->args, "'", 1);
}

static bool is_file_option(const char *key, const char *value)
{
    return (strcmp(key, "theme") == 0 && strstr(value, ".json")) ||
           strcmp(key, "layout-json") == 0 || strcmp(key, "alt-text") == 0;
}

/* What is wrong with v as the value of option key, or NULL. */
static const char *misfit(const char *key, json_t *v)
{
    bool takes;
    if (!cli_option_exists(key, &takes) || strcmp(key, "help") == 0 ||
        strcmp(key, "version") == 0 || strcmp(key, "shard") == 0 || strcmp(key, "list") == 0)
        return "unknown option --%s";
    if (json_is_true(v) && takes)
        return "--%s needs a value, found %s";
    if (!json_is_true(v) && !takes)
        return "--%s is a flag: expected true or false, found %s";
    if (!json_is_true(v) && !json_is_number(v) && !json_is_string(v))
        return "--%s: expected a string, a number or true/false, found %s";
    return NULL;
}

/* One "options" entry (path at it): true turns a flag on; false or null leaves it off; a
 * string or a number is an option's value. A refused option fails its job when the job runs;
 * the other jobs go on. */
static void job_option(struct ctx *c, struct batch *b, struct batch_job *j, const char *key,
                       json_t *v)
{
    char num[64], d[QUOTE_SIZE + 16];
    const char *value = NULL, *why;
    if (j->rc || json_is_false(v) || json_is_null(v))
        return;
    if ((why = misfit(key, v)) != NULL) {
        describe(v, d, sizeof d);
        j->rc = EX_USAGE;
        error_at(&j->err, ML_ERROR_USAGE, c->source, -1, -1, c->path, why, key, d);
        return;
    }
    if (json_is_number(v)) {
        snprintf(num, sizeof num, "%.10g", json_number_value(v));
        value = keep(c, b, num, false);
    } else if (json_is_string(v)) {
        /* as given: the option's own checks judge it when the job runs, as on the command line */
        const char *s = json_string_value(v);
        value = keep(c, b, s, is_file_option(key, s));
    }
    if (!stopped(c) && (value || json_is_true(v))) {
        struct ml_error e = {0};
        j->rc = cli_option(&j->cli, key, value, &e);
        if (j->rc) /* reported when the job runs, at the option's place in the manifest */
            error_at(&j->err, ML_ERROR_USAGE, c->source, -1, -1, c->path, "%s", e.text);
        add_arg(j, key, value);
    }
}

static void job_options(struct ctx *c, struct batch *b, struct batch_job *j, json_t *opts)
{
    const char *key;
    json_t *v;
    if (!opts)
        return;
    size_t mark = path_key(c, "options");
    if (want_object(c, opts))
        json_object_foreach(opts, key, v)
        {
            size_t m = path_key(c, key);
            job_option(c, b, j, key, v);
            path_pop(c, m);
        }
    path_pop(c, mark);
}

/* A job's field, else the defaults' field. */
static json_t *job_get(json_t *job, json_t *defaults, const char *key)
{
    json_t *v = json_object_get(job, key);
    return v || !defaults ? v : json_object_get(defaults, key);
}

/* The job for one output; the first output also writes the layout and alt text. */
static void add_job(struct ctx *c, struct batch *b, json_t *job, json_t *defaults, const char *name,
                    const char *output, bool first)
{
    struct batch_job j = {0};
    cli_init(&j.cli);
    j.cli.no_stdin = true;
    json_t *chart = job_get(job, defaults, "chart"), *data = job_get(job, defaults, "data");
    if (chart && json_is_string(chart))
        job_option(c, b, &j, "chart", chart);
    if (defaults) { /* named where they stand: defaults.options.NAME */
        char here[sizeof c->path];
        size_t len = c->plen;
        memcpy(here, c->path, sizeof here);
        path_pop(c, 0);
        path_key(c, "defaults");
        job_options(c, b, &j, json_object_get(defaults, "options"));
        memcpy(c->path, here, sizeof here);
        c->plen = len;
    }
    job_options(c, b, &j, json_object_get(job, "options"));
    j.cli.output = keep(c, b, output, true);
    const char *layout = first ? string_field(c, job, "layout_json", false) : NULL;
    const char *alt = first ? string_field(c, job, "alt_text", false) : NULL;
    if (layout)
        j.cli.layout_json = keep(c, b, layout, true);
    if (alt)
        j.cli.alt_text = keep(c, b, alt, true);
    if (data && json_is_string(data))
        j.cli.input = keep(c, b, json_string_value(data), true);
    add_arg(&j, "o", j.cli.output);
    add_arg(&j, "layout-json", j.cli.layout_json);
    add_arg(&j, "alt-text", j.cli.alt_text);
    add_arg(&j, NULL, j.cli.input ? j.cli.input : cli_bundled_data());
    if (stopped(c) || j.args.nomem || !(j.name = strdup(name)) ||
        !vec_grow((void **)&b->jobs, &b->cap_jobs, b->n_jobs + 1, sizeof j)) {
        free(j.name);
        strbuf_finish(&j.args);
        report_nomem(c);
        return;
    }
    j.index = b->n_jobs;
    b->jobs[b->n_jobs++] = j;
}

static void walk_job(struct ctx *c, struct batch *b, json_t *job, json_t *defaults, size_t i)
{
    char name[160];
    size_t mark = path_index(c, i);
    if (!want_object(c, job)) {
        path_pop(c, mark);
        return;
    }
    check_keys(c, job, job_keys);
    const char *given = string_field(c, job, "name", false);
    snprintf(name, sizeof name, "%s", given ? given : c->path);
    json_t *one = json_object_get(job, "output"), *many = json_object_get(job, "outputs");
    if (!one && !many)
        report(c, ML_ERROR_SCHEMA, "missing \"output\" or \"outputs\"");
    if (one && string_field(c, job, "output", true))
        add_job(c, b, job, defaults, name, json_string_value(one), true);
    for (size_t k = 0; json_is_array(many) && k < json_array_size(many) && !stopped(c); k++) {
        size_t mk = path_key(c, "outputs"), mi = path_index(c, k);
        const char *out = string_value(c, json_array_get(many, k));
        path_pop(c, mi);
        path_pop(c, mk);
        if (out)
            add_job(c, b, job, defaults, name, out, k == 0 && !one);
    }
    path_pop(c, mark);
}

static void walk_manifest(struct ctx *c, struct batch *b, json_t *root)
{
    if (!want_object(c, root))
        return;
    check_keys(c, root, manifest_keys);
    json_t *defaults = json_object_get(root, "defaults"), *jobs = json_object_get(root, "jobs");
    if (defaults) {
        size_t mark = path_key(c, "defaults");
        if (want_object(c, defaults))
            check_keys(c, defaults, job_keys);
        path_pop(c, mark);
    }
    if (!jobs) {
        report_missing(c, "jobs");
        return;
    }
    size_t mark = path_key(c, "jobs");
    if (!json_is_array(jobs))
        report_type(c, "an array", jobs);
    for (size_t i = 0; json_is_array(jobs) && i < json_array_size(jobs) && !stopped(c); i++)
        walk_job(c, b, json_array_get(jobs, i), json_is_object(defaults) ? defaults : NULL, i);
    path_pop(c, mark);
}

/* The manifest at path into b; false with err filled when the manifest itself is wrong (a
 * job's refused options only fail that job). */
static bool batch_load(struct batch *b, const char *path, struct ml_error *err)
{
    struct ml_error local;
    struct ctx c;
    char *text = NULL, *dir = NULL;
    size_t len = 0;
    memset(&c, 0, sizeof c);
    memset(b, 0, sizeof *b);
    c.source = source_of(path);
    sink_first(&c.sink, err, &local, c.source);
    if (!read_path(path, &c.sink, &text, &len))
        return false;
    json_t *root = parse(text, len, c.source, &c.sink);
    free(text);
    if (!root)
        return false;
    const char *slash = strrchr(path, '/');
    if (!(dir = strndup(path, slash ? (size_t)(slash - path) : 0)) ||
        !vec_grow((void **)&b->strings, &b->cap_strings, 1, sizeof dir)) {
        free(dir);
        report_nomem(&c);
    } else {
        b->strings[b->n_strings++] = dir;
        b->dir = dir;
        walk_manifest(&c, b, root);
    }
    json_decref(root);
    if (c.sink.n > 0) {
        batch_finish(b);
        return false;
    }
    return true;
}

/* ------------------------------------------------------------------ shards */

/* What a chart costs to render in a batch whose fonts are loaded, in SCO timeline SVGs:
 * callgrind's instructions a chart in a batch of the SCO data (bench/README.md, "Batch
 * shards"). The drawing costs by chart kind and grows with the data; a PDF adds its embedded
 * fonts; a PNG adds its pixels (rasterising and encoding), which dwarf the rest. */
static double kind_cost(const char *chart)
{
    static const struct {
        const char *name;
        double cost;
    } kinds[] = {{"timeline", 1.0}, {"membership", 0.5}, {"count", 0.5}, {"map", 1.5}};
    double all = 0;
    for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++) {
        if (chart && strcmp(chart, kinds[i].name) == 0)
            return kinds[i].cost;
        all += kinds[i].cost;
    }
    return all; /* "all" */
}

/* A job's estimated cost in thousandths: integers, so every runner computes the same shards.
 * The data's size counts against the bundled data's (more events, more members), so a runner
 * must see the same files (a CI checkout does). */
static long long job_cost(const struct batch_job *j, off_t bundled)
{
    const struct cli *c = &j->cli;
    struct stat st;
    const char *data = c->input ? c->input : cli_bundled_data();
    double size = stat(data, &st) == 0 && bundled > 0 ? (double)st.st_size / (double)bundled : 1;
    double kinds = c->n_charts ? 0 : kind_cost("timeline");
    for (int i = 0; i < c->n_charts; i++)
        kinds += kind_cost(c->charts[i]);
    enum ml_format f = ML_FORMAT_SVG;
    const char *dot = c->output ? strrchr(c->output, '.') : NULL;
    if (c->n_formats)
        f = c->formats[0];
    else if (dot && !ml_format_from_name(dot + 1, &f))
        f = ML_FORMAT_SVG;
    double cost = kinds * (size > 1 ? size : 1);
    if (f == ML_FORMAT_PDF)
        cost += 1.5;
    if (f == ML_FORMAT_PNG) {
        /* against a 1600 px wide chart at scale 1; the height follows the width */
        double scale = c->opts.png_scale > 0 ? c->opts.png_scale * 72 / 96 : 1;
        double width = c->opts.width > 0 ? c->opts.width / 1200 : 1;
        cost += 13 * scale * scale * width * width;
    }
    return (long long)(1000 * cost);
}

struct shard_pick {
    long long cost;
    size_t job;
};

/* Dearest first, then manifest order: the order every runner sorts to. */
static int by_cost(const void *a, const void *b)
{
    const struct shard_pick *x = a, *y = b;
    if (x->cost != y->cost)
        return x->cost > y->cost ? -1 : 1;
    return x->job < y->job ? -1 : x->job > y->job;
}

/* Keep only the jobs of shard k of n: each job, dearest first, goes to the shard with the
 * least cost so far (the lowest on a tie), the longest-processing-time rule. The kept jobs
 * keep their manifest order. */
static bool batch_shard(struct batch *b, int k, int n)
{
    struct stat st;
    off_t bundled = stat(cli_bundled_data(), &st) == 0 ? st.st_size : 0;
    struct shard_pick *picks = calloc(b->n_jobs + 1, sizeof *picks);
    long long *load = calloc((size_t)n, sizeof *load);
    unsigned char *mine = calloc(b->n_jobs + 1, 1);
    if (!picks || !load || !mine) {
        free(picks);
        free(load);
        free(mine);
        return false;
    }
    for (size_t i = 0; i < b->n_jobs; i++) {
        b->jobs[i].cost = (double)job_cost(&b->jobs[i], bundled) / 1000;
        picks[i] = (struct shard_pick){(long long)(b->jobs[i].cost * 1000 + 0.5), i};
    }
    qsort(picks, b->n_jobs, sizeof *picks, by_cost);
    for (size_t i = 0; i < b->n_jobs; i++) {
        int least = 0;
        for (int s = 1; s < n; s++)
            if (load[s] < load[least])
                least = s;
        load[least] += picks[i].cost;
        mine[picks[i].job] = least == k - 1;
    }
    size_t kept = 0;
    for (size_t i = 0; i < b->n_jobs; i++) {
        if (mine[i]) {
            b->jobs[kept++] = b->jobs[i];
            continue;
        }
        free(b->jobs[i].name);
        strbuf_finish(&b->jobs[i].args);
    }
    b->n_jobs = kept;
    free(picks);
    free(load);
    free(mine);
    return true;
}

/* A name or path on a --list line: a tab or a line break would end its field. */
static void put_field(const char *s)
{
    for (; *s; s++)
        putchar((unsigned char)*s < 0x20 || *s == 0x7f ? '?' : *s);
}

/* --list: "INDEX<tab>NAME<tab>OUTPUT<tab>COST<tab>COMMAND" a chart (docs/batch.md); false when
 * a job's options were refused (its error is printed already), so a distributing script stops. */
static bool batch_list(const struct batch *b)
{
    bool valid = true;
    for (size_t i = 0; i < b->n_jobs; i++) {
        const struct batch_job *j = &b->jobs[i];
        printf("%zu\t", j->index + 1);
        put_field(j->name);
        putchar('\t');
        put_field(j->cli.output);
        printf("\t%.3f\tmemberline", j->cost);
        put_field(j->args.s ? j->args.s : "");
        putchar('\n');
        if (j->rc) { /* its own error, so that a script that stops here knows why */
            valid = false;
            if (j->err.code != ML_OK)
                cli_report(&j->err);
        }
    }
    return valid;
}

/* ------------------------------------------------------------------ running */

/* The jobs not yet taken, and how many failed. With --jobs it lives in memory the workers
 * share, and each takes the next job when it is free: charts differ in cost (a map PNG costs
 * several timelines), so handing out every N-th job in advance left one worker idle early. */
struct job_queue {
    atomic_size_t next;
    atomic_size_t failed;
};

/* parallel: several workers share standard error, so each warning names its job. */
static int run_job(struct batch_job *j, struct ml_renderer *r, struct doc_cache *docs,
                   bool parallel)
{
    if (j->rc) {
        if (j->err.code != ML_OK)
            cli_report(&j->err);
        return j->rc;
    }
    j->cli.opts.warn_user = &j->cli; /* the job's own address, now that it is settled */
    j->cli.job = parallel ? j->name : NULL;
    j->cli.job_name = j->name;
    return cli_render(&j->cli, r, docs);
}

/* The progress line on a terminal: "[7/10] name", rewritten in place. A job's messages are
 * caught in a file while it runs and then written above the line, on lines of their own,
 * each update with one write(): with --jobs the workers share the terminal, and the kernel
 * keeps one write to a terminal whole. No colour is used, so NO_COLOR has nothing to change. */
struct progress {
    int tty;     /* the terminal (standard error before the capture), or -1: no progress */
    int capture; /* the file standard error points at while a job runs */
    size_t width;
    struct strbuf line;
};

static void progress_write(struct progress *p)
{
    for (size_t at = 0; at < p->line.len && !p->line.nomem;) {
        ssize_t n = write(p->tty, p->line.s + at, p->line.len - at);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        at += (size_t)n;
    }
    p->line.len = 0;
    if (p->line.s)
        p->line.s[0] = '\0';
}

static bool progress_start(struct progress *p, bool on)
{
    struct winsize ws;
    FILE *f = on ? tmpfile() : NULL;
    *p = (struct progress){.tty = -1, .capture = -1, .width = 80};
    if (!f)
        return false;
    p->capture = dup(fileno(f));
    fclose(f);
    p->tty = p->capture >= 0 ? dup(STDERR_FILENO) : -1;
    if (p->tty < 0) {
        if (p->capture >= 0)
            close(p->capture);
        *p = (struct progress){.tty = -1, .capture = -1};
        return false;
    }
    if (ioctl(p->tty, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 20)
        p->width = ws.ws_col;
    return true;
}

/* Show job i and send standard error to the capture file while it runs. */
static void progress_show(struct progress *p, size_t i, size_t n, const char *name)
{
    if (p->tty < 0)
        return;
    strbuf_add(&p->line, "\r\033[K[%zu/%zu] ", i + 1, n);
    /* one terminal line, cut at a character's start: a wrapped line cannot be rewritten */
    size_t room = p->width - 1 > p->line.len - 4 ? p->width - 1 - (p->line.len - 4) : 0;
    size_t len = strlen(name);
    if (len > room) {
        len = room;
        while (len > 0 && ((unsigned char)name[len] & 0xC0) == 0x80)
            len--;
    }
    strbuf_append(&p->line, name, len);
    progress_write(p);
    fflush(stderr);
    dup2(p->capture, STDERR_FILENO);
}

/* After a job: standard error back on the terminal, and what the job said above the line. */
static void progress_done(struct progress *p)
{
    char buf[4096];
    ssize_t n;
    if (p->tty < 0)
        return;
    fflush(stderr);
    dup2(p->tty, STDERR_FILENO);
    off_t end = lseek(p->capture, 0, SEEK_CUR);
    if (end <= 0)
        return;
    strbuf_append(&p->line, "\r\033[K", 4);
    lseek(p->capture, 0, SEEK_SET);
    while ((n = read(p->capture, buf, sizeof buf)) > 0)
        strbuf_append(&p->line, buf, (size_t)n);
    if (p->line.len && p->line.s[p->line.len - 1] != '\n')
        strbuf_append(&p->line, "\n", 1);
    if (ftruncate(p->capture, 0) == 0)
        lseek(p->capture, 0, SEEK_SET);
    progress_write(p);
}

static void progress_finish(struct progress *p)
{
    if (p->tty < 0)
        return;
    strbuf_append(&p->line, "\r\033[K", 4);
    progress_write(p);
    close(p->tty);
    close(p->capture);
    strbuf_finish(&p->line);
}

/* Render jobs from q until none are left. False when no renderer could be made. */
static bool run_jobs(struct batch *b, struct job_queue *q, bool progress, bool parallel)
{
    struct ml_error err = {0};
    struct ml_renderer *r = ml_renderer_create(&err);
    struct doc_cache docs = {0};
    struct progress p;
    if (!r) {
        cli_report(&err);
        return false;
    }
    progress_start(&p, progress);
    for (size_t i; (i = atomic_fetch_add(&q->next, 1)) < b->n_jobs;) {
        struct batch_job *j = &b->jobs[i];
        progress_show(&p, i, b->n_jobs, j->name);
        int rc = run_job(j, r, &docs, parallel);
        if (rc) {
            fprintf(stderr, "memberline: batch job %s failed (exit %d)\n", j->name, rc);
            atomic_fetch_add(&q->failed, 1);
        }
        progress_done(&p);
    }
    progress_finish(&p);
    doc_cache_finish(&docs);
    ml_renderer_destroy(r);
    return true;
}

/* All jobs on this process; returns how many failed. */
static size_t run_serial(struct batch *b, bool progress)
{
    struct job_queue q = {0};
    return run_jobs(b, &q, progress, false) ? atomic_load(&q.failed) : b->n_jobs;
}

/* --jobs N: N worker processes share one queue; each loads its fonts once. A worker that dies
 * or ends badly counts as one failure: it may have taken a job with it. */
static size_t run_parallel(struct batch *b, int n, bool progress)
{
    struct job_queue *q =
        mmap(NULL, sizeof *q, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (q == MAP_FAILED) {
        fprintf(stderr, "memberline: cannot share the job queue (%s): rendering on one process\n",
                strerror(errno));
        return run_serial(b, progress);
    }
    atomic_init(&q->next, 0);
    atomic_init(&q->failed, 0);
    size_t lost = 0;
    pid_t pids[64];
    fflush(NULL);
    for (int k = 0; k < n; k++) {
        pids[k] = fork();
        if (pids[k] == 0) {
            bool ok = run_jobs(b, q, progress, true);
            batch_finish(b); /* the worker's copy, for the leak checkers */
            _exit(ok ? 0 : 1);
        }
        if (pids[k] < 0)
            fprintf(stderr, "memberline: cannot start a worker: %s\n", strerror(errno));
    }
    for (int k = 0; k < n; k++) {
        int status;
        if (pids[k] > 0 &&
            (waitpid(pids[k], &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0))
            lost++;
    }
    /* Jobs no worker took (every fork or renderer failed) did not render either. */
    size_t taken = atomic_load(&q->next), failed = atomic_load(&q->failed) + lost;
    if (taken < b->n_jobs)
        failed += b->n_jobs - taken;
    munmap(q, sizeof *q);
    return failed < b->n_jobs ? failed : b->n_jobs;
}

int batch_command(int argc, char **argv)
{
    struct cli c;
    struct ml_error err = {0};
    struct batch b;
    cli_init(&c);
    int rc = cli_parse(&c, argc, argv);
    if (rc)
        return rc < 0 ? 0 : rc;
    if (!c.input) {
        fprintf(stderr, "memberline: batch needs a MANIFEST.json\nTry 'memberline --help'.\n");
        return EX_USAGE;
    }
    if (!batch_load(&b, c.input, &err))
        return cli_report(&err);
    if (!batch_shard(&b, c.shard_k, c.shard_n)) {
        batch_finish(&b);
        fprintf(stderr, "memberline: out of memory\n");
        return EX_OSERR;
    }
    if (c.list) {
        bool valid = batch_list(&b);
        batch_finish(&b);
        if (fflush(stdout) != 0 || ferror(stdout))
            return EX_IOERR;
        if (!valid)
            fprintf(stderr, "memberline: batch --list: a job above is invalid\n");
        return valid ? 0 : EX_DATAERR;
    }
    char part[64] = "";
    if (c.shard_n > 1)
        snprintf(part, sizeof part, " shard %d/%d", c.shard_k, c.shard_n);
    int jobs = c.jobs < (int)b.n_jobs ? c.jobs : (int)b.n_jobs;
    bool progress = isatty(STDERR_FILENO) && !c.quiet;
    for (size_t i = 0; i < b.n_jobs; i++) /* without a terminal: errors only (docs/batch.md) */
        b.jobs[i].cli.quiet_writes = !progress && !c.verbose;
    size_t failed = jobs > 1 ? run_parallel(&b, jobs, progress) : run_serial(&b, progress);
    if (!c.quiet && failed)
        fprintf(stderr, "memberline: batch%s: %zu of %zu chart%s failed\n", part, failed, b.n_jobs,
                b.n_jobs == 1 ? "" : "s");
    else if (!c.quiet && b.n_jobs == 0)
        fprintf(stderr, "memberline: batch%s: no charts to render\n", part);
    else if (!c.quiet)
        fprintf(stderr, "memberline: batch%s: %zu chart%s, all rendered\n", part, b.n_jobs,
                b.n_jobs == 1 ? "" : "s");
    batch_finish(&b);
    return failed ? EX_DATAERR : 0;
}
