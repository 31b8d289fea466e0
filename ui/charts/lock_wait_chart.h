#pragma once
// Where time went waiting for locks: total wait per task and per lock, as two horizontal bar
// charts side by side, from the live lock statistics (trace.analysis().locks).

#include <QStringList>
#include <QWidget>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QHorizontalBarSeries;
class QLabel;
class QStackedWidget;
class QValueAxis;

namespace samtidig {

class Trace;

class LockWaitChart : public QWidget
{
    Q_OBJECT
public:
    explicit LockWaitChart(QWidget *parent = nullptr);

    void setTrace(const Trace *trace);
    void refresh();
    bool hasData() const { return m_hasData; }

protected:
    void changeEvent(QEvent *event) override;

private:
    // One of the two bar charts: categories (names) and one bar set of waiting times in ms.
    struct Bars {
        QChart *chart = nullptr;
        QHorizontalBarSeries *series = nullptr;
        QBarSet *set = nullptr;
        QBarCategoryAxis *names = nullptr;
        QValueAxis *values = nullptr;
        QStringList categories;
    };
    Bars createBars(const QColor &color);
    static void fill(Bars &bars, const QStringList &names, const QList<qreal> &ms);
    void retranslateUi();

    const Trace *m_trace = nullptr;
    bool m_hasData = false;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    Bars m_byTask;
    Bars m_byLock;
};

} // namespace samtidig
