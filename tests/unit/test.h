/* A minimal unit-test harness: CHECK records a result, test_done prints the totals that
 * tests/run.sh adds up ("RESULT passed failed"). */
#ifndef ML_TEST_H
#define ML_TEST_H

#include <stdio.h>

static int test_passed, test_failed;

#define CHECK(cond, ...)                                                                           \
    do {                                                                                           \
        if (cond) {                                                                                \
            test_passed++;                                                                         \
        } else {                                                                                   \
            test_failed++;                                                                         \
            printf("FAIL %s:%d: ", __FILE__, __LINE__);                                            \
            printf(__VA_ARGS__);                                                                   \
            printf("\n");                                                                          \
        }                                                                                          \
    } while (0)

static inline int test_done(void)
{
    printf("RESULT %d %d\n", test_passed, test_failed);
    return test_failed ? 1 : 0;
}

#endif
