#pragma once
// How long a live session holds records back so that what it ingests is in time order. Records of
// different rings (and the kernel's) reach the session out of order by at most how late the
// consumer staged them after their stamp; the window follows the largest such lateness seen lately
// (a peak that halves every second) with a margin, between a floor and a ceiling. A quiet run is
// drawn a few milliseconds behind the clock instead of a fixed 15 ms; a loaded one widens at once.

#include <cstdint>

namespace samtidig {

class ReorderWindow
{
public:
    ReorderWindow(std::uint64_t floorNs, std::uint64_t ceilingNs);

    // One staged batch: the largest lateness (stage time - stamp) of its records, at time nowNs.
    void observe(std::uint64_t latenessNs, std::uint64_t nowNs);
    std::uint64_t windowNs() const;
    std::uint64_t peakNs() const { return m_peakNs; }

    static constexpr std::uint64_t kHalfLifeNs = 1'000'000'000;

private:
    std::uint64_t m_floorNs;
    std::uint64_t m_ceilingNs;
    std::uint64_t m_peakNs = 0;
    std::uint64_t m_lastNs = 0;
};

} // namespace samtidig
