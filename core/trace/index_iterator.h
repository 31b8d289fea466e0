#pragma once
// A random-access iterator that is an owner and an index: `*it` is `owner[index]`. The model's
// chunked columns use it: ChunkedVector yields real references into its chunks, InstantList yields
// Instant values unpacked on the fly (there is no Instant object in memory to refer to), so
// `const Instant &i = *it` and range-for over `const Instant &` work there too.

#include <compare>
#include <cstddef>
#include <iterator>
#include <memory>
#include <type_traits>

namespace samtidig {

// `it->field` for an iterator whose `*it` is a value: the value lives in the proxy.
template<typename Value>
struct ArrowProxy {
    Value value;
    const Value *operator->() const { return std::addressof(value); }
};

// Owner: the container as seen through this iterator (const for a const_iterator); Reference: the
// type of `owner[index]` (a reference, or a value for containers that unpack their elements).
template<typename Owner, typename Reference>
class IndexIterator
{
public:
    using iterator_category = std::random_access_iterator_tag;
    using iterator_concept = std::random_access_iterator_tag;
    using value_type = std::remove_cvref_t<Reference>;
    using difference_type = std::ptrdiff_t;
    using reference = Reference;
    using pointer = std::conditional_t<std::is_reference_v<Reference>, std::remove_reference_t<Reference> *,
                                       ArrowProxy<value_type>>;

    IndexIterator() = default;
    IndexIterator(Owner *owner, std::size_t i)
        : m_owner(owner)
        , m_i(i)
    { }
    // iterator -> const_iterator, implicit as for the standard containers.
    template<typename OtherOwner, typename OtherReference>
    requires(!std::is_same_v<OtherOwner, Owner> && std::is_convertible_v<OtherOwner *, Owner *>)
        IndexIterator(
            const IndexIterator<OtherOwner, OtherReference> &other) // NOLINT(google-explicit-constructor)
        : m_owner(other.owner())
        , m_i(other.index())
    { }

    reference operator*() const { return (*m_owner)[m_i]; }
    pointer operator->() const
    {
        if constexpr (std::is_reference_v<Reference>)
            return std::addressof((*m_owner)[m_i]);
        else
            return pointer { (*m_owner)[m_i] };
    }
    reference operator[](difference_type n) const { return (*m_owner)[m_i + static_cast<std::size_t>(n)]; }
    IndexIterator &operator++()
    {
        ++m_i;
        return *this;
    }
    IndexIterator operator++(int)
    {
        IndexIterator old = *this;
        ++m_i;
        return old;
    }
    IndexIterator &operator--()
    {
        --m_i;
        return *this;
    }
    IndexIterator operator--(int)
    {
        IndexIterator old = *this;
        --m_i;
        return old;
    }
    IndexIterator &operator+=(difference_type n)
    {
        m_i = static_cast<std::size_t>(static_cast<difference_type>(m_i) + n);
        return *this;
    }
    IndexIterator &operator-=(difference_type n) { return *this += -n; }
    friend IndexIterator operator+(IndexIterator it, difference_type n) { return it += n; }
    friend IndexIterator operator+(difference_type n, IndexIterator it) { return it += n; }
    friend IndexIterator operator-(IndexIterator it, difference_type n) { return it -= n; }
    friend difference_type operator-(const IndexIterator &a, const IndexIterator &b)
    {
        return static_cast<difference_type>(a.m_i) - static_cast<difference_type>(b.m_i);
    }
    friend bool operator==(const IndexIterator &a, const IndexIterator &b) { return a.m_i == b.m_i; }
    friend auto operator<=>(const IndexIterator &a, const IndexIterator &b) { return a.m_i <=> b.m_i; }

    std::size_t index() const { return m_i; }
    Owner *owner() const { return m_owner; }

private:
    Owner *m_owner = nullptr;
    std::size_t m_i = 0;
};

} // namespace samtidig
