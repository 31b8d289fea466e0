#pragma once
// The live timeline: per-core and per-task panes on one time axis, with zoom, pan, rubber-band
// zoom, follow-live, hover tooltips and click selection. Painting is TimelinePainter's; the
// draw list is rebuilt when the trace, range or size changes, so paintEvent only paints.

#include "timeline/timeline_layout.h"
#include "timeline/timeline_painter.h"

#include <QWidget>

class QScrollBar;

namespace samtidig {

class TimelineViewState;

class TimelineWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineWidget(QWidget *parent = nullptr);
    ~TimelineWidget() override;

    TimelineViewState *viewState() const { return m_state; }
    const Trace *trace() const { return m_trace; }

    // Draws everything (lanes, labels, axis, legend) this many times larger, for a projector;
    // positions from the mouse are taken back to the painter's logical coordinates. 1: normal.
    void setMagnification(double factor);
    double magnification() const { return m_magnification; }

    void setPanes(TimelinePanes panes);
    TimelinePanes panes() const { return m_panes; }
    void setProcessCollapsed(std::uint32_t task, bool collapsed);
    bool isProcessCollapsed(std::uint32_t task) const { return m_collapsed.count(task) > 0; }

    // Options describing exactly what the widget shows now (range, panes, collapsed groups), with
    // the print theme: hand them, plus a title and caption, to TimelinePainter::paint() to export.
    TimelinePaintOptions exportOptions() const;
    // Paints the current view into any painter (image, SVG, PDF) through the same painter code.
    void render(QPainter &painter, const QRectF &target, const TimelinePaintOptions &options) const;

    const TimelineLayout &currentLayout() const { return *m_layout; }
    const TimelineFrame &currentFrame() const { return m_frame; }
    // Tooltip text for a position in the painter's logical coordinates (the widget's own at
    // magnification 1; empty if nothing is there).
    QString describeAt(const QPoint &pos) const;

    QSize sizeHint() const override { return { 960, 560 }; }
    QSize minimumSizeHint() const override { return { 420, 200 }; }

public Q_SLOTS:
    void setTrace(const samtidig::Trace *trace);
    void traceUpdated(); // ~60 Hz while live: cheap (rebuilds the draw list, repaints)
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void returnToLive();

Q_SIGNALS:
    void selectionChanged(const QString &details);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override; // the focus frame comes and goes
    void focusOutEvent(QFocusEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    TimelinePaintOptions currentOptions() const;
    void relayout();
    void scrollLanesBy(double dy);
    void clampScroll();
    double plotWidth() const;
    std::int64_t timeAtX(double x) const;
    void selectAt(const QPoint &pos);
    QPointF logical(const QPointF &widgetPos) const { return widgetPos / m_magnification; }
    QSizeF logicalSize() const { return QSizeF(size()) / m_magnification; }

    enum class Drag { None, Pan, RubberBand };

    TimelineViewState *m_state = nullptr;
    QScrollBar *m_scrollBar = nullptr;
    const Trace *m_trace = nullptr;
    TimelinePanes m_panes = TimelinePanes::Both;
    std::set<std::uint32_t> m_collapsed;
    double m_scroll = 0;
    double m_magnification = 1;
    TimelineLayoutCache m_cache;
    TimelineLayout m_emptyLayout;
    const TimelineLayout *m_layout = &m_emptyLayout;
    TimelineFrame m_frame;
    Drag m_drag = Drag::None;
    QPoint m_pressPos;
    QPoint m_dragPos;
    std::int64_t m_pressStartNs = 0;
    std::int64_t m_pressEndNs = 0;
};

} // namespace samtidig
