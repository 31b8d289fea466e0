#pragma once
// Point events of a trace (reads, writes, markers, timeouts ...) and the list that keeps them in
// time order. An Instant carries two 64-bit arguments, but nearly every one fits 32 bits (ids,
// counter values, pids, ns waited), so the list stores 24 bytes an instant, not 32: arguments that
// do not fit (a negative exit status, a stall of over 4 s, a huge counter) go to a side table and
// the record holds their index there. Reading returns whole Instant values.

#include "trace/assign_from_values.h"
#include "trace/chunked_vector.h"
#include "trace/index_iterator.h"

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <vector>

namespace samtidig {

enum class InstantKind : std::uint8_t {
    LockTimedOut = 0, // a = lock id, b = ns waited
    VarRead, // a = variable id, b = value
    VarWrite, // a = variable id, b = value
    Marker, // a = marker name id, b = argument
    Fork, // a = child task id, b = child pid
    Exit, // a = status
    LostUpdate, // a = variable id, b = index into analysis.lostUpdates
    Stall, // a = ns stalled
    CondNotify, // a = condition id, b = 1 for notify_all
    Count_
};

struct Instant {
    std::int64_t timeNs = 0;
    std::uint32_t task = 0;
    InstantKind kind = InstantKind::Marker;
    std::uint64_t a = 0;
    std::uint64_t b = 0;
};

class InstantList : public AssignFromValues<InstantList, Instant>
{
    struct Packed {
        std::int64_t timeNs;
        std::uint32_t task;
        std::uint32_t a; // the value, or its index in m_wide when kWideA is set
        std::uint32_t b;
        std::uint8_t kind;
        std::uint8_t wide; // kWideA | kWideB
    };
    static_assert(sizeof(Packed) == 24);
    static constexpr std::uint8_t kWideA = 1;
    static constexpr std::uint8_t kWideB = 2;

public:
    // Random access by index; dereferencing yields an Instant value (see IndexIterator).
    using const_iterator = IndexIterator<const InstantList, Instant>;
    using iterator = const_iterator;
    using value_type = Instant;
    using size_type = std::size_t;

    InstantList() = default;
    InstantList(std::initializer_list<Instant> values) { assign(values.begin(), values.end()); }
    using AssignFromValues::operator=;

    std::size_t size() const { return m_items.size(); }
    bool empty() const { return m_items.empty(); }
    Instant operator[](std::size_t i) const { return unpack(m_items[i]); }
    std::int64_t timeNs(std::size_t i) const { return m_items[i].timeNs; }
    Instant front() const { return (*this)[0]; }
    Instant back() const { return (*this)[size() - 1]; }
    const_iterator begin() const { return const_iterator(this, 0); }
    const_iterator end() const { return const_iterator(this, size()); }

    void push_back(const Instant &in) { append(in.timeNs, in.task, in.kind, in.a, in.b); }
    void append(std::int64_t timeNs, std::uint32_t task, InstantKind kind, std::uint64_t a, std::uint64_t b)
    {
        std::uint8_t wide = 0;
        const std::uint32_t narrowA = narrow(a, kWideA, wide);
        const std::uint32_t narrowB = narrow(b, kWideB, wide);
        Packed &p = m_items.extend(); // field by field: see ChunkedVector::extend
        p.timeNs = timeNs;
        p.task = task;
        p.a = narrowA;
        p.b = narrowB;
        p.kind = static_cast<std::uint8_t>(kind);
        p.wide = wide;
    }
    // Inserts before `pos` (shifts the tail: meant for the few instants that arrive late).
    const_iterator insert(const_iterator pos, const Instant &in)
    {
        m_shifted += size() - pos.index();
        m_items.insert(m_items.begin() + static_cast<std::ptrdiff_t>(pos.index()), pack(in));
        return pos;
    }
    // Drops every instant from index `size` on.
    void truncate(std::size_t size)
    {
        m_shifted += m_items.size() > size ? m_items.size() - size : 0;
        while (m_items.size() > size)
            m_items.pop_back();
    }
    const_iterator erase(const_iterator pos)
    {
        m_shifted += size() - pos.index() - 1;
        m_items.erase(m_items.begin() + static_cast<std::ptrdiff_t>(pos.index()));
        return pos;
    }
    template<typename Pred>
    std::size_t eraseIf(Pred pred)
    {
        // Wide values of erased instants stay in the side table until clear(): they are rare.
        return m_items.eraseIf([&](const Packed &p) { return pred(unpack(p)); });
    }
    void clear()
    {
        m_items.clear();
        m_wide.clear();
        m_wide.shrink_to_fit();
    }
    void reserve(std::size_t) { }

    std::size_t memoryBytes() const
    {
        return m_items.memoryBytes() + m_wide.capacity() * sizeof(std::uint64_t);
    }
    std::size_t usedBytes() const
    {
        return m_items.size() * sizeof(Packed) + m_wide.size() * sizeof(std::uint64_t);
    }
    static constexpr std::size_t kRecordBytes = sizeof(Packed);
    // Instants moved or dropped behind an insert, erase or truncate so far: what keeping the list in
    // time order has cost (a test tells a merge per batch from an insert per late instant by it).
    std::uint64_t shiftedItems() const { return m_shifted; }

private:
    Instant unpack(const Packed &p) const
    {
        return Instant { p.timeNs, p.task, static_cast<InstantKind>(p.kind),
                         (p.wide & kWideA) ? m_wide[p.a] : p.a, (p.wide & kWideB) ? m_wide[p.b] : p.b };
    }
    Packed pack(const Instant &in)
    {
        Packed p { in.timeNs, in.task, 0, 0, static_cast<std::uint8_t>(in.kind), 0 };
        p.a = narrow(in.a, kWideA, p.wide);
        p.b = narrow(in.b, kWideB, p.wide);
        return p;
    }
    std::uint32_t narrow(std::uint64_t v, std::uint8_t flag, std::uint8_t &wide)
    {
        if (v <= UINT32_MAX) [[likely]]
            return static_cast<std::uint32_t>(v);
        wide |= flag;
        m_wide.push_back(v);
        return static_cast<std::uint32_t>(m_wide.size() - 1);
    }

    ChunkedVector<Packed> m_items;
    std::vector<std::uint64_t> m_wide; // arguments wider than 32 bits, by index
    std::uint64_t m_shifted = 0;
};

} // namespace samtidig
