/* What main.c (the command line) and batch.c (manifests) share: the tool's options and how a
 * set of them is rendered. Tool only: not part of the library. */
#ifndef ML_CLI_H
#define ML_CLI_H

#include <stdbool.h>
#include <sys/stat.h>

#include "memberline.h"

#define CLI_MAX_CHARTS 4

struct cli {
    struct ml_options opts;
    const char *charts[CLI_MAX_CHARTS];
    int n_charts;
    enum ml_format formats[3];
    int n_formats;
    const char *output, *output_dir, *layout_json, *alt_text;
    const char *input;
    const char *scale_option; /* "--scale" or "--dpi" when given */
    bool quiet, verbose;
    bool quiet_writes; /* no "wrote ... (page 1 of 2)" lines: a batch job without a terminal */
    bool no_stdin;     /* a batch job: no input means the bundled data, not standard input */
    double page_h;     /* the height of a page-sized --size: a growing chart's pages */
    int page;          /* --page N: write that page only; 0 = every page */
    int jobs;
    int shard_k, shard_n;   /* batch --shard K/N; 1/1 renders every job */
    bool list;              /* batch --list: print the jobs instead */
    const char *job;        /* batch --jobs N: the job's name, before each of its warnings */
    const char *job_name;   /* batch: the job's name, before each of its errors that names no
                               file (one process or several) */
    const char *batch_only; /* "--shard" or "--list" when given: refused outside batch */
};

/* A batch mostly renders one data file: its worker keeps the last document loaded, known by
 * path, size and modification time. */
struct doc_cache {
    char *path;
    struct stat st;
    struct ml_doc *doc;
};

void cli_init(struct cli *c);
/* Parse argv (argv[0] is the subcommand or program name). Returns 0, an exit code, or -1 for
 * --help / --version handled. */
int cli_parse(struct cli *c, int argc, char **argv);
/* Does the long option name ("as-of") exist, and does it take a value? */
bool cli_option_exists(const char *name, bool *takes_value);
/* Apply the long option name with its value (NULL for a flag), as the command line would.
 * Returns 0, or an exit code with the message in err (and then the options so far are also
 * checked as the library would: ml_options_check), or printed when err is NULL. The value
 * must outlive c. */
int cli_option(struct cli *c, const char *name, const char *value, struct ml_error *err);
/* Render what c says, with a shared renderer and document cache (NULL: its own). */
int cli_render(struct cli *c, struct ml_renderer *shared, struct doc_cache *dc);
/* Print err as the tool does; returns its exit code. */
int cli_report(const struct ml_error *err);
void doc_cache_finish(struct doc_cache *dc);
/* The bundled SCO data's path (what no FILE renders). */
const char *cli_bundled_data(void);

/* memberline batch [--jobs N] MANIFEST.json (argv[0] is "batch"). */
int batch_command(int argc, char **argv);

#endif
