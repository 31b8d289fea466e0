#pragma once
// An append-mostly sequence stored in fixed-size chunks, for the model's long columns (spans,
// instants, flows). Growing never copies what is there and never touches twice the memory, as a
// doubling std::vector does on every reallocation, and the unused tail is at most one chunk: a
// live trace of millions of events neither stalls on a big copy nor carries up to 50% headroom.
// The first chunk grows geometrically up to the chunk size, so small traces stay small.
// Random-access iterators with real references, so std::lower_bound and friends work as before.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <memory>
#include <type_traits>
#include <vector>

namespace samtidig {

template<typename T>
class ChunkedVector
{
    static constexpr std::size_t kChunkBytes = 16 * 1024;
    static constexpr std::size_t shiftFor(std::size_t bytes)
    {
        std::size_t s = 0;
        while ((std::size_t(2) << s) * bytes <= kChunkBytes)
            ++s;
        return s;
    }

public:
    static constexpr std::size_t kShift = shiftFor(sizeof(T)); // chunk = largest 2^k elements <= 16 kB
    static constexpr std::size_t kChunk = std::size_t(1) << kShift;
    static constexpr std::size_t kMask = kChunk - 1;

    template<bool Const>
    class Iter
    {
    public:
        using iterator_category = std::random_access_iterator_tag;
        using iterator_concept = std::random_access_iterator_tag;
        using value_type = T;
        using difference_type = std::ptrdiff_t;
        using Owner = std::conditional_t<Const, const ChunkedVector, ChunkedVector>;
        using reference = std::conditional_t<Const, const T &, T &>;
        using pointer = std::conditional_t<Const, const T *, T *>;

        Iter() = default;
        Iter(Owner *owner, std::size_t i)
            : m_owner(owner)
            , m_i(i)
        { }
        // iterator -> const_iterator, implicit as for the standard containers.
        template<bool OtherConst>
        requires(Const && !OtherConst)
            Iter(const Iter<OtherConst> &other) // NOLINT(google-explicit-constructor)
            : m_owner(other.m_owner)
            , m_i(other.m_i)
        { }

        reference operator*() const { return (*m_owner)[m_i]; }
        pointer operator->() const { return &(*m_owner)[m_i]; }
        reference operator[](difference_type n) const
        {
            return (*m_owner)[m_i + static_cast<std::size_t>(n)];
        }
        Iter &operator++()
        {
            ++m_i;
            return *this;
        }
        Iter operator++(int)
        {
            Iter old = *this;
            ++m_i;
            return old;
        }
        Iter &operator--()
        {
            --m_i;
            return *this;
        }
        Iter operator--(int)
        {
            Iter old = *this;
            --m_i;
            return old;
        }
        Iter &operator+=(difference_type n)
        {
            m_i = static_cast<std::size_t>(static_cast<difference_type>(m_i) + n);
            return *this;
        }
        Iter &operator-=(difference_type n) { return *this += -n; }
        friend Iter operator+(Iter it, difference_type n) { return it += n; }
        friend Iter operator+(difference_type n, Iter it) { return it += n; }
        friend Iter operator-(Iter it, difference_type n) { return it -= n; }
        friend difference_type operator-(const Iter &a, const Iter &b)
        {
            return static_cast<difference_type>(a.m_i) - static_cast<difference_type>(b.m_i);
        }
        friend bool operator==(const Iter &a, const Iter &b) { return a.m_i == b.m_i; }
        friend auto operator<=>(const Iter &a, const Iter &b) { return a.m_i <=> b.m_i; }
        std::size_t index() const { return m_i; }

    private:
        friend class Iter<!Const>;
        Owner *m_owner = nullptr;
        std::size_t m_i = 0;
    };
    using iterator = Iter<false>;
    using const_iterator = Iter<true>;
    using value_type = T;
    using size_type = std::size_t;

    ChunkedVector() = default;
    ChunkedVector(std::initializer_list<T> values) { assign(values.begin(), values.end()); }
    explicit ChunkedVector(const std::vector<T> &values) { assign(values.begin(), values.end()); }
    ChunkedVector &operator=(std::initializer_list<T> values)
    {
        assign(values.begin(), values.end());
        return *this;
    }
    ChunkedVector &operator=(const std::vector<T> &values)
    {
        assign(values.begin(), values.end());
        return *this;
    }

    template<typename It>
    void assign(It first, It last)
    {
        clear();
        for (; first != last; ++first)
            push_back(*first);
    }

    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    T &operator[](std::size_t i) { return m_chunks[i >> kShift][i & kMask]; }
    const T &operator[](std::size_t i) const { return m_chunks[i >> kShift][i & kMask]; }
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

    void push_back(const T &value)
    {
        if (m_size == m_capacity) [[unlikely]]
            grow();
        (*this)[m_size] = value;
        ++m_size;
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
        m_chunks.clear();
        m_size = 0;
        m_capacity = 0;
    }
    void reserve(std::size_t) { } // chunks are allocated as needed; nothing to gain up front

    std::size_t capacity() const { return m_capacity; }
    std::size_t memoryBytes() const
    {
        return m_capacity * sizeof(T) + m_chunks.capacity() * sizeof(std::unique_ptr<T[]>);
    }

private:
    void grow()
    {
        if (m_chunks.size() == 1 && m_capacity < kChunk) {
            // The first chunk grows like a vector until it is a whole chunk.
            const std::size_t n = std::min(kChunk, 2 * m_capacity);
            auto bigger = std::make_unique_for_overwrite<T[]>(n);
            std::copy(m_chunks[0].get(), m_chunks[0].get() + m_size, bigger.get());
            m_chunks[0] = std::move(bigger);
            m_capacity = n;
            return;
        }
        const std::size_t n = m_chunks.empty() ? std::min<std::size_t>(16, kChunk) : kChunk;
        m_chunks.push_back(std::make_unique_for_overwrite<T[]>(n));
        m_capacity += n;
    }
    void truncate(std::size_t n)
    {
        const std::size_t keep
            = std::max<std::size_t>((n + kMask) >> kShift, std::min<std::size_t>(1, m_chunks.size()));
        if (keep < m_chunks.size()) {
            m_chunks.resize(keep); // whole chunks only: the first one keeps its capacity
            m_capacity = keep * kChunk;
        }
        m_size = n;
    }

    // Every chunk but the last is full; all hold kChunk elements except a lone first chunk.
    std::vector<std::unique_ptr<T[]>> m_chunks;
    std::size_t m_size = 0;
    std::size_t m_capacity = 0;
};

} // namespace samtidig
