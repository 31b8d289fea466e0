// requestShortSlice: the drain thread's request for short time slices keeps the thread's policy and
// nice value, and where the kernel has custom slices (Linux 6.12 and later) it reports the slice
// asked for (clamped to its 0.1–100 ms). Threads it creates afterwards inherit it.
#include "sched/short_slice.h"

#include <QTest>

#include <sched.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <unistd.h>

#include <cstdio>
#include <thread>

using namespace samtidig;

namespace {

// Linux 6.12 added sched_attr::sched_runtime as a slice request for normal threads.
bool kernelHasCustomSlices()
{
    utsname u {};
    int major = 0;
    int minor = 0;
    if (uname(&u) != 0 || std::sscanf(u.release, "%d.%d", &major, &minor) != 2)
        return false;
    return major > 6 || (major == 6 && minor >= 12);
}

int threadNice()
{
    return getpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)));
}

} // namespace

class TstShortSlice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsPolicyAndNiceAndSetsTheSlice()
    {
        ThreadSchedAttr before;
        ThreadSchedAttr after;
        ThreadSchedAttr child;
        bool requested = false;
        int niceAfter = 0;
        std::thread t([&] {
            // A nice value of our own (raising it needs no privilege): the request must keep it.
            setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), 3);
            currentSchedAttr(&before);
            requested = requestShortSlice(250'000);
            currentSchedAttr(&after);
            niceAfter = threadNice();
            std::thread([&] { currentSchedAttr(&child); }).join();
        });
        t.join();
        QVERIFY(requested);
        QCOMPARE(before.nice, 3);
        QCOMPARE(after.nice, 3);
        QCOMPARE(niceAfter, 3);
        QCOMPARE(after.policy, std::uint32_t(SCHED_OTHER));
        if (kernelHasCustomSlices()) {
            QCOMPARE(after.sliceNs, std::uint64_t(250'000));
            QCOMPARE(child.sliceNs, std::uint64_t(250'000));
        } else {
            QCOMPARE(after.sliceNs, before.sliceNs); // taken and ignored
        }
    }

    void clampedToWhatTheKernelAllows()
    {
        ThreadSchedAttr before;
        ThreadSchedAttr after;
        bool requested = false;
        std::thread([&] {
            currentSchedAttr(&before);
            requested = requestShortSlice(1'000); // below the 0.1 ms the kernel allows
            currentSchedAttr(&after);
        }).join();
        QVERIFY(requested);
        QCOMPARE(after.sliceNs, kernelHasCustomSlices() ? std::uint64_t(100'000) : before.sliceNs);
    }
};

QTEST_GUILESS_MAIN(TstShortSlice)
#include "tst_shortslice.moc"
