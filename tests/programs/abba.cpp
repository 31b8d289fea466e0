// The classic deadlock: "left" takes A then B, "right" takes B then A, and a barrier makes sure
// each holds its first lock before asking for the second. It never ends by itself.
#include <pthread.h>

namespace {

pthread_mutex_t g_a = PTHREAD_MUTEX_INITIALIZER;
pthread_mutex_t g_b = PTHREAD_MUTEX_INITIALIZER;
pthread_barrier_t g_bothHoldOne;

void *left(void *)
{
    pthread_setname_np(pthread_self(), "left");
    pthread_mutex_lock(&g_a);
    pthread_barrier_wait(&g_bothHoldOne);
    pthread_mutex_lock(&g_b);
    return nullptr;
}

void *right(void *)
{
    pthread_setname_np(pthread_self(), "right");
    pthread_mutex_lock(&g_b);
    pthread_barrier_wait(&g_bothHoldOne);
    pthread_mutex_lock(&g_a);
    return nullptr;
}

} // namespace

int main()
{
    pthread_barrier_init(&g_bothHoldOne, nullptr, 2);
    pthread_t l;
    pthread_t r;
    pthread_create(&l, nullptr, left, nullptr);
    pthread_create(&r, nullptr, right, nullptr);
    pthread_join(l, nullptr);
    pthread_join(r, nullptr);
    return 0;
}
