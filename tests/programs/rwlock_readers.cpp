// A read-write lock shared by three readers while a writer waits: "reader1".."reader3" each take it
// for reading and meet at a barrier with it held (so all three hold it at once), keep it 200 ms and
// let go; "writer" asks for it for writing after the barrier and waits for all three, and holds it
// until "late" has tried a timed read (50 ms) that gives up. Plain pthreads.
#include <cerrno>
#include <cstdio>
#include <ctime>
#include <pthread.h>
#include <unistd.h>

namespace {

pthread_rwlock_t g_lock = PTHREAD_RWLOCK_INITIALIZER;
pthread_barrier_t g_allRead;
pthread_barrier_t g_written;
pthread_barrier_t g_lateDone;
int g_lateResult = -1;

void *reader(void *name)
{
    pthread_setname_np(pthread_self(), static_cast<const char *>(name));
    pthread_rwlock_rdlock(&g_lock);
    pthread_barrier_wait(&g_allRead);
    usleep(200'000);
    pthread_rwlock_unlock(&g_lock);
    return nullptr;
}

void *late(void *)
{
    pthread_setname_np(pthread_self(), "late");
    pthread_barrier_wait(&g_written); // the writer holds it now
    timespec until {};
    clock_gettime(CLOCK_REALTIME, &until);
    until.tv_nsec += 50'000'000;
    if (until.tv_nsec >= 1'000'000'000) {
        until.tv_nsec -= 1'000'000'000;
        ++until.tv_sec;
    }
    g_lateResult = pthread_rwlock_timedrdlock(&g_lock, &until);
    if (g_lateResult == 0)
        pthread_rwlock_unlock(&g_lock);
    pthread_barrier_wait(&g_lateDone);
    return nullptr;
}

void *writer(void *)
{
    pthread_setname_np(pthread_self(), "writer");
    pthread_barrier_wait(&g_allRead);
    timespec until {};
    clock_gettime(CLOCK_MONOTONIC, &until);
    until.tv_sec += 10;
    if (pthread_rwlock_clockwrlock(&g_lock, CLOCK_MONOTONIC, &until) != 0)
        return nullptr;
    pthread_barrier_wait(&g_written);
    pthread_barrier_wait(&g_lateDone); // held until the late reader gave up
    pthread_rwlock_unlock(&g_lock);
    return nullptr;
}

} // namespace

int main()
{
    pthread_barrier_init(&g_allRead, nullptr, 4);
    pthread_barrier_init(&g_written, nullptr, 2);
    pthread_barrier_init(&g_lateDone, nullptr, 2);
    static const char *const names[] = { "reader1", "reader2", "reader3" };
    pthread_t threads[5];
    for (int i = 0; i < 3; ++i)
        pthread_create(&threads[i], nullptr, reader, const_cast<char *>(names[i]));
    pthread_create(&threads[3], nullptr, writer, nullptr);
    pthread_create(&threads[4], nullptr, late, nullptr);
    for (pthread_t t : threads)
        pthread_join(t, nullptr);
    std::printf(g_lateResult == ETIMEDOUT ? "late read timed out\n" : "late read: %d\n", g_lateResult);
    return 0;
}
