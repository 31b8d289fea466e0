// A process and its forked child each make one wait for the same mutex, in their own copy of it:
// "holder" keeps it 200 ms while "waiter" asks for it. The child (no exec) records into a ring of
// its own; its copy of the mutex is another lock at the same address.
#include <atomic>
#include <pthread.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

pthread_mutex_t g_mutex = PTHREAD_MUTEX_INITIALIZER;
std::atomic<bool> g_held { false };

void *holder(void *)
{
    pthread_setname_np(pthread_self(), "holder");
    pthread_mutex_lock(&g_mutex);
    g_held = true;
    usleep(200'000);
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

void oneWait()
{
    g_held = false;
    pthread_t a;
    pthread_t b;
    pthread_create(&a, nullptr, holder, nullptr);
    pthread_create(&b, nullptr, waiter, nullptr);
    pthread_join(a, nullptr);
    pthread_join(b, nullptr);
}

} // namespace

int main()
{
    pthread_mutex_lock(&g_mutex); // the parent has used the library before it forks
    pthread_mutex_unlock(&g_mutex);
    const pid_t child = fork();
    if (child == 0) {
        oneWait();
        _exit(0);
    }
    int status = 0;
    waitpid(child, &status, 0);
    oneWait();
    return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : 1;
}
