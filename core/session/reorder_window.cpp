#include "session/reorder_window.h"

#include <algorithm>
#include <cmath>

namespace samtidig {

ReorderWindow::ReorderWindow(std::uint64_t floorNs, std::uint64_t ceilingNs)
    : m_floorNs(floorNs)
    , m_ceilingNs(std::max(floorNs, ceilingNs))
    , m_peakNs(m_ceilingNs) // until lateness has been seen, as wide as allowed
{ }

void ReorderWindow::observe(std::uint64_t latenessNs, std::uint64_t nowNs)
{
    if (m_lastNs != 0 && nowNs > m_lastNs) {
        const double halves = double(nowNs - m_lastNs) / double(kHalfLifeNs);
        m_peakNs = static_cast<std::uint64_t>(double(m_peakNs) * std::exp2(-halves));
    }
    m_lastNs = std::max(m_lastNs, nowNs);
    m_peakNs = std::max(m_peakNs, latenessNs);
}

std::uint64_t ReorderWindow::windowNs() const
{
    // 1.5 × the peak plus 1 ms: a record staged a little later than any seen lately still fits.
    const std::uint64_t wanted = m_peakNs + m_peakNs / 2 + 1'000'000;
    return std::clamp(wanted, m_floorNs, m_ceilingNs);
}

} // namespace samtidig
