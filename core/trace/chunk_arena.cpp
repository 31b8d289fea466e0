#include "trace/chunk_arena.h"

#include <sys/mman.h>

#include <bit>
#include <cstdint>
#include <map>
#include <mutex>
#include <new>

#if defined(__SANITIZE_ADDRESS__)
#define SAMTIDIG_ARENA_USES_NEW 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SAMTIDIG_ARENA_USES_NEW 1
#endif
#endif

namespace samtidig::chunk_arena {

#ifndef SAMTIDIG_ARENA_USES_NEW
namespace {

constexpr std::size_t kChunksPerSlab = kSlabBytes / kChunkBytes;
static_assert(kChunksPerSlab == 128, "the slab's bitmap is two 64-bit words");

struct Slab {
    std::uint64_t used[2] = { 0, 0 };
    std::size_t usedCount = 0;
};

class Arena
{
public:
    Arena() = default;
    Arena(const Arena &) = delete;
    Arena &operator=(const Arena &) = delete;
    ~Arena() = default;

    void *allocate()
    {
        const std::lock_guard lock(m_mutex);
        auto it = m_slabs.find(m_hint);
        if (it == m_slabs.end() || it->second.usedCount == kChunksPerSlab) {
            it = m_slabs.begin();
            while (it != m_slabs.end() && it->second.usedCount == kChunksPerSlab)
                ++it;
            if (it == m_slabs.end()) {
                it = m_slabs.emplace(mapSlab(), Slab {}).first;
                ++m_emptySlabs; // counted like any slab with no chunk in use
            }
        }
        Slab &slab = it->second;
        const int word = slab.used[0] != ~std::uint64_t(0) ? 0 : 1;
        const int bit = std::countr_one(slab.used[word]);
        slab.used[word] |= std::uint64_t(1) << bit;
        if (slab.usedCount++ == 0)
            --m_emptySlabs;
        ++m_chunksInUse;
        m_hint = it->first;
        return reinterpret_cast<void *>(it->first
                                        + (static_cast<std::size_t>(word) * 64 + bit) * kChunkBytes);
    }

    void release(void *p) noexcept
    {
        const auto address = reinterpret_cast<std::uintptr_t>(p);
        const std::uintptr_t base = address & ~(std::uintptr_t(kSlabBytes) - 1);
        const std::size_t index = (address - base) / kChunkBytes;
        const std::lock_guard lock(m_mutex);
        const auto it = m_slabs.find(base);
        if (it == m_slabs.end())
            return; // not ours: cannot happen, but never unmap what we did not map
        Slab &slab = it->second;
        slab.used[index / 64] &= ~(std::uint64_t(1) << (index % 64));
        --m_chunksInUse;
        if (--slab.usedCount > 0)
            return;
        if (m_emptySlabs < kKeepEmptySlabs) {
            ++m_emptySlabs;
            return;
        }
        ::munmap(reinterpret_cast<void *>(base), kSlabBytes);
        if (m_hint == base)
            m_hint = 0;
        m_slabs.erase(it);
    }

    Stats stats()
    {
        const std::lock_guard lock(m_mutex);
        return Stats { m_slabs.size(), m_chunksInUse, m_emptySlabs };
    }

private:
    // A slab aligned to its size, so a chunk finds its slab by masking its address.
    static std::uintptr_t mapSlab()
    {
        void *raw
            = ::mmap(nullptr, 2 * kSlabBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (raw == MAP_FAILED)
            throw std::bad_alloc();
        const auto start = reinterpret_cast<std::uintptr_t>(raw);
        const std::uintptr_t base = (start + kSlabBytes - 1) & ~(std::uintptr_t(kSlabBytes) - 1);
        if (base > start)
            ::munmap(raw, base - start);
        if (const std::uintptr_t tail = start + 2 * kSlabBytes - (base + kSlabBytes); tail > 0)
            ::munmap(reinterpret_cast<void *>(base + kSlabBytes), tail);
        // A hint: where transparent huge pages are off, the slab simply faults in 4 kB pages.
        ::madvise(reinterpret_cast<void *>(base), kSlabBytes, MADV_HUGEPAGE);
        return base;
    }

    std::mutex m_mutex;
    std::map<std::uintptr_t, Slab> m_slabs; // by base address
    std::uintptr_t m_hint = 0; // the slab allocated from last
    std::size_t m_emptySlabs = 0; // slabs with no chunk in use
    std::size_t m_chunksInUse = 0;
};

Arena &arena()
{
    // Never destroyed: a static trace may give its chunks back after static destruction began.
    static Arena *const instance = new Arena;
    return *instance;
}

} // namespace
#endif

#ifdef SAMTIDIG_ARENA_USES_NEW
void *allocate()
{
    return ::operator new(kChunkBytes, std::align_val_t(64));
}
void release(void *p) noexcept
{
    ::operator delete(p, std::align_val_t(64));
}
Stats stats()
{
    return {};
}
#else
void *allocate()
{
    return arena().allocate();
}
void release(void *p) noexcept
{
    if (p)
        arena().release(p);
}
Stats stats()
{
    return arena().stats();
}
#endif

} // namespace samtidig::chunk_arena
