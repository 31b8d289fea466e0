/* C threads on all cores: real parallelism.
 *
 * Starts one POSIX thread per online core; each does the same amount of
 * arithmetic. C has no global lock, so the threads run at the same time, one on
 * each core: on the core lanes every core is busy at once, and a thread that
 * does not run is ready (waiting for a core), never blocked. Each thread names
 * itself (pthread_setname_np), and the task lanes show those names.
 * Dansk: C-tråde har ingen GIL og kører parallelt, én på hver kerne.
 *
 * Samtidig compiles it when you pick it:  cc -O2 -pthread pthreads_all_cores.c -o pthreads_all_cores
 * Usage: ./pthreads_all_cores [THREADS]   (default: one per core)
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static const long kWork = 1500000000L; /* iterations per thread: about half a second each */

static void *work(void *arg)
{
    char name[16];
    snprintf(name, sizeof name, "worker-%ld", (long)arg);
    pthread_setname_np(pthread_self(), name);
    volatile unsigned long x = 0; /* volatile: the compiler must really do the loop */
    for (long i = 0; i < kWork; ++i)
        x += (unsigned long)i;
    return NULL;
}

int main(int argc, char **argv)
{
    long n = argc > 1 ? atol(argv[1]) : sysconf(_SC_NPROCESSORS_ONLN);
    if (n < 1 || n > 1024) {
        fprintf(stderr, "THREADS must be between 1 and 1024\n");
        return 2;
    }
    pthread_t *threads = calloc((size_t)n, sizeof *threads);
    if (!threads)
        return 1;
    for (long i = 0; i < n; ++i)
        if (pthread_create(&threads[i], NULL, work, (void *)i) != 0) {
            perror("pthread_create");
            return 1;
        }
    for (long i = 0; i < n; ++i)
        pthread_join(threads[i], NULL);
    printf("%ld threads did %ld iterations each\n", n, kWork);
    free(threads);
    return 0;
}
