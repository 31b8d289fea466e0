// Two locks taken in opposite orders that never contend: "first" takes A, then B, and lets both go;
// only after it ended does "second" take B, then A. This run cannot hang, but another schedule of
// the same code can: the lock-order warning must come all the same. It stays 300 ms before it
// ends: the recorder looks up where the locks were taken in /proc/PID/maps of a living process.
// With OTHERS, "first" takes that many other mutexes inside A before it takes B (each named, each an
// order pair with A, none a cycle): more than the preload library keeps in its near tables, so A-B
// and B-A are named and ordered in the far ones. Usage: lock_order [OTHERS] (at most 4096)
#include <cstdlib>
#include <pthread.h>
#include <unistd.h>

namespace {

pthread_mutex_t g_a = PTHREAD_MUTEX_INITIALIZER;
pthread_mutex_t g_b = PTHREAD_MUTEX_INITIALIZER;
pthread_mutex_t g_others[4096];
long g_otherCount = 0;

void *first(void *)
{
    pthread_setname_np(pthread_self(), "first");
    pthread_mutex_lock(&g_a);
    for (long i = 0; i < g_otherCount; ++i) {
        pthread_mutex_lock(&g_others[i]);
        pthread_mutex_unlock(&g_others[i]);
    }
    pthread_mutex_lock(&g_b);
    pthread_mutex_unlock(&g_b);
    pthread_mutex_unlock(&g_a);
    return nullptr;
}

void *second(void *)
{
    pthread_setname_np(pthread_self(), "second");
    pthread_mutex_lock(&g_b);
    pthread_mutex_lock(&g_a);
    pthread_mutex_unlock(&g_a);
    pthread_mutex_unlock(&g_b);
    return nullptr;
}

} // namespace

int main(int argc, char **argv)
{
    g_otherCount = argc > 1 ? std::strtol(argv[1], nullptr, 10) : 0;
    if (g_otherCount < 0 || g_otherCount > 4096)
        return 2;
    for (long i = 0; i < g_otherCount; ++i)
        pthread_mutex_init(&g_others[i], nullptr);
    pthread_t t;
    pthread_create(&t, nullptr, first, nullptr);
    pthread_join(t, nullptr);
    pthread_create(&t, nullptr, second, nullptr);
    pthread_join(t, nullptr);
    usleep(300'000);
    return 0;
}
