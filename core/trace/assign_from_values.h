#pragma once
// Lists of the trace model take a list of values as a whole: `spans = {a, b}`, `instants = v`.
// Each clears and appends one by one (Derived has clear() and push_back()), so the derived list
// keeps its own storage and packing. Derived says `using AssignFromValues::operator=;`.

#include <initializer_list>
#include <vector>

namespace samtidig {

template<typename Derived, typename T>
class AssignFromValues
{
public:
    Derived &operator=(std::initializer_list<T> values) { return assign(values.begin(), values.end()); }
    Derived &operator=(const std::vector<T> &values) { return assign(values.begin(), values.end()); }

    template<typename It>
    Derived &assign(It first, It last)
    {
        auto &self = static_cast<Derived &>(*this);
        self.clear();
        for (; first != last; ++first)
            self.push_back(*first);
        return self;
    }

protected:
    AssignFromValues() = default;
};

} // namespace samtidig
