// Two locks taken in opposite orders that never contend: "first" takes A, then B, and lets both go;
// only after it ended does "second" take B, then A. This run cannot hang, but another schedule of
// the same code can: the lock-order warning must come all the same. It stays 300 ms before it
// ends: the recorder looks up where the locks were taken in /proc/PID/maps of a living process.
#include <pthread.h>
#include <unistd.h>

namespace {

pthread_mutex_t g_a = PTHREAD_MUTEX_INITIALIZER;
pthread_mutex_t g_b = PTHREAD_MUTEX_INITIALIZER;

void *first(void *)
{
    pthread_setname_np(pthread_self(), "first");
    pthread_mutex_lock(&g_a);
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

int main()
{
    pthread_t t;
    pthread_create(&t, nullptr, first, nullptr);
    pthread_join(t, nullptr);
    pthread_create(&t, nullptr, second, nullptr);
    pthread_join(t, nullptr);
    usleep(300'000);
    return 0;
}
