#pragma once
// The scenario's own result, as the kind of chart that makes its point: expected vs actual counter
// and lost updates (race, mutex), the time of each phase and the speedup (parallel vs concurrent,
// async vs blocking), and every result as a key/value table in any case. A recorded program has no
// results of its own: its run in words, the time with 1, 2, ... cores busy at once, and its processes.

#include "chartdata/chart_data.h"

#include <QWidget>

class QBarCategoryAxis;
class QBarSet;
class QHorizontalBarSeries;
class QChart;
class QChartView;
class QLabel;
class QScrollArea;
class QTableWidget;
class QValueAxis;

namespace samtidig {

class Trace;

class OutcomeChart : public QWidget
{
    Q_OBJECT
public:
    explicit OutcomeChart(QWidget *parent = nullptr);

    void setTrace(const Trace *trace);
    void refresh();

    using Kind = OutcomeChartData::Kind;
    Kind kind() const { return m_data.kind; }
    QString summary() const; // the sentence under the chart; a program's run in words

protected:
    void changeEvent(QEvent *event) override;

private:
    void display(); // m_data, in the widgets below

    const Trace *m_trace = nullptr;
    OutcomeChartData m_data;
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QHorizontalBarSeries *m_series = nullptr;
    QBarSet *m_set = nullptr;
    QBarCategoryAxis *m_categories = nullptr;
    QValueAxis *m_values = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QScrollArea *m_programScroll = nullptr;
    QLabel *m_programText = nullptr; // a recorded program's run in words (describeProgram)
};

} // namespace samtidig
