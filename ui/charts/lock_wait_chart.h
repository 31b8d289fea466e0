#pragma once
// Where time went waiting for locks: total wait per task and per lock, as two horizontal bar
// charts side by side, from the live lock statistics (trace.analysis().locks). Waits that have not
// ended (a deadlock) are drawn up to now, hatched and stacked on the ended ones.

#include <QStringList>
#include <QWidget>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QHorizontalStackedBarSeries;
class QLabel;
class QStackedWidget;
class QValueAxis;

namespace samtidig {

class Trace;
struct BarChartData;

class LockWaitChart : public QWidget
{
    Q_OBJECT
public:
    explicit LockWaitChart(QWidget *parent = nullptr);

    void setTrace(const Trace *trace);
    void refresh();
    bool hasData() const { return m_hasData; }
    // Milliseconds drawn per bar, in drawing order (bottom up): for tests.
    QList<qreal> endedMs(bool perLock) const;
    QList<qreal> unendedMs(bool perLock) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    // One of the two bar charts: categories (names) and two bar sets of waiting times in ms, the
    // waits that ended and those that have not.
    struct Bars {
        QChart *chart = nullptr;
        QHorizontalStackedBarSeries *series = nullptr;
        QBarSet *set = nullptr;
        QBarSet *unended = nullptr;
        QBarCategoryAxis *names = nullptr;
        QValueAxis *values = nullptr;
        QStringList categories;
    };
    Bars createBars(const QColor &color);
    static void fill(Bars &bars, const BarChartData &data);

    const Trace *m_trace = nullptr;
    bool m_hasData = false;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    Bars m_byTask;
    Bars m_byLock;
};

} // namespace samtidig
