// What the interposed calls must leave exactly as the C library does: their return values, errno
// (including EINTR from a wait a signal interrupts) and the locking itself. Exits 0 when all holds,
// else prints what did not and exits 1. The same program is run bare and recorded.
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <ctime>
#include <pthread.h>
#include <semaphore.h>
#include <unistd.h>

namespace {

int g_failures = 0;

void check(bool ok, const char *what)
{
    if (!ok) {
        std::printf("FAILED: %s (errno %d)\n", what, errno);
        ++g_failures;
    }
}

void onSignal(int) { }

std::atomic<bool> g_interrupted { false };
pthread_t g_main;

void *interrupter(void *)
{
    while (!g_interrupted) {
        pthread_kill(g_main, SIGUSR1);
        usleep(10'000);
    }
    return nullptr;
}

pthread_mutex_t g_shared = PTHREAD_MUTEX_INITIALIZER;
long g_counter = 0;

void *adder(void *)
{
    for (int i = 0; i < 200'000; ++i) {
        pthread_mutex_lock(&g_shared);
        ++g_counter;
        pthread_mutex_unlock(&g_shared);
    }
    return nullptr;
}

} // namespace

int main()
{
    pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
    errno = 1234;
    check(pthread_mutex_lock(&m) == 0 && errno == 1234, "lock keeps errno");
    check(pthread_mutex_trylock(&m) == EBUSY && errno == 1234, "trylock of a held mutex: EBUSY, errno kept");
    check(pthread_mutex_unlock(&m) == 0 && errno == 1234, "unlock keeps errno");

    pthread_mutexattr_t attr;
    pthread_mutexattr_init(&attr);
    pthread_mutexattr_settype(&attr, PTHREAD_MUTEX_ERRORCHECK);
    pthread_mutex_t checked;
    pthread_mutex_init(&checked, &attr);
    pthread_mutex_lock(&checked);
    check(pthread_mutex_lock(&checked) == EDEADLK && errno == 1234,
          "relock of an error-checking mutex: EDEADLK");
    pthread_mutex_unlock(&checked);
    check(pthread_mutex_unlock(&checked) == EPERM, "unlock of a mutex not held: EPERM");

    pthread_cond_t c = PTHREAD_COND_INITIALIZER;
    timespec past {};
    clock_gettime(CLOCK_REALTIME, &past);
    pthread_mutex_lock(&m);
    check(pthread_cond_timedwait(&c, &m, &past) == ETIMEDOUT && errno == 1234, "cond_timedwait: ETIMEDOUT");
    check(pthread_mutex_trylock(&m) == EBUSY, "the mutex is held again after the condition wait");
    pthread_mutex_unlock(&m);

    sem_t s;
    sem_init(&s, 0, 0);
    check(sem_timedwait(&s, &past) == -1 && errno == ETIMEDOUT, "sem_timedwait: -1, ETIMEDOUT");
    check(sem_trywait(&s) == -1 && errno == EAGAIN, "sem_trywait: -1, EAGAIN");

    struct sigaction sa {
    };
    sa.sa_handler = onSignal; // no SA_RESTART: the wait is interrupted
    sigaction(SIGUSR1, &sa, nullptr);
    g_main = pthread_self();
    pthread_t t;
    pthread_create(&t, nullptr, interrupter, nullptr);
    errno = 0;
    const int r = sem_wait(&s);
    const int err = errno;
    g_interrupted = true;
    pthread_join(t, nullptr);
    errno = err;
    check(r == -1 && err == EINTR, "sem_wait interrupted by a signal: -1, EINTR");

    pthread_t a;
    pthread_t b;
    pthread_create(&a, nullptr, adder, nullptr);
    pthread_create(&b, nullptr, adder, nullptr);
    pthread_join(a, nullptr);
    pthread_join(b, nullptr);
    check(g_counter == 400'000, "two threads counting under a mutex lose nothing");

    if (g_failures == 0)
        std::printf("all kept\n");
    return g_failures == 0 ? 0 : 1;
}
