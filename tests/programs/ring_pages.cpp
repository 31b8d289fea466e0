// A program that records a few lock records (one semaphore wait that has to block), then writes to
// OUTFILE how many pages of the recording's rings (the shared region from its header's
// eventsOffset on) are mapped in its own page table ("PAGES", from /proc/self/pagemap), 0 if it
// has no region. The header's layout is the one thing it knows of Samtidig. Recorded, the preload library
// maps its ring's pages ahead of the records in one system call instead of a page fault each.
// With LOCKS, it first takes that many distinct mutexes once each, uncontended: one record each
// (the library names every lock the first time it is taken), however the threads are scheduled.
// Usage: ring_pages OUTFILE [LOCKS (at most 1024)]
#include "record/region_layout.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <pthread.h>
#include <semaphore.h>
#include <unistd.h>

namespace {

sem_t g_ready;
pthread_mutex_t g_locks[1024];

void *postLater(void *)
{
    usleep(50'000);
    sem_post(&g_ready);
    return nullptr;
}

// Pages of the rings in the mapping whose name contains "memfd:samtidig" that are present in this
// process (the header's pages are mapped around the library's reads of it, not counted).
long regionPagesPresent()
{
    FILE *maps = std::fopen("/proc/self/maps", "r");
    const int pagemap = open("/proc/self/pagemap", O_RDONLY | O_CLOEXEC);
    if (!maps || pagemap < 0)
        return -1;
    long present = 0;
    char line[512];
    while (std::fgets(line, sizeof line, maps)) {
        if (!std::strstr(line, "memfd:samtidig"))
            continue;
        unsigned long from = 0;
        unsigned long to = 0;
        if (std::sscanf(line, "%lx-%lx", &from, &to) != 2)
            continue;
        const long page = sysconf(_SC_PAGESIZE);
        std::uint64_t eventsOffset = 0;
        std::memcpy(&eventsOffset,
                    reinterpret_cast<const char *>(from) + offsetof(samtidig::RegionHeader, eventsOffset),
                    sizeof eventsOffset);
        for (unsigned long a = from + eventsOffset; a < to; a += static_cast<unsigned long>(page)) {
            std::uint64_t entry = 0;
            const off_t at = static_cast<off_t>(a / static_cast<unsigned long>(page) * sizeof entry);
            if (pread(pagemap, &entry, sizeof entry, at) == static_cast<ssize_t>(sizeof entry)
                && (entry >> 63) != 0)
                ++present;
        }
    }
    std::fclose(maps);
    close(pagemap);
    return present;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2 && argc != 3)
        return 2;
    const long locks = argc == 3 ? std::strtol(argv[2], nullptr, 10) : 0;
    if (locks < 0 || locks > 1024)
        return 2;
    for (long i = 0; i < locks; ++i) {
        pthread_mutex_init(&g_locks[i], nullptr);
        pthread_mutex_lock(&g_locks[i]);
        pthread_mutex_unlock(&g_locks[i]);
    }
    sem_init(&g_ready, 0, 0);
    pthread_t poster;
    pthread_create(&poster, nullptr, postLater, nullptr);
    sem_wait(&g_ready); // blocks: a request and an acquisition recorded
    pthread_join(poster, nullptr);
    const long pages = regionPagesPresent();
    FILE *f = std::fopen(argv[1], "w");
    if (!f)
        return 1;
    std::fprintf(f, "%ld\n", pages);
    std::fclose(f);
    return pages >= 0 ? 0 : 1;
}
