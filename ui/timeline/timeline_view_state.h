#pragma once
// The one owner of what the timeline shows: visible time range, follow-live, selection and hover.
// Widgets observe its signals (like hotspot's FilterAndZoomStack); user navigation ends follow-live.

#include <QObject>

#include <algorithm>
#include <cstdint>

namespace samtidig {

// What the user clicked: a task (and the span or instant under the cursor, as a time range).
struct TimelineSelection {
    bool valid = false;
    std::uint32_t task = 0; // 0: a CPU lane or no task
    int cpu = -1; // >= 0 when a CPU lane was clicked
    std::int64_t startNs = 0;
    std::int64_t endNs = 0;

    bool operator==(const TimelineSelection &) const = default;
};

class TimelineViewState : public QObject
{
    Q_OBJECT
public:
    explicit TimelineViewState(QObject *parent = nullptr);

    std::int64_t startNs() const { return m_startNs; }
    std::int64_t endNs() const { return m_endNs; }
    std::int64_t durationNs() const { return m_endNs - m_startNs; }
    bool followLive() const { return m_followLive; }
    const TimelineSelection &selection() const { return m_selection; }
    std::uint32_t hoveredTask() const { return m_hoveredTask; }
    std::int64_t hoverTimeNs() const { return m_hoverTimeNs; }

    // The extent of the data ([0, end of trace]); ranges are kept from drifting far outside it.
    // `fitEndNs` is where zoomToFit() ends (the interesting part, timelineFitEndNs()); -1: endNs.
    void setDataExtent(std::int64_t startNs, std::int64_t endNs, std::int64_t fitEndNs = -1);
    std::int64_t dataStartNs() const { return m_dataStartNs; }
    std::int64_t dataEndNs() const { return m_dataEndNs; }
    std::int64_t fitEndNs() const { return m_fitEndNs; }

    // While following a live run the view fits the whole run until it is this long, then scrolls.
    void setLiveWindow(std::int64_t ns) { m_liveWindowNs = std::max<std::int64_t>(ns, kMinimumRangeNs); }
    std::int64_t liveWindow() const { return m_liveWindowNs; }

    static constexpr std::int64_t kMinimumRangeNs = 50;

public Q_SLOTS:
    // Programmatic change: keeps follow-live as it is.
    void setVisibleRange(std::int64_t startNs, std::int64_t endNs);
    void setFollowLive(bool follow);
    // User navigation: these end follow-live.
    void zoomBy(double factor, std::int64_t anchorNs); // factor < 1 zooms in, around anchorNs
    void panBy(std::int64_t deltaNs);
    void zoomToRange(std::int64_t startNs, std::int64_t endNs);
    void zoomToFit();
    // Live run: when following, fits the run while it is short, then shows its newest liveWindow().
    void followLiveEdge(std::int64_t liveEndNs);
    void setSelection(const TimelineSelection &selection);
    void clearSelection();
    void setHover(std::uint32_t task, std::int64_t timeNs);

Q_SIGNALS:
    void visibleRangeChanged(std::int64_t startNs, std::int64_t endNs);
    void followLiveChanged(bool follow);
    void selectionChanged(const samtidig::TimelineSelection &selection);
    void hoverChanged(std::uint32_t task, std::int64_t timeNs);

private:
    void applyRange(std::int64_t startNs, std::int64_t endNs);

    std::int64_t m_startNs = 0;
    std::int64_t m_endNs = 1'000'000; // 1 ms until a trace arrives
    std::int64_t m_dataStartNs = 0;
    std::int64_t m_dataEndNs = 0;
    std::int64_t m_fitEndNs = 0;
    std::int64_t m_liveWindowNs = 5'000'000'000;
    bool m_followLive = true;
    TimelineSelection m_selection;
    std::uint32_t m_hoveredTask = 0;
    std::int64_t m_hoverTimeNs = -1;
};

} // namespace samtidig
