// An uncontended lock + unlock pair, timed two ways in one run: through the program's own calls
// (which a preload library interposes) and through the C library's functions fetched from
// libc.so.6 directly (which it cannot). Writes "ns per pair, called" and "ns per pair, C library's"
// to the file named by argv[2]: the difference is what interposing adds.
//   lock_loop PAIRS OUTFILE
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <dlfcn.h>
#include <pthread.h>

namespace {

pthread_mutex_t g_mutex = PTHREAD_MUTEX_INITIALIZER;

template<class Lock, class Unlock>
double nsPerPair(long pairs, Lock lock, Unlock unlock)
{
    const auto start = std::chrono::steady_clock::now();
    for (long i = 0; i < pairs; ++i) {
        lock(&g_mutex);
        unlock(&g_mutex);
    }
    const auto ns
        = std::chrono::duration<double, std::nano>(std::chrono::steady_clock::now() - start).count();
    return ns / static_cast<double>(pairs);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 3)
        return 2;
    char *end = nullptr;
    const long pairs = std::strtol(argv[1], &end, 10);
    if (*end != '\0' || pairs < 4)
        return 2;
    void *libc = dlopen("libc.so.6", RTLD_NOW | RTLD_NOLOAD);
    using Fn = int (*)(pthread_mutex_t *);
    const auto libcLock = reinterpret_cast<Fn>(dlsym(libc, "pthread_mutex_lock"));
    const auto libcUnlock = reinterpret_cast<Fn>(dlsym(libc, "pthread_mutex_unlock"));
    if (!libcLock || !libcUnlock)
        return 3;
    // Alternating halves, so that a slower phase of the machine falls on both alike.
    double called = 0;
    double direct = 0;
    for (int round = 0; round < 4; ++round) {
        called += nsPerPair(pairs / 4, pthread_mutex_lock, pthread_mutex_unlock);
        direct += nsPerPair(pairs / 4, libcLock, libcUnlock);
    }
    FILE *out = std::fopen(argv[2], "w");
    if (!out)
        return 4;
    std::fprintf(out, "%.3f %.3f\n", called / 4, direct / 4);
    std::fclose(out);
    return 0;
}
