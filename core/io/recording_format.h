#pragma once
// Layout constants of the .samtidig format shared by its writer and reader (not public API).

#include <QByteArrayView>
#include <QString>

#include <cstdint>

namespace samtidig {

class Trace;
struct RunDescription;

namespace recording {

//   header (36 bytes): magic "SAMTIDIG", u32 version, u32 flags, u64 stored data size,
//                      u64 data size after decompression, u32 CRC-32 of the stored data
//   data: sections in a fixed order, each  u8 tag, varint length, payload
// Version 2 added the ProgramOutput section (u8 flags, bit 0: capped; then the bytes) after
// Analysis; version 1 files end after Analysis and open with no output.
// Times within a span list are delta-encoded varints (start from the previous start, then the
// duration), so a span costs 4 to 8 bytes before compression.
inline constexpr char kMagic[8] = { 'S', 'A', 'M', 'T', 'I', 'D', 'I', 'G' };
inline constexpr std::uint32_t kVersion = 2;
inline constexpr std::uint32_t kOldestReadableVersion = 1;
inline constexpr std::uint32_t kFlagZlib = 1;
inline constexpr qsizetype kHeaderSize = 36;

enum class Section : std::uint8_t {
    Description = 1, // UTF-8 JSON
    Tasks,
    Names,
    TaskLanes,
    CpuLanes,
    Instants,
    Flows,
    Phases,
    OpenSpans,
    Analysis,
    ProgramOutput, // version 2 on
    End_
};

// Limits on what a file may ask us to allocate; far beyond any real run, far below a denial.
inline constexpr std::uint64_t kMaxDataBytes = 2ull << 30; // uncompressed data
inline constexpr std::uint64_t kMaxCompressionRatio = 1100; // deflate cannot exceed ~1032:1
inline constexpr std::uint32_t kMaxLaneTaskId = (1u << 20) - 1; // taskLaneIndex is a vector by id
inline constexpr int kMaxCpus = 4096;
inline constexpr std::uint64_t kMaxTasks = 1u << 20;
inline constexpr std::uint64_t kMaxNames = 1u << 20;
inline constexpr std::uint8_t kOutputCapped = 1; // ProgramOutput's flags
inline constexpr std::uint32_t kMaxSteppedThread = 64; // step mode numbers threads 1 to 64

// Parses the data part (after the header, decompressed) of a file of format `version`. `base` is
// its offset for messages, or -1 when the data was compressed (offsets then count uncompressed
// bytes). Fills `out` only on success.
bool parseRecordingData(QByteArrayView data, qsizetype base, Trace *out, QString *error,
                        std::uint32_t version = kVersion);
// The run description section (JSON) into t's description fields and counters.
bool parseRunDescription(QByteArrayView json, RunDescription &t, QString *error);

} // namespace recording
} // namespace samtidig
