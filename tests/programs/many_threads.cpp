// A test workload for recording a user's program: starts N threads at once, each sleeping a little
// and spinning a little, then joins them. Usage: many_threads N
#include <chrono>
#include <cstdlib>
#include <thread>
#include <vector>

int main(int argc, char **argv)
{
    const int n = argc > 1 ? std::atoi(argv[1]) : 4;
    std::vector<std::thread> threads;
    threads.reserve(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        threads.emplace_back([] {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            volatile unsigned x = 0;
            for (unsigned k = 0; k < 20000; ++k)
                x = x + k;
        });
    for (std::thread &t : threads)
        t.join();
    return 0;
}
