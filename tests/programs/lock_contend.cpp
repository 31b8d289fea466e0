// Two threads and one mutex: "holder" takes it and keeps it for 300 ms; "waiter" asks for it
// meanwhile and waits. Then main takes and gives back a free mutex 1000 times (uncontended pairs,
// counted, not drawn one by one). Plain pthreads, as a user's C program would use them.
#include <atomic>
#include <pthread.h>
#include <unistd.h>

namespace {

pthread_mutex_t g_mutex = PTHREAD_MUTEX_INITIALIZER;
pthread_mutex_t g_free = PTHREAD_MUTEX_INITIALIZER;
std::atomic<bool> g_held { false };

void *holder(void *)
{
    pthread_setname_np(pthread_self(), "holder");
    pthread_mutex_lock(&g_mutex);
    g_held = true;
    usleep(300'000);
    pthread_mutex_unlock(&g_mutex);
    return nullptr;
}

void *waiter(void *)
{
    pthread_setname_np(pthread_self(), "waiter");
    while (!g_held)
        usleep(1000);
    pthread_mutex_lock(&g_mutex);
    pthread_mutex_unlock(&g_mutex);
    return nullptr;
}

} // namespace

int main()
{
    pthread_t a;
    pthread_t b;
    pthread_create(&a, nullptr, holder, nullptr);
    pthread_create(&b, nullptr, waiter, nullptr);
    pthread_join(a, nullptr);
    pthread_join(b, nullptr);
    for (int i = 0; i < 1000; ++i) {
        pthread_mutex_lock(&g_free);
        pthread_mutex_unlock(&g_free);
    }
    return 0;
}
