#pragma once
// An append-mostly sequence stored in fixed-size chunks, for the model's long columns (spans,
// instants, flows). Growing never copies what is there and never touches twice the memory, as a
// doubling std::vector does on every reallocation, and the unused tail is at most one chunk: a
// live trace of millions of events neither stalls on a big copy nor carries up to 50% headroom.
// The first chunk grows geometrically up to the chunk size, so small traces stay small.
// Random-access iterators with real references, so std::lower_bound and friends work as before.

#include "trace/assign_from_values.h"
#include "trace/chunk_arena.h"
#include "trace/index_iterator.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <new>
#include <type_traits>
#include <utility>
#include <vector>

namespace samtidig {

template<typename T>
class ChunkedVector : public AssignFromValues<ChunkedVector<T>, T>
{
    static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>,
                  "chunks are raw memory: elements are copied bytewise and never destroyed");
    static_assert(sizeof(T) <= chunk_arena::kChunkBytes, "an element must fit a chunk");
    static_assert(alignof(T) <= 64, "chunks are aligned to 64 bytes");

public:
    // Elements per chunk: as many as fit a 16 kB arena chunk (not rounded to a power of two, so a
    // 24-byte element wastes 16 bytes a chunk, not a quarter of it; the division is by a constant).
    static constexpr std::size_t kChunk = chunk_arena::kChunkBytes / sizeof(T);

    using iterator = IndexIterator<ChunkedVector, T &>;
    using const_iterator = IndexIterator<const ChunkedVector, const T &>;
    using value_type = T;
    using size_type = std::size_t;

    ChunkedVector() = default;
    ~ChunkedVector() { freeChunks(); }
    ChunkedVector(const ChunkedVector &) = delete;
    ChunkedVector &operator=(const ChunkedVector &) = delete;
    ChunkedVector(ChunkedVector &&other) noexcept
        : m_chunks(std::move(other.m_chunks))
        , m_size(std::exchange(other.m_size, 0))
        , m_capacity(std::exchange(other.m_capacity, 0))
        , m_tail(std::exchange(other.m_tail, nullptr))
        , m_tailEnd(std::exchange(other.m_tailEnd, nullptr))
    {
        other.m_chunks.clear();
    }
    ChunkedVector &operator=(ChunkedVector &&other) noexcept
    {
        if (this != &other) {
            freeChunks();
            m_chunks = std::move(other.m_chunks);
            other.m_chunks.clear();
            m_size = std::exchange(other.m_size, 0);
            m_capacity = std::exchange(other.m_capacity, 0);
            m_tail = std::exchange(other.m_tail, nullptr);
            m_tailEnd = std::exchange(other.m_tailEnd, nullptr);
        }
        return *this;
    }
    ChunkedVector(std::initializer_list<T> values) { this->assign(values.begin(), values.end()); }
    explicit ChunkedVector(const std::vector<T> &values) { this->assign(values.begin(), values.end()); }
    using AssignFromValues<ChunkedVector, T>::operator=;

    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    T &operator[](std::size_t i) { return m_chunks[i / kChunk][i % kChunk]; }
    const T &operator[](std::size_t i) const { return m_chunks[i / kChunk][i % kChunk]; }
    T &front() { return (*this)[0]; }
    const T &front() const { return (*this)[0]; }
    T &back() { return (*this)[m_size - 1]; }
    const T &back() const { return (*this)[m_size - 1]; }

    iterator begin() { return iterator(this, 0); }
    iterator end() { return iterator(this, m_size); }
    const_iterator begin() const { return const_iterator(this, 0); }
    const_iterator end() const { return const_iterator(this, m_size); }
    const_iterator cbegin() const { return begin(); }
    const_iterator cend() const { return end(); }

    void push_back(const T &value) { extend() = value; }
    // Appends a slot and returns it, its bytes unset: the caller fills in every field. Hot
    // appenders write a record's fields straight into the chunk this way; building the record on
    // the stack and copying it makes the CPU read back narrow stores as one wide load, which
    // cannot be forwarded and stalls (this was a third of the instant append's time).
    T &extend()
    {
        if (m_tail == m_tailEnd) [[unlikely]] {
            if (m_size == m_capacity)
                grow();
            syncTail();
        }
        ++m_size;
        return *m_tail++;
    }

    // Inserts before `pos` (shifts the tail like std::vector::insert; meant for late arrivals).
    iterator insert(const_iterator pos, const T &value)
    {
        const std::size_t at = pos.index();
        push_back(value);
        std::rotate(begin() + static_cast<std::ptrdiff_t>(at), end() - 1, end());
        return begin() + static_cast<std::ptrdiff_t>(at);
    }
    iterator erase(const_iterator pos)
    {
        const std::size_t at = pos.index();
        std::move(begin() + static_cast<std::ptrdiff_t>(at) + 1, end(),
                  begin() + static_cast<std::ptrdiff_t>(at));
        truncate(m_size - 1);
        return begin() + static_cast<std::ptrdiff_t>(at);
    }
    template<typename Pred>
    std::size_t eraseIf(Pred pred)
    {
        const auto kept = static_cast<std::size_t>(std::remove_if(begin(), end(), pred) - begin());
        const std::size_t removed = m_size - kept;
        truncate(kept);
        return removed;
    }
    void pop_back() { truncate(m_size - 1); }
    void clear()
    {
        freeChunks();
        m_size = 0;
        m_capacity = 0;
        syncTail();
    }
    void reserve(std::size_t) { } // chunks are allocated as needed; nothing to gain up front

    std::size_t capacity() const { return m_capacity; }
    std::size_t memoryBytes() const // whole arena chunks, padding included
    {
        const std::size_t data
            = isSmall() ? m_capacity * sizeof(T) : m_chunks.size() * chunk_arena::kChunkBytes;
        return data + m_chunks.capacity() * sizeof(T *);
    }

private:
    // A lone first chunk smaller than kChunk comes from operator new; every full chunk from the arena.
    bool isSmall() const { return m_chunks.size() == 1 && m_capacity < kChunk; }
    static T *newSmall(std::size_t n)
    {
        return static_cast<T *>(::operator new(n * sizeof(T), std::align_val_t(alignof(T))));
    }
    static void deleteSmall(T *p) { ::operator delete(p, std::align_val_t(alignof(T))); }
    void freeChunks() noexcept
    {
        if (isSmall())
            deleteSmall(m_chunks[0]);
        else
            for (T *chunk : m_chunks)
                chunk_arena::release(chunk);
        m_chunks.clear();
    }
    void grow()
    {
        if (m_chunks.empty()) {
            const std::size_t n = std::min<std::size_t>(16, kChunk);
            m_chunks.push_back(n == kChunk ? static_cast<T *>(chunk_arena::allocate()) : newSmall(n));
            m_capacity = n;
            return;
        }
        if (isSmall()) {
            // The first chunk grows like a vector until it is a whole chunk.
            const std::size_t n = std::min(kChunk, 2 * m_capacity);
            T *bigger = n == kChunk ? static_cast<T *>(chunk_arena::allocate()) : newSmall(n);
            std::copy(m_chunks[0], m_chunks[0] + m_size, bigger);
            deleteSmall(m_chunks[0]);
            m_chunks[0] = bigger;
            m_capacity = n;
            return;
        }
        m_chunks.reserve(m_chunks.size() + 1);
        m_chunks.push_back(static_cast<T *>(chunk_arena::allocate()));
        m_capacity += kChunk;
    }
    void truncate(std::size_t n)
    {
        // Whole chunks only: the first one keeps its capacity.
        const std::size_t keep
            = std::max<std::size_t>((n + kChunk - 1) / kChunk, std::min<std::size_t>(1, m_chunks.size()));
        if (keep < m_chunks.size()) {
            for (std::size_t i = keep; i < m_chunks.size(); ++i)
                chunk_arena::release(m_chunks[i]);
            m_chunks.resize(keep);
            m_capacity = keep * kChunk;
        }
        m_size = n;
        syncTail();
    }
    // Points the append cursor at slot m_size and the end of its chunk (none when full).
    void syncTail()
    {
        if (m_size == m_capacity) {
            m_tail = m_tailEnd = nullptr;
            return;
        }
        T *chunk = m_chunks[m_size / kChunk];
        m_tail = chunk + m_size % kChunk;
        m_tailEnd = chunk + std::min(kChunk, m_capacity);
    }

    // Every chunk but the last is full; all hold kChunk elements except a lone first chunk.
    std::vector<T *> m_chunks;
    std::size_t m_size = 0;
    std::size_t m_capacity = 0;
    T *m_tail = nullptr; // where push_back writes: slot m_size, while its chunk has room
    T *m_tailEnd = nullptr; // end of that chunk
};

} // namespace samtidig
