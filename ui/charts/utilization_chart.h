#pragma once
// How busy each core was over the run, as one line per core (0–100 %), from the CPU lanes.

#include <QWidget>

#include <vector>

class QChart;
class QLineSeries;
class QValueAxis;

namespace samtidig {

class Trace;

class UtilizationChart : public QWidget
{
    Q_OBJECT
public:
    explicit UtilizationChart(QWidget *parent = nullptr);

    void setTrace(const Trace *trace);
    void refresh();
    QChart *chart() const { return m_chart; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void ensureSeries(int cores);

    const Trace *m_trace = nullptr;
    QChart *m_chart = nullptr;
    QValueAxis *m_time = nullptr;
    QValueAxis *m_busy = nullptr;
    std::vector<QLineSeries *> m_series;
};

} // namespace samtidig
