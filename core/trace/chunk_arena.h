#pragma once
// Where the trace model's column chunks live: 16 kB chunks carved from 2 MB slabs that the kernel
// may back with one huge page each (MADV_HUGEPAGE), shared by every trace of the process.
//
// Why: a live run's model grows by tens of MB per second at high event rates. Fresh 4 kB pages
// cost one page fault each on first touch, and on a virtual machine a fault costs microseconds:
// a third of the ingest time went to faults and to malloc growing and trimming its heap. A 2 MB
// slab faults in at most once (or 512 times where huge pages are off, as before), and chunks a
// closed trace gives back are handed to the next one without going back to the kernel.
//
// Memory stays bounded: a slab whose chunks are all free is unmapped, except for a few kept for
// the next run (kKeepEmptySlabs). Under AddressSanitizer chunks come from operator new, so ASan
// still sees every chunk's bounds.

#include <cstddef>

namespace samtidig::chunk_arena {

inline constexpr std::size_t kChunkBytes = 16 * 1024;
inline constexpr std::size_t kSlabBytes = 2 * 1024 * 1024;
inline constexpr std::size_t kKeepEmptySlabs = 16; // 32 MB kept for the next run at most

// A chunk of kChunkBytes, aligned to 64 bytes. Thread-safe. Never returns null (throws
// std::bad_alloc when the kernel refuses memory, like operator new).
void *allocate();
// Gives back a chunk allocate() returned. Thread-safe; p may be null.
void release(void *p) noexcept;

struct Stats {
    std::size_t slabs = 0; // mapped now
    std::size_t chunksInUse = 0; // handed out and not released
    std::size_t emptySlabs = 0; // mapped, every chunk free
};
Stats stats();

} // namespace samtidig::chunk_arena
