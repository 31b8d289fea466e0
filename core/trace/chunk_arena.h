#pragma once
// Where the trace model's column chunks live: 16 kB chunks carved from 2 MB slabs that the kernel
// may back with one huge page each (MADV_HUGEPAGE), shared by every trace of the process (why: the
// README's Architecture, "Decisions"). A slab whose chunks are all free is unmapped, except for a
// few kept for the next run (kKeepEmptySlabs). Under AddressSanitizer chunks come from operator
// new, so ASan still sees every chunk's bounds.

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
