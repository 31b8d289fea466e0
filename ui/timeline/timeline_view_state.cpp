#include "timeline/timeline_view_state.h"

#include <algorithm>
#include <cmath>

namespace samtidig {

TimelineViewState::TimelineViewState(QObject *parent)
    : QObject(parent)
{ }

void TimelineViewState::setDataExtent(std::int64_t startNs, std::int64_t endNs, std::int64_t fitEndNs)
{
    m_dataStartNs = startNs;
    m_dataEndNs = std::max(startNs, endNs);
    m_fitEndNs = fitEndNs < 0 ? m_dataEndNs : std::clamp(fitEndNs, m_dataStartNs, m_dataEndNs);
}

void TimelineViewState::applyRange(std::int64_t startNs, std::int64_t endNs)
{
    if (endNs - startNs < kMinimumRangeNs) {
        const std::int64_t mid = startNs + (endNs - startNs) / 2;
        startNs = mid - kMinimumRangeNs / 2;
        endNs = startNs + kMinimumRangeNs;
    }
    // Keep at least a tenth of the view on the data so the user cannot get lost in empty time.
    const std::int64_t span = endNs - startNs;
    const std::int64_t dataEnd = std::max(m_dataEndNs, m_dataStartNs + kMinimumRangeNs);
    const std::int64_t margin = span - span / 10;
    if (startNs > dataEnd - span / 10) {
        startNs = dataEnd - span / 10;
        endNs = startNs + span;
    }
    if (endNs < m_dataStartNs + span / 10) {
        startNs = m_dataStartNs - margin;
        endNs = startNs + span;
    }
    if (startNs == m_startNs && endNs == m_endNs)
        return;
    m_startNs = startNs;
    m_endNs = endNs;
    Q_EMIT visibleRangeChanged(m_startNs, m_endNs);
}

void TimelineViewState::setVisibleRange(std::int64_t startNs, std::int64_t endNs)
{
    applyRange(std::min(startNs, endNs), std::max(startNs, endNs));
}

void TimelineViewState::setFollowLive(bool follow)
{
    if (m_followLive == follow)
        return;
    m_followLive = follow;
    Q_EMIT followLiveChanged(m_followLive);
}

void TimelineViewState::zoomBy(double factor, std::int64_t anchorNs)
{
    setFollowLive(false);
    factor = std::clamp(factor, 1e-3, 1e3);
    const auto scaled
        = [&](std::int64_t t) { return anchorNs + std::llround(static_cast<double>(t - anchorNs) * factor); };
    applyRange(scaled(m_startNs), scaled(m_endNs));
}

void TimelineViewState::panBy(std::int64_t deltaNs)
{
    setFollowLive(false);
    applyRange(m_startNs + deltaNs, m_endNs + deltaNs);
}

void TimelineViewState::zoomToRange(std::int64_t startNs, std::int64_t endNs)
{
    setFollowLive(false);
    setVisibleRange(startNs, endNs);
}

void TimelineViewState::zoomToFit()
{
    setFollowLive(false);
    applyRange(m_dataStartNs, std::max(m_fitEndNs, m_dataStartNs + kMinimumRangeNs));
}

void TimelineViewState::followLiveEdge(std::int64_t liveEndNs)
{
    if (!m_followLive)
        return;
    if (liveEndNs - m_dataStartNs <= m_liveWindowNs)
        applyRange(m_dataStartNs, std::max(liveEndNs, m_dataStartNs + kMinimumRangeNs));
    else
        applyRange(liveEndNs - m_liveWindowNs, liveEndNs);
}

void TimelineViewState::setSelection(const TimelineSelection &selection)
{
    if (selection == m_selection)
        return;
    m_selection = selection;
    Q_EMIT selectionChanged(m_selection);
}

void TimelineViewState::clearSelection()
{
    setSelection(TimelineSelection {});
}

void TimelineViewState::setHover(std::uint32_t task, std::int64_t timeNs)
{
    if (task == m_hoveredTask && timeNs == m_hoverTimeNs)
        return;
    m_hoveredTask = task;
    m_hoverTimeNs = timeNs;
    Q_EMIT hoverChanged(task, timeNs);
}

} // namespace samtidig
