#pragma once
// A table keyed by a task or name id, for the per-event lookups of the builder and the analysis.
// Ids are handed out densely from 1, so small ids index a vector (no tree walk, no allocation per
// event); ids from kDense up (only damaged or foreign input has them) go to a map, so one stray
// huge id cannot allocate gigabytes. Iterates in id order, like the std::map it replaces.

#include <algorithm>
#include <cstdint>
#include <map>
#include <vector>

namespace samtidig {

template<typename T>
class IdTable
{
public:
    static constexpr std::uint32_t kDense = 1u << 16;

    [[gnu::always_inline]] T *find(std::uint32_t id)
    {
        if (id < kDense)
            return id < m_present.size() && m_present[id] ? &m_dense[id] : nullptr;
        const auto it = m_sparse.find(id);
        return it == m_sparse.end() ? nullptr : &it->second;
    }
    const T *find(std::uint32_t id) const { return const_cast<IdTable *>(this)->find(id); }

    // The entry for `id`, value-initialised if it was not there.
    [[gnu::always_inline]] T &operator[](std::uint32_t id)
    {
        if (id < m_present.size() && m_present[id]) [[likely]] // ids below kDense only
            return m_dense[id];
        return insert(id);
    }

    bool erase(std::uint32_t id)
    {
        if (id >= kDense) {
            const bool erased = m_sparse.erase(id) > 0;
            m_count -= erased ? 1 : 0;
            return erased;
        }
        if (id >= m_present.size() || !m_present[id])
            return false;
        m_present[id] = 0;
        m_dense[id] = T {};
        --m_count;
        return true;
    }

    std::size_t size() const { return m_count; }
    bool empty() const { return m_count == 0; }

    // f(id, T&) for every entry in id order.
    template<typename F>
    void forEach(F &&f)
    {
        for (std::uint32_t id = 0; id < m_present.size(); ++id)
            if (m_present[id])
                f(id, m_dense[id]);
        for (auto &[id, value] : m_sparse)
            f(id, value);
    }
    template<typename F>
    void forEach(F &&f) const
    {
        for (std::uint32_t id = 0; id < m_present.size(); ++id)
            if (m_present[id])
                f(id, m_dense[id]);
        for (const auto &[id, value] : m_sparse)
            f(id, value);
    }

private:
    // operator[]'s slow path: a new id, or one from kDense up.
    [[gnu::noinline]] T &insert(std::uint32_t id)
    {
        if (id >= kDense) {
            const auto [it, added] = m_sparse.try_emplace(id);
            m_count += added ? 1 : 0;
            return it->second;
        }
        if (id >= m_present.size()) {
            const std::size_t n = std::max<std::size_t>(id + 1, 2 * m_present.size());
            m_present.resize(std::min<std::size_t>(n, kDense), 0);
            m_dense.resize(m_present.size());
        }
        if (!m_present[id]) {
            m_present[id] = 1;
            ++m_count;
        }
        return m_dense[id];
    }

    std::vector<T> m_dense;
    std::vector<std::uint8_t> m_present;
    std::map<std::uint32_t, T> m_sparse;
    std::size_t m_count = 0;
};

} // namespace samtidig
