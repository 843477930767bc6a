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
#include <sys/mman.h>
#include <sys/wait.h>
#include <sysexits.h>
#include <unistd.h>

#include "cli.h"
#include "error.h"
#include "jread.h"
#include "vec.h"

/* One chart to render: a job's options with one of its outputs. */
struct batch_job {
    char *name;          /* the job's "name", or "jobs[3]" */
    struct cli cli;      /* points into strings */
    int rc;              /* not 0: the options were refused; the job fails with this code */
    struct ml_error err; /* why, when rc is not 0 and err.code is not ML_OK */
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
    for (size_t i = 0; i < b->n_jobs; i++)
        free(b->jobs[i].name);
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

static bool is_file_option(const char *key, const char *value)
{
    return (strcmp(key, "theme") == 0 && strstr(value, ".json")) ||
           strcmp(key, "layout-json") == 0 || strcmp(key, "alt-text") == 0;
}

/* What is wrong with v as the value of option key, or NULL. */
static const char *misfit(const char *key, json_t *v)
{
    bool takes;
    if (!cli_option_exists(key, &takes) || strcmp(key, "help") == 0 || strcmp(key, "version") == 0)
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
    if (!stopped(c) && (value || json_is_true(v)))
        j->rc = cli_option(&j->cli, key, value); /* a bad value: cli_option printed why */
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
    job_options(c, b, &j, defaults ? json_object_get(defaults, "options") : NULL);
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
    if (stopped(c) || !(j.name = strdup(name)) ||
        !vec_grow((void **)&b->jobs, &b->cap_jobs, b->n_jobs + 1, sizeof j)) {
        free(j.name);
        report_nomem(c);
        return;
    }
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

/* ------------------------------------------------------------------ running */

/* The jobs not yet taken, and how many failed. With --jobs it lives in memory the workers
 * share, and each takes the next job when it is free: charts differ in cost (a map PNG costs
 * several timelines), so handing out every N-th job in advance left one worker idle early. */
struct job_queue {
    atomic_size_t next;
    atomic_size_t failed;
};

static int run_job(struct batch_job *j, struct ml_renderer *r, struct doc_cache *docs)
{
    if (j->rc) {
        if (j->err.code != ML_OK)
            cli_report(&j->err);
        return j->rc;
    }
    j->cli.opts.warn_user = &j->cli; /* the job's own address, now that it is settled */
    return cli_render(&j->cli, r, docs);
}

/* Render jobs from q until none are left. False when no renderer could be made. */
static bool run_jobs(struct batch *b, struct job_queue *q, bool progress)
{
    struct ml_error err = {0};
    struct ml_renderer *r = ml_renderer_create(&err);
    struct doc_cache docs = {0};
    if (!r) {
        cli_report(&err);
        return false;
    }
    for (size_t i; (i = atomic_fetch_add(&q->next, 1)) < b->n_jobs;) {
        struct batch_job *j = &b->jobs[i];
        if (progress)
            fprintf(stderr, "\r\033[K[%zu/%zu] %s", i + 1, b->n_jobs, j->name);
        int rc = run_job(j, r, &docs);
        if (rc) {
            fprintf(stderr, "%smemberline: batch job %s failed (exit %d)\n", progress ? "\n" : "",
                    j->name, rc);
            atomic_fetch_add(&q->failed, 1);
        }
    }
    if (progress)
        fprintf(stderr, "\r\033[K");
    doc_cache_finish(&docs);
    ml_renderer_destroy(r);
    return true;
}

/* All jobs on this process; returns how many failed. */
static size_t run_serial(struct batch *b, bool progress)
{
    struct job_queue q = {0};
    return run_jobs(b, &q, progress) ? atomic_load(&q.failed) : b->n_jobs;
}

/* --jobs N: N worker processes share one queue; each loads its fonts once. A worker that dies
 * or ends badly counts as one failure: it may have taken a job with it. */
static size_t run_parallel(struct batch *b, int n)
{
    struct job_queue *q =
        mmap(NULL, sizeof *q, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (q == MAP_FAILED) {
        fprintf(stderr, "memberline: cannot share the job queue (%s): rendering on one process\n",
                strerror(errno));
        return run_serial(b, false);
    }
    atomic_init(&q->next, 0);
    atomic_init(&q->failed, 0);
    size_t lost = 0;
    pid_t pids[64];
    fflush(NULL);
    for (int k = 0; k < n; k++) {
        pids[k] = fork();
        if (pids[k] == 0) {
            bool ok = run_jobs(b, q, false);
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
    int jobs = c.jobs < (int)b.n_jobs ? c.jobs : (int)b.n_jobs;
    size_t failed = jobs > 1 ? run_parallel(&b, jobs) : run_serial(&b, isatty(2) && !c.quiet);
    if (!c.quiet && failed)
        fprintf(stderr, "memberline: batch: %zu of %zu charts failed\n", failed, b.n_jobs);
    else if (!c.quiet)
        fprintf(stderr, "memberline: batch: %zu charts, all rendered\n", b.n_jobs);
    batch_finish(&b);
    return failed ? EX_DATAERR : 0;
}
