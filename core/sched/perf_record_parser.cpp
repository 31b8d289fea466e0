#include "sched/perf_record_parser.h"

#include <linux/perf_event.h>

#include <algorithm>
#include <array>
#include <cstring>

namespace samtidig {

namespace {

// Switch, lost, exit, fork and comm records are 32 to 56 bytes; anything larger that straddles the end is an
// unknown type we only skip, so its bytes are never needed in one piece.
constexpr std::size_t kMaxDecodedRecord = 64;

// Copies `n` bytes at ring position `pos` into `dst`, in two pieces when they straddle the end.
void copyFromRing(std::span<const std::byte> data, std::uint64_t pos, void *dst, std::size_t n)
{
    const std::size_t size = data.size();
    const std::size_t at = static_cast<std::size_t>(pos & (size - 1));
    const std::size_t first = std::min(n, size - at);
    std::memcpy(dst, data.data() + at, first);
    std::memcpy(static_cast<std::byte *>(dst) + first, data.data(), n - first);
}

template<typename T>
T readAt(const std::byte *p)
{
    T v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

} // namespace

std::uint64_t parsePerfRecords(std::span<const std::byte> data, std::uint64_t tail, std::uint64_t head,
                               std::vector<PerfSwitch> &out, PerfParseStats &stats,
                               std::vector<PerfTaskRecord> *tasks)
{
    if (data.empty() || (data.size() & (data.size() - 1)) != 0 || head <= tail)
        return std::max(tail, head);
    if (head - tail > data.size()) {
        // Cannot happen with a writable mapping (the kernel drops instead of overwriting).
        ++stats.malformed;
        return head;
    }
    std::array<std::byte, kMaxDecodedRecord> record {};
    while (head - tail >= sizeof(perf_event_header)) {
        perf_event_header h;
        copyFromRing(data, tail, &h, sizeof h);
        if (h.size < sizeof h || h.size > head - tail) {
            ++stats.malformed;
            return head;
        }
        const bool decoded = h.type == PERF_RECORD_SWITCH || h.type == PERF_RECORD_LOST
            || h.type == PERF_RECORD_EXIT
            || ((h.type == PERF_RECORD_FORK || h.type == PERF_RECORD_COMM) && tasks);
        if (!decoded || h.size > record.size()) {
            ++stats.skipped;
            tail += h.size;
            continue;
        }
        copyFromRing(data, tail, record.data(), h.size);
        tail += h.size;
        if (h.type == PERF_RECORD_LOST) {
            // {header; u64 id; u64 lost; sample_id}
            if (h.size < sizeof h + 16) {
                ++stats.malformed;
                continue;
            }
            stats.lost += readAt<std::uint64_t>(record.data() + sizeof h + 8);
            continue;
        }
        if (h.type == PERF_RECORD_FORK || h.type == PERF_RECORD_COMM) {
            // Fork: {header; u32 pid, ppid, tid, ptid; u64 time; sample_id}.
            // Comm: {header; u32 pid, tid; char comm[] (NUL-padded to 8 bytes); sample_id}.
            const std::size_t minBody = h.type == PERF_RECORD_FORK ? 24 : 16;
            if (h.size < sizeof h + minBody + kPerfSampleIdSize) {
                ++stats.malformed;
                continue;
            }
            const std::byte *body = record.data() + sizeof h;
            const std::byte *id = record.data() + h.size - kPerfSampleIdSize;
            PerfTaskRecord t;
            t.timeNs = readAt<std::uint64_t>(id + 8);
            t.pid = readAt<std::int32_t>(body);
            if (h.type == PERF_RECORD_FORK) {
                t.kind = PerfTaskRecord::Kind::Fork;
                t.ppid = readAt<std::int32_t>(body + 4);
                t.tid = readAt<std::int32_t>(body + 8);
                t.ptid = readAt<std::int32_t>(body + 12);
            } else {
                t.kind = PerfTaskRecord::Kind::Comm;
                t.exec = (h.misc & PERF_RECORD_MISC_COMM_EXEC) != 0;
                t.tid = readAt<std::int32_t>(body + 4);
                const std::size_t room = h.size - sizeof h - 8 - kPerfSampleIdSize;
                std::memcpy(t.comm, body + 8, std::min(room, sizeof t.comm - 1));
            }
            tasks->push_back(t);
            ++stats.tasks;
            continue;
        }
        // Switch: {header; sample_id}. Exit: {header; u32 pid, ppid, tid, ptid; u64 time; sample_id}.
        // The trailer sits at the end of every non-sample record.
        const std::size_t body = h.type == PERF_RECORD_EXIT ? 24 : 0;
        if (h.size < sizeof h + body + kPerfSampleIdSize) {
            ++stats.malformed;
            continue;
        }
        const std::byte *id = record.data() + h.size - kPerfSampleIdSize;
        PerfSwitch s;
        s.pid = readAt<std::int32_t>(id);
        s.tid = readAt<std::int32_t>(id + 4);
        s.timeNs = readAt<std::uint64_t>(id + 8);
        s.cpu = readAt<std::uint32_t>(id + 16);
        if (h.type == PERF_RECORD_EXIT) {
            // The exiting thread is named in the body (the trailer names the current task, the same
            // one here, but the body is what the record is about).
            s.pid = readAt<std::int32_t>(record.data() + sizeof h);
            s.tid = readAt<std::int32_t>(record.data() + sizeof h + 8);
            s.out = true;
            s.exited = true;
        } else {
            s.out = (h.misc & PERF_RECORD_MISC_SWITCH_OUT) != 0;
            s.preempted = s.out && (h.misc & PERF_RECORD_MISC_SWITCH_OUT_PREEMPT) != 0;
        }
        out.push_back(s);
        ++stats.switches;
    }
    return tail;
}

} // namespace samtidig
