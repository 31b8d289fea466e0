/* C deadlock: two threads, two mutexes, opposite orders.
 *
 * "left" takes mutex a, then b; "right" takes b, then a. Each takes its first
 * mutex, sleeps a moment so the other can take its own, then waits for the
 * mutex the other holds: neither can go on, for ever. Samtidig finds the cycle
 * while the program hangs (the deadlock banner, the red lanes, the wait-for
 * graph, the cycle in words). Press Stop to end it.
 * Dansk: to tråde låser to mutexer i modsat rækkefølge og venter på hinanden:
 * en deadlock. Tryk Stop for at afslutte programmet.
 *
 * Samtidig compiles it when you pick it:  cc -O2 -pthread deadlock_two_mutexes.c -o deadlock_two_mutexes
 * Usage: ./deadlock_two_mutexes
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static pthread_mutex_t a = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t b = PTHREAD_MUTEX_INITIALIZER;

static void *left(void *unused)
{
    (void)unused;
    pthread_setname_np(pthread_self(), "left");
    pthread_mutex_lock(&a);
    usleep(100000); /* 0.1 s: "right" takes b meanwhile */
    pthread_mutex_lock(&b); /* held by "right", which waits for a */
    pthread_mutex_unlock(&b);
    pthread_mutex_unlock(&a);
    return NULL;
}

static void *right(void *unused)
{
    (void)unused;
    pthread_setname_np(pthread_self(), "right");
    pthread_mutex_lock(&b);
    usleep(100000);
    pthread_mutex_lock(&a); /* held by "left", which waits for b */
    pthread_mutex_unlock(&a);
    pthread_mutex_unlock(&b);
    return NULL;
}

int main(void)
{
    pthread_t l, r;
    pthread_create(&l, NULL, left, NULL);
    pthread_create(&r, NULL, right, NULL);
    pthread_join(l, NULL);
    pthread_join(r, NULL);
    puts("never printed: the threads wait for each other");
    return 0;
}
