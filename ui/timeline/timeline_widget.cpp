#include "timeline/timeline_widget.h"

#include "timeline/time_coordinates.h"
#include "timeline/timeline_hit_test.h"
#include "timeline/timeline_text.h"
#include "timeline/timeline_theme.h"
#include "timeline/timeline_view_state.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>
#include <limits>

namespace samtidig {

namespace {
constexpr double kZoomStep = 0.8; // one wheel notch or key press shows 80% (or 125%) of the range
constexpr double kPanFraction = 0.1; // arrow keys pan by a tenth of the view
constexpr int kDragThresholdPx = 4;
} // namespace

TimelineWidget::TimelineWidget(QWidget *parent)
    : QWidget(parent)
    , m_state(new TimelineViewState(this))
    , m_scrollBar(new QScrollBar(Qt::Vertical, this))
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_scrollBar->hide();
    connect(m_scrollBar, &QScrollBar::valueChanged, this, [this](int value) {
        if (m_scroll == value)
            return;
        m_scroll = value;
        relayout(); // other rows come into view: they are laid out in detail
    });
    connect(m_state, &TimelineViewState::visibleRangeChanged, this, &TimelineWidget::relayout);
    connect(m_state, &TimelineViewState::selectionChanged, this, qOverload<>(&TimelineWidget::update));
}

TimelineWidget::~TimelineWidget() = default;

void TimelineWidget::setTrace(const Trace *trace)
{
    m_trace = trace;
    m_collapsed.clear();
    m_scroll = 0;
    m_state->clearSelection();
    if (m_trace) {
        const std::int64_t extent = timelineExtentNs(*m_trace);
        m_state->setDataExtent(0, extent, timelineFitEndNs(*m_trace));
        if (m_trace->outcome() == RunOutcome::Running && m_state->followLive())
            m_state->followLiveEdge(extent);
        else
            m_state->setVisibleRange(0, m_state->fitEndNs());
    }
    relayout();
}

void TimelineWidget::traceUpdated()
{
    if (!m_trace)
        return;
    const std::int64_t extent = timelineExtentNs(*m_trace);
    m_state->setDataExtent(0, extent, timelineFitEndNs(*m_trace));
    m_state->followLiveEdge(extent); // no-op unless following
    relayout();
}

void TimelineWidget::setMagnification(double factor)
{
    factor = std::clamp(factor, 0.5, 4.0);
    if (factor == m_magnification)
        return;
    m_magnification = factor;
    m_cache.invalidate(); // the plot is narrower in logical px: another folding
    relayout();
}

void TimelineWidget::setPanes(TimelinePanes panes)
{
    m_panes = panes;
    relayout();
}

void TimelineWidget::setProcessCollapsed(std::uint32_t task, bool collapsed)
{
    if (collapsed)
        m_collapsed.insert(task);
    else
        m_collapsed.erase(task);
    relayout();
}

TimelinePaintOptions TimelineWidget::currentOptions() const
{
    TimelinePaintOptions o;
    o.panes = m_panes;
    o.startNs = m_state->startNs();
    o.endNs = m_state->endNs();
    o.locale = locale();
    o.collapsedTasks = m_collapsed;
    o.verticalScroll = m_scroll;
    o.detailTop = m_scroll; // what the lanes show, at most the widget's height
    o.detailBottom = m_scroll + logicalSize().height();
    o.selectedTask = m_state->selection().task;
    o.hoveredTask = m_state->hoveredTask();
    return o;
}

TimelinePaintOptions TimelineWidget::exportOptions() const
{
    TimelinePaintOptions o = currentOptions();
    o.theme = TimelineThemeKind::Print;
    o.verticalScroll = 0;
    o.detailTop = -std::numeric_limits<double>::infinity(); // a picture shows every lane
    o.detailBottom = std::numeric_limits<double>::infinity();
    o.hoveredTask = 0;
    o.selectedTask = 0;
    return o;
}

void TimelineWidget::render(QPainter &painter, const QRectF &target,
                            const TimelinePaintOptions &options) const
{
    if (m_trace)
        TimelinePainter::paint(painter, target, *m_trace, options);
}

void TimelineWidget::relayout()
{
    if (!m_trace) {
        m_layout = &m_emptyLayout;
        m_frame = TimelineFrame {};
        m_scrollBar->hide();
        update();
        return;
    }
    TimelinePaintOptions o = currentOptions();
    QSizeF size = logicalSize();
    const int sbw = m_scrollBar->sizeHint().width();
    // Whether the lanes overflow (and the scroll bar takes its width from the plot) depends on the
    // rows, not on their detail: the rows alone, laid out without spans, decide the width the
    // detailed layout is built for, so a busy trace is folded once a frame, not twice.
    TimelinePaintOptions rowsOnly = o;
    rowsOnly.detailTop = rowsOnly.detailBottom = -std::numeric_limits<double>::infinity();
    const TimelineLayout rows
        = buildTimelineLayout(*m_trace, rowsOnly, TimelinePainter::plotWidthFor(size.width(), o));
    bool overflow = rows.contentHeight > TimelinePainter::frame(*m_trace, rows, o, size).lanes.height() + 0.5;
    if (overflow)
        size.setWidth(size.width() - sbw);
    m_layout = &m_cache.layout(*m_trace, o, TimelinePainter::plotWidthFor(size.width(), o));
    m_frame = TimelinePainter::frame(*m_trace, *m_layout, o, size);
    if (!overflow && m_layout->contentHeight > m_frame.lanes.height() + 0.5) { // the legend took the room
        overflow = true;
        size.setWidth(size.width() - sbw);
        m_layout = &m_cache.layout(*m_trace, o, TimelinePainter::plotWidthFor(size.width(), o));
        m_frame = TimelinePainter::frame(*m_trace, *m_layout, o, size);
    }
    if (overflow) {
        const int lanesH = static_cast<int>(m_frame.lanes.height());
        m_scrollBar->setGeometry(width() - sbw, static_cast<int>(m_frame.lanes.top() * m_magnification), sbw,
                                 static_cast<int>(lanesH * m_magnification));
        m_scrollBar->setRange(0, std::max(0, static_cast<int>(std::ceil(m_layout->contentHeight)) - lanesH));
        m_scrollBar->setPageStep(lanesH);
        m_scrollBar->setSingleStep(24);
        m_scrollBar->show();
    } else {
        m_scrollBar->hide();
    }
    const double scrolledTo = m_scroll;
    clampScroll();
    if (m_scroll != scrolledTo) { // clamped: the rows in view are others than those laid out
        o = currentOptions();
        m_layout = &m_cache.layout(*m_trace, o, TimelinePainter::plotWidthFor(size.width(), o));
    }
    update();
}

void TimelineWidget::clampScroll()
{
    const double maxScroll = std::max(0.0, m_layout->contentHeight - m_frame.lanes.height());
    m_scroll = std::clamp(m_scroll, 0.0, maxScroll);
    if (m_scrollBar->isVisible())
        m_scrollBar->setValue(static_cast<int>(m_scroll));
}

void TimelineWidget::scrollLanesBy(double dy)
{
    m_scroll += dy;
    relayout(); // clamps the scroll, lays the rows now in view out in detail and repaints
}

double TimelineWidget::plotWidth() const
{
    return m_frame.plotWidth();
}

std::int64_t TimelineWidget::timeAtX(double x) const
{
    return TimeScale { m_state->startNs(), m_state->endNs(), m_frame.plotLeft(), plotWidth() }.toTime(x);
}

void TimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const TimelinePaintOptions o = currentOptions();
    const TimelineTheme theme = TimelineTheme::forKind(o.theme);
    p.fillRect(rect(), theme.background);
    p.scale(m_magnification, m_magnification);
    if (!m_trace) {
        p.setPen(theme.mutedText);
        p.setFont(theme.labelFont);
        p.drawText(QRectF(QPointF(0, 0), logicalSize()), Qt::AlignCenter,
                   TimelineText::tr("Run a scenario to see its timeline here."));
        return;
    }
    TimelinePainter::paintLayout(p, m_frame, *m_trace, *m_layout, o);
    if (m_drag == Drag::RubberBand) {
        const double x0 = std::clamp<double>(std::min(m_pressPos.x(), m_dragPos.x()), m_frame.plotLeft(),
                                             m_frame.plot().right());
        const double x1 = std::clamp<double>(std::max(m_pressPos.x(), m_dragPos.x()), m_frame.plotLeft(),
                                             m_frame.plot().right());
        const QRectF band(x0, m_frame.axis.top(), x1 - x0, m_frame.lanes.bottom() - m_frame.axis.top());
        p.fillRect(band, QColor(0x00, 0x72, 0xB2, 40));
        p.setPen(QPen(QColor(0x00, 0x72, 0xB2), 1));
        p.drawLine(QPointF(band.left(), band.top()), QPointF(band.left(), band.bottom()));
        p.drawLine(QPointF(band.right(), band.top()), QPointF(band.right(), band.bottom()));
        p.setFont(theme.smallFont);
        p.drawText(band.adjusted(4, 2, 0, 0), Qt::AlignTop | Qt::AlignLeft,
                   formatDuration(timeAtX(x1) - timeAtX(x0), o.locale));
    }
    if (hasFocus()) { // the keys (arrows, F, L, +, -) act here: say so, as every control does
        p.resetTransform();
        p.setPen(QPen(palette().color(QPalette::Highlight), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
}

void TimelineWidget::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
}

void TimelineWidget::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

void TimelineWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void TimelineWidget::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ShiftModifier) {
        scrollLanesBy(-(delta.y() != 0 ? delta.y() : delta.x()) / 2.0 / m_magnification);
    } else if (std::abs(delta.x()) > std::abs(delta.y())) {
        m_state->panBy(
            std::llround(-delta.x() / 120.0 * kPanFraction * static_cast<double>(m_state->durationNs())));
    } else if (delta.y() != 0) {
        const double x
            = std::clamp(logical(event->position()).x(), m_frame.plotLeft(), m_frame.plot().right());
        m_state->zoomBy(std::pow(kZoomStep, delta.y() / 120.0), timeAtX(x));
    }
    event->accept();
}

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = m_dragPos = logical(event->position()).toPoint();
    m_pressStartNs = m_state->startNs();
    m_pressEndNs = m_state->endNs();
    m_drag = Drag::None;
    if (m_trace && event->button() == Qt::LeftButton) {
        const TimelineHit hit
            = hitTestTimeline(*m_layout, m_frame, currentOptions(), logical(event->position()));
        if (hit.onToggle) {
            setProcessCollapsed(hit.task, !isProcessCollapsed(hit.task));
            return;
        }
        m_drag = (event->modifiers() & Qt::ShiftModifier) ? Drag::RubberBand : Drag::Pan;
    } else if (event->button() == Qt::RightButton) {
        m_drag = Drag::RubberBand;
    }
}

void TimelineWidget::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = logical(event->position()).toPoint();
    if (m_drag == Drag::Pan && (pos - m_pressPos).manhattanLength() >= kDragThresholdPx) {
        const double nsPerPx = static_cast<double>(m_pressEndNs - m_pressStartNs) / plotWidth();
        const auto dt = std::llround((pos.x() - m_pressPos.x()) * nsPerPx);
        m_state->zoomToRange(m_pressStartNs - dt, m_pressEndNs - dt);
        scrollLanesBy(m_dragPos.y() - pos.y());
        m_dragPos = pos;
        return;
    }
    if (m_drag == Drag::RubberBand) {
        m_dragPos = pos;
        update();
        return;
    }
    if (m_trace && m_drag == Drag::None) {
        const TimelineHit hit
            = hitTestTimeline(*m_layout, m_frame, currentOptions(), logical(event->position()));
        const std::uint32_t before = m_state->hoveredTask();
        m_state->setHover(hit.task, hit.row >= 0 && !hit.onLabel ? hit.timeNs : -1);
        if (before != hit.task)
            update();
    }
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent *event)
{
    const QPoint pos = logical(event->position()).toPoint();
    const Drag drag = m_drag;
    m_drag = Drag::None;
    if (drag == Drag::RubberBand) {
        if (std::abs(pos.x() - m_pressPos.x()) >= kDragThresholdPx) {
            const double x0 = std::clamp<double>(std::min(pos.x(), m_pressPos.x()), m_frame.plotLeft(),
                                                 m_frame.plot().right());
            const double x1 = std::clamp<double>(std::max(pos.x(), m_pressPos.x()), m_frame.plotLeft(),
                                                 m_frame.plot().right());
            m_state->zoomToRange(timeAtX(x0), timeAtX(x1));
        }
        update();
    } else if (drag == Drag::Pan && (pos - m_pressPos).manhattanLength() < kDragThresholdPx) {
        selectAt(pos);
    }
}

void TimelineWidget::selectAt(const QPoint &pos)
{
    if (!m_trace)
        return;
    const TimelineHit hit = hitTestTimeline(*m_layout, m_frame, currentOptions(), pos);
    if (hit.row < 0 || (hit.onLabel && hit.task == 0)) {
        m_state->clearSelection();
        Q_EMIT selectionChanged(QString());
        return;
    }
    TimelineSelection sel;
    sel.valid = true;
    sel.task = hit.task;
    sel.cpu = hit.cpu;
    sel.startNs = hit.hasItem ? hit.item.startNs : hit.timeNs;
    sel.endNs = hit.hasItem ? hit.item.endNs : hit.timeNs;
    m_state->setSelection(sel);
    Q_EMIT selectionChanged(describeTimelineHit(*m_trace, hit, locale()));
}

void TimelineWidget::keyPressEvent(QKeyEvent *event)
{
    const std::int64_t centre = m_state->startNs() + m_state->durationNs() / 2;
    const auto pan = std::llround(kPanFraction * static_cast<double>(m_state->durationNs()));
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: m_state->zoomBy(kZoomStep, centre); break;
    case Qt::Key_Minus: m_state->zoomBy(1.0 / kZoomStep, centre); break;
    case Qt::Key_Left: m_state->panBy(-pan); break;
    case Qt::Key_Right: m_state->panBy(pan); break;
    case Qt::Key_Up: scrollLanesBy(-24); break;
    case Qt::Key_Down: scrollLanesBy(24); break;
    case Qt::Key_PageUp: scrollLanesBy(-m_frame.lanes.height() * 0.9); break;
    case Qt::Key_PageDown: scrollLanesBy(m_frame.lanes.height() * 0.9); break;
    case Qt::Key_F: zoomToFit(); break;
    case Qt::Key_L:
    case Qt::Key_End: returnToLive(); break;
    case Qt::Key_Escape:
        m_state->clearSelection();
        Q_EMIT selectionChanged(QString());
        break;
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

void TimelineWidget::leaveEvent(QEvent *event)
{
    if (m_state->hoveredTask() != 0) {
        m_state->setHover(0, -1);
        update();
    }
    QWidget::leaveEvent(event);
}

bool TimelineWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = describeAt(logical(help->pos()).toPoint());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QWidget::event(event);
}

void TimelineWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange) {
        m_cache.invalidate(); // lane labels and banner sentences are translated text
        relayout();
    }
    QWidget::changeEvent(event);
}

QString TimelineWidget::describeAt(const QPoint &pos) const
{
    if (!m_trace)
        return {};
    if (m_frame.banner.contains(pos))
        return TimelinePainter::bannerToolTip(*m_trace, *m_layout, m_frame, currentOptions(), pos);
    const TimelineHit hit = hitTestTimeline(*m_layout, m_frame, currentOptions(), pos);
    return describeTimelineHit(*m_trace, hit, locale());
}

void TimelineWidget::zoomIn()
{
    m_state->zoomBy(kZoomStep, m_state->startNs() + m_state->durationNs() / 2);
}

void TimelineWidget::zoomOut()
{
    m_state->zoomBy(1.0 / kZoomStep, m_state->startNs() + m_state->durationNs() / 2);
}

void TimelineWidget::zoomToFit()
{
    m_state->zoomToFit();
}

void TimelineWidget::returnToLive()
{
    m_state->setFollowLive(true);
    if (m_trace)
        m_state->followLiveEdge(timelineExtentNs(*m_trace));
}

} // namespace samtidig
