#pragma once
// The one interface the window sees for its charts (core utilization, lock waits, the scenario's
// outcome). Qt Charts is deprecated from Qt 6.10 in favour of Qt Graphs: only the implementation
// behind create() knows which one draws, so switching touches ui/charts/ and nothing else.

#include <QWidget>

namespace samtidig {

class Trace;

class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // The trace to chart (null: none). The panel keeps the pointer; call refresh() when it grew.
    virtual void setTrace(const Trace *trace) = 0;
    // Re-reads the trace. Cheap enough for a few times a second while a run is live.
    virtual void refresh() = 0;
    // Text `scale` times its usual size (1: normal), for presentation mode on a projector.
    virtual void setTextScale(double scale) = 0;
    // Page titles, for tests and for the View menu.
    virtual QStringList pageTitles() const = 0;

    // The implementation in use (Qt Charts today).
    static ChartPanel *create(QWidget *parent = nullptr);
};

} // namespace samtidig
