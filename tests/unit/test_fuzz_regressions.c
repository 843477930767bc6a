/* Replays every input in fuzz/regressions/ through the fuzz target, built without libFuzzer:
 * each one crashed, hung or leaked once. Under `make check-asan` and `make check-valgrind` this
 * is the same check the fuzzer made; here it passes when every input runs to the end. */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../fuzz/fuzz_render.c"
#include "test.h"

#define REGRESSIONS "fuzz/regressions"

static unsigned char *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    unsigned char *data = NULL;
    long n;
    if (!f)
        return NULL;
    if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0 &&
        (data = malloc((size_t)n + 1)) != NULL) {
        *len = fread(data, 1, (size_t)n, f);
        if (*len != (size_t)n) {
            free(data);
            data = NULL;
        }
    }
    fclose(f);
    return data;
}

int main(void)
{
    DIR *dir = opendir(REGRESSIONS);
    struct dirent *e;
    int replayed = 0;
    CHECK(dir != NULL, "cannot open %s (run from the repository root)", REGRESSIONS);
    if (!dir)
        return test_done();
    LLVMFuzzerInitialize(NULL, NULL);
    while ((e = readdir(dir)) != NULL) {
        char path[512];
        size_t len = 0;
        if (e->d_name[0] == '.' || strcmp(e->d_name, "README.md") == 0)
            continue;
        snprintf(path, sizeof path, "%s/%s", REGRESSIONS, e->d_name);
        unsigned char *data = read_all(path, &len);
        CHECK(data != NULL, "cannot read %s", path);
        if (!data)
            continue;
        printf("replay %s (%zu bytes)\n", e->d_name, len);
        fflush(stdout);
        LLVMFuzzerTestOneInput(data, len);
        free(data);
        replayed++;
    }
    closedir(dir);
    CHECK(replayed > 0, "no regression inputs in %s", REGRESSIONS);
    ml_renderer_destroy(renderer);
    return test_done();
}
