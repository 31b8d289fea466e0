// The perf ring-buffer parser on hand-built buffers: switch records with their sample_id trailer,
// records that straddle the end of the ring, PERF_RECORD_LOST, unknown types and a bad header.
#include "sched/perf_record_parser.h"
#include "sched/proc_task_sampler.h"

#include <linux/perf_event.h>

#include <QTest>

#include <cstring>
#include <vector>

using namespace samtidig;

namespace {

// A ring of `size` bytes that records are written into at free-running positions, wrapping.
struct Ring {
    explicit Ring(std::size_t size)
        : bytes(size)
    { }
    std::vector<std::byte> bytes;
    std::uint64_t head = 0;

    void put(const void *src, std::size_t n)
    {
        const auto *p = static_cast<const std::byte *>(src);
        for (std::size_t i = 0; i < n; ++i)
            bytes[(head + i) % bytes.size()] = p[i];
        head += n;
    }
    void header(std::uint32_t type, std::uint16_t misc, std::uint16_t size)
    {
        perf_event_header h { type, misc, size };
        put(&h, sizeof h);
    }
    void sampleId(std::uint32_t pid, std::uint32_t tid, std::uint64_t time, std::uint32_t cpu)
    {
        const std::uint32_t res = 0;
        put(&pid, 4);
        put(&tid, 4);
        put(&time, 8);
        put(&cpu, 4);
        put(&res, 4);
    }
    void switchRecord(std::uint16_t misc, std::uint32_t tid, std::uint64_t time, std::uint32_t cpu)
    {
        header(PERF_RECORD_SWITCH, misc, sizeof(perf_event_header) + kPerfSampleIdSize);
        sampleId(100, tid, time, cpu);
    }
    void exitRecord(std::uint32_t tid, std::uint64_t time, std::uint32_t cpu)
    {
        header(PERF_RECORD_EXIT, 0, sizeof(perf_event_header) + 24 + kPerfSampleIdSize);
        const std::uint32_t pid = 100, ppid = 1, ptid = 1;
        put(&pid, 4);
        put(&ppid, 4);
        put(&tid, 4);
        put(&ptid, 4);
        put(&time, 8);
        sampleId(pid, tid, time, cpu);
    }
    void forkRecord(std::uint32_t pid, std::uint32_t ppid, std::uint32_t tid, std::uint32_t ptid,
                    std::uint64_t time)
    {
        header(PERF_RECORD_FORK, 0, sizeof(perf_event_header) + 24 + kPerfSampleIdSize);
        put(&pid, 4);
        put(&ppid, 4);
        put(&tid, 4);
        put(&ptid, 4);
        put(&time, 8);
        sampleId(ppid, ptid, time, 0);
    }
    void commRecord(std::uint32_t pid, std::uint32_t tid, const char *name, bool exec, std::uint64_t time)
    {
        char comm[16] = {}; // NUL-padded to a multiple of 8 bytes
        const std::size_t len = std::strlen(name);
        std::memcpy(comm, name, len);
        const std::size_t padded = len < 8 ? 8 : 16;
        header(PERF_RECORD_COMM, exec ? PERF_RECORD_MISC_COMM_EXEC : 0,
               static_cast<std::uint16_t>(sizeof(perf_event_header) + 8 + padded + kPerfSampleIdSize));
        put(&pid, 4);
        put(&tid, 4);
        put(comm, padded);
        sampleId(pid, tid, time, 0);
    }
    void lostRecord(std::uint64_t lost)
    {
        header(PERF_RECORD_LOST, 0, sizeof(perf_event_header) + 16 + kPerfSampleIdSize);
        const std::uint64_t id = 7;
        put(&id, 8);
        put(&lost, 8);
        sampleId(100, 100, 1, 0);
    }
};

} // namespace

class TstKernelSched : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decodesSwitchesInOrder()
    {
        Ring r(256);
        r.switchRecord(0, 101, 1000, 1);
        r.switchRecord(PERF_RECORD_MISC_SWITCH_OUT | PERF_RECORD_MISC_SWITCH_OUT_PREEMPT, 101, 2000, 1);
        r.switchRecord(PERF_RECORD_MISC_SWITCH_OUT, 102, 3000, 1);
        std::vector<PerfSwitch> out;
        PerfParseStats stats;
        QCOMPARE(parsePerfRecords(r.bytes, 0, r.head, out, stats), r.head);
        QCOMPARE(out.size(), 3u);
        QCOMPARE(out[0].tid, 101);
        QCOMPARE(out[0].pid, 100);
        QCOMPARE(out[0].timeNs, 1000u);
        QCOMPARE(out[0].cpu, 1u);
        QVERIFY(!out[0].out);
        QVERIFY(out[1].out && out[1].preempted);
        QVERIFY(out[2].out && !out[2].preempted); // blocked
        QCOMPARE(stats.switches, 3u);
    }

    // A thread's last switch-out is never recorded (its inherited event is gone by then); its exit
    // record ends the slice instead, as a switch-out that is neither preempted nor blocked.
    void exitEndsTheSlice()
    {
        Ring r(256);
        r.switchRecord(0, 103, 1000, 0);
        r.exitRecord(103, 1500, 0);
        r.header(PERF_RECORD_FORK, 0, sizeof(perf_event_header) + 24 + kPerfSampleIdSize); // skipped
        const std::byte body[24] {};
        r.put(body, sizeof body);
        r.sampleId(100, 103, 1600, 0);
        std::vector<PerfSwitch> out;
        PerfParseStats stats;
        QCOMPARE(parsePerfRecords(r.bytes, 0, r.head, out, stats), r.head);
        QCOMPARE(out.size(), 2u);
        QCOMPARE(out[1].tid, 103);
        QCOMPARE(out[1].pid, 100);
        QCOMPARE(out[1].timeNs, 1500u);
        QVERIFY(out[1].out && out[1].exited && !out[1].preempted);
        QVERIFY(!out[0].exited);
        QCOMPARE(stats.skipped, 1u);
        QCOMPARE(stats.malformed, 0u);
    }

    void forkAndCommRecordsNameThreads()
    {
        Ring r(256);
        r.forkRecord(200, 100, 201, 100, 900); // process 100 creates thread 201 of process 200
        r.commRecord(200, 201, "worker", false, 950);
        r.switchRecord(0, 201, 1000, 1);
        r.commRecord(200, 200, "python3.11", true, 1100); // 10 characters: two words of name
        std::vector<PerfSwitch> out;
        std::vector<PerfTaskRecord> tasks;
        PerfParseStats stats;
        QCOMPARE(parsePerfRecords(r.bytes, 0, r.head, out, stats, &tasks), r.head);
        QCOMPARE(out.size(), 1u);
        QCOMPARE(tasks.size(), 3u);
        QCOMPARE(tasks[0].kind, PerfTaskRecord::Kind::Fork);
        QCOMPARE(tasks[0].pid, 200);
        QCOMPARE(tasks[0].ppid, 100);
        QCOMPARE(tasks[0].tid, 201);
        QCOMPARE(tasks[0].ptid, 100);
        QCOMPARE(tasks[0].timeNs, 900u);
        QCOMPARE(tasks[1].kind, PerfTaskRecord::Kind::Comm);
        QCOMPARE(QByteArray(tasks[1].comm), QByteArray("worker"));
        QVERIFY(!tasks[1].exec);
        QCOMPARE(QByteArray(tasks[2].comm), QByteArray("python3.11"));
        QVERIFY(tasks[2].exec);
        QCOMPARE(tasks[2].timeNs, 1100u);
        QCOMPARE(stats.tasks, 3u);
        // Without a list for them, forks and names are skipped as before.
        out.clear();
        PerfParseStats without;
        parsePerfRecords(r.bytes, 0, r.head, out, without);
        QCOMPARE(without.skipped, 3u);
    }

    void recordStraddlingTheEnd_data()
    {
        QTest::addColumn<int>("start");
        // Header split, trailer split, split exactly at a record boundary.
        QTest::newRow("header split") << 124;
        QTest::newRow("trailer split") << 112;
        QTest::newRow("boundary") << 96;
    }
    void recordStraddlingTheEnd()
    {
        QFETCH(int, start);
        Ring r(128);
        r.head = static_cast<std::uint64_t>(start) + 128 * 5; // positions run freely past the size
        const std::uint64_t tail = r.head;
        r.switchRecord(0, 200, 5000, 0);
        r.switchRecord(PERF_RECORD_MISC_SWITCH_OUT, 200, 6000, 0);
        std::vector<PerfSwitch> out;
        PerfParseStats stats;
        QCOMPARE(parsePerfRecords(r.bytes, tail, r.head, out, stats), r.head);
        QCOMPARE(out.size(), 2u);
        QCOMPARE(out[0].tid, 200);
        QCOMPARE(out[0].timeNs, 5000u);
        QCOMPARE(out[1].timeNs, 6000u);
        QVERIFY(out[1].out);
    }

    void countsLostAndSkipsUnknown()
    {
        Ring r(512);
        r.switchRecord(0, 1, 10, 0);
        r.lostRecord(42);
        r.header(PERF_RECORD_COMM, 0, 40); // unknown to us: skipped by its size
        const std::byte junk[32] {};
        r.put(junk, sizeof junk);
        r.header(99, 0, 8); // a type no kernel has yet
        r.switchRecord(PERF_RECORD_MISC_SWITCH_OUT, 1, 20, 0);
        std::vector<PerfSwitch> out;
        PerfParseStats stats;
        QCOMPARE(parsePerfRecords(r.bytes, 0, r.head, out, stats), r.head);
        QCOMPARE(out.size(), 2u);
        QCOMPARE(out[1].timeNs, 20u);
        QCOMPARE(stats.lost, 42u);
        QCOMPARE(stats.skipped, 2u);
        QCOMPARE(stats.malformed, 0u);
    }

    void largeUnknownRecordAcrossTheEnd()
    {
        Ring r(256);
        r.head = 200;
        r.header(PERF_RECORD_MMAP2, 0, 120); // 120 bytes from 200: wraps, larger than we decode
        const std::byte junk[112] {};
        r.put(junk, sizeof junk);
        r.switchRecord(0, 5, 77, 1);
        std::vector<PerfSwitch> out;
        PerfParseStats stats;
        QCOMPARE(parsePerfRecords(r.bytes, 200, r.head, out, stats), r.head);
        QCOMPARE(out.size(), 1u);
        QCOMPARE(out[0].timeNs, 77u);
        QCOMPARE(stats.skipped, 1u);
    }

    void malformedHeaderStopsThePass()
    {
        Ring r(256);
        r.switchRecord(0, 1, 10, 0);
        r.header(PERF_RECORD_SWITCH, 0, 4); // smaller than a header: never written by a kernel
        r.switchRecord(0, 1, 30, 0);
        std::vector<PerfSwitch> out;
        PerfParseStats stats;
        QCOMPARE(parsePerfRecords(r.bytes, 0, r.head, out, stats), r.head); // everything consumed
        QCOMPARE(out.size(), 1u);
        QCOMPARE(stats.malformed, 1u);
    }

    void emptyAndPartialBuffers()
    {
        Ring r(128);
        std::vector<PerfSwitch> out;
        PerfParseStats stats;
        QCOMPARE(parsePerfRecords(r.bytes, 64, 64, out, stats), 64u);
        r.header(PERF_RECORD_SWITCH, 0, 32); // header published, rest not yet: cannot happen, but
        QCOMPARE(parsePerfRecords(r.bytes, 0, r.head, out, stats), r.head); // must not read past head
        QVERIFY(out.empty());
    }

    void parsesProcStat()
    {
        // The command name contains spaces and a `)`: fields are counted after the last one. Field 38
        // (exit_signal) is 17, field 39 (processor) is 1.
        QByteArray line
            = "4242 (we ird) name) R 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 "
              "26 27 28 29 30 31 32 33 34 17 1 0 0\n";
        const auto f
            = parseProcStat(std::string_view(line.constData(), static_cast<std::size_t>(line.size())));
        QVERIFY(f.has_value());
        QCOMPARE(f->state, 'R');
        QCOMPARE(f->processor, 1);
        QCOMPARE(f->ppid, 1);
        QCOMPARE(QByteArray(f->comm.data(), qsizetype(f->comm.size())), QByteArray("we ird) name"));
        QVERIFY(!parseProcStat("garbage").has_value());
    }
};

QTEST_GUILESS_MAIN(TstKernelSched)
#include "tst_kernelsched.moc"
