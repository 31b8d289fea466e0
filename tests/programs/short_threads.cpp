// A test workload: creates and joins N short-lived threads, one after another.
// Usage: short_threads N
#include <cstdlib>
#include <thread>

int main(int argc, char **argv)
{
    const int n = argc > 1 ? std::atoi(argv[1]) : 100;
    for (int i = 0; i < n; ++i)
        std::thread([] {}).join();
    return 0;
}
