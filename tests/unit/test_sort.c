/* sort_with: indices ordered by keys held in a context, against qsort of the keys themselves. */
#include <stdlib.h>
#include <string.h>

#include "sort.h"
#include "test.h"

struct keyed {
    const int *key;
    int calls;
};

static int by_key(const void *a, const void *b, void *ctx)
{
    struct keyed *k = ctx;
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    k->calls++;
    if (k->key[x] != k->key[y])
        return k->key[x] < k->key[y] ? -1 : 1;
    return x < y ? -1 : (x > y); /* ties by position: a total order */
}

static int cmp_pair(const void *a, const void *b)
{
    const long *x = a, *y = b;
    return x[0] != y[0] ? (x[0] < y[0] ? -1 : 1) : (x[1] > y[1]) - (x[1] < y[1]);
}

static int by_text(const void *a, const void *b, void *ctx)
{
    (void)ctx;
    return strcmp(a, b);
}

/* n keys from a small range (many ties), sorted as indices and as (key, index) pairs. */
static void check_random(size_t n, int range, unsigned seed)
{
    int *key = malloc((n ? n : 1) * sizeof *key);
    size_t *ix = malloc((n ? n : 1) * sizeof *ix);
    long *pair = malloc((n ? n : 1) * 2 * sizeof *pair);
    srand(seed);
    for (size_t i = 0; i < n; i++) {
        key[i] = rand() % range;
        ix[i] = n - 1 - i;
        pair[2 * i] = key[i];
        pair[2 * i + 1] = (long)i;
    }
    struct keyed k = {key, 0};
    sort_with(ix, n, sizeof *ix, by_key, &k);
    qsort(pair, n, 2 * sizeof *pair, cmp_pair);
    size_t same = 0;
    for (size_t i = 0; i < n; i++)
        same += ix[i] == (size_t)pair[2 * i + 1];
    CHECK(same == n, "n=%zu range=%d: %zu of %zu in qsort's order", n, range, same, n);
    free(key);
    free(ix);
    free(pair);
}

int main(void)
{
    check_random(0, 1, 1);
    check_random(1, 1, 2);
    check_random(2, 2, 3);
    check_random(17, 3, 4);
    check_random(1000, 10, 5);
    check_random(5000, 100000, 6);
    /* whole elements move, of any size */
    char words[5][8] = {"echo", "alpha", "delta", "bravo", "charlie"};
    sort_with(words, 5, sizeof words[0], by_text, NULL);
    CHECK(strcmp(words[0], "alpha") == 0 && strcmp(words[4], "echo") == 0, "strings");
    return test_done();
}
