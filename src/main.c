/* memberline: the command line. Only this file prints and picks exit codes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "memberline.h"

static int exit_code(enum ml_error_code c)
{
    switch (c) {
    case ML_OK:
        return EX_OK;
    case ML_ERROR_USAGE:
        return EX_USAGE;
    case ML_ERROR_INPUT:
        return EX_NOINPUT;
    case ML_ERROR_SYNTAX:
    case ML_ERROR_SCHEMA:
    case ML_ERROR_VALUE:
    case ML_ERROR_LIMIT:
    case ML_ERROR_WARNING:
        return EX_DATAERR;
    case ML_ERROR_OUTPUT:
        return EX_CANTCREAT;
    case ML_ERROR_WRITE:
        return EX_IOERR;
    default:
        return EX_SOFTWARE;
    }
}

static int check_files(int argc, char **argv)
{
    int worst = EX_OK;
    for (int i = 0; i < argc; i++) {
        struct ml_diagnostics d;
        char line[1024];
        struct ml_doc *doc = ml_doc_check_file(argv[i], &d);
        for (size_t k = 0; k < d.count; k++) {
            ml_error_format(&d.items[k], line, sizeof line);
            fprintf(stderr, "%s\n", line);
            if (exit_code(d.items[k].code) > worst)
                worst = exit_code(d.items[k].code);
        }
        if (d.dropped)
            fprintf(stderr, "%s: %zu more errors not shown\n", argv[i], d.dropped);
        if (doc) {
            ml_doc_summary(doc, line, sizeof line);
            printf("%s\n", line);
            ml_doc_destroy(doc);
        }
    }
    return worst;
}

int main(int argc, char **argv)
{
    if (argc >= 2 && strcmp(argv[1], "check") == 0) {
        if (argc < 3) {
            fprintf(stderr, "memberline: check needs at least one FILE\n");
            return EX_USAGE;
        }
        return check_files(argc - 2, argv + 2);
    }
    fprintf(stderr, "usage: memberline check FILE...\n");
    return EX_USAGE;
}
