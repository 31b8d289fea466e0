// TimelineViewState, the one owner of what the timeline shows: the visible range kept at least
// 50 ns wide and a tenth of it on the data, zoom around an anchor, pan, fit, follow-live (the user's
// navigation ends it), selection and hover, each change signalled once and no-changes not at all.
#include "timeline/timeline_view_state.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <cstdint>

using namespace samtidig;

namespace {

constexpr std::int64_t ms = 1'000'000;

// A state over data [0, 10 ms], showing [0, 1 ms].
void setUp(TimelineViewState &state)
{
    state.setDataExtent(0, 10 * ms);
    state.setVisibleRange(0, ms);
}

} // namespace

class TstTimelineViewState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startsFollowingAMillisecond()
    {
        const TimelineViewState state;
        QCOMPARE(state.startNs(), std::int64_t(0));
        QCOMPARE(state.endNs(), ms);
        QCOMPARE(state.durationNs(), ms);
        QVERIFY(state.followLive());
        QVERIFY(!state.selection().valid);
        QCOMPARE(state.hoveredTask(), 0u);
        QCOMPARE(state.hoverTimeNs(), std::int64_t(-1));
    }

    void setVisibleRangeClamps_data()
    {
        QTest::addColumn<std::int64_t>("start");
        QTest::addColumn<std::int64_t>("end");
        QTest::addColumn<std::int64_t>("expectedStart");
        QTest::addColumn<std::int64_t>("expectedEnd");
        // Data [0, 10 ms] throughout.
        QTest::newRow("inside") << 2 * ms << 3 * ms << 2 * ms << 3 * ms;
        QTest::newRow("reversed") << 3 * ms << 2 * ms << 2 * ms << 3 * ms;
        // Narrower than 50 ns: widened around its middle.
        QTest::newRow("too narrow") << std::int64_t(1000) << std::int64_t(1010) << std::int64_t(980)
                                    << std::int64_t(1030);
        QTest::newRow("empty") << std::int64_t(5000) << std::int64_t(5000) << std::int64_t(4975)
                               << std::int64_t(5025);
        // Far past the end: moved back until a tenth of the view is on the data.
        QTest::newRow("past the end") << 20 * ms << 22 * ms << 10 * ms - 2 * ms / 10 << 12 * ms - 2 * ms / 10;
        // Far before the start: moved forward the same way.
        QTest::newRow("before the start") << -30 * ms << -28 * ms << -(2 * ms - 2 * ms / 10) << 2 * ms / 10;
        // Wider than the data: kept as asked.
        QTest::newRow("wider than the data") << -5 * ms << 15 * ms << -5 * ms << 15 * ms;
    }
    void setVisibleRangeClamps()
    {
        QFETCH(std::int64_t, start);
        QFETCH(std::int64_t, end);
        QFETCH(std::int64_t, expectedStart);
        QFETCH(std::int64_t, expectedEnd);
        TimelineViewState state;
        state.setDataExtent(0, 10 * ms);
        QSignalSpy follow(&state, &TimelineViewState::followLiveChanged);
        state.setVisibleRange(start, end);
        QCOMPARE(state.startNs(), expectedStart);
        QCOMPARE(state.endNs(), expectedEnd);
        QVERIFY(state.durationNs() >= TimelineViewState::kMinimumRangeNs);
        QVERIFY(state.followLive()); // a programmatic change keeps following
        QCOMPARE(follow.count(), 0);
    }

    void aRangeChangeIsSignalledOnce()
    {
        TimelineViewState state;
        setUp(state);
        QSignalSpy range(&state, &TimelineViewState::visibleRangeChanged);
        state.setVisibleRange(2 * ms, 4 * ms);
        QCOMPARE(range.count(), 1);
        QCOMPARE(range.first().at(0).value<std::int64_t>(), 2 * ms);
        QCOMPARE(range.first().at(1).value<std::int64_t>(), 4 * ms);
        state.setVisibleRange(2 * ms, 4 * ms); // the same range: nothing to tell
        state.setVisibleRange(4 * ms, 2 * ms);
        QCOMPARE(range.count(), 1);
    }

    void zoomByKeepsTheAnchor_data()
    {
        QTest::addColumn<double>("factor");
        QTest::addColumn<std::int64_t>("anchor");
        QTest::addColumn<std::int64_t>("expectedStart");
        QTest::addColumn<std::int64_t>("expectedEnd");
        // From [0, 1 ms].
        QTest::newRow("in, around the middle") << 0.5 << ms / 2 << ms / 4 << 3 * ms / 4;
        QTest::newRow("in, around the start") << 0.5 << std::int64_t(0) << std::int64_t(0) << ms / 2;
        QTest::newRow("out, around the start") << 2.0 << std::int64_t(0) << std::int64_t(0) << 2 * ms;
        QTest::newRow("out, around the end") << 4.0 << ms << -3 * ms << ms;
        // Factors are held to [1e-3, 1e3]: one wheel event cannot jump to nothing or everything.
        QTest::newRow("in, beyond the limit") << 1e-9 << std::int64_t(0) << std::int64_t(0) << ms / 1000;
        QTest::newRow("out, beyond the limit") << 1e9 << ms / 2 << ms / 2 - 500 * ms << ms / 2 + 500 * ms;
    }
    void zoomByKeepsTheAnchor()
    {
        QFETCH(double, factor);
        QFETCH(std::int64_t, anchor);
        QFETCH(std::int64_t, expectedStart);
        QFETCH(std::int64_t, expectedEnd);
        TimelineViewState state;
        setUp(state);
        QSignalSpy follow(&state, &TimelineViewState::followLiveChanged);
        state.zoomBy(factor, anchor);
        QCOMPARE(state.startNs(), expectedStart);
        QCOMPARE(state.endNs(), expectedEnd);
        QVERIFY(!state.followLive()); // the user navigated
        QCOMPARE(follow.count(), 1);
        QCOMPARE(follow.first().first().toBool(), false);
    }

    void zoomingInStopsAtFiftyNanoseconds()
    {
        TimelineViewState state;
        setUp(state);
        for (int i = 0; i < 20; ++i)
            state.zoomBy(0.1, ms / 2);
        QCOMPARE(state.durationNs(), TimelineViewState::kMinimumRangeNs);
        QVERIFY(state.startNs() <= ms / 2 && state.endNs() >= ms / 2);
    }

    void panMovesAndStaysOnTheData()
    {
        TimelineViewState state;
        setUp(state);
        state.panBy(ms / 4);
        QCOMPARE(state.startNs(), ms / 4);
        QCOMPARE(state.endNs(), ms + ms / 4);
        QVERIFY(!state.followLive());
        state.panBy(-ms / 2);
        QCOMPARE(state.startNs(), -ms / 4);
        // A pan far past the end stops with a tenth of the view on the data.
        state.panBy(100 * ms);
        QCOMPARE(state.startNs(), 10 * ms - ms / 10);
        QCOMPARE(state.durationNs(), ms);
    }

    void zoomToRangeEndsFollowing()
    {
        TimelineViewState state;
        setUp(state);
        QSignalSpy follow(&state, &TimelineViewState::followLiveChanged);
        state.zoomToRange(5 * ms, 3 * ms);
        QCOMPARE(state.startNs(), 3 * ms);
        QCOMPARE(state.endNs(), 5 * ms);
        QVERIFY(!state.followLive());
        QCOMPARE(follow.count(), 1);
        state.zoomToRange(1 * ms, 2 * ms); // already not following: no second signal
        QCOMPARE(follow.count(), 1);
    }

    void zoomToFitShowsTheInterestingPart_data()
    {
        QTest::addColumn<std::int64_t>("dataEnd");
        QTest::addColumn<std::int64_t>("fitEnd");
        QTest::addColumn<std::int64_t>("expectedEnd");
        QTest::newRow("the whole data") << 10 * ms << std::int64_t(-1) << 10 * ms;
        QTest::newRow("up to the fit end") << 10 * ms << 4 * ms << 4 * ms;
        QTest::newRow("fit end past the data") << 10 * ms << 20 * ms << 10 * ms;
        QTest::newRow("no data yet") << std::int64_t(0) << std::int64_t(-1)
                                     << TimelineViewState::kMinimumRangeNs;
    }
    void zoomToFitShowsTheInterestingPart()
    {
        QFETCH(std::int64_t, dataEnd);
        QFETCH(std::int64_t, fitEnd);
        QFETCH(std::int64_t, expectedEnd);
        TimelineViewState state;
        state.setDataExtent(0, dataEnd, fitEnd);
        QCOMPARE(state.fitEndNs(), std::min(fitEnd < 0 ? dataEnd : fitEnd, dataEnd));
        state.setVisibleRange(ms / 2, ms);
        state.zoomToFit();
        QCOMPARE(state.startNs(), std::int64_t(0));
        QCOMPARE(state.endNs(), expectedEnd);
        QVERIFY(!state.followLive());
    }

    void followingFitsThenScrolls()
    {
        TimelineViewState state;
        state.setLiveWindow(2 * ms);
        QCOMPARE(state.liveWindow(), 2 * ms);
        // While the run is shorter than the live window, the view fits all of it.
        state.setDataExtent(0, ms);
        state.followLiveEdge(ms);
        QCOMPARE(state.startNs(), std::int64_t(0));
        QCOMPARE(state.endNs(), ms);
        // Then it shows the newest live window.
        state.setDataExtent(0, 5 * ms);
        state.followLiveEdge(5 * ms);
        QCOMPARE(state.startNs(), 3 * ms);
        QCOMPARE(state.endNs(), 5 * ms);
        QVERIFY(state.followLive());
        // Once the user navigated, the live edge moves nothing.
        state.panBy(-ms);
        QSignalSpy range(&state, &TimelineViewState::visibleRangeChanged);
        state.setDataExtent(0, 8 * ms);
        state.followLiveEdge(8 * ms);
        QCOMPARE(range.count(), 0);
        QCOMPARE(state.startNs(), 2 * ms);
        // Following again picks the edge up at the next tick.
        QSignalSpy follow(&state, &TimelineViewState::followLiveChanged);
        state.setFollowLive(true);
        state.setFollowLive(true);
        QCOMPARE(follow.count(), 1);
        state.followLiveEdge(8 * ms);
        QCOMPARE(state.startNs(), 6 * ms);
        QCOMPARE(state.endNs(), 8 * ms);
    }

    void liveWindowIsAtLeastTheMinimumRange()
    {
        TimelineViewState state;
        state.setLiveWindow(0);
        QCOMPARE(state.liveWindow(), TimelineViewState::kMinimumRangeNs);
    }

    void selectionIsSignalledOnChangeOnly()
    {
        TimelineViewState state;
        QSignalSpy spy(&state, &TimelineViewState::selectionChanged);
        TimelineSelection s;
        s.valid = true;
        s.task = 3;
        s.startNs = 10;
        s.endNs = 20;
        state.setSelection(s);
        state.setSelection(s);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(state.selection(), s);
        QCOMPARE(spy.first().first().value<TimelineSelection>(), s);
        s.cpu = 1;
        s.task = 0;
        state.setSelection(s);
        QCOMPARE(spy.count(), 2);
        state.clearSelection();
        QCOMPARE(spy.count(), 3);
        QVERIFY(!state.selection().valid);
        state.clearSelection();
        QCOMPARE(spy.count(), 3);
    }

    void hoverIsSignalledOnChangeOnly()
    {
        TimelineViewState state;
        QSignalSpy spy(&state, &TimelineViewState::hoverChanged);
        state.setHover(2, 500);
        state.setHover(2, 500);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(state.hoveredTask(), 2u);
        QCOMPARE(state.hoverTimeNs(), std::int64_t(500));
        state.setHover(2, 600); // the same task, another time
        state.setHover(0, -1); // off every lane
        QCOMPARE(spy.count(), 3);
        QCOMPARE(spy.last().at(0).toUInt(), 0u);
        QCOMPARE(state.hoveredTask(), 0u);
    }
};

QTEST_GUILESS_MAIN(TstTimelineViewState)
#include "tst_timelineviewstate.moc"
